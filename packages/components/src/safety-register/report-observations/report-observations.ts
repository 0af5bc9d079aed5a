import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  calendarDateOf,
  isAccessRestricted,
  registerReportsMessages,
  reportObservationsFlow,
  type Extract,
  type ExtractionTarget,
  type Module,
  type ReportObservationsEvent as E,
  type ReportObservationsRequest as R,
  type ReportObservationsState as S,
  type SourceRef,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { FlowController } from '../../base/flow-controller.js';
import { failureOf } from '../../base/forms/helpers.js';
import { errorIcon, warningIcon } from '../../base/icons.js';
import { OnDemand } from '../../base/on-demand.js';
import { spinnerStyles, stateStyles, tokens } from '../../base/styles.js';
import { ToastController, toastStyles } from '../../base/toast.js';
import { VigieElement } from '../../base/vigie-element.js';
import { isRestrictedAccess, restrictedNotice } from '../restricted.js';
import { ExtractCreatedEvent } from './report-observations.events.js';
import { styles } from './report-observations.styles.js';
import type * as Dialog from './report-observations-dialog.on-demand.js';

let uid = 0;

/** The register module whose access notice a suspended account shows, by what the widget extracts. */
const FEATURE: Record<ExtractionTarget, Module> = { observation: 'interventions', anomaly: 'batiment', prescription: 'commissions' };

/**
 * SR-OBS — « Ajouter une observation à partir d'un rapport »: on a closed intervention of type
 * contrôle, SAV, installation or maintenance with a PDF report, « Extraire obs » opens the report (a
 * short tutorial the first time), the person selects text in it (or, with the keyboard, ticks the
 * page's lines), « Créer une observation » opens a form with exactly that text, editable, and saving
 * adds the observation to the list below. Any other intervention says why nothing can be extracted
 * (not closed, type not concerned, no report, report not a PDF).
 *
 * The same widget extracts a building audit's anomalies (`target="anomaly"`) and a security
 * commission's prescriptions (`target="prescription"`) from a document (`document-id`).
 *
 * The first screen is the list and the button; the window, the form, `<pdf-text-picker>` and
 * pdfjs-dist load on demand (pointer over or focus on the button, then the click). The « déjà vu »
 * of the tutorial is kept in memory for the page's life only (nothing in web storage).
 *
 * @tagname report-observations
 * @summary Create observations (anomalies, prescriptions) from a text selected in a PDF report (SR-OBS).
 * @fires {ExtractCreatedEvent} extract-created - An item was created (`kind`: observation, anomaly or prescription; `sourceId`; `item`).
 * @csspart base - The widget's box.
 * @csspart notice - Why nothing can be extracted.
 * @csspart open - The « Extraire obs » button.
 * @csspart items - The list of observations (anomalies, prescriptions).
 * @csspart dialog - The window with the tutorial, the report and the form.
 * @csspart toasts - The live region of the toasts.
 * @cssprop --report-observations-max-width - The widest the widget grows (default `56rem`).
 * @cssprop --pdf-text-picker-max-height - The tallest the report view grows before it scrolls (default `70vh`).
 */
export class ReportObservations extends VigieElement {
  static override messages = [registerReportsMessages];
  static override styles = [tokens, spinnerStyles, stateStyles, toastStyles, styles];

  /**
   * Whether the tutorial was seen on this page (shared by every instance; in memory only, so a new
   * page shows it again once). Set it to `true` to skip it, `false` to show it again.
   */
  static tutorialSeen = false;

  /** The intervention whose report is read (`target="observation"`). */
  @property({ attribute: 'intervention-id' }) interventionId?: string;

  /** The building document read (`target="anomaly"`: an audit report; `"prescription"`: a commission's procès-verbal). */
  @property({ attribute: 'document-id' }) documentId?: string;

  /** What is created: `observation` (default), `anomaly` or `prescription`. */
  @property() target: ExtractionTarget = 'observation';

  /** The URL of PDF.js's worker (`pdf.worker.min.mjs`); default `/pdfjs/pdf.worker.min.mjs` on the page's origin. */
  @property({ attribute: 'pdf-worker-src' }) pdfWorkerSrc?: string;

