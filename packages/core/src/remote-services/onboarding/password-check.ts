/**
 * RS-ONB — the new password's check before sending (the server checks the same again): at least
 * {@link ONBOARDING_PASSWORD_MIN_LENGTH} characters (seed 000). Re-exported by `checks.ts`; a module of
 * its own so that the widget's password step does not carry the later steps' checks.
 */
import { checkNewPassword, PASSWORD_MAX_LENGTH } from '../../shared/password-policy.js';
import { ONBOARDING_PASSWORD_MIN_LENGTH } from './model.js';
import type { OnboardingFieldMessage } from './onboarding.js';

/** RS-ONB: what is wrong with a new password (length; the confirmation when given), if anything. */
export function onboardingPasswordIssue(password: string, confirmation?: string): OnboardingFieldMessage | undefined {
  const issues = checkNewPassword(password, confirmation);
  if (issues.includes('too-short')) return { key: 'rs.onboarding.password.error.too-short', params: { min: ONBOARDING_PASSWORD_MIN_LENGTH } };
  if (issues.includes('too-long')) return { key: 'rs.onboarding.password.error.too-long', params: { max: PASSWORD_MAX_LENGTH } };
  if (issues.includes('mismatch')) return { key: 'rs.onboarding.password.error.mismatch' };
  return undefined;
}
