/**
 * X-MOCK VA — the vault routes in-process (as the browser worker resolves them): the lockout of
 * core per identifier whether or not the account exists, the same answer for unknown and wrong,
 * the links, the code step, the documents' real PDFs, the scenarios.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import {
  ActivationStatusResponse,
  DocumentsResponse,
  LOCK_DURATION_MS,
  LinkStatusResponse,
  LoginResponse,
  PaperRequestConfirmation,
  PaperRequestDraft,
  ProblemDetails,
  VaultProfile,
  parseInstant,
  sortFolders,
} from '@vigie/core';
import { createHandlers, SCENARIO_HEADER, type HandlerOptions } from '../handlers.js';
import { DEMO_ONE_TIME_CODE, DEMO_PENDING_EMAIL, DEMO_TOKENS } from './store.js';

const API = 'http://localhost/api';
const T0 = parseInstant('2026-03-10T09:00:00+01:00');
const MIN = 60_000;
const DAY = 86_400_000;

const PAUL = { identifier: '123456789012', email: 'paul.dupont@example.fr', password: 'Bulletin-2026!' };

interface Answer {
  readonly status: number;
  readonly type: string | null;
  readonly headers: Headers;
  readonly body: unknown;
  readonly bytes?: Uint8Array;
}

/** The mock with a clock the test moves. */
function vaultApi(options: HandlerOptions = {}) {
  let now = T0;
  const mock = createHandlers({ now: () => now, ...options });
  /** The vault session's header once `signIn()` was called: sent by `call` unless it is given another Authorization. */
  let session: Record<string, string> = {};
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const init: RequestInit = {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...session, ...headers },
    };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await getResponse(mock.handlers, new Request(`${API}/${path}`, init));
    assert.ok(response, `no handler for ${method} ${path}`);
    const type = response.headers.get('Content-Type');
    if (type === 'application/pdf') {
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, type, headers: response.headers, body: undefined, bytes };
    }
    const text = await response.text();
    return { status: response.status, type, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };
  const login = (identifier: string, password: string, headers: Record<string, string> = {}) =>
    call('POST', 'vault/login', { identifier, password }, headers);
  /** Signs Paul in; the next calls carry his vault session (the private routes want it, X-MOCK). */
  const signIn = async () => {
    const r = LoginResponse.parse((await login(PAUL.identifier, PAUL.password)).body);
    assert.ok(r.kind === 'signed-in');
    session = { Authorization: `Bearer ${r.session.token}` };
    return session;
  };
  return {
    mock,
    call,
    login,
    signIn,
    get now() {
      return now;
    },
    set now(t: number) {
      now = t;
    },
  };
}

/** A problem body without `instance` (which only names the path). */
const withoutInstance = (body: unknown) => {
  const { instance: _drop, ...rest } = body as Record<string, unknown>;
  return rest;
};

function assertProblem(r: Answer, status: number, type: string) {
  assert.equal(r.status, status, JSON.stringify(r.body));
  assert.equal(r.type, 'application/problem+json');
  const p = ProblemDetails.parse(r.body);
  assert.equal(p.type, type);
  assert.equal(p.status, status);
}

