/**
 * PP-* — the passport's session, through the one session controller of every service
 * (`base/session-controller.ts`): set by `<passport-login>`, or by the host through
 * `<vigie-provider>.passportSession`, in the provider's memory only; sign-out ends it on the server
 * too. Also the « Se connecter » action of a signed-out widget.
 */
import { html, type ReactiveControllerHost } from 'lit';
import { passportProblemOfFailure, type ApiFailure, type PassportSession } from '@vigie/core';
import type { VigieServices } from '../base/context.js';
import { SessionController, endSession, type SessionKind } from '../base/session-controller.js';
import { safeHref } from '../base/forms/helpers.js';
import { PassportLoginRequestedEvent, type PassportLoginReason } from './passport.events.js';

/** The passport's session as the shared session controller sees it. */
export const passportSessionKind: SessionKind<PassportSession> = {
  get: (s) => s.passportSession,
  set: (s, session) => s.setPassportSession(session),
  refused: (failure) => isPassportSessionRefused(failure),
  logout: async (s, session) => (await import('@vigie/core/passport/api')).passportLogout(s.client, session),
};

/**
 * « Se déconnecter » (point 2): the session ends in the page at once (the provider forgets it, so
 * no widget sends it again), then on the server (`POST passport/session/logout`), so its token
 * stops working there too. A failed call changes nothing in the page: the user is signed out
 * either way; the server's session then ends at its `expiresAt`. Resolves once the call is over
 * (never rejects).
 */
export function endPassportSession(services: VigieServices | undefined, session: PassportSession | undefined): Promise<void> {
  return endSession(passportSessionKind, services, session);
}

/** The server refused the passport session (`/problems/session-required`, or any 401): sign in again. */
export const isPassportSessionRefused = (failure: ApiFailure): boolean =>
  passportProblemOfFailure(failure) === 'sessionRequired' ||
  ((failure.kind === 'http' || failure.kind === 'conflict') && failure.status === 401);

/** The shared {@link SessionController} bound to the passport's session. */
export class PassportSessionController extends SessionController<PassportSession> {
  constructor(
    host: ReactiveControllerHost,
    services: () => VigieServices | undefined,
    /** Another session (or none) arrived; `previous` is the one the widget showed. */
    onChange: (session: PassportSession | undefined, previous: PassportSession | undefined) => void,
  ) {
    super(host, services, passportSessionKind, onChange);
  }
}

/**
 * « Se connecter »: a link to the host's sign-in page when it gave one, a button otherwise; either
 * fires the cancelable `passport-login-requested` with its reason.
 */
export function passportLoginAction(
  host: HTMLElement,
  o: { readonly label: string; readonly href: string | undefined; readonly reason: PassportLoginReason; readonly className: string },
) {
  const href = safeHref(o.href);
  const onClick = (e: Event) => {
    const event = new PassportLoginRequestedEvent(href, o.reason);
    host.dispatchEvent(event);
    if (event.defaultPrevented) e.preventDefault();
  };
  return href
    ? html`<a class=${o.className} href=${href} @click=${onClick}>${o.label}</a>`
    : html`<button type="button" class=${o.className} @click=${onClick}>${o.label}</button>`;
}
