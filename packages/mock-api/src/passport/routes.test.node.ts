/**
 * X-MOCK PP — the passport routes in-process (as the browser worker resolves them), called through
 * core's own client and calls (`@vigie/core/passport`), so every answer is checked against the
 * contract's schemas: every route's happy path and its refusals, sessions, versions, the same
 * answers for known and unknown e-mails, PP-BLOCK end to end, the scenarios.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import { createClient, isApiError, parseInstant, ProblemDetails, type ApiError, type VigieClient } from '@vigie/core';
import { openApiDocument } from '@vigie/core/openapi';
import {
  changeCompanyPassword,
  changeEmployeesEmailDomain,
  changePassportTemporaryPassword,
  createEmployee,
  deleteEmployee,
  dissociateSpaces,
  employeePages,
  getCompany,
  getEmployee,
  getEmployeePassport,
  getSpaces,
  handOverCompany,
  linkSpaces,
  listEmployees,
  passportLogin,
  passportLogout,
  passportProblemOf,
  passportView,
  PassportValidationProblem,
  PassportSpacesRefusedProblem,
  PassportTooManyAttemptsProblem,
  getPassportResetLinkStatus,
  previewEmailDomainChange,
  registerCompany,
  requestPassportPasswordReset,
  resetPassportPassword,
  SNBPE_COMMON_MODULES,
  switchSpace,
  unblockEmployee,
  updateCompany,
  updateEmployee,
  versionTag,
  type EmployeeCreateRequest,
  type PassportSession,
  type RegistrationRequest,
} from '@vigie/core/passport';
import { createHandlers, SCENARIO_HEADER, type HandlerOptions } from '../handlers.js';
import { passportModuleFailuresPath } from './routes.js';
import {
  PASSPORT_DEMO_COMPANY,
  PASSPORT_DEMO_LOGIN,
  PASSPORT_DEMO_RESET_TOKENS,
  PASSPORT_DEMO_ROSTER_SIZE,
  PASSPORT_DEMO_SESSION_TOKEN,
  PASSPORT_HANDOVER_LOGIN,
  PASSPORT_TEST_CAPTCHA_TOKEN,
  PASSPORT_UNREGISTERED,
} from './store.js';

const API = 'http://localhost/api';
const T0 = parseInstant('2026-11-22T09:00:00+01:00');
const MIN = 60_000;

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/** The mock with a clock the test moves, raw calls, and core's client over the same handlers. */
function passportApi(options: HandlerOptions = {}) {
  let now = T0;
  const mock = createHandlers({ now: () => now, ...options });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    return (await getResponse(mock.handlers, request)) ?? new Response('no route', { status: 599 });
  };
  const client = (headers: Record<string, string> = {}): VigieClient =>
    createClient({ baseUrl: API, fetch: fetch as typeof globalThis.fetch, retry: { limit: 0 }, headers });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const init: RequestInit = { method, headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers } };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const response = await getResponse(mock.handlers, new Request(`${API}/${path}`, init));
    assert.ok(response, `no handler for ${method} ${path}`);
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };
  const signIn = async (
    c = client(),
    email: string = PASSPORT_DEMO_LOGIN.email,
    password: string = PASSPORT_DEMO_LOGIN.password,
  ): Promise<PassportSession> => {
    const r = await passportLogin(c, email, password);
    assert.equal(r.kind, 'signed-in');
    return (r as { session: PassportSession }).session;
  };
  return {
    mock,
    client,
    call,
    signIn,
    advance: (ms: number) => (now += ms),
  };
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

function assertProblem(r: Answer, status: number, slug: string): Record<string, unknown> {
  assert.equal(r.status, status, JSON.stringify(r.body));
  assert.equal(r.headers.get('Content-Type'), 'application/problem+json');
  const p = ProblemDetails.parse(r.body);
  assert.equal(p.type, `/problems/${slug}`);
  assert.equal(p.status, status);
  return r.body as Record<string, unknown>;
}

/** The failure's problem body (http or conflict kinds). */
const problemOf = (e: ApiError) => ('problem' in e.failure ? (e.failure.problem as Record<string, unknown>) : undefined);

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const headerList = (h: Headers) => [...h.entries()].sort();

const registration = (overrides: Partial<RegistrationRequest> = {}): RegistrationRequest => ({
  identification: { kind: 'siret', siret: PASSPORT_UNREGISTERED.siret },
  companyName: 'Carrières du Jura',
  regions: ['27'],
  referent: { lastName: 'VIDAL', firstName: 'Agnès', email: 'agnes.vidal@carrieres-jura.fr' },
  password: 'Jura-Carrieres-2026',
  antiRobotToken: PASSPORT_TEST_CAPTCHA_TOKEN,
  ...overrides,
});

const enrolment = (overrides: Partial<EmployeeCreateRequest> = {}): EmployeeCreateRequest => ({
  firstName: 'Zoé',
  lastName: 'NOËL',
  email: 'zoe.noel@granulats-dupont.fr',
  answers: { intervenesTechnically: true, leadsAwarenessSessions: false, checksPassports: false },
  snbpe: null,
  ...overrides,
});

const EDIT = {
  firstName: 'Hélène',
  lastName: 'LEFÈVRE-ROY',
  email: 'helene.lefevre@granulats-dupont.fr',
  answers: { intervenesTechnically: true, leadsAwarenessSessions: false, checksPassports: true },
};

/** Every private route of the contract, as a raw call (method, path, body). */
const PRIVATE_ROUTES: readonly [string, string, unknown?][] = [
  ['GET', 'passport/company'],
  ['PUT', 'passport/company', { companyName: 'X', regions: ['11'], referent: { lastName: 'A', firstName: 'B' } }],
  ['POST', 'passport/company/password', { password: 'Nouveau-Passeport-2027' }],
  ['POST', 'passport/company/handover', { referent: { lastName: 'A', firstName: 'B' }, email: 'a@b.fr', password: { mode: 'keep' } }],
  ['GET', 'passport/company/email-domain?from=a.fr&to=b.fr'],
  ['POST', 'passport/company/email-domain', { fromDomain: 'a.fr', toDomain: 'b.fr' }],
  ['GET', 'passport/spaces'],
  ['POST', 'passport/spaces/link'],
  ['POST', 'passport/spaces/dissociate', { userLogin: 'a@b.fr', password: 'Nouveau-Passeport-2027' }],
  ['POST', 'passport/spaces/switch', { to: 'user' }],
  ['GET', 'passport/employees'],
  ['POST', 'passport/employees', enrolment()],
  ['GET', 'passport/employees/emp-000001'],
  ['PUT', 'passport/employees/emp-000001', EDIT],
  ['DELETE', 'passport/employees/emp-000001'],
  ['POST', 'passport/employees/emp-000003/unblock'],
  ['GET', 'passport/employees/emp-000003/passport'],
  ['POST', passportModuleFailuresPath('emp-000001'), { moduleId: 'blasting' }],
];

