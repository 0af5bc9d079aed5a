/**
 * X-MOCK RS-ONB — the onboarding routes in-process, called through core's own calls (so every answer
 * is checked against the contract), and the whole flow (core's `onboardingFlow`) driven over them
 * for the four paths of seed 000.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import { createClient, createFlowRunner, isApiError, parseInstant, type ApiError, type VigieClient } from '@vigie/core';
import {
  acceptRemoteOnboardingTerms,
  confirmRemoteOnboardingContact,
  connectRemoteOnboardingIdPin,
  declareRemoteOnboardingNewUser,
  getRemoteOnboarding,
  logInToRemoteOnboarding,
  onboardingFlow,
  onboardingPath,
  onboardingStep,
  resumeRemoteOnboarding,
  runOnboardingRequest,
  setRemoteOnboardingPassword,
  signUpForRemoteOnboarding,
  type OnboardingEvent,
  type OnboardingRequest,
  type OnboardingStep,
} from '@vigie/core/remote-services';
import { createHandlers } from '../../handlers.js';
import {
  REMOTE_ONBOARDING_DEMO,
  REMOTE_ONBOARDING_DEMO_ACCOUNT,
  REMOTE_ONBOARDING_DEMO_ID_PIN,
  REMOTE_ONBOARDING_EXPIRED_INVITATION,
  remoteOnboarding,
  remoteOnboardingDemoOf,
} from './store.js';

const API = 'http://localhost/api';
const T0 = parseInstant('2026-11-22T09:00:00+01:00');
const CONTACT = { firstName: 'Karim', lastName: 'Benali', email: 'karim.benali@boulangerie-benali.fr', phone: '07 98 76 54 32' };
const PASSWORD = 'Trois croissants au beurre';

function onboardingApi() {
  let now = T0;
  const mock = createHandlers({ now: () => now, scenario: 'remote:onboarding-id-pin-new' });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    return (await getResponse(mock.handlers, request)) ?? new Response('no route', { status: 599 });
  };
  const client: VigieClient = createClient({ baseUrl: API, fetch: fetch as typeof globalThis.fetch, retry: { limit: 0 } });
  const outbox = () => remoteOnboarding(mock.remote).outbox();
  const lastLink = () => {
    const m = outbox()
      .filter((x) => x.kind === 'signup-link')
      .at(-1);
    assert.ok(m && m.kind === 'signup-link');
    return m.token;
  };
  return { mock, client, outbox, lastLink, advance: (ms: number) => (now += ms), now: () => now };
}

async function rejection(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    assert.ok(isApiError(e), String(e));
    return e;
  }
  assert.fail('expected a rejection');
}
const slug = (e: ApiError) => ('problem' in e.failure ? e.failure.problem.type : undefined);

describe('RS-ONB mock routes', () => {
  it('answers the invitation’s onboarding (token in the body), 404 unknown, 410 expired', async () => {
    const { client } = onboardingApi();
    const s = await getRemoteOnboarding(client, REMOTE_ONBOARDING_DEMO['id-pin-new'].invitation);
    assert.equal(s.kind, 'id-pin');
    assert.equal(s.user, 'unknown');
    assert.equal(s.idPin, 'pending');
    assert.equal(s.contact, null, 'no personal data before the log-in');
    assert.equal(slug(await rejection(getRemoteOnboarding(client, 'rsinv-nobody-000000'))), '/problems/invitation-unknown');
    assert.equal(slug(await rejection(getRemoteOnboarding(client, REMOTE_ONBOARDING_EXPIRED_INVITATION))), '/problems/invitation-expired');
  });

  it('X-SEC: signing up answers the same for a new and an existing e-mail; only the outbox differs', async () => {
    const { client, outbox } = onboardingApi();
    const a = await signUpForRemoteOnboarding(client, REMOTE_ONBOARDING_DEMO['automatic-new'].invitation, 'quelqu.un@exemple.fr');
    const b = await signUpForRemoteOnboarding(
      client,
      REMOTE_ONBOARDING_DEMO['id-pin-new'].invitation,
      REMOTE_ONBOARDING_DEMO_ACCOUNT.email,
    );
    assert.deepEqual({ ...a, kind: 0, invitedBy: 0, email: 0, idPin: 0 }, { ...b, kind: 0, invitedBy: 0, email: 0, idPin: 0 });
    assert.deepEqual(
      outbox().map((m) => m.kind),
      ['signup-link', 'account-exists'],
    );
  });

  it('RS-ONB: the password is checked on the server too — 10 characters refused, 11 accepted; common ones refused; the link then is spent', async () => {
    const { client, lastLink } = onboardingApi();
    const invitation = REMOTE_ONBOARDING_DEMO['automatic-new'].invitation;
    await signUpForRemoteOnboarding(client, invitation, 'elodie.rousseau@pharmacie-du-port.fr');
    const token = lastLink();
    const resumed = await resumeRemoteOnboarding(client, token);
    assert.equal(resumed.invitation, invitation);
    assert.equal(resumed.status.emailSent, true);
    const short = await rejection(setRemoteOnboardingPassword(client, token, 'a1b2c3d4e5'));
    assert.equal(slug(short), '/problems/password-policy');
    assert.deepEqual((short.failure as unknown as { problem: { issues: string[] } }).problem.issues, ['too-short']);
    const common = await rejection(setRemoteOnboardingPassword(client, token, 'motdepasse123'));
    assert.deepEqual((common.failure as unknown as { problem: { issues: string[] } }).problem.issues, ['common']);
    const s = await setRemoteOnboardingPassword(client, token, 'a1b2c3d4e5f');
    assert.equal(s.passwordSet, true);
    assert.equal(slug(await rejection(setRemoteOnboardingPassword(client, token, 'a1b2c3d4e5f6'))), '/problems/link-used');
    // The link still resumes (another tab opened late): the onboarding says the password is set.
    assert.equal((await resumeRemoteOnboarding(client, token)).status.passwordSet, true);
  });

  it('RS-ONB: the e-mailed link expires after 24 hours', async () => {
    const { client, lastLink, advance } = onboardingApi();
    await signUpForRemoteOnboarding(client, REMOTE_ONBOARDING_DEMO['automatic-new'].invitation, 'x.y@exemple.fr');
    advance(24 * 3_600_000);
    assert.equal(slug(await rejection(resumeRemoteOnboarding(client, lastLink()))), '/problems/link-expired');
  });

  it('X-SEC: log-in failures are throttled like the passport’s, known and unknown e-mails alike (the 5th failure waits 30 s)', async () => {
    const { client, advance } = onboardingApi();
    const invitation = REMOTE_ONBOARDING_DEMO['automatic-existing'].invitation;
    for (const email of [REMOTE_ONBOARDING_DEMO_ACCOUNT.email, 'inconnu@exemple.fr']) {
      for (let i = 1; i <= 4; i++)
        assert.equal(
          slug(await rejection(logInToRemoteOnboarding(client, invitation, email, 'mauvais mot de passe'))),
          '/problems/invalid-credentials',
        );
      const fifth = await rejection(logInToRemoteOnboarding(client, invitation, email, 'mauvais mot de passe'));
      assert.equal(slug(fifth), '/problems/too-many-attempts');
      assert.equal((fifth.failure as unknown as { problem: { retryAfter: number } }).problem.retryAfter, 30);
    }
    // During the wait even the right password waits; after it, it goes through.
    assert.equal(
      slug(
        await rejection(
          logInToRemoteOnboarding(client, invitation, REMOTE_ONBOARDING_DEMO_ACCOUNT.email, REMOTE_ONBOARDING_DEMO_ACCOUNT.password),
        ),
      ),
      '/problems/too-many-attempts',
    );
    advance(30_000);
    const r = await logInToRemoteOnboarding(
      client,
      invitation,
      REMOTE_ONBOARDING_DEMO_ACCOUNT.email,
      REMOTE_ONBOARDING_DEMO_ACCOUNT.password,
    );
    assert.equal(r.status.user, 'existing');
    assert.equal(r.status.contact?.lastName, 'Martin');
  });

  it('the steps after the log-in need its session (401), in their order (409), and refuse a wrong ID & PIN (422)', async () => {
    const { client } = onboardingApi();
    const invitation = REMOTE_ONBOARDING_DEMO['id-pin-existing'].invitation;
    assert.equal(slug(await rejection(confirmRemoteOnboardingContact(client, 'rsses-none-000000', CONTACT))), '/problems/session-required');
    const { session } = await logInToRemoteOnboarding(
      client,
      invitation,
      REMOTE_ONBOARDING_DEMO_ACCOUNT.email,
      REMOTE_ONBOARDING_DEMO_ACCOUNT.password,
    );
    assert.equal(slug(await rejection(confirmRemoteOnboardingContact(client, session, CONTACT))), '/problems/step-not-allowed');
    assert.equal(
      slug(await rejection(acceptRemoteOnboardingTerms(client, session, 'mysecuritas'))),
      '/problems/step-not-allowed',
      'an existing account has no terms step',
    );
    assert.equal(
      slug(await rejection(declareRemoteOnboardingNewUser(client, session))),
      '/problems/step-not-allowed',
      '« Je suis nouveau » is for new accounts',
    );
    assert.equal(slug(await rejection(connectRemoteOnboardingIdPin(client, session, '40209876', '1357'))), '/problems/id-pin-refused');
    const s = await connectRemoteOnboardingIdPin(
      client,
      session,
      REMOTE_ONBOARDING_DEMO_ID_PIN.id.replace(' ', ''),
      REMOTE_ONBOARDING_DEMO_ID_PIN.pin,
    );
    assert.equal(s.idPin, 'connected');
    const bad = await rejection(confirmRemoteOnboardingContact(client, session, { ...CONTACT, phone: 'pas un numéro' }));
    assert.equal(slug(bad), '/problems/validation');
    const done = await confirmRemoteOnboardingContact(client, session, CONTACT);
    assert.equal(done.completed, true);
    assert.equal(slug(await rejection(confirmRemoteOnboardingContact(client, session, CONTACT))), '/problems/step-not-allowed');
  });

  it('core’s runner turns answers and failures into the flow’s events (it never rejects)', async () => {
    const { client } = onboardingApi();
    const demo = REMOTE_ONBOARDING_DEMO['automatic-existing'];
    const loaded = await runOnboardingRequest(client, { op: 'load', invitation: demo.invitation });
    assert.equal(loaded.type === 'loaded' && loaded.invitation, demo.invitation);
    const unknown = await runOnboardingRequest(client, { op: 'load', invitation: 'rsinv-nobody-000000' });
    assert.equal(
      unknown.type === 'load-failed' && 'problem' in unknown.failure && unknown.failure.problem.type,
      '/problems/invitation-unknown',
    );
    const gone = await runOnboardingRequest(client, { op: 'poll', invitation: REMOTE_ONBOARDING_EXPIRED_INVITATION });
    assert.equal(gone.type, 'refresh-failed');
    const wrong = await runOnboardingRequest(client, {
      op: 'login',
      invitation: demo.invitation,
      email: demo.account!.email,
      password: 'pas le bon',
    });
    assert.equal(wrong.type === 'refused' && wrong.op, 'login');
    const login = await runOnboardingRequest(client, {
      op: 'login',
      invitation: demo.invitation,
      email: demo.account!.email,
      password: demo.account!.password,
    });
    assert.ok(login.type === 'answered' && login.op === 'login' && login.session);
    const terms = await runOnboardingRequest(client, { op: 'terms', session: login.session, terms: 'remote-services' });
    assert.equal(terms.type === 'refused' && terms.op, 'terms-remote', 'the terms op names which terms');
  });

  it('each onboarding scenario names its demo invitation', () => {
    for (const demo of Object.values(REMOTE_ONBOARDING_DEMO)) assert.equal(remoteOnboardingDemoOf(demo.scenario), demo);
    assert.equal(remoteOnboardingDemoOf('remote:default'), undefined);
  });
});

describe('RS-ONB: core’s flow over the mock, the four paths of seed 000', () => {
  /** Runs core's flow with core's runner (the widget's), over the mock. */
  function flowOver(api: ReturnType<typeof onboardingApi>) {
    const shown: OnboardingStep[] = [];
    // Core's own runner (the widget's): every answer is an event; a refusal or a failure here is a bug.
    const run = async (r: OnboardingRequest, signal: AbortSignal): Promise<OnboardingEvent> => {
      const e = await runOnboardingRequest(api.client, r, signal);
      assert.ok(e.type !== 'refused' && e.type !== 'load-failed' && e.type !== 'refresh-failed', `${r.op}: ${JSON.stringify(e)}`);
      return e;
    };
    const runner = createFlowRunner(onboardingFlow, {
      context: () => ({ now: api.now() }),
      run,
      host: { emit: (name, detail) => (name === 'onboarding-step-changed' && shown.push((detail as { step: OnboardingStep }).step), true) },
    });
    const send = async (e: OnboardingEvent) => {
      runner.send(e);
      await runner.settled();
    };
    return { runner, shown, send };
  }

  for (const name of ['id-pin-existing', 'automatic-existing', 'id-pin-new', 'automatic-new'] as const) {
    it(`${name}: every step, in order, to success`, async () => {
      const demo = REMOTE_ONBOARDING_DEMO[name];
      const api = onboardingApi();
      const tab = flowOver(api);
      await tab.send({ type: 'start', source: { kind: 'invitation', token: demo.invitation } });
      await tab.send({ type: 'choose', user: demo.user });
      let flow = tab;
      if (demo.user === 'existing') {
        await tab.send({ type: 'submit-login', email: demo.account!.email, password: demo.account!.password });
      } else {
        await tab.send({ type: 'submit-email', email: demo.invitee.email });
        // The e-mailed link opens in ANOTHER tab: a fresh flow resumes there from the server's state.
        flow = flowOver(api);
        await flow.send({ type: 'start', source: { kind: 'signup', token: api.lastLink() } });
        await flow.send({ type: 'submit-password', password: PASSWORD });
        await flow.send({ type: 'submit-login', email: demo.invitee.email, password: PASSWORD });
        await flow.send({ type: 'accept-terms', terms: 'mysecuritas' });
        await flow.send({ type: 'accept-terms', terms: 'remote-services' });
        // The first tab, polling, has moved on to the log-in by itself.
        await tab.send({ type: 'refresh' });
        assert.equal(tab.runner.state.phase === 'active' && onboardingStep(tab.runner.state), 'login');
      }
      if (demo.kind === 'id-pin') {
        if (demo.user === 'new') {
          await flow.send({ type: 'no-id-pin' });
          await flow.send({ type: 'confirm-new' });
        } else await flow.send({ type: 'submit-id-pin', id: demo.idPin!.id, pin: demo.idPin!.pin });
      }
      const contact = flow.runner.state.phase === 'active' ? flow.runner.state.status.contact : null;
      assert.ok(contact, 'the contact details to check come with the session');
      await flow.send({ type: 'confirm-contact', contact });
      assert.equal(flow.runner.state.phase, 'completed');
      const path = onboardingPath(demo.kind, demo.user);
      const seen = demo.user === 'new' ? [...tab.shown.slice(0, 3), ...flow.shown] : tab.shown;
      assert.deepEqual([...new Set(seen)], path);
    });
  }
});
