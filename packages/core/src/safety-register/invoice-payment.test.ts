/** SR-INVOICE — paying an invoice: the flow, its Idempotency-Key and its host event (node:test + fast-check). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createFlowRunner, type FlowEffect } from '../shared/flow.js';
import {
  invoicePaymentFlow,
  isRetryable,
  type PayableInvoice,
  type PaymentEvent,
  type PaymentFailure,
  type PaymentRequest,
  type PaymentState,
} from './invoice-payment.js';

const INVOICE: PayableInvoice = { id: 'fa-2026-0140', number: 'FA-2026-0140', amountCents: 128_400, dueDate: '2026-02-08' };
const ctx = { now: Date.parse('2026-03-10T09:00:00Z') };
type Effect = FlowEffect<PaymentRequest, PaymentEvent>;

function run(events: readonly PaymentEvent[], from: PaymentState = { phase: 'idle' }) {
  let state = from;
  const effects: Effect[] = [];
  for (const e of events) {
    const step = invoicePaymentFlow.transition(state, e, ctx);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}
const calls = (effects: readonly Effect[]) =>
  effects.filter((e): e is Extract<Effect, { type: 'call' }> => e.type === 'call').map((e) => e.request);

describe('SR-INVOICE payment flow', () => {
  test('SR-INVOICE « Régler » fires the cancelable invoice-payment-requested event with the invoice id, number and amount', () => {
    const { state, effects } = run([{ type: 'pay', invoice: INVOICE }]);
    assert.equal(state.phase, 'requested');
    assert.deepEqual(effects, [
      {
        type: 'emit',
        name: 'invoice-payment-requested',
        detail: { invoiceId: 'fa-2026-0140', number: 'FA-2026-0140', amountCents: 128_400 },
        cancelable: true,
        ifCanceled: { type: 'host-cancelled' },
        ifNotCanceled: { type: 'host-declined' },
      },
    ]);
  });

  test('SR-INVOICE a host that cancels the event opens its own page: back to idle, nothing paid', () => {
    const { state, effects } = run([{ type: 'pay', invoice: INVOICE }, { type: 'host-cancelled' }, { type: 'confirm', key: 'k1' }]);
    assert.equal(state.phase, 'idle');
    assert.deepEqual(calls(effects), []);
  });

  test('SR-INVOICE not cancelled: the confirmation, then one payment call with the attempt’s key', () => {
    const { state, effects } = run([{ type: 'pay', invoice: INVOICE }, { type: 'host-declined' }, { type: 'confirm', key: 'k1' }]);
    assert.deepEqual(state, { phase: 'paying', invoice: INVOICE, key: 'k1' });
    assert.deepEqual(calls(effects), [{ op: 'pay', invoiceId: 'fa-2026-0140', key: 'k1' }]);
    assert.ok(effects.some((e) => e.type === 'focus' && e.target === 'payment-confirm'));
  });

  test('SR-INVOICE paid: invoice-paid event, a success toast, focus on « Fermer »', () => {
    const { state, effects } = run([{ type: 'paid' }], { phase: 'paying', invoice: INVOICE, key: 'k1' });
    assert.equal(state.phase, 'paid');
    assert.deepEqual(
      effects.map((e) => e.type),
      ['emit', 'announce', 'focus'],
    );
    assert.deepEqual((effects[0] as Extract<Effect, { type: 'emit' }>).detail, {
      invoiceId: INVOICE.id,
      number: INVOICE.number,
      amountCents: 128_400,
      alreadyPaid: false,
    });
  });

  test('SR-INVOICE a network failure keeps the key: the retry sends the SAME Idempotency-Key', () => {
    const { state, effects } = run([{ type: 'failed', failure: 'network' }, { type: 'retry' }], {
      phase: 'paying',
      invoice: INVOICE,
      key: 'k1',
    });
    assert.deepEqual(state, { phase: 'paying', invoice: INVOICE, key: 'k1' });
    assert.deepEqual(calls(effects), [{ op: 'pay', invoiceId: INVOICE.id, key: 'k1' }]);
  });

  test('SR-INVOICE already paid: the account changed all the same (invoice-paid with alreadyPaid), no retry offered', () => {
    const { state, effects } = run([{ type: 'failed', failure: 'already-paid' }, { type: 'retry' }], {
      phase: 'paying',
      invoice: INVOICE,
      key: 'k1',
    });
    assert.equal(state.phase, 'failed');
    assert.deepEqual(calls(effects), []);
    const emit = effects.find((e) => e.type === 'emit') as Extract<Effect, { type: 'emit' }>;
    assert.equal(emit.name, 'invoice-paid');
    assert.equal((emit.detail as { alreadyPaid: boolean }).alreadyPaid, true);
  });

  test('SR-INVOICE the dialog cannot be dismissed while the payment is on its way', () => {
    assert.equal(run([{ type: 'dismiss' }], { phase: 'paying', invoice: INVOICE, key: 'k1' }).state.phase, 'paying');
    assert.equal(run([{ type: 'dismiss' }], { phase: 'confirming', invoice: INVOICE }).state.phase, 'idle');
  });

  test('SR-INVOICE only a network failure is retryable', () => {
    assert.deepEqual((['network', 'already-paid', 'not-found', 'other'] as const).map(isRetryable), [true, false, false, false]);
  });
});

// ── Properties ────────────────────────────────────────────────────────────────

const failure = fc.constantFrom<PaymentFailure>('network', 'already-paid', 'not-found', 'other');
const event: fc.Arbitrary<PaymentEvent> = fc.oneof(
  fc.constant<PaymentEvent>({ type: 'pay', invoice: INVOICE }),
  fc.constant<PaymentEvent>({ type: 'host-cancelled' }),
  fc.constant<PaymentEvent>({ type: 'host-declined' }),
  fc.constant<PaymentEvent>({ type: 'retry' }),
  fc.constant<PaymentEvent>({ type: 'dismiss' }),
  fc.constant<PaymentEvent>({ type: 'paid' }),
  failure.map<PaymentEvent>((f) => ({ type: 'failed', failure: f })),
  fc.constant<PaymentEvent>({ type: 'confirm', key: '' }), // the key is filled in below, one per confirm
);

/** Every confirm gets a fresh key, as the element draws one per attempt. */
const withKeys = (events: readonly PaymentEvent[]) => {
  let n = 0;
  return events.map((e) => (e.type === 'confirm' ? { type: 'confirm' as const, key: `key-${++n}` } : e));
};

