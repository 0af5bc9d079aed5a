/**
 * @vigie/react — `<vault-password-reset>` (VA-RESET) for React 19, with typed `onXxx` event
 * props. Importing this module registers the tag.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { VaultLoginRequestedEvent, VaultPasswordChangedEvent, VaultResetRequestedEvent } from '@vigie/components';
import { VaultPasswordReset as VaultPasswordResetElement } from '@vigie/components/define/vault-password-reset.js';

/**
 * `<vault-password-reset>`: `token` (write-only: the reset link's token, when the host has it),
 * `tokenParam`, `loginHref`; `onVaultResetRequested`, `onVaultPasswordChanged`,
 * `onVaultLoginRequested` (`e.reason`: `password-changed` | `back-to-login`; call `preventDefault()`
 * to show your own login instead of `loginHref`).
 */
export const VaultPasswordReset = createComponent({
  tagName: 'vault-password-reset',
  elementClass: VaultPasswordResetElement,
  react: React,
  events: {
    onVaultResetRequested: 'vault-reset-requested' as EventName<VaultResetRequestedEvent>,
    onVaultPasswordChanged: 'vault-password-changed' as EventName<VaultPasswordChangedEvent>,
    onVaultLoginRequested: 'vault-login-requested' as EventName<VaultLoginRequestedEvent>,
  },
});
