import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createFlowRunner, replay, type FlowEffect } from '../../shared/flow.js';
import {
  idPinLinksFlow,
  sitesOf,
  type IdPinLinksEvent as E,
  type IdPinLinksRequest as R,
  type IdPinLinksState as S,
} from './links-flow.js';
import { checkPinChange } from './pin-change.js';
import { pinIssue } from './id-pin-format.js';
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
const NEW_LINK: IdPinLinkDetails = {
  id: 'lnk-9',
  identifier: '51002024',
  linkedAt: '2026-03-10T11:00:00Z',
  pinChangedAt: null,
  holder,
  sites: [site('s8', 'Dépôt Nantes'), site('s9', 'Bureaux Lille')],
};
const ctx = { now: 1_000_000 };
const ready = replay(idPinLinksFlow, [{ type: 'links-loaded', links: LINKS }], ctx).state;
const calls = (fx: readonly FlowEffect<R, E>[]) => fx.filter((f) => f.type === 'call').map((f) => (f as { request: R }).request);
const emits = (fx: readonly FlowEffect<R, E>[]) =>
  fx.filter((f) => f.type === 'emit').map((f) => [(f as { name: string }).name, (f as { detail: unknown }).detail]);
const focuses = (fx: readonly FlowEffect<R, E>[]) => fx.filter((f) => f.type === 'focus').map((f) => (f as { target: string }).target);

test('RS-IDPIN flow: loads the links, and retries after a failure', () => {
  const start = idPinLinksFlow.init(ctx);
  assert.deepEqual(calls(start.effects), [{ op: 'list' }]);
  const failed = replay(idPinLinksFlow, [{ type: 'links-failed', failure: { kind: 'network', message: 'x' } }], ctx);
  assert.equal(failed.state.list.status, 'error');
  const again = idPinLinksFlow.transition(failed.state, { type: 'retry' }, ctx);
  assert.equal(again.state.list.status, 'loading');
  assert.deepEqual(calls(again.effects), [{ op: 'list' }]);
});

test('RS-IDPIN flow: adding a pair — format checked first, then sent; success appends the link, says how many sites are new, fires id-pin-linked', () => {
  const open = idPinLinksFlow.transition(ready, { type: 'add-opened' }, ctx);
  assert.deepEqual(focuses(open.effects), ['add-identifier']);
  const bad = idPinLinksFlow.transition(open.state, { type: 'add-submitted', identifier: '4010 000', pin: 'pin-length' }, ctx);
  assert.deepEqual(bad.state.add.errors, { identifier: 'id-format', pin: 'pin-length' });
  assert.deepEqual(calls(bad.effects), []);
  assert.deepEqual(focuses(bad.effects), ['add-identifier']);
  const sent = idPinLinksFlow.transition(bad.state, { type: 'add-submitted', identifier: '5100 2024', pin: undefined }, ctx);
  assert.deepEqual(calls(sent.effects), [{ op: 'add', identifier: '51002024' }]);
  assert.equal(sent.state.add.submitting, true);
  const twice = idPinLinksFlow.transition(sent.state, { type: 'add-submitted', identifier: '5100 2024', pin: undefined }, ctx);
  assert.deepEqual(calls(twice.effects), [], 'one submission at a time');
  const done = idPinLinksFlow.transition(sent.state, { type: 'add-answered', result: { link: NEW_LINK, newSiteIds: ['s8', 's9'] } }, ctx);
  assert.deepEqual(
    done.state.links.map((l) => l.id),
    ['lnk-1', 'lnk-2', 'lnk-9'],
  );
  assert.equal(done.state.add.open, false);
  assert.deepEqual(emits(done.effects), [['id-pin-linked', { linkId: 'lnk-9' }]]);
  assert.deepEqual(focuses(done.effects), ['link:lnk-9']);
  assert.ok(done.effects.some((f) => f.type === 'announce' && f.message.key === 'rs.id-pin.add.done' && f.message.params?.count === 2));
});

