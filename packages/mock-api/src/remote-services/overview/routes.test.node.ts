import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import { addDays, createFlowRunner, parseInstant, ProblemDetails, remainingMs, scheduleFlow, testModeFlow } from '@vigie/core';
import { createClient } from '@vigie/core/api';
import { scheduleRunner, SiteLog, SiteOverview, SiteSchedule, testModeRunner, TestModeStatus } from '@vigie/core/remote-services';
import { createHandlers } from '../../handlers.js';

const API = 'http://localhost/api';
const NOW = parseInstant('2026-03-10T12:00:00+01:00');
const TODAY = '2026-03-10';

function mockApi(now = () => NOW) {
  const mock = createHandlers({ now, scenario: 'remote:default' });
  const fetcher = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    request.headers.set('Authorization', 'Bearer host-token');
    const response = await getResponse(mock.handlers, request);
    assert.ok(response, `no handler for ${request.method} ${request.url}`);
    return response;
  };
  const call = async (path: string, init: RequestInit = {}) => {
    const r = await fetcher(`${API}/${path}`, { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });
    const text = await r.text();
    return { status: r.status, type: r.headers.get('Content-Type'), body: (text ? JSON.parse(text) : undefined) as unknown };
  };
  const client = createClient({ baseUrl: `${API}/`, fetch: fetcher as typeof fetch, retry: { limit: 0 } });
  return { mock, call, client };
}

const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body) });
const errorsOf = (body: unknown) => (ProblemDetails.parse(body) as { errors?: unknown }).errors;

