import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  INTERVENTION_GROUPS,
  SR_PROBLEM_TYPES,
  calendarDateOf,
  groupInterventions,
  registerInterventionsMessages,
  srProblemOf,
  type Intervention,
  type InterventionGroup,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { icon, errorIcon, infoIcon } from '../../base/icons.js';
import { LoadController } from '../../base/load-controller.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { toastStyles } from '../../base/toast.js';
import { VigieElement } from '../../base/vigie-element.js';
import { isRestrictedAccess, restrictedNotice } from '../restricted.js';
import { renderDetails, renderSignatures, renderStatus } from '../intervention-signature/intervention-summary.js';
import { summaryStyles } from '../intervention-signature/intervention-summary.styles.js';
import { styles } from './intervention-list.styles.js';
import { InterventionSelectedEvent } from './intervention-list.events.js';
import { svg } from 'lit';

const eyeIcon = icon(svg`<path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/>`);

export type DetailsTab = 'details' | 'reports';

let uid = 0;

/**
 * SR-SIGN — the interventions of the account (seed 001: « Une fois que la liste de vos interventions
 * apparaît, cliquez sur l'œil de l'une d'entre elles »), in three tabs: « À signer », « En retard »
 * (not signed, due date passed: core's `lateness`) and « Clôturées ». Each row says the type, the
 * provider and technician, the date and the state (text and icon). The eye fires
 * `intervention-selected` and, unless a listener cancels it, opens the intervention: « Détails »
 * (location, work done, who signed and when) and « Rapports » (`<report-observations>`, SR-OBS,
 * loaded when the tab opens). « Signer l'intervention » on one to sign opens `<intervention-signature>`
 * in the details, loaded then; once it is closed, the list reloads and it moves to « Clôturées ».
 * Under a suspended account it shows the access notice and loads nothing.
 *
 * @tagname intervention-list
 * @summary The interventions to sign, late and closed; open one, sign it, read its reports (SR-SIGN).
 * @fires {InterventionSelectedEvent} intervention-selected - The eye of an intervention was activated (`interventionId`); cancelable.
 * @fires {InterventionSignedEvent} intervention-signed - From the signature opened in the details.
 * @fires {InterventionClosedEvent} intervention-closed - From the signature opened in the details.
 * @csspart base - The widget's box.
 * @csspart tabs - The tab list.
 * @csspart row - One intervention.
 * @csspart status - A state (text and icon).
 * @csspart details - The open intervention's details.
 * @csspart empty - An empty state.
 * @cssprop --intervention-list-max-width - The widest the widget grows (default `60rem`).
 */
export class InterventionList extends VigieElement {
  static override messages = [registerInterventionsMessages];
  static override styles = [tokens, spinnerStyles, toastStyles, summaryStyles, styles];

  /** The tab shown: `to-sign`, `late` or `closed`. */
  @property({ reflect: true }) tab: InterventionGroup = 'to-sign';

  /** The intervention whose details are open (set by the eye; a host may set it). */
  @property({ reflect: true }) selected: string | null = null;

  /** The open intervention's tab. */
  @property({ attribute: 'details-tab' }) detailsTab: DetailsTab = 'details';

  /** The last interventions read (kept while a reload runs). */
  @state() private items?: readonly Intervention[];
  /** The intervention whose signature is open. */
  @state() private signing?: string;
  @state() private signatureCode: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  @state() private reportsCode: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  readonly #id = `vigie-ilist-${++uid}`;
  #lastClient?: unknown;
  #focusAfter?: string;

