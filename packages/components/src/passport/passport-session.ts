/**
 * PP-* — a widget that works with the passport session the provider shares (set by
 * `<passport-login>`, or by the host through `<vigie-provider>.passportSession`): it notices when
 * another session (or none) arrives, and when the server refuses the session it ends it for every
 * passport widget of the provider and remembers that it expired (the widget then says so and
 * invites to sign in again). Also the « Se connecter » action of a signed-out widget.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { passportProblemOfFailure, type ApiFailure, type PassportSession } from '@vigie/core';
import type { VigieServices } from '../base/context.js';
import { safeHref } from '../base/forms/helpers.js';
import { PassportLoginRequestedEvent, type PassportLoginReason } from './passport.events.js';

/**
 * « Se déconnecter » (point 2): the session ends in the page at once (the provider forgets it, so
 * no widget sends it again), then on the server (`POST passport/session/logout`), so its token
 * stops working there too. A failed call changes nothing in the page: the user is signed out
 * either way; the server's session then ends at its `expiresAt`. Resolves once the call is over
 * (never rejects).
 */
export async function endPassportSession(services: VigieServices | undefined, session: PassportSession | undefined): Promise<void> {
  if (!services) return;
  if (services.passportSession) services.setPassportSession(undefined);
  if (!session) return;
  try {
    const api = await import('@vigie/core/passport/api');
    await api.passportLogout(services.client, session);
  } catch {
    // Signed out in the page whatever the server answered (network, 5xx…): nothing else to do.
  }
}

/** The server refused the passport session (`/problems/session-required`, or any 401): sign in again. */
export const isPassportSessionRefused = (failure: ApiFailure): boolean =>
  passportProblemOfFailure(failure) === 'sessionRequired' || ((failure.kind === 'http' || failure.kind === 'conflict') && failure.status === 401);

export class PassportSessionController implements ReactiveController {
  /** The server refused the session (until another one arrives). */
  expired = false;
  #session?: PassportSession;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly services: () => VigieServices | undefined,
    /** Another session (or none) arrived; `previous` is the one the widget showed. */
    private readonly onChange: (session: PassportSession | undefined, previous: PassportSession | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The session the widget shows (compared by identity with the provider's). */
  get session(): PassportSession | undefined {
    return this.#session;
  }

  /** Why « Se connecter » is offered: no session, or an expired one. */
  get reason(): PassportLoginReason {
    return this.expired ? 'session-expired' : 'signed-out';
  }

  /** Call from the host's `willUpdate`: follows the provider's session. */
  sync(): void {
    const s = this.services();
    if (!s || s.passportSession === this.#session) return;
    const previous = this.#session;
    this.#session = s.passportSession;
    if (this.#session) this.expired = false;
    this.onChange(this.#session, previous);
  }

  /** When `failure` is the server refusing the session: ends it for every passport widget of the provider and returns true. */
  endIfRefused(failure: ApiFailure): boolean {
    if (!isPassportSessionRefused(failure)) return false;
    this.expired = true;
    this.services()?.setPassportSession(undefined);
    this.host.requestUpdate();
    return true;
  }
}

/**
 * « Se connecter »: a link to the host's sign-in page when it gave one, a button otherwise; either
 * fires the cancelable `passport-login-requested` with its reason.
 */
export function passportLoginAction(host: HTMLElement, o: { readonly label: string; readonly href: string | undefined; readonly reason: PassportLoginReason; readonly className: string }) {
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