describe('X-MOCK PP routes: the contract', () => {
  it('serves every passport operation of the OpenAPI document', async () => {
    const { call } = passportApi();
    const paths = Object.entries(openApiDocument().paths as Record<string, Record<string, unknown>>).filter(([path]) =>
      path.startsWith('/passport/'),
    );
    assert.ok(paths.length >= 13);
    for (const [path, operations] of paths) {
      for (const method of Object.keys(operations)) {
        // `call` fails when no handler answers; a private route answers 401 without a session.
        const r = await call(
          method.toUpperCase(),
          path.slice(1).replace('{id}', 'emp-000001'),
          method === 'get' || method === 'delete' ? undefined : {},
        );
        assert.ok([201, 204, 401, 422].includes(r.status), `${method} ${path}: ${r.status}`);
      }
    }
  });

  it('private routes need a passport session: 401 session-required without one, with an unknown or expired one, requireAuth or not', async () => {
    // (Without the bearer check the mock requires by default, to reach the session check itself.)
    const { call, signIn, advance } = passportApi({ requireAuth: false });
    const session = await signIn();
    advance(31 * MIN);
    for (const auth of [{}, bearer('made-up'), bearer(session.token)]) {
      for (const [method, path, body] of PRIVATE_ROUTES) {
        const r = await call(method, path, body, auth);
        assertProblem(r, 401, 'session-required');
        assert.equal(r.headers.get('WWW-Authenticate'), 'Bearer', `${method} ${path}`);
      }
    }
    // The demo's always-open session answers.
    assert.equal((await call('GET', 'passport/company', undefined, bearer(PASSPORT_DEMO_SESSION_TOKEN))).status, 200);
  });

  it('with requireAuth, the public routes still answer without a token; the private ones with a session', async () => {
    const { call, client } = passportApi({ requireAuth: true });
    assert.equal((await call('POST', 'passport/login', PASSPORT_DEMO_LOGIN)).status, 200);
    assert.equal((await call('POST', 'passport/password-reset/request', { email: 'x@y.fr' })).status, 202);
    assert.equal((await call('POST', 'passport/companies', registration())).status, 201);
    assertProblem(await call('GET', 'passport/company'), 401, 'unauthorized');
    assertProblem(await call('GET', 'passport/company', undefined, bearer('any-host-token')), 401, 'session-required');
    assert.equal((await getCompany(client(), { session: PASSPORT_DEMO_SESSION_TOKEN })).companyName, PASSPORT_DEMO_COMPANY.companyName);
  });

  it('answers 400 to a body that is not a JSON object', async () => {
    const { call } = passportApi();
    assertProblem(await call('POST', 'passport/login', '{oops', { 'Content-Type': 'application/json' }), 400, 'bad-request');
    assertProblem(await call('POST', 'passport/login', '[1]', { 'Content-Type': 'application/json' }), 400, 'bad-request');
  });
});

