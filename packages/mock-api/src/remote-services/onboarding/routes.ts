/**
 * RS-ONB — this part's routes in the mock API: exactly the paths, methods and bodies of core's
 * `remote-services/onboarding/api.ts`, over the Remote Services store (`ctx.remote`), applying core's
 * rules through the onboarding mock (`store.ts`).
 *
 * Every route is public for `requireAuth` (an invitee has no portal token): the routes before the
 * log-in are keyed by the invitation's or the e-mailed link's token IN THE BODY; the later ones by
 * the onboarding session the log-in returned (`Authorization: Bearer`, 401 `session-required`
 * otherwise). Bodies are validated with core's zod schemas (400 `validation` with `errors`). A POST
 * with an `Idempotency-Key` replays its first successful answer (never the log-in: it counts).
 */
import type { JsonBodyType } from 'msw';
import type * as z from 'zod/mini';
import {
  OnboardingContact,
  OnboardingIdPinRequest,
  OnboardingLoginRequest,
  OnboardingPasswordRequest,
  OnboardingSignupRequest,
  OnboardingTermsRequest,
  OnboardingTokenRequest,
} from '@vigie/core/remote-services';
import type { RouteContext, RouteDefinition } from '../../http.js';
import { fail, idempotencyKeyOf, ok, replayable, respond, type Answer } from '../../answers.js';
import { remoteOnboarding, type Outcome, type Refusal } from './store.js';
import { REMOTE_ONBOARDING_ROUTES } from '@vigie/core/remote-services';
import { routesFromTable } from '../../contract.js';

function refusal(r: Refusal): Answer {
  switch (r.kind) {
    case 'invitation-unknown':
      return fail(404, 'invitation-unknown', 'Unknown invitation', 'No invitation has this token.');
    case 'invitation-expired':
      return fail(410, 'invitation-expired', 'Invitation expired', 'This invitation is past its validity: ask for a new one.');
    case 'link-unknown':
      return fail(404, 'link-unknown', 'Unknown link', 'No e-mailed link has this token.');
    case 'link-expired':
      return fail(410, 'link-expired', 'Link expired', 'This link is past its validity: open the invitation again to get a new one.');
    case 'link-used':
      return fail(410, 'link-used', 'Link already used', 'The password of this account is already set: log in.');
    case 'invalid-credentials':
      return fail(401, 'invalid-credentials', 'Invalid credentials', 'The e-mail or the password is incorrect.');
    case 'too-many-attempts':
      return fail(
        429,
        'too-many-attempts',
        'Too many attempts',
        'Too many failed attempts in a row: wait, then try again.',
        { retryAfter: r.retryAfter },
        { 'Retry-After': String(r.retryAfter) },
      );
    case 'session-required':
      return fail(401, 'session-required', 'Session required', 'Log in again to go on with the onboarding.', undefined, {
        'WWW-Authenticate': 'Bearer',
      });
    case 'step-not-allowed':
      return fail(409, 'step-not-allowed', 'Step not allowed', 'This is not the next step of the onboarding: fetch it again.');
    case 'password-policy':
      return fail(422, 'password-policy', 'Password refused', 'The new password breaks the policy.', { issues: r.issues });
    case 'id-pin-refused':
      return fail(422, 'id-pin-refused', 'ID and PIN refused', 'This ID and PIN do not match.');
    case 'validation':
      return fail(422, 'validation', 'Invalid fields', 'Some fields are missing or malformed.', { errors: r.errors });
  }
}

const answer = <T extends JsonBodyType>(o: Outcome<T>, status = 200): Answer => ('refused' in o ? refusal(o.refused) : ok(o.ok, status));

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly answer: Answer };

async function parse<T>(request: Request, schema: z.ZodMiniType<T>): Promise<Parsed<T>> {
  let body: unknown;
  try {
    const text = await request.text();
    body = text === '' ? {} : JSON.parse(text);
  } catch {
    return { ok: false, answer: fail(400, 'validation', 'Invalid body', 'The body is not JSON.') };
  }
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.map((i) => ({ field: i.path.join('.') || 'body', issue: 'invalid' }));
  return { ok: false, answer: fail(400, 'validation', 'Invalid body', 'Some fields are missing or malformed.', { errors }) };
}

