/**
 * SR-INVOICE — what `<invoice-list>` loads when a person acts (a click, Enter or Space on « Voir »,
 * « Télécharger » or « Régler »; or on intent, the pointer over or the focus on one of them): the
 * PDF actions (viewer and download from `blob:` URLs, revoked once done), the payment (core's flow
 * `invoicePaymentFlow` run by a `FlowController`: the cancelable host event, the confirmation, the
 * `POST …/payment` with one Idempotency-Key per attempt, errors by problem type), the dialogs'
 * views, texts (`safety-register.invoice-payment`) and styles. The list, its rows and buttons are
 * the element's (its first screen).
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  invoicePaymentFlow,
  isRetryable,
  registerInvoicePaymentMessages,
  SR_PROBLEM_TYPES,
  srProblemOf,
  type Invoice,
  type Locale,
  type MessageKey,
  type Params,
  type PayableInvoice,
  type PaymentEvent,
  type PaymentFailure,
  type PaymentRequest,
  type PaymentState,
} from '@vigie/core';
import { isApiError } from '@vigie/core/api';
import { formatAmount, formatDate } from '@vigie/core/i18n';
import type { VigieServices } from '../../base/context.js';
import { FlowController } from '../../base/flow-controller.js';
import { dialogStyles } from '../../base/dialog.styles.js';
import { checkIcon, closeIcon, downloadIcon, errorIcon } from '../../base/icons.js';
import type { ToastController } from '../../base/toast.js';
import { InvoicePaidEvent, InvoicePaymentRequestedEvent } from './invoice-list.events.js';

const api = () => import('@vigie/core/safety-register/api');

/** How long a download's `blob:` URL lives after the click (the browser has taken the file by then). */
const DOWNLOAD_REVOKE_MS = 1_000;

/** The French file name of an invoice's PDF: `facture-FA-2026-0140.pdf`. */
export const invoiceFileName = (invoice: Pick<Invoice, 'number'>): string => `facture-${invoice.number.replace(/[^\w.-]+/g, '-')}.pdf`;

/** A fresh Idempotency-Key for one payment attempt. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SR-INVOICE: a payment's failure, by problem type (or the failure's kind). */
export function paymentFailureOf(error: unknown): PaymentFailure {
  if (!isApiError(error)) return 'other';
  const f = error.failure;
  switch (srProblemOf(f)) {
    case SR_PROBLEM_TYPES.invoiceAlreadyPaid:
      return 'already-paid';
    case SR_PROBLEM_TYPES.invoiceNotFound:
      return 'not-found';
  }
  if (f.kind === 'network' || f.kind === 'timeout' || (f.kind === 'http' && f.status >= 500)) return 'network';
  return 'other';
}

/** The element, as its controllers see it. */
export type ListHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the actions need from the element beyond that. */
export interface ListContext {
  services(): VigieServices;
  t(key: MessageKey, params?: Params): string;
  refresh(): Promise<void>;
}

/**
 * The actions of one `<invoice-list>`: made once, when the code arrives; a controller of the
 * element (it opens its dialogs after each render and returns the focus when they close).
 */
export class InvoiceListActions implements ReactiveController {
  /** The invoice whose PDF is being fetched (its row says so). */
  busyPdf?: string;
  /** The invoice in the viewer, on its `blob:` URL. */
  viewer?: { readonly invoice: Invoice; readonly url: string };
  /** Where the focus goes back when a dialog closes. */
  #returnFocus?: HTMLElement;
  /** Every `blob:` URL this element created and has not revoked yet. */
  readonly #urls = new Set<string>();
  #wasOpen = false;
  readonly #pay: FlowController<PaymentState, PaymentEvent, PaymentRequest>;

