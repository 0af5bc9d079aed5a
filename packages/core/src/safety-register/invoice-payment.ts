/**
 * SR-INVOICE — paying an unpaid invoice from `<invoice-list>`, a pure flow (`{ state, effects }`):
 *
 *     idle ─pay→ requested ─(host cancelled the cancelable `invoice-payment-requested`)→ idle
 *                          └─(not cancelled)→ confirming ─confirm(key)→ paying ─paid→ paid
 *                                                                              └─failed→ failed ─retry→ paying (same key)
 *
 * The `Idempotency-Key` is made once per attempt (the element draws it when the person confirms)
 * and REUSED by every retry of that attempt: a retry after a network failure never pays twice
 * (the server replays the first answer). At most one payment call is ever in flight (`paying`
 * ignores every other demand), and a host that cancelled the request event never gets a payment.
 */
import type { Flow, Step } from '../shared/flow.js';
import type { Invoice } from './schemas.js';

/** What the flow needs of an invoice (and says in its event). */
export type PayableInvoice = Pick<Invoice, 'id' | 'number' | 'amountCents' | 'dueDate'>;

/** Why a payment failed, read from the answer's problem type (or the failure's kind). */
export type PaymentFailure =
  /** The request never got an answer (offline, timeout) or the server failed (5xx): retry with the same key. */
  | 'network'
  /** 409 invoice-already-paid: nothing to do, the list refreshes. */
  | 'already-paid'
  /** 404 invoice-not-found: the invoice is gone (the list refreshes). */
  | 'not-found'
  /** Anything else (a refused key, a malformed answer): say so; a new attempt draws a new key. */
  | 'other';

/** Whether a retry (same key) may help. */
export const isRetryable = (failure: PaymentFailure): boolean => failure === 'network';

export type PaymentState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'requested'; readonly invoice: PayableInvoice }
  | { readonly phase: 'confirming'; readonly invoice: PayableInvoice }
  | { readonly phase: 'paying'; readonly invoice: PayableInvoice; readonly key: string }
  | { readonly phase: 'paid'; readonly invoice: PayableInvoice }
  | { readonly phase: 'failed'; readonly invoice: PayableInvoice; readonly key: string; readonly failure: PaymentFailure };

export type PaymentEvent =
  /** « Régler » on an unpaid invoice. */
  | { readonly type: 'pay'; readonly invoice: PayableInvoice }
  /** The host cancelled `invoice-payment-requested`: it takes the person to its own payment page. */
  | { readonly type: 'host-cancelled' }
  /** Nobody cancelled it: ask the person to confirm. */
  | { readonly type: 'host-declined' }
  /** « Confirmer le règlement », with a fresh key for this attempt. */
  | { readonly type: 'confirm'; readonly key: string }
  /** « Réessayer » after a retryable failure: the same key. */
  | { readonly type: 'retry' }
  /** The dialog closes (« Annuler », « Fermer », Escape). */
  | { readonly type: 'dismiss' }
  | { readonly type: 'paid' }
  | { readonly type: 'failed'; readonly failure: PaymentFailure };

export type PaymentRequest = { readonly op: 'pay'; readonly invoiceId: string; readonly key: string };

/** The flow's host events (the element maps each name to its class). */
export const PAYMENT_REQUESTED_EVENT = 'invoice-payment-requested';
export const INVOICE_PAID_EVENT = 'invoice-paid';

type S = Step<PaymentState, PaymentRequest, PaymentEvent>;

const pay = (invoice: PayableInvoice, key: string): S => ({
  state: { phase: 'paying', invoice, key },
  effects: [{ type: 'call', request: { op: 'pay', invoiceId: invoice.id, key }, key: 'pay' }],
});

const paidDetail = (invoice: PayableInvoice, alreadyPaid: boolean) => ({
  invoiceId: invoice.id,
  number: invoice.number,
  amountCents: invoice.amountCents,
  alreadyPaid,
});

export const invoicePaymentFlow: Flow<PaymentState, PaymentEvent, PaymentRequest> = {
  init: (): S => ({ state: { phase: 'idle' }, effects: [] }),
  transition(state, event): S {
    const stay: S = { state, effects: [] };
    switch (event.type) {
      case 'pay':
        // One payment at a time: a dialog is open (or the host is deciding) until it is dismissed.
        if (state.phase !== 'idle') return stay;
        return {
          state: { phase: 'requested', invoice: event.invoice },
          effects: [
            {
              type: 'emit',
              name: PAYMENT_REQUESTED_EVENT,
              detail: { invoiceId: event.invoice.id, number: event.invoice.number, amountCents: event.invoice.amountCents },
              cancelable: true,
              ifCanceled: { type: 'host-cancelled' },
              ifNotCanceled: { type: 'host-declined' },
            },
          ],
        };
      case 'host-cancelled':
        return state.phase === 'requested' ? { state: { phase: 'idle' }, effects: [] } : stay;
      case 'host-declined':
        return state.phase === 'requested'
          ? { state: { phase: 'confirming', invoice: state.invoice }, effects: [{ type: 'focus', target: 'payment-confirm' }] }
          : stay;
      case 'confirm':
        return state.phase === 'confirming' && event.key !== '' ? pay(state.invoice, event.key) : stay;
      case 'retry':
        return state.phase === 'failed' && isRetryable(state.failure) ? pay(state.invoice, state.key) : stay;
      case 'dismiss':
        // Never while the payment is on its way: its answer must be heard.
        return state.phase === 'confirming' || state.phase === 'paid' || state.phase === 'failed'
          ? { state: { phase: 'idle' }, effects: [] }
          : stay;
      case 'paid':
        if (state.phase !== 'paying') return stay;
        return {
          state: { phase: 'paid', invoice: state.invoice },
          effects: [
            { type: 'emit', name: INVOICE_PAID_EVENT, detail: paidDetail(state.invoice, false) },
            { type: 'announce', message: { key: 'invoice.pay.done', params: { number: state.invoice.number } }, tone: 'success' },
            { type: 'focus', target: 'payment-close' },
          ],
        };
      case 'failed': {
        if (state.phase !== 'paying') return stay;
        const effects: S['effects'][number][] = [{ type: 'focus', target: isRetryable(event.failure) ? 'payment-retry' : 'payment-close' }];
        // Already paid (an earlier attempt that got through, or someone else): the account changed all the same.
        if (event.failure === 'already-paid')
          effects.unshift({ type: 'emit', name: INVOICE_PAID_EVENT, detail: paidDetail(state.invoice, true) });
        return { state: { phase: 'failed', invoice: state.invoice, key: state.key, failure: event.failure }, effects };
      }
    }
  },
};
