/**
 * RS-ONB — what the onboarding's forms check before sending (the server checks the same again):
 * the new password (at least {@link ONBOARDING_PASSWORD_MIN_LENGTH} characters, seed 000), the ID &
 * PIN's formats (RS-IDPIN's), the contact details.
 */
import { isBlank, isEmail } from '../../shared/text.js';
import { idPinIdIssue, normalizeIdPinId, pinIssue } from '../id-pin/id-pin-format.js';
import { CONTACT_NAME_MAX_LENGTH, CONTACT_PHONE_MAX_LENGTH } from './model.js';
import type { OnboardingContact } from './schemas.js';
import type { OnboardingFieldMessage } from './onboarding.js';

// The new password's check, a module of its own: the widget's first screens need it, the later steps' checks load with those steps.
export { onboardingPasswordIssue } from './password-check.js';

/** RS-ONB « Connecter l'ID et le PIN »: the typed ID's issue (8 digits; spaces, dots, dashes tolerated). */
export function onboardingIdIssue(id: string): OnboardingFieldMessage | undefined {
  const issue = idPinIdIssue(id);
  return issue === 'id-format'
    ? { key: 'rs.onboarding.idPin.error.id' }
    : issue === 'required'
      ? { key: 'form.error.required' }
      : undefined;
}

/** RS-ONB « Connecter l'ID et le PIN »: the typed PIN's issue (4 to 6 digits, never trimmed). */
export function onboardingPinIssue(pin: string): OnboardingFieldMessage | undefined {
  const issue = pinIssue(pin);
  return issue === undefined ? undefined : issue === 'required' ? { key: 'form.error.required' } : { key: 'rs.onboarding.idPin.error.pin' };
}

/** A phone number as typed: digits with spaces, dots, dashes, brackets, an optional leading +; 10 to 15 digits. */
export function isPhone(value: string): boolean {
  const v = value.trim();
  if (!/^\+?[\d\s.\-()]+$/.test(v)) return false;
  const digits = v.replace(/\D/g, '').length;
  return digits >= 10 && digits <= 15;
}

export type OnboardingContactField = keyof OnboardingContact;

/** RS-ONB « Vérifiez vos coordonnées »: what is wrong with the contact details, per field (the phone may be empty). */
export function contactIssues(c: OnboardingContact): Partial<Record<OnboardingContactField, OnboardingFieldMessage>> {
  const out: Partial<Record<OnboardingContactField, OnboardingFieldMessage>> = {};
  for (const f of ['firstName', 'lastName'] as const) {
    if (isBlank(c[f])) out[f] = { key: 'form.error.required' };
    else if ([...c[f].trim()].length > CONTACT_NAME_MAX_LENGTH)
      out[f] = { key: 'rs.onboarding.contact.error.tooLong', params: { max: CONTACT_NAME_MAX_LENGTH } };
  }
  if (isBlank(c.email)) out.email = { key: 'form.error.required' };
  else if (!isEmail(c.email)) out.email = { key: 'form.error.email' };
  if (!isBlank(c.phone) && (c.phone.trim().length > CONTACT_PHONE_MAX_LENGTH || !isPhone(c.phone)))
    out.phone = { key: 'rs.onboarding.contact.error.phone' };
  return out;
}

/** The ID as the server compares it: the separators a person types dropped (RS-IDPIN's rule). */
export const onboardingIdOf = (raw: string): string => normalizeIdPinId(raw);
