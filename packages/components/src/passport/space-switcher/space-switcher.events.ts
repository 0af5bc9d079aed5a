/**
 * X-EVENTS — the events of `<space-switcher>` (PP-SPACES). Bubbling, composed, typed; never a
 * password or a session token in a payload. (It also fires `passport-login-requested`, shared by
 * the passport widgets: see ../passport.events.ts.)
 */
import type { SpaceKind } from '@vigie/core';

/** PP-SPACES « Lier vos espaces »: the company, user (created if it was missing) and trainer spaces now share the company's login. */
export class SpacesLinkedEvent extends Event {
  static readonly eventName = 'spaces-linked';
  constructor(
    /** The linked spaces (`company`, `user`, and `trainer` for a trainer). */
    readonly spaces: readonly SpaceKind[],
    /** The space the person is in. */
    readonly active: SpaceKind,
  ) {
    super(SpacesLinkedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * PP-SPACES « onglet déroulant »: the server moved the person to another linked space. The host
 * navigates (shows that space's pages).
 */
export class SpaceSwitchedEvent extends Event {
  static readonly eventName = 'space-switched';
  constructor(
    /** The space the person is now in. */
    readonly space: SpaceKind,
    /** The space they left. */
    readonly previous: SpaceKind,
  ) {
    super(SpaceSwitchedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * PP-SPACES « Avoir un accès distinct à mon compte utilisateur »: the user (and trainer) account
 * now has its own login; the company account keeps its login and password.
 */
export class SpacesDissociatedEvent extends Event {
  static readonly eventName = 'spaces-dissociated';
  constructor(
    /** The user account's new login (an e-mail). */
    readonly userLogin: string,
  ) {
    super(SpacesDissociatedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * After a dissociation, « Informations de l’entreprise » was pressed (the handover is done from
 * the company information, `<company-profile>`). **Cancelable**: call `preventDefault()` to show
 * it yourself instead of following `href` (the widget's `company-href`, when it has one).
 */
export class CompanyProfileRequestedEvent extends Event {
  static readonly eventName = 'company-profile-requested';
  constructor(
    /** The widget's `company-href`, if any: where the link goes unless the event is cancelled. */
    readonly href: string | undefined,
  ) {
    super(CompanyProfileRequestedEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spaces-linked': SpacesLinkedEvent;
    'space-switched': SpaceSwitchedEvent;
    'spaces-dissociated': SpacesDissociatedEvent;
    'company-profile-requested': CompanyProfileRequestedEvent;
  }
}