describe('X-MOCK PP-LOGIN routes', () => {
  it('signs in with the demo login (case and spaces aside); a wrong password and an unknown e-mail get the very same 401', async () => {
    const { call, client } = passportApi();
    const r = await passportLogin(client(), '  Baptiste.MARTIN@granulats-dupont.fr ', PASSPORT_DEMO_LOGIN.password);
    assert.ok(r.kind === 'signed-in');
    assert.deepEqual(
      { ...r.session, token: 'x' },
      {
        token: 'x',
        expiresAt: new Date(T0 + 30 * MIN).toISOString(),
        companyName: 'Granulats Dupont SARL',
        referent: { lastName: 'MARTIN', firstName: 'Baptiste' },
        space: 'company',
      },
    );

    const wrong = await call('POST', 'passport/login', { email: PASSPORT_DEMO_LOGIN.email, password: 'Passeport-2025!' });
    const unknown = await call('POST', 'passport/login', { email: 'personne@granulats-dupont.fr', password: 'Passeport-2025!' });
    assertProblem(wrong, 401, 'invalid-credentials');
    assert.deepEqual(unknown.body, wrong.body);
    assert.deepEqual(headerList(unknown.headers), headerList(wrong.headers));
    assert.equal(passportProblemOf(await rejection(passportLogin(client(), 'x@y.fr', 'z'))), 'invalidCredentials');

    const missing = assertProblem(await call('POST', 'passport/login', { email: '' }), 422, 'validation');
    assert.deepEqual(PassportValidationProblem.parse(missing).errors, [
      { field: 'email', issue: 'required' },
      { field: 'password', issue: 'required' },
    ]);
  });

  it('forgotten password: the same 202 (status, body, headers) for a known and an unknown e-mail; an e-mail only for the known one', async () => {
    const { call, mock, client } = passportApi();
    const known = await call('POST', 'passport/password-reset/request', { email: PASSPORT_DEMO_LOGIN.email }, { 'Idempotency-Key': 'k1' });
    const unknown = await call('POST', 'passport/password-reset/request', { email: 'inconnu@example.fr' }, { 'Idempotency-Key': 'k2' });
    assert.equal(known.status, 202);
    assert.deepEqual(known.body, { status: 'accepted' });
    assert.equal(unknown.status, known.status);
    assert.deepEqual(unknown.body, known.body);
    assert.deepEqual(headerList(unknown.headers), headerList(known.headers));
    assert.deepEqual(
      mock.passport.outbox().map((m) => [m.kind, m.to]),
      [['password-reset-link', PASSPORT_DEMO_LOGIN.email]],
    );
    assert.deepEqual(await requestPassportPasswordReset(client(), 'autre@example.fr'), { status: 'accepted' });
    assert.equal(mock.passport.outbox().length, 1);
  });

  it('throttling (point 3): 4 failures → 401; the 5th and every attempt during the wait → 429 Retry-After, right password too; the same for an unknown e-mail', async () => {
    const { call, client, advance, mock } = passportApi();
    const attempt = (email: string, password = 'Mauvais-2026') => call('POST', 'passport/login', { email, password });
    const known: Answer[] = [];
    const unknown: Answer[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await attempt(PASSPORT_DEMO_LOGIN.email));
      unknown.push(await attempt('personne@granulats-dupont.fr'));
    }
    for (const r of [...known, ...unknown]) assertProblem(r, 401, 'invalid-credentials');
    const fifth = await attempt(PASSPORT_DEMO_LOGIN.email);
    const fifthUnknown = await attempt('personne@granulats-dupont.fr');
    const body = assertProblem(fifth, 429, 'too-many-attempts');
    assert.equal(fifth.headers.get('Retry-After'), '30');
    assert.equal(body.retryAfter, 30);
    assert.equal(PassportTooManyAttemptsProblem.parse(body).retryAfter, 30);
    assert.deepEqual(fifthUnknown.body, fifth.body);
    assert.deepEqual(headerList(fifthUnknown.headers), headerList(fifth.headers));
    // During the wait, the right password is not even checked; the wait is not lengthened.
    advance(10_000);
    const during = await attempt(PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password);
    assertProblem(during, 429, 'too-many-attempts');
    assert.equal(during.headers.get('Retry-After'), '20');
    assert.deepEqual((await attempt('personne@granulats-dupont.fr', PASSPORT_DEMO_LOGIN.password)).body, during.body);
    const e = await rejection(passportLogin(client(), PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password));
    assert.equal(passportProblemOf(e), 'tooManyAttempts');
    assert.equal(e.failure.kind, 'http');
    // Another e-mail is not held back.
    assertProblem(await attempt('claire.durand@granulats-dupont.fr'), 401, 'invalid-credentials');
    // The 6th failure, once the wait is over: a longer wait (1 min), for both alike.
    advance(20_000);
    const sixth = await attempt(PASSPORT_DEMO_LOGIN.email);
    const sixthUnknown = await attempt('personne@granulats-dupont.fr');
    assert.equal(sixth.headers.get('Retry-After'), '60');
    assert.deepEqual(sixthUnknown.body, sixth.body);
    // Past that wait, the right password signs in, and the count starts again.
    advance(60_000);
    assert.equal((await passportLogin(client(), PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password)).kind, 'signed-in');
    assertProblem(await attempt(PASSPORT_DEMO_LOGIN.email), 401, 'invalid-credentials');
    assert.equal(mock.passport.outbox().length, 0);
  });

  it('throttling (point 3): 30 wrong passwords in a row, then the right one, is refused (429) until the wait ends', async () => {
    const { call, advance } = passportApi();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push((await call('POST', 'passport/login', { email: PASSPORT_DEMO_LOGIN.email, password: `Essai-${i}-2026` })).status);
    assert.deepEqual(statuses, [401, 401, 401, 401, ...Array(26).fill(429)]);
    assert.equal((await call('POST', 'passport/login', PASSPORT_DEMO_LOGIN)).status, 429);
    advance(30_000);
    assert.equal((await call('POST', 'passport/login', PASSPORT_DEMO_LOGIN)).status, 200);
  });

  it('« Se déconnecter » (point 2): POST passport/session/logout ends the session on the server; the old token then gets 401; always 204', async () => {
    const { call, client, signIn } = passportApi();
    const session = await signIn();
    const other = await signIn();
    assert.equal((await getCompany(client(), { session })).companyName, PASSPORT_DEMO_COMPANY.companyName);
    const r = await call('POST', 'passport/session/logout', undefined, bearer(session.token));
    assert.equal(r.status, 204);
    assert.equal(r.body, undefined);
    for (const [method, path, body] of PRIVATE_ROUTES)
      assertProblem(await call(method, path, body, bearer(session.token)), 401, 'session-required');
    assert.equal(passportProblemOf(await rejection(getCompany(client(), { session }))), 'sessionRequired');
    // Only that session ended: another sign-in of the same company still works.
    assert.equal((await getCompany(client(), { session: other })).companyName, PASSPORT_DEMO_COMPANY.companyName);
    // Ending it again, an unknown token or none: the same 204 (nothing to learn).
    await passportLogout(client(), session);
    await passportLogout(client(), 'made-up');
    assert.equal((await call('POST', 'passport/session/logout')).status, 204);
    // The demo's session too (a fresh store brings it back).
    await passportLogout(client(), PASSPORT_DEMO_SESSION_TOKEN);
    assertProblem(await call('GET', 'passport/company', undefined, bearer(PASSPORT_DEMO_SESSION_TOKEN)), 401, 'session-required');
  });

  it('must-change-password after a handover: the temporary password opens the step; a new password signs in; the step is then over', async () => {
    const { client } = passportApi({ scenario: 'passport:must-change-password' });
    const c = client();
    const step = await passportLogin(c, PASSPORT_HANDOVER_LOGIN.email, PASSPORT_HANDOVER_LOGIN.password);
    assert.ok(step.kind === 'must-change-password');
    const short = await rejection(changePassportTemporaryPassword(c, step.challenge, 'court'));
    assert.equal(passportProblemOf(short), 'validation');
    assert.deepEqual(problemOf(short)!.errors, [{ field: 'password', issue: 'password-too-short' }]);
    const signed = await changePassportTemporaryPassword(c, step.challenge, 'Claire-Durand-2026');
    assert.ok(signed.kind === 'signed-in' && signed.session.referent.firstName === 'Claire');
    assert.equal(
      passportProblemOf(await rejection(changePassportTemporaryPassword(c, step.challenge, 'Claire-Durand-2027'))),
      'challengeExpired',
    );
    assert.equal((await passportLogin(c, PASSPORT_HANDOVER_LOGIN.email, 'Claire-Durand-2026')).kind, 'signed-in');
  });
});