describe('X-MOCK VA-LOGIN lockout (core’s rule, per account)', () => {
  it('VA-LOGIN 3 wrong passwords lock the identifier for 120 minutes: 401, 401, then 423 with lockedUntil = now + 120 min', async () => {
    const api = vaultApi();
    assertProblem(await api.login(PAUL.identifier, 'wrong-1'), 401, '/problems/invalid-credentials');
    api.now += MIN;
    assertProblem(await api.login(PAUL.identifier, 'wrong-2'), 401, '/problems/invalid-credentials');
    api.now += MIN;
    const third = await api.login(PAUL.identifier, 'wrong-3');
    assertProblem(third, 423, '/problems/locked');
    assert.equal((third.body as { lockedUntil: string }).lockedUntil, new Date(api.now + 120 * MIN).toISOString());
    assert.equal(third.headers.get('Retry-After'), String(120 * 60));
    assert.equal(api.mock.vault.lockedUntil(PAUL.identifier), api.now + LOCK_DURATION_MS);
  });

  it('VA-LOGIN the 4th attempt while locked gets 423 with lockedUntil even with the RIGHT password', async () => {
    const api = vaultApi();
    for (let i = 0; i < 3; i++) await api.login(PAUL.identifier, `wrong-${i}`);
    const until = new Date(T0 + 120 * MIN).toISOString();
    api.now += 10 * MIN;
    const fourth = await api.login(PAUL.identifier, PAUL.password);
    assertProblem(fourth, 423, '/problems/locked');
    assert.equal((fourth.body as { lockedUntil: string }).lockedUntil, until, 'the lock is not extended');
  });

  it('VA-LOGIN the lock ends after 120 minutes (clock injected): at lockedUntil − 1 ms still 423, at lockedUntil signed in', async () => {
    const api = vaultApi();
    for (let i = 0; i < 3; i++) await api.login(PAUL.identifier, 'wrong');
    api.now = T0 + 120 * MIN - 1;
    assertProblem(await api.login(PAUL.identifier, PAUL.password), 423, '/problems/locked');
    api.now = T0 + 120 * MIN;
    const r = await api.login(PAUL.identifier, PAUL.password);
    assert.equal(r.status, 200);
    assert.equal(LoginResponse.parse(r.body).kind, 'signed-in');
  });

  it('VA-LOGIN an unknown identifier gets the SAME 401 (status, content type, body minus instance) and also locks after 3, the same way', async () => {
    const known = vaultApi();
    const unknown = vaultApi();
    const a: Answer[] = [];
    const b: Answer[] = [];
    for (let i = 0; i < 5; i++) {
      a.push(await known.login(PAUL.identifier, `wrong-${i}`));
      b.push(await unknown.login('999999999999', `wrong-${i}`));
      known.now += MIN;
      unknown.now += MIN;
    }
    assert.deepEqual(
      a.map((r) => r.status),
      [401, 401, 423, 423, 423],
    );
    for (let i = 0; i < 5; i++) {
      assert.equal(b[i]!.status, a[i]!.status, `attempt ${i + 1}`);
      assert.equal(b[i]!.type, a[i]!.type);
      assert.deepEqual(
        withoutInstance(b[i]!.body),
        withoutInstance(a[i]!.body),
        `attempt ${i + 1}: the bodies must not tell the accounts apart`,
      );
      assert.equal(b[i]!.headers.get('Retry-After'), a[i]!.headers.get('Retry-After'));
    }
    // An unknown e-mail too, and an account never activated (no password yet).
    const mails = vaultApi();
    assert.deepEqual(withoutInstance((await mails.login('personne@example.fr', 'x')).body), withoutInstance(a[0]!.body));
    assert.deepEqual(withoutInstance((await mails.login('567890123456', 'x')).body), withoutInstance(a[0]!.body));
  });

  it('VA-LOGIN failures count per account: "1234 5678 9012", " 123456789012" and "123456789012" are one, and the lock covers the e-mail too', async () => {
    const api = vaultApi();
    await api.login('1234 5678 9012', 'x');
    await api.login(' 123456789012', 'x');
    const third = await api.login('123456789012', 'x');
    assertProblem(third, 423, '/problems/locked');
    const byMail = await api.login('Paul.Dupont@example.fr', PAUL.password);
    assertProblem(byMail, 423, '/problems/locked');
    assert.equal(
      (byMail.body as { lockedUntil: string }).lockedUntil,
      (third.body as { lockedUntil: string }).lockedUntil,
      'the same lock',
    );
    assert.equal(api.mock.vault.lockedUntil(PAUL.email), api.mock.vault.lockedUntil(PAUL.identifier));
  });

  it('VA-LOGIN mixed identifiers: number, e-mail, number → 401, 401, 423; 2 failures mixed still let the right password in', async () => {
    const api = vaultApi();
    assertProblem(await api.login(PAUL.identifier, 'x'), 401, '/problems/invalid-credentials');
    assertProblem(await api.login(PAUL.email, 'y'), 401, '/problems/invalid-credentials');
    assertProblem(await api.login(PAUL.identifier, 'z'), 423, '/problems/locked');
    const other = vaultApi();
    await other.login(PAUL.identifier, 'x');
    await other.login(PAUL.email, 'y');
    assert.equal((await other.login(PAUL.email, PAUL.password)).status, 200);
  });

  it('VA-LOGIN the account lock ends at exactly +120 min for both identifiers (−1 ms: 423, +0: signed in by e-mail)', async () => {
    const api = vaultApi();
    for (let i = 0; i < 3; i++) await api.login(PAUL.identifier, 'wrong');
    api.now = T0 + 120 * MIN - 1;
    assertProblem(await api.login(PAUL.email, PAUL.password), 423, '/problems/locked');
    api.now = T0 + 120 * MIN;
    assert.equal((await api.login(PAUL.email, PAUL.password)).status, 200);
  });

  it('VA-LOGIN locking one account never touches another, nor an unknown identifier', async () => {
    const api = vaultApi();
    for (let i = 0; i < 3; i++) await api.login(PAUL.identifier, 'wrong');
    assert.equal(api.mock.vault.lockedUntil('234567890123'), undefined);
    assert.equal(api.mock.vault.lockedUntil('999999999999'), undefined);
    assertProblem(await api.login('999999999999', 'x'), 401, '/problems/invalid-credentials');
  });

  it('VA-LOGIN a success resets the count: 2 failures, success, 2 failures → no lock', async () => {
    const api = vaultApi();
    for (const p of ['x', 'y', PAUL.password, 'x', 'y']) await api.login(PAUL.identifier, p);
    assert.equal(api.mock.vault.lockedUntil(PAUL.identifier), undefined);
    assert.equal((await api.login(PAUL.identifier, PAUL.password)).status, 200);
  });

  it('VA-PAPER the paper request checks the password with the same lockout (no way around it), same 401 as the login', async () => {
    const api = vaultApi();
    const paper = (password: string) =>
      api.call('POST', 'vault/paper-requests', {
        identifier: PAUL.identifier,
        password,
        employer: 'Boulangeries Martin SAS',
        dataPolicyAccepted: true,
      });
    const first = await paper('wrong');
    assertProblem(first, 401, '/problems/invalid-credentials');
    assert.deepEqual(withoutInstance(first.body), withoutInstance((await api.login('999999999999', 'x')).body));
    await api.login(PAUL.identifier, 'wrong');
    assertProblem(await paper('wrong'), 423, '/problems/locked');
    assertProblem(await paper(PAUL.password), 423, '/problems/locked');
  });
});

