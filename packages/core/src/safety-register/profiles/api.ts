/** SR-PROFILES — the typed calls of the profiles part (through the shared client). */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { callRoute, pathOf } from '../../shared/contract.js';
import { SR_PROFILES_ROUTES as R } from './routes.js';
import type { ProfileCreateRequest, ProfileUpdateRequest } from './schemas.js';

export const REGISTER_USERS_PATH = R.registerUsers.path;
export const PROFILES_PATH = R.profiles.path;
export const profilePath = (profileId: string): string => pathOf(R.updateProfile, { id: profileId });
export const profileUsersPath = (profileId: string): string => pathOf(R.attachProfileUsers, { id: profileId });

type Opts = Pick<RequestOptions, 'signal'>;

/** SR-PROFILES: the account's users, each with their profile and effective rights. */
export const listRegisterUsers = async (client: VigieClient, opts: Opts = {}) => (await callRoute(client, R.registerUsers, opts)).users;

/** SR-PROFILES: the account's rights profiles. */
export const listProfiles = async (client: VigieClient, opts: Opts = {}) => (await callRoute(client, R.profiles, opts)).profiles;

/** SR-PROFILES: creates a profile and attaches users to it (422 `/problems/validation`: a name taken, no right). */
export const createProfile = (client: VigieClient, body: ProfileCreateRequest, opts: Opts = {}) =>
  callRoute(client, R.createProfile, { body, ...opts });

/** SR-PROFILES: attaches users to a profile; their rights become the profile's. */
export const attachProfileUsers = (client: VigieClient, profileId: string, userIds: readonly string[], opts: Opts = {}) =>
  callRoute(client, R.attachProfileUsers, { params: { id: profileId }, body: { userIds: [...userIds] }, ...opts });

/** The `If-Match` of a profile's version (an ETag). */
export const profileETag = (version: number): string => `"${version}"`;

/**
 * SR-PROFILES: changes a profile's name and rights; every user attached gets the new rights. Sent
 * with the version read (`If-Match`): 412 (a `conflict` failure) when someone changed it since.
 */
export const updateProfile = (client: VigieClient, profileId: string, body: ProfileUpdateRequest, version: number, opts: Opts = {}) =>
  callRoute(client, R.updateProfile, { params: { id: profileId }, body, ...opts, ifMatch: profileETag(version) });
