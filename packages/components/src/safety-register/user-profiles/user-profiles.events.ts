/** X-EVENTS — the events of `<user-profiles>` (SR-PROFILES): bubbling, composed, typed. */
import type { Right } from '@vigie/core';

const init: EventInit = { bubbles: true, composed: true };

/** A profile was created (its name, its rights, the users attached to it in the same save). */
export class ProfileCreatedEvent extends Event {
  static readonly eventName = 'profile-created';
  constructor(
    readonly profileId: string,
    readonly name: string,
    readonly rights: readonly Right[],
    readonly userIds: readonly string[],
  ) {
    super(ProfileCreatedEvent.eventName, init);
  }
}

/** Users were attached to an existing profile: their rights are now the profile's. */
export class ProfileUsersAttachedEvent extends Event {
  static readonly eventName = 'profile-users-attached';
  constructor(
    readonly profileId: string,
    readonly userIds: readonly string[],
  ) {
    super(ProfileUsersAttachedEvent.eventName, init);
  }
}

/** A profile's name or rights were changed: every user attached to it now has these rights. */
export class ProfileUpdatedEvent extends Event {
  static readonly eventName = 'profile-updated';
  constructor(
    readonly profileId: string,
    readonly name: string,
    readonly rights: readonly Right[],
  ) {
    super(ProfileUpdatedEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'profile-created': ProfileCreatedEvent;
    'profile-users-attached': ProfileUsersAttachedEvent;
    'profile-updated': ProfileUpdatedEvent;
  }
}