describe('RS-OVERVIEW mock routes', () => {
  it('the overview of a site: the site with its nickname and its systems; 404 for an unknown site', async () => {
    const { call } = mockApi();
    const r = await call('remote/sites/site-01/overview');
    const o = SiteOverview.parse(r.body);
    assert.equal(o.site.nickname, 'Le grand dépôt');
    assert.ok(o.systems.length > 0);
    assert.equal((await call('remote/sites/nope/overview')).status, 404);
  });

  it('RS-OVERVIEW test mode: the mock applies core’s durations, answers the absolute end, refuses another duration; off from its end', async () => {
    let now = NOW;
    const { call } = mockApi(() => now);
    const on = TestModeStatus.parse((await call('remote/sites/site-03/test-mode', json('PUT', { minutes: 30 }))).body);
    assert.equal(on.until, new Date(NOW + 30 * 60_000).toISOString());
    assert.equal(on.serverTime, new Date(NOW).toISOString());
    const refused = await call('remote/sites/site-03/test-mode', json('PUT', { minutes: 45 }));
    assert.equal(refused.status, 422);
    assert.deepEqual(errorsOf(refused.body), [{ field: 'minutes', issue: 'duration' }]);
    now = NOW + 30 * 60_000 - 1;
    assert.notEqual(TestModeStatus.parse((await call('remote/sites/site-03/test-mode')).body).until, null, '1 ms before the end: on');
    now = NOW + 30 * 60_000;
    assert.equal(TestModeStatus.parse((await call('remote/sites/site-03/test-mode')).body).until, null, 'at the end: off');
    now = NOW;
    assert.equal(TestModeStatus.parse((await call('remote/sites/site-03/test-mode', { method: 'DELETE' })).body).until, null);
  });

  it('RS-OVERVIEW schedule read: today … today + 30 by default; day 30 accepted, day 31 and yesterday refused with a problem', async () => {
    const { call } = mockApi();
    const s = SiteSchedule.parse((await call('remote/sites/site-01/schedule')).body);
    assert.equal(s.days.length, 31);
    assert.equal(s.from, TODAY);
    assert.equal(s.to, addDays(TODAY, 30));
    assert.equal((await call(`remote/sites/site-01/schedule?from=${TODAY}&to=${addDays(TODAY, 29)}`)).status, 200);
    assert.equal((await call(`remote/sites/site-01/schedule?from=${TODAY}&to=${addDays(TODAY, 30)}`)).status, 200);
    const beyond = await call(`remote/sites/site-01/schedule?from=${TODAY}&to=${addDays(TODAY, 31)}`);
    assert.equal(beyond.status, 422);
    assert.equal(beyond.type, 'application/problem+json');
    assert.deepEqual(errorsOf(beyond.body), [{ field: 'to', issue: 'beyond-horizon' }]);
    const past = await call(`remote/sites/site-01/schedule?from=${addDays(TODAY, -1)}&to=${TODAY}`);
    assert.deepEqual(errorsOf(past.body), [{ field: 'from', issue: 'past' }]);
  });

  it('RS-OVERVIEW temporary changes: day 30 created, day 31 / overlaps / end before start / a taken date refused with field issues; edit and delete; each written to the log', async () => {
    const { call } = mockApi();
    const day30 = await call(
      'remote/sites/site-01/schedule/exceptions',
      json('POST', {
        date: addDays(TODAY, 30),
        ranges: [
          { start: '14:00', end: '18:00' },
          { start: '08:00', end: '12:00' },
        ],
        reason: ' Soldes ',
      }),
    );
    assert.equal(day30.status, 201);
    const created = day30.body as { id: string; ranges: { start: string }[]; reason: string };
    assert.deepEqual(
      created.ranges.map((r) => r.start),
      ['08:00', '14:00'],
    );
    assert.equal(created.reason, 'Soldes');
    const refuse = async (body: unknown, errors: unknown) => {
      const r = await call('remote/sites/site-01/schedule/exceptions', json('POST', body));
      assert.equal(r.status, 422);
      assert.deepEqual(errorsOf(r.body), errors);
    };
    await refuse({ date: addDays(TODAY, 31), ranges: [], reason: null }, [{ field: 'date', issue: 'beyond-horizon' }]);
    await refuse({ date: addDays(TODAY, -1), ranges: [], reason: null }, [{ field: 'date', issue: 'past' }]);
    await refuse({ date: addDays(TODAY, 30), ranges: [], reason: null }, [{ field: 'date', issue: 'date-taken' }]);
    await refuse(
      {
        date: TODAY,
        ranges: [
          { start: '08:00', end: '12:00' },
          { start: '11:00', end: '13:00' },
        ],
        reason: null,
      },
      [{ field: 'ranges.1.start', issue: 'overlap' }],
    );
    await refuse({ date: TODAY, ranges: [{ start: '12:00', end: '08:00' }], reason: null }, [
      { field: 'ranges.0.end', issue: 'end-before-start' },
    ]);
    const edited = await call(
      `remote/sites/site-01/schedule/exceptions/${created.id}`,
      json('PUT', { date: addDays(TODAY, 29), ranges: [], reason: null }),
    );
    assert.equal(edited.status, 200);
    const s = SiteSchedule.parse((await call('remote/sites/site-01/schedule')).body);
    assert.deepEqual(s.days.find((d) => d.date === addDays(TODAY, 29))!.ranges, []);
    assert.equal(s.days.at(-1)!.exceptionId, null);
    assert.equal((await call(`remote/sites/site-01/schedule/exceptions/${created.id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await call(`remote/sites/site-01/schedule/exceptions/${created.id}`, { method: 'DELETE' })).status, 404);
    const log = SiteLog.parse((await call('remote/sites/site-01/log?groups=schedule')).body);
    assert.ok(log.entries.filter((e) => e.actor === 'Claire Martin').length >= 3);
  });

  it('the site log: plausible French entries of the last 30 days, newest first, filtered by group and days', async () => {
    const { call } = mockApi();
    const all = SiteLog.parse((await call('remote/sites/site-01/log')).body).entries;
    assert.ok(all.length > 30);
    assert.ok(all.some((e) => e.kind === 'armed' && e.actor));
    assert.ok(all.some((e) => e.kind === 'alarm'));
    const alarms = SiteLog.parse((await call(`remote/sites/site-01/log?groups=alarm&from=${addDays(TODAY, -7)}&to=${TODAY}`)).body).entries;
    assert.ok(alarms.every((e) => e.kind.startsWith('alarm') && e.at >= new Date(NOW - 9 * 86_400_000).toISOString()));
  });

  it('RS-OVERVIEW flows end to end in Node: the test-mode and schedule flows run their effects against the mock', async () => {
    const { client } = mockApi();
    const tm = createFlowRunner(testModeFlow, { context: () => ({ now: NOW, siteId: 'site-05' }), run: testModeRunner(client) });
    await tm.settled();
    tm.send({ type: 'choose', duration: 240 });
    tm.send({ type: 'start' });
    await tm.settled();
    assert.equal(remainingMs(tm.state, NOW), 240 * 60_000);
    const sc = createFlowRunner(scheduleFlow, { context: () => ({ now: NOW, siteId: 'site-05' }), run: scheduleRunner(client) });
    await sc.settled();
    assert.equal(sc.state.days.length, 31);
    sc.send({ type: 'select', date: addDays(TODAY, 30) });
    sc.send({ type: 'add' });
    sc.send({ type: 'change-range', index: 0, part: 'start', value: '10:00' });
    sc.send({ type: 'change-range', index: 0, part: 'end', value: '16:00' });
    sc.send({ type: 'submit' });
    await sc.settled();
    assert.equal(sc.state.form, null);
    assert.deepEqual(sc.state.days.at(-1)!.ranges, [{ start: '10:00', end: '16:00' }]);
  });
});
