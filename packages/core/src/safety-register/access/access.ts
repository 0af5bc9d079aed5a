/** SR-INVOICE — who may still generate the synthesis, and what a widget shows under a restricted account. */
import { canUse, type AccessState, type Feature } from '../invoice-banner.js';
import { SYNTHESIS_RIGHT, type Right } from '../rights.js';

/** The right each feature kept under restriction asks for. */
export const FEATURE_RIGHTS: Readonly<Record<'site-synthesis', Right>> = { 'site-synthesis': SYNTHESIS_RIGHT };

/** Whether a user with `rights` may use a restricted feature under `access` (SR-INVOICE). */
export function mayUseFeature(access: AccessState, feature: keyof typeof FEATURE_RIGHTS & Feature, rights: readonly Right[]): boolean {
  return canUse(access, feature, rights.includes(FEATURE_RIGHTS[feature]) ? [feature] : []);
}

/** Whether a register widget must show the restriction notice instead of its content. */
export function isRestricted(access: AccessState): boolean {
  return access.kind === 'restricted';
}
