/**
 * RS-ONB — the contract of the onboarding (zod/mini): the onboarding's state as the server holds it,
 * and the request bodies of its public routes.
 *
 * The server holds the onboarding (as Okta's IDX and Stripe's embedded onboarding do): each answer
 * is the whole {@link OnboardingStatus}, from which the widget derives the step to show, so the
 * flow resumes wherever it was left, also in another tab opened from the e-mailed link.
 *
 * Tokens (the invitation's, the e-mailed link's) and secrets (passwords, PIN) travel in request
 * bodies only, never in a URL. After the log-in step, the routes take the onboarding session the
 * log-in returned as `Authorization: Bearer` (held in memory by the widget only).
 */
import * as z from 'zod/mini';
import { PASSWORD_MAX_LENGTH } from '../../shared/password-policy.js';
import { EMAIL_MAX_LENGTH } from '../../shared/text.js';
import { RemoteInstant } from '../schemas.js';
import { IdPinIdentifier, Pin } from '../id-pin/schemas.js';
import {
  CONTACT_NAME_MAX_LENGTH,
  CONTACT_PHONE_MAX_LENGTH,
  ID_PIN_STEP_STATES,
  INVITATION_KINDS,
  ONBOARDING_TERMS,
  ONBOARDING_USERS,
} from './model.js';

const Email = z.string().check(z.minLength(3), z.maxLength(EMAIL_MAX_LENGTH));
const Token = z.string().check(z.minLength(8), z.maxLength(200));
const Name = z.string().check(z.minLength(1), z.maxLength(CONTACT_NAME_MAX_LENGTH));

/** RS-ONB « Vérifiez les informations de contact »: what Securitas will use to reach the person. */
export const OnboardingContact = z.object({
  firstName: Name,
  lastName: Name,
  email: Email,
  /** As typed (`06 12 34 56 78`, `+33 6…`), or empty when the person gives none. */
  phone: z.string().check(z.maxLength(CONTACT_PHONE_MAX_LENGTH)),
});
export type OnboardingContact = z.infer<typeof OnboardingContact>;

/** RS-ONB: the onboarding as the server holds it (the answer of every onboarding route). */
export const OnboardingStatus = z.object({
  kind: z.enum(INVITATION_KINDS),
  /** Who sent the invitation (« Securitas », or a colleague's name). */
  invitedBy: z.string().check(z.minLength(1), z.maxLength(120)),
  /** Until when the invitation can be used. */
  expiresAt: RemoteInstant,
  /** The onboarding is over: the person reaches Remote Services. */
  completed: z.boolean(),
  /** `unknown` until the person logs in with an existing account or asks for a new one. */
  user: z.enum(['unknown', ...ONBOARDING_USERS]),
  /** The new account's e-mail once given (the e-mailed link went there), or the login used. */
  email: z.nullable(Email),
  /** The e-mail with the link to set the password was sent (new account). */
  emailSent: z.boolean(),
  /** The new account's password is set (through the e-mailed link). */
  passwordSet: z.boolean(),
  terms: z.object({ mysecuritas: z.boolean(), remoteServices: z.boolean() }),
  idPin: z.enum(ID_PIN_STEP_STATES),
  /** The contact details to check: only to the logged-in person (with the onboarding session), else null. */
  contact: z.nullable(OnboardingContact),
});
export type OnboardingStatus = z.infer<typeof OnboardingStatus>;

/** The answer to the e-mailed link: the onboarding it belongs to, resumed (the invitation's token, to go on). */
export const OnboardingSignupLinkResponse = z.object({
  invitation: Token,
  status: OnboardingStatus,
});
export type OnboardingSignupLinkResponse = z.infer<typeof OnboardingSignupLinkResponse>;

/** The answer to a log-in: the onboarding session (bearer of the next steps) and the onboarding. */
export const OnboardingLoginResponse = z.object({
  session: Token,
  status: OnboardingStatus,
});
export type OnboardingLoginResponse = z.infer<typeof OnboardingLoginResponse>;

export const OnboardingTokenRequest = z.object({ token: Token });
export type OnboardingTokenRequest = z.infer<typeof OnboardingTokenRequest>;

export const OnboardingSignupRequest = z.object({ invitation: Token, email: Email });
export type OnboardingSignupRequest = z.infer<typeof OnboardingSignupRequest>;

export const OnboardingPasswordRequest = z.object({
  token: Token,
  // The policy (length, common passwords) is checked by the route, to answer `password-policy` with its issues.
  password: z.string().check(z.minLength(1), z.maxLength(PASSWORD_MAX_LENGTH * 4)),
});
export type OnboardingPasswordRequest = z.infer<typeof OnboardingPasswordRequest>;

export const OnboardingLoginRequest = z.object({
  invitation: Token,
  email: Email,
  password: z.string().check(z.minLength(1), z.maxLength(PASSWORD_MAX_LENGTH * 4)),
});
export type OnboardingLoginRequest = z.infer<typeof OnboardingLoginRequest>;

export const OnboardingTermsRequest = z.object({ terms: z.enum(ONBOARDING_TERMS) });
export type OnboardingTermsRequest = z.infer<typeof OnboardingTermsRequest>;

export const OnboardingIdPinRequest = z.object({ id: IdPinIdentifier, pin: Pin });
export type OnboardingIdPinRequest = z.infer<typeof OnboardingIdPinRequest>;