const bearerOf = (request: Request) => /^Bearer\s+(\S+)/i.exec(request.headers.get('Authorization') ?? '')?.[1];

interface Handler {
  readonly answer: (ctx: RouteContext) => Promise<Answer>;
  readonly malformed: (ctx: RouteContext) => JsonBodyType;
}

const MALFORMED_STATUS = { kind: 'ID et PIN', invitedBy: null, completed: 'non', user: 'peut-être', terms: [] };

const HANDLERS: Record<keyof typeof REMOTE_ONBOARDING_ROUTES, Handler> = {
  onboardingStatus: {
    async answer({ request, remote }) {
      const body = await parse(request, OnboardingTokenRequest);
      return body.ok ? answer(remoteOnboarding(remote).status(body.value.token)) : body.answer;
    },
    malformed: () => MALFORMED_STATUS,
  },
  onboardingResume: {
    async answer({ request, remote }) {
      const body = await parse(request, OnboardingTokenRequest);
      return body.ok ? answer(remoteOnboarding(remote).resume(body.value.token)) : body.answer;
    },
    malformed: () => ({ invitation: 12, status: MALFORMED_STATUS }),
  },
  onboardingSignup: {
    async answer({ request, remote }) {
      const body = await parse(request, OnboardingSignupRequest);
      return body.ok ? answer(remoteOnboarding(remote).signUp(body.value.invitation, body.value.email), 202) : body.answer;
    },
    malformed: () => MALFORMED_STATUS,
  },
  onboardingPassword: {
    async answer({ request, remote }) {
      const body = await parse(request, OnboardingPasswordRequest);
      return body.ok ? answer(remoteOnboarding(remote).setPassword(body.value.token, body.value.password)) : body.answer;
    },
    malformed: () => MALFORMED_STATUS,
  },
  onboardingLogin: {
    async answer({ request, remote }) {
      const body = await parse(request, OnboardingLoginRequest);
      return body.ok ? answer(remoteOnboarding(remote).logIn(body.value.invitation, body.value.email, body.value.password)) : body.answer;
    },
    malformed: () => ({ session: 42, status: MALFORMED_STATUS }),
  },
  onboardingTerms: {
    async answer({ request, remote }) {
      const body = await parse(request, OnboardingTermsRequest);
      return body.ok ? answer(remoteOnboarding(remote).acceptTerms(bearerOf(request), body.value.terms)) : body.answer;
    },
    malformed: () => MALFORMED_STATUS,
  },
  onboardingIdPin: {
    async answer({ request, remote }) {
      const body = await parse(request, OnboardingIdPinRequest);
      return body.ok ? answer(remoteOnboarding(remote).connectIdPin(bearerOf(request), body.value.id, body.value.pin)) : body.answer;
    },
    malformed: () => MALFORMED_STATUS,
  },
  onboardingNewUser: {
    async answer({ request, remote }) {
      return answer(remoteOnboarding(remote).declareNewUser(bearerOf(request)));
    },
    malformed: () => MALFORMED_STATUS,
  },
  onboardingContact: {
    async answer({ request, remote }) {
      const body = await parse(request, OnboardingContact);
      return body.ok ? answer(remoteOnboarding(remote).confirmContact(bearerOf(request), body.value)) : body.answer;
    },
    malformed: () => MALFORMED_STATUS,
  },
};

/**
 * RS-ONB — every route of the onboarding, registered from core's table (`REMOTE_ONBOARDING_ROUTES`):
 * keyed rows replay their first answer for the same key (and session). Each route is public to
 * the mock's auth check: the steps after the log-in check their onboarding session themselves
 * (401 `session-required`), never the provider's token.
 */
export function remoteOnboardingRoutes(): RouteDefinition[] {
  return routesFromTable(REMOTE_ONBOARDING_ROUTES, HANDLERS, (row, h: Handler) => ({
    method: row.method,
    path: row.path,
    route: {
      public: true,
      malformed: h.malformed,
      async ok(ctx: RouteContext) {
        const key = row.idempotent ? idempotencyKeyOf(ctx.request) : undefined;
        const id = key && `post ${ctx.instance} ${bearerOf(ctx.request) ?? ''} ${key}`;
        return respond(await replayable(ctx.remote, id, () => h.answer(ctx)), ctx.instance);
      },
    },
  }));
}
