/**
 * SR-ANOMALY — the content of `<anomaly-list>`'s dialog (loaded on demand, never on the first
 * screen): one anomaly (description, location, criticality, source, who created it, the history of
 * the requests made on it) and the request form, « Créer une demande d'intervention » / « Créer une
 * demande de devis », with two multi-select comboboxes (providers, contacts) and ONE submit, run by
 * core's `anomalyRequestFlow`. An internal element (`vigie-anomaly-details`): it reads the services
 * from the provider like every widget, and its events bubble out of the list. A sent request is
 * confirmed in the form itself (a status box that names each provider), not by a toast, which a
 * modal dialog would cover.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  anomalyRequestFlow,
  anomalyRequestFocus,
  eligibleContactIds,
  filterOptions,
  isAccessRestricted,
  registerAnomaliesDetailsMessages,
  registerAnomaliesMessages,
  SR_PROBLEM_TYPES,
  srProblemOf,
  type AnomalyDetails,
  type AnomalyRequestErrors,
  type AnomalyRequestEvent,
  type AnomalyRequestKind,
  type AnomalyRequestRecord,
  type AnomalyRequestRequest,
  type AnomalyRequestSentDetail,
  type AnomalyRequestState,
  type ProviderDirectory,
} from '@vigie/core';
import { ApiError, newIdempotencyKey, type ApiFailure } from '@vigie/core/api';
import { calendarDateOf } from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { closeIcon, errorIcon, checkIcon } from '../../base/icons.js';
import { FlowController } from '../../base/flow-controller.js';
import { LoadController } from '../../base/load-controller.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { VigieElement } from '../../base/vigie-element.js';
import { detailsStyles } from './anomaly-details.styles.js';
import { AnomalyRequestSentEvent, AnomalyRequestStartedEvent } from './anomaly-list.events.js';

type S = AnomalyRequestState;
type E = AnomalyRequestEvent;
type R = AnomalyRequestRequest;

const api = () => import('@vigie/core/safety-register/api');
const failureOf = (e: unknown): ApiFailure =>
  e instanceof ApiError ? e.failure : { kind: 'network', message: e instanceof Error ? e.message : String(e) };

/** One option of a combobox: an id, what it shows, what search reads. */
interface Option {
  readonly id: string;
  readonly label: string;
  readonly sub: string;
}

type ComboName = 'providers' | 'contacts';

/** A combobox's own state: what is typed, whether its listbox is open, the active option (−1: none). */
interface Combo {
  readonly query: string;
  readonly open: boolean;
  readonly active: number;
}

const CLOSED: Combo = { query: '', open: false, active: -1 };

let uid = 0;

export class AnomalyDetailsPanel extends VigieElement {
  static override messages = [registerAnomaliesMessages, registerAnomaliesDetailsMessages];
  static override styles = [tokens, spinnerStyles, detailsStyles];

  @property({ attribute: false }) anomalyId = '';

  @state() private view: { readonly name: 'details' } | { readonly name: 'request'; readonly kind: AnomalyRequestKind } = {
    name: 'details',
  };
  @state() private combos: Record<ComboName, Combo> = { providers: CLOSED, contacts: CLOSED };
  /** What the combobox's live region last said (added / removed). */
  @state() private said: Record<ComboName, string> = { providers: '', contacts: '' };

  readonly #id = `anomaly-${++uid}`;
  #loadedFor?: string;
  /** The providers, once loaded: a second form does not load them again. */
  #directory?: ProviderDirectory;
  #pendingFocus?: string;

  /** The dialog just opened: the heading takes the focus once the anomaly is there. */
  #focusOnLoad = false;

  #load = new LoadController<AnomalyDetails>(
    this,
    async (signal) => {
      try {
        return await (await api()).getAnomaly(this.services!.client, this.anomalyId, { signal });
      } catch (e) {
        if (isAccessRestricted(e)) void this.services!.refreshAccess();
        throw e;
      }
    },
    () => {
      if (!this.#focusOnLoad) return;
      this.#focusOnLoad = false;
      if (this.view.name === 'details') this.#focus('details-title');
    },
  );

  #flowOf = () => anomalyRequestFlow(this.anomalyId, this.view.name === 'request' ? this.view.kind : 'intervention', this.#directory);