describe('X-MOCK VA-LOGIN steps', () => {
  it('VA-LOGIN Camille (two-factor by SMS): password → second-factor with a masked number; wrong code → 422 attemptsLeft; the demo code signs in', async () => {
    const api = vaultApi();
    const step = LoginResponse.parse((await api.login('234567890123', 'Coffre-fort-2026')).body);
    assert.ok(step.kind === 'second-factor');
    assert.equal(step.channel, 'sms');
    assert.equal(step.destination, '07 •• •• •• 78');
    assert.equal(Date.parse(step.expiresAt), T0 + 10 * MIN);
    assert.equal(Date.parse(step.resendAt), T0 + MIN);
    const wrong = await api.call('POST', 'vault/login/second-factor', { challenge: step.challenge, code: '000000' });
    assertProblem(wrong, 422, '/problems/invalid-code');
    assert.equal((wrong.body as { attemptsLeft: number }).attemptsLeft, 4);
    const right = await api.call('POST', 'vault/login/second-factor', { challenge: step.challenge, code: DEMO_ONE_TIME_CODE });
    assert.equal(LoginResponse.parse(right.body).kind, 'signed-in');
    assertProblem(
      await api.call('POST', 'vault/login/second-factor', { challenge: step.challenge, code: DEMO_ONE_TIME_CODE }),
      410,
      '/problems/challenge-expired',
    );
  });

  it('VA-LOGIN the code expires after 10 minutes; resend is refused before 60 s (429) and allowed after; 5 wrong codes end the challenge', async () => {
    const api = vaultApi();
    const step = LoginResponse.parse((await api.login('345678901234', 'Coffre-fort-2026')).body);
    assert.ok(step.kind === 'second-factor');
    assert.equal(step.channel, 'email');
    assert.equal(step.destination, 'l•••@example.fr');
    const early = await api.call('POST', 'vault/login/second-factor/resend', { challenge: step.challenge });
    assertProblem(early, 429, '/problems/resend-too-early');
    assert.equal(early.headers.get('Retry-After'), '60');
    api.now = T0 + MIN;
    const resent = await api.call('POST', 'vault/login/second-factor/resend', { challenge: step.challenge });
    assert.equal(resent.status, 200);
    assert.equal(Date.parse((resent.body as { expiresAt: string }).expiresAt), T0 + 11 * MIN);
    api.now = T0 + 11 * MIN;
    assertProblem(
      await api.call('POST', 'vault/login/second-factor', { challenge: step.challenge, code: DEMO_ONE_TIME_CODE }),
      410,
      '/problems/challenge-expired',
    );

    api.now = T0;
    const again = LoginResponse.parse((await api.login('345678901234', 'Coffre-fort-2026')).body);
    assert.ok(again.kind === 'second-factor');
    for (const left of [4, 3, 2, 1]) {
      const wrong = await api.call('POST', 'vault/login/second-factor', { challenge: again.challenge, code: '111111' });
      assert.equal((wrong.body as { attemptsLeft: number }).attemptsLeft, left);
    }
    assertProblem(
      await api.call('POST', 'vault/login/second-factor', { challenge: again.challenge, code: '111111' }),
      410,
      '/problems/challenge-expired',
    );
    assertProblem(
      await api.call('POST', 'vault/login/second-factor', { challenge: again.challenge, code: DEMO_ONE_TIME_CODE }),
      410,
      '/problems/challenge-expired',
    );
  });

  it('VA-LOSTID Julien (temporary password): must-change-password → a policy-breaking password is refused (422) → a good one signs in, and works next time', async () => {
    const api = vaultApi();
    const step = LoginResponse.parse((await api.login('julien.bernard@example.fr', 'Provisoire-7421')).body);
    assert.ok(step.kind === 'must-change-password');
    const short = await api.call('POST', 'vault/login/new-password', { challenge: step.challenge, password: 'court' });
    assertProblem(short, 422, '/problems/password-policy');
    assert.deepEqual((short.body as { issues: string[] }).issues, ['too-short']);
    const done = await api.call('POST', 'vault/login/new-password', { challenge: step.challenge, password: 'Mon nouveau mot de passe' });
    assert.equal(LoginResponse.parse(done.body).kind, 'signed-in');
    assert.equal(LoginResponse.parse((await api.login('456789012345', 'Mon nouveau mot de passe')).body).kind, 'signed-in');
    assertProblem(await api.login('456789012345', 'Provisoire-7421'), 401, '/problems/invalid-credentials');
  });

  it('VA-LOGIN a malformed body is a 422 validation problem naming the fields; a non-JSON body a 400', async () => {
    const api = vaultApi();
    const r = await api.call('POST', 'vault/login', { identifier: '' });
    assertProblem(r, 422, '/problems/validation');
    assert.deepEqual((r.body as { errors: unknown }).errors, [
      { field: 'identifier', issue: 'required' },
      { field: 'password', issue: 'required' },
    ]);
    const raw = await getResponse(
      api.mock.handlers,
      new Request(`${API}/vault/login`, { method: 'POST', body: '{oops', headers: { 'Content-Type': 'application/json' } }),
    );
    assert.equal(raw?.status, 400);
  });
});

describe('X-MOCK VA-RESET', () => {
  it('VA-RESET the request gives the same answer for an existing and an unknown account; only the existing one gets an e-mail', async () => {
    const api = vaultApi();
    const known = await api.call('POST', 'vault/password-reset/request', { identifier: PAUL.identifier, email: PAUL.email });
    const unknown = await api.call('POST', 'vault/password-reset/request', { identifier: '999999999999', email: 'personne@example.fr' });
    const wrongMail = await api.call('POST', 'vault/password-reset/request', { identifier: PAUL.identifier, email: 'autre@example.fr' });
    for (const r of [unknown, wrongMail]) {
      assert.equal(r.status, known.status);
      assert.equal(r.type, known.type);
      assert.deepEqual(r.body, known.body);
    }
    assert.equal(known.status, 202);
    assert.deepEqual(known.body, { status: 'accepted' });
    const mails = api.mock.vault.outbox().filter((m) => m.kind === 'reset-link');
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.to, PAUL.email);
  });

  it('VA-RESET the e-mailed link: valid → new password (204) → used (410 token-used); the new password signs in and the lock is lifted', async () => {
    const api = vaultApi();
    for (let i = 0; i < 3; i++) await api.login(PAUL.identifier, 'wrong');
    await api.call('POST', 'vault/password-reset/request', { identifier: PAUL.email, email: PAUL.email });
    const mail = api.mock.vault.outbox().find((m) => m.kind === 'reset-link');
    assert.ok(mail && mail.kind === 'reset-link');
    const status = LinkStatusResponse.parse((await api.call('POST', 'vault/password-reset/status', { token: mail.token })).body);
    assert.ok(status.status === 'valid');
    assert.equal(Date.parse(status.expiresAt), T0 + DAY);
    assertProblem(
      await api.call('POST', 'vault/password-reset', { token: mail.token, password: 'court' }),
      422,
      '/problems/password-policy',
    );
    assert.equal(
      (await api.call('POST', 'vault/password-reset', { token: mail.token, password: 'Une nouvelle phrase secrète' })).status,
      204,
    );
    assertProblem(
      await api.call('POST', 'vault/password-reset', { token: mail.token, password: 'Une autre phrase secrète' }),
      410,
      '/problems/token-used',
    );
    assert.deepEqual((await api.call('POST', 'vault/password-reset/status', { token: mail.token })).body, { status: 'used' });
    assert.equal((await api.login(PAUL.identifier, 'Une nouvelle phrase secrète')).status, 200, 'the reset lifted the lock');
  });

  it('VA-RESET expired and used demo tokens → 410 token-expired / token-used; unknown → 404; a link expires 24 h after it was sent', async () => {
    const api = vaultApi();
    assertProblem(
      await api.call('POST', 'vault/password-reset', { token: DEMO_TOKENS.resetExpired, password: 'Une nouvelle phrase' }),
      410,
      '/problems/token-expired',
    );
    assertProblem(
      await api.call('POST', 'vault/password-reset', { token: DEMO_TOKENS.resetUsed, password: 'Une nouvelle phrase' }),
      410,
      '/problems/token-used',
    );
    assertProblem(
      await api.call('POST', 'vault/password-reset', { token: 'nope', password: 'Une nouvelle phrase' }),
      404,
      '/problems/token-unknown',
    );
    assert.deepEqual((await api.call('POST', 'vault/password-reset/status', { token: DEMO_TOKENS.resetExpired })).body, {
      status: 'expired',
    });
    // The valid demo link was sent an hour before T0.
    api.now = T0 + 23 * 60 * MIN - 1;
    assert.equal(
      LinkStatusResponse.parse((await api.call('POST', 'vault/password-reset/status', { token: DEMO_TOKENS.reset })).body).status,
      'valid',
    );
    api.now = T0 + 23 * 60 * MIN;
    assert.equal(
      LinkStatusResponse.parse((await api.call('POST', 'vault/password-reset/status', { token: DEMO_TOKENS.reset })).body).status,
      'expired',
    );
  });
});