test('RS-IDPIN flow: a wrong pair is answered generically and keeps the ID; an already linked pair says so on the ID', () => {
  const sent = replay(
    idPinLinksFlow,
    [{ type: 'add-opened' }, { type: 'add-submitted', identifier: '40100000', pin: undefined }],
    ctx,
    ready,
  ).state;
  const refused = idPinLinksFlow.transition(sent, { type: 'add-refused' }, ctx);
  assert.equal(refused.state.add.notice, 'invalid-pair');
  assert.equal(refused.state.add.identifier, '40100000');
  assert.deepEqual(focuses(refused.effects), ['add-pin']);
  const linked = idPinLinksFlow.transition(sent, { type: 'add-already-linked' }, ctx);
  assert.deepEqual(linked.state.add.errors, { identifier: 'already-linked' });
});

test('RS-IDPIN flow: throttled — the wait is the server’s, submissions before it end are not sent, it ends at its deadline', () => {
  const sent = replay(
    idPinLinksFlow,
    [{ type: 'add-opened' }, { type: 'add-submitted', identifier: '40100000', pin: undefined }],
    ctx,
    ready,
  ).state;
  const retryAt = ctx.now + 30_000;
  const waiting = idPinLinksFlow.transition(sent, { type: 'attempts-throttled', retryAt }, ctx).state;
  assert.equal(waiting.add.notice, 'throttled');
  assert.deepEqual(idPinLinksFlow.deadline!(waiting), { at: retryAt, event: { type: 'wait-ended' } });
  // Just before the end: not sent. At the end: sent.
  const before = idPinLinksFlow.transition(
    waiting,
    { type: 'add-submitted', identifier: '40100000', pin: undefined },
    { now: retryAt - 1 },
  );
  assert.deepEqual(calls(before.effects), []);
  assert.equal(
    idPinLinksFlow.transition(waiting, { type: 'wait-ended' }, { now: retryAt - 1 }).state.waitUntil,
    retryAt,
    'too early: nothing ends',
  );
  const ended = idPinLinksFlow.transition(waiting, { type: 'wait-ended' }, { now: retryAt }).state;
  assert.equal(ended.waitUntil, undefined);
  assert.equal(ended.add.notice, undefined);
  assert.deepEqual(
    calls(idPinLinksFlow.transition(waiting, { type: 'add-submitted', identifier: '40100000', pin: undefined }, { now: retryAt }).effects),
    [{ op: 'add', identifier: '40100000' }],
  );
});

test('RS-IDPIN flow: a PIN change sends only when the form found no issue; a wrong current PIN is said on its field; success fires pin-changed', () => {
  const open = idPinLinksFlow.transition(ready, { type: 'pin-opened', linkId: 'lnk-1' }, ctx);
  assert.deepEqual(focuses(open.effects), ['pin-currentPin']);
  const mismatch = idPinLinksFlow.transition(open.state, { type: 'pin-submitted', problems: checkPinChange('1234', '5678', '5679') }, ctx);
  assert.deepEqual(mismatch.state.pin?.errors, { confirmation: 'pin-mismatch' });
  assert.deepEqual(focuses(mismatch.effects), ['pin-confirmation']);
  const sent = idPinLinksFlow.transition(mismatch.state, { type: 'pin-submitted', problems: [] }, ctx);
  assert.deepEqual(calls(sent.effects), [{ op: 'change-pin', linkId: 'lnk-1' }]);
  const wrong = idPinLinksFlow.transition(sent.state, { type: 'pin-refused', reason: 'pin-wrong-current' }, ctx);
  assert.deepEqual(wrong.state.pin?.errors, { currentPin: 'pin-wrong-current' });
  const done = idPinLinksFlow.transition(sent.state, { type: 'pin-answered', linkId: 'lnk-1', pinChangedAt: '2026-03-10T11:00:00Z' }, ctx);
  assert.equal(done.state.pin, undefined);
  assert.equal(done.state.links[0]!.pinChangedAt, '2026-03-10T11:00:00Z');
  assert.deepEqual(emits(done.effects), [['pin-changed', { linkId: 'lnk-1' }]]);
  assert.deepEqual(focuses(done.effects), ['pin-toggle:lnk-1']);
});