describe('X-MOCK PP-REGISTER route', () => {
  it('creates a company with a valid SIRET (201) or VAT number; the login then works', async () => {
    const { client, mock } = passportApi();
    assert.deepEqual(await registerCompany(client(), registration()), { status: 'created', login: 'agnes.vidal@carrieres-jura.fr' });
    assert.equal((await passportLogin(client(), 'agnes.vidal@carrieres-jura.fr', 'Jura-Carrieres-2026')).kind, 'signed-in');
    const vat = registration({
      identification: { kind: 'vat', vat: 'DE123456789' },
      referent: { lastName: 'MÜLLER', firstName: 'Jan', email: 'jan.mueller@example.de' },
    });
    assert.equal((await registerCompany(client(), vat)).status, 'created');
    assert.deepEqual(
      mock.passport.outbox().map((m) => m.kind),
      ['registration-confirmation', 'registration-confirmation'],
    );
  });

  it('point 4: a registration with an e-mail that is already a login answers exactly like a new one (status, body, headers); its owner is e-mailed', async () => {
    const { call, mock } = passportApi();
    const fresh = await call('POST', 'passport/companies', registration(), { 'Idempotency-Key': 'r1' });
    const existing = await call(
      'POST',
      'passport/companies',
      registration({
        identification: { kind: 'vat', vat: PASSPORT_UNREGISTERED.vat },
        referent: { lastName: 'X', firstName: 'Y', email: 'AGNES.vidal@carrieres-jura.fr' },
      }),
      { 'Idempotency-Key': 'r2' },
    );
    const demo = await call(
      'POST',
      'passport/companies',
      registration({
        identification: { kind: 'siret', siret: '35600000000048' },
        referent: { lastName: 'X', firstName: 'Y', email: PASSPORT_DEMO_LOGIN.email },
      }),
      { 'Idempotency-Key': 'r3' },
    );
    assert.equal(fresh.status, 201);
    assert.deepEqual(fresh.body, { status: 'created', login: 'agnes.vidal@carrieres-jura.fr' });
    assert.equal(existing.status, fresh.status);
    assert.deepEqual(existing.body, fresh.body);
    assert.deepEqual(headerList(existing.headers), headerList(fresh.headers));
    assert.equal(demo.status, 201);
    assert.deepEqual(demo.body, { status: 'created', login: PASSPORT_DEMO_LOGIN.email });
    assert.deepEqual(
      mock.passport.outbox().map((m) => [m.kind, m.to]),
      [
        ['registration-confirmation', 'agnes.vidal@carrieres-jura.fr'],
        ['registration-attempt-existing-login', 'agnes.vidal@carrieres-jura.fr'],
        ['registration-attempt-existing-login', PASSPORT_DEMO_LOGIN.email],
      ],
    );
  });

  it('a registered SIRET gets a 409 company-exists that names nothing of the company', async () => {
    const { call } = passportApi();
    const r = await call(
      'POST',
      'passport/companies',
      registration({ identification: { kind: 'siret', siret: PASSPORT_DEMO_COMPANY.identification.siret } }),
    );
    const body = assertProblem(r, 409, 'company-exists');
    assert.deepEqual(Object.keys(body).sort(), ['detail', 'instance', 'status', 'title', 'type']);
    const text = JSON.stringify(body);
    for (const secret of ['Granulats', 'MARTIN', 'baptiste', '847']) assert.ok(!text.includes(secret), secret);
  });

  it("refuses a wrong anti-robot token (422 robot-check-failed), and invalid fields with the form's fields and issues", async () => {
    const { call, client } = passportApi();
    const robot = await rejection(registerCompany(client(), registration({ antiRobotToken: 'not-the-test-token' })));
    assert.equal(passportProblemOf(robot), 'robotCheckFailed');
    assert.equal(robot.failure.kind === 'http' && robot.failure.status, 422);

    const errorsOf = async (request: unknown) =>
      PassportValidationProblem.parse(assertProblem(await call('POST', 'passport/companies', request), 422, 'validation')).errors;
    assert.deepEqual(await errorsOf(registration({ identification: { kind: 'siret', siret: '84726915600019' } })), [
      { field: 'siret', issue: 'siret-checksum' },
    ]);
    assert.deepEqual(await errorsOf(registration({ identification: { kind: 'siret', siret: '847 269 156 00018' } })), [
      { field: 'siret', issue: 'siret-format' },
    ]);
    assert.deepEqual(await errorsOf(registration({ identification: { kind: 'vat', vat: 'FR00847269156' } })), [
      { field: 'vat', issue: 'vat-checksum' },
    ]);
    assert.deepEqual(await errorsOf(registration({ identification: { kind: 'vat', vat: 'US123456789' } })), [
      { field: 'vat', issue: 'vat-country' },
    ]);
    assert.deepEqual(
      await errorsOf({
        ...registration(),
        regions: ['11', '99'],
        referent: { lastName: '', firstName: 'B', email: 'pas-un-email' },
        password: 'court',
        companyName: ' ',
      }),
      [
        { field: 'regions', issue: 'invalid-region' },
        { field: 'referentLastName', issue: 'required' },
        { field: 'email', issue: 'invalid-email' },
        { field: 'password', issue: 'password-too-short' },
      ],
    );
    assert.deepEqual(await errorsOf({ ...registration(), companyName: ' ' }), [{ field: 'companyName', issue: 'required' }]);
  });
});

