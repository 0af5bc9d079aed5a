import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ApiFailure } from '../../api/errors.js';
import { createFlowRunner, type Flow, type FlowEffect } from '../../shared/flow.js';
import { PASSWORD_MIN_LENGTH } from '../../shared/password-policy.js';
import {
  ONBOARDING_POLL_MS,
  onboardingFlow,
  onboardingFlowWith,
  onboardingLaterTransition,
  onboardingPath,
  onboardingProgress,
  type OnboardingEvent,
  type OnboardingLaterTransition,
  type OnboardingRequest,
  type OnboardingState,
  type OnboardingStep,
} from './onboarding.js';
import { contactIssues, onboardingIdIssue, onboardingPasswordIssue, onboardingPinIssue } from './checks.js';
import { ONBOARDING_PASSWORD_MIN_LENGTH, type InvitationKind } from './model.js';
import type { OnboardingStatus } from './schemas.js';

// ── a small fake server holding one onboarding (the mock's rules, in a few lines) ─────────────

const INVITATION = 'rsinv-test-0001';
const EXISTING = { email: 'claire.martin@exemple.fr', password: 'Une phrase de passe 2026' };
const ID_PIN = { id: '4010 0000', pin: '2468' };
const CONTACT = { firstName: 'Claire', lastName: 'Martin', email: EXISTING.email, phone: '06 12 34 56 78' };

const problem = (status: number, slug: string, extra: Record<string, unknown> = {}): ApiFailure => ({
  kind: 'http',
  status,
  problem: { type: `/problems/${slug}`, status, title: slug, ...extra },
});

function fakeServer(kind: InvitationKind) {
  const accounts = new Map([[EXISTING.email, EXISTING.password]]);
  let status: OnboardingStatus = {
    kind,
    invitedBy: 'Securitas',
    expiresAt: '2027-01-01T00:00:00Z',
    completed: false,
    user: 'unknown',
    email: null,
    emailSent: false,
    passwordSet: false,
    terms: { mysecuritas: false, remoteServices: false },
    idPin: kind === 'id-pin' ? 'pending' : 'not-needed',
    contact: null,
  };
  let signup: string | undefined;
  let sessions = 0;
  const withContact = () => ({ ...status, contact: CONTACT });
  const answer = (r: OnboardingRequest): OnboardingEvent => {
    switch (r.op) {
      case 'load':
        return { type: 'loaded', invitation: r.invitation, status };
      case 'poll':
        return { type: 'refreshed', status };
      case 'resume':
        return r.signup === signup
          ? { type: 'loaded', invitation: INVITATION, status, signup }
          : { type: 'load-failed', failure: problem(404, 'link-unknown') };
      case 'signup':
        if (status.passwordSet) return { type: 'refused', op: 'signup', failure: problem(409, 'step-not-allowed') };
        status = { ...status, user: 'new', email: r.email, emailSent: true };
        signup = `sgn-${r.email}`;
        return { type: 'answered', op: 'signup', status };
      case 'password':
        if ([...r.password].length < PASSWORD_MIN_LENGTH)
          return { type: 'refused', op: 'password', failure: problem(422, 'password-policy', { issues: ['too-short'] }) };
        accounts.set(status.email!, r.password);
        status = { ...status, passwordSet: true };
        return { type: 'answered', op: 'password', status };
      case 'login': {
        if (accounts.get(r.email) !== r.password) return { type: 'refused', op: 'login', failure: problem(401, 'invalid-credentials') };
        if (!status.passwordSet) status = { ...status, user: 'existing', email: r.email };
        return { type: 'answered', op: 'login', status: withContact(), session: `ses-${++sessions}` };
      }
      case 'terms':
        status = {
          ...status,
          terms:
            r.terms === 'mysecuritas'
              ? { ...status.terms, mysecuritas: true }
              : { ...status.terms, remoteServices: status.terms.mysecuritas },
        };
        return { type: 'answered', op: r.terms === 'mysecuritas' ? 'terms-mysecuritas' : 'terms-remote', status: withContact() };
      case 'id-pin':
        if (r.id !== '40100000' || r.pin !== ID_PIN.pin) return { type: 'refused', op: 'id-pin', failure: problem(422, 'id-pin-refused') };
        status = { ...status, idPin: 'connected' };
        return { type: 'answered', op: 'id-pin', status: withContact() };
      case 'new-user':
        status = { ...status, idPin: 'new-user' };
        return { type: 'answered', op: 'new-user', status: withContact() };
      case 'contact': {
        const ready = status.idPin !== 'pending' && (status.user !== 'new' || (status.terms.mysecuritas && status.terms.remoteServices));
        if (!ready) return { type: 'refused', op: 'contact', failure: problem(409, 'step-not-allowed') };
        status = { ...status, completed: true };
        return { type: 'answered', op: 'contact', status };
      }
    }
  };
  return {
    answer,
    get status() {
      return status;
    },
    get signup() {
      return signup;
    },
  };
}

