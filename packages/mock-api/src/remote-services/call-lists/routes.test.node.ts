import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getResponse } from 'msw';
import { createClient, createFlowRunner } from '@vigie/core';
import {
  callListEditorFlow,
  runCallListRequest,
  shownCallListContactIds,
  unresolvedCallListConflicts,
  type CallListEditorReady,
} from '@vigie/core/remote-services';
import { createHandlers, type HandlerOptions } from '../../handlers.js';
import { CONFLICT_EDITOR_NAME } from './routes.js';

const API = 'http://localhost/api';
const NOW = Date.parse('2026-03-10T12:00:00+01:00');
const SITE = 'site-01';
const LIST = 'site-01-cl-normal';

function api(options: HandlerOptions = {}) {
  const mock = createHandlers({ now: () => NOW, requireAuth: false, ...options });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    return (await getResponse(mock.handlers, request)) ?? new Response('no route', { status: 599 });
  };
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = { method, headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers } };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await fetch(`${API}/${path}`, init);
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  };
  const client = createClient({ baseUrl: API, fetch: fetch as typeof globalThis.fetch, retry: { limit: 0 } });
  return { mock, call, client };
}

const listPath = `remote/sites/${SITE}/call-lists/${LIST}`;

describe('RS-CALL mock routes', () => {
  test('RS-CALL GET the site’s lists: the normal one first, then the specific one, and the site’s contacts', async () => {
    const { call } = api();
    const r = await call('GET', `remote/sites/${SITE}/call-lists`);
    assert.equal(r.status, 200);
    const lists = r.body!.lists as { id: string; kind: string; version: number }[];
    assert.deepEqual(
      lists.map((l) => l.kind),
      ['normal', 'specific'],
    );
    assert.ok((r.body!.contacts as unknown[]).length >= 4);
    assert.equal(r.headers.get('ETag'), 'W/"site-01-cl-normal.1+site-01-cl-summer.1"');
    assert.equal((await call('GET', 'remote/sites/nope/call-lists')).status, 404);
  });

  test('RS-CALL GET one list: its version as ETag', async () => {
    const { call } = api();
    const r = await call('GET', listPath);
    assert.equal(r.headers.get('ETag'), '"1"');
    assert.equal((await call('GET', `remote/sites/${SITE}/call-lists/nope`)).status, 404);
  });

  test('RS-CALL PUT: 428 without If-Match, 412 with an old version (with `current`), 200 with the version read', async () => {
    const { call } = api();
    const order = { contactIds: ['site-01-ct-3', 'site-01-ct-1', 'site-01-ct-2'] };
    const missing = await call('PUT', listPath, order);
    assert.equal(missing.status, 428);
    assert.equal(missing.body!.type, '/problems/precondition-required');
    const ok = await call('PUT', listPath, order, { 'If-Match': '"1"' });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('ETag'), '"2"');
    assert.deepEqual(ok.body!.contactIds, order.contactIds);
    assert.equal(ok.body!.updatedBy, 'Claire Martin');
    const stale = await call('PUT', listPath, { contactIds: ['site-01-ct-1'] }, { 'If-Match': '"1"' });
    assert.equal(stale.status, 412);
    assert.equal(stale.body!.type, '/problems/precondition-failed');
    assert.equal((stale.body!.current as { version: number }).version, 2);
    // The same order again at the old version (a retry whose answer was lost) is no conflict.
    assert.equal((await call('PUT', listPath, order, { 'If-Match': '"1"' })).status, 200);
  });

  test('RS-CALL PUT: core’s rules — a contact of another site, or twice, is refused (422)', async () => {
    const { call } = api();
    const other = await call('PUT', listPath, { contactIds: ['site-02-ct-1'] }, { 'If-Match': '"1"' });
    assert.equal(other.status, 422);
    assert.deepEqual(other.body!.errors, [{ contactId: 'site-02-ct-1', issue: 'not-a-site-contact' }]);
    const twice = await call('PUT', listPath, { contactIds: ['site-01-ct-1', 'site-01-ct-1'] }, { 'If-Match': '"1"' });
    assert.deepEqual(twice.body!.errors, [{ contactId: 'site-01-ct-1', issue: 'duplicate' }]);
    assert.equal((await call('PUT', listPath, { contactIds: 'a,b' }, { 'If-Match': '"1"' })).status, 422);
  });

  test('RS-CALL private routes want a bearer token by default', async () => {
    const { call } = api({ requireAuth: true });
    assert.equal((await call('GET', `remote/sites/${SITE}/call-lists`)).status, 401);
  });

  test('RS-CALL remote:conflict — the first save finds Jérôme Lefèvre’s, gets 412; the next, at his version, is saved', async () => {
    const { call } = api({ scenario: 'remote:conflict' });
    const before = (await call('GET', listPath)).body!;
    const first = await call('PUT', listPath, { contactIds: before.contactIds }, { 'If-Match': '"1"' });
    assert.equal(first.status, 412);
    const current = first.body!.current as { version: number; updatedBy: string; contactIds: string[] };
    assert.equal(current.updatedBy, CONFLICT_EDITOR_NAME);
    assert.equal(current.version, 2);
    const [a, ...rest] = before.contactIds as string[];
    assert.deepEqual(current.contactIds.slice(0, rest.length + 1), [...rest, a]);
    assert.equal(current.contactIds.length, rest.length + 2, 'he added a contact too');
    assert.equal((await call('PUT', listPath, { contactIds: current.contactIds }, { 'If-Match': '"2"' })).status, 200);
  });

  test('RS-CALL the whole editor flow over the mock (remote:conflict): move, save, 412, rebase shown with who saved, choose, save again', async () => {
    const { client, mock } = api({ scenario: 'remote:conflict' });
    const log: string[] = [];
    const runner = createFlowRunner(callListEditorFlow, {
      context: () => ({ now: NOW, siteId: SITE }),
      run: (req, signal) => runCallListRequest(client, req, signal),
      host: {
        emit: (n, d) => (log.push(`emit ${n} ${JSON.stringify(d)}`), true),
        announce: (m, tone) => log.push(`${tone} ${m.key}`),
        focus: (t) => log.push(`focus ${t}`),
      },
    });
    await runner.settled();
    const s0 = runner.state as CallListEditorReady;
    const [ct1, ct2, ct3] = shownCallListContactIds(s0);
    // I move the first contact down one; Jérôme moves the same contact to the end: a conflict.
    runner.send({ type: 'move', from: 0, to: 1 });
    runner.send({ type: 'save' });
    await runner.settled();
    const s1 = runner.state as CallListEditorReady;
    assert.deepEqual(
      unresolvedCallListConflicts(s1).map((c) => c.contactId),
      [ct1],
    );
    assert.equal(s1.drafts[LIST]!.notice!.updatedBy, CONFLICT_EDITOR_NAME);
    assert.ok(log.includes('focus conflicts'));
    runner.send({ type: 'choose', contactId: ct1!, choice: 'mine' });
    runner.send({ type: 'save' });
    await runner.settled();
    const saved = mock.remote.callListsOf(SITE).find((l) => l.id === LIST)!;
    assert.equal(saved.version, 3);
    assert.deepEqual(saved.contactIds.slice(0, 3), [ct2, ct1, ct3]);
    assert.equal(saved.contactIds.length, 4, 'his added contact is kept');
    assert.ok(log.includes(`emit call-list-saved {"siteId":"${SITE}","listId":"${LIST}","version":3}`));
  });
});