describe('X-MOCK PP-COMPANY routes', () => {
  it("reads the company (ETag) and updates it at its version; 428 without If-Match; an old version is a conflict for core's client", async () => {
    const { call, client, signIn } = passportApi();
    const c = client();
    const session = await signIn(c);
    const r = await call('GET', 'passport/company', undefined, bearer(session.token));
    assert.equal(r.headers.get('ETag'), '"1"');
    const info = await getCompany(c, { session });
    assert.deepEqual(info, { ...PASSPORT_DEMO_COMPANY, version: 1 });

    const request = {
      companyName: 'Granulats Dupont SAS',
      regions: ['84' as const],
      referent: { lastName: 'MARTIN', firstName: 'Baptiste' },
    };
    assertProblem(await call('PUT', 'passport/company', request, bearer(session.token)), 428, 'version-required');
    const updated = await updateCompany(c, request, info.version, { session });
    assert.deepEqual([updated.companyName, updated.regions, updated.version], ['Granulats Dupont SAS', ['84'], 2]);

    const stale = await rejection(updateCompany(c, { ...request, companyName: 'Autre nom' }, info.version, { session }));
    assert.equal(stale.failure.kind, 'conflict');
    assert.equal(stale.failure.kind === 'conflict' && stale.failure.status, 412);
    assert.equal(passportProblemOf(stale), 'versionMismatch');
    const garbage = await call(
      'PUT',
      'passport/company',
      { ...request, companyName: 'Autre nom' },
      { ...bearer(session.token), 'If-Match': 'deux' },
    );
    assert.equal(assertProblem(garbage, 412, 'version-mismatch') && garbage.headers.get('ETag'), '"2"');
    const invalid = await rejection(updateCompany(c, { ...request, regions: [] }, 2, { session }));
    assert.deepEqual(problemOf(invalid)!.errors, [{ field: 'regions', issue: 'required' }]);
  });

  it('changes the company password (204); the old one stops working', async () => {
    const { client, signIn } = passportApi();
    const c = client();
    const session = await signIn(c);
    assert.equal(await changeCompanyPassword(c, 'Nouveau-Passeport-2027', { session }), undefined);
    assert.equal(
      passportProblemOf(await rejection(passportLogin(c, PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password))),
      'invalidCredentials',
    );
    await signIn(c, PASSPORT_DEMO_LOGIN.email, 'Nouveau-Passeport-2027');
    assert.deepEqual(problemOf(await rejection(changeCompanyPassword(c, 'court', { session })))!.errors, [
      { field: 'password', issue: 'password-too-short' },
    ]);
  });

  it('hands over (If-Match, Idempotency-Key): refused while linked (409 spaces-refused dissociate-first), then done after dissociating', async () => {
    const { client, call, signIn, mock } = passportApi({ scenario: 'passport:linked-spaces' });
    const c = client();
    const session = await signIn(c);
    const request = {
      referent: { lastName: 'DURAND', firstName: 'Claire' },
      email: 'claire.durand@granulats-dupont.fr',
      password: { mode: 'reset' as const },
    };
    const linked = await rejection(handOverCompany(c, request, 1, { session }));
    assert.equal(linked.failure.kind, 'conflict');
    assert.equal(PassportSpacesRefusedProblem.parse(problemOf(linked)).reason, 'dissociate-first');
    assertProblem(await call('POST', 'passport/company/handover', request, bearer(session.token)), 428, 'version-required');

    await dissociateSpaces(c, { userLogin: 'b.martin@example.fr', password: 'Formateur-2026!' }, { session });
    const email = await rejection(handOverCompany(c, { ...request, email: 'b.martin@example.fr' }, 1, { session }));
    assert.equal(passportProblemOf(email), 'emailUnavailable');
    const info = await handOverCompany(c, request, 1, { session, idempotencyKey: 'handover-1' });
    assert.deepEqual(info.referent, { lastName: 'DURAND', firstName: 'Claire', email: 'claire.durand@granulats-dupont.fr' });
    assert.equal(info.version, 2);
    assert.deepEqual(await handOverCompany(c, request, 1, { session, idempotencyKey: 'handover-1' }), info, 'a retry replays the answer');
    assert.equal(mock.passport.outbox().filter((m) => m.kind === 'handover').length, 1);
    assert.deepEqual(await getSpaces(c, { session }), { linked: false, spaces: ['company'], active: 'company', canLink: false });
  });

  it('point 17: the handover is ONE request with the name and regions; all of it or nothing (a refused one changes nothing)', async () => {
    const { client, mock } = passportApi();
    const c = client();
    const session = PASSPORT_DEMO_SESSION_TOKEN;
    const request = {
      referent: { lastName: 'DURAND', firstName: 'Claire' },
      email: 'claire.durand@granulats-dupont.fr',
      password: { mode: 'keep' as const },
      companyName: 'Granulats Dupont SAS',
      regions: ['11', '27'] as ('11' | '27')[],
    };
    // Refused (the e-mail is a user account's login): nothing changed, not even the name.
    const refused = await rejection(handOverCompany(c, { ...request, email: 'b.martin@example.fr' }, 1, { session }));
    assert.equal(passportProblemOf(refused), 'emailUnavailable');
    assert.deepEqual(await getCompany(c, { session }), {
      ...PASSPORT_DEMO_COMPANY,
      referent: { ...PASSPORT_DEMO_COMPANY.referent },
      regions: [...PASSPORT_DEMO_COMPANY.regions],
      version: 1,
    });
    // A bad region: 422 on the form's field, nothing changed.
    const bad = await rejection(handOverCompany(c, { ...request, regions: [] as never[] }, 1, { session }));
    assert.deepEqual(PassportValidationProblem.parse(problemOf(bad)).errors, [{ field: 'regions', issue: 'required' }]);
    const info = await handOverCompany(c, request, 1, { session });
    assert.deepEqual(info, {
      identification: PASSPORT_DEMO_COMPANY.identification,
      companyName: 'Granulats Dupont SAS',
      regions: ['11', '27'],
      referent: { lastName: 'DURAND', firstName: 'Claire', email: 'claire.durand@granulats-dupont.fr' },
      version: 2,
    });
    assert.equal(mock.passport.company('granulats-dupont').version, 2);
  });

  it('point 11: a handover left to « Mon successeur réinitialisera le mot de passe » is completed by the e-mailed link: the successor signs in', async () => {
    const { client, call, signIn, mock, advance } = passportApi();
    const c = client();
    const session = await signIn(c);
    const successor = {
      referent: { lastName: 'DURAND', firstName: 'Claire' },
      email: 'claire.durand@granulats-dupont.fr',
      password: { mode: 'reset' as const },
    };
    await handOverCompany(c, successor, 1, { session });
    // Nobody can sign in now: the former password is gone and there is no new one yet.
    assert.equal(passportProblemOf(await rejection(passportLogin(c, successor.email, PASSPORT_DEMO_LOGIN.password))), 'invalidCredentials');
    // The successor asks for a link (« Mot de passe oublié ? ») and follows it.
    await requestPassportPasswordReset(c, successor.email);
    const mail = mock.passport.outbox().find((m) => m.kind === 'password-reset-link');
    assert.ok(mail && mail.kind === 'password-reset-link' && mail.to === successor.email);
    const status = await getPassportResetLinkStatus(c, mail.token);
    assert.deepEqual(status, { status: 'valid', expiresAt: new Date(T0 + 60 * MIN).toISOString() });
    // The policy of every new password (field `password`), then the new password.
    const short = await rejection(resetPassportPassword(c, mail.token, 'court'));
    assert.deepEqual(PassportValidationProblem.parse(problemOf(short)).errors, [{ field: 'password', issue: 'password-too-short' }]);
    await resetPassportPassword(c, mail.token, 'Claire-Durand-Relais-2026', { idempotencyKey: 'reset-1' });
    await resetPassportPassword(c, mail.token, 'Claire-Durand-Relais-2026', { idempotencyKey: 'reset-1' });
    const signed = await passportLogin(c, successor.email, 'Claire-Durand-Relais-2026');
    assert.ok(signed.kind === 'signed-in');
    assert.deepEqual(signed.session.referent, { lastName: 'DURAND', firstName: 'Claire' });
    assert.equal((await getCompany(c, { session: signed.session })).referent.email, successor.email);
    // Single use.
    assertProblem(await call('POST', 'passport/password-reset', { token: mail.token, password: 'Encore-un-autre-2026' }), 410, 'link-used');
    assertProblem(await call('POST', 'passport/password-reset/status', { token: mail.token }), 410, 'link-used');
    // Past its 60 minutes a link has expired (the minute before, it still works).
    await requestPassportPasswordReset(c, successor.email);
    const second = mock.passport
      .outbox()
      .filter((m) => m.kind === 'password-reset-link')
      .at(-1)!;
    assert.ok(second.kind === 'password-reset-link');
    advance(60 * MIN - 1);
    assert.equal((await getPassportResetLinkStatus(c, second.token)).status, 'valid');
    advance(1);
    assert.equal(passportProblemOf(await rejection(getPassportResetLinkStatus(c, second.token))), 'linkExpired');
    assert.equal(passportProblemOf(await rejection(resetPassportPassword(c, second.token, 'Claire-Durand-2027'))), 'linkExpired');
    assertProblem(
      await call('POST', 'passport/password-reset', { token: 'ppr_invente', password: 'Claire-Durand-2027' }),
      404,
      'link-unknown',
    );
    assert.equal(passportProblemOf(await rejection(getPassportResetLinkStatus(c, 'ppr_invente'))), 'linkUnknown');
  });

  it('point 11: the demo reset links (valid, expired, used); a link stops working once the login it was sent to changed', async () => {
    const { client } = passportApi();
    const c = client();
    assert.equal((await getPassportResetLinkStatus(c, PASSPORT_DEMO_RESET_TOKENS.valid)).status, 'valid');
    assert.equal(passportProblemOf(await rejection(getPassportResetLinkStatus(c, PASSPORT_DEMO_RESET_TOKENS.expired))), 'linkExpired');
    assert.equal(passportProblemOf(await rejection(getPassportResetLinkStatus(c, PASSPORT_DEMO_RESET_TOKENS.used))), 'linkUsed');
    await handOverCompany(
      c,
      { referent: { lastName: 'DURAND', firstName: 'Claire' }, email: 'claire.durand@granulats-dupont.fr', password: { mode: 'keep' } },
      1,
      { session: PASSPORT_DEMO_SESSION_TOKEN },
    );
    assert.equal(passportProblemOf(await rejection(getPassportResetLinkStatus(c, PASSPORT_DEMO_RESET_TOKENS.valid))), 'linkExpired');
  });

  it('previews and applies an e-mail domain change; the same domain twice is refused', async () => {
    const { client, mock } = passportApi();
    const c = client();
    const session = PASSPORT_DEMO_SESSION_TOKEN;
    const preview = await previewEmailDomainChange(c, 'granulats-dupont.fr', 'dupont-granulats.fr', { session });
    assert.equal(preview.otherDomain, 2);
    assert.equal(preview.changing + preview.otherDomain + preview.noEmail, PASSPORT_DEMO_ROSTER_SIZE);
    assert.deepEqual(await changeEmployeesEmailDomain(c, 'granulats-dupont.fr', 'dupont-granulats.fr', { session }), {
      changed: preview.changing,
    });
    assert.equal(mock.passport.employee('emp-000005')!.email, 'helene.lefevre@dupont-granulats.fr');
    assert.deepEqual(problemOf(await rejection(previewEmailDomainChange(c, 'a.fr', 'A.FR', { session })))!.errors, [
      { field: 'toDomain', issue: 'same-domain' },
    ]);
    assert.deepEqual(problemOf(await rejection(changeEmployeesEmailDomain(c, 'a.fr', 'pas un domaine', { session })))!.errors, [
      { field: 'toDomain', issue: 'invalid-domain' },
    ]);
  });
});

