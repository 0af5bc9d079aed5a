/**
 * @vigie/react — `<user-profiles>` (SR-PROFILES). Importing this module registers the tag.
 *
 * No props. Events: `onProfileCreated` (`e.profileId`, `e.name`, `e.rights`, `e.userIds` attached in
 * the same save), `onProfileUsersAttached` (`e.profileId`, `e.userIds`) and `onProfileUpdated` (`e.profileId`, `e.name`, `e.rights`): reload what shows the
 * users' rights. Needs a `<VigieProvider>`; while the account is suspended (SR-INVOICE) the widget
 * shows the access notice instead.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { ProfileCreatedEvent, ProfileUpdatedEvent, ProfileUsersAttachedEvent } from '@vigie/components';
import { UserProfiles as UserProfilesElement } from '@vigie/components/define/user-profiles.js';

export const UserProfiles = createComponent({
  tagName: 'user-profiles',
  elementClass: UserProfilesElement,
  react: React,
  events: {
    onProfileCreated: 'profile-created' as EventName<ProfileCreatedEvent>,
    onProfileUsersAttached: 'profile-users-attached' as EventName<ProfileUsersAttachedEvent>,
    onProfileUpdated: 'profile-updated' as EventName<ProfileUpdatedEvent>,
  },
});