describe('X-MOCK VA-LOSTID', () => {
  const SEED_FORM = {
    lastName: 'DUPONT',
    firstName: 'paul',
    birthTown: 'Paris',
    birthMonth: 4,
    mobilePhone: '06 75 82 45 32',
    email: 'Dupontpaul@gmail.com',
    emailConfirmation: 'Dupontpaul@gmail.com',
    privateNumber: '588157',
    privacyPolicyAccepted: true,
  };

  it('VA-LOSTID the same 202 whether or not the person is known; the known one gets a temporary password, to change at the next login', async () => {
    const api = vaultApi();
    const known = await api.call('POST', 'vault/identifier-recovery', SEED_FORM);
    const unknown = await api.call('POST', 'vault/identifier-recovery', { ...SEED_FORM, privateNumber: '000000' });
    assert.equal(known.status, 202);
    assert.deepEqual(unknown.body, known.body);
    assert.equal(unknown.status, known.status);
    const mail = api.mock.vault.outbox().find((m) => m.kind === 'identifier-and-temporary-password');
    assert.ok(mail && mail.kind === 'identifier-and-temporary-password');
    assert.equal(mail.identifier, PAUL.identifier);
    assert.equal(mail.to, 'Dupontpaul@gmail.com');
    const step = LoginResponse.parse((await api.login(mail.identifier, mail.temporaryPassword)).body);
    assert.equal(step.kind, 'must-change-password');
  });

  it('VA-LOSTID every field is required and the confirmation must match (422 with core’s issue codes)', async () => {
    const api = vaultApi();
    const r = await api.call('POST', 'vault/identifier-recovery', { ...SEED_FORM, emailConfirmation: 'autre@gmail.com' });
    assertProblem(r, 422, '/problems/validation');
    assert.deepEqual((r.body as { errors: unknown }).errors, [{ field: 'emailConfirmation', issue: 'email-mismatch' }]);
    const consent = await api.call('POST', 'vault/identifier-recovery', { ...SEED_FORM, privacyPolicyAccepted: false });
    assert.deepEqual((consent.body as { errors: unknown }).errors, [{ field: 'privacyPolicyAccepted', issue: 'consent-required' }]);
  });

  it('VA-LOSTID a body its schema refuses names core’s codes where one applies, `invalid` otherwise (the widgets have a message for each)', async () => {
    const api = vaultApi();
    const r = await api.call('POST', 'vault/identifier-recovery', {
      ...SEED_FORM,
      birthMonth: 13,
      mobilePhone: 'x'.repeat(40),
      lastName: 'x'.repeat(400),
    });
    assertProblem(r, 422, '/problems/validation');
    assert.deepEqual((r.body as { errors: unknown }).errors, [
      { field: 'lastName', issue: 'invalid' },
      { field: 'birthMonth', issue: 'invalid-month' },
      { field: 'mobilePhone', issue: 'invalid-phone' },
    ]);
  });
});

describe('X-MOCK VA-ACTIVATE', () => {
  it('VA-ACTIVATE the invitation link is valid 15 days after it was issued (Inès: issued 3 days before T0)', async () => {
    const api = vaultApi();
    const status = ActivationStatusResponse.parse(
      (await api.call('POST', 'vault/activation/status', { token: DEMO_TOKENS.activation })).body,
    );
    assert.ok(status.status === 'valid');
    assert.equal(Date.parse(status.expiresAt), T0 + 12 * DAY);
    assert.equal(status.smsCodeDestination, '06 •• •• •• 01');
    api.now = T0 + 11 * DAY; // day 14 after issue
    assert.equal(
      ActivationStatusResponse.parse((await api.call('POST', 'vault/activation/status', { token: DEMO_TOKENS.activation })).body).status,
      'valid',
    );
    api.now = T0 + 12 * DAY - 1;
    assert.equal(
      ActivationStatusResponse.parse((await api.call('POST', 'vault/activation/status', { token: DEMO_TOKENS.activation })).body).status,
      'valid',
    );
    api.now = T0 + 12 * DAY; // day 15
    assert.equal(
      ActivationStatusResponse.parse((await api.call('POST', 'vault/activation/status', { token: DEMO_TOKENS.activation })).body).status,
      'expired',
    );
    api.now = T0 + 13 * DAY; // day 16
    assertProblem(
      await api.call('POST', 'vault/activation', {
        token: DEMO_TOKENS.activation,
        password: 'Une phrase assez longue',
        person: status.person,
        termsAccepted: true,
        smsCode: '123456',
      }),
      410,
      '/problems/token-expired',
    );
  });

  it('VA-ACTIVATE with the SMS code: code sent → activation → signed in; the link is then used; the password signs in', async () => {
    const api = vaultApi();
    const person = { firstName: 'Inès', lastName: 'Moreau', email: 'ines.moreau@example.fr' };
    const body = { token: DEMO_TOKENS.activation, password: 'Une phrase assez longue', person, termsAccepted: true };
    assertProblem(await api.call('POST', 'vault/activation', { ...body, smsCode: DEMO_ONE_TIME_CODE }), 422, '/problems/invalid-code');
    assert.equal((await api.call('POST', 'vault/activation/code', { token: DEMO_TOKENS.activation })).status, 200);
    assertProblem(await api.call('POST', 'vault/activation/code', { token: DEMO_TOKENS.activation }), 429, '/problems/resend-too-early');
    assertProblem(
      await api.call('POST', 'vault/activation', { ...body, termsAccepted: false, smsCode: DEMO_ONE_TIME_CODE }),
      422,
      '/problems/validation',
    );
    const done = await api.call('POST', 'vault/activation', { ...body, smsCode: DEMO_ONE_TIME_CODE });
    assert.equal(done.status, 200);
    assert.equal(LoginResponse.parse(done.body).kind, 'signed-in');
    assert.deepEqual((await api.call('POST', 'vault/activation/status', { token: DEMO_TOKENS.activation })).body, { status: 'used' });
    assert.equal((await api.login('567890123456', 'Une phrase assez longue')).status, 200);
  });

  it('VA-ACTIVATE expired, used and unknown links; no SMS code for Léa', async () => {
    const api = vaultApi();
    assert.equal(
      ((await api.call('POST', 'vault/activation/status', { token: DEMO_TOKENS.activationExpired })).body as { status: string }).status,
      'expired',
    );
    assert.deepEqual((await api.call('POST', 'vault/activation/status', { token: DEMO_TOKENS.activationUsed })).body, { status: 'used' });
    assertProblem(await api.call('POST', 'vault/activation/status', { token: 'nope' }), 404, '/problems/token-unknown');
    const lea = ActivationStatusResponse.parse(
      (await api.call('POST', 'vault/activation/status', { token: DEMO_TOKENS.activationNoSms })).body,
    );
    assert.ok(lea.status === 'valid' && lea.smsCodeDestination === undefined);
    assertProblem(await api.call('POST', 'vault/activation/code', { token: DEMO_TOKENS.activationNoSms }), 409, '/problems/no-sms-code');
  });
});

