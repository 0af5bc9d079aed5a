/** SR-PROFILES — the profiles part's paths and schemas in the OpenAPI document (tag `safety-register`), from its table (`routes.ts`). */
import { componentSchemas, openApiBuilders, pathsOf, type OperationDoc } from '../../shared/openapi-builders.js';
import { SR_PROBLEMS } from '../problems.js';
import { SR_PROBLEM_DOCS } from '../problem-docs.js';
import { SR_PROFILES_ROUTES } from './routes.js';
import { PROFILE_NAME_MAX_LENGTH } from './rights-set.js';
import * as S from './schemas.js';

const COMPONENTS = {
  RegisterUser: S.RegisterUser,
  RegisterUsers: S.RegisterUsersResponse,
  RightsProfile: S.RightsProfile,
  RightsProfiles: S.RightsProfilesResponse,
  RightsProfileCreateRequest: S.ProfileCreateRequest,
  RightsProfileUpdateRequest: S.ProfileUpdateRequest,
  RightsProfileAttachRequest: S.ProfileAttachRequest,
  RightsProfileChange: S.ProfileChangeResponse,
} as const;
type Name = keyof typeof COMPONENTS;

const { problem } = openApiBuilders<Name>('safety-register');
const RESTRICTED = problem(
  'The account is suspended (`/problems/access-restricted`), or the caller lacks `utilisateurs:gerer` (`/problems/forbidden`)',
);
const NOT_FOUND = problem('No such profile (`/problems/not-found`)');
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

const DOCS: Record<keyof typeof SR_PROFILES_ROUTES, OperationDoc> = {
  registerUsers: {
    operationId: 'listRegisterUsers',
    summary: 'SR-PROFILES: the account’s users, each with their profile (null: own rights) and effective rights',
    ok: 'The users',
    answers: { '403': RESTRICTED },
  },
  profiles: {
    operationId: 'listRightsProfiles',
    summary: 'SR-PROFILES: the rights profiles, each with its rights and attached users',
    ok: 'The profiles',
    answers: { '403': RESTRICTED },
  },
  createProfile: {
    operationId: 'createRightsProfile',
    summary: `SR-PROFILES: creates a profile (name 1–${PROFILE_NAME_MAX_LENGTH} characters, unique ignoring case and accents; at least one right) and attaches users to it: their rights become the profile’s`,
    ok: 'Created; every user as they are now',
    answers: {
      '403': RESTRICTED,
      '422': problem(
        '`/problems/validation` with `errors` as `{ field, issue }`: `name` required / too-long / taken, `rights` empty, `userIds` unknown',
      ),
    },
  },
  updateProfile: {
    operationId: 'updateRightsProfile',
    summary: 'SR-PROFILES: changes a profile’s name and rights; every attached user gets the new rights. `If-Match: "<version>"` required',
    ok: 'Saved (a new `version`); every user as they are now',
    parameters: [
      id,
      { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' }, description: 'The version read, as an ETag: `"3"`' },
    ],
    answers: {
      '403': RESTRICTED,
      '404': NOT_FOUND,
      '412': problem('The profile changed since it was read (`/problems/stale-version`, with `currentVersion`)'),
      '422': problem('`/problems/validation`: `name` required / too-long / taken, `rights` empty'),
      '428': problem('`If-Match` missing (`/problems/precondition-required`)'),
    },
  },
  attachProfileUsers: {
    operationId: 'attachRightsProfileUsers',
    summary: 'SR-PROFILES: attaches users to a profile; their `profileId` and `rights` become the profile’s',
    ok: 'Attached; every user as they are now',
    answers: { '403': RESTRICTED, '404': NOT_FOUND, '422': problem('`/problems/validation`: `userIds` empty or unknown') },
  },
};

export function registerProfilesPaths(): Record<string, unknown> {
  return pathsOf({
    tag: 'safety-register',
    routes: SR_PROFILES_ROUTES,
    problems: SR_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: SR_PROBLEM_DOCS,
  });
}

export function registerProfilesComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
