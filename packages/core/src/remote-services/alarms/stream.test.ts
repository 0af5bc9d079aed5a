import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import { createFlowRunner } from '../../shared/flow.js';
import { alarmFeedCalls } from './api.js';
import { alarmFeedFlow, feedAlarms } from './feed-flow.js';
import type { AlarmStreamEvent } from './schemas.js';
import { readAlarmStream } from './stream.js';
import { alarm } from './test-support.js';

const BASE = 'https://api.example.fr/v1/';

/** A fake server: the stream's body written in the given chunks, the snapshot as JSON. */
function fakeFetch(
  streamChunks: string[] | { status: number },
  seen: Request[] = [],
  snapshot = { items: [alarm({ n: 1 })], cursor: '3' },
) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    seen.push(request);
    if (request.url.includes('/alarms/stream')) {
      if (!Array.isArray(streamChunks))
        return Response.json(
          { type: '/problems/not-found', status: streamChunks.status },
          { status: streamChunks.status, headers: { 'content-type': 'application/problem+json' } },
        );
      const encoder = new TextEncoder();
      const body = new ReadableStream({
        start(c) {
          for (const chunk of streamChunks) c.enqueue(encoder.encode(chunk));
          c.close();
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    }
    return Response.json(snapshot);
  };
}

const frames = (events: { id: number; event: string; data: unknown }[]) =>
  events.map((e) => `id: ${e.id}\nevent: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`).join('');

describe('RS-ALARMS stream client', () => {
  test('sends the bearer token, Accept: text/event-stream exactly and Last-Event-ID; reads the events', async () => {
    const seen: Request[] = [];
    const a = alarm({ n: 7 });
    const client = createClient({
      baseUrl: BASE,
      getToken: () => 'tok',
      fetch: fakeFetch([': hello\n\n', frames([{ id: 8, event: 'alarm-raised', data: { alarm: a } }])], seen),
    });
    const got: AlarmStreamEvent[] = [];
    await readAlarmStream(client, { lastEventId: '7', siteId: 'site-01', onEvent: (e) => got.push(e) });
    assert.equal(seen[0]!.headers.get('authorization'), 'Bearer tok');
    assert.equal(seen[0]!.headers.get('accept'), 'text/event-stream');
    assert.equal(seen[0]!.headers.get('last-event-id'), '7');
    assert.equal(new URL(seen[0]!.url).searchParams.get('siteId'), 'site-01');
    assert.deepEqual(got, [{ seq: 8, type: 'alarm-raised', alarm: a }]);
  });

  test('property: however the bytes are cut into chunks, the same events come out', async () => {
    const text = frames([
      { id: 1, event: 'alarm-raised', data: { alarm: alarm({ n: 1, zone: 'Zone 1 — Accueil « é »' }) } },
      { id: 2, event: 'alarm-closed', data: { alarmId: 'alm-1', siteId: 'site-01', closedAt: '2026-12-07T10:00:00Z' } },
      { id: 3, event: 'unknown-event', data: {} },
    ]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 8 }), async (cuts) => {
        const at = [...new Set(cuts)].sort((x, y) => x - y);
        const chunks = [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length));
        const got: number[] = [];
        await readAlarmStream(createClient({ baseUrl: BASE, fetch: fakeFetch(chunks) }), { onEvent: (e) => got.push(e.seq) });
        assert.deepEqual(got, [1, 2]);
      }),
      { numRuns: 40 },
    );
  });

  test('an event that breaks the contract is a contract failure', async () => {
    const client = createClient({
      baseUrl: BASE,
      fetch: fakeFetch([frames([{ id: 1, event: 'alarm-raised', data: { alarm: { id: 'x' } } }])]),
    });
    await assert.rejects(
      readAlarmStream(client, { onEvent: () => {} }),
      (e: unknown) => e instanceof ApiError && e.failure.kind === 'contract',
    );
  });

  test('a stream that goes silent is dropped (timeout)', async () => {
    const client = createClient({
      baseUrl: BASE,
      fetch: async () => new Response(new ReadableStream({ start() {} }), { headers: { 'content-type': 'text/event-stream' } }),
    });
    await assert.rejects(
      readAlarmStream(client, { onEvent: () => {}, idleTimeoutMs: 30 }),
      (e: unknown) => e instanceof ApiError && e.failure.kind === 'timeout',
    );
  });

  test('RS-ALARMS: no stream on the server (404): the feed polls the snapshot instead', async () => {
    const client = createClient({ baseUrl: BASE, fetch: fakeFetch({ status: 404 }), retry: { limit: 0 } });
    const r = createFlowRunner(alarmFeedFlow, { context: () => ({ now: 0, random: 0 }), run: alarmFeedCalls(client, (e) => r.send(e)) });
    await r.settled();
    assert.equal(r.state.link, 'polling');
    assert.equal(r.state.load, 'ready');
    assert.deepEqual(
      feedAlarms(r.state).map((a) => a.id),
      ['alm-1'],
    );
  });

  test('a client without stream() (a host’s own transport) polls and never tries to stream again', async () => {
    const full = createClient({ baseUrl: BASE, fetch: fakeFetch([]) });
    const { stream: _unused, ...client } = full;
    const r = createFlowRunner(alarmFeedFlow, { context: () => ({ now: 0, random: 0 }), run: alarmFeedCalls(client, (e) => r.send(e)) });
    await r.settled();
    assert.equal(r.state.link, 'polling');
    assert.equal(r.state.streamless, true);
    assert.equal(r.state.retryAt, undefined);
  });
});
