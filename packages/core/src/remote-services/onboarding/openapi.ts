/** RS-ONB — this part's paths and schemas in the OpenAPI document (tag `remote-services`). */
import { THROTTLE_FIRST_WAIT_MS, THROTTLE_FREE_FAILURES, THROTTLE_MAX_WAIT_MS } from '../../passport/throttle.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../shared/password-policy.js';
import { componentSchemas, idempotencyKey, openApiBuilders, PUBLIC } from '../../shared/openapi-builders.js';
import {
  REMOTE_ONBOARDING_CONTACT_PATH,
  REMOTE_ONBOARDING_ID_PIN_PATH,
  REMOTE_ONBOARDING_INVITATION_PATH,
  REMOTE_ONBOARDING_LOGIN_PATH,
  REMOTE_ONBOARDING_NEW_USER_PATH,
  REMOTE_ONBOARDING_PASSWORD_PATH,
  REMOTE_ONBOARDING_SIGNUP_LINK_PATH,
  REMOTE_ONBOARDING_SIGNUP_PATH,
  REMOTE_ONBOARDING_TERMS_PATH,
} from './api.js';
import * as S from './schemas.js';

const COMPONENTS = {
  RemoteOnboardingStatus: S.OnboardingStatus,
  RemoteOnboardingContact: S.OnboardingContact,
  RemoteOnboardingTokenRequest: S.OnboardingTokenRequest,
  RemoteOnboardingSignupLinkResponse: S.OnboardingSignupLinkResponse,
  RemoteOnboardingSignupRequest: S.OnboardingSignupRequest,
  RemoteOnboardingPasswordRequest: S.OnboardingPasswordRequest,
  RemoteOnboardingLoginRequest: S.OnboardingLoginRequest,
  RemoteOnboardingLoginResponse: S.OnboardingLoginResponse,
  RemoteOnboardingTermsRequest: S.OnboardingTermsRequest,
  RemoteOnboardingIdPinRequest: S.OnboardingIdPinRequest,
} as const;
type Component = keyof typeof COMPONENTS;

export function remoteOnboardingComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}

const { json, problem, operation: op } = openApiBuilders<Component>('remote-services');
const STATUS = json('RemoteOnboardingStatus', 'The onboarding as the server now holds it');
const SESSION = { security: [{ bearer: [] }], parameters: [idempotencyKey] };
const SESSION_401 = problem('No onboarding session or an ended one (`/problems/session-required`): log in again');
const ORDER_409 = problem('This step is not the next one of the onboarding (`/problems/step-not-allowed`): fetch it again');
const INVITATION_REFUSED = {
  '404': problem('No such invitation (`/problems/invitation-unknown`)'),
  '410': problem('The invitation is past its validity (`/problems/invitation-expired`)'),
};
const THROTTLED = {
  ...problem(
    `Too many failures in a row (\`/problems/too-many-attempts\`), for a known and an unknown account alike: the ${THROTTLE_FREE_FAILURES}th failure in a row starts a wait of ${THROTTLE_FIRST_WAIT_MS / 1000} s, doubled at each further failure up to ${THROTTLE_MAX_WAIT_MS / 60_000} min (the passport's rule); \`retryAfter\` = \`Retry-After\`, in seconds.`,
  ),
  headers: { 'Retry-After': { description: 'Seconds to wait before the next attempt', schema: { type: 'integer', minimum: 1 } } },
};

