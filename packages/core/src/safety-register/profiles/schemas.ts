/** SR-PROFILES — the contract of the profiles part (zod/mini): the account's users and the rights profiles. */
import * as z from 'zod/mini';
import { RightSchema } from '../access/schemas.js';
import { PROFILE_NAME_MAX_LENGTH } from './rights-set.js';

/** A user of the account with their profile (null: own rights) and their effective rights. */
export const RegisterUser = z.object({
  id: z.string().check(z.minLength(1)),
  firstName: z.string(),
  lastName: z.string(),
  /** The job shown beside the name. */
  job: z.string(),
  profileId: z.nullable(z.string()),
  rights: z.array(RightSchema),
});
export type RegisterUser = z.infer<typeof RegisterUser>;

export const RegisterUsersResponse = z.object({ users: z.array(RegisterUser) });
export type RegisterUsersResponse = z.infer<typeof RegisterUsersResponse>;

/** A rights profile: its name, its rights and the users attached to it. */
export const RightsProfile = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  rights: z.array(RightSchema),
  userIds: z.array(z.string()),
  /** Changes with every edit of the name or rights; sent back as `If-Match: "<version>"` to edit. */
  version: z.int().check(z.minimum(1)),
});
export type RightsProfile = z.infer<typeof RightsProfile>;

export const RightsProfilesResponse = z.object({ profiles: z.array(RightsProfile) });
export type RightsProfilesResponse = z.infer<typeof RightsProfilesResponse>;

/** POST safety-register/profiles: a new profile and the users to attach to it. */
export const ProfileCreateRequest = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(PROFILE_NAME_MAX_LENGTH)),
  rights: z.array(RightSchema).check(z.minLength(1)),
  userIds: z.array(z.string()),
});
export type ProfileCreateRequest = z.infer<typeof ProfileCreateRequest>;

/** PUT safety-register/profiles/:id (with `If-Match`): the profile's new name and rights; its users get the rights. */
export const ProfileUpdateRequest = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(PROFILE_NAME_MAX_LENGTH)),
  rights: z.array(RightSchema).check(z.minLength(1)),
});
export type ProfileUpdateRequest = z.infer<typeof ProfileUpdateRequest>;

/** POST safety-register/profiles/:id/users: the users to attach (their rights become the profile's). */
export const ProfileAttachRequest = z.object({ userIds: z.array(z.string()).check(z.minLength(1)) });
export type ProfileAttachRequest = z.infer<typeof ProfileAttachRequest>;

/** The answer of a change: the profile, and every user of the account as they are now. */
export const ProfileChangeResponse = z.object({ profile: RightsProfile, users: z.array(RegisterUser) });
export type ProfileChangeResponse = z.infer<typeof ProfileChangeResponse>;
