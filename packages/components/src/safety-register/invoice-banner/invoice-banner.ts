import { safetyRegisterMessages } from '@vigie/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  bannerOf,
  invoiceBannerMachine,
  nextTick,
  type Banner,
  type BannerLevel,
  type Invoice,
  type InvoiceBannerEvent,
  type InvoiceBannerState,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { DeadlineController } from '../../base/deadline-controller.js';
import { errorIcon, lockIcon, warningIcon, closeIcon } from '../../base/icons.js';
import { LoadController } from '../../base/load-controller.js';
import { VigieElement } from '../../base/vigie-element.js';
import { tokens } from '../../base/styles.js';
import { InvoiceLevelChangedEvent, InvoicesRequestedEvent } from './invoice-banner.events.js';
import { styles } from './invoice-banner.styles.js';

/**
 * SR-INVOICE — the unpaid-invoice banner: nothing, orange (due within 15 days), red
 * (overdue, with the cut-off date) or red (access suspended), with « Régulariser mes factures ».
 *
 * Fetches the invoices through the provider, or uses the `invoices` property when the host
 * already has them. Reports its level to the provider, which derives the access state. Reads the
 * invoices again whenever an `invoice-paid` event reaches the document (a payment in its own
 * dialog or in any `<invoice-list>` of the page): the red banner goes away once nothing is late.
 *
 * @tagname invoice-banner
 * @summary The unpaid-invoice banner of the safety register (SR-INVOICE).
 * @fires {InvoiceLevelChangedEvent} invoice-level-changed - The level is known or changed.
 * @fires {InvoicesRequestedEvent} invoices-requested - The button was pressed; cancelable: cancel it to show your own invoice page instead of the dialog.
 * @csspart base - The banner box.
 * @csspart icon - The level icon.
 * @csspart label - The short level label (« Échéance proche »…).
 * @csspart message - The seed's text.
 * @csspart action - The « Régulariser mes factures » button.
 * @csspart dialog - The dialog holding the invoice list.
 * @cssprop --invoice-banner-warning-bg - Orange level background (defaults to `--vigie-color-warning-bg`).
 * @cssprop --invoice-banner-danger-bg - Red levels background (defaults to `--vigie-color-danger-bg`).
 * @cssprop --invoice-banner-radius - Corner radius (defaults to `--vigie-radius`).
 */
export class InvoiceBanner extends VigieElement {
  static override messages = [safetyRegisterMessages];

  static override styles = [tokens, styles];

  /** Invoices the host already has: when set, the banner fetches nothing. */
  @property({ attribute: false }) invoices?: readonly Invoice[];

  /** The current level, reflected for host CSS: `none | warning | overdue | suspended`. Read-only. */
  @property({ reflect: true }) level: BannerLevel = 'none';

  @state() private machine?: InvoiceBannerState;
  @state() private dialogOpen = false;
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('[part~="action"]') private actionButton?: HTMLButtonElement;

