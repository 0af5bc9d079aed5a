/**
 * @vigie/react — `<vault-profile>` (VA-PROFILE) for React 19. Importing this module registers the tag.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { VaultEmailChangeRequestedEvent, VaultLoginRequestedEvent, VaultPasswordChangedEvent } from '@vigie/components';
import { VaultProfile as VaultProfileElement } from '@vigie/components/define/vault-profile.js';

/**
 * `<vault-profile>`: `loginHref`, `editing` (`'email'` | `'password'`); `onVaultEmailChangeRequested` (a link went to the new address), `onVaultPasswordChanged`,
 * `onVaultLoginRequested` (call `preventDefault()` to show your own sign-in).
 */
export const VaultProfile = createComponent({
  tagName: 'vault-profile',
  elementClass: VaultProfileElement,
  react: React,
  events: {
    onVaultEmailChangeRequested: 'vault-email-change-requested' as EventName<VaultEmailChangeRequestedEvent>,
    onVaultPasswordChanged: 'vault-password-changed' as EventName<VaultPasswordChangedEvent>,
    onVaultLoginRequested: 'vault-login-requested' as EventName<VaultLoginRequestedEvent>,
  },
});
