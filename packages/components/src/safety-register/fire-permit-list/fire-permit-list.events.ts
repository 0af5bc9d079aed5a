/**
 * X-EVENTS — the events of `<fire-permit-list>` (SR-PERMIT): bubbling, composed, typed. None
 * carries the signature link or its token: they name the permit.
 */
import type { FirePermitState, Signer } from '@vigie/core';

const init: EventInit = { bubbles: true, composed: true };

/** A person chose a permit (its eye): `state` says whether it awaits a signature (the QR dialog opens) or not (its details open). */
export class FirePermitSelectedEvent extends Event {
  static readonly eventName = 'fire-permit-selected';
  constructor(
    readonly permitId: string,
    readonly state: FirePermitState,
  ) {
    super(FirePermitSelectedEvent.eventName, init);
  }
}

/** The QR code of a permit's signature link is shown; `awaiting`: whose signature. */
export class SignatureLinkShownEvent extends Event {
  static readonly eventName = 'signature-link-shown';
  constructor(
    readonly permitId: string,
    readonly awaiting: Signer,
  ) {
    super(SignatureLinkShownEvent.eventName, init);
  }
}

/** The signature link of a permit was copied to the clipboard (« Copier le lien »). */
export class SignatureLinkCopiedEvent extends Event {
  static readonly eventName = 'signature-link-copied';
  constructor(readonly permitId: string) {
    super(SignatureLinkCopiedEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fire-permit-selected': FirePermitSelectedEvent;
    'signature-link-shown': SignatureLinkShownEvent;
    'signature-link-copied': SignatureLinkCopiedEvent;
  }
}
