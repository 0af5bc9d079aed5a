/** RS-ONB — this part's paths and schemas in the OpenAPI document (tag `remote-services`), from its table (`routes.ts`). */
import { THROTTLE_FIRST_WAIT_MS, THROTTLE_FREE_FAILURES, THROTTLE_MAX_WAIT_MS } from '../../passport/throttle.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../shared/password-policy.js';
import { componentSchemas, openApiBuilders, pathsOf, type OperationDoc } from '../../shared/openapi-builders.js';
import { REMOTE_PROBLEMS } from '../problems.js';
import { REMOTE_PROBLEM_DOCS } from '../problem-docs.js';
import { REMOTE_ONBOARDING_ROUTES } from './routes.js';
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

const { problem } = openApiBuilders<Component>('remote-services');
const STATUS = 'The onboarding as the server now holds it';
/** The onboarding session as bearer (not the document's default). */
const SESSION = [{ bearer: [] }];
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

const DOCS: Record<keyof typeof REMOTE_ONBOARDING_ROUTES, OperationDoc> = {
  onboardingStatus: {
    operationId: 'remoteOnboardingStatus',
    summary: 'RS-ONB: the onboarding of an invitation (its token in the body, never in a URL)',
    ok: STATUS,
    answers: INVITATION_REFUSED,
  },
  onboardingResume: {
    operationId: 'remoteOnboardingResume',
    summary: 'RS-ONB: the e-mailed link (in any tab): the onboarding it belongs to, and its invitation token to go on',
    ok: 'The onboarding, resumed',
    answers: {
      '404': problem('No such link (`/problems/link-unknown`)'),
      '410': problem('The link is past its validity (`/problems/link-expired`)'),
    },
  },
  onboardingSignup: {
    operationId: 'remoteOnboardingSignup',
    summary:
      'RS-ONB « Créez un nouveau compte »: e-mails a link to set the password. An e-mail that already has an account gets the very same answer (no enumeration): its owner is e-mailed that they can log in instead.',
    ok: STATUS,
    answers: { ...INVITATION_REFUSED, '409': ORDER_409 },
  },
  onboardingPassword: {
    operationId: 'remoteOnboardingPassword',
    summary: `RS-ONB, the e-mailed link: the new account's password, at least ${PASSWORD_MIN_LENGTH} and at most ${PASSWORD_MAX_LENGTH} characters (code points), not a common one`,
    ok: STATUS,
    answers: {
      '404': problem('No such link (`/problems/link-unknown`)'),
      '410': problem('The link is past its validity (`/problems/link-expired`) or already used (`/problems/link-used`)'),
      '422': problem('The password breaks the policy (`/problems/password-policy`, `issues`: `too-short`, `too-long`, `common`)'),
    },
  },
  onboardingLogin: {
    operationId: 'remoteOnboardingLogin',
    summary:
      'RS-ONB: one log-in attempt with a MySecuritas account; returns the onboarding session (the bearer of the next steps). Never retried by the client.',
    ok: 'Logged in',
    answers: {
      '401': problem('Wrong password OR unknown e-mail: the same answer (`/problems/invalid-credentials`)'),
      ...INVITATION_REFUSED,
      '429': THROTTLED,
    },
  },
  onboardingTerms: {
    operationId: 'remoteOnboardingTerms',
    summary: 'RS-ONB: accepts the MySecuritas terms, then the Remote Services terms (new accounts)',
    ok: STATUS,
    security: SESSION,
    answers: { '401': SESSION_401, '409': ORDER_409 },
  },
  onboardingIdPin: {
    operationId: 'remoteOnboardingIdPin',
    summary: 'RS-ONB « Connecter l’ID et le PIN » (ID & PIN invitations): links the sites of the pair to the account',
    ok: STATUS,
    security: SESSION,
    answers: {
      '401': SESSION_401,
      '409': ORDER_409,
      '422': problem('This ID and PIN do not match (`/problems/id-pin-refused`)'),
      '429': THROTTLED,
    },
  },
  onboardingNewUser: {
    operationId: 'remoteOnboardingNewUser',
    summary: 'RS-ONB « Je n’ai pas d’ID & PIN » → « Oui, je suis nouveau »: Securitas links the sites later',
    ok: STATUS,
    security: SESSION,
    answers: { '401': SESSION_401, '409': ORDER_409 },
  },
  onboardingContact: {
    operationId: 'remoteOnboardingContact',
    summary: 'RS-ONB « Vérifiez vos coordonnées, puis Confirmer »: the last step; the onboarding is then completed',
    ok: STATUS,
    security: SESSION,
    answers: {
      '401': SESSION_401,
      '409': ORDER_409,
      '422': problem('A field is missing or malformed (`/problems/validation`, `errors` as `{ field, issue }`)'),
    },
  },
};

export function remoteOnboardingPaths(): Record<string, unknown> {
  return pathsOf({
    tag: 'remote-services',
    routes: REMOTE_ONBOARDING_ROUTES,
    problems: REMOTE_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: REMOTE_PROBLEM_DOCS,
  });
}