test('RS-IDPIN flow: nicknaming — checked against the other sites, unchanged closes without a call, saved everywhere the site shows, fires site-renamed', () => {
  const editing = idPinLinksFlow.transition(ready, { type: 'rename-started', siteId: 's2' }, ctx).state;
  const taken = idPinLinksFlow.transition(editing, { type: 'rename-submitted', value: 'le GRAND depot' }, ctx);
  assert.equal(taken.state.rename?.error, 'nickname-taken');
  assert.deepEqual(calls(taken.effects), []);
  const same = idPinLinksFlow.transition(editing, { type: 'rename-submitted', value: '   ' }, ctx);
  assert.equal(same.state.rename, undefined, 'no nickname before, none after: nothing to send');
  assert.deepEqual(calls(same.effects), []);
  const sent = idPinLinksFlow.transition(editing, { type: 'rename-submitted', value: '  Agence  Paris ' }, ctx);
  assert.deepEqual(calls(sent.effects), [{ op: 'rename', siteId: 's2', nickname: 'Agence Paris' }]);
  const done = idPinLinksFlow.transition(sent.state, { type: 'rename-answered', siteId: 's2', nickname: 'Agence Paris' }, ctx);
  assert.deepEqual(
    done.state.links.flatMap((l) => l.sites.filter((x) => x.id === 's2').map((x) => x.nickname)),
    ['Agence Paris', 'Agence Paris'],
  );
  assert.deepEqual(emits(done.effects), [['site-renamed', { siteId: 's2', nickname: 'Agence Paris' }]]);
  const cancelled = idPinLinksFlow.transition(editing, { type: 'rename-cancelled' }, ctx);
  assert.deepEqual(focuses(cancelled.effects), ['rename:s2']);
});

test('RS-IDPIN flow: removing a link asks first (focus on « Annuler »), then removes it and fires id-pin-unlinked', () => {
  const asked = idPinLinksFlow.transition(ready, { type: 'remove-asked', linkId: 'lnk-2' }, ctx);
  assert.deepEqual(calls(asked.effects), []);
  assert.deepEqual(focuses(asked.effects), ['remove-cancel']);
  const cancelled = idPinLinksFlow.transition(asked.state, { type: 'remove-cancelled' }, ctx);
  assert.equal(cancelled.state.removal, undefined);
  assert.deepEqual(focuses(cancelled.effects), ['remove:lnk-2']);
  const confirmed = idPinLinksFlow.transition(asked.state, { type: 'remove-confirmed' }, ctx);
  assert.deepEqual(calls(confirmed.effects), [{ op: 'remove', linkId: 'lnk-2' }]);
  const done = idPinLinksFlow.transition(confirmed.state, { type: 'remove-answered', linkId: 'lnk-2', removedSiteIds: ['s3'] }, ctx);
  assert.deepEqual(
    done.state.links.map((l) => l.id),
    ['lnk-1'],
  );
  assert.deepEqual(
    sitesOf(done.state.links).map((x) => x.id),
    ['s1', 's2'],
    's2 stays: reached through lnk-1 too',
  );
  assert.deepEqual(emits(done.effects), [['id-pin-unlinked', { linkId: 'lnk-2' }]]);
});

test('RS-IDPIN flow: personal information checked, then saved', () => {
  const open = idPinLinksFlow.transition(ready, { type: 'holder-opened', linkId: 'lnk-1' }, ctx).state;
  const bad = idPinLinksFlow.transition(open, { type: 'holder-submitted', draft: { ...holder, phone: '12', email: '' } }, ctx);
  assert.deepEqual(bad.state.holder?.errors, { phone: 'invalid-phone', email: 'required' });
  assert.deepEqual(focuses(bad.effects), ['holder-phone']);
  const sent = idPinLinksFlow.transition(open, { type: 'holder-submitted', draft: { ...holder, phone: '0611223344' } }, ctx);
  assert.deepEqual(calls(sent.effects), [{ op: 'holder', linkId: 'lnk-1', holder: { ...holder, phone: '06 11 22 33 44' } }]);
  const saved = { ...LINKS[0]!, holder: { ...holder, phone: '06 11 22 33 44' } };
  const done = idPinLinksFlow.transition(sent.state, { type: 'holder-answered', link: saved }, ctx);
  assert.equal(done.state.holder, undefined);
  assert.equal(done.state.links[0]!.holder.phone, '06 11 22 33 44');
});