  constructor(
    private readonly host: ListHost,
    private readonly el: ListContext,
    private readonly id: string,
    private readonly toasts: ToastController,
  ) {
    this.#pay = new FlowController<PaymentState, PaymentEvent, PaymentRequest>(host, {
      flow: invoicePaymentFlow,
      clock: () => el.services().clock,
      toasts,
      run: async (request, signal): Promise<PaymentEvent> => {
        try {
          await (await api()).payInvoice(el.services().client, request.invoiceId, request.key, { signal });
          return { type: 'paid' };
        } catch (error) {
          const failure = paymentFailureOf(error);
          if (failure === 'not-found') void el.refresh();
          return { type: 'failed', failure };
        }
      },
      events: {
        'invoice-payment-requested': (d) => {
          const p = d as { invoiceId: string; number: string; amountCents: number };
          return new InvoicePaymentRequestedEvent(p.invoiceId, p.number, p.amountCents);
        },
        'invoice-paid': (d) => {
          const p = d as { invoiceId: string; number: string; amountCents: number; alreadyPaid: boolean };
          return new InvoicePaidEvent(p.invoiceId, p.number, p.amountCents, p.alreadyPaid);
        },
      },
    });
    host.addController(this);
  }

  /** The payment's state (stories, tests). */
  get payment(): PaymentState {
    return this.#pay.state;
  }

  hostDisconnected(): void {
    this.viewer = undefined;
    for (const url of [...this.#urls]) this.#revoke(url);
  }

  hostUpdated(): void {
    for (const d of this.host.renderRoot.querySelectorAll<HTMLDialogElement>('dialog.pay, dialog.viewer')) if (!d.open) d.showModal();
    const open = this.#pay.state.phase !== 'idle' && this.#pay.state.phase !== 'requested';
    if (this.#wasOpen && !open && !this.viewer) this.#restoreFocus();
    this.#wasOpen = open;
  }

  #restoreFocus(): void {
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus();
    else this.host.renderRoot.querySelector<HTMLElement>('[part~="row"] button')?.focus();
  }

  // ── PDF ─────────────────────────────────────────────────────────────────────

  async #pdfUrl(invoice: Invoice): Promise<string> {
    const blob = await (await api()).fetchInvoicePdf(this.el.services().client, invoice);
    const url = URL.createObjectURL(blob);
    this.#urls.add(url);
    return url;
  }

  #revoke(url: string | undefined): void {
    if (!url || !this.#urls.delete(url)) return;
    URL.revokeObjectURL(url);
  }

  async #pdfAction(invoice: Invoice, trigger: HTMLElement, action: (url: string) => void | Promise<void>): Promise<void> {
    if (this.busyPdf) return;
    this.busyPdf = invoice.id;
    this.host.requestUpdate();
    try {
      const url = await this.#pdfUrl(invoice);
      this.busyPdf = undefined;
      await action(url);
    } catch {
      this.busyPdf = undefined;
      this.toasts.show({ key: 'invoice.pdf.error', params: { number: invoice.number } }, 'error');
      trigger.focus();
    }
    this.host.requestUpdate();
  }

  /** « Voir »: the PDF in the viewer dialog. */
  open(invoice: Invoice, trigger: HTMLElement): Promise<void> {
    return this.#pdfAction(invoice, trigger, async (url) => {
      if (this.viewer) this.#revoke(this.viewer.url);
      this.#returnFocus = trigger;
      this.viewer = { invoice, url };
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('dialog.viewer [data-focus="viewer-close"]')?.focus();
    });
  }

  #closeViewer(): void {
    const url = this.viewer?.url;
    this.viewer = undefined;
    this.#revoke(url);
    this.host.requestUpdate();
    this.#restoreFocus();
  }

  /** « Télécharger »: an `<a download>` on a `blob:` URL, revoked once the browser has the file. */
  download(invoice: Invoice, trigger: HTMLElement): Promise<void> {
    return this.#pdfAction(invoice, trigger, (url) => {
      const a = document.createElement('a');
      a.href = url;
      a.download = invoiceFileName(invoice);
      a.className = 'download-link';
      this.host.renderRoot.append(a);
      a.click();
      a.remove();
      setTimeout(() => this.#revoke(url), DOWNLOAD_REVOKE_MS);
    });
  }

  /** « Régler »: the host event first, then (if not cancelled) the confirmation. */
  pay(invoice: Invoice, trigger: HTMLElement): void {
    this.#returnFocus = trigger;
    this.#pay.send({
      type: 'pay',
      invoice: { id: invoice.id, number: invoice.number, amountCents: invoice.amountCents, dueDate: invoice.dueDate },
    });
  }

  /** The dialogs, when one is open. */
  render() {
    const el = this.el;
    const view: DialogsHost = {
      id: this.id,
      locale: el.services().locale,
      t: (key, params) => el.t(key, params),
      confirm: () => this.#pay.send({ type: 'confirm', key: newKey() }),
      retry: () => this.#pay.send({ type: 'retry' }),
      closePayment: () => this.#pay.send({ type: 'dismiss' }),
      closeViewer: () => this.#closeViewer(),
      fileName: invoiceFileName,
    };
    return html`${renderPayment(view, this.#pay.state)}${this.viewer ? renderViewer(view, this.viewer) : nothing}`;
  }
}

