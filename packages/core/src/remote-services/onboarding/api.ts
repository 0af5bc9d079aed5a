/**
 * RS-ONB — paths and typed calls of the onboarding through the shared client.
 *
 * - Every route answers the whole {@link OnboardingStatus}: the server holds the onboarding, the
 *   widget derives its step from it (`onboardingStep`), so the flow resumes anywhere.
 * - The routes before the log-in are public (`auth: 'none'`, a 401 is the answer itself, never
 *   replayed): the invitation's token or the e-mailed link's travels in the body, never in a URL.
 * - The log-in returns an onboarding session; the next steps send it as `Authorization: Bearer`
 *   (never refreshed: a 401 `session-required` means log in again).
 * - A log-in is sent once (it counts); the other POSTs carry an `Idempotency-Key`.
 */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { ApiError, type ApiFailure } from '../../api/errors.js';
import { callRoute } from '../../shared/contract.js';
import type { OnboardingTerms } from './model.js';
import type { OnboardingEvent, OnboardingRequest } from './onboarding.js';
import { REMOTE_ONBOARDING_ROUTES as R } from './routes.js';
import type { OnboardingContact, OnboardingLoginResponse, OnboardingSignupLinkResponse, OnboardingStatus } from './schemas.js';

export const REMOTE_ONBOARDING_INVITATION_PATH = R.onboardingStatus.path;
export const REMOTE_ONBOARDING_SIGNUP_LINK_PATH = R.onboardingResume.path;
export const REMOTE_ONBOARDING_SIGNUP_PATH = R.onboardingSignup.path;
export const REMOTE_ONBOARDING_PASSWORD_PATH = R.onboardingPassword.path;
export const REMOTE_ONBOARDING_LOGIN_PATH = R.onboardingLogin.path;
export const REMOTE_ONBOARDING_TERMS_PATH = R.onboardingTerms.path;
export const REMOTE_ONBOARDING_ID_PIN_PATH = R.onboardingIdPin.path;
export const REMOTE_ONBOARDING_NEW_USER_PATH = R.onboardingNewUser.path;
export const REMOTE_ONBOARDING_CONTACT_PATH = R.onboardingContact.path;

type Opts = Pick<RequestOptions, 'signal'>;
/** The onboarding session of a step after the log-in (never the provider's token). */
const session = (token: string, opts: Opts) => ({ signal: opts.signal, auth: { bearer: token } });

/** RS-ONB, the invitation link: the onboarding of this invitation. 404 `invitation-unknown`, 410 `invitation-expired`. */
export function getRemoteOnboarding(client: VigieClient, invitation: string, opts: Opts = {}): Promise<OnboardingStatus> {
  return callRoute(client, R.onboardingStatus, { body: { token: invitation }, ...opts });
}

/** RS-ONB, the e-mailed link (any tab): the onboarding it belongs to. 404 `link-unknown`, 410 `link-expired`. */
export function resumeRemoteOnboarding(client: VigieClient, signupToken: string, opts: Opts = {}): Promise<OnboardingSignupLinkResponse> {
  return callRoute(client, R.onboardingResume, { body: { token: signupToken }, ...opts });
}

/**
 * RS-ONB « Créez un nouveau compte »: e-mails the link to set the password. The same 202 whether
 * or not an account has this e-mail (no enumeration: its owner gets an e-mail saying so instead).
 */
export function signUpForRemoteOnboarding(
  client: VigieClient,
  invitation: string,
  email: string,
  opts: Opts = {},
): Promise<OnboardingStatus> {
  return callRoute(client, R.onboardingSignup, { body: { invitation, email }, signal: opts.signal });
}

/** RS-ONB, the e-mailed link: the new account's password. 422 `password-policy` (`issues`), 410 `link-expired` / `link-used`. */
export function setRemoteOnboardingPassword(
  client: VigieClient,
  signupToken: string,
  password: string,
  opts: Opts = {},
): Promise<OnboardingStatus> {
  return callRoute(client, R.onboardingPassword, { body: { token: signupToken, password }, signal: opts.signal });
}

/** RS-ONB: one log-in attempt, sent once. 401 `invalid-credentials`, 429 `too-many-attempts` (`retryAfter`). */
export function logInToRemoteOnboarding(
  client: VigieClient,
  invitation: string,
  email: string,
  password: string,
  opts: Opts = {},
): Promise<OnboardingLoginResponse> {
  return callRoute(client, R.onboardingLogin, { body: { invitation, email, password }, ...opts });
}