// ── Properties ───────────────────────────────────────────────────────────────

const linkIds = fc.constantFrom('lnk-1', 'lnk-2', 'lnk-x');
const siteIds = fc.constantFrom('s1', 's2', 's3', 's-x');
const failure = fc.constant({ kind: 'network' as const, message: 'down' });
const event = fc.oneof(
  fc.constant<E>({ type: 'add-opened' }),
  fc.constant<E>({ type: 'add-closed' }),
  fc.record({
    type: fc.constant('add-submitted' as const),
    identifier: fc.constantFrom('40100000', '5100 2024', '123', ''),
    pin: fc.constantFrom(undefined, 'pin-length' as const),
  }),
  fc.constant<E>({ type: 'add-refused' }),
  fc.constant<E>({ type: 'add-already-linked' }),
  fc.record({ type: fc.constant('add-answered' as const), result: fc.constant({ link: NEW_LINK, newSiteIds: ['s8'] }) }),
  fc.record({ type: fc.constant('add-failed' as const), failure }),
  fc.record({ type: fc.constant('attempts-throttled' as const), retryAt: fc.integer({ min: ctx.now - 10, max: ctx.now + 60_000 }) }),
  fc.constant<E>({ type: 'wait-ended' }),
  fc.record({ type: fc.constant('pin-opened' as const), linkId: linkIds }),
  fc.constant<E>({ type: 'pin-closed' }),
  fc.record({ type: fc.constant('pin-submitted' as const), problems: fc.constantFrom([], checkPinChange('1234', '1234', '1234')) }),
  fc.record({ type: fc.constant('pin-answered' as const), linkId: linkIds, pinChangedAt: fc.constant('2026-03-10T11:00:00Z') }),
  fc.record({ type: fc.constant('pin-refused' as const), reason: fc.constantFrom('pin-wrong-current' as const, 'pin-same' as const) }),
  fc.record({ type: fc.constant('pin-failed' as const), failure }),
  fc.record({ type: fc.constant('rename-started' as const), siteId: siteIds }),
  fc.constant<E>({ type: 'rename-cancelled' }),
  fc.record({
    type: fc.constant('rename-submitted' as const),
    value: fc.oneof(fc.string({ maxLength: 70 }), fc.constantFrom('Le grand dépôt', 'le GRAND depot', 'Agence Paris')),
  }),
  fc.record({ type: fc.constant('rename-answered' as const), siteId: siteIds, nickname: fc.constantFrom(null, 'Agence Paris') }),
  fc.record({ type: fc.constant('remove-asked' as const), linkId: linkIds }),
  fc.constant<E>({ type: 'remove-cancelled' }),
  fc.constant<E>({ type: 'remove-confirmed' }),
  fc.record({ type: fc.constant('remove-answered' as const), linkId: linkIds, removedSiteIds: fc.constant(['s3']) }),
  fc.record({ type: fc.constant('remove-failed' as const), failure }),
  fc.record({ type: fc.constant('holder-opened' as const), linkId: linkIds }),
  fc.constant<E>({ type: 'holder-closed' }),
  fc.record({ type: fc.constant('holder-submitted' as const), draft: fc.constantFrom(holder, { ...holder, email: '' }) }),
  fc.record({ type: fc.constant('holder-answered' as const), link: fc.constant(LINKS[0]!) }),
) as fc.Arbitrary<E>;

