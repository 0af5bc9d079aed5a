/**
 * PP — the passport's calls through the shared client: public routes send no token and never
 * replay a 401, private ones send the passport session, writes carry If-Match, POSTs that may be
 * retried carry an Idempotency-Key, the roster loads page by page.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createClient } from '../api/client.js';
import { ApiError } from '../api/errors.js';
import {
  createEmployee,
  deleteEmployee,
  employeePages,
  getCompany,
  handOverCompany,
  linkSpaces,
  listEmployees,
  parseVersionTag,
  passportLogin,
  previewEmailDomainChange,
  registerCompany,
  requestPassportPasswordReset,
  unblockEmployee,
  updateCompany,
  updateEmployee,
  versionTag,
} from './api.js';
import { passportProblemOf } from './problems.js';
import type { Employee } from './schemas.js';

interface Call {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: unknown;
}

function fake(handler: (request: Request, n: number) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const text = request.body ? await request.clone().text() : '';
    calls.push({
      method: request.method,
      url: new URL(request.url),
      headers: new Headers(request.headers),
      body: text ? JSON.parse(text) : undefined,
    });
    return handler(request, calls.length);
  };
  const client = createClient({
    baseUrl: 'https://api.test/v1',
    fetch: fetch as typeof globalThis.fetch,
    getToken: () => 'host-token',
    retry: { backoffLimitMs: 5 },
  });
  return { client, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const problem = (body: Record<string, unknown>, status: number) =>
  new Response(JSON.stringify({ status, title: 'x', ...body }), { status, headers: { 'content-type': 'application/problem+json' } });

async function rejection(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ApiError, String(e));
    return e;
  }
  assert.fail('expected a failure');
}

const SESSION = {
  token: 'pp_session',
  expiresAt: '2026-03-10T10:00:00+01:00',
  companyName: 'Granulats Dupont',
  referent: { lastName: 'MARTIN', firstName: 'Claire' },
  space: 'company' as const,
};
const EMPLOYEE: Employee = {
  id: 'emp-000001',
  firstName: 'Sébastien',
  lastName: 'PETIT',
  email: null,
  profile: 'administrative',
  passportUrl: '/passeports/emp-000001',
  state: 'active',
  expiresOn: '2027-08-25',
  version: 1,
};
const COMPANY = {
  identification: { kind: 'siret', siret: '73282932000074' },
  companyName: 'Granulats Dupont',
  regions: ['84'],
  referent: { lastName: 'MARTIN', firstName: 'Claire', email: 'claire.martin@granulats-dupont.fr' },
  version: 4,
};

describe('PP-REGISTER / PP-LOGIN public calls', () => {
  test('PP-REGISTER registration: POST passport/companies, no token, an Idempotency-Key, the body as given', async () => {
    const { client, calls } = fake(() => json({ status: 'created', login: 'claire.martin@granulats-dupont.fr' }, 201));
    const request = {
      identification: { kind: 'siret' as const, siret: '73282932000074' },
      companyName: 'Granulats Dupont',
      regions: ['84' as const],
      referent: { lastName: 'MARTIN', firstName: 'Claire', email: 'claire.martin@granulats-dupont.fr' },
      password: 'une phrase de passe',
      antiRobotToken: 'tok',
    };
    assert.deepEqual(await registerCompany(client, request), { status: 'created', login: 'claire.martin@granulats-dupont.fr' });
    assert.equal(calls[0]!.method, 'POST');
    assert.equal(calls[0]!.url.pathname, '/v1/passport/companies');
    assert.equal(calls[0]!.headers.get('authorization'), null);
    assert.ok(calls[0]!.headers.get('idempotency-key'));
    assert.deepEqual(calls[0]!.body, request);
  });

  test('PP-LOGIN a wrong password (401) is sent ONCE, without a token; its problem is invalidCredentials', async () => {
    const { client, calls } = fake(() => problem({ type: '/problems/invalid-credentials' }, 401));
    const e = await rejection(passportLogin(client, 'claire.martin@granulats-dupont.fr', 'wrong'));
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.headers.get('authorization'), null);
    assert.equal(calls[0]!.headers.get('idempotency-key'), null, 'a login attempt is never retried');
    assert.equal(passportProblemOf(e), 'invalidCredentials');
  });

  test('PP-LOGIN forgotten password: the e-mail in the body, the one 202 answer', async () => {
    const { client, calls } = fake(() => json({ status: 'accepted' }, 202));
    assert.deepEqual(await requestPassportPasswordReset(client, 'inconnu@exemple.fr'), { status: 'accepted' });
    assert.equal(calls[0]!.url.pathname, '/v1/passport/password-reset/request');
    assert.equal(calls[0]!.url.search, '', 'the e-mail never travels in the URL');
    assert.deepEqual(calls[0]!.body, { email: 'inconnu@exemple.fr' });
  });
});

describe('PP-COMPANY / PP-SPACES private calls', () => {
  test('PP-COMPANY GET with the passport session as bearer (never the provider’s token then)', async () => {
    const { client, calls } = fake(() => json(COMPANY));
    assert.equal((await getCompany(client, { session: SESSION })).version, 4);
    assert.equal(calls[0]!.headers.get('authorization'), 'Bearer pp_session');
  });

  test('PP-COMPANY without a session: the provider’s token', async () => {
    const { client, calls } = fake(() => json(COMPANY));
    await getCompany(client);
    assert.equal(calls[0]!.headers.get('authorization'), 'Bearer host-token');
  });

  test('PP-COMPANY update: PUT with If-Match "4"; a 412 is a conflict (someone else saved)', async () => {
    const { client, calls } = fake(() => problem({ type: '/problems/version-mismatch' }, 412));
    const e = await rejection(
      updateCompany(client, { companyName: 'X', regions: ['84'], referent: { lastName: 'A', firstName: 'B' } }, 4, {
        session: 'pp_session',
      }),
    );
    assert.equal(calls[0]!.method, 'PUT');
    assert.equal(calls[0]!.headers.get('if-match'), '"4"');
    assert.equal(e.failure.kind, 'conflict');
    assert.equal(passportProblemOf(e), 'versionMismatch');
  });

  test('PP-SPACES handover while linked: 409 spaces-refused with the machine’s reason', async () => {
    const { client, calls } = fake(() => problem({ type: '/problems/spaces-refused', reason: 'dissociate-first' }, 409));
    const e = await rejection(
      handOverCompany(
        client,
        { referent: { lastName: 'LEFÈVRE', firstName: 'Hélène' }, email: 'helene@granulats-dupont.fr', password: { mode: 'reset' } },
        4,
        { session: SESSION },
      ),
    );
    assert.equal(calls[0]!.headers.get('if-match'), '"4"');
    assert.ok(calls[0]!.headers.get('idempotency-key'));
    assert.equal(passportProblemOf(e), 'spacesRefused');
    assert.equal(e.failure.kind === 'conflict' && e.failure.problem.reason, 'dissociate-first');
  });

  test('PP-SPACES link: POST with no body, an Idempotency-Key; the answer validated', async () => {
    const { client, calls } = fake(() => json({ linked: true, spaces: ['company', 'user'], active: 'company', canLink: false }));
    assert.deepEqual(await linkSpaces(client, { session: SESSION }), {
      linked: true,
      spaces: ['company', 'user'],
      active: 'company',
      canLink: false,
    });
    assert.equal(calls[0]!.url.pathname, '/v1/passport/spaces/link');
    assert.equal(calls[0]!.body, undefined);
  });

  test('PP-COMPANY domain preview: from and to in the query', async () => {
    const { client, calls } = fake(() => json({ fromDomain: 'a.fr', toDomain: 'b.fr', changing: 2, otherDomain: 1, noEmail: 0 }));
    await previewEmailDomainChange(client, 'a.fr', 'b.fr');
    assert.equal(calls[0]!.url.pathname, '/v1/passport/company/email-domain');
    assert.equal(calls[0]!.url.searchParams.get('from'), 'a.fr');
    assert.equal(calls[0]!.url.searchParams.get('to'), 'b.fr');
  });
});

describe('PP-ROSTER / PP-ENROLL / PP-BLOCK calls', () => {
  test('PP-ROSTER one page: cursor and limit in the query; the rows validated by the contract', async () => {
    const { client, calls } = fake(() => json({ items: [EMPLOYEE], total: 1, nextCursor: null }));
    const page = await listEmployees(client, { cursor: 'c2', limit: 5000 });
    assert.deepEqual(page.items, [EMPLOYEE]);
    assert.equal(calls[0]!.url.searchParams.get('cursor'), 'c2');
    assert.equal(calls[0]!.url.searchParams.get('limit'), '5000');
  });

  test('PP-ROSTER every page in turn, 5000 at a time by default, until nextCursor is null', async () => {
    const cursors = [undefined, 'p2', 'p3'];
    const { client, calls } = fake((_, n) => json({ items: [{ ...EMPLOYEE, id: `emp-${n}` }], total: 3, nextCursor: cursors[n] ?? null }));
    const ids: string[] = [];
    for await (const page of employeePages(client)) ids.push(...page.items.map((e) => e.id));
    assert.deepEqual(ids, ['emp-1', 'emp-2', 'emp-3']);
    assert.deepEqual(
      calls.map((c) => c.url.searchParams.get('cursor')),
      [null, 'p2', 'p3'],
    );
    assert.ok(calls.every((c) => c.url.searchParams.get('limit') === '5000'));
  });

  test('PP-ROSTER « Réessayer » after a failure mid-way: from the cursor of the last page received, not from the first page', async () => {
    // Pages p1 (no cursor), p2, p3; the request for p3 fails.
    const next: Record<string, string | null> = { '': 'c2', c2: 'c3', c3: null };
    let failing = true;
    const { client, calls } = fake((request) => {
      const cursor = new URL(request.url).searchParams.get('cursor') ?? '';
      if (cursor === 'c3' && failing) return problem({ type: '/problems/server-error' }, 500);
      return json({ items: [{ ...EMPLOYEE, id: `emp-${cursor || 'c1'}` }], total: 3, nextCursor: next[cursor] });
    });
    const received: string[] = [];
    let last: string | undefined;
    const load = async (cursor?: string) => {
      for await (const page of employeePages(client, { cursor, limit: 1 })) {
        received.push(...page.items.map((e) => e.id));
        last = page.nextCursor ?? undefined;
      }
    };
    assert.equal((await rejection(load())).failure.kind, 'http');
    assert.deepEqual(received, ['emp-c1', 'emp-c2']);
    failing = false;
    const before = calls.length;
    await load(last);
    assert.deepEqual(received, ['emp-c1', 'emp-c2', 'emp-c3']);
    assert.deepEqual(
      calls.slice(before).map((c) => [c.url.searchParams.get('cursor'), c.url.searchParams.get('limit')]),
      [['c3', '1']],
    );
  });

  test('PP-ROSTER a row that breaks the contract (unknown state) is a contract failure', async () => {
    const { client } = fake(() => json({ items: [{ ...EMPLOYEE, state: 'suspended' }], total: 1, nextCursor: null }));
    assert.equal((await rejection(listEmployees(client))).failure.kind, 'contract');
  });

  test('PP-ENROLL create: the answer has the row, the modules validated at once and who got the first-login information', async () => {
    const { client, calls } = fake(() =>
      json({ employee: EMPLOYEE, validatedModules: ['site-rules', 'site-traffic'], firstLoginSentTo: 'referent' }, 201),
    );
    const created = await createEmployee(client, {
      firstName: 'Sébastien',
      lastName: 'PETIT',
      email: null,
      answers: { intervenesTechnically: false, leadsAwarenessSessions: false, checksPassports: false },
      snbpe: { issuedOn: '2025-01-15' },
    });
    assert.deepEqual(created.validatedModules, ['site-rules', 'site-traffic']);
    assert.equal(created.firstLoginSentTo, 'referent');
    assert.ok(calls[0]!.headers.get('idempotency-key'));
  });

  test('PP-ROSTER edit and delete send If-Match; the id is encoded in the path', async () => {
    const { client, calls } = fake((r) =>
      r.method === 'DELETE' ? new Response(null, { status: 204 }) : json({ ...EMPLOYEE, version: 2 }),
    );
    await updateEmployee(
      client,
      'emp/1',
      {
        firstName: 'A',
        lastName: 'B',
        email: null,
        answers: { intervenesTechnically: true, leadsAwarenessSessions: false, checksPassports: false },
      },
      1,
    );
    await deleteEmployee(client, 'emp/1', 2);
    assert.equal(calls[0]!.url.pathname, '/v1/passport/employees/emp%2F1');
    assert.equal(calls[0]!.headers.get('if-match'), '"1"');
    assert.equal(calls[1]!.method, 'DELETE');
    assert.equal(calls[1]!.headers.get('if-match'), '"2"');
  });

  test('PP-BLOCK unblock: POST …/unblock with an Idempotency-Key (safe to repeat); the row comes back active', async () => {
    const { client, calls } = fake(() => json({ ...EMPLOYEE, state: 'active' }));
    assert.equal((await unblockEmployee(client, 'emp-000001', { idempotencyKey: 'k1' })).state, 'active');
    assert.equal(calls[0]!.url.pathname, '/v1/passport/employees/emp-000001/unblock');
    assert.equal(calls[0]!.headers.get('idempotency-key'), 'k1');
  });
});

describe('PP versions', () => {
  test('X-API versionTag and parseVersionTag: "3", W/"3"; anything else undefined', () => {
    assert.equal(versionTag(3), '"3"');
    assert.equal(parseVersionTag('"3"'), 3);
    assert.equal(parseVersionTag('W/"12"'), 12);
    for (const h of [null, undefined, '', '3', '"x"', '"3', '*']) assert.equal(parseVersionTag(h), undefined, String(h));
  });
});