type OnboardingFlow = Flow<OnboardingState, OnboardingEvent, OnboardingRequest>;

/**
 * Runs a flow synchronously against the fake server: every `call` is answered at once. `steps` is
 * every transition's `{ state, effects }`; `beforeEvent(i)` is called before the i-th event is sent
 * (it returns false to leave that event out).
 */
function drive(
  kind: InvitationKind,
  events: readonly (OnboardingEvent | 'open-link')[],
  now = 0,
  flow: OnboardingFlow = onboardingFlow,
  beforeEvent?: (i: number, e: OnboardingEvent | 'open-link') => boolean,
) {
  const server = fakeServer(kind);
  const ctx = { now };
  let state: OnboardingState = flow.init(ctx).state;
  const steps: unknown[] = [];
  const shown: OnboardingStep[] = [];
  const emitted: { name: string; detail: unknown }[] = [];
  const focus: string[] = [];
  const trace: { event: OnboardingEvent; before?: { index: number; total: number }; after?: { index: number; total: number } }[] = [];
  const run = (event: OnboardingEvent) => {
    const before = onboardingProgress(state);
    const step = flow.transition(state, event, ctx);
    steps.push(step);
    state = step.state;
    trace.push({ event, before, after: onboardingProgress(state) });
    for (const effect of step.effects as FlowEffect<OnboardingRequest, OnboardingEvent>[]) {
      if (effect.type === 'call') {
        run(server.answer(effect.request));
      } else if (effect.type === 'emit') {
        emitted.push({ name: effect.name, detail: effect.detail });
        if (effect.name === 'onboarding-step-changed') shown.push((effect.detail as { step: OnboardingStep }).step);
        if (effect.ifNotCanceled) run(effect.ifNotCanceled);
      } else if (effect.type === 'focus') focus.push(effect.target);
    }
  };
  run({ type: 'start', source: { kind: 'invitation', token: INVITATION } });
  for (const [i, e] of events.entries()) {
    if (beforeEvent && !beforeEvent(i, e)) continue;
    if (e === 'open-link') {
      if (server.signup) run({ type: 'start', source: { kind: 'signup', token: server.signup } });
    } else run(e);
  }
  return { state, server, shown, emitted, focus, trace, steps };
}

const NEW_EMAIL = 'nouveau@exemple.fr';
const NEW_PASSWORD = 'Mon chien aime la pluie';

const existingPath = (kind: InvitationKind): (OnboardingEvent | 'open-link')[] => [
  { type: 'choose', user: 'existing' },
  { type: 'submit-login', email: EXISTING.email, password: EXISTING.password },
  ...(kind === 'id-pin' ? [{ type: 'submit-id-pin', ...ID_PIN } as const] : []),
  { type: 'confirm-contact', contact: CONTACT },
];

const newPath = (kind: InvitationKind): (OnboardingEvent | 'open-link')[] => [
  { type: 'choose', user: 'new' },
  { type: 'submit-email', email: NEW_EMAIL },
  'open-link',
  { type: 'submit-password', password: NEW_PASSWORD },
  { type: 'submit-login', email: NEW_EMAIL, password: NEW_PASSWORD },
  { type: 'accept-terms', terms: 'mysecuritas' },
  { type: 'accept-terms', terms: 'remote-services' },
  ...(kind === 'id-pin' ? [{ type: 'no-id-pin' } as const, { type: 'confirm-new' } as const] : []),
  { type: 'confirm-contact', contact: CONTACT },
];

// ── the four paths of seed 000 ─────────────────────────────────────────────────────────────────

