/**
 * VA-PROFILE / VA-DOCS — a widget that works with the vault session the provider shares (set by
 * `<vault-login>` or `<vault-activation>`, or by the host through `<vigie-provider>.vaultSession`).
 * It notices when another session (or none) arrives, and when the server refuses the session it
 * ends it for every vault widget of the provider and remembers that it expired (the widget then
 * says so and invites to sign in again). Signing out goes through {@link endVaultSessionOnServer},
 * so that the server ends the session too (X-SEC).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiFailure, VaultSession } from '@vigie/core';
import type { VigieServices } from '../base/context.js';
import type { VaultLoginReason } from './vault.events.js';
import { isSessionRefused } from './vault-helpers.js';

export class VaultSessionController implements ReactiveController {
  /** The server refused the session (until another one arrives). */
  expired = false;
  #session?: VaultSession;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly services: () => VigieServices | undefined,
    /** Another session (or none) arrived; `previous` is the one the widget showed. */
    private readonly onChange: (session: VaultSession | undefined, previous: VaultSession | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The session the widget shows (compared by identity with the provider's). */
  get session(): VaultSession | undefined {
    return this.#session;
  }

  /** Why « Se connecter » is offered: no session, or an expired one. */
  get reason(): VaultLoginReason {
    return this.expired ? 'session-expired' : 'signed-out';
  }

  /** Call from the host's `willUpdate`: follows the provider's session. */
  sync(): void {
    const s = this.services();
    if (!s || s.vaultSession === this.#session) return;
    const previous = this.#session;
    this.#session = s.vaultSession;
    if (this.#session) this.expired = false;
    this.onChange(this.#session, previous);
  }

  /** Forgets the session seen, so the next `sync` takes the provider's as new (e.g. back in the page after an abandoned load). */
  forget(): void {
    this.#session = undefined;
  }

  /** When `failure` is the server refusing the session: ends it for every vault widget of the provider and returns true. */
  endIfRefused(failure: ApiFailure): boolean {
    if (!isSessionRefused(failure)) return false;
    this.expired = true;
    this.services()?.setVaultSession(undefined);
    this.host.requestUpdate();
    return true;
  }
}

/**
 * X-SEC: signing out ends the session on the server (`POST vault/logout`), not only in the page.
 * Fire and forget: the caller has already forgotten the session in the page, whatever this
 * answers (a network failure, a 5xx, a 401 change nothing for the person, who is signed out), and
 * nothing is logged (the token never reaches the console). The call is idempotent and keyed, so
 * the client may retry it.
 */
export function endVaultSessionOnServer(services: VigieServices | undefined, session: VaultSession): void {
  if (!services) return;
  void import('@vigie/core/vault/api')
    .then((api) => api.vaultLogout(services.client, session))
    .catch(() => {
      // Signed out in the page already; the server ends the session at its expiry at the latest.
    });
}
