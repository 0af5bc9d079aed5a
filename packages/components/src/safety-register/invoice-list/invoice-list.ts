import { safetyRegisterMessages } from '@vigie/core';
import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { calendarDateOf, daysBetween, groupInvoices, INVOICE_GROUPS, totalCents, type Invoice, type InvoiceGroup } from '@vigie/core';
import { formatAmount, formatDate, loadMessages, type MessageBundle } from '@vigie/core/i18n';
import { checkIcon, clockIcon, downloadIcon, errorIcon, warningIcon } from '../../base/icons.js';
import { LoadController } from '../../base/load-controller.js';
import { OnDemand } from '../../base/on-demand.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { ToastController, toastStyles } from '../../base/toast.js';
import { VigieElement } from '../../base/vigie-element.js';
import type * as Actions from './invoice-list-actions.on-demand.js';
import { styles } from './invoice-list.styles.js';

const api = () => import('@vigie/core/safety-register/api');

export const INVOICE_FILTERS = ['all', ...INVOICE_GROUPS] as const;
export type InvoiceFilter = (typeof INVOICE_FILTERS)[number];

let uid = 0;

/**
 * SR-INVOICE — every invoice of the account, grouped as late / to pay / paid, sorted by due
 * date, amounts in euros for the locale; with loading, empty and error-with-retry states.
 *
 * Fetches through the provider, or shows the `invoices` property when the host has them.
 *
 * Each invoice's PDF opens in a viewer and downloads (`facture-<number>.pdf`), both from a `blob:`
 * URL fetched with the host's token and revoked once done (a page with a CSP must allow
 * `frame-src blob:` for the viewer). An unpaid invoice has « Régler »: the cancelable
 * `invoice-payment-requested` event first (cancel it to open your own payment page), then a
 * confirmation and `POST …/payment` with an `Idempotency-Key` drawn once per attempt and reused by
 * « Réessayer » (a retry never pays twice). Once paid: `invoice-paid`, the list reloads, the
 * provider re-reads the access state and `<invoice-banner>` its invoices. The payment dialog and
 * the viewer load on demand. The invoices stay reachable while access is restricted (paying is
 * how an account gets out of it).
 *
 * @tagname invoice-list
 * @summary Every invoice of the account: late, to pay and paid; view, download and pay (SR-INVOICE).
 * @fires {Event} change - The filter changed (read `filter`).
 * @fires {InvoicePaymentRequestedEvent} invoice-payment-requested - « Régler » was pressed (`invoiceId`, `number`, `amountCents`); cancelable: cancel it to open your own payment page.
 * @fires {InvoicePaidEvent} invoice-paid - An invoice is paid (`invoiceId`, `number`, `amountCents`; `alreadyPaid` when the server said it already was).
 * @csspart base - The wrapper.
 * @csspart filters - The filter group.
 * @csspart group - One group (late, to pay, paid).
 * @csspart row - One invoice row.
 * @csspart status - The status cell (text and icon).
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart actions - The actions cell of a row (« Voir », « Télécharger », « Régler »).
 * @csspart pay - The « Régler » button of an unpaid invoice.
 * @csspart payment-dialog - The payment dialog.
 * @csspart viewer - The PDF viewer dialog.
 * @csspart toasts - The live region of the toasts.
 * @cssprop --invoice-list-header-bg - Background of the table headers (defaults to `--vigie-color-surface-raised`).
 */
export class InvoiceList extends VigieElement {
  static override messages = [safetyRegisterMessages];

  static override styles = [tokens, spinnerStyles, toastStyles, styles];

  /** Invoices the host already has: when set, the list fetches nothing. */
  @property({ attribute: false }) invoices?: readonly Invoice[];

  static override attributeValues = { filter: INVOICE_FILTERS };

  /** Which invoices to show: `all` (grouped), `late`, `to-pay` or `paid`. */
  @property({ reflect: true }) filter: InvoiceFilter = 'all';

  /** Hides the list's own heading (when a dialog already titles it). */
  @property({ type: Boolean, attribute: 'hide-title' }) hideTitle = false;

  #id = `il${++uid}`;
  #lastClient?: unknown;
  #load = new LoadController<readonly Invoice[]>(this, async (signal) => (await api()).listInvoices(this.services!.client, { signal }));

  /** The on-demand code could not load: what to try again. */
  @state() private loadFailed?: () => void;
  /** The on-demand code is on its way after a person acted. */
  @state() private loadingActions = false;