  #load = new LoadController<readonly Intervention[]>(
    this,
    async (signal) => (await import('@vigie/core/safety-register/api')).listInterventions(this.services!.client, { signal }),
    (value) => (this.items = value),
  );

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const client = this.services?.client;
    // While suspended, forget the client: once the account is settled the list loads again (a first
    // load may have answered 403 before the provider knew the access state).
    if (isRestrictedAccess(this.services)) this.#lastClient = undefined;
    else if (client && client !== this.#lastClient) {
      this.#lastClient = client;
      void this.#load.run();
    }
    if (this.detailsTab === 'reports' && this.selected && this.reportsCode === 'idle') this.#loadReports();
  }

  protected override updated(): void {
    const s = this.#load.state;
    if (s.status === 'error' && srProblemOf(s.failure) === SR_PROBLEM_TYPES.accessRestricted) void this.services?.refreshAccess();
    const target = this.#focusAfter;
    if (target) {
      this.#focusAfter = undefined;
      this.renderRoot.querySelector<HTMLElement>(`[data-focus="${CSS.escape(target)}"]`)?.focus();
    }
  }

  /** Reads the interventions again. */
  refresh(): Promise<void> {
    return this.#load.run();
  }

  #open(id: string) {
    const selected = new InterventionSelectedEvent(id);
    if (!this.dispatchEvent(selected)) return;
    this.selected = id;
    this.detailsTab = 'details';
    this.signing = undefined;
    this.#focusAfter = 'details-title';
  }

  #close = () => {
    const id = this.selected;
    this.selected = null;
    this.signing = undefined;
    this.#focusAfter = `open-${id}`;
  };

  /** The pointer over, or the focus on, « Signer l'intervention »: the signature's code starts loading. */
  #signIntent = () => void import('../../define/intervention-signature.js').catch(() => {});

  #sign(id: string) {
    this.signing = id;
    if (this.signatureCode === 'ready') return;
    this.signatureCode = 'loading';
    import('../../define/intervention-signature.js').then(
      () => (this.signatureCode = 'ready'),
      () => (this.signatureCode = 'failed'),
    );
  }

  #loadReports() {
    this.reportsCode = 'loading';
    // SR-OBS's widget, loaded when the tab first opens; a failed load says so, with a retry.
    import('../../define/report-observations.js').then(
      () => (this.reportsCode = 'ready'),
      () => (this.reportsCode = 'failed'),
    );
  }

  /** APG tabs: arrows, Home and End move and activate; the tab's panel follows. */
  #onTabKey(ev: KeyboardEvent, tabs: readonly string[], current: string, pick: (t: string) => void, prefix: string) {
    const i = tabs.indexOf(current);
    const next =
      ev.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : ev.key === 'ArrowLeft'
          ? (i - 1 + tabs.length) % tabs.length
          : ev.key === 'Home'
            ? 0
            : ev.key === 'End'
              ? tabs.length - 1
              : -1;
    if (next < 0) return;
    ev.preventDefault();
    pick(tabs[next]!);
    this.#focusAfter = `${prefix}-${tabs[next]}`;
  }

  #onChanged = () => void this.#load.run();

  /** Closed: it now belongs to « Clôturées », where the list shows it when the details close. */
  #onClosed = () => {
    this.tab = 'closed';
    void this.#load.run();
  };

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const notice = restrictedNotice(this.services, 'interventions');
    if (notice) return notice;
    const state = this.#load.state;
    const items = this.items;
    const title = html`<h2 class="title">${this.t('sr.interventions.list.title')}</h2>`;
    if (!items) {
      if (state.status === 'error') {
        return html`<section part="base" class="root">${title}
          <div class="problem" role="alert">
            ${errorIcon}
            <div>
              <p class="problem-title">${this.t('sr.interventions.list.error')}</p>
              <p>${this.services.describeFailure(state.failure)}</p>
              <button type="button" class="btn secondary" @click=${() => this.#load.run()}>${this.t('common.retry')}</button>
            </div>
          </div>
        </section>`;
      }
      return html`<section part="base" class="root" aria-busy="true">${title}
        <p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('sr.interventions.list.loading')}</p>
      </section>`;
    }
    if (items.length === 0) {
      return html`<section part="base" class="root">${title}
        <div part="empty" class="empty">${infoIcon}<div><p><strong>${this.t('sr.interventions.list.empty')}</strong></p><p class="muted">${this.t('sr.interventions.list.empty.hint')}</p></div></div>
      </section>`;
    }
    const today = calendarDateOf(this.services.clock.now());
    const open = this.selected ? items.find((i) => i.id === this.selected) : undefined;
    return html`<section part="base" class="root">
      ${title} ${open ? this.#renderOpen(open, today) : this.#renderTabs(items, today)}
    </section>`;
  }

  #renderTabs(items: readonly Intervention[], today: string) {
    const groups = groupInterventions(items, today);
    const pick = (t: string) => (this.tab = t as InterventionGroup);
    const list = groups[this.tab];
    return html`<div role="tablist" part="tabs" class="tabs" aria-label=${this.t('sr.interventions.list.tabs')}>
        ${INTERVENTION_GROUPS.map(
          (g) => html`<button
            type="button"
            role="tab"
            id="${this.#id}-tab-${g}"
            class="tab ${g}"
            aria-selected=${g === this.tab ? 'true' : 'false'}
            aria-controls="${this.#id}-panel"
            tabindex=${g === this.tab ? 0 : -1}
            data-focus="tab-${g}"
            @click=${() => pick(g)}
            @keydown=${(ev: KeyboardEvent) => this.#onTabKey(ev, INTERVENTION_GROUPS, this.tab, pick, 'tab')}
          >
            ${this.t(`sr.interventions.group.${g}`)} <span class="count">${groups[g].length}</span>
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="${this.#id}-panel" aria-labelledby="${this.#id}-tab-${this.tab}" class="panel">
        ${
          list.length === 0
            ? html`<p part="empty" class="empty">${infoIcon}<span>${this.t(`sr.interventions.list.empty.${this.tab}`)}</span></p>`
            : html`<ul role="list" class="rows">
              ${list.map((i) => this.#renderRow(i, today))}
            </ul>`
        }
      </div>`;
  }

  #renderRow(i: Intervention, today: string) {
    const x = { t: this.t.bind(this), locale: this.services!.locale };
    return html`<li part="row" class="row">
      <div class="row-main">
        <p class="row-title"><span class="type">${this.t(`sr.interventions.type.${i.type}`)}</span> ${i.title}</p>
        <p class="muted">${i.provider.company} · ${i.provider.technician} · ${formatDate(x.locale, i.date)}</p>
        ${renderStatus(x, i, today)}
      </div>
      <button type="button" class="btn secondary eye" data-focus="open-${i.id}" aria-label=${this.t('sr.interventions.list.open', { title: i.title })} @click=${() => this.#open(i.id)}>
        ${eyeIcon}<span aria-hidden="true">${this.t('sr.interventions.col.open')}</span>
      </button>
    </li>`;
  }

  #renderOpen(i: Intervention, today: string) {
    const x = { t: this.t.bind(this), locale: this.services!.locale };
    const tabs = ['details', 'reports'] as const;
    const pick = (t: string) => (this.detailsTab = t as DetailsTab);
    return html`<section class="open" part="details" aria-labelledby="${this.#id}-details-title">
      <div class="open-head">
        <h3 id="${this.#id}-details-title" tabindex="-1" data-focus="details-title">${this.t('sr.interventions.details.title', { title: i.title })}</h3>
        <button type="button" class="btn secondary" @click=${this.#close}>${this.t('sr.interventions.details.close')}</button>
      </div>
      <div role="tablist" class="tabs" aria-label=${this.t('sr.interventions.details.tabs')}>
        ${tabs.map(
          (t) => html`<button
            type="button"
            role="tab"
            id="${this.#id}-dtab-${t}"
            class="tab"
            aria-selected=${t === this.detailsTab ? 'true' : 'false'}
            aria-controls="${this.#id}-dpanel"
            tabindex=${t === this.detailsTab ? 0 : -1}
            data-focus="dtab-${t}"
            @click=${() => pick(t)}
            @keydown=${(ev: KeyboardEvent) => this.#onTabKey(ev, tabs, this.detailsTab, pick, 'dtab')}
          >
            ${this.t(`sr.interventions.details.tab.${t}`)}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="${this.#id}-dpanel" aria-labelledby="${this.#id}-dtab-${this.detailsTab}" class="panel">
        ${this.detailsTab === 'details' ? this.#renderDetailsTab(i, today, x) : this.#renderReportsTab(i)}
      </div>
    </section>`;
  }

  #renderDetailsTab(i: Intervention, today: string, x: { t: InterventionList['t']; locale: 'fr' | 'en' }) {
    const signing = this.signing === i.id;
    return html`${renderDetails(x, i, today)} ${renderSignatures(x, i, 'h4')}
    ${
      i.status === 'to-sign' && !signing
        ? html`<div class="actions">
          <button type="button" class="btn" @pointerenter=${this.#signIntent} @focus=${this.#signIntent} @click=${() => this.#sign(i.id)}>
            ${this.t('sr.interventions.details.sign')}
          </button>
        </div>`
        : nothing
    }
    ${
      signing
        ? this.signatureCode === 'ready'
          ? html`<intervention-signature intervention-id=${i.id} hide-details @intervention-signed=${this.#onChanged} @intervention-closed=${this.#onClosed}></intervention-signature>`
          : this.signatureCode === 'failed'
            ? html`<div class="problem" role="alert">${errorIcon}<div><p>${this.t('common.error.network')}</p><button type="button" class="btn secondary" @click=${() => this.#sign(i.id)}>${this.t('common.retry')}</button></div></div>`
            : html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('sr.interventions.sign.loading')}</p>`
        : nothing
    }`;
  }

  #renderReportsTab(i: Intervention) {
    if (this.reportsCode === 'ready') return html`<report-observations intervention-id=${i.id}></report-observations>`;
    if (this.reportsCode === 'failed') {
      return html`<p class="empty" role="status">${infoIcon}<span>${i.report ? this.t('sr.interventions.reports.unavailable') : this.t('sr.interventions.reports.none')}</span></p>`;
    }
    return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('sr.interventions.reports.loading')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'intervention-list': InterventionList;
  }
}
