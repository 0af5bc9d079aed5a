/**
 * RS-IDPIN — the flow of `<id-pin-links>` in two parts: the list (`links-list.ts`, the first screen)
 * and the edits (`links-edits.ts`, loaded when a person acts), joined by `idPinLinksFlowWith`. The
 * whole machine is tested through `idPinLinksFlow` (links-flow.test.ts); here, the seam: without
 * the edits the list works and an edit's event changes nothing; the edits arriving late lose
 * nothing the list did; a widget's run, the edits given mid-way, goes through to the end.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createFlowRunner, replay } from '../../shared/flow.js';
import { idPinLinksEditTransition } from './links-edits.js';
import { idPinLinksFlow } from './links-flow.js';
import { idPinLinksFlowWith, type IdPinEditTransition, type IdPinLinksEvent as E, type IdPinLinksState as S } from './links-list.js';
import { checkPinChange } from './pin-change.js';
import type { IdPinLinkDetails } from './schemas.js';

const holder = { firstName: 'Claire', lastName: 'Martin', phone: '06 12 34 56 78', email: 'claire.martin@exemple.fr' };
const site = (id: string, name: string, nickname: string | null = null) => ({
  id,
  name,
  nickname,
  address: { street: '1 rue Pasteur', postalCode: '69007', city: 'Lyon' },
});
const LINKS: IdPinLinkDetails[] = [
  {
    id: 'lnk-1',
    identifier: '40100000',
    linkedAt: '2025-02-01T09:00:00Z',
    pinChangedAt: null,
    holder,
    sites: [site('s1', 'Entrepôt Gerland', 'Le grand dépôt'), site('s2', 'Agence Oberkampf')],
  },
  {
    id: 'lnk-2',
    identifier: '40107919',
    linkedAt: '2025-02-10T09:00:00Z',
    pinChangedAt: null,
    holder,
    sites: [site('s3', 'Magasin Joliette'), site('s2', 'Agence Oberkampf')],
  },
];
const ctx = { now: 1_000_000 };
const failure = { kind: 'network' as const, message: 'down' };
const LIST_EVENTS = new Set(['retry', 'links-loaded', 'links-failed']);
const listOnly = idPinLinksFlowWith(() => undefined);

const event = fc.oneof(
  fc.constant<E>({ type: 'retry' }),
  fc.constant<E>({ type: 'links-loaded', links: LINKS }),
  fc.constant<E>({ type: 'links-failed', failure }),
  fc.constant<E>({ type: 'add-opened' }),
  fc.record({
    type: fc.constant('add-submitted' as const),
    identifier: fc.constantFrom('40100000', '123'),
    pin: fc.constantFrom(undefined, 'pin-length' as const),
  }),
  fc.constant<E>({ type: 'add-refused' }),
  fc.record({ type: fc.constant('attempts-throttled' as const), retryAt: fc.integer({ min: ctx.now - 10, max: ctx.now + 60_000 }) }),
  fc.constant<E>({ type: 'wait-ended' }),
  fc.record({ type: fc.constant('pin-opened' as const), linkId: fc.constantFrom('lnk-1', 'lnk-2', 'lnk-x') }),
  fc.record({ type: fc.constant('pin-submitted' as const), problems: fc.constantFrom([], checkPinChange('1234', '1234', '1234')) }),
  fc.record({
    type: fc.constant('pin-answered' as const),
    linkId: fc.constantFrom('lnk-1', 'lnk-2'),
    pinChangedAt: fc.constant('2026-03-10T11:00:00Z'),
  }),
  fc.record({ type: fc.constant('rename-started' as const), siteId: fc.constantFrom('s1', 's2', 's-x') }),
  fc.record({ type: fc.constant('rename-submitted' as const), value: fc.constantFrom('Agence Paris', 'le GRAND depot', '') }),
  fc.record({ type: fc.constant('remove-asked' as const), linkId: fc.constantFrom('lnk-1', 'lnk-2') }),
  fc.constant<E>({ type: 'remove-confirmed' }),
  fc.record({ type: fc.constant('holder-opened' as const), linkId: fc.constantFrom('lnk-1', 'lnk-x') }),
  fc.constant<E>({ type: 'holder-closed' }),
) as fc.Arbitrary<E>;

test('RS-IDPIN list without the edits: loads the links and retries; an edit’s event (add, PIN, nickname, removal, holder) changes nothing', () => {
  const start = listOnly.init(ctx);
  assert.deepEqual(start.effects, [{ type: 'call', request: { op: 'list' }, key: 'list' }]);
  const failed = listOnly.transition(start.state, { type: 'links-failed', failure }, ctx);
  assert.equal(failed.state.list.status, 'error');
  const again = listOnly.transition(failed.state, { type: 'retry' }, ctx);
  assert.equal(again.state.list.status, 'loading');
  const ready = listOnly.transition(again.state, { type: 'links-loaded', links: LINKS }, ctx).state;
  assert.deepEqual(
    ready,
    idPinLinksFlow.transition(
      replay(idPinLinksFlow, [{ type: 'links-failed', failure }, { type: 'retry' }], ctx).state,
      { type: 'links-loaded', links: LINKS },
      ctx,
    ).state,
  );
  for (const e of [
    { type: 'add-opened' },
    { type: 'pin-opened', linkId: 'lnk-1' },
    { type: 'rename-started', siteId: 's1' },
    { type: 'remove-asked', linkId: 'lnk-2' },
    { type: 'holder-opened', linkId: 'lnk-1' },
  ] as E[]) {
    const next = listOnly.transition(ready, e, ctx);
    assert.equal(next.state, ready, `${e.type} changed the list`);
    assert.deepEqual(next.effects, [], `${e.type} had an effect`);
  }
  // With the edits, the same events open their edit.
  const withEdits = idPinLinksFlowWith(() => idPinLinksEditTransition);
  assert.equal(withEdits.transition(ready, { type: 'pin-opened', linkId: 'lnk-1' }, ctx).state.pin?.linkId, 'lnk-1');
  assert.equal(withEdits.transition(ready, { type: 'add-opened' }, ctx).state.add.open, true);
});

test('RS-IDPIN properties: the list’s events never reach the edits, every other event does; the edits arriving late lose nothing the list did', () => {
  fc.assert(
    fc.property(fc.array(event, { maxLength: 30 }), fc.nat({ max: 30 }), (events, at) => {
      // Who handles what.
      const reached: string[] = [];
      const spy: IdPinEditTransition = (s, e, c) => (reached.push(e.type), idPinLinksEditTransition(s, e, c));
      replay(
        idPinLinksFlowWith(() => spy),
        events,
        ctx,
      );
      assert.deepEqual(
        reached,
        events.filter((e) => !LIST_EVENTS.has(e.type)).map((e) => e.type),
      );

      // The edits given after `at` events: up to there only the list's events count, then all do.
      let edits: IdPinEditTransition | undefined;
      const late = idPinLinksFlowWith(() => edits);
      let s: S = late.init(ctx).state;
      events.forEach((e, i) => {
        if (i === at) edits = idPinLinksEditTransition;
        s = late.transition(s, e, ctx).state;
      });
      const expected = replay(
        idPinLinksFlow,
        [...events.slice(0, at).filter((e) => LIST_EVENTS.has(e.type)), ...events.slice(at)],
        ctx,
      ).state;
      assert.deepEqual(s, expected);
    }),
  );
});

test('RS-IDPIN whole run: the list shows before the edits are there; once given, a PIN change goes through (pin-changed, toast) and the list is kept', async () => {
  let edits: IdPinEditTransition | undefined;
  const emitted: string[] = [];
  const announced: string[] = [];
  const requests: string[] = [];
  const runner = createFlowRunner(
    idPinLinksFlowWith(() => edits),
    {
      context: () => ctx,
      run: async (request): Promise<E> => {
        requests.push(request.op);
        if (request.op === 'list') return { type: 'links-loaded', links: LINKS };
        if (request.op === 'change-pin') return { type: 'pin-answered', linkId: request.linkId, pinChangedAt: '2026-03-10T11:00:00Z' };
        return { type: 'links-failed', failure };
      },
      host: {
        emit: (name) => (emitted.push(name), true),
        announce: (m) => void announced.push(m.key),
      },
    },
  );
  await runner.settled();
  assert.equal(runner.state.list.status, 'ready');
  assert.equal(runner.state.links.length, 2);

  // A click before the code is there: nothing happens (the widget sends it once the code is loaded).
  const before = runner.state;
  runner.send({ type: 'pin-opened', linkId: 'lnk-1' });
  assert.equal(runner.state, before);

  edits = idPinLinksEditTransition;
  runner.send({ type: 'pin-opened', linkId: 'lnk-1' });
  assert.equal(runner.state.pin?.linkId, 'lnk-1');
  runner.send({ type: 'pin-submitted', problems: [] });
  await runner.settled();
  assert.deepEqual(requests, ['list', 'change-pin']);
  assert.equal(runner.state.pin, undefined);
  assert.equal(runner.state.links[0]!.pinChangedAt, '2026-03-10T11:00:00Z');
  assert.deepEqual(emitted, ['pin-changed']);
  assert.deepEqual(announced, ['rs.id-pin.pin.done']);
});