test('RS-ONB: the four paths have the steps of seed 000 (ID&PIN existing 4, automatic existing 3, ID&PIN new 9, automatic new 8)', () => {
  assert.deepEqual(onboardingPath('id-pin', 'existing'), ['invitation', 'login', 'id-pin', 'contact']);
  assert.deepEqual(onboardingPath('automatic', 'existing'), ['invitation', 'login', 'contact']);
  assert.deepEqual(onboardingPath('id-pin', 'new'), [
    'invitation',
    'email',
    'check-email',
    'password',
    'login',
    'terms-mysecuritas',
    'terms-remote',
    'id-pin',
    'contact',
  ]);
  assert.deepEqual(onboardingPath('automatic', 'new'), [
    'invitation',
    'email',
    'check-email',
    'password',
    'login',
    'terms-mysecuritas',
    'terms-remote',
    'contact',
  ]);
  // Before the person says whether they have an account: the longer path (the count may only shrink).
  assert.deepEqual(onboardingPath('id-pin', undefined), onboardingPath('id-pin', 'new'));
});

for (const kind of ['id-pin', 'automatic'] as const) {
  test(`RS-ONB: ${kind} invitation, existing account — log in${kind === 'id-pin' ? ', connect the ID & PIN' : ''}, check the contact details, success`, () => {
    const { state, shown, emitted } = drive(kind, existingPath(kind));
    assert.equal(state.phase, 'completed');
    assert.deepEqual(shown, onboardingPath(kind, 'existing'));
    const changes = emitted.filter((e) => e.name === 'onboarding-step-changed').map((e) => e.detail);
    const total = onboardingPath(kind, 'existing').length;
    assert.deepEqual(changes.at(-1), { step: 'contact', index: total, total });
    assert.deepEqual(emitted.at(-1), { name: 'onboarding-completed', detail: { kind, user: 'existing' } });
  });

  test(`RS-ONB: ${kind} invitation, new account — e-mail, link, password, log in, both terms,${kind === 'id-pin' ? ' « Je n’ai pas d’ID & PIN » → « Oui, je suis nouveau »,' : ''} contact, success`, () => {
    const { state, shown, server } = drive(kind, newPath(kind));
    assert.equal(state.phase, 'completed');
    assert.deepEqual(shown, onboardingPath(kind, 'new'));
    if (kind === 'id-pin') assert.equal(server.status.idPin, 'new-user');
  });
}

test('RS-ONB: the ID & PIN new path can connect the ID & PIN instead of declaring a new user', () => {
  const events = newPath('id-pin').filter((e) => e === 'open-link' || (e.type !== 'no-id-pin' && e.type !== 'confirm-new'));
  events.splice(events.length - 1, 0, { type: 'submit-id-pin', ...ID_PIN });
  const { state, server } = drive('id-pin', events);
  assert.equal(state.phase, 'completed');
  assert.equal(server.status.idPin, 'connected');
});

test('RS-ONB: « Étape n sur N » follows the path: 1 of 9 before the choice, 2 of 4 once the person has an account', () => {
  const first = drive('id-pin', []);
  assert.deepEqual(pick(onboardingProgress(first.state)), { step: 'invitation', index: 1, total: 9 });
  const existing = drive('id-pin', [{ type: 'choose', user: 'existing' }]);
  assert.deepEqual(pick(onboardingProgress(existing.state)), { step: 'login', index: 2, total: 4 });
  const automatic = drive('automatic', [{ type: 'choose', user: 'new' }]);
  assert.deepEqual(pick(onboardingProgress(automatic.state)), { step: 'email', index: 2, total: 8 });
});

const pick = (p: ReturnType<typeof onboardingProgress>) => p && { step: p.step, index: p.index, total: p.total };

test('RS-ONB: focus goes to each new step’s heading, but not on the first display (the page’s focus is not taken on load)', () => {
  const { focus } = drive('automatic', existingPath('automatic'));
  // invitation (no focus) → login → contact → success.
  assert.deepEqual(focus, ['heading', 'heading', 'heading']);
});

// ── resuming (the server holds the onboarding) ────────────────────────────────────────────────

