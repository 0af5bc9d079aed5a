/** RS-IDPIN — this part's paths and schemas in the OpenAPI document (tag `remote-services`), from its table (`routes.ts`). */
import type * as z from 'zod/mini';
import { componentSchemas, openApiBuilders, pathsOf, type OperationDoc, type SchemaOverrides } from '../../shared/openapi-builders.js';
import { REMOTE_PROBLEMS } from '../problems.js';
import { REMOTE_PROBLEM_DOCS } from '../problem-docs.js';
import { REMOTE_ID_PIN_ROUTES } from './routes.js';
import { ID_PIN_ID_DIGITS, PIN_MAX_DIGITS, PIN_MIN_DIGITS } from './id-pin-format.js';
import { NICKNAME_MAX_LENGTH } from './nickname.js';
import * as S from './schemas.js';
import { IdPinIdentifier, Pin } from './schemas.js';

const OVERRIDES: SchemaOverrides = new Map<z.ZodMiniType, Record<string, unknown>>([
  [
    IdPinIdentifier,
    {
      type: 'string',
      pattern: `^\\d{${ID_PIN_ID_DIGITS}}$`,
      description: `The ID as printed on the invitation, ${ID_PIN_ID_DIGITS} digits, separators dropped.`,
    },
  ],
  [
    Pin,
    {
      type: 'string',
      pattern: `^[0-9]{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`,
      writeOnly: true,
      description: `${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} ASCII digits, never trimmed. Request bodies only: never returned.`,
    },
  ],
]);

const COMPONENTS = {
  RemoteIdPinHolder: S.IdPinHolder,
  RemoteIdPinLink: S.IdPinLinkDetails,
  RemoteIdPinLinks: S.IdPinLinksResponse,
  RemoteIdPinAddRequest: S.IdPinAddRequest,
  RemoteIdPinAddResponse: S.IdPinAddResponse,
  RemotePinChangeRequest: S.PinChangeRequest,
  RemotePinChangeResponse: S.PinChangeResponse,
  RemoteNicknameRequest: S.NicknameRequest,
  RemoteNicknameResponse: S.NicknameResponse,
  RemoteIdPinRemoveResponse: S.IdPinRemoveResponse,
} as const;
type Component = keyof typeof COMPONENTS;

const { problem } = openApiBuilders<Component>('remote-services');
const THROTTLED = problem(
  'Too many wrong pairs or current PINs in a row for this account (`/problems/too-many-attempts`): wait `Retry-After` seconds (also `retryAt`, an instant). During a wait nothing is checked.',
);
const INVALID = problem('A field is malformed (`/problems/validation`, with `errors` as `{ field, issue }`)');
const NOT_FOUND = problem('No such link or site for this user (`/problems/not-found`)');

export function remoteIdPinComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS, OVERRIDES);
}

const DOCS: Record<keyof typeof REMOTE_ID_PIN_ROUTES, OperationDoc> = {
  idPinLinks: {
    operationId: 'remoteListIdPinLinks',
    summary: 'RS-IDPIN: the user’s ID & PIN links, each with its sites and the user’s information for it (never a PIN)',
    ok: 'The links',
  },
  addIdPin: {
    operationId: 'remoteAddIdPin',
    summary: 'RS-IDPIN: links an ID & PIN pair to the account (more sites). Not idempotent: a credential check, sent once.',
    ok: 'Linked; `newSiteIds`: the sites the user did not reach before',
    answers: {
      '409': problem('This pair is already linked to the account (`/problems/id-pin-already-linked`, with `linkId`)'),
      '422': problem(
        'The ID and PIN do not match a pair (`/problems/id-pin-invalid`) — the same answer for an unknown ID and a wrong PIN; or a malformed field (`/problems/validation`)',
      ),
      '429': THROTTLED,
    },
  },
  removeIdPin: {
    operationId: 'remoteRemoveIdPin',
    summary: 'RS-IDPIN: removes a link; its sites leave the user’s list unless another link reaches them',
    ok: 'Removed',
    answers: { '404': NOT_FOUND },
  },
  changePin: {
    operationId: 'remoteChangePin',
    summary: 'RS-IDPIN: changes the PIN of a link (the current one, the new one; the form checked it twice)',
    ok: 'Changed',
    answers: {
      '404': NOT_FOUND,
      '422': problem(
        'The current PIN is wrong (`/problems/id-pin-invalid-current-pin`, counts toward the throttle), the new one is the current one (`/problems/id-pin-same-pin`), or a malformed field',
      ),
      '429': THROTTLED,
    },
  },
  updateHolder: {
    operationId: 'remoteUpdateIdPinHolder',
    summary: 'RS-IDPIN: the user’s personal information for a link (names 1–80 characters, a French phone or null, an e-mail)',
    ok: 'Saved',
    answers: { '404': NOT_FOUND, '422': INVALID },
  },
  siteNickname: {
    operationId: 'remoteSetSiteNickname',
    summary: `RS-IDPIN: a site’s nickname — trimmed, 1–${NICKNAME_MAX_LENGTH} characters, one line, unique among the user’s sites (case and accents ignored); null or empty clears it`,
    ok: 'Saved',
    answers: {
      '404': NOT_FOUND,
      '422': problem(
        'Already another site’s nickname (`/problems/id-pin-nickname-taken`), or too long / control characters (`/problems/validation`)',
      ),
    },
  },
};

export function remoteIdPinPaths(): Record<string, unknown> {
  return pathsOf({
    tag: 'remote-services',
    routes: REMOTE_ID_PIN_ROUTES,
    problems: REMOTE_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: REMOTE_PROBLEM_DOCS,
  });
}