describe('X-MOCK VA-LOGIN sign-out ends the session on the server (X-SEC)', () => {
  for (const requireAuth of [true, false]) {
    it(`POST vault/logout → 204; the same token is then refused with 401 session-required on every private route (requireAuth: ${requireAuth})`, async () => {
      const api = vaultApi({ requireAuth });
      const signed = LoginResponse.parse((await api.login(PAUL.identifier, PAUL.password)).body);
      assert.ok(signed.kind === 'signed-in');
      const auth = { Authorization: `Bearer ${signed.session.token}` };
      assert.equal((await api.call('GET', 'vault/profile', undefined, auth)).status, 200);
      const out = await api.call('POST', 'vault/logout', undefined, auth);
      assert.equal(out.status, 204);
      assert.equal(out.body, undefined);
      assertProblem(await api.call('GET', 'vault/profile', undefined, auth), 401, '/problems/session-required');
      assertProblem(await api.call('GET', 'vault/documents', undefined, auth), 401, '/problems/session-required');
      // Idempotent: signing out again is fine (a retry after a lost answer).
      assert.equal((await api.call('POST', 'vault/logout', undefined, auth)).status, 204);
    });
  }

  it('signing out one session leaves the others of the same account open', async () => {
    const api = vaultApi({ requireAuth: true });
    const tokens: string[] = [];
    for (let i = 0; i < 2; i++) {
      const r = LoginResponse.parse((await api.login(PAUL.email, PAUL.password)).body);
      assert.ok(r.kind === 'signed-in');
      tokens.push(r.session.token);
    }
    await api.call('POST', 'vault/logout', undefined, { Authorization: `Bearer ${tokens[0]}` });
    assertProblem(
      await api.call('GET', 'vault/profile', undefined, { Authorization: `Bearer ${tokens[0]}` }),
      401,
      '/problems/session-required',
    );
    assert.equal((await api.call('GET', 'vault/profile', undefined, { Authorization: `Bearer ${tokens[1]}` })).status, 200);
  });

  it('with requireAuth, a logout without a bearer token is refused 401', async () => {
    const api = vaultApi({ requireAuth: true });
    assertProblem(await api.call('POST', 'vault/logout'), 401, '/problems/unauthorized');
  });
});

describe('X-MOCK VA-PROFILE and VA-DOCS', () => {
  it('VA-DOCS the documents: « Bulletins de paie » and others, payslips with real PDFs served as application/pdf starting with %PDF-', async () => {
    const api = vaultApi();
    await api.signIn();
    const { folders, documents } = DocumentsResponse.parse((await api.call('GET', 'vault/documents')).body);
    assert.equal(sortFolders(folders)[0]!.name, 'Bulletins de paie');
    const payslip = documents.find((d) => d.folderId === 'bulletins' && !d.archived)!;
    assert.match(payslip.title, /^Bulletin de paie — [a-zéû]+ \d{4}$/);
    const pdf = await api.call('GET', payslip.pdfUrl);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.type, 'application/pdf');
    assert.equal(new TextDecoder().decode(pdf.bytes!.slice(0, 5)), '%PDF-');
    assert.equal(pdf.bytes!.length, payslip.sizeBytes);
    assert.equal(pdf.headers.get('Content-Length'), String(payslip.sizeBytes));
    assert.match(pdf.headers.get('Content-Disposition') ?? '', /^inline; filename="bulletin-de-paie-[a-z]+-\d{4}\.pdf"$/);
    assertProblem(await api.call('GET', 'vault/documents/nope/pdf'), 404, '/problems/not-found');
  });

  it('VA-DOCS archive, restore and move, through core; unknown folder → 404', async () => {
    const api = vaultApi();
    await api.signIn();
    const { documents } = DocumentsResponse.parse((await api.call('GET', 'vault/documents')).body);
    const d = documents.find((x) => !x.archived)!;
    assert.equal(((await api.call('POST', `vault/documents/${d.id}/archive`)).body as { archived: boolean }).archived, true);
    assert.equal(((await api.call('POST', `vault/documents/${d.id}/restore`)).body as { archived: boolean }).archived, false);
    assert.equal(
      ((await api.call('POST', `vault/documents/${d.id}/move`, { folderId: 'personnel' })).body as { folderId: string }).folderId,
      'personnel',
    );
    assertProblem(await api.call('POST', `vault/documents/${d.id}/move`, { folderId: 'nowhere' }), 404, '/problems/not-found');
    const after = DocumentsResponse.parse((await api.call('GET', 'vault/documents')).body);
    assert.equal(after.documents.find((x) => x.id === d.id)!.folderId, 'personnel');
  });

  it('VA-PROFILE with the session of a login: that account; e-mail change (core’s checks); password change needs the current one', async () => {
    const api = vaultApi({ requireAuth: true });
    assertProblem(await api.call('GET', 'vault/profile'), 401, '/problems/unauthorized');
    assertProblem(
      await api.call('GET', 'vault/profile', undefined, { Authorization: 'Bearer host-token' }),
      401,
      '/problems/session-required',
    );
    const signed = LoginResponse.parse((await api.login(PAUL.identifier, PAUL.password)).body);
    assert.ok(signed.kind === 'signed-in');
    const auth = { Authorization: `Bearer ${signed.session.token}` };
    const profile = VaultProfile.parse((await api.call('GET', 'vault/profile', undefined, auth)).body);
    assert.equal(profile.identifier, PAUL.identifier);
    assert.equal(profile.mobilePhone, '06 •• •• •• 32');
    const same = await api.call(
      'POST',
      'vault/profile/email',
      { email: PAUL.email, emailConfirmation: PAUL.email, currentPassword: PAUL.password },
      auth,
    );
    assert.deepEqual((same.body as { errors: unknown }).errors, [{ field: 'email', issue: 'same-email' }]);
    const asked = VaultProfile.parse(
      (
        await api.call(
          'POST',
          'vault/profile/email',
          { email: 'Paul.Dupont@nouveau.fr', emailConfirmation: 'paul.dupont@nouveau.fr', currentPassword: PAUL.password },
          auth,
        )
      ).body,
    );
    assert.equal(asked.email, PAUL.email, 'unchanged until the link is followed');
    assert.equal(asked.pendingEmail, 'paul.dupont@nouveau.fr');
    const link = api.mock.vault.outbox().findLast((m) => m.kind === 'email-confirmation-link')!;
    assert.equal((await api.call('POST', 'vault/email-confirmation', { token: (link as { token: string }).token })).status, 200);
    assertProblem(
      await api.call('POST', 'vault/profile/password', { currentPassword: 'wrong', newPassword: 'Une phrase assez longue' }, auth),
      422,
      '/problems/invalid-current-password',
    );
    assert.equal(
      (await api.call('POST', 'vault/profile/password', { currentPassword: PAUL.password, newPassword: 'Une phrase assez longue' }, auth))
        .status,
      204,
    );
    assert.equal((await api.login('paul.dupont@nouveau.fr', 'Une phrase assez longue')).status, 200);
    // The session expires after 30 minutes.
    api.now = T0 + 30 * MIN;
    assertProblem(await api.call('GET', 'vault/profile', undefined, auth), 401, '/problems/session-required');
  });

  it('X-MOCK without a vault session the private routes answer 401, requireAuth or not: never a default account', async () => {
    for (const requireAuth of [true, false]) {
      const api = vaultApi({ requireAuth });
      for (const path of ['vault/profile', 'vault/documents', 'vault/documents/bulletin-2026-02/pdf']) {
        assert.equal((await api.call('GET', path)).status, 401, `${path} (requireAuth: ${requireAuth})`);
        assertProblem(await api.call('GET', path, undefined, { Authorization: 'Bearer host-token' }), 401, '/problems/session-required');
      }
      assertProblem(
        await api.call('GET', 'vault/profile', undefined, { Authorization: 'Bearer vs_expired' }),
        401,
        '/problems/session-required',
      );
    }
  });
});

