/** SR-PROFILES — this part's rows of the safety register's contract table (see `../routes.ts`). */
import { defineRoutes } from '../../shared/contract.js';
import { SR_PROBLEMS } from '../problems.js';
import * as S from './schemas.js';

const GUARDED = ['accessRestricted', 'forbidden'] as const;

export const SR_PROFILES_ROUTES = defineRoutes(SR_PROBLEMS, {
  registerUsers: {
    method: 'get',
    path: 'safety-register/users',
    response: S.RegisterUsersResponse,
    problems: GUARDED,
    auth: 'provider',
    idempotency: 'safe',
  },
  profiles: {
    method: 'get',
    path: 'safety-register/profiles',
    response: S.RightsProfilesResponse,
    problems: GUARDED,
    auth: 'provider',
    idempotency: 'safe',
  },
  createProfile: {
    method: 'post',
    path: 'safety-register/profiles',
    body: S.ProfileCreateRequest,
    response: S.ProfileChangeResponse,
    status: 201,
    problems: [...GUARDED, 'validation'],
    auth: 'provider',
    idempotency: 'never',
  },
  updateProfile: {
    method: 'put',
    path: 'safety-register/profiles/{id}',
    body: S.ProfileUpdateRequest,
    response: S.ProfileChangeResponse,
    problems: [...GUARDED, 'notFound', 'staleVersion', 'validation', 'preconditionRequired'],
    auth: 'provider',
    idempotency: 'safe',
    ifMatch: true,
  },
  attachProfileUsers: {
    method: 'post',
    path: 'safety-register/profiles/{id}/users',
    body: S.ProfileAttachRequest,
    response: S.ProfileChangeResponse,
    problems: [...GUARDED, 'notFound', 'validation'],
    auth: 'provider',
    idempotency: 'never',
  },
});