test('RS-ONB: the e-mailed link resumes the onboarding at the password step, in another tab; the waiting tab polls and moves on', () => {
  // Tab A: sends the e-mail and waits.
  const a = drive('automatic', [
    { type: 'choose', user: 'new' },
    { type: 'submit-email', email: NEW_EMAIL },
  ]);
  assert.equal(onboardingProgress(a.state)?.step, 'check-email');
  const deadline = onboardingFlow.deadline!(a.state);
  assert.deepEqual(deadline, { at: ONBOARDING_POLL_MS, event: { type: 'refresh' } });

  // Tab B: a fresh flow started from the e-mailed link (the same server).
  let stateB = onboardingFlow.init({ now: 0 }).state;
  const go = (e: OnboardingEvent) => {
    const out = onboardingFlow.transition(stateB, e, { now: 0 });
    stateB = out.state;
    for (const eff of out.effects) if (eff.type === 'call') go(a.server.answer(eff.request));
  };
  go({ type: 'start', source: { kind: 'signup', token: a.server.signup! } });
  assert.equal(onboardingProgress(stateB)?.step, 'password');
  assert.deepEqual(pick(onboardingProgress(stateB)), { step: 'password', index: 4, total: 8 });
  go({ type: 'submit-password', password: NEW_PASSWORD });
  assert.equal(onboardingProgress(stateB)?.step, 'login');

  // Tab A's poll: the password is set, so it moves to the log-in.
  const polled = onboardingFlow.transition(a.state, { type: 'refresh' }, { now: ONBOARDING_POLL_MS });
  assert.deepEqual(polled.effects, [{ type: 'call', key: 'poll', request: { op: 'poll', invitation: INVITATION } }]);
  const moved = onboardingFlow.transition(polled.state, a.server.answer({ op: 'poll', invitation: INVITATION }), {
    now: ONBOARDING_POLL_MS,
  });
  assert.equal(onboardingProgress(moved.state)?.step, 'login');
  assert.equal(onboardingFlow.deadline!(moved.state), undefined, 'no more polling once the e-mail step is over');
  assert.ok(moved.effects.some((e) => e.type === 'focus' && e.target === 'heading'));
});

test('RS-ONB: a reload after the log-in asks to log in again (the session lives in memory only), then goes on where the server is', () => {
  const { server } = drive('automatic', existingPath('automatic').slice(0, 2));
  const events: OnboardingEvent[] = [];
  let state = onboardingFlow.init({ now: 0 }).state;
  const go = (e: OnboardingEvent) => {
    events.push(e);
    const out = onboardingFlow.transition(state, e, { now: 0 });
    state = out.state;
    for (const eff of out.effects) if (eff.type === 'call') go(server.answer(eff.request));
  };
  go({ type: 'start', source: { kind: 'invitation', token: INVITATION } });
  assert.equal(onboardingProgress(state)?.step, 'login', 'the server knows an existing user: straight to the log-in');
  go({ type: 'submit-login', ...EXISTING });
  assert.equal(onboardingProgress(state)?.step, 'contact');
});

test('RS-ONB: the invitation or the link cannot be used — each end says why', () => {
  const ends: [string, string][] = [
    ['invitation-unknown', 'unknown'],
    ['invitation-expired', 'expired'],
    ['link-unknown', 'link-unknown'],
    ['link-expired', 'link-expired'],
  ];
  for (const [slug, reason] of ends) {
    const loading = onboardingFlow.transition(
      { phase: 'idle' },
      { type: 'start', source: { kind: 'invitation', token: INVITATION } },
      { now: 0 },
    ).state;
    const out = onboardingFlow.transition(loading, { type: 'load-failed', failure: problem(410, slug) }, { now: 0 });
    assert.deepEqual(out.state, { phase: 'ended', reason });
  }
  // A network failure is not an end: retry.
  const loading = onboardingFlow.transition(
    { phase: 'idle' },
    { type: 'start', source: { kind: 'invitation', token: INVITATION } },
    { now: 0 },
  ).state;
  const failed = onboardingFlow.transition(loading, { type: 'load-failed', failure: { kind: 'network', message: 'x' } }, { now: 0 }).state;
  assert.equal(failed.phase, 'load-failed');
  const retried = onboardingFlow.transition(failed, { type: 'retry' }, { now: 0 });
  assert.equal(retried.state.phase, 'loading');
  assert.equal(retried.effects[0]?.type, 'call');
});