describe('X-MOCK VA-PROFILE e-mail change: the current password and a confirmation link (X-SEC)', () => {
  /** Paul signed in (requireAuth on); his session's Authorization header. */
  async function paulSignedIn() {
    const api = vaultApi({ requireAuth: true });
    const r = LoginResponse.parse((await api.login(PAUL.identifier, PAUL.password)).body);
    assert.ok(r.kind === 'signed-in');
    return { api, auth: { Authorization: `Bearer ${r.session.token}` } };
  }
  const NEW = 'paul.dupont@nouveau.fr';
  const ask = (api: ReturnType<typeof vaultApi>, auth: Record<string, string>, currentPassword: string, email = NEW) =>
    api.call('POST', 'vault/profile/email', { email, emailConfirmation: email, currentPassword }, auth);
  const lastLink = (api: ReturnType<typeof vaultApi>) =>
    api.mock.vault.outbox().findLast((m) => m.kind === 'email-confirmation-link') as { token: string; to: string } | undefined;

  it('the current password is required: without it 422 validation (currentPassword required)', async () => {
    const { api, auth } = await paulSignedIn();
    const r = await api.call('POST', 'vault/profile/email', { email: NEW, emailConfirmation: NEW }, auth);
    assertProblem(r, 422, '/problems/validation');
    assert.deepEqual((r.body as { errors: unknown }).errors, [{ field: 'currentPassword', issue: 'required' }]);
    assert.equal(lastLink(api), undefined);
  });

  it('a wrong current password: 422 invalid-current-password, nothing sent, and it counts toward the account’s lock (2 here + 1 login → locked)', async () => {
    const { api, auth } = await paulSignedIn();
    assertProblem(await ask(api, auth, 'wrong-1'), 422, '/problems/invalid-current-password');
    assertProblem(await ask(api, auth, 'wrong-2'), 422, '/problems/invalid-current-password');
    assert.equal(lastLink(api), undefined);
    assertProblem(await api.login(PAUL.email, 'wrong-3'), 423, '/problems/locked');
    // The lock covers the profile too: even the right password is refused as locked, until the same instant.
    const locked = await ask(api, auth, PAUL.password);
    assertProblem(locked, 423, '/problems/locked');
    assert.equal((locked.body as { lockedUntil: string }).lockedUntil, new Date(api.now + LOCK_DURATION_MS).toISOString());
  });

  it('the third wrong current password in a row locks the account by itself (423 on the profile, then on the login)', async () => {
    const { api, auth } = await paulSignedIn();
    await ask(api, auth, 'x');
    await ask(api, auth, 'y');
    assertProblem(await ask(api, auth, 'z'), 423, '/problems/locked');
    assertProblem(await api.login(PAUL.identifier, PAUL.password), 423, '/problems/locked');
  });

  it('the right password: the profile shows the change as pending; a link goes to the new address, a notice to the current one; the old e-mail stays the login', async () => {
    const { api, auth } = await paulSignedIn();
    const profile = VaultProfile.parse((await ask(api, auth, PAUL.password)).body);
    assert.equal(profile.email, PAUL.email);
    assert.equal(profile.pendingEmail, NEW);
    assert.equal(profile.pendingEmailExpiresAt, new Date(api.now + 24 * 60 * MIN).toISOString());
    const link = lastLink(api)!;
    assert.equal(link.to, NEW);
    const notice = api.mock.vault.outbox().findLast((m) => m.kind === 'email-change-notice') as { to: string; newEmail: string };
    assert.equal(notice.to, PAUL.email);
    assert.doesNotMatch(JSON.stringify(notice), new RegExp(link.token));
    assertProblem(await api.login(NEW, PAUL.password), 401, '/problems/invalid-credentials');
    assert.equal((await api.login(PAUL.email, PAUL.password)).status, 200);
    assert.equal(VaultProfile.parse((await api.call('GET', 'vault/profile', undefined, auth)).body).pendingEmail, NEW);
  });

  it('following the link (public route): the new e-mail is the login, the old one no longer; the link then answers used', async () => {
    const { api, auth } = await paulSignedIn();
    await ask(api, auth, PAUL.password);
    const { token } = lastLink(api)!;
    const done = await api.call('POST', 'vault/email-confirmation', { token });
    assert.equal(done.status, 200);
    assert.deepEqual(done.body, { email: NEW });
    const profile = VaultProfile.parse((await api.call('GET', 'vault/profile', undefined, auth)).body);
    assert.equal(profile.email, NEW);
    assert.equal(profile.pendingEmail, undefined);
    assert.equal((await api.login(NEW, PAUL.password)).status, 200);
    assertProblem(await api.login(PAUL.email, PAUL.password), 401, '/problems/invalid-credentials');
    assertProblem(await api.call('POST', 'vault/email-confirmation', { token }), 410, '/problems/token-used');
    assertProblem(await api.call('POST', 'vault/email-confirmation', { token: 'eml_nope' }), 404, '/problems/token-unknown');
  });

  it('the link ends at exactly +24 h (−1 ms confirms, +0 expired), and a newer request replaces an older link', async () => {
    const { api, auth } = await paulSignedIn();
    await ask(api, auth, PAUL.password);
    const first = lastLink(api)!.token;
    await ask(api, auth, PAUL.password, 'paul@autre.fr');
    const second = lastLink(api)!.token;
    assertProblem(await api.call('POST', 'vault/email-confirmation', { token: first }), 410, '/problems/token-expired');
    api.now = T0 + 24 * 60 * MIN;
    assertProblem(await api.call('POST', 'vault/email-confirmation', { token: second }), 410, '/problems/token-expired');
    api.now = T0 + 24 * 60 * MIN - 1;
    assert.equal((await api.call('POST', 'vault/email-confirmation', { token: second })).status, 200);
  });

  it('no enumeration: another vault’s address gets the very same answer; its owner, following the link, is told it is unavailable', async () => {
    const { api, auth } = await paulSignedIn();
    const taken = await ask(api, auth, PAUL.password, 'camille.martin@example.fr');
    const free = await ask(api, auth, PAUL.password, 'quelquun@example.fr');
    assert.equal(taken.status, free.status);
    assert.deepEqual(Object.keys(taken.body as object).sort(), Object.keys(free.body as object).sort());
    const links = api.mock.vault.outbox().filter((m) => m.kind === 'email-confirmation-link') as { token: string; to: string }[];
    const toCamille = links.find((l) => l.to === 'camille.martin@example.fr')!;
    // (A newer request replaced it; ask again for Camille's address to follow a live link.)
    await ask(api, auth, PAUL.password, 'camille.martin@example.fr');
    assert.notEqual(lastLink(api)!.token, toCamille.token);
    assertProblem(await api.call('POST', 'vault/email-confirmation', { token: lastLink(api)!.token }), 422, '/problems/email-unavailable');
    assert.equal(VaultProfile.parse((await api.call('GET', 'vault/profile', undefined, auth)).body).email, PAUL.email);
  });

  it('the demo links: Camille’s pending change confirms; Lucas’s expired; Paul’s used; all expired under vault:expired-link', async () => {
    const api = vaultApi();
    assertProblem(
      await api.call('POST', 'vault/email-confirmation', { token: DEMO_TOKENS.emailConfirmationExpired }),
      410,
      '/problems/token-expired',
    );
    assertProblem(
      await api.call('POST', 'vault/email-confirmation', { token: DEMO_TOKENS.emailConfirmationUsed }),
      410,
      '/problems/token-used',
    );
    assert.deepEqual((await api.call('POST', 'vault/email-confirmation', { token: DEMO_TOKENS.emailConfirmation })).body, {
      email: DEMO_PENDING_EMAIL,
    });
    assertProblem(
      await api.call(
        'POST',
        'vault/email-confirmation',
        { token: DEMO_TOKENS.emailConfirmation },
        { [SCENARIO_HEADER]: 'vault:expired-link' },
      ),
      410,
      '/problems/token-expired',
    );
  });
});