export const messages = registerInvoicePaymentMessages;

/** What the views need. */
interface DialogsHost {
  readonly id: string;
  readonly locale: Locale;
  t(key: MessageKey, params?: Params): string;
  confirm(): void;
  retry(): void;
  /** Closes the payment dialog (« Annuler », « Fermer »). */
  closePayment(): void;
  closeViewer(): void;
  /** The French file name of an invoice's PDF. */
  fileName(invoice: PayableInvoice): string;
}

const amountOf = (host: DialogsHost, invoice: PayableInvoice) => formatAmount(host.locale, invoice.amountCents);

/** The payment dialog's content for a state that shows it (confirming, paying, paid, failed). */
function renderPayment(host: DialogsHost, state: PaymentState) {
  if (state.phase === 'idle' || state.phase === 'requested') return nothing;
  const invoice = state.invoice;
  const titleId = `${host.id}-pay-title`;
  const busy = state.phase === 'paying';
  return html`<dialog class="pay" part="payment-dialog" aria-labelledby=${titleId} aria-busy=${busy ? 'true' : 'false'}
    @cancel=${(e: Event) => {
      // Escape closes, except while the payment is on its way (its answer must be heard).
      e.preventDefault();
      if (!busy) host.closePayment();
    }}
  >
    <div class="dialog-head">
      <h2 id=${titleId}>${host.t('invoice.pay.title', { number: invoice.number })}</h2>
    </div>
    <div class="body">
      <dl class="facts">
        <div><dt>${host.t('invoice.pay.number')}</dt><dd>${invoice.number}</dd></div>
        <div><dt>${host.t('invoice.pay.dueDate')}</dt><dd>${formatDate(host.locale, invoice.dueDate)}</dd></div>
        <div class="amount"><dt>${host.t('invoice.pay.amount')}</dt><dd>${amountOf(host, invoice)}</dd></div>
      </dl>
      ${
        state.phase === 'paid'
          ? html`<p class="outcome ok" role="status">${checkIcon}<span>${host.t('invoice.pay.done.detail', { amount: amountOf(host, invoice) })}</span></p>`
          : state.phase === 'failed'
            ? html`<p class="outcome error" role="alert">${errorIcon}<span>${host.t(`invoice.pay.error.${state.failure}`)}</span></p>`
            : html`<p>${host.t('invoice.pay.intro')}</p>`
      }
      <p class="sr-only" role="status">${busy ? host.t('invoice.pay.busy') : ''}</p>
    </div>
    <footer>${footer(host, state)}</footer>
  </dialog>`;
}