describe('X-MOCK PP-SPACES routes', () => {
  it("links, switches and dissociates; each refusal is a 409 spaces-refused with the machine's reason", async () => {
    const { client } = passportApi();
    const c = client();
    const session = PASSPORT_DEMO_SESSION_TOKEN;
    const reasonOf = async (p: Promise<unknown>) => PassportSpacesRefusedProblem.parse(problemOf(await rejection(p))).reason;
    assert.deepEqual(await getSpaces(c, { session }), { linked: false, spaces: ['company'], active: 'company', canLink: true });
    assert.equal(await reasonOf(switchSpace(c, 'user', { session })), 'not-linked');
    assert.equal(
      await reasonOf(dissociateSpaces(c, { userLogin: 'x@example.fr', password: 'Formateur-2026!' }, { session })),
      'not-linked',
    );
    assert.deepEqual(await linkSpaces(c, { session }), {
      linked: true,
      spaces: ['company', 'user', 'trainer'],
      active: 'company',
      canLink: false,
    });
    assert.equal(await reasonOf(linkSpaces(c, { session })), 'already-linked');
    assert.equal((await switchSpace(c, 'user', { session })).active, 'user');
    assert.equal(await reasonOf(switchSpace(c, 'user', { session })), 'already-active');
    const same = await rejection(dissociateSpaces(c, { userLogin: PASSPORT_DEMO_LOGIN.email, password: 'Formateur-2026!' }, { session }));
    assert.deepEqual(problemOf(same)!.errors, [{ field: 'userLogin', issue: 'same-email' }]);
    assert.deepEqual(await dissociateSpaces(c, { userLogin: 'baptiste.martin@example.fr', password: 'Formateur-2026!' }, { session }), {
      linked: false,
      spaces: ['user'],
      active: 'user',
      canLink: true,
    });
  });
});

