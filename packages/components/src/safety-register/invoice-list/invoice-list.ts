import { safetyRegisterMessages } from '@vigie/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  calendarDateOf,
  daysBetween,
  groupInvoices,
  INVOICE_GROUPS,
  totalCents,
  type Invoice,
  type InvoiceGroup,
} from '@vigie/core';
import { formatAmount, formatDate } from '@vigie/core/i18n';
import { checkIcon, clockIcon, downloadIcon, errorIcon, warningIcon } from '../../base/icons.js';
import { LoadController } from '../../base/load-controller.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { VigieElement } from '../../base/vigie-element.js';
import { styles } from './invoice-list.styles.js';

export const INVOICE_FILTERS = ['all', ...INVOICE_GROUPS] as const;
export type InvoiceFilter = (typeof INVOICE_FILTERS)[number];

let uid = 0;

/**
 * SR-INVOICE — every invoice of the account, grouped as late / to pay / paid, sorted by due
 * date, amounts in euros for the locale; with loading, empty and error-with-retry states.
 *
 * Fetches through the provider, or shows the `invoices` property when the host has them.
 *
 * @tagname invoice-list
 * @summary Every invoice of the account: late, to pay and paid (SR-INVOICE).
 * @fires {Event} change - The filter changed (read `filter`).
 * @csspart base - The wrapper.
 * @csspart filters - The filter group.
 * @csspart group - One group (late, to pay, paid).
 * @csspart row - One invoice row.
 * @csspart status - The status cell (text and icon).
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @cssprop --invoice-list-header-bg - Background of the table headers (defaults to `--vigie-color-surface-raised`).
 */
export class InvoiceList extends VigieElement {
  static override messages = [safetyRegisterMessages];

  static override styles = [tokens, spinnerStyles, styles];

  /** Invoices the host already has: when set, the list fetches nothing. */
  @property({ attribute: false }) invoices?: readonly Invoice[];

  /** Which invoices to show: `all` (grouped), `late`, `to-pay` or `paid`. */
  @property({ reflect: true }) filter: InvoiceFilter = 'all';

  /** Hides the list's own heading (when a dialog already titles it). */
  @property({ type: Boolean, attribute: 'hide-title' }) hideTitle = false;

  #id = `il${++uid}`;
  #lastClient?: unknown;
  #load = new LoadController<readonly Invoice[]>(this, async (signal) => (await import('@vigie/core/safety-register/api')).listInvoices(this.services!.client, { signal }));

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const client = this.services?.client;
    if (client && !this.invoices && client !== this.#lastClient) void this.#load.run();
    this.#lastClient = client;
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
    const title = this.hideTitle ? nothing : html`<h2 class="title">${this.t('invoice.list.title')}</h2>`;
    const state = this.#load.state;
    const invoices = this.invoices ?? (state.status === 'success' ? state.value : undefined);
    if (!invoices) {
      if (state.status === 'error') {
        return html`<div part="base">${title}
          <div part="error" class="state error" role="alert">
            ${errorIcon}
            <div>
              <p><strong>${this.t('invoice.list.error')}</strong></p>
              <p>${this.services.describeFailure(state.failure)}</p>
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
    const today = calendarDateOf(this.services.clock.now());
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
      ${invoices.length === 0
        ? html`<p part="empty" class="state empty small">${this.t('invoice.list.empty.group')}</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">${this.t('invoice.list.number')}</th>
                <th scope="col">${this.t('invoice.list.dueDate')}</th>
                <th scope="col" class="num">${this.t('invoice.list.amount')}</th>
                <th scope="col">${this.t('invoice.list.status')}</th>
              </tr>
            </thead>
            <tbody>
              ${invoices.map((i) => this.#renderRow(group, i, today))}
            </tbody>
          </table>`}
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
    return html`<tr part="row">
      <th scope="row" data-label=${this.t('invoice.list.number')}>
        ${invoice.pdfUrl && /^(https?:|\/)/.test(invoice.pdfUrl)
          ? html`<a href=${invoice.pdfUrl} target="_blank" rel="noopener" aria-label=${this.t('invoice.list.download', { number: invoice.number })}
              >${downloadIcon}${invoice.number}</a
            >`
          : invoice.number}
      </th>
      <td data-label=${this.t('invoice.list.dueDate')}>${formatDate(locale, invoice.dueDate)}</td>
      <td data-label=${this.t('invoice.list.amount')} class="num">${formatAmount(locale, invoice.amountCents)}</td>
      <td data-label=${this.t('invoice.list.status')} part="status" class="status ${group}"><span>${status}</span></td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'invoice-list': InvoiceList;
  }
}
