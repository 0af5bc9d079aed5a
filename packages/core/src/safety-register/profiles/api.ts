/** SR-PROFILES — the typed calls of the profiles part (through the shared client). */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import {
  ProfileChangeResponse,
  RegisterUsersResponse,
  RightsProfilesResponse,
  type ProfileCreateRequest,
  type ProfileUpdateRequest,
} from './schemas.js';

export const REGISTER_USERS_PATH = 'safety-register/users';
export const PROFILES_PATH = 'safety-register/profiles';
export const profilePath = (profileId: string): string => `${PROFILES_PATH}/${encodeURIComponent(profileId)}`;
export const profileUsersPath = (profileId: string): string => `${PROFILES_PATH}/${encodeURIComponent(profileId)}/users`;

type Opts = Pick<RequestOptions, 'signal'>;

/** SR-PROFILES: the account's users, each with their profile and effective rights. */
export const listRegisterUsers = async (client: VigieClient, opts: Opts = {}) =>
  (await client.get(REGISTER_USERS_PATH, RegisterUsersResponse, opts)).users;

/** SR-PROFILES: the account's rights profiles. */
export const listProfiles = async (client: VigieClient, opts: Opts = {}) =>
  (await client.get(PROFILES_PATH, RightsProfilesResponse, opts)).profiles;

/** SR-PROFILES: creates a profile and attaches users to it (422 `/problems/validation`: a name taken, no right). */
export const createProfile = (client: VigieClient, body: ProfileCreateRequest, opts: Opts = {}) =>
  client.post(PROFILES_PATH, body, ProfileChangeResponse, opts);

/** SR-PROFILES: attaches users to a profile; their rights become the profile's. */
export const attachProfileUsers = (client: VigieClient, profileId: string, userIds: readonly string[], opts: Opts = {}) =>
  client.post(profileUsersPath(profileId), { userIds: [...userIds] }, ProfileChangeResponse, opts);

/** The `If-Match` of a profile's version (an ETag). */
export const profileETag = (version: number): string => `"${version}"`;

/**
 * SR-PROFILES: changes a profile's name and rights; every user attached gets the new rights. Sent
 * with the version read (`If-Match`): 412 (a `conflict` failure) when someone changed it since.
 */
export const updateProfile = (client: VigieClient, profileId: string, body: ProfileUpdateRequest, version: number, opts: Opts = {}) =>
  client.put(profilePath(profileId), body, ProfileChangeResponse, { ...opts, ifMatch: profileETag(version) });