const pending = (s: S) =>
  [s.add.submitting, s.pin?.submitting, s.rename?.saving, s.removal?.removing, s.holder?.saving].filter(Boolean).length;

test('RS-IDPIN properties: at most one edit of a link or site at a time, one call per step, a call only when a step waits for it, and every answer applies only to what waits', () => {
  fc.assert(
    fc.property(fc.array(event, { maxLength: 40 }), (events) => {
      let s = ready;
      for (const e of events) {
        const next = idPinLinksFlow.transition(s, e, ctx);
        const c = calls(next.effects);
        assert.ok(c.length <= 1);
        if (c.length === 1) assert.ok(pending(next.state) > pending(s), `${e.type} sent a call without starting to wait`);
        if (e.type.endsWith('-answered') || e.type.endsWith('-refused') || e.type.endsWith('-failed')) {
          if (pending(s) === 0) assert.deepEqual(next.state, s, `${e.type} changed a state that waited for nothing`);
        }
        const edits = [next.state.pin, next.state.rename, next.state.removal, next.state.holder].filter(Boolean).length;
        assert.ok(edits <= 1, 'one edit at a time');
        // Every nickname the flow emits is one the rules accept.
        for (const [name, detail] of emits(next.effects)) {
          if (name === 'site-renamed') {
            const n = (detail as { nickname: string | null }).nickname;
            assert.ok(n === null || (n.length > 0 && n === n.trim()));
          }
        }
        s = next.state;
      }
    }),
  );
});

test('RS-IDPIN property: a PIN never reaches the machine — run with a fake form, no state, effect or event holds it', async () => {
  await fc.assert(
    fc.asyncProperty(fc.stringMatching(/^[0-9]{4,6}$/), fc.stringMatching(/^[0-9]{4,6}$/), fc.boolean(), async (pin, newPin, right) => {
      const fixture = JSON.stringify([LINKS, NEW_LINK]);
      fc.pre(!fixture.includes(pin) && !fixture.includes(newPin) && pin !== newPin);
      const seen: string[] = [];
      const form = { pin, currentPin: pin, newPin, confirmation: newPin };
      let state: unknown = null;
      const runner = createFlowRunner(idPinLinksFlow, {
        context: () => ctx,
        run: async (request): Promise<E> => {
          seen.push(JSON.stringify(request));
          switch (request.op) {
            case 'list':
              return { type: 'links-loaded', links: LINKS };
            case 'add':
              // The runner reads the PIN from the form, as the element does.
              return right && form.pin === pin
                ? { type: 'add-answered', result: { link: NEW_LINK, newSiteIds: ['s8', 's9'] } }
                : { type: 'add-refused' };
            case 'change-pin':
              return right
                ? { type: 'pin-answered', linkId: request.linkId, pinChangedAt: '2026-03-10T11:00:00Z' }
                : { type: 'pin-refused', reason: 'pin-wrong-current' };
            default:
              return { type: 'links-failed', failure: { kind: 'network', message: '' } };
          }
        },
        host: {
          emit: (name, detail) => (seen.push(name + JSON.stringify(detail)), true),
          announce: (m) => void seen.push(JSON.stringify(m)),
          changed: () => void seen.push(JSON.stringify(state)),
        },
      });
      await runner.settled();
      const send = (e: E) => {
        seen.push(JSON.stringify(e));
        runner.send(e);
        state = runner.state;
        seen.push(JSON.stringify(state));
      };
      send({ type: 'add-opened' });
      send({ type: 'add-submitted', identifier: '5100 2024', pin: pinIssue(form.pin) });
      await runner.settled();
      send({ type: 'pin-opened', linkId: 'lnk-1' });
      send({ type: 'pin-submitted', problems: checkPinChange(form.currentPin, form.newPin, form.confirmation) });
      await runner.settled();
      for (const text of seen) {
        assert.ok(!text.includes(pin) && !text.includes(newPin), 'a PIN leaked');
      }
      assert.equal(runner.state.pin === undefined, right);
    }),
    { numRuns: 60 },
  );
});
