/**
 * @vigie/react — `<vault-email-confirmation>` (VA-PROFILE, X-SEC) for React 19. Importing this module registers the tag.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { VaultEmailChangedEvent, VaultLoginRequestedEvent } from '@vigie/components';
import { VaultEmailConfirmation as VaultEmailConfirmationElement } from '@vigie/components/define/vault-email-confirmation.js';

/**
 * `<vault-email-confirmation>`: `loginHref`, `tokenParam`, `headingLevel`, `token` (write-only);
 * `onVaultEmailChanged` (the new address is the login), `onVaultLoginRequested` (call
 * `preventDefault()` to show your own sign-in).
 */
export const VaultEmailConfirmation = createComponent({
  tagName: 'vault-email-confirmation',
  elementClass: VaultEmailConfirmationElement,
  react: React,
  events: {
    onVaultEmailChanged: 'vault-email-changed' as EventName<VaultEmailChangedEvent>,
    onVaultLoginRequested: 'vault-login-requested' as EventName<VaultLoginRequestedEvent>,
  },
});
