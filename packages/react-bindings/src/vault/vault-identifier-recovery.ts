/**
 * @vigie/react — `<vault-identifier-recovery>` (VA-LOSTID) for React 19, with typed `onXxx` event
 * props. Importing this module registers the tag.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { VaultIdentifierRequestedEvent, VaultLoginRequestedEvent } from '@vigie/components';
import { VaultIdentifierRecovery as VaultIdentifierRecoveryElement } from '@vigie/components/define/vault-identifier-recovery.js';

/**
 * `<vault-identifier-recovery>`: `privacyHref`, `loginHref`; `onVaultIdentifierRequested`,
 * `onVaultLoginRequested` (call `preventDefault()` to show your own login instead of `loginHref`).
 */
export const VaultIdentifierRecovery = createComponent({
  tagName: 'vault-identifier-recovery',
  elementClass: VaultIdentifierRecoveryElement,
  react: React,
  events: {
    onVaultIdentifierRequested: 'vault-identifier-requested' as EventName<VaultIdentifierRequestedEvent>,
    onVaultLoginRequested: 'vault-login-requested' as EventName<VaultLoginRequestedEvent>,
  },
});
