/**
 * X-EVENTS — the events of `<passport-login>` (PP-LOGIN): one class per domain event, bubbling
 * and composed, typed fields, in `HTMLElementEventMap`. Never a password, the session's token or
 * the must-change-password challenge in a payload (the session goes to the provider, in memory).
 */
import type { PassportSession } from '@vigie/core';

const init: EventInit = { bubbles: true, composed: true };

/** What a host may show of the signed-in company referent (never the token). */
export interface PassportSignedInDetail {
  readonly companyName: string;
  readonly referent: { readonly firstName: string; readonly lastName: string };
}

/**
 * Why the passport session ended: `user` (« Se déconnecter »), `expired` (its time is over) or
 * `ended` (the provider's session was cleared elsewhere: another widget the server refused, or the host).
 */
export type PassportSignOutReason = 'user' | 'expired' | 'ended';

/** The company referent is signed in (the provider now holds the passport session). Display data only. */
export class PassportSignedInEvent extends Event implements PassportSignedInDetail {
  static readonly eventName = 'passport-signed-in';
  readonly companyName: string;
  readonly referent: PassportSignedInDetail['referent'];
  constructor(session: PassportSession) {
    super(PassportSignedInEvent.eventName, init);
    // Copies of the display fields only: nothing else of the session travels with the event.
    this.companyName = session.companyName;
    this.referent = Object.freeze({ firstName: session.referent.firstName, lastName: session.referent.lastName });
  }
}

/** The passport session ended: the provider no longer holds it. */
export class PassportSignedOutEvent extends Event {
  static readonly eventName = 'passport-signed-out';
  constructor(readonly reason: PassportSignOutReason) {
    super(PassportSignedOutEvent.eventName, init);
  }
}

/**
 * « Redéfinir mon mot de passe » was answered: the generic confirmation is shown (no payload, and
 * fired whatever the server answered, so it tells nothing about the account either).
 */
export class PassportResetRequestedEvent extends Event {
  static readonly eventName = 'passport-reset-requested';
  constructor() {
    super(PassportResetRequestedEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'passport-signed-in': PassportSignedInEvent;
    'passport-signed-out': PassportSignedOutEvent;
    'passport-reset-requested': PassportResetRequestedEvent;
  }
}