// ── refusals ──────────────────────────────────────────────────────────────────────────────────

test('RS-ONB: a wrong password says so, without saying whether the account exists', () => {
  const { state } = drive('automatic', [
    { type: 'choose', user: 'existing' },
    { type: 'submit-login', email: 'inconnu@exemple.fr', password: 'pas le bon mot de passe' },
  ]);
  assert.equal(state.phase, 'active');
  if (state.phase !== 'active') return;
  assert.equal(state.notice?.message.key, 'rs.onboarding.error.credentials');
  assert.equal(onboardingProgress(state)?.step, 'login');
});

test('RS-ONB: log-ins throttled by the server (429) wait until its time; the deadline ends the wait', () => {
  const s0 = drive('automatic', [{ type: 'choose', user: 'existing' }]).state;
  const sent = onboardingFlow.transition(s0, { type: 'submit-login', ...EXISTING }, { now: 1_000 });
  const throttled = onboardingFlow.transition(
    sent.state,
    { type: 'refused', op: 'login', failure: problem(429, 'too-many-attempts', { retryAfter: 30 }) },
    { now: 1_000 },
  ).state;
  assert.ok(throttled.phase === 'active' && throttled.waitUntil === 31_000);
  // An attempt during the wait is not even sent.
  const during = onboardingFlow.transition(throttled, { type: 'submit-login', ...EXISTING }, { now: 30_999 });
  assert.deepEqual(during.effects, []);
  assert.deepEqual(onboardingFlow.deadline!(throttled), { at: 31_000, event: { type: 'wait-over' } });
  const over = onboardingFlow.transition(throttled, { type: 'wait-over' }, { now: 31_000 }).state;
  assert.ok(over.phase === 'active' && over.waitUntil === undefined && over.notice === undefined);
  assert.equal(onboardingFlow.transition(over, { type: 'submit-login', ...EXISTING }, { now: 31_000 }).effects[0]?.type, 'call');
});

test('RS-ONB: the server’s password refusal is shown on the password field', () => {
  const { state } = drive('automatic', [
    { type: 'choose', user: 'new' },
    { type: 'submit-email', email: NEW_EMAIL },
    'open-link',
    { type: 'submit-password', password: 'trop court' },
  ]);
  assert.ok(state.phase === 'active');
  if (state.phase !== 'active') return;
  assert.deepEqual(state.notice?.fields?.['password'], { key: 'rs.onboarding.password.error.too-short', params: { min: 11 } });
  assert.equal(onboardingProgress(state)?.step, 'password');
});

test('RS-ONB: an ended session sends back to the log-in (everything else is kept by the server)', () => {
  const s = drive('automatic', existingPath('automatic').slice(0, 2)).state;
  assert.ok(s.phase === 'active' && s.session);
  const sent = onboardingFlow.transition(s, { type: 'confirm-contact', contact: CONTACT }, { now: 0 }).state;
  const out = onboardingFlow.transition(
    sent,
    { type: 'refused', op: 'contact', failure: problem(401, 'session-required') },
    { now: 0 },
  ).state;
  assert.ok(out.phase === 'active' && out.session === undefined);
  assert.equal(onboardingProgress(out)?.step, 'login');
});

test('RS-ONB: a network failure keeps the step, with the failure to retry; one request at a time', () => {
  const s = drive('automatic', [{ type: 'choose', user: 'new' }]).state;
  const sent = onboardingFlow.transition(s, { type: 'submit-email', email: NEW_EMAIL }, { now: 0 });
  assert.equal(sent.effects.length, 1);
  assert.deepEqual(
    onboardingFlow.transition(sent.state, { type: 'submit-email', email: NEW_EMAIL }, { now: 0 }).effects,
    [],
    'a second submit while busy is ignored',
  );
  const failed = onboardingFlow.transition(
    sent.state,
    { type: 'refused', op: 'signup', failure: { kind: 'timeout', message: 't' } },
    { now: 0 },
  ).state;
  assert.ok(failed.phase === 'active' && failed.notice?.failure?.kind === 'timeout' && !failed.busy);
  assert.equal(onboardingProgress(failed)?.step, 'email');
});

