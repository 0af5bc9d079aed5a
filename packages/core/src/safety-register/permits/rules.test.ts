/** SR-PERMIT — the fire permits' rules in Node: the levée de doute at its deadline, signatures, the list's query. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DEFAULT_PERMIT_QUERY,
  awaitedSigner,
  isLinkExpired,
  nextWatchChange,
  offersSignatureQr,
  queryPermits,
  watchDeadline,
  watchStateOf,
  type PermitQuery,
} from './rules.js';
import { FIRE_PERMIT_STATES, type FirePermit } from './schemas.js';

const MIN = 60_000;
const END = Date.parse('2026-03-10T16:00:00+01:00');
const permit = (over: Partial<FirePermit> = {}): FirePermit => ({
  id: 'pf-1',
  number: 'PF-2026-001',
  work: 'Soudure de canalisation en chaufferie',
  company: 'Soudures de l’Ouest',
  place: 'Chaufferie, sous-sol',
  startsAt: '2026-03-10T13:00:00+01:00',
  endsAt: '2026-03-10T16:00:00+01:00',
  state: 'in-progress',
  watchMinutes: 120,
  watchDoneAt: null,
  ...over,
});

describe('SR-PERMIT levée de doute (watchStateOf)', () => {
  const deadline = END + 120 * MIN;
  it('the deadline is the end of the works + the watch duration (2 h)', () => {
    assert.equal(watchDeadline(permit()), deadline);
    assert.equal(watchDeadline(permit({ watchMinutes: 60 })), END + 60 * MIN);
  });
  it('SR-PERMIT the minute before the deadline: to do (grey)', () => {
    assert.equal(watchStateOf(permit(), deadline - MIN), 'to-do');
  });
  it('SR-PERMIT at the deadline: still to do (the deadline is included)', () => {
    assert.equal(watchStateOf(permit(), deadline), 'to-do');
  });
  it('SR-PERMIT the minute after the deadline without a check: not done (red)', () => {
    assert.equal(watchStateOf(permit(), deadline + MIN), 'not-done');
  });
  it('SR-PERMIT recorded: done (green) before, at and after the deadline', () => {
    const done = permit({ watchDoneAt: '2026-03-10T17:30:00+01:00' });
    for (const now of [deadline - MIN, deadline, deadline + MIN, deadline + 30 * 24 * 60 * MIN])
      assert.equal(watchStateOf(done, now), 'done');
  });
  it('during the works: to do', () => {
    assert.equal(watchStateOf(permit(), END - 60 * MIN), 'to-do');
  });
  it('the next change of the list is the minute after the nearest open deadline', () => {
    const list = [
      permit(),
      permit({ id: 'b', endsAt: '2026-03-10T18:00:00+01:00' }),
      permit({ id: 'c', watchDoneAt: '2026-03-10T17:00:00+01:00' }),
    ];
    assert.equal(nextWatchChange(list, deadline - MIN), deadline + 1);
    assert.equal(nextWatchChange(list, deadline + 1), END + 240 * MIN + 1);
    assert.equal(nextWatchChange(list, END + 300 * MIN), undefined);
  });
  it('property: once not done, a permit without a check stays not done; a recorded one is always done', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: 1, max: 5000 }),
        (minutes, at, later) => {
          const p = permit({ watchMinutes: minutes });
          const now = END + at * MIN;
          if (watchStateOf(p, now) === 'not-done') assert.equal(watchStateOf(p, now + later * MIN), 'not-done');
          assert.equal(watchStateOf({ ...p, watchDoneAt: '2026-03-10T17:00:00+01:00' }, now), 'done');
        },
      ),
    );
  });
});

describe('SR-PERMIT signatures', () => {
  it('awaiting the operator or the provider: a QR code; in progress or closed: none', () => {
    assert.equal(awaitedSigner('awaiting-operator'), 'operator');
    assert.equal(awaitedSigner('awaiting-provider'), 'provider');
    assert.equal(awaitedSigner('in-progress'), undefined);
    assert.equal(awaitedSigner('closed'), undefined);
    assert.deepEqual(
      FIRE_PERMIT_STATES.filter((state) => offersSignatureQr({ state })),
      ['awaiting-operator', 'awaiting-provider'],
    );
  });
  it('SR-PERMIT a link works until its expiry, excluded: the minute before, at, after', () => {
    const link = { expiresAt: '2026-03-10T12:15:00+01:00' };
    const at = Date.parse(link.expiresAt);
    assert.equal(isLinkExpired(link, at - MIN), false);
    assert.equal(isLinkExpired(link, at), true);
    assert.equal(isLinkExpired(link, at + MIN), true);
  });
});

describe('SR-PERMIT list query', () => {
  const now = END + 60 * MIN;
  const list = [
    permit({
      id: 'a',
      number: 'PF-2026-010',
      state: 'awaiting-operator',
      startsAt: '2026-03-09T08:00:00+01:00',
      endsAt: '2026-03-09T12:00:00+01:00',
    }),
    permit({
      id: 'b',
      number: 'PF-2026-002',
      work: 'Découpe de poutrelles métalliques',
      company: 'Métallerie Bréhéret',
      state: 'closed',
      watchDoneAt: '2026-03-01T12:00:00+01:00',
    }),
    permit({ id: 'c', number: 'PF-2026-003', state: 'awaiting-provider', place: 'Toiture terrasse' }),
  ];
  const q = (over: Partial<PermitQuery>) => queryPermits(list, { ...DEFAULT_PERMIT_QUERY, ...over }, now).map((p) => p.id);
  it('search ignores case and accents, on number, work, company and place', () => {
    assert.deepEqual(q({ text: 'metallerie breheret' }), ['b']);
    assert.deepEqual(q({ text: 'toiture' }), ['c']);
    assert.deepEqual(q({ text: 'pf-2026-010' }), ['a']);
  });
  it('filters by state (awaiting = either signature) and by levée de doute', () => {
    assert.deepEqual(q({ state: 'awaiting', sort: { column: 'number', direction: 'ascending' } }), ['c', 'a']);
    assert.deepEqual(q({ watch: 'not-done' }), ['a']);
    assert.deepEqual(q({ watch: 'done' }), ['b']);
  });
  it('sorts by number naturally, by state in the order of work, by start newest first by default', () => {
    assert.deepEqual(q({ sort: { column: 'number', direction: 'ascending' } }), ['b', 'c', 'a']);
    assert.deepEqual(q({ sort: { column: 'state', direction: 'ascending' } }), ['a', 'c', 'b']);
    assert.deepEqual(q({}), ['b', 'c', 'a']);
  });
});
