/**
 * @vigie/react — `<vault-login>` (VA-LOGIN). Importing this module registers the tag.
 *
 * Props: `resetHref`, `recoveryHref`, `headingLevel`. Events: `onVaultSignedIn` (`e.user`: first
 * and last name, never the token), `onVaultSignedOut` (`e.reason`: `user` | `expired`),
 * `onVaultRecoveryRequested` (`e.kind`: `password` | `identifier`; call `preventDefault()` to show
 * the recovery widget yourself instead of following the href).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { VaultRecoveryRequestedEvent, VaultSignedInEvent, VaultSignedOutEvent } from '@vigie/components';
import { VaultLogin as VaultLoginElement } from '@vigie/components/define/vault-login.js';

export const VaultLogin = createComponent({
  tagName: 'vault-login',
  elementClass: VaultLoginElement,
  react: React,
  events: {
    onVaultSignedIn: 'vault-signed-in' as EventName<VaultSignedInEvent>,
    onVaultSignedOut: 'vault-signed-out' as EventName<VaultSignedOutEvent>,
    onVaultRecoveryRequested: 'vault-recovery-requested' as EventName<VaultRecoveryRequestedEvent>,
  },
});