test('RS-ONB: « Quitter l’inscription » asks the host (cancelable); not cancelled, the flow shows how to resume', () => {
  const s = drive('automatic', []).state;
  const out = onboardingFlow.transition(s, { type: 'exit' }, { now: 0 });
  assert.deepEqual(out.effects, [
    {
      type: 'emit',
      name: 'onboarding-exited',
      detail: { step: 'invitation' },
      cancelable: true,
      ifNotCanceled: { type: 'exited' },
      ifCanceled: { type: 'stay' },
    },
  ]);
  const exited = onboardingFlow.transition(s, { type: 'exited' }, { now: 0 }).state;
  assert.deepEqual(exited, { phase: 'exited', invitation: INVITATION });
  assert.equal(onboardingFlow.transition(exited, { type: 'resume' }, { now: 0 }).state.phase, 'loading');
});

// ── the rules' boundaries ─────────────────────────────────────────────────────────────────────

test('RS-ONB: the new password has at least 11 characters — 10 refused, 11 and 12 accepted (code points)', () => {
  assert.equal(ONBOARDING_PASSWORD_MIN_LENGTH, 11);
  assert.deepEqual(onboardingPasswordIssue('a'.repeat(10)), { key: 'rs.onboarding.password.error.too-short', params: { min: 11 } });
  assert.equal(onboardingPasswordIssue('a'.repeat(11)), undefined);
  assert.equal(onboardingPasswordIssue('a'.repeat(12)), undefined);
  assert.deepEqual(
    onboardingPasswordIssue('😀'.repeat(10)),
    { key: 'rs.onboarding.password.error.too-short', params: { min: 11 } },
    'an emoji counts 1',
  );
  assert.equal(onboardingPasswordIssue('😀'.repeat(11)), undefined);
  assert.deepEqual(onboardingPasswordIssue('a'.repeat(11), 'a'.repeat(12)), { key: 'rs.onboarding.password.error.mismatch' });
});

test('RS-ONB / RS-IDPIN: the ID has 8 digits (separators tolerated), the PIN 4 to 6', () => {
  assert.equal(onboardingIdIssue('4010 0000'), undefined);
  assert.equal(onboardingIdIssue('4010-0000'), undefined);
  assert.deepEqual(onboardingIdIssue('4010000'), { key: 'rs.onboarding.idPin.error.id' });
  assert.deepEqual(onboardingIdIssue('401000000'), { key: 'rs.onboarding.idPin.error.id' });
  assert.deepEqual(onboardingPinIssue('123'), { key: 'rs.onboarding.idPin.error.pin' });
  assert.equal(onboardingPinIssue('1234'), undefined);
  assert.equal(onboardingPinIssue('123456'), undefined);
  assert.deepEqual(onboardingPinIssue('1234567'), { key: 'rs.onboarding.idPin.error.pin' });
  assert.deepEqual(onboardingPinIssue(' 1234'), { key: 'rs.onboarding.idPin.error.pin' }, 'never trimmed');
});

test('RS-ONB: the contact details need names and an e-mail; the phone may be empty, else a number', () => {
  assert.deepEqual(contactIssues(CONTACT), {});
  assert.deepEqual(contactIssues({ ...CONTACT, phone: '' }), {});
  assert.deepEqual(Object.keys(contactIssues({ firstName: ' ', lastName: '', email: 'x', phone: 'abc' })).sort(), [
    'email',
    'firstName',
    'lastName',
    'phone',
  ]);
  assert.equal(contactIssues({ ...CONTACT, firstName: 'a'.repeat(80) }).firstName, undefined);
  assert.ok(contactIssues({ ...CONTACT, firstName: 'a'.repeat(81) }).firstName);
});

// ── properties ────────────────────────────────────────────────────────────────────────────────

