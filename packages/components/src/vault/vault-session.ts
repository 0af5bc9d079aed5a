/**
 * VA-PROFILE / VA-DOCS — the vault's session, through the one session controller of every service
 * (`base/session-controller.ts`): set by `<vault-login>` or `<vault-activation>`, or by the host
 * through `<vigie-provider>.vaultSession`, in the provider's memory only. Signing out goes through
 * {@link endVaultSessionOnServer}, so that the server ends the session too (X-SEC).
 */
import type { ReactiveControllerHost } from 'lit';
import type { VaultSession } from '@vigie/core';
import type { VigieServices } from '../base/context.js';
import { SessionController, endSession, type SessionKind } from '../base/session-controller.js';
import { isSessionRefused } from './vault-helpers.js';

/** The vault's session as the shared session controller sees it. */
export const vaultSessionKind: SessionKind<VaultSession> = {
  get: (s) => s.vaultSession,
  set: (s, session) => s.setVaultSession(session),
  refused: isSessionRefused,
  logout: async (s, session) => (await import('@vigie/core/vault/api')).vaultLogout(s.client, session),
};

/** The shared {@link SessionController} bound to the vault's session. */
export class VaultSessionController extends SessionController<VaultSession> {
  constructor(
    host: ReactiveControllerHost,
    services: () => VigieServices | undefined,
    /** Another session (or none) arrived; `previous` is the one the widget showed. */
    onChange: (session: VaultSession | undefined, previous: VaultSession | undefined) => void,
  ) {
    super(host, services, vaultSessionKind, onChange);
  }
}

/**
 * X-SEC: signing out ends the session on the server (`POST vault/logout`), not only in the page.
 * Fire and forget: the page forgets the session at once (if the caller has not already), whatever
 * the server answers; nothing is logged. The call is idempotent and keyed, so the client may retry it.
 */
export function endVaultSessionOnServer(services: VigieServices | undefined, session: VaultSession): void {
  void endSession(vaultSessionKind, services, session);
}