/** RS-ONB: accepts the MySecuritas or the Remote Services terms. 401 `session-required`, 409 `step-not-allowed`. */
export function acceptRemoteOnboardingTerms(
  client: VigieClient,
  sessionToken: string,
  terms: OnboardingTerms,
  opts: Opts = {},
): Promise<OnboardingStatus> {
  return callRoute(client, R.onboardingTerms, { body: { terms }, ...session(sessionToken, opts) });
}

/** RS-ONB « Connecter l'ID et le PIN ». 422 `id-pin-refused`, 429 `too-many-attempts`. */
export function connectRemoteOnboardingIdPin(
  client: VigieClient,
  sessionToken: string,
  id: string,
  pin: string,
  opts: Opts = {},
): Promise<OnboardingStatus> {
  return callRoute(client, R.onboardingIdPin, { body: { id, pin }, ...session(sessionToken, opts) });
}

/** RS-ONB « Je n'ai pas d'ID & PIN » → « Oui, je suis nouveau ». */
export function declareRemoteOnboardingNewUser(client: VigieClient, sessionToken: string, opts: Opts = {}): Promise<OnboardingStatus> {
  return callRoute(client, R.onboardingNewUser, session(sessionToken, opts));
}

/** RS-ONB « Vérifiez vos coordonnées, puis sélectionnez Confirmer »: the last step; the onboarding is then completed. */
export function confirmRemoteOnboardingContact(
  client: VigieClient,
  sessionToken: string,
  contact: OnboardingContact,
  opts: Opts = {},
): Promise<OnboardingStatus> {
  return callRoute(client, R.onboardingContact, { body: contact, ...session(sessionToken, opts) });
}

/**
 * RS-ONB: the flow's `CallRunner` over these calls: a request of `onboardingFlow`, made with the
 * client, and its answer or its typed failure as the flow's event (`loaded`, `refreshed`, `answered`;
 * `load-failed`, `refresh-failed`, `refused`). It never rejects.
 */
export async function runOnboardingRequest(client: VigieClient, r: OnboardingRequest, signal?: AbortSignal): Promise<OnboardingEvent> {
  const opts = { signal };
  const op = r.op === 'terms' ? (r.terms === 'mysecuritas' ? 'terms-mysecuritas' : 'terms-remote') : r.op;
  try {
    switch (r.op) {
      case 'load':
        return { type: 'loaded', invitation: r.invitation, status: await getRemoteOnboarding(client, r.invitation, opts) };
      case 'resume': {
        const x = await resumeRemoteOnboarding(client, r.signup, opts);
        return { type: 'loaded', invitation: x.invitation, status: x.status, signup: r.signup };
      }
      case 'poll':
        return { type: 'refreshed', status: await getRemoteOnboarding(client, r.invitation, opts) };
      case 'signup':
        return { type: 'answered', op: 'signup', status: await signUpForRemoteOnboarding(client, r.invitation, r.email, opts) };
      case 'password':
        return { type: 'answered', op: 'password', status: await setRemoteOnboardingPassword(client, r.signup, r.password, opts) };
      case 'login': {
        const x = await logInToRemoteOnboarding(client, r.invitation, r.email, r.password, opts);
        return { type: 'answered', op: 'login', status: x.status, session: x.session };
      }
      case 'terms':
        return {
          type: 'answered',
          op: r.terms === 'mysecuritas' ? 'terms-mysecuritas' : 'terms-remote',
          status: await acceptRemoteOnboardingTerms(client, r.session, r.terms, opts),
        };
      case 'id-pin':
        return { type: 'answered', op: 'id-pin', status: await connectRemoteOnboardingIdPin(client, r.session, r.id, r.pin, opts) };
      case 'new-user':
        return { type: 'answered', op: 'new-user', status: await declareRemoteOnboardingNewUser(client, r.session, opts) };
      case 'contact':
        return { type: 'answered', op: 'contact', status: await confirmRemoteOnboardingContact(client, r.session, r.contact, opts) };
    }
  } catch (e) {
    const failure: ApiFailure =
      e instanceof ApiError || (e instanceof Error && 'failure' in e)
        ? (e as ApiError).failure
        : { kind: 'network', message: 'The request failed' };
    if (op === 'load' || op === 'resume') return { type: 'load-failed', failure };
    if (op === 'poll') return { type: 'refresh-failed', failure };
    return { type: 'refused', op, failure };
  }
}
