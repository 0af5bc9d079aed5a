/**
 * The one session controller of every service (ARCHITECTURE « Sessions … live in the provider's
 * memory only, through one session controller; sign-out also ends the session on the server »).
 *
 * A service describes its session once ({@link SessionKind}: where the provider keeps it, which
 * failures mean the server refused it, how the server ends it); then
 *
 * - {@link SessionController} follows the provider's session for a widget: it notices when another
 *   session (or none) arrives, and when the server refuses the session it ends it for every widget
 *   of that service in the provider and remembers that it expired (the widget then says so and
 *   invites to sign in again);
 * - {@link endSession} signs out: the provider forgets the session at once (no widget sends it
 *   again), then the server is told to end it, so its token stops working there too (X-SEC).
 *
 * Sessions live in the provider's memory only: never in storage, a cookie, an attribute or an event.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiFailure } from '@vigie/core';
import type { VigieServices } from './context.js';

/** Why « Se connecter » is offered by a widget that follows a session: none, or an expired one. */
export type SessionLoginReason = 'signed-out' | 'session-expired';

/** What the session controller needs to know of one service's session. */
export interface SessionKind<S> {
  /** The provider's current session of this service. */
  readonly get: (services: VigieServices) => S | undefined;
  /** Gives the provider a session (or none: every widget of the service is signed out). */
  readonly set: (services: VigieServices, session: S | undefined) => void;
  /** The server refused the session (its `session-required` problem, or any 401). */
  readonly refused: (failure: ApiFailure) => boolean;
  /** Ends the session on the server (loaded with the data layer on demand). */
  readonly logout: (services: VigieServices, session: S) => Promise<unknown>;
}

export class SessionController<S> implements ReactiveController {
  /** The server refused the session (until another one arrives). */
  expired = false;
  #session?: S;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly services: () => VigieServices | undefined,
    private readonly kind: SessionKind<S>,
    /** Another session (or none) arrived; `previous` is the one the widget showed. */
    private readonly onChange: (session: S | undefined, previous: S | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The session the widget shows (compared by identity with the provider's). */
  get session(): S | undefined {
    return this.#session;
  }

  /** Why « Se connecter » is offered: no session, or an expired one. */
  get reason(): SessionLoginReason {
    return this.expired ? 'session-expired' : 'signed-out';
  }

  /** Call from the host's `willUpdate`: follows the provider's session. */
  sync(): void {
    const s = this.services();
    if (!s) return;
    const current = this.kind.get(s);
    if (current === this.#session) return;
    const previous = this.#session;
    this.#session = current;
    if (current) this.expired = false;
    this.onChange(current, previous);
  }

  /** Forgets the session seen, so the next `sync` takes the provider's as new (e.g. back in the page after an abandoned load). */
  forget(): void {
    this.#session = undefined;
  }

  /** When `failure` is the server refusing the session: ends it for every widget of the service in the provider and returns true. */
  endIfRefused(failure: ApiFailure): boolean {
    if (!this.kind.refused(failure)) return false;
    this.expired = true;
    const s = this.services();
    if (s) this.kind.set(s, undefined);
    this.host.requestUpdate();
    return true;
  }
}

/**
 * Signs out (X-SEC): the provider forgets the session at once when it is the one ended (or when
 * none is named), then the server is told to end it. A failed call changes nothing in the page:
 * the person is signed out either way, and the server's session ends at its expiry at the latest.
 * Nothing is logged (the token never reaches the console). Resolves once the call is over; never
 * rejects.
 */
export async function endSession<S>(kind: SessionKind<S>, services: VigieServices | undefined, session: S | undefined): Promise<void> {
  if (!services) return;
  const current = kind.get(services);
  if (current !== undefined && (session === undefined || current === session)) kind.set(services, undefined);
  if (session === undefined) return;
  try {
    await kind.logout(services, session);
  } catch {
    // Signed out in the page whatever the server answered (network, 5xx, 401…).
  }
}
