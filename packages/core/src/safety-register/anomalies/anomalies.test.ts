/** SR-ANOMALY — the anomalies' rules and the request machine (Node: node:test + fast-check). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { replay } from '../../shared/flow.js';
import {
  ANOMALY_COLUMNS,
  anomalyAuthors,
  anomalyRequestFlow,
  authorKindFilter,
  dedupe,
  fanOutRequest,
  filterOptions,
  NO_ANOMALY_FILTER,
  normalizeRecipients,
  parseDayFr,
  recipientIssues,
  visibleAnomalies,
  wishedDateIssue,
  wishedDayIssue,
  type AnomalyRequestEvent,
  type AnomalySummary,
  type ProviderDirectory,
} from '../index.js';

const NOW = Date.parse('2026-12-07T10:00:00+01:00');
const TODAY = '2026-12-07';

const row = (id: string, over: Partial<AnomalySummary> = {}): AnomalySummary => ({
  id,
  reference: `ANO-${id}`,
  title: 'Bloc autonome d’éclairage hors service',
  site: 'Résidence Les Tilleuls',
  location: { building: 'Bâtiment A', place: 'Hall' },
  criticality: 'minor',
  state: 'open',
  createdOn: '2026-11-01',
  createdBy: { kind: 'user', name: 'Claire Martin' },
  requestCount: 0,
  ...over,
});

const LIST: AnomalySummary[] = [
  row('1', {
    title: 'Extincteur manquant',
    criticality: 'critical',
    createdOn: '2026-10-01',
    createdBy: { kind: 'commission', name: 'Commission de sécurité du 12/05/2026' },
  }),
  row('2', {
    title: 'Porte coupe-feu qui ne se ferme pas',
    state: 'in-progress',
    location: { building: 'Parking', place: 'Niveau -1' },
    createdBy: { kind: 'provider', name: 'Julien Petit', company: 'Apave' },
  }),
  row('3', {
    title: 'Éclairage de sécurité défaillant',
    criticality: 'major',
    state: 'closed',
    createdOn: '2026-12-01',
    location: { building: 'Chaufferie', place: '' },
  }),
];

describe('SR-ANOMALY the list: search, filters, sort', () => {
  it('filters by state, criticality and « Anomalie créée par » (a name or a kind of author)', () => {
    assert.deepEqual(
      visibleAnomalies(LIST, { ...NO_ANOMALY_FILTER, state: 'in-progress' }).map((a) => a.id),
      ['2'],
    );
    assert.deepEqual(
      visibleAnomalies(LIST, { ...NO_ANOMALY_FILTER, criticality: 'critical' }).map((a) => a.id),
      ['1'],
    );
    assert.deepEqual(
      visibleAnomalies(LIST, { ...NO_ANOMALY_FILTER, createdBy: 'Claire Martin' }).map((a) => a.id),
      ['3'],
    );
    assert.deepEqual(
      visibleAnomalies(LIST, { ...NO_ANOMALY_FILTER, createdBy: authorKindFilter('provider') }).map((a) => a.id),
      ['2'],
    );
  });

  it('searches without accents, case or apostrophes, on every token', () => {
    assert.deepEqual(
      visibleAnomalies(LIST, { ...NO_ANOMALY_FILTER, query: 'eclairage CHAUFFERIE' }).map((a) => a.id),
      ['3'],
    );
    assert.deepEqual(
      visibleAnomalies(LIST, { ...NO_ANOMALY_FILTER, query: 'apave' }).map((a) => a.id),
      ['2'],
    );
    assert.deepEqual(
      visibleAnomalies(LIST, { ...NO_ANOMALY_FILTER, query: 'commission 12/05' }).map((a) => a.id),
      ['1'],
    );
    assert.deepEqual(visibleAnomalies(LIST, { ...NO_ANOMALY_FILTER, query: 'introuvable' }), []);
  });

  it('sorts newest first by default; criticality by seriousness, not by label', () => {
    assert.deepEqual(
      visibleAnomalies(LIST, NO_ANOMALY_FILTER).map((a) => a.id),
      ['3', '2', '1'],
    );
    assert.deepEqual(
      visibleAnomalies(LIST, NO_ANOMALY_FILTER, { column: 'criticality', direction: 'descending' }).map((a) => a.id),
      ['1', '3', '2'],
    );
    assert.deepEqual(
      visibleAnomalies(LIST, NO_ANOMALY_FILTER, { column: 'title', direction: 'ascending' }).map((a) => a.id),
      ['3', '1', '2'],
    );
    assert.deepEqual(
      visibleAnomalies(LIST, NO_ANOMALY_FILTER, { column: 'createdBy', direction: 'ascending' }).map((a) => a.id),
      ['3', '1', '2'],
    );
  });

  it('every column sorts: a permutation, and descending reverses ascending when keys differ (property)', () => {
    const arb = fc.array(
      fc.record({
        id: fc.uuid(),
        title: fc.string({ minLength: 1 }),
        criticality: fc.constantFrom('minor', 'major', 'critical') as fc.Arbitrary<AnomalySummary['criticality']>,
        state: fc.constantFrom('open', 'in-progress', 'closed') as fc.Arbitrary<AnomalySummary['state']>,
        day: fc.integer({ min: 1, max: 28 }),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, fc.constantFrom(...ANOMALY_COLUMNS), (rows, column) => {
        const list = rows.map((r) =>
          row(r.id, { title: r.title, criticality: r.criticality, state: r.state, createdOn: `2026-11-${String(r.day).padStart(2, '0')}` }),
        );
        const up = visibleAnomalies(list, NO_ANOMALY_FILTER, { column, direction: 'ascending' });
        const down = visibleAnomalies(list, NO_ANOMALY_FILTER, { column, direction: 'descending' });
        assert.equal(up.length, list.length);
        assert.deepEqual(new Set(up.map((a) => a.id)), new Set(list.map((a) => a.id)));
        assert.equal(down.length, list.length);
      }),
    );
  });

  it('lists each author once, sorted the French way', () => {
    assert.deepEqual(anomalyAuthors(LIST), ['Claire Martin', 'Commission de sécurité du 12/05/2026', 'Julien Petit']);
  });
});

const DIR: ProviderDirectory = {
  providers: [
    {
      id: 'p-dekra',
      name: 'Dekra Industrial',
      trade: 'Contrôles',
      contacts: [{ id: 'c-d1', name: 'Marc Dubois', role: 'Technicien', email: 'm@d.fr' }],
    },
    {
      id: 'p-apave',
      name: 'Apave',
      trade: 'Contrôles',
      contacts: [
        { id: 'c-a1', name: 'Julie Robin', role: 'Chargée d’affaires', email: 'j@a.fr' },
        { id: 'c-a2', name: 'Léo Blanc', role: 'Technicien', email: 'l@a.fr' },
      ],
    },
    { id: 'p-sicli', name: 'Sicli', trade: 'Extincteurs', contacts: [] },
  ],
  accountContacts: [{ id: 'usr-claire', name: 'Claire Martin', role: 'Responsable sécurité', email: 'c@x.fr' }],
};

describe('SR-ANOMALY a request’s recipients', () => {
  it('dedupes, keeping the first', () => assert.deepEqual(dedupe(['a', 'b', 'a', 'c', 'b']), ['a', 'b', 'c']));

  it('drops unknown providers and contacts of providers not chosen; keeps the account’s own', () => {
    assert.deepEqual(normalizeRecipients(DIR, { providerIds: ['p-dekra', 'p-x', 'p-dekra'], contactIds: ['c-a1', 'c-d1', 'usr-claire'] }), {
      providerIds: ['p-dekra'],
      contactIds: ['c-d1', 'usr-claire'],
    });
  });

  it('says what is wrong: no provider, duplicates, unknowns', () => {
    assert.deepEqual(recipientIssues(DIR, { providerIds: [], contactIds: [] }), [{ field: 'providerIds', issue: 'provider-required' }]);
    assert.deepEqual(recipientIssues(DIR, { providerIds: ['p-apave', 'p-apave'], contactIds: ['c-d1'] }), [
      { field: 'providerIds', issue: 'duplicate' },
      { field: 'contactIds', issue: 'unknown-contact' },
    ]);
    assert.deepEqual(recipientIssues(DIR, { providerIds: ['p-apave', 'p-dekra'], contactIds: ['c-d1', 'usr-claire'] }), []);
  });

  it('fans out one request per provider, each with its own contacts and the account’s', () => {
    assert.deepEqual(fanOutRequest(DIR, { providerIds: ['p-apave', 'p-dekra', 'p-sicli'], contactIds: ['c-a2', 'usr-claire', 'c-d1'] }), [
      { providerId: 'p-apave', contactIds: ['c-a2', 'usr-claire'] },
      { providerId: 'p-dekra', contactIds: ['usr-claire', 'c-d1'] },
      { providerId: 'p-sicli', contactIds: ['usr-claire'] },
    ]);
  });

  it('fan-out count = distinct known providers; no provider gets another’s contact (property)', () => {
    const ids = ['p-dekra', 'p-apave', 'p-sicli', 'p-x'];
    const contacts = ['c-d1', 'c-a1', 'c-a2', 'usr-claire', 'c-x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids)), fc.array(fc.constantFrom(...contacts)), (providerIds, contactIds) => {
        const out = fanOutRequest(DIR, { providerIds, contactIds });
        assert.equal(out.length, new Set(providerIds.filter((p) => p !== 'p-x')).size);
        for (const r of out) {
          const theirs = DIR.providers.find((p) => p.id === r.providerId)!.contacts.map((c) => c.id);
          for (const c of r.contactIds) assert.ok(theirs.includes(c) || c === 'usr-claire');
        }
      }),
    );
  });
});

describe('SR-ANOMALY the comboboxes', () => {
  it('filter options without accents, case or apostrophes; an empty query keeps them all', () => {
    const names = ['Société d’Électricité Générale', 'Apave', 'Dekra Industrial'];
    assert.deepEqual(
      filterOptions(names, 'electricite', (n) => n),
      ['Société d’Électricité Générale'],
    );
    assert.deepEqual(
      filterOptions(names, 'dELECtricité', (n) => n),
      ['Société d’Électricité Générale'],
    );
    assert.deepEqual(
      filterOptions(names, '  ', (n) => n),
      names,
    );
    assert.deepEqual(
      filterOptions(names, 'zzz', (n) => n),
      [],
    );
  });
});

describe('SR-ANOMALY the wished date (JJ/MM/AAAA, not in the past)', () => {
  it('reads JJ/MM/AAAA and refuses impossible days', () => {
    assert.equal(parseDayFr('15/01/2027'), '2027-01-15');
    assert.equal(parseDayFr('5/1/2027'), '2027-01-05');
    assert.equal(parseDayFr('31/02/2027'), undefined);
    assert.equal(parseDayFr('2027-01-15'), undefined);
  });
  it('SR-ANOMALY the day before today is past; today and the day after are fine', () => {
    assert.equal(wishedDateIssue('06/12/2026', TODAY), 'date-past');
    assert.equal(wishedDateIssue('07/12/2026', TODAY), undefined);
    assert.equal(wishedDateIssue('08/12/2026', TODAY), undefined);
    assert.equal(wishedDateIssue('', TODAY), undefined);
    assert.equal(wishedDateIssue('demain', TODAY), 'date-format');
    assert.equal(wishedDayIssue('2026-12-06', TODAY), 'date-past');
    assert.equal(wishedDayIssue('2026-12-07', TODAY), undefined);
    assert.equal(wishedDayIssue(null, TODAY), undefined);
  });
});

describe('SR-ANOMALY the request machine', () => {
  const ctx = { now: NOW };
  const flow = anomalyRequestFlow('ano-1', 'quote', DIR);
  type Call = { request: { op: string; key?: string } & Record<string, unknown> };
  const calls = (effects: readonly { type: string }[]) => effects.filter((e) => e.type === 'call') as unknown as Call[];

  it('requests a quote from three providers at once: one call, the body has the three', () => {
    const { state, effects } = replay(
      flow,
      [
        { type: 'provider-toggled', id: 'p-dekra' },
        { type: 'provider-toggled', id: 'p-apave' },
        { type: 'provider-toggled', id: 'p-sicli' },
        { type: 'contact-toggled', id: 'c-a1' },
        { type: 'date-changed', value: '07/12/2026' },
        { type: 'message-changed', value: 'Merci de chiffrer le remplacement.' },
        { type: 'submitted', key: 'k1' },
        { type: 'submitted', key: 'k2' },
      ],
      ctx,
    );
    assert.equal(state.status, 'sending');
    const sent = calls(effects);
    assert.equal(sent.length, 1);
    assert.deepEqual(sent[0]!.request, {
      op: 'send',
      anomalyId: 'ano-1',
      key: 'k1',
      body: {
        kind: 'quote',
        providerIds: ['p-dekra', 'p-apave', 'p-sicli'],
        contactIds: ['c-a1'],
        message: 'Merci de chiffrer le remplacement.',
        wishedDate: '2026-12-07',
      },
    });
  });

  it('never sends without a provider: the error, the focus on the providers', () => {
    const { state, effects } = replay(flow, [{ type: 'submitted', key: 'k' }], ctx);
    assert.equal(state.errors.providers, 'provider-required');
    assert.deepEqual(effects, [{ type: 'focus', target: 'request-providers' }]);
  });

  it('refuses a past wished date (the day before), accepts today', () => {
    const past = replay(
      flow,
      [
        { type: 'provider-toggled', id: 'p-dekra' },
        { type: 'date-changed', value: '06/12/2026' },
        { type: 'submitted', key: 'k' },
      ],
      ctx,
    );
    assert.equal(past.state.errors.wishedDate, 'date-past');
    assert.equal(calls(past.effects).length, 0);
  });

  it('removing a provider drops its contacts', () => {
    const { state } = replay(
      flow,
      [
        { type: 'provider-toggled', id: 'p-apave' },
        { type: 'contact-toggled', id: 'c-a1' },
        { type: 'contact-toggled', id: 'usr-claire' },
        { type: 'provider-removed', id: 'p-apave' },
      ],
      ctx,
    );
    assert.deepEqual(state.contactIds, ['usr-claire']);
  });

  it('keeps what was typed after a failure; a retry of the same content reuses the key, an edit makes a new one', () => {
    const failure = { kind: 'network', message: 'offline' } as const;
    const a = replay(
      flow,
      [
        { type: 'provider-toggled', id: 'p-dekra' },
        { type: 'message-changed', value: 'Urgent' },
        { type: 'submitted', key: 'k1' },
        { type: 'send-failed', failure },
        { type: 'submitted', key: 'k2' },
      ],
      ctx,
    );
    assert.equal(a.state.message, 'Urgent');
    assert.deepEqual(
      calls(a.effects).map((c) => c.request.key),
      ['k1', 'k1'],
    );
    const b = replay(
      flow,
      [
        { type: 'provider-toggled', id: 'p-dekra' },
        { type: 'submitted', key: 'k1' },
        { type: 'send-failed', failure },
        { type: 'message-changed', value: 'x' },
        { type: 'submitted', key: 'k2' },
      ],
      ctx,
    );
    assert.deepEqual(
      calls(b.effects).map((c) => c.request.key),
      ['k1', 'k2'],
    );
  });

  const eventArb: fc.Arbitrary<AnomalyRequestEvent> = fc.oneof(
    fc.constantFrom('p-dekra', 'p-apave', 'p-sicli', 'p-x').map((id) => ({ type: 'provider-toggled' as const, id })),
    fc.constantFrom('p-dekra', 'p-apave').map((id) => ({ type: 'provider-removed' as const, id })),
    fc.constantFrom('c-d1', 'c-a1', 'c-a2', 'usr-claire').map((id) => ({ type: 'contact-toggled' as const, id })),
    fc.constantFrom('c-d1', 'usr-claire').map((id) => ({ type: 'contact-removed' as const, id })),
    fc.constantFrom('', '08/12/2026', '06/12/2026', 'x').map((value) => ({ type: 'date-changed' as const, value })),
    fc.string({ maxLength: 5 }).map((value) => ({ type: 'message-changed' as const, value })),
    fc.uuid().map((key) => ({ type: 'submitted' as const, key })),
    fc.constant({ type: 'send-failed' as const, failure: { kind: 'network' as const, message: 'x' } }),
  );

  it('property: never sends without a provider; at most one call on its way; providers chosen are known and unique', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        const runner = replay(flow, [], ctx);
        let state = runner.state;
        let inFlight = 0;
        for (const e of events) {
          const step = flow.transition(state, e, ctx);
          for (const eff of step.effects) {
            if (eff.type !== 'call' || eff.request.op !== 'send') continue;
            inFlight++;
            assert.ok(eff.request.body.providerIds.length > 0, 'sent without a provider');
            assert.equal(new Set(eff.request.body.providerIds).size, eff.request.body.providerIds.length);
            assert.equal(fanOutRequest(DIR, eff.request.body).length, eff.request.body.providerIds.length);
          }
          if (e.type === 'send-failed' && state.status === 'sending') inFlight--;
          assert.ok(inFlight <= 1, 'two calls on their way');
          state = step.state;
          assert.ok(state.providerIds.every((p) => DIR.providers.some((x) => x.id === p)));
        }
      }),
    );
  });

  it('property: submitting N times in a row makes one call', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), (n) => {
        const events: AnomalyRequestEvent[] = [
          { type: 'provider-toggled', id: 'p-dekra' },
          ...Array.from({ length: n }, (_, i) => ({ type: 'submitted' as const, key: `k${i}` })),
        ];
        assert.equal(calls(replay(flow, events, ctx).effects).length, 1);
      }),
    );
  });

  it('loads the directory first when not given, and the answer emits anomaly-request-sent', () => {
    const f = anomalyRequestFlow('ano-1', 'intervention');
    const start = replay(f, [], ctx);
    assert.equal(start.state.status, 'loading');
    assert.deepEqual(
      calls(start.effects).map((c) => c.request.op),
      ['providers'],
    );
    const done = replay(
      f,
      [
        { type: 'directory-loaded', directory: DIR },
        { type: 'provider-toggled', id: 'p-dekra' },
        { type: 'submitted', key: 'k' },
        {
          type: 'sent',
          result: {
            anomalyId: 'ano-1',
            batchId: 'b1',
            kind: 'intervention',
            state: 'in-progress',
            requests: [
              {
                id: 'r1',
                kind: 'intervention',
                providerId: 'p-dekra',
                providerName: 'Dekra Industrial',
                contacts: [],
                message: '',
                wishedDate: null,
                sentAt: '2026-12-07T09:00:00Z',
                sentBy: 'Claire Martin',
                batchId: 'b1',
              },
            ],
          },
        },
      ],
      ctx,
    );
    assert.equal(done.state.status, 'sent');
    assert.ok(done.effects.some((e) => e.type === 'emit' && e.name === 'anomaly-request-sent'));
  });
});

describe('SR-ANOMALY the message bundles', () => {
  it('the list’s bundle and the dialog’s: en has exactly the keys of fr, no key in both, together the whole part', async () => {
    const { registerAnomaliesMessages } = await import('../messages/anomalies.js');
    const { registerAnomaliesDetailsMessages } = await import('../messages/anomalies-details.js');
    const { registerAnomaliesFr } = await import('../messages/anomalies.fr.js');
    const seen = new Set<string>();
    for (const bundle of [registerAnomaliesMessages, registerAnomaliesDetailsMessages]) {
      assert.deepEqual(Object.keys(await bundle.en()).sort(), Object.keys(bundle.fr).sort(), bundle.id);
      for (const key of Object.keys(bundle.fr)) {
        assert.ok(!seen.has(key), `${key} is in two bundles`);
        seen.add(key);
      }
    }
    assert.deepEqual([...seen].sort(), Object.keys(registerAnomaliesFr).sort());
  });
});