  readonly #toasts = new ToastController(
    this,
    (m) => this.t(m.key, m.params),
    () => this.t('common.close'),
  );

  /** The PDF actions and the payment, their dialogs, texts and styles: loaded when a person acts. */
  #actions?: Actions.InvoiceListActions;
  readonly #loader = new OnDemand<Actions.InvoiceListActions>(this, async () => {
    const m = await import('./invoice-list-actions.on-demand.js');
    this.#actionsBundle = m.messages;
    await loadMessages((this.#actionsLocale = this.services!.locale), [m.messages]);
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof InvoiceList).elementStyles, m.styles]);
    return (this.#actions ??= new m.InvoiceListActions(
      this,
      { services: () => this.services!, t: (k, p) => this.t(k, p), refresh: () => this.refresh() },
      this.#id,
      this.#toasts,
    ));
  });

  #actionsLocale?: string;
  #actionsBundle?: MessageBundle;

  constructor() {
    super();
    // SR-INVOICE: once an invoice is paid (here), the list and the access state follow (the banner hears it on the document).
    this.addEventListener('invoice-paid', () => {
      void this.refresh();
      void this.services?.refreshAccess();
    });
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const s = this.services;
    const client = s?.client;
    if (client && !this.invoices && client !== this.#lastClient) void this.#load.run();
    this.#lastClient = client;
    // The dialogs' texts follow a change of language once they are here.
    if (this.#actionsBundle && s && s.locale !== this.#actionsLocale) {
      this.#actionsLocale = s.locale;
      void loadMessages(s.locale, [this.#actionsBundle]).then(() => this.requestUpdate());
    }
  }

  #intent = () => void this.#loader.load().catch(() => undefined);

  /** Runs an action of the on-demand code on the row's button; a failed load offers « Réessayer ». */
  #act(e: Event, action: (a: Actions.InvoiceListActions, trigger: HTMLElement) => unknown): void {
    const trigger = e.currentTarget as HTMLElement;
    const run = async () => {
      let actions: Actions.InvoiceListActions;
      try {
        this.loadingActions = !this.#actions;
        actions = await this.#loader.load();
        this.loadFailed = undefined;
      } catch {
        this.loadFailed = () => void run();
        return;
      } finally {
        this.loadingActions = false;
      }
      await action(actions, trigger);
    };
    void run();
  }

  /** Fetches the invoices again. */
  refresh(): Promise<void> {
    return this.invoices ? Promise.resolve() : this.#load.run();
  }

  #onFilter(e: Event) {
    this.filter = (e.target as HTMLInputElement).value as InvoiceFilter;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    return html`${this.#renderList()}${this.#renderMore()}${this.#toasts.render()}`;
  }

  /** The dialogs (once their code is here) and the retry of a failed load. */
  #renderMore() {
    return html`${
      this.loadFailed
        ? html`<div class="state error small" role="alert">
          ${errorIcon}<span>${this.t('invoice.list.more.error')}</span>
          <button class="btn secondary" type="button" aria-busy=${this.loadingActions ? 'true' : 'false'} @click=${() => this.loadFailed?.()}>${this.t('common.retry')}</button>
        </div>`
        : nothing
    }
    ${this.#actions?.render()}`;
  }

  #shownInvoices?: readonly Invoice[];

  #renderList() {
    const title = this.hideTitle ? nothing : html`<h2 class="title">${this.t('invoice.list.title')}</h2>`;
    const state = this.#load.state;
    // A reload (after a payment) keeps the rows on screen until the new ones are there.
    if (state.status === 'success') this.#shownInvoices = state.value;
    const invoices = this.invoices ?? (state.status === 'success' || state.status === 'loading' ? this.#shownInvoices : undefined);
    if (!invoices) {
      if (state.status === 'error') {
        return html`<div part="base">${title}
          <div part="error" class="state error" role="alert">
            ${errorIcon}
            <div>
              <p><strong>${this.t('invoice.list.error')}</strong></p>
              <p>${this.services!.describeFailure(state.failure)}</p>
              <button class="btn" @click=${() => this.#load.run()}>${this.t('common.retry')}</button>
            </div>
          </div>
        </div>`;
      }
      return html`<div part="base" aria-busy="true">${title}
        <p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>
        <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
      </div>`;
    }
    if (invoices.length === 0) {
      return html`<div part="base">${title}<p part="empty" class="state empty">${checkIcon}${this.t('invoice.list.empty')}</p></div>`;
    }
    const today = calendarDateOf(this.services!.clock.now());
    const groups = groupInvoices(invoices, today);
    const shown: readonly InvoiceGroup[] = this.filter === 'all' ? INVOICE_GROUPS : [this.filter];
    return html`<div part="base">
      ${title}
      <fieldset part="filters" class="filters">
        <legend class="sr-only">${this.t('invoice.list.filter')}</legend>
        ${INVOICE_FILTERS.map((f) => {
          const count = f === 'all' ? invoices.length : groups[f].length;
          const label = f === 'all' ? this.t('invoice.list.filter.all') : this.t(`invoice.list.group.${f}`);
          return html`<label class="chip ${f}">
            <input type="radio" name="${this.#id}-filter" value=${f} .checked=${this.filter === f} @change=${this.#onFilter} />
            <span>${label}</span><span class="count">${count}</span>
          </label>`;
        })}
      </fieldset>
      ${shown.map((g) => this.#renderGroup(g, groups[g], today))}
    </div>`;
  }

  #renderGroup(group: InvoiceGroup, invoices: readonly Invoice[], today: string) {
    const locale = this.services!.locale;
    const headingId = `${this.#id}-${group}`;
    const hidden = this.filter === 'all' && invoices.length === 0;
    if (hidden) return nothing;
    return html`<section part="group" class="group ${group}" aria-labelledby=${headingId}>
      <h3 id=${headingId}>
        ${this.t(`invoice.list.group.${group}`)}
        <span class="summary">${this.t('invoice.list.count', { count: invoices.length, total: formatAmount(locale, totalCents(invoices)) })}</span>
      </h3>
      ${
        invoices.length === 0
          ? html`<p part="empty" class="state empty small">${this.t('invoice.list.empty.group')}</p>`
          : html`<table>
            <thead>
              <tr>
                <th scope="col">${this.t('invoice.list.number')}</th>
                <th scope="col">${this.t('invoice.list.dueDate')}</th>
                <th scope="col" class="num">${this.t('invoice.list.amount')}</th>
                <th scope="col">${this.t('invoice.list.status')}</th>
                <th scope="col"><span class="sr-only">${this.t('invoice.list.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              ${invoices.map((i) => this.#renderRow(group, i, today))}
            </tbody>
          </table>`
      }
    </section>`;
  }

  #renderRow(group: InvoiceGroup, invoice: Invoice, today: string) {
    const locale = this.services!.locale;
    const days = daysBetween(today, invoice.dueDate);
    const status =
      group === 'paid'
        ? html`${checkIcon}${this.t('invoice.list.paid')}`
        : group === 'late'
          ? html`${warningIcon}${this.t('invoice.list.daysLate', { days: -days })}`
          : html`${clockIcon}${days === 0 ? this.t('invoice.list.dueToday') : this.t('invoice.list.dueIn', { days })}`;
    const busy = this.#actions?.busyPdf === invoice.id;
    const amount = formatAmount(locale, invoice.amountCents);
    return html`<tr part="row">
      <th scope="row" data-label=${this.t('invoice.list.number')}>${invoice.number}</th>
      <td data-label=${this.t('invoice.list.dueDate')}>${formatDate(locale, invoice.dueDate)}</td>
      <td data-label=${this.t('invoice.list.amount')} class="num">${formatAmount(locale, invoice.amountCents)}</td>
      <td data-label=${this.t('invoice.list.status')} part="status" class="status ${group}"><span>${status}</span></td>
      <td part="actions" class="actions" aria-busy=${busy ? 'true' : 'false'}>
        <button class="link" type="button" aria-label=${this.t('invoice.list.open.label', { number: invoice.number })} @pointerenter=${this.#intent} @focusin=${this.#intent}
          @click=${(e: Event) => this.#act(e, (a, trigger) => a.open(invoice, trigger))}>${this.t('invoice.list.open')}</button>
        <button class="link" type="button" aria-label=${this.t('invoice.list.download', { number: invoice.number })} @pointerenter=${this.#intent} @focusin=${this.#intent}
          @click=${(e: Event) => this.#act(e, (a, trigger) => a.download(invoice, trigger))}>${downloadIcon}${this.t('invoice.list.download.short')}</button>
        ${
          group === 'paid'
            ? nothing
            : html`<button class="btn pay" part="pay" type="button" aria-label=${this.t('invoice.list.pay.label', { number: invoice.number, amount })} @pointerenter=${this.#intent} @focusin=${this.#intent}
              @click=${(e: Event) => this.#act(e, (a, trigger) => a.pay(invoice, trigger))}>${this.t('invoice.list.pay')}</button>`
        }
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
      </td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'invoice-list': InvoiceList;
  }
}
