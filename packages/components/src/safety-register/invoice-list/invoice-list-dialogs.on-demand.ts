/**
 * SR-INVOICE — what `<invoice-list>` loads when a person acts (a click, Enter or Space on « Voir »
 * or « Régler »; or on intent, the pointer over or the focus on one of them): the payment dialog
 * (confirmation with the amount, number and due date; paying; paid; failed with « Réessayer »), the
 * PDF viewer, their texts (`safety-register.invoice-payment`) and styles. The list, its rows and
 * buttons, and the payment flow's state are the element's (its first screen).
 */
import { css, html, nothing } from 'lit';
import { isRetryable, registerInvoicePaymentMessages, type MessageKey, type Params, type PayableInvoice, type PaymentState } from '@vigie/core';
import { formatAmount, formatDate } from '@vigie/core/i18n';
import type { Locale } from '@vigie/core';
import { checkIcon, closeIcon, downloadIcon, errorIcon } from '../../base/icons.js';

export const messages = registerInvoicePaymentMessages;

/** What the views need from the element. */
export interface DialogsHost {
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
export function renderPayment(host: DialogsHost, state: PaymentState) {
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
    <header>
      <h2 id=${titleId}>${host.t('invoice.pay.title', { number: invoice.number })}</h2>
    </header>
    <div class="body">
      <dl class="facts">
        <div><dt>${host.t('invoice.pay.number')}</dt><dd>${invoice.number}</dd></div>
        <div><dt>${host.t('invoice.pay.dueDate')}</dt><dd>${formatDate(host.locale, invoice.dueDate)}</dd></div>
        <div class="amount"><dt>${host.t('invoice.pay.amount')}</dt><dd>${amountOf(host, invoice)}</dd></div>
      </dl>
      ${state.phase === 'paid'
        ? html`<p class="outcome ok" role="status">${checkIcon}<span>${host.t('invoice.pay.done.detail', { amount: amountOf(host, invoice) })}</span></p>`
        : state.phase === 'failed'
          ? html`<p class="outcome error" role="alert">${errorIcon}<span>${host.t(`invoice.pay.error.${state.failure}`)}</span></p>`
          : html`<p>${host.t('invoice.pay.intro')}</p>`}
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
export function renderViewer(host: DialogsHost, viewer: { readonly invoice: PayableInvoice; readonly url: string }) {
  const titleId = `${host.id}-pdf-title`;
  const title = host.t('invoice.pdf.title', { number: viewer.invoice.number });
  const name = host.fileName(viewer.invoice);
  return html`<dialog class="viewer" part="viewer" aria-labelledby=${titleId} @close=${() => host.closeViewer()}>
    <header>
      <h2 id=${titleId}>${title}</h2>
      <a class="btn secondary" href=${viewer.url} download=${name}>${downloadIcon} ${host.t('invoice.pdf.download')}</a>
      <button class="close" type="button" data-focus="viewer-close" aria-label=${host.t('invoice.pay.close')} @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')?.close()}>${closeIcon}</button>
    </header>
    <iframe class="pdf" src=${viewer.url} title=${title}></iframe>
    <p class="fallback"><a href=${viewer.url} download=${name}>${host.t('invoice.pdf.fallback')}</a></p>
  </dialog>`;
}

export const styles = css`
  dialog {
    width: min(34rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 18px 48px rgb(0 0 0 / 0.3);
  }
  dialog.viewer {
    width: min(60rem, calc(100vw - 2rem));
    height: calc(100dvh - 2rem);
  }
  dialog[open].viewer {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(15 20 25 / 0.55);
  }
  dialog header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    padding: 0.75rem 0.75rem 0.75rem 1.25rem;
    border-bottom: 1px solid var(--_border);
  }
  dialog h2 {
    flex: 1;
    margin: 0;
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