export function remoteOnboardingPaths(): Record<string, unknown> {
  return {
    [`/${REMOTE_ONBOARDING_INVITATION_PATH}`]: {
      post: op(
        'remoteOnboardingStatus',
        'RS-ONB: the onboarding of an invitation (its token in the body, never in a URL)',
        'RemoteOnboardingTokenRequest',
        { '200': STATUS, ...INVITATION_REFUSED },
        PUBLIC,
      ),
    },
    [`/${REMOTE_ONBOARDING_SIGNUP_LINK_PATH}`]: {
      post: op(
        'remoteOnboardingResume',
        'RS-ONB: the e-mailed link (in any tab): the onboarding it belongs to, and its invitation token to go on',
        'RemoteOnboardingTokenRequest',
        {
          '200': json('RemoteOnboardingSignupLinkResponse', 'The onboarding, resumed'),
          '404': problem('No such link (`/problems/link-unknown`)'),
          '410': problem('The link is past its validity (`/problems/link-expired`)'),
        },
        PUBLIC,
      ),
    },
    [`/${REMOTE_ONBOARDING_SIGNUP_PATH}`]: {
      post: op(
        'remoteOnboardingSignup',
        'RS-ONB « Créez un nouveau compte »: e-mails a link to set the password. An e-mail that already has an account gets the very same answer (no enumeration): its owner is e-mailed that they can log in instead.',
        'RemoteOnboardingSignupRequest',
        { '202': STATUS, ...INVITATION_REFUSED, '409': ORDER_409 },
        { ...PUBLIC, parameters: [idempotencyKey] },
      ),
    },
    [`/${REMOTE_ONBOARDING_PASSWORD_PATH}`]: {
      post: op(
        'remoteOnboardingPassword',
        `RS-ONB, the e-mailed link: the new account's password, at least ${PASSWORD_MIN_LENGTH} and at most ${PASSWORD_MAX_LENGTH} characters (code points), not a common one`,
        'RemoteOnboardingPasswordRequest',
        {
          '200': STATUS,
          '404': problem('No such link (`/problems/link-unknown`)'),
          '410': problem('The link is past its validity (`/problems/link-expired`) or already used (`/problems/link-used`)'),
          '422': problem('The password breaks the policy (`/problems/password-policy`, `issues`: `too-short`, `too-long`, `common`)'),
        },
        { ...PUBLIC, parameters: [idempotencyKey] },
      ),
    },
    [`/${REMOTE_ONBOARDING_LOGIN_PATH}`]: {
      post: op(
        'remoteOnboardingLogin',
        'RS-ONB: one log-in attempt with a MySecuritas account; returns the onboarding session (the bearer of the next steps). Never retried by the client.',
        'RemoteOnboardingLoginRequest',
        {
          '200': json('RemoteOnboardingLoginResponse', 'Logged in'),
          '401': problem('Wrong password OR unknown e-mail: the same answer (`/problems/invalid-credentials`)'),
          ...INVITATION_REFUSED,
          '429': THROTTLED,
        },
        PUBLIC,
      ),
    },
    [`/${REMOTE_ONBOARDING_TERMS_PATH}`]: {
      post: op(
        'remoteOnboardingTerms',
        'RS-ONB: accepts the MySecuritas terms, then the Remote Services terms (new accounts)',
        'RemoteOnboardingTermsRequest',
        { '200': STATUS, '401': SESSION_401, '409': ORDER_409 },
        SESSION,
      ),
    },
    [`/${REMOTE_ONBOARDING_ID_PIN_PATH}`]: {
      post: op(
        'remoteOnboardingIdPin',
        'RS-ONB « Connecter l’ID et le PIN » (ID & PIN invitations): links the sites of the pair to the account',
        'RemoteOnboardingIdPinRequest',
        {
          '200': STATUS,
          '401': SESSION_401,
          '409': ORDER_409,
          '422': problem('This ID and PIN do not match (`/problems/id-pin-refused`)'),
          '429': THROTTLED,
        },
        SESSION,
      ),
    },
    [`/${REMOTE_ONBOARDING_NEW_USER_PATH}`]: {
      post: op(
        'remoteOnboardingNewUser',
        'RS-ONB « Je n’ai pas d’ID & PIN » → « Oui, je suis nouveau »: Securitas links the sites later',
        undefined,
        { '200': STATUS, '401': SESSION_401, '409': ORDER_409 },
        SESSION,
      ),
    },
    [`/${REMOTE_ONBOARDING_CONTACT_PATH}`]: {
      post: op(
        'remoteOnboardingContact',
        'RS-ONB « Vérifiez vos coordonnées, puis Confirmer »: the last step; the onboarding is then completed',
        'RemoteOnboardingContact',
        {
          '200': STATUS,
          '401': SESSION_401,
          '409': ORDER_409,
          '422': problem('A field is missing or malformed (`/problems/validation`, `errors` as `{ field, issue }`)'),
        },
        SESSION,
      ),
    },
  };
}
