/** SR-OBS — the extraction rules and the flow of `<report-observations>`, in Node. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  EXTRACTABLE_TYPES,
  REPORT_INTERVENTION_TYPES,
  MAX_EXTRACT_LENGTH,
  extractIssue,
  extractionEligibility,
  normalizeExtract,
} from './rules.js';
import { reportObservationsFlow as flow, type ReportObservationsEvent, type ReportObservationsState } from './flow.js';
import type { Extract, ExtractionSource } from './schemas.js';

const pdf = { format: 'pdf' } as const;

describe('SR-OBS extractionEligibility', () => {
  it('SR-OBS a closed contrôle / SAV / installation / maintenance with a PDF report: eligible', () => {
    for (const type of ['controle', 'sav', 'installation', 'maintenance'] as const) {
      assert.deepEqual(extractionEligibility({ type, closed: true, report: pdf }), { eligible: true }, type);
    }
  });
  it('SR-OBS boundary of the type list: « travaux » is the one type not concerned, even closed with a PDF', () => {
    assert.deepEqual(extractionEligibility({ type: 'travaux', closed: true, report: pdf }), {
      eligible: false,
      reason: 'type-not-concerned',
    });
    assert.deepEqual(EXTRACTABLE_TYPES.length, REPORT_INTERVENTION_TYPES.length - 1);
  });
  it('SR-OBS boundary of closing: the same intervention before it is closed says not-closed, first of all reasons', () => {
    assert.deepEqual(extractionEligibility({ type: 'controle', closed: false, report: pdf }), { eligible: false, reason: 'not-closed' });
    assert.deepEqual(extractionEligibility({ type: 'travaux', closed: false, report: null }), { eligible: false, reason: 'not-closed' });
  });
  it('SR-OBS boundary of the format: a scanned image is not a PDF; no report at all is its own reason', () => {
    assert.deepEqual(extractionEligibility({ type: 'controle', closed: true, report: { format: 'image' } }), {
      eligible: false,
      reason: 'not-pdf',
    });
    assert.deepEqual(extractionEligibility({ type: 'maintenance', closed: true, report: null }), { eligible: false, reason: 'no-report' });
  });
  it('SR-OBS property: eligible exactly when closed, of a concerned type and with a PDF report', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REPORT_INTERVENTION_TYPES),
        fc.boolean(),
        fc.constantFrom(null, { format: 'pdf' as const }, { format: 'image' as const }),
        (type, closed, report) => {
          const r = extractionEligibility({ type, closed, report });
          assert.equal(r.eligible, closed && EXTRACTABLE_TYPES.includes(type) && report?.format === 'pdf');
        },
      ),
    );
  });
});

describe('SR-OBS normalizeExtract / extractIssue', () => {
  it('SR-OBS joins lines and collapses runs of whitespace, trims, keeps a lone narrow no-break space', () => {
    assert.equal(
      normalizeExtract('  Observation n°\u202f3\u202f: l’extincteur\n du local   poubelles\r\n\tn’est pas accessible.  '),
      'Observation n°\u202f3\u202f: l’extincteur du local poubelles n’est pas accessible.',
    );
    assert.equal(normalizeExtract('a\u00a0\u00a0b'), 'a b');
    assert.equal(normalizeExtract('dé\u00adsen\u00adfu\u00admage'), 'désenfumage');
  });
  it('SR-OBS boundary of the length: 2,000 characters pass, 2,001 do not; blank is empty', () => {
    assert.equal(extractIssue('x'.repeat(MAX_EXTRACT_LENGTH - 1)), undefined);
    assert.equal(extractIssue('x'.repeat(MAX_EXTRACT_LENGTH)), undefined);
    assert.equal(extractIssue('x'.repeat(MAX_EXTRACT_LENGTH + 1)), 'too-long');
    assert.equal(extractIssue(' \n\t '), 'empty');
  });
  it('SR-OBS property: normalising is idempotent and leaves no double space, no line break, no edge space', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '\t', '\u00a0', '\u202f', '\u00ad', '’') }), (s) => {
        const n = normalizeExtract(s);
        assert.equal(normalizeExtract(n), n);
        assert.ok(!/\s\s|[\n\t\r]|^\s|\s$/.test(n), JSON.stringify(n));
      }),
    );
  });
});

const ctx = { now: 1_773_140_400_000 };
const source = (eligible = true): ExtractionSource => ({
  target: 'observation',
  id: 'int-201',
  title: 'Vérification',
  interventionType: 'controle',
  closed: true,
  report: { id: 'rpt-201', format: 'pdf', fileName: 'r.pdf' },
  eligible,
  ...(eligible ? {} : { reason: 'not-closed' as const }),
});
const item = (id: string, text = 'Texte'): Extract => ({
  id,
  text,
  page: 1,
  createdAt: '2026-03-10T12:00:00+01:00',
  createdBy: 'Claire Martin',
});

describe('SR-OBS reportObservationsFlow', () => {
  const ready = (): ReportObservationsState =>
    flow.transition(flow.init(ctx).state, { type: 'loaded', source: source(), items: [] }, ctx).state;

  it('SR-OBS loads first, then opens on the tutorial the first time and on the picker afterwards', () => {
    assert.deepEqual(flow.init(ctx).effects, [{ type: 'call', request: { op: 'load' }, key: 'load' }]);
    assert.equal(flow.transition(ready(), { type: 'open', tutorialSeen: false }, ctx).state.dialog, 'tutorial');
    assert.equal(flow.transition(ready(), { type: 'open', tutorialSeen: true }, ctx).state.dialog, 'picker');
  });
  it('SR-OBS a source not eligible never opens', () => {
    const s = flow.transition(flow.init(ctx).state, { type: 'loaded', source: source(false), items: [] }, ctx).state;
    assert.equal(flow.transition(s, { type: 'open', tutorialSeen: true }, ctx).state.dialog, 'closed');
  });
  it('SR-OBS picked text → form with the text normalised → save posts it → the list shows it, announced and focused', () => {
    let s = flow.transition(ready(), { type: 'open', tutorialSeen: true }, ctx).state;
    s = flow.transition(s, { type: 'picked', text: 'Observation n° 3 :\n l’extincteur  ', page: 2 }, ctx).state;
    assert.equal(s.dialog, 'form');
    assert.equal(s.draft?.text, 'Observation n° 3 : l’extincteur');
    const sub = flow.transition(s, { type: 'submit' }, ctx);
    assert.deepEqual(sub.effects[0], {
      type: 'call',
      request: { op: 'create', text: 'Observation n° 3 : l’extincteur', page: 2, key: s.draft!.key },
      key: 'create',
    });
    const failed = flow.transition(sub.state, { type: 'save-failed', failure: { kind: 'network', message: 'x' } }, ctx).state;
    assert.equal(failed.draft?.text, 'Observation n° 3 : l’extincteur', 'the text survives a failed save');
    const again = flow.transition(failed, { type: 'submit' }, ctx);
    const done = flow.transition(again.state, { type: 'saved', item: item('obs-1') }, ctx);
    assert.equal(done.state.dialog, 'closed');
    assert.deepEqual(
      done.state.items.map((i) => i.id),
      ['obs-1'],
    );
    assert.deepEqual(
      done.effects.map((e) => e.type),
      ['emit', 'announce', 'focus'],
    );
  });
  it('SR-OBS an emptied text is refused in the form, nothing is posted', () => {
    let s = flow.transition(ready(), { type: 'open', tutorialSeen: true }, ctx).state;
    s = flow.transition(s, { type: 'picked', text: 'abc', page: 1 }, ctx).state;
    s = flow.transition(s, { type: 'edit', text: '   ' }, ctx).state;
    const r = flow.transition(s, { type: 'submit' }, ctx);
    assert.equal(r.state.issue, 'empty');
    assert.ok(!r.effects.some((e) => e.type === 'call'));
  });

  it('SR-OBS property: whatever the events, saving only happens in the form with a valid draft, the dialog is only open on an eligible source, items only grow and stay unique', () => {
    const event: fc.Arbitrary<ReportObservationsEvent> = fc.oneof(
      fc.constant({ type: 'loaded', source: source(), items: [] } as const),
      fc.constant({ type: 'loaded', source: source(false), items: [] } as const),
      fc.constant({ type: 'load-failed', failure: { kind: 'network', message: 'x' } } as const),
      fc.constantFrom(
        { type: 'retry' } as const,
        { type: 'show-tutorial' } as const,
        { type: 'tutorial-done' } as const,
        { type: 'back' } as const,
        { type: 'submit' } as const,
        { type: 'close' } as const,
      ),
      fc.boolean().map((tutorialSeen) => ({ type: 'open', tutorialSeen }) as const),
      fc.string().map((text) => ({ type: 'picked', text, page: 1 }) as const),
      fc.string().map((text) => ({ type: 'edit', text }) as const),
      fc.constantFrom('a', 'b', 'c').map((id) => ({ type: 'saved', item: item(id) }) as const),
      fc.constant({ type: 'save-failed', failure: { kind: 'timeout', message: 't' } } as const),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let s = flow.init(ctx).state;
        for (const e of events) {
          const before = s.items.length;
          const step = flow.transition(s, e, ctx);
          s = step.state;
          assert.ok(s.items.length >= before);
          assert.equal(new Set(s.items.map((i) => i.id)).size, s.items.length);
          if (s.dialog !== 'closed') assert.ok(s.phase === 'ready' && s.source?.eligible);
          if (s.saving) assert.ok(s.dialog === 'form' && s.draft && !extractIssue(s.draft.text));
          for (const eff of step.effects)
            if (eff.type === 'call' && eff.request.op === 'create') assert.equal(extractIssue(eff.request.text), undefined);
        }
      }),
    );
  });
});
