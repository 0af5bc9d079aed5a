/** PP-ROSTER / PP-ENROLL — `getEmployee` (api.ts): one row, the passport session as bearer, 404 as a typed failure. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createClient } from '../api/client.js';
import { ApiError } from '../api/errors.js';
import { getEmployee } from './api.js';
import { passportProblemOf } from './problems.js';
import type { Employee } from './schemas.js';

const EMPLOYEE: Employee = {
  id: 'emp/000001',
  firstName: 'Sébastien',
  lastName: 'PETIT',
  email: null,
  profile: 'technical-checker',
  passportUrl: null,
  state: null,
  expiresOn: null,
  version: 4,
};

function fake(respond: () => Response) {
  const calls: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    calls.push(request);
    return respond();
  };
  return {
    client: createClient({ baseUrl: 'https://api.test/v1', fetch: fetch as typeof globalThis.fetch, getToken: () => 'host-token' }),
    calls,
  };
}

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('PP-ENROLL getEmployee', () => {
  test('PP-ENROLL GET passport/employees/{id} (id encoded) with the session as bearer; the row and its version', async () => {
    const { client, calls } = fake(() => json(EMPLOYEE));
    const row = await getEmployee(client, 'emp/000001', { session: 'pp_session' });
    assert.deepEqual(row, EMPLOYEE);
    assert.equal(calls[0]!.method, 'GET');
    assert.equal(new URL(calls[0]!.url).pathname, '/v1/passport/employees/emp%2F000001');
    assert.equal(calls[0]!.headers.get('authorization'), 'Bearer pp_session');
  });

  test('PP-ENROLL a session object gives its token; no session: the provider’s token', async () => {
    const { client, calls } = fake(() => json(EMPLOYEE));
    await getEmployee(client, 'e1', {
      session: {
        token: 'pp_obj',
        expiresAt: '2026-03-10T10:00:00+01:00',
        companyName: 'G',
        referent: { lastName: 'M', firstName: 'C' },
        space: 'company',
      },
    });
    await getEmployee(client, 'e1');
    assert.equal(calls[0]!.headers.get('authorization'), 'Bearer pp_obj');
    assert.equal(calls[1]!.headers.get('authorization'), 'Bearer host-token');
  });

  test('PP-ENROLL 404 not-found is a typed failure the widget can name', async () => {
    const { client } = fake(() => json({ type: '/problems/not-found', title: 'Not found', status: 404 }, 404, 'application/problem+json'));
    try {
      await getEmployee(client, 'gone', { session: 'pp_session' });
      assert.fail('expected a failure');
    } catch (e) {
      assert.ok(e instanceof ApiError);
      assert.equal(passportProblemOf(e), 'notFound');
    }
  });

  test('PP-ENROLL a row that breaks the contract is a contract failure', async () => {
    const { client } = fake(() => json({ ...EMPLOYEE, profile: 'boss' }));
    await assert.rejects(
      getEmployee(client, 'e1', { session: 'pp_session' }),
      (e: unknown) => e instanceof ApiError && e.failure.kind === 'contract',
    );
  });
});