function footer(host: DialogsHost, state: PaymentState) {
  switch (state.phase) {
    case 'confirming':
    case 'paying': {
      const busy = state.phase === 'paying';
      return html`<button class="btn secondary" type="button" ?disabled=${busy} @click=${() => host.closePayment()}>${host.t('invoice.pay.cancel')}</button>
        <button class="btn" type="button" data-focus="payment-confirm" ?autofocus=${!busy} aria-disabled=${busy ? 'true' : 'false'} @click=${() => !busy && host.confirm()}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span> ${host.t('invoice.pay.busy')}` : host.t('invoice.pay.confirm')}
        </button>`;
    }
    case 'failed':
      return html`<button class="btn secondary" type="button" data-focus="payment-close" @click=${() => host.closePayment()}>${host.t('invoice.pay.close')}</button>
        ${isRetryable(state.failure) ? html`<button class="btn" type="button" data-focus="payment-retry" @click=${() => host.retry()}>${host.t('invoice.pay.retry')}</button>` : nothing}`;
    default:
      return html`<button class="btn" type="button" data-focus="payment-close" @click=${() => host.closePayment()}>${host.t('invoice.pay.close')}</button>`;
  }
}

/** The PDF viewer: the invoice in a frame on a `blob:` URL, with a download link on the same URL. */
function renderViewer(host: DialogsHost, viewer: { readonly invoice: PayableInvoice; readonly url: string }) {
  const titleId = `${host.id}-pdf-title`;
  const title = host.t('invoice.pdf.title', { number: viewer.invoice.number });
  const name = host.fileName(viewer.invoice);
  return html`<dialog class="viewer" part="viewer" aria-labelledby=${titleId} @close=${() => host.closeViewer()}>
    <div class="dialog-head">
      <h2 id=${titleId}>${title}</h2>
      <a class="btn secondary" href=${viewer.url} download=${name}>${downloadIcon} ${host.t('invoice.pdf.download')}</a>
      <button class="close" type="button" data-focus="viewer-close" aria-label=${host.t('invoice.pay.close')} @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')?.close()}>${closeIcon}</button>
    </div>
    <iframe class="pdf" src=${viewer.url} title=${title}></iframe>
    <p class="fallback"><a href=${viewer.url} download=${name}>${host.t('invoice.pdf.fallback')}</a></p>
  </dialog>`;
}

export const styles = css`
  ${dialogStyles}
  dialog {
    --_dialog-inset: 2rem;
    width: min(34rem, calc(100vw - 2rem));
  }
  dialog.viewer {
    width: min(60rem, calc(100vw - 2rem));
    height: calc(100dvh - 2rem);
  }
  dialog[open].viewer {
    display: flex;
    flex-direction: column;
  }
  dialog .dialog-head {
    flex-wrap: wrap;
  }
  dialog h2 {
    /* A basis: on a phone the title keeps its line and « Télécharger » wraps below, instead of one letter a line. */
    flex: 1 1 12rem;
    font-size: 1.15rem;
  }
  .body {
    padding: 1rem 1.25rem;
  }
  .facts {
    display: grid;
    gap: 0.4rem;
    margin: 0 0 1rem;
  }
  .facts div {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .facts .amount dd {
    font-size: 1.25rem;
  }
  .outcome {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin: 0;
    padding: 0.75rem;
    border-radius: var(--_radius);
  }
  .outcome.ok {
    color: var(--_success-fg);
    background: var(--_surface-2);
  }
  .outcome.error {
    border: 1px solid var(--_danger-border);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    padding: 0.75rem 1.25rem 1rem;
  }
  .close {
    display: inline-grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .close:focus-visible {
    outline: 3px solid var(--_focus);
  }
  iframe.pdf {
    flex: 1;
    width: 100%;
    min-height: 20rem;
    border: 0;
    background: #fff;
  }
  .fallback {
    margin: 0;
    padding: 0.5rem 1.25rem 0.75rem;
    font-size: 0.9rem;
  }
`;