const anyEvent: fc.Arbitrary<OnboardingEvent | 'open-link'> = fc.oneof(
  fc.constantFrom<OnboardingEvent | 'open-link'>(
    { type: 'choose', user: 'existing' },
    { type: 'choose', user: 'new' },
    { type: 'back' },
    { type: 'submit-email', email: NEW_EMAIL },
    { type: 'resend-email' },
    'open-link',
    { type: 'submit-login', ...EXISTING },
    { type: 'submit-login', email: NEW_EMAIL, password: NEW_PASSWORD },
    { type: 'submit-login', email: NEW_EMAIL, password: 'mauvais mot de passe' },
    { type: 'accept-terms', terms: 'mysecuritas' },
    { type: 'accept-terms', terms: 'remote-services' },
    { type: 'submit-id-pin', ...ID_PIN },
    { type: 'submit-id-pin', id: '40100000', pin: '0000' },
    { type: 'no-id-pin' },
    { type: 'confirm-new' },
    { type: 'confirm-contact', contact: CONTACT },
    { type: 'refresh' },
    { type: 'wait-over' },
  ),
  fc.integer({ min: 8, max: 14 }).map((n): OnboardingEvent => ({ type: 'submit-password', password: NEW_PASSWORD.slice(0, n) })),
);
const kinds = fc.constantFrom<InvitationKind>('id-pin', 'automatic');
/** The events that may take the step back: the person's own « Retour », a new answer to « Avez-vous un compte ? », a new link. */
const EXPLICIT = new Set(['back', 'choose', 'start']);

test('RS-ONB property: 1 ≤ n ≤ N, and the step never goes back except on an explicit back', () => {
  fc.assert(
    fc.property(kinds, fc.array(anyEvent, { maxLength: 40 }), (kind, events) => {
      const { trace } = drive(kind, events);
      for (const t of trace) {
        if (t.after) assert.ok(t.after.index >= 1 && t.after.index <= t.after.total, `n=${t.after.index} N=${t.after.total}`);
        if (t.before && t.after && !EXPLICIT.has(t.event.type))
          assert.ok(t.after.index >= t.before.index, `${t.event.type}: ${t.before.index} → ${t.after.index}`);
      }
    }),
    { numRuns: 400 },
  );
});

test('RS-ONB property: success only after every required step of the path was shown, and the server holds every fact', () => {
  fc.assert(
    fc.property(kinds, fc.array(anyEvent, { maxLength: 40 }), (kind, events) => {
      const { state, shown, server } = drive(kind, events);
      if (state.phase !== 'completed') return;
      for (const step of onboardingPath(kind, state.user)) assert.ok(shown.includes(step), `${step} was never shown`);
      const s = server.status;
      assert.ok(s.completed && s.idPin !== 'pending');
      if (state.user === 'new') assert.ok(s.passwordSet && s.terms.mysecuritas && s.terms.remoteServices);
    }),
    { numRuns: 400 },
  );
});

test('RS-ONB property: the happy paths, interleaved with noise that changes nothing, still complete', () => {
  const noise = fc.constantFrom<OnboardingEvent>(
    { type: 'refresh' },
    { type: 'wait-over' },
    { type: 'resend-email' },
    { type: 'confirm-new' },
  );
  fc.assert(
    fc.property(kinds, fc.boolean(), fc.array(noise, { maxLength: 12 }), fc.nat(), (kind, existing, extra, seed) => {
      const path = existing ? existingPath(kind) : newPath(kind);
      const events = [...path];
      // Noise goes anywhere after the first choice.
      extra.forEach((e, i) => events.splice(1 + ((seed + i * 7) % (events.length - 1)), 0, e));
      const { state, shown } = drive(kind, events);
      assert.equal(state.phase, 'completed');
      for (const step of onboardingPath(kind, existing ? 'existing' : 'new')) assert.ok(shown.includes(step), `${step} was never shown`);
    }),
    { numRuns: 200 },
  );
});

/** The later part's events: sent only by the later steps' views (so never before their code is there). */
const LATER_EVENTS = new Set(['submit-email', 'accept-terms', 'submit-id-pin', 'no-id-pin', 'confirm-new', 'confirm-contact']);

test('RS-ONB property: the landing part, joined by the later part at any moment, is the whole flow (same states and effects)', () => {
  fc.assert(
    fc.property(kinds, fc.array(anyEvent, { maxLength: 40 }), fc.nat({ max: 45 }), (kind, events, arrival) => {
      // The later part arrives before the event `arrival` (never, past the end); until then the
      // widget cannot send its events (their views are not there): they are left out of both runs.
      let later: OnboardingLaterTransition | undefined;
      const sent = (i: number, e: OnboardingEvent | 'open-link') => i >= arrival || e === 'open-link' || !LATER_EVENTS.has(e.type);
      const split = drive(
        kind,
        events,
        0,
        onboardingFlowWith(() => later),
        (i, e) => {
          if (i === arrival) later = onboardingLaterTransition;
          return sent(i, e);
        },
      );
      const whole = drive(kind, events, 0, onboardingFlow, sent);
      assert.deepEqual(split.steps, whole.steps);
    }),
    { numRuns: 400 },
  );
});

