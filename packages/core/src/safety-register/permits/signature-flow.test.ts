/** SR-PERMIT — the QR-code dialog's flow in Node: link, expiry at its minute, regenerate, copy, close. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { replay } from '../../shared/flow.js';
import { signatureDialogFlow as flow, signatureFocus, type SignatureDialogEvent, type SignatureDialogState } from './signature-flow.js';
import type { SignatureLink } from './schemas.js';

const MIN = 60_000;
const NOW = Date.parse('2026-03-10T12:00:00+01:00');
const link: SignatureLink = {
  url: 'https://app.registre-securite.example/permis/pf-1/signer?jeton=abc',
  expiresAt: '2026-03-10T12:15:00+01:00',
  awaiting: 'operator',
};
const EXPIRY = Date.parse(link.expiresAt);

describe('SR-PERMIT signatureDialogFlow', () => {
  it('open asks the server for the link, then shows it and says so to the host', () => {
    const r = replay(flow, [{ type: 'open', permitId: 'pf-1' }], { now: NOW });
    assert.deepEqual(r.effects, [{ type: 'call', key: 'link', request: { op: 'signature-link', permitId: 'pf-1' } }]);
    const s = flow.transition(r.state, { type: 'link-loaded', link }, { now: NOW });
    assert.equal(s.state.phase, 'ready');
    assert.deepEqual(flow.deadline!(s.state), { at: EXPIRY, event: { type: 'expire' } });
  });

  it('SR-PERMIT expiry: the minute before the link still shows; at and after, it is expired and a new one is offered', () => {
    const ready: SignatureDialogState = { phase: 'ready', permitId: 'pf-1', link, copy: 'idle' };
    assert.equal(flow.transition(ready, { type: 'expire' }, { now: EXPIRY - MIN }).state.phase, 'ready');
    const at = flow.transition(ready, { type: 'expire' }, { now: EXPIRY });
    assert.equal(at.state.phase, 'expired');
    assert.ok(at.effects.some((e) => e.type === 'focus' && e.target === signatureFocus.regenerate));
    assert.equal(flow.transition(ready, { type: 'expire' }, { now: EXPIRY + MIN }).state.phase, 'expired');
    const again = flow.transition(at.state, { type: 'regenerate' }, { now: EXPIRY + MIN });
    assert.equal(again.state.phase, 'loading');
  });

  it('a link that arrives already expired is never shown as a QR code', () => {
    const s = replay(
      flow,
      [
        { type: 'open', permitId: 'pf-1' },
        { type: 'link-loaded', link },
      ],
      { now: EXPIRY },
    );
    assert.equal(s.state.phase, 'expired');
  });

  it('copy: « Lien copié » and an event; refused: the text is selected (focus on the link)', () => {
    const ready: SignatureDialogState = { phase: 'ready', permitId: 'pf-1', link, copy: 'idle' };
    const ok = flow.transition(ready, { type: 'copied' }, { now: NOW });
    assert.equal(ok.state.phase === 'ready' && ok.state.copy, 'copied');
    assert.deepEqual(ok.effects, [{ type: 'emit', name: 'signature-link-copied', detail: { permitId: 'pf-1' } }]);
    const no = flow.transition(ready, { type: 'copy-refused' }, { now: NOW });
    assert.equal(no.state.phase === 'ready' && no.state.copy, 'manual');
  });

  it('a failure can be retried; close returns the focus to the permit’s button', () => {
    const failed = replay(
      flow,
      [
        { type: 'open', permitId: 'pf-1' },
        { type: 'link-failed', failure: { kind: 'network', message: 'x' } },
      ],
      { now: NOW },
    );
    assert.equal(failed.state.phase, 'failed');
    assert.equal(flow.transition(failed.state, { type: 'regenerate' }, { now: NOW }).state.phase, 'loading');
    const closed = flow.transition(failed.state, { type: 'close' }, { now: NOW });
    assert.deepEqual(closed, { state: { phase: 'closed' }, effects: [{ type: 'focus', target: signatureFocus.opener('pf-1') }] });
  });

  it('property: the QR shows only a link valid at the last step; calls come only from open and regenerate; closed makes no call', () => {
    const events = fc.oneof(
      fc.constant<SignatureDialogEvent>({ type: 'open', permitId: 'pf-1' }),
      fc.constant<SignatureDialogEvent>({ type: 'link-loaded', link }),
      fc.constant<SignatureDialogEvent>({ type: 'link-failed', failure: { kind: 'timeout' } as never }),
      fc.constantFrom<SignatureDialogEvent>(
        { type: 'regenerate' },
        { type: 'expire' },
        { type: 'copied' },
        { type: 'copy-refused' },
        { type: 'close' },
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(events, fc.integer({ min: -30, max: 30 })), { maxLength: 40 }), (list) => {
        let state = flow.init({ now: NOW }).state;
        let now = NOW;
        for (const [e, dt] of list) {
          now = Math.max(now, NOW + dt * MIN);
          const before = state;
          const step = flow.transition(state, e, { now });
          state = step.state;
          const calls = step.effects.filter((x) => x.type === 'call');
          if (calls.length) assert.ok(e.type === 'open' || e.type === 'regenerate');
          if (before.phase === 'closed') assert.ok(state.phase === 'closed' || state.phase === 'loading');
          if (state.phase === 'ready' && before.phase !== 'ready') assert.ok(now < EXPIRY);
          if (e.type === 'close') assert.equal(state.phase, 'closed');
        }
      }),
    );
  });
});