  #load = new LoadController<readonly Invoice[]>(
    this,
    async (signal) => (await import('@vigie/core/safety-register/api')).listInvoices(this.services!.client, { signal }),
    (invoices) => this.#send({ type: 'invoices-received', invoices }),
  );

  /** SR-INVOICE: a payment anywhere on the page (`invoice-paid` is composed and bubbles) re-reads the invoices. */
  #onPaid = () => void this.refresh();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('invoice-paid', this.#onPaid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('invoice-paid', this.#onPaid);
  }

  constructor() {
    super();
    new DeadlineController(
      this,
      () => ({ at: this.machine && nextTick(this.machine), clock: this.services?.clock }),
      () => this.#send({ type: 'clock-ticked' }),
    );
  }

  #send(event: InvoiceBannerEvent): void {
    const clock = this.services?.clock;
    if (!clock) return;
    const ctx = { now: clock.now() };
    this.machine = invoiceBannerMachine.transition(this.machine ?? invoiceBannerMachine.initial(ctx), event, ctx);
  }

  #lastClient?: unknown;
  #lastClock?: unknown;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const s = this.services;
    if (!s) return;
    if (this.invoices) {
      if (changed.has('invoices') || s.clock !== this.#lastClock) this.#send({ type: 'invoices-received', invoices: this.invoices });
    } else if (s.client !== this.#lastClient) {
      void this.#load.run();
    } else if (s.clock !== this.#lastClock && this.machine) {
      this.#send({ type: 'clock-ticked' });
    }
    this.#lastClient = s.client;
    this.#lastClock = s.clock;

    // Tell the provider (access state) and the host (event) whenever the level is known or moves.
    const level = this.#banner?.level;
    if (level !== undefined && level !== this.#reported) {
      const previous = this.#reported;
      this.#reported = this.level = level;
      s.reportInvoiceLevel(level);
      const event = new InvoiceLevelChangedEvent(level, previous);
      void this.updateComplete.then(() => this.dispatchEvent(event));
    }
  }

  #reported?: BannerLevel;

  get #banner(): Banner | undefined {
    return this.machine && bannerOf(this.machine);
  }

  /** Fetches the invoices again (after a payment elsewhere on the page, for example). */
  refresh(): Promise<void> {
    return this.invoices ? Promise.resolve() : this.#load.run();
  }

  #request = async () => {
    const event = new InvoicesRequestedEvent(this.level);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    // The list is a widget of its own: a page pays for it only when someone opens it.
    if (!customElements.get('invoice-list')) await import('../../define/invoice-list.js');
    this.dialogOpen = true;
  };

  protected override updated(changed: PropertyValues): void {
    if (changed.has('dialogOpen') && this.dialogOpen && this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  #closeDialog = () => {
    this.dialog?.close();
  };

  #onDialogClose = () => {
    this.dialogOpen = false;
    this.actionButton?.focus();
  };

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const load = this.#load.state;
    if (!this.invoices && load.status === 'error') {
      return html`<div part="base" class="banner error" role="status">
        ${errorIcon}
        <p part="message" class="message">${this.t('invoice.banner.error')} ${this.services.describeFailure(load.failure)}</p>
        <button part="action" class="btn secondary" @click=${() => this.#load.run()}>${this.t('common.retry')}</button>
      </div>`;
    }
    // The dialog stays while it is open, even once a payment in it has brought the level to none.
    const dialog = this.dialogOpen
      ? html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#onDialogClose}>
          <div class="dialog-head">
            <h2 id="dialog-title">${this.t('invoice.list.title')}</h2>
            <button class="close" @click=${this.#closeDialog} aria-label=${this.t('common.close')}>${closeIcon}</button>
          </div>
          <invoice-list .invoices=${this.machine?.invoices} hide-title></invoice-list>
        </dialog>`
      : nothing;
    // One template whatever the level, so the open dialog (and the payment in it) is never rebuilt.
    const banner = this.#banner;
    return html`${banner && banner.level !== 'none' ? this.#renderBanner(banner) : nothing}${dialog}`;
  }

  #renderBanner(banner: Banner) {
    const level = banner.level as Exclude<BannerLevel, 'none'>;
    const date = (d: string | undefined) => (d ? formatDate(this.services!.locale, d) : '');
    const message =
      level === 'warning'
        ? this.t('invoice.banner.warning', { date: date(banner.dueDate) })
        : level === 'overdue'
          ? this.t('invoice.banner.overdue', { date: date(banner.cutoffDate) })
          : this.t('invoice.banner.suspended');
    return html`
      <div part="base" class="banner ${level}" role=${level === 'warning' ? 'status' : 'alert'}>
        ${level === 'suspended' ? lockIcon : warningIcon}
        <div class="text">
          <strong part="label" class="label">${this.t(`invoice.banner.label.${level}`)}</strong>
          <p part="message" class="message">${message}</p>
        </div>
        <button part="action" class="btn action" aria-haspopup="dialog" @click=${this.#request}>${this.t('invoice.banner.action')}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'invoice-banner': InvoiceBanner;
  }
}