describe('X-MOCK VA-PROFILE password change: the current password counts toward the account’s lock (X-SEC)', () => {
  async function paulSignedIn() {
    const api = vaultApi({ requireAuth: true });
    const r = LoginResponse.parse((await api.login(PAUL.identifier, PAUL.password)).body);
    assert.ok(r.kind === 'signed-in');
    return { api, auth: { Authorization: `Bearer ${r.session.token}` } };
  }
  const change = (api: ReturnType<typeof vaultApi>, auth: Record<string, string>, currentPassword: string) =>
    api.call('POST', 'vault/profile/password', { currentPassword, newPassword: 'Une phrase assez longue' }, auth);

  it('two wrong current passwords here + one wrong login → locked; then even the right one is refused as locked, and nothing changed', async () => {
    const { api, auth } = await paulSignedIn();
    assertProblem(await change(api, auth, 'wrong-1'), 422, '/problems/invalid-current-password');
    assertProblem(await change(api, auth, 'wrong-2'), 422, '/problems/invalid-current-password');
    assertProblem(await api.login(PAUL.email, 'wrong-3'), 423, '/problems/locked');
    const locked = await change(api, auth, PAUL.password);
    assertProblem(locked, 423, '/problems/locked');
    assert.equal((locked.body as { lockedUntil: string }).lockedUntil, new Date(api.now + LOCK_DURATION_MS).toISOString());
    api.now += LOCK_DURATION_MS;
    assert.equal((await api.login(PAUL.identifier, 'Une phrase assez longue')).status, 401, 'the password did not change');
  });

  it('the third wrong current password in a row locks the account by itself; a right one before that resets the count', async () => {
    const { api, auth } = await paulSignedIn();
    await change(api, auth, 'x');
    await change(api, auth, 'y');
    assertProblem(await change(api, auth, 'z'), 423, '/problems/locked');
    assertProblem(await api.login(PAUL.identifier, PAUL.password), 423, '/problems/locked');
    const again = await paulSignedIn();
    await change(again.api, again.auth, 'x');
    await change(again.api, again.auth, 'y');
    assert.equal((await change(again.api, again.auth, PAUL.password)).status, 204);
  });
});

describe('X-MOCK VA-PAPER', () => {
  it('VA-PAPER identifier + password + employer + consent → draft → confirmation (printable), replayed for the same Idempotency-Key', async () => {
    const api = vaultApi();
    const draft = PaperRequestDraft.parse(
      (
        await api.call('POST', 'vault/paper-requests', {
          identifier: PAUL.email,
          password: PAUL.password,
          employer: ' Boulangeries Martin SAS ',
          dataPolicyAccepted: true,
        })
      ).body,
    );
    assert.equal(draft.firstName, 'Paul');
    assert.equal(draft.employer, 'Boulangeries Martin SAS');
    const first = await api.call('POST', 'vault/paper-requests/confirm', { draftId: draft.draftId }, { 'Idempotency-Key': 'k-1' });
    assert.equal(first.status, 201);
    const confirmation = PaperRequestConfirmation.parse(first.body);
    assert.match(confirmation.reference, /^PAP-2026-\d{6}$/);
    const again = await api.call('POST', 'vault/paper-requests/confirm', { draftId: draft.draftId }, { 'Idempotency-Key': 'k-1' });
    assert.deepEqual(again.body, first.body);
    await api.signIn();
    assert.equal(VaultProfile.parse((await api.call('GET', 'vault/profile')).body).paperless, false);
    const consent = await api.call('POST', 'vault/paper-requests', {
      identifier: PAUL.email,
      password: PAUL.password,
      employer: 'X',
      dataPolicyAccepted: false,
    });
    assert.deepEqual((consent.body as { errors: unknown }).errors, [{ field: 'dataPolicyAccepted', issue: 'consent-required' }]);
  });

  it('VA-PAPER a draft not confirmed within 15 minutes is over (410)', async () => {
    const api = vaultApi();
    const draft = PaperRequestDraft.parse(
      (
        await api.call('POST', 'vault/paper-requests', {
          identifier: PAUL.identifier,
          password: PAUL.password,
          employer: 'X',
          dataPolicyAccepted: true,
        })
      ).body,
    );
    api.now = T0 + 15 * MIN;
    assertProblem(await api.call('POST', 'vault/paper-requests/confirm', { draftId: draft.draftId }), 410, '/problems/challenge-expired');
  });
});

