/** SR-PROFILES — the profiles part's paths and schemas in the OpenAPI document (tag `safety-register`). */
import { componentSchemas, openApiBuilders } from '../../shared/openapi-builders.js';
import { PROFILES_PATH, REGISTER_USERS_PATH } from './api.js';
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

export function registerProfilesPaths(): Record<string, unknown> {
  const { json, problem, operation } = openApiBuilders<Name>('safety-register');
  const RESTRICTED = problem(
    'The account is suspended (`/problems/access-restricted`), or the caller lacks `utilisateurs:gerer` (`/problems/forbidden`)',
  );
  return {
    [`/${REGISTER_USERS_PATH}`]: {
      get: operation(
        'listRegisterUsers',
        'SR-PROFILES: the account’s users, each with their profile (null: own rights) and effective rights',
        undefined,
        { '200': json('RegisterUsers', 'The users'), '403': RESTRICTED },
      ),
    },
    [`/${PROFILES_PATH}`]: {
      get: operation('listRightsProfiles', 'SR-PROFILES: the rights profiles, each with its rights and attached users', undefined, {
        '200': json('RightsProfiles', 'The profiles'),
        '403': RESTRICTED,
      }),
      post: operation(
        'createRightsProfile',
        `SR-PROFILES: creates a profile (name 1–${PROFILE_NAME_MAX_LENGTH} characters, unique ignoring case and accents; at least one right) and attaches users to it: their rights become the profile’s`,
        'RightsProfileCreateRequest',
        {
          '201': json('RightsProfileChange', 'Created; every user as they are now'),
          '403': RESTRICTED,
          '422': problem(
            '`/problems/validation` with `errors` as `{ field, issue }`: `name` required / too-long / taken, `rights` empty, `userIds` unknown',
          ),
        },
      ),
    },
    [`/${PROFILES_PATH}/{id}`]: {
      put: operation(
        'updateRightsProfile',
        'SR-PROFILES: changes a profile’s name and rights; every attached user gets the new rights. `If-Match: "<version>"` required',
        'RightsProfileUpdateRequest',
        {
          '200': json('RightsProfileChange', 'Saved (a new `version`); every user as they are now'),
          '403': RESTRICTED,
          '404': problem('No such profile (`/problems/not-found`)'),
          '412': problem('The profile changed since it was read (`/problems/stale-version`, with `currentVersion`)'),
          '422': problem('`/problems/validation`: `name` required / too-long / taken, `rights` empty'),
          '428': problem('`If-Match` missing (`/problems/precondition-required`)'),
        },
        {
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            {
              name: 'If-Match',
              in: 'header',
              required: true,
              schema: { type: 'string' },
              description: 'The version read, as an ETag: `"3"`',
            },
          ],
        },
      ),
    },
    [`/${PROFILES_PATH}/{id}/users`]: {
      post: operation(
        'attachRightsProfileUsers',
        'SR-PROFILES: attaches users to a profile; their `profileId` and `rights` become the profile’s',
        'RightsProfileAttachRequest',
        {
          '200': json('RightsProfileChange', 'Attached; every user as they are now'),
          '403': RESTRICTED,
          '404': problem('No such profile (`/problems/not-found`)'),
          '422': problem('`/problems/validation`: `userIds` empty or unknown'),
        },
        { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] },
      ),
    },
  };
}

export function registerProfilesComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
