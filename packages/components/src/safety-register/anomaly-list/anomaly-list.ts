import { html, nothing, svg, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import {
  ANOMALY_AUTHOR_KINDS,
  ANOMALY_COLUMNS,
  ANOMALY_CRITICALITIES,
  ANOMALY_STATES,
  DEFAULT_ANOMALY_SORT,
  NO_ANOMALY_FILTER,
  anomalyAuthors,
  authorKindFilter,
  isAccessRestricted,
  registerAnomaliesMessages,
  visibleAnomalies,
  type AnomalyColumn,
  type AnomalyCriticality,
  type AnomalyFilters,
  type AnomalySort,
  type AnomalyState,
  type AnomalySummary,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { checkIcon, clockIcon, errorIcon, icon, infoIcon, searchIcon, warningIcon } from '../../base/icons.js';
import { LoadController } from '../../base/load-controller.js';
import { OnDemand } from '../../base/on-demand.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { sortControls, sortHeader, sortOnClick } from '../../base/virtual-table/sort-header.js';
import { VigieElement } from '../../base/vigie-element.js';
import { isRestrictedAccess, restrictedNotice } from '../restricted.js';
import { AnomalyClosedEvent, AnomalySelectedEvent } from './anomaly-list.events.js';
import { styles } from './anomaly-list.styles.js';

let uid = 0;

const eyeIcon = icon(svg`<path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/>`);

const CRITICALITY_ICON = { minor: infoIcon, major: warningIcon, critical: errorIcon } as const;
const STATE_ICON = { open: warningIcon, 'in-progress': clockIcon, closed: checkIcon } as const;

/**
 * SR-ANOMALY — « GESTION DU BÂTIMENT », tab « ANOMALIES » (seed 001): the building's anomalies with
 * the column « Anomalie créée par » (a user of the account, a provider's technician, or a safety
 * commission); search, sort on every column, filters by state, criticality and author. The eye of a
 * row opens the anomaly in a dialog: its description, location, criticality, source and the history
 * of the requests made on it, and « Créer une demande d'intervention » / « Créer une demande de
 * devis », each to as many providers and contacts as wished, sent as ONE request that the server
 * fans out, one per provider.
 *
 * The list is the first screen; the dialog's content (details, request form, comboboxes) loads on
 * demand (`anomaly-details.on-demand.ts`) on intent (the pointer over, or the focus in, the rows)
 * and on the eye's click. Honours the account's access (SR-INVOICE): while suspended it shows the
 * notice and loads nothing.
 *
 * @tagname anomaly-list
 * @summary The building's anomalies: « Anomalie créée par », details, intervention and quote requests to many providers (SR-ANOMALY).
 * @fires {AnomalySelectedEvent} anomaly-selected - An anomaly was opened (`anomalyId`).
 * @fires {AnomalyRequestStartedEvent} anomaly-request-started - A request form was opened (`anomalyId`, `kind`).
 * @fires {AnomalyRequestSentEvent} anomaly-request-sent - ONE request was sent (`anomalyId`, `kind`, `batchId`, `providerIds`, `contactIds`, `requestIds`: one per provider).
 * @fires {AnomalyClosedEvent} anomaly-closed - The details were closed (`anomalyId`).
 * @csspart base - The widget's box.
 * @csspart filters - The search and the filters.
 * @csspart table - The table of anomalies.
 * @csspart row - One anomaly.
 * @csspart dialog - The anomaly's dialog.
 * @cssprop --anomaly-list-max-width - The widest the widget grows (default `80rem`).
 * @cssprop --vigie-color-accent - Buttons, links, the sorted column.
 * @cssprop --vigie-color-surface - Background.
 * @cssprop --vigie-color-surface-raised - Table header background.
 * @cssprop --vigie-color-border - Separators.
 */
export class AnomalyList extends VigieElement {
  static override messages = [registerAnomaliesMessages];
  static override styles = [tokens, spinnerStyles, styles];

  @state() private filters: AnomalyFilters = NO_ANOMALY_FILTER;
  @state() private sort: AnomalySort = DEFAULT_ANOMALY_SORT;
  /** The anomaly whose dialog is open. */
  @state() private openId?: string;
  /**
   * The anomaly waiting for the dialog's code: `loading` while it loads (a busy eye, or a busy
   * retry), `failed` once a load of it failed (kept while the retry loads, so the retry keeps the focus).
   */
  @state() private waiting?: { readonly id: string; readonly failed: boolean; readonly loading: boolean };

  readonly #id = `anomalies-${++uid}`;
  #loadedFor?: unknown;
  /** The last list received: kept on screen while a refresh runs. */
  #rows?: readonly AnomalySummary[];

  #load = new LoadController<readonly AnomalySummary[]>(
    this,
    async (signal) => {
      try {
        return await (await import('@vigie/core/safety-register/api')).listAnomalies(this.services!.client, { signal });
      } catch (e) {
        if (isAccessRestricted(e)) void this.services!.refreshAccess();
        throw e;
      }
    },
    (rows) => (this.#rows = rows),
  );

  /** The dialog's content: details, request form, comboboxes. */
  #details = new OnDemand(this, () => import('./anomaly-details.on-demand.js'));

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const client = this.services?.client;
    if (!client) return;
    if (isRestrictedAccess(this.services)) {
      this.#loadedFor = undefined;
      return;
    }
    if (client !== this.#loadedFor) {
      this.#loadedFor = client;
      this.#rows = undefined;
      void this.#load.run();
    }
  }

  /** Fetches the anomalies again. */
  refresh(): Promise<void> {
    return this.#load.run();
  }

  // ── the dialog ──

  #intent = () => void this.#details.load().catch(() => {});

  #open(id: string): void {
    const failed = this.waiting?.id === id && this.waiting.failed;
    this.waiting = { id, failed, loading: true };
    this.#details.load().then(
      () => {
        if (this.waiting?.id !== id) return;
        this.waiting = undefined;
        this.openId = id;
        const selected = new AnomalySelectedEvent(id);
        this.dispatchEvent(selected);
        void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
      },
      () => {
        if (this.waiting?.id === id) this.waiting = { id, failed: true, loading: false };
      },
    );
  }

  #onDialogClose = () => {
    const id = this.openId;
    if (!id) return;
    this.openId = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-open="${CSS.escape(id)}"]`)?.focus());
    const closed = new AnomalyClosedEvent(id);
    this.dispatchEvent(closed);
  };

  #onSent = () => void this.#load.run();

  // ── filters and sort ──

  #filter(patch: Partial<AnomalyFilters>) {
    this.filters = { ...this.filters, ...patch };
  }

  #onSort = (e: Event) => {
    const next = sortOnClick<AnomalyColumn>(e, this.sort);
    if (next) this.sort = next;
  };

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const notice = restrictedNotice(this.services, 'batiment');
    if (notice) return notice;
    const id = this.#id;
    return html`<section part="base" class="base" aria-labelledby="${id}-title">
      <p class="eyebrow">${this.t('sr.anomalies.module')}</p>
      <h2 id="${id}-title" class="title">${this.t('sr.anomalies.title')}</h2>
      <p class="intro">${this.t('sr.anomalies.intro')}</p>
      ${this.#renderBody()}
      <dialog part="dialog" class="dialog" aria-label=${this.#dialogLabel()} @close=${this.#onDialogClose} @anomaly-request-sent=${this.#onSent}>
        ${this.openId && this.#details.module ? this.#details.module.renderDetails(this.openId, () => this.renderRoot.querySelector('dialog')?.close()) : nothing}
      </dialog>
    </section>`;
  }

  #dialogLabel() {
    const a = this.#rows?.find((r) => r.id === this.openId);
    return a ? this.t('sr.anomalies.details.title', { reference: a.reference }) : this.t('sr.anomalies.title');
  }

  #renderBody() {
    const s = this.#load.state;
    const rows = this.#rows;
    if (!rows) {
      if (s.status === 'error') {
        return html`<div class="state error" role="alert">
          ${errorIcon}
          <div>
            <p><strong>${this.t('sr.anomalies.error')}</strong></p>
            <p>${this.services!.describeFailure(s.failure)}</p>
            <button type="button" class="btn secondary" @click=${() => this.#load.run()}>${this.t('common.retry')}</button>
          </div>
        </div>`;
      }
      return html`<p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('sr.anomalies.loading')}</p>`;
    }
    if (rows.length === 0) {
      return html`<div class="state empty">
        ${checkIcon}
        <div>
          <p><strong>${this.t('sr.anomalies.empty')}</strong></p>
          <p>${this.t('sr.anomalies.empty.hint')}</p>
        </div>
      </div>`;
    }
    const shown = visibleAnomalies(rows, this.filters, this.sort);
    const f = this.filters;
    const filtered =
      f !== NO_ANOMALY_FILTER && (f.query.trim() !== '' || f.state !== 'all' || f.criticality !== 'all' || f.createdBy !== 'all');
    return html`${this.#renderFilters(rows)}
      <p class="count" role="status">
        ${filtered ? this.t('sr.anomalies.count.filtered', { count: shown.length, total: rows.length }) : this.t('sr.anomalies.count', { count: rows.length })}
      </p>
      ${
        this.waiting?.failed
          ? html`<div class="state error" role="alert">
            ${errorIcon}
            <div>
              <p>${this.t('sr.anomalies.load-failed')}</p>
              <button type="button" class="btn secondary" aria-busy=${this.waiting.loading ? 'true' : nothing} @click=${() => this.#open(this.waiting!.id)}>${this.t('common.retry')}</button>
            </div>
          </div>`
          : nothing
      }
      ${
        shown.length === 0
          ? html`<div class="state empty">
            ${searchIcon}
            <div>
              <p><strong>${this.t('sr.anomalies.none-match')}</strong></p>
              <button type="button" class="btn secondary" @click=${() => (this.filters = NO_ANOMALY_FILTER)}>${this.t('sr.anomalies.clear')}</button>
            </div>
          </div>`
          : this.#renderTable(shown)
      }`;
  }

  #renderFilters(rows: readonly AnomalySummary[]) {
    const id = this.#id;
    const f = this.filters;
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    const select = <V extends string>(
      name: string,
      label: string,
      all: string,
      current: string,
      options: readonly V[],
      text: (v: V) => string,
      onChange: (v: string) => void,
    ) =>
      html`<div class="field">
        <label for="${id}-${name}">${label}</label>
        <select id="${id}-${name}" @change=${(e: Event) => onChange(value(e))}>
          <option value="all" ?selected=${current === 'all'}>${all}</option>
          ${options.map((o) => html`<option value=${o} ?selected=${current === o}>${text(o)}</option>`)}
        </select>
      </div>`;
    return html`<div part="filters" class="filters" role="search" aria-label=${this.t('sr.anomalies.filters')}>
      <div class="field search">
        <label for="${id}-q">${this.t('sr.anomalies.search')}</label>
        <input id="${id}-q" type="search" autocomplete="off" aria-describedby="${id}-q-hint" .value=${f.query} @input=${(e: Event) => this.#filter({ query: value(e) })} />
        <span class="hint" id="${id}-q-hint">${this.t('sr.anomalies.search.hint')}</span>
      </div>
      ${select(
        'state',
        this.t('sr.anomalies.filter.state'),
        this.t('sr.anomalies.filter.state.all'),
        f.state,
        ANOMALY_STATES,
        (v) => this.t(`sr.anomalies.state.${v}`),
        (v) => this.#filter({ state: v as AnomalyState | 'all' }),
      )}
      ${select(
        'criticality',
        this.t('sr.anomalies.filter.criticality'),
        this.t('sr.anomalies.filter.criticality.all'),
        f.criticality,
        ANOMALY_CRITICALITIES,
        (v) => this.t(`sr.anomalies.criticality.${v}`),
        (v) => this.#filter({ criticality: v as AnomalyCriticality | 'all' }),
      )}
      <div class="field">
        <label for="${id}-author">${this.t('sr.anomalies.filter.createdBy')}</label>
        <select id="${id}-author" @change=${(e: Event) => this.#filter({ createdBy: value(e) })}>
          <option value="all" ?selected=${f.createdBy === 'all'}>${this.t('sr.anomalies.filter.createdBy.all')}</option>
          <optgroup label=${this.t('sr.anomalies.filter.byKind')}>
            ${ANOMALY_AUTHOR_KINDS.map((k) => html`<option value=${authorKindFilter(k)} ?selected=${f.createdBy === authorKindFilter(k)}>${this.t(`sr.anomalies.kind.${k}`)}</option>`)}
          </optgroup>
          <optgroup label=${this.t('sr.anomalies.filter.byName')}>
            ${anomalyAuthors(rows).map((name) => html`<option value=${name} ?selected=${f.createdBy === name}>${name}</option>`)}
          </optgroup>
        </select>
      </div>
    </div>`;
  }

  #renderTable(rows: readonly AnomalySummary[]) {
    const id = this.#id;
    const t = (c: AnomalyColumn) => this.t(`sr.anomalies.col.${c}`);
    const sorted = (c: AnomalyColumn) => (this.sort.column === c ? this.sort.direction : undefined);
    const locale = this.services!.locale;
    return html`${sortControls(
      id,
      ANOMALY_COLUMNS,
      this.sort,
      {
        by: this.t('sr.anomalies.sort.by'),
        order: this.t('sr.anomalies.sort.order'),
        column: t,
        direction: (d) => this.t(`sr.anomalies.sort.${d}`),
      },
      (s) => (this.sort = s),
    )}
      <div class="table-wrap">
        <table part="table" id="${id}-table">
          <caption class="sr-only">${this.t('sr.anomalies.caption')}</caption>
          <thead @click=${this.#onSort}>
            <tr>
              ${ANOMALY_COLUMNS.map((c) => sortHeader(c, t(c), sorted(c)))}
              <th scope="col" class="actions"><span class="sr-only">${this.t('sr.anomalies.col.actions')}</span></th>
            </tr>
          </thead>
          <tbody @pointerover=${this.#intent} @focusin=${this.#intent}>
            ${rows.map((a) => {
              const busy = this.waiting?.id === a.id && this.waiting.loading && !this.waiting.failed;
              return html`<tr part="row">
                <td data-label=${t('reference')} class="ref">${a.reference}</td>
                <th scope="row" data-label=${t('title')} class="name">${a.title}</th>
                <td data-label=${t('location')}>${a.location.building}${a.location.place ? html`<span class="sub">${a.location.place}</span>` : nothing}</td>
                <td data-label=${t('criticality')}><span class="tag crit-${a.criticality}">${CRITICALITY_ICON[a.criticality]}${this.t(`sr.anomalies.criticality.${a.criticality}`)}</span></td>
                <td data-label=${t('state')}><span class="tag state-${a.state}">${STATE_ICON[a.state]}${this.t(`sr.anomalies.state.${a.state}`)}</span></td>
                <td data-label=${t('createdOn')} class="date">${formatDate(locale, a.createdOn)}</td>
                <td data-label=${t('createdBy')}>${a.createdBy.company ? this.t('sr.anomalies.author.provider', { name: a.createdBy.name, company: a.createdBy.company }) : a.createdBy.name}</td>
                <td class="actions">
                  <button
                    type="button"
                    class="eye"
                    data-open=${a.id}
                    aria-label=${this.t('sr.anomalies.open', { reference: a.reference })}
                    aria-haspopup="dialog"
                    aria-busy=${busy ? 'true' : nothing}
                    @click=${() => this.#open(a.id)}
                  >
                    ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : eyeIcon}
                  </button>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'anomaly-list': AnomalyList;
  }
}
