import { html, nothing, svg, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import {
  DEFAULT_PERMIT_QUERY,
  PERMIT_SORT_COLUMNS,
  PERMIT_STATE_FILTERS,
  WATCH_FILTERS,
  awaitedSigner,
  calendarDateOf,
  formatTimeOfDay,
  isAccessRestricted,
  nextWatchChange,
  queryPermits,
  registerPermitsMessages,
  watchDeadline,
  watchStateOf,
  type FirePermit,
  type PermitQuery,
  type PermitSortColumn,
  type WatchState,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { VigieElement } from '../../base/vigie-element.js';
import { LoadController } from '../../base/load-controller.js';
import { DeadlineController } from '../../base/deadline-controller.js';
import { OnDemand } from '../../base/on-demand.js';
import { spinnerStyles, stateStyles, tokens } from '../../base/styles.js';
import { checkIcon, clockIcon, errorIcon, icon, infoIcon, warningIcon } from '../../base/icons.js';
import { listEmpty, listError, listLoading, listSearchInput } from '../../base/virtual-table/virtual-table.js';
import { sortControls, sortHeader, sortOnClick } from '../../base/virtual-table/sort-header.js';
import { isRestrictedAccess, restrictedNotice } from '../restricted.js';
import { styles } from './fire-permit-list.styles.js';
import { FirePermitSelectedEvent } from './fire-permit-list.events.js';
import type * as Signature from './fire-permit-signature.on-demand.js';

const eyeIcon = icon(svg`<path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/>`);
const qrIcon = icon(
  svg`<rect x="3" y="3" width="7" height="7"/><rect x="14" y="3" width="7" height="7"/><rect x="3" y="14" width="7" height="7"/><path d="M14 14h3v3h-3zM20 14v.01M14 20h.01M17 20h4v-3"/>`,
);
const WATCH_ICONS: Readonly<Record<WatchState, unknown>> = { 'to-do': clockIcon, 'not-done': warningIcon, done: checkIcon };

let uid = 0;

/**
 * SR-PERMIT — the fire permits of the account (seed 001 « PERMIS DE FEU »): number, work, company,
 * place, start and end, state, and the « levée de doute » (the fire watch after the hot work): grey
 * « À réaliser » until its deadline (end of works + the watch duration), red « Non réalisée » once it
 * passed without a check, green « Réalisée » when recorded; always text and an icon beside the
 * colour. Search, filters (state, levée de doute) and sort on each column.
 *
 * The eye of a permit awaiting the operator's or the provider's signature opens a dialog with a QR
 * code to the mobile app's signature page: the link comes from the API (short-lived token), is
 * shown as text too, with « Copier le lien »; the dialog says whose signature is awaited and until
 * when the link works, and offers a new link once it expired. The dialog, its flow and `lean-qr`
 * load on demand (`fire-permit-signature.on-demand.ts`), on intent (pointer over, focus) and on the
 * click. The eye of any other permit opens its details, which say why it has no QR code.
 *
 * Honours the register's access state (SR-INVOICE): while the account is suspended it shows the
 * notice and loads nothing.
 *
 * @tagname fire-permit-list
 * @summary The fire permits, their levée de doute, and the QR code to sign a permit on the mobile app (SR-PERMIT).
 * @fires {FirePermitSelectedEvent} fire-permit-selected - A permit's eye was chosen (`permitId`, `state`).
 * @fires {SignatureLinkShownEvent} signature-link-shown - The QR code of a permit's signature link is shown (`permitId`, `awaiting`: `operator` | `provider`).
 * @fires {SignatureLinkCopiedEvent} signature-link-copied - The signature link was copied (`permitId`; never the link).
 * @csspart base - The widget's box.
 * @csspart table - The permits' table.
 * @csspart watch - A levée de doute badge (text, icon and colour).
 * @csspart dialog - The QR code dialog.
 * @csspart qr - The QR code (always black on white).
 * @cssprop --fire-permit-list-max-width - The widest the widget grows (default `80rem`).
 * @cssprop --vigie-color-accent - Buttons, links.
 * @cssprop --vigie-color-surface - Background.
 * @cssprop --vigie-color-danger-fg - « Non réalisée ».
 * @cssprop --vigie-color-success-fg - « Réalisée ».
 * @cssprop --vigie-color-text-muted - « À réaliser ».
 */
export class FirePermitList extends VigieElement {
  static override messages = [registerPermitsMessages];
  static override styles = [tokens, spinnerStyles, stateStyles, styles];

  readonly #id = `fpl${++uid}`;

  @state() private query: PermitQuery = DEFAULT_PERMIT_QUERY;
  /** The permit whose details are open (one not awaiting a signature). */
  @state() private details?: string;

  // Before the dialog's flow controller: the dialog is closed before the flow moves the focus back to the list.
  readonly #dialogSync = this.addController({ hostUpdated: () => this.#signature?.sync() });

  #lastClient?: unknown;
  #wasRestricted = false;
  readonly #load = new LoadController<readonly FirePermit[]>(this, async (signal) => {
    const api = await import('@vigie/core/safety-register/api');
    try {
      return await api.listFirePermits(this.services!.client, { signal });
    } catch (e) {
      if (isAccessRestricted(e)) void this.services!.refreshAccess();
      throw e;
    }
  });

  /** A levée de doute turns « Non réalisée » at its deadline: re-render then, without a reload. */
  readonly #deadline = new DeadlineController(
    this,
    () => ({
      at: this.#permits && this.services ? nextWatchChange(this.#permits, this.services.clock.now()) : undefined,
      clock: this.services?.clock,
    }),
    () => this.requestUpdate(),
  );

  /** The QR dialog: its code, flow, texts' layout and `lean-qr`, loaded when a person acts. */
  readonly #dialogCode = new OnDemand<typeof Signature>(this, () => import('./fire-permit-signature.on-demand.js'));
  #signature?: Signature.SignatureDialog;
  /**
   * The permit whose dialog waits for its code: `failed` once a load of it failed (kept while the
   * retry loads, so the retry keeps the focus), `loading` while a load is on its way.
   */
  @state() private want?: { readonly permitId: string; readonly failed: boolean; readonly loading: boolean };

  get #permits(): readonly FirePermit[] | undefined {
    const s = this.#load.state;
    return s.status === 'success' ? s.value : undefined;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const client = this.services?.client;
    const restricted = isRestrictedAccess(this.services);
    // A new client, or the account opened again (invoices paid): load; never while it is restricted.
    if (client && !restricted && (client !== this.#lastClient || this.#wasRestricted)) {
      this.#lastClient = client;
      void this.#load.run();
    }
    this.#wasRestricted = restricted;
  }

  /** Loads the permits again. */
  refresh(): Promise<void> {
    return this.#load.run();
  }

  #intent = () => void this.#dialogCode.load().catch(() => {});

  #open(permit: FirePermit): void {
    const selected = new FirePermitSelectedEvent(permit.id, permit.state);
    this.dispatchEvent(selected);
    if (!awaitedSigner(permit.state)) {
      this.details = this.details === permit.id ? undefined : permit.id;
      return;
    }
    this.details = undefined;
    if (this.#signature) return this.#signature.open(permit.id);
    const failed = this.want?.failed === true && this.want.permitId === permit.id;
    const want = (this.want = { permitId: permit.id, failed, loading: true });
    this.#dialogCode.load().then(
      (m) => {
        this.#signature ??= new m.SignatureDialog(this, {
          services: () => this.services!,
          t: (key, params) => this.t(key, params),
          permit: (id) => this.#permits?.find((p) => p.id === id),
          root: () => this.renderRoot,
        });
        if (this.want !== want) return;
        this.want = undefined;
        if (this.isConnected) this.#signature.open(permit.id);
      },
      () => {
        if (this.want === want) this.want = { ...want, failed: true, loading: false };
      },
    );
  }

  #date(instant: number) {
    return this.t('sr.permits.when', { date: formatDate(this.services!.locale, calendarDateOf(instant)), time: formatTimeOfDay(instant) });
  }

  /** A start or an end: the date, then « à 11:00 », each kept whole (the column stays narrow). */
  #when(instant: number) {
    return html`<span class="nw">${formatDate(this.services!.locale, calendarDateOf(instant))}</span> <span class="nw">${this.t('sr.permits.at', { time: formatTimeOfDay(instant) })}</span>`;
  }

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const notice = restrictedNotice(this.services, 'permis-feu');
    if (notice) return notice;
    const s = this.#load.state;
    const body =
      s.status === 'error'
        ? listError(
            this.t('sr.permits.error'),
            this.services.describeFailure(s.failure),
            this.t('common.retry'),
            () => void this.#load.run(),
          )
        : s.status === 'success'
          ? this.#renderList(s.value)
          : listLoading(this.t('sr.permits.loading'));
    return html`<div class="root" part="base" aria-busy=${s.status === 'loading' ? 'true' : 'false'}>
      <h2 id="${this.#id}-title" class="title">${this.t('sr.permits.title')}</h2>
      ${body}
      <dialog part="dialog" class="dialog" aria-labelledby="${this.#id}-qr-title" @cancel=${this.#onCancel}>${this.#signature?.render(`${this.#id}-qr`) ?? nothing}</dialog>
    </div>`;
  }

  #onCancel = (e: Event) => {
    e.preventDefault();
    this.#signature?.close();
  };

  #renderList(all: readonly FirePermit[]) {
    if (all.length === 0)
      return listEmpty(html`<p><strong>${this.t('sr.permits.empty')}</strong></p><p>${this.t('sr.permits.empty.hint')}</p>`);
    const now = this.services!.clock.now();
    const q = this.query;
    const rows = queryPermits(all, q, now);
    const id = this.#id;
    const set = (over: Partial<PermitQuery>) => (this.query = { ...this.query, ...over });
    const cols = PERMIT_SORT_COLUMNS;
    const colLabel = (c: PermitSortColumn) => this.t(`sr.permits.col.${c}`);
    return html`<div class="tools">
        <div class="field search">
          <label for="${id}-q">${this.t('sr.permits.search')}</label>
          ${listSearchInput(id, this.t('sr.permits.search.placeholder'), q.text, (text) => set({ text }))}
          <span id="${id}-hint" class="sr-only">${this.t('sr.permits.search.hint')}</span>
        </div>
        <div class="field">
          <label for="${id}-state">${this.t('sr.permits.filter.state')}</label>
          <select id="${id}-state" aria-controls="${id}-table" @change=${(e: Event) => set({ state: (e.target as HTMLSelectElement).value as PermitQuery['state'] })}>
            ${PERMIT_STATE_FILTERS.map(
              (f) =>
                html`<option value=${f} ?selected=${q.state === f}>
                  ${f === 'all' ? this.t('sr.permits.filter.all') : f === 'awaiting' ? this.t('sr.permits.filter.awaiting') : this.t(`sr.permits.state.${f}`)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="${id}-watch">${this.t('sr.permits.filter.watch')}</label>
          <select id="${id}-watch" aria-controls="${id}-table" @change=${(e: Event) => set({ watch: (e.target as HTMLSelectElement).value as PermitQuery['watch'] })}>
            ${WATCH_FILTERS.map((f) => html`<option value=${f} ?selected=${q.watch === f}>${f === 'all' ? this.t('sr.permits.filter.all.watch') : this.t(`sr.permits.watch.${f}`)}</option>`)}
          </select>
        </div>
        ${sortControls(id, cols, q.sort, { by: this.t('sr.permits.sort.by'), order: this.t('sr.permits.sort.order'), column: colLabel, direction: (d) => this.t(`sr.permits.sort.${d}`) }, (sort) => set({ sort }))}
      </div>
      <p class="count" role="status">${this.t('sr.permits.count', { count: rows.length, total: all.length })}</p>
      ${
        rows.length === 0
          ? listEmpty(html`<p>${this.t('sr.permits.none')}</p>`, true)
          : html`<div class="scroller" role="region" tabindex="0" aria-labelledby="${id}-title">
            <table part="table" id="${id}-table" aria-labelledby="${id}-title">
              <thead
                @click=${(e: MouseEvent) => {
                  const sort = sortOnClick(e, q.sort);
                  if (sort) set({ sort });
                }}
              >
                <tr>
                  ${cols.map((c) => sortHeader(c, colLabel(c), q.sort.column === c ? q.sort.direction : undefined))}
                  <th scope="col"><span class="sr-only">${this.t('sr.permits.col.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${rows.map((p) => this.#renderRow(p, now))}
              </tbody>
            </table>
          </div>`
      }`;
  }

  #renderRow(p: FirePermit, now: number) {
    const watch = watchStateOf(p, now);
    const signer = awaitedSigner(p.state);
    const open = this.details === p.id;
    const detailsId = `${this.#id}-d-${p.id}`;
    const when =
      watch === 'done'
        ? this.#date(Date.parse(p.watchDoneAt!))
        : watch === 'to-do'
          ? this.t('sr.permits.watch.until', {
              time: formatTimeOfDay(watchDeadline(p)),
              date: formatDate(this.services!.locale, calendarDateOf(watchDeadline(p))),
            })
          : '';
    const want = this.want?.permitId === p.id ? this.want : undefined;
    const busy = want?.loading && !want.failed;
    return html`<tr class=${open ? 'open' : ''}>
        <th scope="row" class="number">${p.number}</th>
        <td class="work">${p.work}</td>
        <td>${p.company}</td>
        <td>${p.place}</td>
        <td class="when" data-label=${this.t('sr.permits.col.start')}>${this.#when(Date.parse(p.startsAt))}</td>
        <td class="when" data-label=${this.t('sr.permits.col.end')}>${this.#when(Date.parse(p.endsAt))}</td>
        <td class="pstate ${signer ? 'awaiting' : p.state}">${signer ? qrIcon : p.state === 'closed' ? checkIcon : clockIcon}<span>${this.t(`sr.permits.state.${p.state}`)}</span></td>
        <td>
          <span part="watch" class="watch ${watch}">${WATCH_ICONS[watch]}<span>${this.t(`sr.permits.watch.${watch}`)}</span></span>
          ${when ? html`<span class="watch-when">${when}</span>` : nothing}
        </td>
        <td class="actions">
          <button
            type="button"
            class="btn ${signer ? '' : 'secondary'} eye"
            data-focus="permit-open-${p.id}"
            aria-label=${this.t(signer ? 'sr.permits.sign.label' : 'sr.permits.view.label', { number: p.number })}
            aria-haspopup=${signer ? 'dialog' : nothing}
            aria-expanded=${signer ? nothing : String(open)}
            aria-controls=${signer ? nothing : detailsId}
            aria-busy=${busy ? 'true' : nothing}
            @pointerenter=${signer ? this.#intent : nothing}
            @focus=${signer ? this.#intent : nothing}
            @click=${() => this.#open(p)}
          >
            ${eyeIcon}<span>${this.t(signer ? 'sr.permits.sign' : 'sr.permits.view')}</span>
          </button>
          ${
            want?.failed
              ? html`<div class="load-failed" role="alert">
                ${errorIcon}<span>${this.t('sr.permits.qr.load-failed')} ${this.t('common.error.network')}</span>
                <button type="button" class="btn secondary" aria-busy=${want.loading ? 'true' : nothing} @click=${() => this.#open(p)}>${this.t('common.retry')}</button>
              </div>`
              : nothing
          }
        </td>
      </tr>
      ${
        open
          ? html`<tr class="details">
            <td colspan="9" id=${detailsId}>
              <p>${infoIcon}<span>${this.t(p.state === 'closed' ? 'sr.permits.why.closed' : 'sr.permits.why.in-progress')}</span></p>
            </td>
          </tr>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fire-permit-list': FirePermitList;
  }
}
