/**
 * RS-ONB — this part's rows of the Remote Services contract table (see `../routes.ts`). The routes
 * before the log-in are public (a 401 is the answer itself); the next steps take the onboarding
 * session as bearer (`session`). A log-in is sent once; the other writes carry an `Idempotency-Key`.
 */
import { defineRoutes } from '../../shared/contract.js';
import { REMOTE_PROBLEMS } from '../problems.js';
import * as S from './schemas.js';

const INVITATION = ['invitationUnknown', 'invitationExpired'] as const;
const STEP = ['sessionRequired', 'stepNotAllowed'] as const;

export const REMOTE_ONBOARDING_ROUTES = defineRoutes(REMOTE_PROBLEMS, {
  onboardingStatus: {
    method: 'post',
    path: 'remote/onboarding/invitation',
    body: S.OnboardingTokenRequest,
    response: S.OnboardingStatus,
    problems: INVITATION,
    auth: 'public',
    idempotency: 'never',
  },
  onboardingResume: {
    method: 'post',
    path: 'remote/onboarding/signup-link',
    body: S.OnboardingTokenRequest,
    response: S.OnboardingSignupLinkResponse,
    problems: ['linkUnknown', 'linkExpired'],
    auth: 'public',
    idempotency: 'never',
  },
  onboardingSignup: {
    method: 'post',
    path: 'remote/onboarding/signup',
    body: S.OnboardingSignupRequest,
    response: S.OnboardingStatus,
    status: 202,
    problems: [...INVITATION, 'stepNotAllowed'],
    auth: 'public',
    idempotency: 'keyed',
  },
  onboardingPassword: {
    method: 'post',
    path: 'remote/onboarding/password',
    body: S.OnboardingPasswordRequest,
    response: S.OnboardingStatus,
    problems: ['linkUnknown', 'linkExpired', 'linkUsed', 'passwordPolicy'],
    auth: 'public',
    idempotency: 'keyed',
  },
  onboardingLogin: {
    method: 'post',
    path: 'remote/onboarding/login',
    body: S.OnboardingLoginRequest,
    response: S.OnboardingLoginResponse,
    problems: ['invalidCredentials', ...INVITATION, 'tooManyAttempts'],
    auth: 'public',
    idempotency: 'never',
  },
  onboardingTerms: {
    method: 'post',
    path: 'remote/onboarding/terms',
    body: S.OnboardingTermsRequest,
    response: S.OnboardingStatus,
    problems: STEP,
    auth: 'session',
    idempotency: 'keyed',
  },
  onboardingIdPin: {
    method: 'post',
    path: 'remote/onboarding/id-pin',
    body: S.OnboardingIdPinRequest,
    response: S.OnboardingStatus,
    problems: [...STEP, 'idPinRefused', 'tooManyAttempts'],
    auth: 'session',
    idempotency: 'keyed',
  },
  onboardingNewUser: {
    method: 'post',
    path: 'remote/onboarding/new-user',
    response: S.OnboardingStatus,
    problems: STEP,
    auth: 'session',
    idempotency: 'keyed',
  },
  onboardingContact: {
    method: 'post',
    path: 'remote/onboarding/contact',
    body: S.OnboardingContact,
    response: S.OnboardingStatus,
    problems: [...STEP, 'validation'],
    auth: 'session',
    idempotency: 'keyed',
  },
});