  /** The level of the widget's heading (default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  readonly #id = `ro${++uid}`;

  // Before the flow's controller: the dialog is open before the flow moves the focus into it.
  readonly #dialogSync = this.addController({ hostUpdated: () => this.#syncDialog() });

  readonly #toasts = new ToastController(
    this,
    (m) => this.t(m.key, m.params),
    () => this.t('common.close'),
  );

  /** The window's views and the picker (which brings pdfjs-dist when a document arrives). */
  readonly #dialog = new OnDemand<typeof Dialog>(this, async () => {
    const m = await import('./report-observations-dialog.on-demand.js');
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof ReportObservations).elementStyles, m.dialogStyles]);
    return m;
  });

  readonly #flow = new FlowController<S, E, R>(this, {
    flow: reportObservationsFlow,
    clock: () => this.services!.clock,
    run: (request, signal) => this.#run(request, signal),
    toasts: this.#toasts,
    events: {
      created: (d) => {
        const { item, target, sourceId } = d as { item: Extract; target: ExtractionTarget; sourceId: string };
        return new ExtractCreatedEvent(target, sourceId, item);
      },
    },
  });

  /** The PDF's bytes for the picker, fetched through the client when the window first opens. */
  #pdf: { status: 'idle' | 'loading' | 'error' } | { status: 'ready'; data: Blob } = { status: 'idle' };
  /** The action waiting for the window's code, and whether its load failed. */
  #waiting?: 'loading' | 'failed';
  #lastKey?: string;
  #wasRestricted = false;

  #ref(): SourceRef {
    return { target: this.target, id: (this.target === 'observation' ? this.interventionId : this.documentId) ?? '' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Back from a suspended account: a load made before the access was known answered 403; load again.
    const restricted = isRestrictedAccess(this.services);
    if (this.#wasRestricted && !restricted && this.#flow.started) {
      this.#pdf = { status: 'idle' };
      this.#flow.restart();
    }
    this.#wasRestricted = restricted;
    const key = `${this.target}:${this.#ref().id}`;
    if (this.#lastKey !== undefined && key !== this.#lastKey && this.#flow.started) {
      this.#pdf = { status: 'idle' };
      this.#flow.restart();
    }
    if (changed.has('interventionId') || changed.has('documentId') || changed.has('target')) this.#lastKey = key;
  }

  /** Loads the source and its items again. */
  refresh(): void {
    this.#pdf = { status: 'idle' };
    this.#flow.restart();
  }

  async #run(request: R, signal: AbortSignal): Promise<E> {
    const api = await import('@vigie/core/safety-register/api');
    const client = this.services!.client;
    const ref = this.#ref();
    try {
      if (request.op === 'load') {
        const [source, items] = await Promise.all([
          api.getExtractionSource(client, ref, { signal }),
          api.listExtracts(client, ref, { signal }),
        ]);
        return { type: 'loaded', source, items };
      }
      const item = await api.createExtract(
        client,
        ref,
        { text: request.text, page: request.page },
        { signal, idempotencyKey: request.key },
      );
      return { type: 'saved', item };
    } catch (e) {
      if (isAccessRestricted(e)) void this.services!.refreshAccess();
      return request.op === 'load' ? { type: 'load-failed', failure: failureOf(e) } : { type: 'save-failed', failure: failureOf(e) };
    }
  }

  /** The PDF through the API client (the host's token), once per source. */
  #loadPdf = async () => {
    if (this.#pdf.status === 'loading' || this.#pdf.status === 'ready') return;
    this.#pdf = { status: 'loading' };
    this.requestUpdate();
    try {
      const api = await import('@vigie/core/safety-register/api');
      this.#pdf = { status: 'ready', data: await api.getSourcePdf(this.services!.client, this.#ref()) };
    } catch (e) {
      if (isAccessRestricted(e)) void this.services!.refreshAccess();
      this.#pdf = { status: 'error' };
    }
    this.requestUpdate();
  };

  #intent = () => void this.#dialog.load().catch(() => {});

  #open = async () => {
    this.#waiting = 'loading';
    this.requestUpdate();
    try {
      await this.#dialog.load();
    } catch {
      this.#waiting = 'failed';
      this.requestUpdate();
      return;
    }
    this.#waiting = undefined;
    void this.#loadPdf();
    this.#flow.send({ type: 'open', tutorialSeen: ReportObservations.tutorialSeen });
  };

  /** What the window's views use of the element. */
  readonly #host: Dialog.DialogHost = {
    id: this.#id,
    t: (key, params) => this.t(key, params),
    send: (e) => {
      if (e.type === 'tutorial-done') ReportObservations.tutorialSeen = true;
      this.#flow.send(e);
    },
    target: () => this.target,
    workerSrc: () => this.pdfWorkerSrc,
    pdf: () => this.#pdf,
    retryPdf: () => void this.#loadPdf(),
    describeFailure: (f) => this.services!.describeFailure(f),
    locale: () => this.services!.locale,
  };

  #syncDialog(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (!dialog) return;
    const open = this.#flow.started && this.#flow.state.dialog !== 'closed' && !!this.#dialog.module;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }

  #onCancel = (e: Event) => {
    e.preventDefault();
    this.#flow.send({ type: 'close' });
  };

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const notice = restrictedNotice(this.services, FEATURE[this.target], this.headingLevel);
    if (notice) return notice;
    if (isRestrictedAccess(this.services)) return nothing;
    if (!this.#ref().id) return html`<p part="base" class="state error" role="alert">${errorIcon}${this.t('sr.reports.no-source')}</p>`;
    const s = this.#flow.state;
    const h = Math.min(Math.max(this.headingLevel, 1), 6);
    const titleId = `${this.#id}-title`;
    const title = html`<div role="heading" aria-level=${h} id=${titleId} class="title">${this.t(`sr.reports.title.${this.target}`)}</div>`;
    if (s.phase === 'loading') {
      return html`<section part="base" class="root" aria-labelledby=${titleId} aria-busy="true">
        ${title}
        <p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>
      </section>`;
    }
    if (s.phase === 'load-error' || !s.source) {
      return html`<section part="base" class="root" aria-labelledby=${titleId}>
        ${title}
        <div class="state error" role="alert">
          ${errorIcon}
          <div>
            <p><strong>${this.t('sr.reports.load.error')}</strong></p>
            ${s.loadFailure ? html`<p>${this.services.describeFailure(s.loadFailure)}</p>` : nothing}
            <button type="button" class="btn secondary" @click=${() => this.#flow.send({ type: 'retry' })}>${this.t('common.retry')}</button>
          </div>
        </div>
      </section>`;
    }
    const src = s.source;
    const locale = this.services.locale;
    const type = src.interventionType ? this.t(`sr.reports.type.${src.interventionType}`) : undefined;
    const dialogModule = this.#dialog.module;
    return html`<section part="base" class="root" aria-labelledby=${titleId}>
      ${title}
      <p class="meta">
        <strong>${src.title}</strong>${type ? html` — ${type}` : nothing}${src.documentKind ? html` — ${this.t(`sr.reports.kind.${src.documentKind}`)}` : nothing}
        ${
          src.date && (src.closed || src.documentKind)
            ? html`<br />${this.t(src.documentKind ? 'sr.reports.document.date' : 'sr.reports.report.closed', { date: formatDate(locale, src.date) })}`
            : nothing
        }
        ${src.report ? html`<br />${this.t('sr.reports.report', { fileName: src.report.fileName })}` : nothing}
      </p>
      ${
        src.eligible
          ? html`<div class="actions">
            <button
              type="button"
              part="open"
              class="btn"
              data-focus="open"
              aria-describedby="${this.#id}-hint"
              aria-busy=${this.#waiting === 'loading' ? 'true' : nothing}
              @pointerenter=${this.#intent}
              @focusin=${this.#intent}
              @click=${this.#open}
            >
              ${this.t(`sr.reports.open.${this.target}`)}
            </button>
            <span id="${this.#id}-hint" class="meta">${this.t('sr.reports.open.hint')}</span>
          </div>
          ${
            this.#waiting === 'failed'
              ? html`<div class="state error" role="alert">${errorIcon}<div><p>${this.t('common.error.network')}</p>
                <button type="button" class="btn secondary" @click=${this.#open}>${this.t('common.retry')}</button></div></div>`
              : nothing
          }`
          : html`<div part="notice" class="notice" role="note">
            ${warningIcon}
            <div>
              <p><strong>${this.t('sr.reports.ineligible.title')}</strong></p>
              <p>${this.t(`sr.reports.ineligible.${src.reason ?? 'no-report'}`, { type: type ?? '', fileName: src.report?.fileName ?? '' })}</p>
            </div>
          </div>`
      }
      ${this.#renderItems(s.items)}
      <dialog part="dialog" aria-labelledby="${this.#id}-dialog-title" @cancel=${this.#onCancel}>
        ${dialogModule && s.dialog !== 'closed' ? dialogModule.renderDialog(this.#host, s) : nothing}
      </dialog>
      ${this.#toasts.render()}
    </section>`;
  }

  #renderItems(items: readonly Extract[]) {
    const locale = this.services!.locale;
    const hid = `${this.#id}-items`;
    return html`<section part="items" class="items" aria-labelledby=${hid}>
      <h3 id=${hid}>${this.t(`sr.reports.list.${this.target}`, { count: items.length })}</h3>
      ${
        items.length === 0
          ? nothing
          : html`<ul>
            ${items.map((i) => {
              const date = formatDate(locale, calendarDateOf(Date.parse(i.createdAt)));
              return html`<li tabindex="-1" data-focus="item-${i.id}">
                <p>${i.text}</p>
                <p class="by">${i.page ? this.t('sr.reports.item.meta', { page: i.page, name: i.createdBy, date }) : this.t('sr.reports.item.meta.nopage', { name: i.createdBy, date })}</p>
              </li>`;
            })}
          </ul>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'report-observations': ReportObservations;
  }
}