describe('SR-INVOICE payment flow properties (fast-check)', () => {
  test('SR-INVOICE one key per attempt, reused on retry: every call of an attempt carries that attempt’s key, and no two attempts share one', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (raw) => {
        let state: PaymentState = { phase: 'idle' };
        let attemptKey: string | undefined;
        const keysOfAttempts = new Set<string>();
        for (const e of withKeys(raw)) {
          const before = state;
          const step = invoicePaymentFlow.transition(state, e, ctx);
          state = step.state;
          for (const c of calls(step.effects)) {
            if (e.type === 'confirm') {
              assert.equal(before.phase, 'confirming');
              assert.ok(!keysOfAttempts.has(c.key), 'a new attempt never reuses a key');
              keysOfAttempts.add(c.key);
              attemptKey = c.key;
            } else {
              assert.equal(e.type, 'retry');
              assert.equal(c.key, attemptKey, 'a retry reuses the attempt’s key');
            }
          }
        }
      }),
    );
  });

  test('SR-INVOICE never two payment calls in flight', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 30 }), async (raw) => {
        let inFlight = 0;
        let max = 0;
        const pending: (() => void)[] = [];
        const runner = createFlowRunner(invoicePaymentFlow, {
          context: () => ctx,
          host: { emit: () => true },
          run: () =>
            new Promise<PaymentEvent>((resolve) => {
              inFlight++;
              max = Math.max(max, inFlight);
              pending.push(() => {
                inFlight--;
                resolve({ type: 'failed', failure: 'network' });
              });
            }),
        });
        for (const e of withKeys(raw)) {
          // The answer arrives sometimes before, sometimes after the next user event.
          if (e.type === 'paid' || e.type === 'failed') pending.shift()?.();
          else runner.send(e);
          await Promise.resolve();
        }
        for (const p of pending.splice(0)) p();
        await runner.settled();
        runner.dispose();
        assert.ok(max <= 1, `${max} payment calls in flight`);
      }),
      { numRuns: 150 },
    );
  });

  test('SR-INVOICE a cancelled host event never pays: no call between a host-cancelled and the next « Régler »', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (raw) => {
        let state: PaymentState = { phase: 'idle' };
        let cancelled = false;
        for (const e of withKeys(raw)) {
          const before = state.phase;
          const step = invoicePaymentFlow.transition(state, e, ctx);
          state = step.state;
          if (e.type === 'host-cancelled' && before === 'requested') cancelled = true;
          if (e.type === 'pay' && step.state.phase === 'requested') cancelled = false;
          if (cancelled) assert.deepEqual(calls(step.effects), []);
        }
      }),
    );
  });

  test('SR-INVOICE a host that cancels through the runner (emit returns false) never gets a payment call', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 30 }), async (raw) => {
        let called = 0;
        const runner = createFlowRunner(invoicePaymentFlow, {
          context: () => ctx,
          host: { emit: (name, _d, cancelable) => !(name === 'invoice-payment-requested' && cancelable) },
          run: async (): Promise<PaymentEvent> => {
            called++;
            return { type: 'paid' };
          },
        });
        for (const e of withKeys(raw)) runner.send(e);
        await runner.settled();
        runner.dispose();
        assert.equal(called, 0);
      }),
      { numRuns: 150 },
    );
  });
});
