/** SR-INVOICE — the synthesis flow and the restricted-feature rule, in Node. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { accessFor } from '../invoice-banner.js';
import { ALL_RIGHTS, SYNTHESIS_RIGHT, type Right } from '../rights.js';
import { mayUseFeature } from './access.js';
import { synthesisFlow, type SynthesisEvent, type SynthesisState } from './synthesis-flow.js';

const ctx = { now: 0 };
const user = (rights: Right[]) => ({ id: 'u', firstName: 'Claire', lastName: 'Martin', rights });
const pdf = new Blob(['%PDF-1.4'], { type: 'application/pdf' });

describe('SR-INVOICE mayUseFeature', () => {
  it('full access: the synthesis is open to anyone', () => {
    assert.equal(mayUseFeature(accessFor('none'), 'site-synthesis', []), true);
    assert.equal(mayUseFeature(accessFor('overdue'), 'site-synthesis', []), true);
  });
  it('suspended: only with synthese:generer', () => {
    assert.equal(mayUseFeature(accessFor('suspended'), 'site-synthesis', [SYNTHESIS_RIGHT]), true);
    assert.equal(mayUseFeature(accessFor('suspended'), 'site-synthesis', ['factures:consulter']), false);
  });
});

describe('SR-INVOICE synthesisFlow', () => {
  it('asks who is calling, then offers the synthesis only to a holder of the right', () => {
    const start = synthesisFlow.init(ctx);
    assert.deepEqual(start.effects, [{ type: 'call', request: { op: 'current-user' } }]);
    assert.equal(synthesisFlow.transition(start.state, { type: 'user-loaded', user: user([SYNTHESIS_RIGHT]) }, ctx).state.phase, 'idle');
    assert.equal(
      synthesisFlow.transition(start.state, { type: 'user-loaded', user: user(['factures:consulter']) }, ctx).state.phase,
      'no-right',
    );
  });
  it('generates on demand, announces and focuses the link; a failure can be retried', () => {
    let s: SynthesisState = { phase: 'idle' };
    const g = synthesisFlow.transition(s, { type: 'generate' }, ctx);
    assert.deepEqual(g.effects, [{ type: 'call', request: { op: 'generate-synthesis' } }]);
    const failed = synthesisFlow.transition(g.state, { type: 'generate-failed' }, ctx);
    assert.equal(failed.state.phase, 'failed');
    s = synthesisFlow.transition(failed.state, { type: 'generate' }, ctx).state;
    const done = synthesisFlow.transition(s, { type: 'generated', pdf }, ctx);
    assert.equal(done.state.phase, 'ready');
    assert.ok(done.effects.some((e) => e.type === 'focus' && e.target === 'synthesis-open'));
  });

  it('property: without the right, no event ever leads to a generate call', () => {
    const events = fc.constantFrom<SynthesisEvent>(
      { type: 'user-loaded', user: user(['factures:consulter']) },
      { type: 'user-failed' },
      { type: 'retry-check' },
      { type: 'generate' },
      { type: 'generated', pdf },
      { type: 'generate-failed' },
    );
    fc.assert(
      fc.property(fc.array(events, { maxLength: 30 }), (list) => {
        let step = synthesisFlow.init(ctx);
        for (const e of list) {
          step = synthesisFlow.transition(step.state, e, ctx);
          assert.ok(!step.effects.some((x) => x.type === 'call' && x.request.op === 'generate-synthesis'));
          assert.notEqual(step.state.phase, 'ready');
        }
      }),
    );
  });

  it('property: at most one generation runs at a time (a second demand while generating does nothing)', () => {
    const rights = fc.subarray([...ALL_RIGHTS]);
    fc.assert(
      fc.property(
        rights,
        fc.array(fc.constantFrom<SynthesisEvent['type']>('generate', 'generated', 'generate-failed'), { maxLength: 30 }),
        (r, types) => {
          let step = synthesisFlow.transition(synthesisFlow.init(ctx).state, { type: 'user-loaded', user: user(r) }, ctx);
          for (const type of types) {
            const before = step.state.phase;
            const event = (type === 'generated' ? { type, pdf } : { type }) as SynthesisEvent;
            step = synthesisFlow.transition(step.state, event, ctx);
            if (before === 'generating' && type === 'generate') assert.equal(step.effects.length, 0);
          }
        },
      ),
    );
  });
});