describe('X-MOCK PP-ROSTER / PP-ENROLL / PP-BLOCK routes', () => {
  it('lists the roster page by page in a stable order; 400 for a bad limit or cursor', async () => {
    const { client, call } = passportApi();
    const c = client();
    const session = PASSPORT_DEMO_SESSION_TOKEN;
    const ids: string[] = [];
    for await (const page of employeePages(c, { session, limit: 15 })) {
      assert.equal(page.total, PASSPORT_DEMO_ROSTER_SIZE);
      ids.push(...page.items.map((e) => e.id));
    }
    assert.equal(ids.length, PASSPORT_DEMO_ROSTER_SIZE);
    assert.deepEqual(ids, [...ids].sort());
    const first = await listEmployees(c, { session });
    assert.equal(first.items.length, PASSPORT_DEMO_ROSTER_SIZE);
    assert.equal(first.nextCursor, null);
    assert.equal(
      (await call('GET', 'passport/employees?cursor=&limit=', undefined, bearer(session))).status,
      200,
      'empty values: the defaults',
    );
    for (const query of ['limit=0', 'limit=5001', 'limit=abc', 'cursor=n%27importe%20quoi']) {
      assertProblem(await call('GET', `passport/employees?${query}`, undefined, bearer(session)), 400, 'bad-request');
    }
  });

  it("enrols (201) with the SNBPE modules; an Idempotency-Key replays; 422 with the form's fields", async () => {
    const { client, mock } = passportApi();
    const c = client();
    const session = PASSPORT_DEMO_SESSION_TOKEN;
    const created = await createEmployee(c, enrolment({ snbpe: { issuedOn: '2025-09-01' } }), { session, idempotencyKey: 'enrol-1' });
    assert.deepEqual(created.validatedModules, [...SNBPE_COMMON_MODULES]);
    assert.equal(created.firstLoginSentTo, 'employee');
    assert.deepEqual(
      await createEmployee(c, enrolment({ snbpe: { issuedOn: '2025-09-01' } }), { session, idempotencyKey: 'enrol-1' }),
      created,
    );
    assert.equal(mock.passport.employees().length, PASSPORT_DEMO_ROSTER_SIZE + 1, 'one employee for one key');
    const noEmail = await createEmployee(c, enrolment({ email: null }), { session });
    assert.equal(noEmail.firstLoginSentTo, 'referent');
    assert.deepEqual(noEmail.validatedModules, []);

    const expired = await rejection(createEmployee(c, enrolment({ snbpe: { issuedOn: '2021-05-04' } }), { session }));
    assert.deepEqual(problemOf(expired)!.errors, [{ field: 'snbpeIssuedOn', issue: 'snbpe-expired' }]);
    const broken = await rejection(
      createEmployee(c, { ...enrolment(), snbpe: { issuedOn: '31/12/2025' }, answers: { intervenesTechnically: true } } as never, {
        session,
      }),
    );
    assert.deepEqual(problemOf(broken)!.errors, [
      { field: 'leadsAwarenessSessions', issue: 'required' },
      { field: 'checksPassports', issue: 'required' },
      { field: 'snbpeIssuedOn', issue: 'date-format' },
    ]);
  });

  it("edits and deletes at the row's version (ETag, 412 conflict, 428, 404); SNBPE only at creation (an update with one is refused)", async () => {
    const { client, call } = passportApi();
    const c = client();
    const session = PASSPORT_DEMO_SESSION_TOKEN;
    const auth = bearer(session);
    const snbpe = await call(
      'PUT',
      'passport/employees/emp-000005',
      { ...EDIT, snbpe: { issuedOn: '2025-09-01' } },
      { ...auth, 'If-Match': versionTag(1) },
    );
    assert.deepEqual(PassportValidationProblem.parse(assertProblem(snbpe, 422, 'validation')).errors, [
      { field: 'hasSnbpePassport', issue: 'snbpe-create-only' },
    ]);
    assertProblem(await call('PUT', 'passport/employees/emp-000005', EDIT, auth), 428, 'version-required');

    const read = await call('GET', 'passport/employees/emp-000005', undefined, auth);
    assert.equal(read.headers.get('ETag'), '"1"');
    assert.deepEqual(await getEmployee(c, 'emp-000005', { session }), read.body);
    assert.equal(passportProblemOf(await rejection(getEmployee(c, 'emp-999999', { session }))), 'notFound');
    const edited = await updateEmployee(c, 'emp-000005', EDIT, 1, { session });
    assert.deepEqual([edited.lastName, edited.profile, edited.version, edited.state], ['LEFÈVRE-ROY', 'technical-checker', 2, 'active']);
    const again = await call('PUT', 'passport/employees/emp-000005', EDIT, { ...auth, 'If-Match': versionTag(1) });
    assert.equal(again.status, 200, 'a retried PUT that finds its change');
    assert.equal(again.headers.get('ETag'), '"2"');
    const stale = await rejection(updateEmployee(c, 'emp-000005', { ...EDIT, firstName: 'Hélèna' }, 1, { session }));
    assert.ok(stale.failure.kind === 'conflict' && stale.failure.status === 412);
    assert.equal(passportProblemOf(await rejection(updateEmployee(c, 'emp-999999', EDIT, 1, { session }))), 'notFound');

    assert.equal(passportProblemOf(await rejection(deleteEmployee(c, 'emp-000005', 1, { session }))), 'versionMismatch');
    assertProblem(await call('DELETE', 'passport/employees/emp-000005', undefined, auth), 428, 'version-required');
    assert.equal(await deleteEmployee(c, 'emp-000005', 2, { session }), undefined);
    assert.equal(
      (await call('DELETE', 'passport/employees/emp-000005', undefined, { ...auth, 'If-Match': versionTag(2) })).status,
      204,
      'a retried DELETE',
    );
    assert.equal(passportProblemOf(await rejection(deleteEmployee(c, 'emp-424242', 1, { session }))), 'notFound');
    assert.equal((await listEmployees(c, { session })).total, PASSPORT_DEMO_ROSTER_SIZE - 1);
  });

  it('PP-BLOCK end to end: 3 failures on a module, active; others do not add; the 4th blocks and alerts the referent; unblock resets', async () => {
    const { client, call, mock } = passportApi();
    const c = client();
    const session = PASSPORT_DEMO_SESSION_TOKEN;
    const fail = (id: string, moduleId: string) => call('POST', passportModuleFailuresPath(id), { moduleId }, bearer(session));
    for (let n = 1; n <= 3; n++) {
      const r = await fail('emp-000006', 'dust-noise');
      assert.equal(r.status, 200);
      assert.deepEqual(
        { ...(r.body as object), employee: undefined },
        { employee: undefined, blocked: false, failuresLeft: 3 - n, alert: null },
      );
    }
    for (let n = 1; n <= 3; n++) await fail('emp-000006', 'emergencies');
    assert.equal((await listEmployees(c, { session })).items.find((e) => e.id === 'emp-000006')!.state, 'active');
    assert.deepEqual(mock.passport.outbox(), []);

    const blocking = await fail('emp-000006', 'dust-noise');
    assert.deepEqual((blocking.body as { blocked: boolean; alert: unknown }).alert, {
      moduleId: 'dust-noise',
      at: new Date(T0).toISOString(),
    });
    const row = (await listEmployees(c, { session })).items.find((e) => e.id === 'emp-000006')!;
    assert.equal(row.state, 'blocked');
    assert.deepEqual(mock.passport.outbox(), [
      {
        kind: 'blocking-alert',
        to: PASSPORT_DEMO_LOGIN.email,
        employeeId: 'emp-000006',
        employeeName: 'Loïc LE GALL',
        moduleId: 'dust-noise',
        at: new Date(T0).toISOString(),
      },
    ]);
    await fail('emp-000006', 'blasting');
    assert.equal(mock.passport.outbox().length, 1, 'no second alert while blocked');

    const unblocked = await unblockEmployee(c, 'emp-000006', { session });
    assert.equal(unblocked.state, 'active');
    assert.equal(unblocked.version, row.version + 1);
    assert.deepEqual(await unblockEmployee(c, 'emp-000006', { session }), unblocked, 'safe to repeat');
    assert.equal(mock.passport.failures('emp-000006', 'dust-noise'), 0);
    assert.equal(passportProblemOf(await rejection(unblockEmployee(c, 'emp-000000', { session }))), 'notFound');
    assertProblem(await fail('emp-000006', 'not-a-module'), 422, 'validation');
    assertProblem(await fail('emp-999999', 'blasting'), 404, 'not-found');
  });
});

describe('X-MOCK PP-ROSTER « Voir le passeport » and PP-BLOCK in the row', () => {
  it("PP-BLOCK the demo's blocked row carries `block: { moduleId, at }`; its passport shows the 4 failures and the modules passed", async () => {
    const { client } = passportApi();
    const c = client();
    const session = PASSPORT_DEMO_SESSION_TOKEN;
    const west = (await listEmployees(c, { session })).items.find((e) => e.id === 'emp-000003')!;
    assert.deepEqual(west.block, { moduleId: 'working-at-height', at: new Date(T0 - 2 * 86_400_000).toISOString() });
    const passport = await getEmployeePassport(c, 'emp-000003', { session });
    assert.deepEqual(passport.employee, west);
    const view = passportView(passport, '2026-11-22');
    assert.equal(view.status, 'blocked');
    assert.deepEqual(view.blocked, { module: west.block!.moduleId, since: west.block!.at });
    assert.deepEqual(
      view.modules.filter((m) => m.status.kind !== 'to-do').map((m) => [m.id, m.status.kind]),
      [
        ['site-rules', 'validated'],
        ['site-traffic', 'validated'],
        ['protective-equipment', 'validated'],
        ['working-at-height', 'blocking'],
      ],
    );
    assert.equal(passport.modules.find((m) => m.id === 'working-at-height')!.failures, 4);
    // Only while blocked: an active row has no `block`.
    assert.equal((await getEmployee(c, 'emp-000005', { session })).block ?? null, null);
    assert.equal(passportProblemOf(await rejection(getEmployeePassport(c, 'emp-999999', { session }))), 'notFound');
  });

  it('PP-ENROLL the passport of an employee enrolled with an SNBPE passport: the common modules validated by the reciprocity, linked on the day of creation', async () => {
    const { client } = passportApi();
    const c = client();
    const session = PASSPORT_DEMO_SESSION_TOKEN;
    const created = await createEmployee(c, enrolment({ snbpe: { issuedOn: '2025-09-01' } }), { session });
    const passport = await getEmployeePassport(c, created.employee.id, { session });
    assert.deepEqual(passport.snbpe, { issuedOn: '2025-09-01', linkedOn: '2026-11-22' });
    const view = passportView(passport, '2026-11-22');
    assert.equal(view.status, 'not-started');
    assert.deepEqual(
      view.modules.filter((m) => m.status.kind === 'validated' && m.status.by === 'snbpe').map((m) => m.id),
      [...SNBPE_COMMON_MODULES],
    );
    // A row with a passport passed every module before it was obtained.
    const helene = passportView(await getEmployeePassport(c, 'emp-000005', { session }), '2026-11-22');
    assert.equal(helene.status, 'valid');
    assert.equal(helene.validated, helene.total);
  });

  it('PP-BLOCK the 4th failure writes `block: { moduleId, at }` on the row and the passport; unblocking removes it', async () => {
    const { client, call, mock, advance } = passportApi();
    const c = client();
    const session = PASSPORT_DEMO_SESSION_TOKEN;
    advance(60 * MIN);
    for (let n = 1; n <= 4; n++) await call('POST', passportModuleFailuresPath('emp-000001'), { moduleId: 'blasting' }, bearer(session));
    const since = new Date(T0 + 60 * MIN).toISOString();
    const row = await getEmployee(c, 'emp-000001', { session });
    assert.equal(row.state, 'blocked');
    assert.deepEqual(row.block, { moduleId: 'blasting', at: since });
    assert.deepEqual(mock.passport.outbox().at(-1), {
      kind: 'blocking-alert',
      to: PASSPORT_DEMO_LOGIN.email,
      employeeId: 'emp-000001',
      employeeName: 'Sébastien PETIT',
      moduleId: 'blasting',
      at: since,
    });
    const view = passportView(await getEmployeePassport(c, 'emp-000001', { session }), '2026-11-22');
    assert.deepEqual([view.status, view.blocked], ['blocked', { module: 'blasting', since }]);
    const unblocked = await unblockEmployee(c, 'emp-000001', { session });
    assert.equal(unblocked.block ?? null, null);
    assert.equal(passportView(await getEmployeePassport(c, 'emp-000001', { session }), '2026-11-22').status, 'in-progress');
  });

  it('PP-BLOCK a module passed and failed again (a renewal) is to pass again', async () => {
    const { client, call } = passportApi();
    const c = client();
    const session = PASSPORT_DEMO_SESSION_TOKEN;
    await call('POST', passportModuleFailuresPath('emp-000005'), { moduleId: 'blasting' }, bearer(session));
    const view = passportView(await getEmployeePassport(c, 'emp-000005', { session }), '2026-11-22');
    assert.deepEqual(view.modules.find((m) => m.id === 'blasting')!.status, { kind: 'to-do', failures: 1, failuresLeft: 2 });
    assert.equal(view.validated, view.total - 1);
  });
});