test('RS-ONB property: without the later part, its events change nothing', () => {
  const landing = onboardingFlowWith(() => undefined);
  const laterEvents = anyEvent.filter((e): e is OnboardingEvent => e !== 'open-link' && LATER_EVENTS.has(e.type));
  fc.assert(
    fc.property(kinds, fc.array(anyEvent, { maxLength: 30 }), laterEvents, (kind, events, e) => {
      const { state } = drive(kind, events);
      assert.deepEqual(landing.transition(state, e, { now: 0 }), { state, effects: [] });
    }),
    { numRuns: 200 },
  );
});

test('RS-ONB: createFlowRunner with the landing part, the later part arriving after the log-in, completes as the whole flow', async () => {
  const server = fakeServer('id-pin');
  const log: string[] = [];
  let later: OnboardingLaterTransition | undefined;
  const runner = createFlowRunner(
    onboardingFlowWith(() => later),
    {
      context: () => ({ now: 0 }),
      run: async (r) => server.answer(r),
      host: { emit: (name, detail) => (log.push(`${name} ${JSON.stringify(detail)}`), true), focus: (t) => log.push(`focus ${t}`) },
    },
  );
  runner.send({ type: 'start', source: { kind: 'invitation', token: INVITATION } });
  await runner.settled();
  runner.send({ type: 'choose', user: 'existing' });
  runner.send({ type: 'submit-login', ...EXISTING });
  await runner.settled();
  assert.equal(onboardingProgress(runner.state)?.step, 'id-pin', 'the landing part takes the log-in to the next step');
  const before = runner.state;
  runner.send({ type: 'submit-id-pin', ...ID_PIN });
  await runner.settled();
  assert.equal(runner.state, before, 'the later part is not there: the ID & PIN is not sent');
  later = onboardingLaterTransition; // its code arrived
  runner.send({ type: 'submit-id-pin', ...ID_PIN });
  await runner.settled();
  assert.equal(onboardingProgress(runner.state)?.step, 'contact');
  runner.send({ type: 'confirm-contact', contact: CONTACT });
  await runner.settled();
  assert.equal(runner.state.phase, 'completed');
  assert.equal(server.status.idPin, 'connected');
  assert.deepEqual(log, [
    'onboarding-step-changed {"step":"invitation","index":1,"total":9}',
    'focus heading',
    'onboarding-step-changed {"step":"login","index":2,"total":4}',
    'focus heading',
    'onboarding-step-changed {"step":"id-pin","index":3,"total":4}',
    'focus heading',
    'onboarding-step-changed {"step":"contact","index":4,"total":4}',
    'onboarding-completed {"kind":"id-pin","user":"existing"}',
    'focus heading',
  ]);
});

test('RS-ONB: a whole flow runs in Node through createFlowRunner, effects included', async () => {
  const server = fakeServer('automatic');
  const log: string[] = [];
  const runner = createFlowRunner(onboardingFlow, {
    context: () => ({ now: 0 }),
    run: async (r) => server.answer(r),
    host: { emit: (name, detail) => (log.push(`${name} ${JSON.stringify(detail)}`), true), focus: (t) => log.push(`focus ${t}`) },
  });
  runner.send({ type: 'start', source: { kind: 'invitation', token: INVITATION } });
  await runner.settled();
  for (const e of existingPath('automatic')) {
    if (e !== 'open-link') runner.send(e);
    await runner.settled();
  }
  assert.equal(runner.state.phase, 'completed');
  assert.deepEqual(log, [
    'onboarding-step-changed {"step":"invitation","index":1,"total":8}',
    'focus heading',
    'onboarding-step-changed {"step":"login","index":2,"total":3}',
    'focus heading',
    'onboarding-step-changed {"step":"contact","index":3,"total":3}',
    'onboarding-completed {"kind":"automatic","user":"existing"}',
    'focus heading',
  ]);
});