  readonly #flow = new FlowController<S, E, R>(this, {
    flow: { init: (ctx) => this.#flowOf().init(ctx), transition: (s, e, ctx) => this.#flowOf().transition(s, e, ctx) },
    clock: () => this.services!.clock,
    run: (request, signal) => this.#run(request, signal),
    events: { 'anomaly-request-sent': (d) => new AnomalyRequestSentEvent(d as AnomalyRequestSentDetail) },
  });

  async #run(request: R, signal: AbortSignal): Promise<E> {
    const calls = await api();
    const client = this.services!.client;
    if (request.op === 'providers') {
      try {
        const directory = await calls.listProviders(client, { signal });
        this.#directory = directory;
        return { type: 'directory-loaded', directory };
      } catch (e) {
        return { type: 'directory-failed', failure: failureOf(e) };
      }
    }
    try {
      const result = await calls.sendAnomalyRequest(client, request.anomalyId, request.body, { signal, idempotencyKey: request.key });
      // The history shows it: the details are read again for when the user goes back.
      void this.#load.run();
      return { type: 'sent', result };
    } catch (e) {
      const failure = failureOf(e);
      if (isAccessRestricted(e)) void this.services!.refreshAccess();
      return { type: 'send-failed', failure, errors: fieldErrors(failure) };
    }
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (this.services && this.anomalyId && this.anomalyId !== this.#loadedFor) {
      this.#loadedFor = this.anomalyId;
      this.view = { name: 'details' };
      this.#focusOnLoad = true;
      void this.#load.run();
    }
  }

  protected override updated(): void {
    const target = this.#pendingFocus;
    if (!target) return;
    this.#pendingFocus = undefined;
    this.renderRoot.querySelector<HTMLElement>(`[data-focus="${target}"]`)?.focus();
  }

  #focus(target: string) {
    this.#pendingFocus = target;
    this.requestUpdate();
  }

  #startRequest(kind: AnomalyRequestKind) {
    this.view = { name: 'request', kind };
    this.combos = { providers: CLOSED, contacts: CLOSED };
    this.said = { providers: '', contacts: '' };
    this.#flow.restart();
    const started = new AnomalyRequestStartedEvent(this.anomalyId, kind);
    this.dispatchEvent(started);
    this.#focus('request-title');
  }

  #back(kind?: AnomalyRequestKind) {
    this.view = { name: 'details' };
    this.#flow.restart();
    this.#focus(kind ? `create-${kind}` : 'details-title');
  }

  #close = () => this.dispatchEvent(new Event('vigie-close', { bubbles: true, composed: true }));

  /** Resolves when no request is on its way (tests). */
  settled(): Promise<void> {
    return this.#flow.settled();
  }

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    return html`<div class="panel" part="panel">
      <button type="button" class="close" aria-label=${this.t('sr.anomalies.details.close')} @click=${this.#close}>${closeIcon}</button>
      ${this.view.name === 'request' ? this.#renderRequest(this.view.kind) : this.#renderDetails()}
    </div>`;
  }

  // ── the anomaly ──

  #renderDetails() {
    const s = this.#load.state;
    const a = s.status === 'success' ? s.value : undefined;
    if (!a) {
      if (s.status === 'error') {
        return html`<div class="problem" role="alert">
          ${errorIcon}
          <div>
            <p><strong>${this.t('sr.anomalies.details.error')}</strong></p>
            <p>${this.services!.describeFailure(s.failure)}</p>
            <button type="button" class="btn secondary" @click=${() => this.#load.run()}>${this.t('common.retry')}</button>
          </div>
        </div>`;
      }
      return html`<p class="status" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('sr.anomalies.details.loading')}</p>`;
    }
    const locale = this.services!.locale;
    const item = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`<div class="head">
        <h2 id="${this.#id}-title" tabindex="-1" data-focus="details-title">${this.t('sr.anomalies.details.title', { reference: a.reference })}</h2>
        <p class="lead">${a.title}</p>
      </div>
      <dl class="facts">
        ${item(this.t('sr.anomalies.details.description'), a.description)}
        ${item(this.t('sr.anomalies.col.location'), html`${a.location.building}${a.location.place ? html` — ${a.location.place}` : nothing}`)}
        ${item(this.t('sr.anomalies.details.site'), a.site)}
        ${item(this.t('sr.anomalies.col.criticality'), html`<span class="tag crit-${a.criticality}">${this.t(`sr.anomalies.criticality.${a.criticality}`)}</span>`)}
        ${item(this.t('sr.anomalies.col.state'), this.t(`sr.anomalies.state.${a.state}`))}
        ${item(this.t('sr.anomalies.details.source'), html`${this.t(`sr.anomalies.source.${a.source.kind}`)} — ${a.source.label}`)}
        ${item(this.t('sr.anomalies.col.createdBy'), a.createdBy.company ? this.t('sr.anomalies.author.provider', { name: a.createdBy.name, company: a.createdBy.company }) : a.createdBy.name)}
        ${item(this.t('sr.anomalies.col.createdOn'), formatDate(locale, a.createdOn))}
      </dl>
      ${
        a.state === 'closed'
          ? nothing
          : html`<div class="actions">
            ${(['intervention', 'quote'] as const).map(
              (kind) =>
                html`<button type="button" class="btn" data-focus="create-${kind}" @click=${() => this.#startRequest(kind)}>${this.t(`sr.anomalies.create.${kind}`)}</button>`,
            )}
          </div>`
      }
      <section class="history" aria-labelledby="${this.#id}-history">
        <h3 id="${this.#id}-history">${this.t('sr.anomalies.details.history')}</h3>
        ${
          a.requests.length === 0
            ? html`<p class="muted">${this.t('sr.anomalies.details.history.empty')}</p>`
            : html`<ul role="list" class="requests">
              ${a.requests.map((r) => this.#renderRecord(r))}
            </ul>`
        }
      </section>`;
  }

  #renderRecord(r: AnomalyRequestRecord) {
    const locale = this.services!.locale;
    return html`<li class="record">
      <p class="record-title"><strong>${this.t(`sr.anomalies.history.kind.${r.kind}`)}</strong> ${this.t('sr.anomalies.history.to', { provider: r.providerName })}</p>
      <p class="muted">${this.t('sr.anomalies.history.sent', { date: formatDate(locale, calendarDateOf(Date.parse(r.sentAt))), name: r.sentBy })}</p>
      <p>${r.contacts.length ? this.t('sr.anomalies.history.contacts', { names: r.contacts.map((c) => c.name).join(', ') }) : this.t('sr.anomalies.history.no-contact')}</p>
      ${r.wishedDate ? html`<p>${this.t('sr.anomalies.history.wished', { date: formatDate(locale, r.wishedDate) })}</p>` : nothing}
      ${r.message ? html`<p class="message">${r.message}</p>` : nothing}
    </li>`;
  }

  // ── the request form ──

  #send = (e: E) => this.#flow.send(e);

  #renderRequest(kind: AnomalyRequestKind) {
    const s = this.#flow.state;
    const a = this.#load.state.status === 'success' ? this.#load.state.value : undefined;
    const head = html`<div class="head">
      <h2 tabindex="-1" data-focus="request-title">${this.t(`sr.anomalies.request.title.${kind}`)}</h2>
      ${a ? html`<p class="lead">${this.t('sr.anomalies.request.for', { reference: a.reference, title: a.title })}</p>` : nothing}
    </div>`;
    if (s.status === 'loading') {
      return html`${head}<p class="status" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('sr.anomalies.request.directory.loading')}</p>`;
    }
    if (s.status === 'directory-error' || !s.directory) {
      return html`${head}
        <div class="problem" role="alert">
          ${errorIcon}
          <div>
            <p><strong>${this.t('sr.anomalies.request.directory.error')}</strong></p>
            ${s.failure ? html`<p>${this.services!.describeFailure(s.failure)}</p>` : nothing}
            <button type="button" class="btn secondary" @click=${() => this.#send({ type: 'directory-retried' })}>${this.t('common.retry')}</button>
          </div>
        </div>`;
    }
    if (s.status === 'sent' && s.result) {
      return html`${head}
        <div class="done" role="status">
          ${checkIcon}
          <div>
            <p><strong>${this.t(`sr.anomalies.request.sent.${kind}`, { count: s.result.requests.length })}</strong></p>
            <ul role="list" class="sent-to">
              ${s.result.requests.map((r) => html`<li>${r.providerName}${r.contacts.length ? html` — ${r.contacts.map((c) => c.name).join(', ')}` : nothing}</li>`)}
            </ul>
            <button type="button" class="btn" data-focus=${anomalyRequestFocus.done} @click=${() => this.#back()}>${this.t('sr.anomalies.request.back')}</button>
          </div>
        </div>`;
    }
    const dir = s.directory;
    const id = this.#id;
    const providers: Option[] = dir.providers.map((p) => ({ id: p.id, label: p.name, sub: p.trade }));
    const eligible = eligibleContactIds(dir, s.providerIds);
    const own = this.t('sr.anomalies.request.own');
    const contacts: Option[] = [
      ...dir.providers
        .filter((p) => s.providerIds.includes(p.id))
        .flatMap((p) => p.contacts.map((c) => ({ id: c.id, label: c.name, sub: `${c.role} · ${p.name}` }))),
      ...dir.accountContacts.map((c) => ({ id: c.id, label: c.name, sub: `${c.role} · ${own}` })),
    ].filter((c) => eligible.has(c.id));
    const sending = s.status === 'sending';
    const err = s.errors;
    const message = (k: keyof AnomalyRequestErrors) => (err[k] ? this.t(`sr.anomalies.request.error.${err[k]}`) : undefined);
    return html`${head}
      ${
        s.status === 'failed' && Object.values(err).every((x) => !x)
          ? html`<div class="problem" role="alert" tabindex="-1" data-focus=${anomalyRequestFocus.notice}>
            ${errorIcon}
            <div>
              <p><strong>${this.t(failedKey(s.failure))}</strong></p>
              ${s.failure ? html`<p>${this.services!.describeFailure(s.failure)}</p>` : nothing}
            </div>
          </div>`
          : nothing
      }
      <form class="form" novalidate aria-busy=${sending ? 'true' : 'false'} @submit=${(e: Event) => {
        e.preventDefault();
        this.#send({ type: 'submitted', key: newIdempotencyKey() });
      }}>
        ${this.#renderCombo('providers', `${id}-providers`, providers, s.providerIds, message('providers'), true)}
        ${this.#renderCombo('contacts', `${id}-contacts`, contacts, s.contactIds, message('contacts'), false)}
        <p class="summary" aria-live="polite">
          <strong>${this.t('sr.anomalies.request.summary', { providers: s.providerIds.length, contacts: s.contactIds.length })}</strong>
          <span>${this.t('sr.anomalies.request.fanout', { count: s.providerIds.length })}</span>
        </p>
        ${this.#field(
          `${id}-message`,
          this.t('sr.anomalies.request.message'),
          this.t('sr.anomalies.request.message.hint'),
          message('message'),
          (describedBy, invalid) =>
            html`<textarea id="${id}-message" rows="4" data-focus=${anomalyRequestFocus.message} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${s.message}
            @input=${(e: Event) => this.#send({ type: 'message-changed', value: (e.target as HTMLTextAreaElement).value })}></textarea>`,
        )}
        ${this.#field(
          `${id}-date`,
          this.t('sr.anomalies.request.wished'),
          this.t('sr.anomalies.request.wished.hint'),
          message('wishedDate'),
          (describedBy, invalid) =>
            html`<input id="${id}-date" class="date" type="text" inputmode="numeric" autocomplete="off" maxlength="10" data-focus=${anomalyRequestFocus.wishedDate}
            aria-describedby=${describedBy} aria-invalid=${invalid} .value=${s.wishedDate}
            @input=${(e: Event) => this.#send({ type: 'date-changed', value: (e.target as HTMLInputElement).value })} />`,
        )}
        <div class="actions">
          <button type="submit" class="btn" aria-busy=${sending ? 'true' : nothing}>
            ${sending ? html`<span class="spinner" aria-hidden="true"></span>${this.t('sr.anomalies.request.sending')}` : this.t(`sr.anomalies.request.submit.${kind}`)}
          </button>
          <button type="button" class="btn secondary" @click=${() => this.#back(kind)}>${this.t('sr.anomalies.request.cancel')}</button>
        </div>
      </form>`;
  }

  #field(
    id: string,
    label: string,
    hint: string,
    error: string | undefined,
    control: (describedBy: string, invalid: 'true' | 'false') => TemplateResult,
  ) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <p class="hint" id="${id}-hint">${hint}</p>
      ${control(error ? `${id}-hint ${id}-error` : `${id}-hint`, error ? 'true' : 'false')}
      ${error ? html`<p class="error" id="${id}-error">${errorIcon}${error}</p>` : nothing}
    </div>`;
  }

  // ── the multi-select comboboxes (WAI-ARIA APG combobox + listbox, aria-multiselectable) ──

  #setCombo(name: ComboName, c: Combo) {
    this.combos = { ...this.combos, [name]: c };
  }

  #matching(options: readonly Option[], query: string): Option[] {
    return filterOptions(options, query, (o) => `${o.label} ${o.sub}`);
  }

  /** Adds or removes an option; the query is emptied and the list stays open on that option, to choose the next one. */
  #toggle(name: ComboName, o: Option, chosen: readonly string[], all: readonly Option[]) {
    const had = chosen.includes(o.id);
    this.#setCombo(name, { query: '', open: true, active: all.findIndex((x) => x.id === o.id) });
    this.#send({ type: name === 'providers' ? 'provider-toggled' : 'contact-toggled', id: o.id });
    this.said = { ...this.said, [name]: this.t(had ? 'sr.anomalies.request.removed' : 'sr.anomalies.request.added', { name: o.label }) };
  }

  #remove(name: ComboName, o: Option, focusInput: boolean) {
    this.#send({ type: name === 'providers' ? 'provider-removed' : 'contact-removed', id: o.id });
    this.said = { ...this.said, [name]: this.t('sr.anomalies.request.removed', { name: o.label }) };
    if (focusInput) this.#focus(name === 'providers' ? anomalyRequestFocus.providers : anomalyRequestFocus.contacts);
  }

  #onKey(
    name: ComboName,
    e: KeyboardEvent,
    all: readonly Option[],
    shown: readonly Option[],
    chosen: readonly Option[],
    chosenIds: readonly string[],
  ) {
    const c = this.combos[name];
    const n = shown.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        return this.#setCombo(name, { ...c, open: true, active: !c.open ? (n ? 0 : -1) : n ? (c.active + 1) % n : -1 });
      case 'ArrowUp':
        e.preventDefault();
        return this.#setCombo(name, { ...c, open: true, active: n ? (c.active <= 0 ? n - 1 : c.active - 1) : -1 });
      case 'Home':
      case 'End':
        if (!c.open || !n) return;
        e.preventDefault();
        return this.#setCombo(name, { ...c, active: e.key === 'Home' ? 0 : n - 1 });
      case 'Enter': {
        // Never submits the form from here: Enter chooses (or opens the list).
        e.preventDefault();
        if (!c.open) return this.#setCombo(name, { ...c, open: true, active: n ? 0 : -1 });
        const o = shown[c.active] ?? (n === 1 ? shown[0] : undefined);
        if (o) this.#toggle(name, o, chosenIds, all);
        return;
      }
      case 'Escape':
        if (c.open) {
          e.preventDefault();
          e.stopPropagation();
          return this.#setCombo(name, { ...c, open: false, active: -1 });
        }
        if (c.query) {
          e.preventDefault();
          e.stopPropagation();
          return this.#setCombo(name, { ...c, query: '', active: -1 });
        }
        return;
      case 'Backspace': {
        if ((e.target as HTMLInputElement).value !== '' || chosen.length === 0) return;
        e.preventDefault();
        return this.#remove(name, chosen[chosen.length - 1]!, false);
      }
      case 'Tab':
        if (c.open) this.#setCombo(name, { ...c, open: false, active: -1 });
        return;
    }
  }

  #renderCombo(
    name: ComboName,
    id: string,
    options: readonly Option[],
    chosenIds: readonly string[],
    error: string | undefined,
    required: boolean,
  ) {
    const c = this.combos[name];
    const byId = new Map(options.map((o) => [o.id, o]));
    const chosen = chosenIds.map((x) => byId.get(x)).filter((o): o is Option => o !== undefined);
    const shown = this.#matching(options, c.query);
    const active = c.open ? shown[c.active] : undefined;
    const label = this.t(`sr.anomalies.request.${name}`);
    const describedBy = [`${id}-hint`, `${id}-chosen`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const focus = name === 'providers' ? anomalyRequestFocus.providers : anomalyRequestFocus.contacts;
    return html`<div class="field combo">
      <label id="${id}-label" for="${id}-input">${label}${required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
      <p class="hint" id="${id}-hint">${this.t(`sr.anomalies.request.${name}.hint`)}</p>
      <p class="sr-only" id="${id}-chosen">${this.t(`sr.anomalies.request.chosen.${name}`, { count: chosen.length })}</p>
      <div class="combo-anchor">
        <div class="combo-box ${error ? 'invalid' : ''}">
          ${
            chosen.length
              ? html`<ul class="chips" role="list" aria-label=${this.t(`sr.anomalies.request.chosen.${name}`, { count: chosen.length })}>
                ${chosen.map(
                  (o) => html`<li class="chip">
                    <span>${o.label}</span>
                    <button type="button" class="chip-remove" aria-label=${this.t('sr.anomalies.request.remove', { name: o.label })} @click=${() => this.#remove(name, o, true)}>${closeIcon}</button>
                  </li>`,
                )}
              </ul>`
              : nothing
          }
          <input
            id="${id}-input"
            type="text"
            role="combobox"
            autocomplete="off"
            aria-autocomplete="list"
            aria-expanded=${c.open ? 'true' : 'false'}
            aria-controls="${id}-listbox"
            aria-activedescendant=${active ? `${id}-option-${active.id}` : nothing}
            aria-describedby=${describedBy}
            aria-invalid=${error ? 'true' : 'false'}
            aria-required=${required ? 'true' : nothing}
            data-focus=${focus}
            .value=${c.query}
            @input=${(e: Event) => {
              const query = (e.target as HTMLInputElement).value;
              this.#setCombo(name, { query, open: true, active: this.#matching(options, query).length ? 0 : -1 });
            }}
            @keydown=${(e: KeyboardEvent) => this.#onKey(name, e, options, shown, chosen, chosenIds)}
            @click=${() => this.#setCombo(name, { ...c, open: !c.open, active: c.open ? -1 : c.active })}
            @blur=${() => this.#setCombo(name, { ...this.combos[name], open: false, active: -1 })}
          />
        </div>
        <ul class="options" id="${id}-listbox" role="listbox" aria-multiselectable="true" aria-labelledby="${id}-label" ?hidden=${!c.open}>
          ${c.open && shown.length === 0 ? html`<li class="no-option" role="presentation">${this.t('sr.anomalies.request.none')}</li>` : nothing}
          ${
            c.open
              ? shown.map(
                  (o, i) => html`<li
                  id="${id}-option-${o.id}"
                  class="option ${i === c.active ? 'active' : ''}"
                  role="option"
                  aria-selected=${chosenIds.includes(o.id) ? 'true' : 'false'}
                  @pointerdown=${(e: PointerEvent) => e.preventDefault()}
                  @click=${() => this.#toggle(name, o, chosenIds, options)}
                >
                  <span class="check" aria-hidden="true">${chosenIds.includes(o.id) ? checkIcon : nothing}</span>
                  <span class="option-text"><span class="option-label">${o.label}</span><span class="option-sub">${o.sub}</span></span>
                </li>`,
                )
              : nothing
          }
        </ul>
      </div>
      <span class="sr-only" role="status">${c.open ? this.t('sr.anomalies.request.options', { count: shown.length }) : ''} ${this.said[name]}</span>
      ${error ? html`<p class="error" id="${id}-error">${errorIcon}${error}</p>` : nothing}
    </div>`;
  }
}

/** What a failed send says: no right (403 forbidden), a closed anomaly (409), or anything else (kept, retry). */
function failedKey(failure: ApiFailure | undefined) {
  const type = srProblemOf(failure);
  return type === SR_PROBLEM_TYPES.forbidden
    ? 'sr.anomalies.request.forbidden'
    : type === SR_PROBLEM_TYPES.conflict
      ? 'sr.anomalies.request.closed'
      : 'sr.anomalies.request.failed';
}

/** The server's 422 as the form's errors. */
function fieldErrors(failure: ApiFailure): AnomalyRequestErrors | undefined {
  if (srProblemOf(failure) !== SR_PROBLEM_TYPES.validation || failure.kind !== 'http') return undefined;
  const list = ((failure.problem as { errors?: unknown }).errors ?? []) as { field?: string; issue?: string }[];
  const out: { -readonly [K in keyof AnomalyRequestErrors]: AnomalyRequestErrors[K] } = {};
  for (const { field, issue } of Array.isArray(list) ? list : []) {
    if (field === 'providerIds') out.providers = 'provider-required';
    if (field === 'contactIds') out.contacts = 'unknown-contact';
    if (field === 'wishedDate') out.wishedDate = issue === 'date-past' ? 'date-past' : 'date-format';
    if (field === 'message') out.message = 'too-long';
  }
  return Object.keys(out).length ? out : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'vigie-anomaly-details': AnomalyDetailsPanel;
  }
}
