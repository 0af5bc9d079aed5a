/**
 * @vigie/react — `<vault-activation>` (VA-ACTIVATE) for React 19. Importing this module registers the tag.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { VaultActivatedEvent, VaultLoginRequestedEvent } from '@vigie/components';
import { VaultActivation as VaultActivationElement } from '@vigie/components/define/vault-activation.js';

/**
 * `<vault-activation>`: `token` (write-only; else the URL's `token` parameter), `loginHref`, `termsHref`;
 * `onVaultActivated`, `onVaultLoginRequested` (call `preventDefault()` to show your own sign-in).
 */
export const VaultActivation = createComponent({
  tagName: 'vault-activation',
  elementClass: VaultActivationElement,
  react: React,
  events: {
    onVaultActivated: 'vault-activated' as EventName<VaultActivatedEvent>,
    onVaultLoginRequested: 'vault-login-requested' as EventName<VaultLoginRequestedEvent>,
  },
});