describe('X-MOCK PP scenarios', () => {
  it('any:malformed breaks the contract of every passport route; any:error-500 answers 500 problems', async () => {
    const { client } = passportApi({ scenario: 'any:malformed' });
    const c = client();
    const session = PASSPORT_DEMO_SESSION_TOKEN;
    const calls: [string, () => Promise<unknown>][] = [
      ['register', () => registerCompany(c, registration())],
      ['login', () => passportLogin(c, PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password)],
      ['new password', () => changePassportTemporaryPassword(c, 'x', 'Claire-Durand-2026')],
      ['reset', () => requestPassportPasswordReset(c, PASSPORT_DEMO_LOGIN.email)],
      ['logout', () => passportLogout(c, session)],
      ['reset link status', () => getPassportResetLinkStatus(c, PASSPORT_DEMO_RESET_TOKENS.valid)],
      ['reset password', () => resetPassportPassword(c, PASSPORT_DEMO_RESET_TOKENS.valid, 'Nouveau-Passeport-2027')],
      ['company', () => getCompany(c, { session })],
      [
        'update company',
        () => updateCompany(c, { companyName: 'X', regions: ['11'], referent: { lastName: 'A', firstName: 'B' } }, 1, { session }),
      ],
      ['company password', () => changeCompanyPassword(c, 'Nouveau-Passeport-2027', { session })],
      [
        'handover',
        () =>
          handOverCompany(c, { referent: { lastName: 'A', firstName: 'B' }, email: 'a@b.fr', password: { mode: 'keep' } }, 1, { session }),
      ],
      ['preview domain', () => previewEmailDomainChange(c, 'a.fr', 'b.fr', { session })],
      ['change domain', () => changeEmployeesEmailDomain(c, 'a.fr', 'b.fr', { session })],
      ['spaces', () => getSpaces(c, { session })],
      ['link', () => linkSpaces(c, { session })],
      ['dissociate', () => dissociateSpaces(c, { userLogin: 'a@b.fr', password: 'Formateur-2026!' }, { session })],
      ['switch', () => switchSpace(c, 'user', { session })],
      ['list', () => listEmployees(c, { session })],
      ['create', () => createEmployee(c, enrolment(), { session })],
      ['employee', () => getEmployee(c, 'emp-000001', { session })],
      ['update', () => updateEmployee(c, 'emp-000001', EDIT, 1, { session })],
      ['delete', () => deleteEmployee(c, 'emp-000001', 1, { session })],
      ['unblock', () => unblockEmployee(c, 'emp-000003', { session })],
    ];
    for (const [label, run] of calls) assert.equal((await rejection(run())).failure.kind, 'contract', label);

    const broken = passportApi({ scenario: 'any:error-500' });
    for (const [method, path, body] of PRIVATE_ROUTES)
      assertProblem(await broken.call(method, path, body, bearer(session)), 500, 'internal-error');
    assertProblem(await broken.call('POST', 'passport/login', PASSPORT_DEMO_LOGIN), 500, 'internal-error');
  });

  it('a passport scenario concerns the passport only; any:* uses passport:default; choosing a scenario again starts it afresh', async () => {
    const { mock, call } = passportApi({ scenario: 'passport:default' });
    const vaultBefore = mock.vault;
    const invoicesBefore = mock.store;
    mock.passport.recordModuleFailure('emp-000001', 'blasting');
    mock.setScenario('passport:empty-roster');
    assert.equal(mock.vault, vaultBefore, 'the vault keeps its data');
    assert.equal(mock.store, invoicesBefore, 'the invoices keep theirs');
    assert.equal(mock.passport.employees().length, 0);
    mock.setScenario('passport:default');
    assert.equal(mock.passport.failures('emp-000001', 'blasting'), 0, 'fresh data');
    mock.setScenario('vault:locked');
    assert.equal(mock.passport.scenario, 'passport:default');
    mock.passport.recordModuleFailure('emp-000001', 'blasting');
    mock.setScenario('invoices:warning');
    assert.equal(mock.passport.failures('emp-000001', 'blasting'), 1, "another service's scenario keeps the passport");
    mock.setScenario('any:slow');
    assert.equal(mock.passport.scenario, 'passport:default');
    assert.equal(mock.passport.failures('emp-000001', 'blasting'), 0, 'any:* starts every service afresh');

    const large = await call('GET', 'passport/employees?limit=1', undefined, {
      ...bearer(PASSPORT_DEMO_SESSION_TOKEN),
      [SCENARIO_HEADER]: 'passport:large',
    });
    assert.equal((large.body as { total: number }).total, 100_000, 'a request may pick its scenario');
  });
});
