/**
 * SR-INVOICE — how a safety-register widget honours the provider's access state: while the account
 * is suspended it renders `<register-access-notice>` (the seed's words, the sites' synthesis for
 * those with the right) instead of its content and loads none of its data.
 *
 *     const notice = restrictedNotice(this.services, 'interventions');
 *     if (notice) return notice;
 *
 * It also asks the provider for the access state once (`ensureAccess`), so a widget alone on a page
 * (no banner) learns it too. A widget whose request answers 403 `access-restricted` (the server is
 * the authority) calls `services.refreshAccess()`: the provider republishes and the notice shows.
 */
import { html, type TemplateResult } from 'lit';
import type { Module } from '@vigie/core';
import type { VigieServices } from '../base/context.js';

let defined: Promise<unknown> | undefined;

export function restrictedNotice(services: VigieServices | undefined, feature: Module, headingLevel = 2): TemplateResult | undefined {
  if (!services) return undefined;
  services.ensureAccess();
  if (services.access.kind !== 'restricted') return undefined;
  defined ??= import('../define/register-access-notice.js');
  return html`<register-access-notice feature=${feature} heading-level=${headingLevel}></register-access-notice>`;
}

/** Whether the register widgets must stay closed (do not load data while this is true). */
export function isRestrictedAccess(services: VigieServices | undefined): boolean {
  return services?.access.kind === 'restricted';
}