describe('X-MOCK VA scenarios', () => {
  it('X-MOCK vault:locked — the demo identifiers are locked with about 90 minutes left, right password or not', async () => {
    const api = vaultApi({ scenario: 'vault:locked' });
    for (const id of [PAUL.identifier, PAUL.email]) {
      const r = await api.login(id, PAUL.password);
      assertProblem(r, 423, '/problems/locked');
      assert.equal(Date.parse((r.body as { lockedUntil: string }).lockedUntil), T0 + 90 * MIN);
    }
    assert.equal((await api.login('234567890123', 'Coffre-fort-2026')).status, 200, 'other accounts are not locked');
    api.now = T0 + 90 * MIN;
    assert.equal((await api.login(PAUL.identifier, PAUL.password)).status, 200);
  });

  it('X-MOCK vault:second-factor — the demo account asks for the SMS code; vault:must-change-password — for a new password', async () => {
    const tfa = LoginResponse.parse((await vaultApi({ scenario: 'vault:second-factor' }).login(PAUL.identifier, PAUL.password)).body);
    assert.ok(tfa.kind === 'second-factor' && tfa.channel === 'sms' && tfa.destination === '06 •• •• •• 32');
    const temp = LoginResponse.parse(
      (await vaultApi({ scenario: 'vault:must-change-password' }).login(PAUL.identifier, PAUL.password)).body,
    );
    assert.equal(temp.kind, 'must-change-password');
  });

  it('X-MOCK vault:empty-documents — the folders are there, no document yet; vault:expired-link — the demo links have expired', async () => {
    const emptyApi = vaultApi({ scenario: 'vault:empty-documents' });
    await emptyApi.signIn();
    const empty = DocumentsResponse.parse((await emptyApi.call('GET', 'vault/documents')).body);
    assert.equal(empty.folders.length, 3);
    assert.deepEqual(empty.documents, []);
    const api = vaultApi({ scenario: 'vault:expired-link' });
    assert.equal(
      ((await api.call('POST', 'vault/activation/status', { token: DEMO_TOKENS.activation })).body as { status: string }).status,
      'expired',
    );
    assert.deepEqual((await api.call('POST', 'vault/password-reset/status', { token: DEMO_TOKENS.reset })).body, { status: 'expired' });
  });

  it('X-MOCK a scenario concerns one service: invoices keep their default data under vault:*, the vault its default under invoices:* and any:slow', async () => {
    const api = vaultApi({ scenario: 'vault:locked', slowMs: 1 });
    assert.equal(
      ((await api.call('GET', 'safety-register/access', undefined, { Authorization: 'Bearer host-token' })).body as { level: string })
        .level,
      'overdue',
    );
    api.mock.setScenario('invoices:warning');
    assert.equal((await api.login(PAUL.identifier, PAUL.password)).status, 200);
    assert.equal(
      (await api.login(PAUL.identifier, PAUL.password, { [SCENARIO_HEADER]: 'vault:locked' })).status,
      423,
      'a per-request scenario keeps its own vault',
    );
    assert.equal((await api.login(PAUL.identifier, PAUL.password, { [SCENARIO_HEADER]: 'any:slow' })).status, 200);
  });

  it('X-MOCK switching to a vault scenario starts it afresh, and leaves the invoices alone', async () => {
    const api = vaultApi({ scenario: 'vault:default' });
    for (let i = 0; i < 3; i++) await api.login(PAUL.identifier, 'wrong');
    assert.ok(api.mock.vault.lockedUntil(PAUL.identifier));
    api.mock.setScenario('invoices:suspended');
    assert.ok(api.mock.vault.lockedUntil(PAUL.identifier), 'an invoice scenario does not reset the vault');
    api.mock.setScenario('vault:default');
    assert.equal(api.mock.vault.lockedUntil(PAUL.identifier), undefined, 'choosing vault:default again starts it afresh');
  });

  it('X-MOCK any:error-500 and any:malformed apply to the vault routes too; the PDF route is then not a PDF', async () => {
    const api = vaultApi({ scenario: 'any:error-500' });
    const token = { Authorization: 'Bearer vs_any' };
    assertProblem(await api.login(PAUL.identifier, PAUL.password), 500, '/problems/internal-error');
    assertProblem(await api.call('GET', 'vault/documents', undefined, token), 500, '/problems/internal-error');
    api.mock.setScenario('any:malformed');
    const login = await api.login(PAUL.identifier, PAUL.password);
    assert.equal(login.status, 200);
    assert.equal(LoginResponse.safeParse(login.body).success, false);
    assert.equal(DocumentsResponse.safeParse((await api.call('GET', 'vault/documents', undefined, token)).body).success, false);
    assert.notEqual((await api.call('GET', 'vault/documents/bulletin-2026-02/pdf', undefined, token)).type, 'application/pdf');
  });

  it('X-MOCK requireAuth (the default) does not guard the public vault routes (login, reset, activation, e-mail confirmation, paper)', async () => {
    const api = vaultApi();
    assertProblem(await api.call('POST', 'vault/email-confirmation', { token: 'eml_nope' }), 404, '/problems/token-unknown');
    assert.equal((await api.login(PAUL.identifier, PAUL.password)).status, 200);
    assert.equal((await api.call('POST', 'vault/password-reset/request', { identifier: 'x', email: 'x@example.fr' })).status, 202);
    assert.equal((await api.call('POST', 'vault/activation/status', { token: DEMO_TOKENS.activation })).status, 200);
    assertProblem(await api.call('GET', 'vault/documents'), 401, '/problems/unauthorized');
  });
});
