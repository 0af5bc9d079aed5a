/**
 * RS-ONB — the zod-free lists and limits of the onboarding, for the widget and the flow: importing
 * them does not load zod (the contract, `schemas.ts`, and the calls, `api.ts`, load by `import()`
 * in the widget's call runner; see docs/architecture.md « CallRunner loads api.ts by import() »).
 */

/** RS-ONB (seed 000): the two kinds of invitation: with an ID & PIN (and a link), or automatic (a link only). */
export const INVITATION_KINDS = ['id-pin', 'automatic'] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];

/** RS-ONB (seed 000): an existing MySecuritas user, or a new one. */
export const ONBOARDING_USERS = ['existing', 'new'] as const;
export type OnboardingUser = (typeof ONBOARDING_USERS)[number];

/** RS-ONB: where the ID & PIN step stands (`not-needed` for an automatic invitation). */
export const ID_PIN_STEP_STATES = ['pending', 'connected', 'new-user', 'not-needed'] as const;
export type IdPinStepState = (typeof ID_PIN_STEP_STATES)[number];

/** RS-ONB: the two terms to accept (seed 000 « Acceptez les termes et conditions »). */
export const ONBOARDING_TERMS = ['mysecuritas', 'remote-services'] as const;
export type OnboardingTerms = (typeof ONBOARDING_TERMS)[number];

// The new password's minimum length lives beside its check (the widget's password step needs both, not the rest).
export { ONBOARDING_PASSWORD_MIN_LENGTH } from './password-check.js';

/** RS-ONB: longest first or last name of the contact details. */
export const CONTACT_NAME_MAX_LENGTH = 80;
/** RS-ONB: longest phone number as typed. */
export const CONTACT_PHONE_MAX_LENGTH = 32;
