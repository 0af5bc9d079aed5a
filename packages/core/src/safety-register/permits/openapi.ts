/** SR — the permits part's paths and schemas in the OpenAPI document (tag `safety-register`), from its table (`routes.ts`). */
import { componentSchemas, openApiBuilders, pathsOf, type OperationDoc } from '../../shared/openapi-builders.js';
import { SR_PROBLEMS } from '../problems.js';
import { SR_PROBLEM_DOCS } from '../problem-docs.js';
import { SR_PERMITS_ROUTES } from './routes.js';
import { FirePermit, FirePermitListResponse, SignatureLink } from './schemas.js';

const COMPONENTS = { RegisterFirePermit: FirePermit, RegisterFirePermits: FirePermitListResponse, RegisterSignatureLink: SignatureLink };
type Name = keyof typeof COMPONENTS;

const { problem } = openApiBuilders<Name>('safety-register');
const RESTRICTED = problem('The account is suspended for unpaid invoices (`/problems/access-restricted`)');

const DOCS: Record<keyof typeof SR_PERMITS_ROUTES, OperationDoc> = {
  firePermits: {
    operationId: 'listFirePermits',
    summary: 'SR-PERMIT: every fire permit of the account, with its levée de doute (watch duration and when it was recorded)',
    ok: 'The permits',
    answers: { '403': RESTRICTED },
  },
  signatureLink: {
    operationId: 'getFirePermitSignatureLink',
    summary:
      'SR-PERMIT: a fresh link (short-lived token) to the mobile app’s page where the awaited signer (operator or provider) signs and closes the permit; shown as a QR code',
    ok: 'The link, its expiry and whose signature it awaits',
    answers: {
      '403': RESTRICTED,
      '404': problem('No such permit on this account (`/problems/not-found`)'),
      '409': problem('The permit awaits no signature (in progress or closed) (`/problems/state-conflict`)'),
    },
  },
};

export function registerPermitsPaths(): Record<string, unknown> {
  return pathsOf({
    tag: 'safety-register',
    routes: SR_PERMITS_ROUTES,
    problems: SR_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: SR_PROBLEM_DOCS,
  });
}

export function registerPermitsComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
