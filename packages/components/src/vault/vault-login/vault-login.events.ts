/**
 * X-EVENTS — the events of `<vault-login>` (VA-LOGIN): one class per domain event, bubbling and
 * composed, typed fields, in `HTMLElementEventMap`.
 *
 * No event ever carries a secret: not the password, not the one-time code, not the session
 * token (the session goes to the provider, in memory, for the other vault widgets).
 */
import type { VaultSession } from '@vigie/core';

const init = (cancelable = false): EventInit => ({ bubbles: true, composed: true, cancelable });

/** Which recovery the person asked for: « Mot de passe oublié ? » or « Identifiant perdu ? ». */
export type VaultRecoveryKind = 'password' | 'identifier';

/** What a host may show of the signed-in person (never the token). */
export interface VaultUserDisplay {
  readonly firstName: string;
  readonly lastName: string;
}

/** Why the vault session ended: the person signed out, or the server's session expired. */
export type VaultSignOutReason = 'user' | 'expired';

/**
 * « Mot de passe oublié ? » or « Identifiant perdu ? » was chosen. **Cancelable**: call
 * `preventDefault()` to show `<vault-password-reset>` / `<vault-identifier-recovery>` yourself
 * (in place, in a dialog…) instead of following `reset-href` / `recovery-href`.
 */
export class VaultRecoveryRequestedEvent extends Event {
  static readonly eventName = 'vault-recovery-requested';
  constructor(
    /** `password`: « Mot de passe oublié ? »; `identifier`: « Identifiant perdu ? ». */
    readonly kind: VaultRecoveryKind,
    /** The widget's `reset-href` / `recovery-href`, if it has one (what the link follows unless the event is cancelled). */
    readonly href: string | undefined,
  ) {
    super(VaultRecoveryRequestedEvent.eventName, init(true));
  }
}

/** The person is signed in (the provider now holds the vault session). Carries display data only. */
export class VaultSignedInEvent extends Event {
  static readonly eventName = 'vault-signed-in';
  readonly user: VaultUserDisplay;
  constructor(user: VaultSession['user']) {
    super(VaultSignedInEvent.eventName, init());
    // A copy with the display fields only: nothing else of the session travels with the event.
    this.user = Object.freeze({ firstName: user.firstName, lastName: user.lastName });
  }
}

/** The vault session ended (« Se déconnecter », or expired): the provider no longer holds it. */
export class VaultSignedOutEvent extends Event {
  static readonly eventName = 'vault-signed-out';
  constructor(readonly reason: VaultSignOutReason) {
    super(VaultSignedOutEvent.eventName, init());
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vault-recovery-requested': VaultRecoveryRequestedEvent;
    'vault-signed-in': VaultSignedInEvent;
    'vault-signed-out': VaultSignedOutEvent;
  }
}
