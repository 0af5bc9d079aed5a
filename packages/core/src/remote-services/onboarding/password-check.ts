/**
 * RS-ONB — the new password's minimum length and its check before sending (the server checks the
 * same again), seed 000. Re-exported by `checks.ts` and `model.ts`: a module of its own so that the
 * widget's password step does not carry the later steps' checks and lists.
 */
import { checkNewPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../shared/password-policy.js';
import type { OnboardingFieldMessage } from './onboarding.js';

/**
 * RS-ONB (seed 000 « Le mot de passe doit comporter au moins 11 caractères »): the new MySecuritas
 * password's minimum length, in code points: Vigie's one password policy (`PASSWORD_MIN_LENGTH`).
 */
export const ONBOARDING_PASSWORD_MIN_LENGTH = PASSWORD_MIN_LENGTH;

/** RS-ONB: what is wrong with a new password (length; the confirmation when given), if anything. */
export function onboardingPasswordIssue(password: string, confirmation?: string): OnboardingFieldMessage | undefined {
  const issues = checkNewPassword(password, confirmation);
  if (issues.includes('too-short'))
    return { key: 'rs.onboarding.password.error.too-short', params: { min: ONBOARDING_PASSWORD_MIN_LENGTH } };
  if (issues.includes('too-long')) return { key: 'rs.onboarding.password.error.too-long', params: { max: PASSWORD_MAX_LENGTH } };
  if (issues.includes('mismatch')) return { key: 'rs.onboarding.password.error.mismatch' };
  return undefined;
}
