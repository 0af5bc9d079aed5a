import { html, nothing, type TemplateResult } from 'lit';
import {
  HOLDER_NAME_MAX_LENGTH,
  ID_PIN_ID_DIGITS,
  NICKNAME_MAX_LENGTH,
  PIN_MAX_DIGITS,
  PIN_MIN_DIGITS,
  calendarDateOf,
  checkPinChange,
  formatIdPinId,
  formatTimeOfDay,
  idPinFieldErrors,
  idPinFocus,
  idPinLinksFlow,
  idPinProblemOf,
  pinIssue,
  remoteIdPinMessages,
  retryAtOf,
  serverJudgedPin,
  siteLabel,
  type HolderField,
  type IdPinLinkDetails,
  type IdPinLinksEvent,
  type IdPinLinksRequest,
  type IdPinLinksState,
  type MessageKey,
  type PinChangeField,
} from '@vigie/core';
import { ApiError, type ApiFailure } from '@vigie/core/api';
import { formatDate } from '@vigie/core/i18n';
import { VigieElement } from '../../base/vigie-element.js';
import { FlowController } from '../../base/flow-controller.js';
import { ToastController, toastStyles } from '../../base/toast.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { errorIcon } from '../../base/icons.js';
import { styles } from './id-pin-links.styles.js';
import { IdPinLinkedEvent, IdPinUnlinkedEvent, PinChangedEvent, SiteRenamedEvent } from './id-pin-links.events.js';

type S = IdPinLinksState;
type E = IdPinLinksEvent;
type R = IdPinLinksRequest;

const failureOf = (e: unknown): ApiFailure => (e instanceof ApiError ? e.failure : { kind: 'network', message: e instanceof Error ? e.message : String(e) });

let uid = 0;

/**
 * RS-IDPIN — « Mes ID & PIN » of Remote Services (seed 000): the sites each ID & PIN gives access
 * to, grouped by link; add an ID & PIN to link more sites; change a PIN (the current one, the new
 * one twice); give a site a nickname (inline: Enter saves, Escape cancels); edit the personal
 * information Securitas uses for a link; remove a link after a dialog that names its sites.
 *
 * The ID is shown in full (`4010 0000`): it names the pair and is printed on the invitation. A PIN
 * is never shown, kept in a state, an event, an attribute or storage: the PIN fields are
 * `type=password` with `inputmode=numeric` and `autocomplete=off`; their values are read when the
 * form is sent and emptied once the server has judged them (kept after a failure on the way, for a
 * retry). The flow is core's `idPinLinksFlow`, run by a `FlowController`.
 *
 * @tagname id-pin-links
 * @summary The user's ID & PIN links and their sites: add, change a PIN, nickname a site, personal information, remove (RS-IDPIN).
 * @fires {IdPinLinkedEvent} id-pin-linked - A pair was linked (`linkId`).
 * @fires {IdPinUnlinkedEvent} id-pin-unlinked - A link was removed (`linkId`).
 * @fires {PinChangedEvent} pin-changed - A link's PIN was changed (`linkId`; never the PIN).
 * @fires {SiteRenamedEvent} site-renamed - A site's nickname was saved (`siteId`, `nickname`, null when cleared).
 * @csspart base - The widget's box.
 * @csspart link - One ID & PIN with its sites.
 * @csspart dialog - The removal confirmation.
 * @csspart toasts - The live region of the toasts.
 * @cssprop --id-pin-links-max-width - The widest the widget grows (default `48rem`).
 * @cssprop --vigie-color-accent - Buttons, links.
 * @cssprop --vigie-color-surface - Background.
 * @cssprop --vigie-color-surface-raised - Background of a link's card.
 * @cssprop --vigie-color-border - Separators.
 * @cssprop --vigie-color-danger-fg - Errors, the removal button.
 * @cssprop --vigie-radius - Corner radius.
 */
export class IdPinLinks extends VigieElement {
  static override messages = [remoteIdPinMessages];
  static override styles = [tokens, spinnerStyles, toastStyles, styles];

  readonly #id = `vigie-idpin-${++uid}`;

  // Before the flow's controller: the dialog is open before the flow moves the focus into it.
  readonly #dialogSync = this.addController({ hostUpdated: () => this.#syncDialog() });

  readonly #toasts = new ToastController(
    this,
    (m) => this.t(m.key, m.params),
    () => this.t('common.close'),
  );

  readonly #flow = new FlowController<S, E, R>(this, {
    flow: idPinLinksFlow,
    clock: () => this.services!.clock,
    run: (request, signal) => this.#run(request, signal),
    toasts: this.#toasts,
    events: {
      'id-pin-linked': (d) => new IdPinLinkedEvent((d as { linkId: string }).linkId),
      'id-pin-unlinked': (d) => new IdPinUnlinkedEvent((d as { linkId: string }).linkId),
      'pin-changed': (d) => new PinChangedEvent((d as { linkId: string }).linkId),
      'site-renamed': (d) => new SiteRenamedEvent((d as { siteId: string }).siteId, (d as { nickname: string | null }).nickname),
    },
  });

  /** Loads the links again (after a failure, or when the host knows they changed). */
  refresh(): void {
    if (this.#flow.state.list.status === 'error') this.#flow.send({ type: 'retry' });
    else this.#flow.restart();
  }

  /** Resolves when no request is on its way (tests). */
  settled(): Promise<void> {
    return this.#flow.settled();
  }

  // ── the runner: requests as data → calls; PINs read from the form here, and only here ──

  #input(name: string): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  }

  /** Empties the PIN fields (after the server judged them, or when a form closes). */
  #clearPins(...names: string[]): void {
    for (const n of names) {
      const input = this.#input(n);
      if (input) input.value = '';
    }
  }

  async #run(request: R, signal: AbortSignal): Promise<E> {
    const api = await import('@vigie/core/remote-services/api');
    const client = this.services!.client;
    const now = () => this.services!.clock.now();
    switch (request.op) {
      case 'list':
        try {
          return { type: 'links-loaded', links: (await api.listIdPinLinks(client, { signal })).links };
        } catch (e) {
          return { type: 'links-failed', failure: failureOf(e) };
        }
      case 'add': {
        const pin = this.#input('add-pin')?.value ?? '';
        try {
          const result = await api.addIdPin(client, { identifier: request.identifier, pin }, { signal });
          this.#clearPins('add-pin');
          return { type: 'add-answered', result };
        } catch (e) {
          const failure = failureOf(e);
          if (serverJudgedPin(failure)) this.#clearPins('add-pin');
          const problem = idPinProblemOf(failure);
          if (problem === 'tooManyAttempts') return { type: 'attempts-throttled', retryAt: retryAtOf(failure, now()) ?? now() + 30_000 };
          if (problem === 'invalidPair') return { type: 'add-refused' };
          if (problem === 'alreadyLinked') return { type: 'add-already-linked' };
          if (problem === 'validation') {
            const fields = idPinFieldErrors(failure).map((f) => f.field);
            return { type: 'add-invalid', identifier: fields.includes('identifier') ? 'id-format' : undefined, pin: fields.includes('pin') ? 'pin-length' : undefined };
          }
          return { type: 'add-failed', failure };
        }
      }
      case 'change-pin': {
        const currentPin = this.#input('current-pin')?.value ?? '';
        const newPin = this.#input('new-pin')?.value ?? '';
        const all = ['current-pin', 'new-pin', 'pin-confirmation'];
        try {
          const r = await api.changeIdPinPin(client, request.linkId, { currentPin, newPin }, { signal });
          this.#clearPins(...all);
          return { type: 'pin-answered', linkId: r.linkId, pinChangedAt: r.pinChangedAt };
        } catch (e) {
          const failure = failureOf(e);
          if (serverJudgedPin(failure)) this.#clearPins(...all);
          const problem = idPinProblemOf(failure);
          if (problem === 'tooManyAttempts') return { type: 'attempts-throttled', retryAt: retryAtOf(failure, now()) ?? now() + 30_000 };
          if (problem === 'invalidCurrentPin') return { type: 'pin-refused', reason: 'pin-wrong-current' };
          if (problem === 'samePin') return { type: 'pin-refused', reason: 'pin-same' };
          return { type: 'pin-failed', failure };
        }
      }
      case 'rename':
        try {
          const r = await api.setSiteNickname(client, request.siteId, request.nickname, { signal });
          return { type: 'rename-answered', siteId: r.siteId, nickname: r.nickname };
        } catch (e) {
          const failure = failureOf(e);
          const problem = idPinProblemOf(failure);
          if (problem === 'nicknameTaken') return { type: 'rename-refused', issue: 'nickname-taken' };
          const issue = idPinFieldErrors(failure).find((f) => f.field === 'nickname')?.issue;
          if (issue === 'nickname-too-long' || issue === 'nickname-control') return { type: 'rename-refused', issue };
          return { type: 'rename-failed', failure };
        }
      case 'remove':
        try {
          const r = await api.removeIdPinLink(client, request.linkId, { signal });
          return { type: 'remove-answered', linkId: r.linkId, removedSiteIds: r.removedSiteIds };
        } catch (e) {
          return { type: 'remove-failed', failure: failureOf(e) };
        }
      case 'holder':
        try {
          return { type: 'holder-answered', link: await api.updateIdPinHolder(client, request.linkId, request.holder, { signal }) };
        } catch (e) {
          const failure = failureOf(e);
          const errors = Object.fromEntries(
            idPinFieldErrors(failure)
              .filter((f) => ['firstName', 'lastName', 'phone', 'email'].includes(f.field))
              .map((f) => [f.field, ['required', 'too-long', 'invalid-phone', 'invalid-email'].includes(f.issue) ? f.issue : f.field === 'phone' ? 'invalid-phone' : f.field === 'email' ? 'invalid-email' : 'required']),
          );
          return Object.keys(errors).length > 0 ? { type: 'holder-refused', errors } : { type: 'holder-failed', failure };
        }
    }
  }

  // ── intents ──

  #send = (e: E) => this.#flow.send(e);

  #submitAdd = (ev: SubmitEvent) => {
    ev.preventDefault();
    const identifier = this.#input('add-identifier')?.value ?? '';
    this.#send({ type: 'add-submitted', identifier, pin: pinIssue(this.#input('add-pin')?.value ?? '') });
  };

  #submitPin = (ev: SubmitEvent) => {
    ev.preventDefault();
    const v = (n: string) => this.#input(n)?.value ?? '';
    this.#send({ type: 'pin-submitted', problems: checkPinChange(v('current-pin'), v('new-pin'), v('pin-confirmation')) });
  };

  #closePin = () => {
    this.#clearPins('current-pin', 'new-pin', 'pin-confirmation');
    this.#send({ type: 'pin-closed' });
  };

  #closeAdd = () => {
    this.#clearPins('add-pin');
    this.#send({ type: 'add-closed' });
  };

  #submitRename = (ev: SubmitEvent) => {
    ev.preventDefault();
    this.#send({ type: 'rename-submitted', value: this.#input('nickname')?.value ?? '' });
  };

  #renameKey = (ev: KeyboardEvent) => {
    if (ev.key === 'Escape') {
      ev.preventDefault();
      ev.stopPropagation();
      this.#send({ type: 'rename-cancelled' });
    }
  };

  #submitHolder = (ev: SubmitEvent) => {
    ev.preventDefault();
    const v = (n: string) => this.#input(`holder-${n}`)?.value ?? '';
    this.#send({ type: 'holder-submitted', draft: { firstName: v('firstName'), lastName: v('lastName'), phone: v('phone'), email: v('email') } });
  };

  #onDialogCancel = (ev: Event) => {
    // Escape: the flow decides (a removal on its way is not interrupted).
    ev.preventDefault();
    this.#send({ type: 'remove-cancelled' });
  };

  #syncDialog(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (!dialog) return;
    const open = this.#flow.started && this.#flow.state.removal !== undefined;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }

  // ── rendering ──

  #date(iso: string): string {
    return formatDate(this.services!.locale, calendarDateOf(Date.parse(iso)));
  }

  #err(key: MessageKey, params?: Record<string, string | number>): string {
    return this.t(key, params);
  }

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const s = this.#flow.state;
    return html`<section class="root" part="base" aria-labelledby="${this.#id}-title">
      <h2 id="${this.#id}-title" class="title" tabindex="-1" data-focus=${idPinFocus.heading}>${this.t('rs.id-pin.title')}</h2>
      <p class="intro">${this.t('rs.id-pin.intro')}</p>
      ${s.list.status === 'ready' ? this.#renderAdd(s) : nothing} ${this.#renderList(s)} ${this.#renderDialog(s)} ${this.#toasts.render()}
    </section>`;
  }

  #renderList(s: S) {
    if (s.list.status === 'loading') {
      return html`<p class="status" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('rs.id-pin.loading')}</p>`;
    }
    if (s.list.status === 'error') {
      return html`<div class="problem" role="alert">
        ${errorIcon}
        <div>
          <p class="problem-title">${this.t('rs.id-pin.error')}</p>
          <p>${this.services!.describeFailure(s.list.failure)}</p>
          <button type="button" class="btn secondary" @click=${() => this.#send({ type: 'retry' })}>${this.t('common.retry')}</button>
        </div>
      </div>`;
    }
    if (s.links.length === 0) {
      return html`<div class="empty">
        <p class="empty-title">${this.t('rs.id-pin.empty')}</p>
        <p>${this.t('rs.id-pin.empty.hint')}</p>
      </div>`;
    }
    return html`<ul class="links" role="list">
      ${s.links.map((l) => this.#renderLink(s, l))}
    </ul>`;
  }

  #renderLink(s: S, link: IdPinLinkDetails) {
    const id = formatIdPinId(link.identifier);
    const headingId = `${this.#id}-link-${link.id}`;
    const shared = new Set(s.links.filter((l) => l.id !== link.id).flatMap((l) => l.sites.map((x) => x.id)));
    const busy = !!(s.pin?.submitting || s.rename?.saving || s.removal?.removing || s.holder?.saving);
    const holder = link.holder;
    return html`<li class="link" part="link">
      <section aria-labelledby=${headingId}>
        <div class="link-head">
          <h3 id=${headingId} tabindex="-1" data-focus=${idPinFocus.link(link.id)}>${this.t('rs.id-pin.link.title', { id })}</h3>
          <p class="meta">
            <span>${this.t('rs.id-pin.link.sites', { count: link.sites.length })}</span>
            <span>${this.t('rs.id-pin.link.linkedAt', { date: this.#date(link.linkedAt) })}</span>
            ${link.pinChangedAt ? html`<span>${this.t('rs.id-pin.link.pinChangedAt', { date: this.#date(link.pinChangedAt) })}</span>` : nothing}
          </p>
        </div>
        <ul class="sites" role="list">
          ${link.sites.map((site) => this.#renderSite(s, site, shared.has(site.id), busy))}
        </ul>
        <dl class="holder">
          <div><dt>${this.t('rs.id-pin.holder.name')}</dt><dd>${holder.firstName} ${holder.lastName}</dd></div>
          <div><dt>${this.t('rs.id-pin.holder.phone')}</dt><dd>${holder.phone ?? this.t('rs.id-pin.holder.noPhone')}</dd></div>
          <div><dt>${this.t('rs.id-pin.holder.email')}</dt><dd>${holder.email}</dd></div>
        </dl>
        <div class="actions">
          <button
            type="button"
            class="btn secondary"
            data-focus=${idPinFocus.pinToggle(link.id)}
            aria-expanded=${s.pin?.linkId === link.id ? 'true' : 'false'}
            aria-controls="${headingId}-pin"
            aria-label=${this.t('rs.id-pin.pin.toggle.label', { id })}
            ?disabled=${busy}
            @click=${() => (s.pin?.linkId === link.id ? this.#closePin() : this.#send({ type: 'pin-opened', linkId: link.id }))}
          >${this.t('rs.id-pin.pin.toggle')}</button>
          <button
            type="button"
            class="btn secondary"
            data-focus=${idPinFocus.holderToggle(link.id)}
            aria-expanded=${s.holder?.linkId === link.id ? 'true' : 'false'}
            aria-controls="${headingId}-holder"
            aria-label=${this.t('rs.id-pin.holder.toggle.label', { id })}
            ?disabled=${busy}
            @click=${() => this.#send(s.holder?.linkId === link.id ? { type: 'holder-closed' } : { type: 'holder-opened', linkId: link.id })}
          >${this.t('rs.id-pin.holder.toggle')}</button>
          <button
            type="button"
            class="btn secondary danger"
            data-focus=${idPinFocus.removeButton(link.id)}
            aria-haspopup="dialog"
            aria-label=${this.t('rs.id-pin.remove.toggle.label', { id })}
            ?disabled=${busy}
            @click=${() => this.#send({ type: 'remove-asked', linkId: link.id })}
          >${this.t('rs.id-pin.remove.toggle')}</button>
        </div>
        ${s.pin?.linkId === link.id ? this.#renderPinForm(s, link, `${headingId}-pin`) : nothing}
        ${s.holder?.linkId === link.id ? this.#renderHolderForm(s, link, `${headingId}-holder`) : nothing}
      </section>
    </li>`;
  }

  #renderSite(s: S, site: IdPinLinkDetails['sites'][number], shared: boolean, busy: boolean) {
    const editing = s.rename?.siteId === site.id;
    const place = `${site.address.city}`;
    if (editing) {
      const r = s.rename!;
      const fid = `${this.#id}-nick-${site.id}`;
      const error = r.error === undefined ? undefined : r.error === 'unavailable' ? this.t('rs.id-pin.notice.unavailable') : this.#err(`rs.id-pin.error.${r.error}`, { max: NICKNAME_MAX_LENGTH });
      return html`<li class="site editing">
        <form class="rename" @submit=${this.#submitRename} @keydown=${this.#renameKey} novalidate>
          <label for=${fid}>${this.t('rs.id-pin.rename.field', { name: site.name })}</label>
          <p class="hint" id="${fid}-hint">${this.t('rs.id-pin.rename.hint', { max: NICKNAME_MAX_LENGTH })}</p>
          <input
            id=${fid}
            name="nickname"
            type="text"
            autocomplete="off"
            .value=${site.nickname ?? ''}
            data-focus=${idPinFocus.renameInput}
            aria-describedby="${fid}-hint ${error ? `${fid}-error` : ''}"
            aria-invalid=${error ? 'true' : 'false'}
            ?readonly=${r.saving}
          />
          ${error ? html`<p class="error" id="${fid}-error">${errorIcon}<span>${error}</span></p>` : nothing}
          <div class="actions">
            <button type="submit" class="btn" ?disabled=${r.saving}>${r.saving ? this.t('rs.id-pin.rename.saving') : this.t('rs.id-pin.rename.save')}</button>
            <button type="button" class="btn secondary" ?disabled=${r.saving} @click=${() => this.#send({ type: 'rename-cancelled' })}>${this.t('rs.id-pin.cancel')}</button>
          </div>
        </form>
      </li>`;
    }
    return html`<li class="site">
      <div class="site-text">
        <span class="site-label">${siteLabel(site)}</span>
        <span class="site-sub">${site.nickname ? html`${this.t('rs.id-pin.site.name', { name: site.name })} · ` : nothing}${place}</span>
        ${shared ? html`<span class="badge">${this.t('rs.id-pin.link.sharedSite')}</span>` : nothing}
      </div>
      <button
        type="button"
        class="btn secondary small"
        data-focus=${idPinFocus.renameButton(site.id)}
        aria-label=${this.t('rs.id-pin.site.rename.label', { name: siteLabel(site) })}
        ?disabled=${busy}
        @click=${() => this.#send({ type: 'rename-started', siteId: site.id })}
      >${this.t('rs.id-pin.site.rename')}</button>
    </li>`;
  }

  /** A notice above a form: a wrong pair, a wait, a failure on the way. */
  #notice(notice: S['add']['notice'], failure: ApiFailure | undefined, waitUntil: number | undefined, focusTarget?: string) {
    if (!notice) return nothing;
    const text =
      notice === 'throttled'
        ? this.t('rs.id-pin.notice.throttled', { time: waitUntil === undefined ? '' : formatTimeOfDay(waitUntil) })
        : notice === 'invalid-pair'
          ? this.t('rs.id-pin.notice.invalid-pair')
          : this.t('rs.id-pin.notice.unavailable');
    return html`<div class="notice" role="alert" tabindex="-1" data-focus=${focusTarget ?? nothing}>
      ${errorIcon}
      <p>${text}${notice === 'unavailable' && failure ? html` <span class="detail">${this.services!.describeFailure(failure)}</span>` : nothing}</p>
    </div>`;
  }

  #field(o: {
    id: string;
    name: string;
    label: string;
    hint?: string;
    error?: string;
    focus: string;
    value?: string;
    type?: string;
    inputmode?: string;
    autocomplete: string;
    required?: boolean;
    maxlength?: number;
    readonly?: boolean;
  }): TemplateResult {
    const describedBy = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${o.id}>${o.label}</label>
      ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
      <input
        id=${o.id}
        name=${o.name}
        type=${o.type ?? 'text'}
        inputmode=${o.inputmode ?? nothing}
        autocomplete=${o.autocomplete}
        .value=${o.value ?? ''}
        maxlength=${o.maxlength ?? nothing}
        ?required=${o.required ?? false}
        ?readonly=${o.readonly ?? false}
        spellcheck="false"
        data-focus=${o.focus}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${o.error ? 'true' : 'false'}
      />
      ${o.error ? html`<p class="error" id="${o.id}-error">${errorIcon}<span>${o.error}</span></p>` : nothing}
    </div>`;
  }

  #pinError(issue: string | undefined): string | undefined {
    return issue === undefined ? undefined : this.#err(`rs.id-pin.error.${issue}` as MessageKey, { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS, digits: ID_PIN_ID_DIGITS });
  }

  #renderAdd(s: S) {
    const a = s.add;
    const fid = `${this.#id}-add`;
    if (!a.open) {
      return html`<div class="add-bar">
        <button type="button" class="btn" data-focus=${idPinFocus.addToggle} aria-expanded="false" aria-controls=${fid} @click=${() => this.#send({ type: 'add-opened' })}>
          ${this.t('rs.id-pin.add.toggle')}
        </button>
      </div>`;
    }
    return html`<section class="add" id=${fid} aria-labelledby="${fid}-title">
      <h3 id="${fid}-title">${this.t('rs.id-pin.add.title')}</h3>
      <p class="hint">${this.t('rs.id-pin.allRequired')}</p>
      ${this.#notice(a.notice, a.failure, s.waitUntil)}
      <form @submit=${this.#submitAdd} novalidate aria-labelledby="${fid}-title">
        ${this.#field({
          id: `${fid}-id`,
          name: 'add-identifier',
          label: this.t('rs.id-pin.add.identifier'),
          hint: this.t('rs.id-pin.add.identifier.hint', { digits: ID_PIN_ID_DIGITS }),
          error: this.#pinError(a.errors.identifier),
          focus: idPinFocus.addIdentifier,
          value: a.identifier,
          inputmode: 'numeric',
          autocomplete: 'off',
          required: true,
          maxlength: 16,
          readonly: a.submitting,
        })}
        ${this.#field({
          id: `${fid}-pin`,
          name: 'add-pin',
          label: this.t('rs.id-pin.add.pin'),
          hint: this.t('rs.id-pin.add.pin.hint', { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS }),
          error: this.#pinError(a.errors.pin),
          focus: idPinFocus.addPin,
          type: 'password',
          inputmode: 'numeric',
          autocomplete: 'off',
          required: true,
          maxlength: PIN_MAX_DIGITS,
          readonly: a.submitting,
        })}
        <div class="actions">
          <button type="submit" class="btn" ?disabled=${a.submitting}>
            ${a.submitting ? html`<span class="spinner" aria-hidden="true"></span>${this.t('rs.id-pin.add.submitting')}` : this.t('rs.id-pin.add.submit')}
          </button>
          <button type="button" class="btn secondary" ?disabled=${a.submitting} @click=${this.#closeAdd}>${this.t('rs.id-pin.cancel')}</button>
        </div>
      </form>
    </section>`;
  }

  #renderPinForm(s: S, link: IdPinLinkDetails, panelId: string) {
    const p = s.pin!;
    const fid = `${this.#id}-pin-${link.id}`;
    const field = (name: string, key: PinChangeField, label: MessageKey, hint?: string) =>
      this.#field({
        id: `${fid}-${key}`,
        name,
        label: this.t(label),
        hint,
        error: this.#pinError(p.errors[key]),
        focus: idPinFocus.pinField(key),
        type: 'password',
        inputmode: 'numeric',
        autocomplete: 'off',
        required: true,
        maxlength: PIN_MAX_DIGITS,
        readonly: p.submitting,
      });
    return html`<div class="panel" id=${panelId}>
      <h4 id="${fid}-title">${this.t('rs.id-pin.pin.title', { id: formatIdPinId(link.identifier) })}</h4>
      <p class="hint">${this.t('rs.id-pin.allRequired')}</p>
      ${this.#notice(p.notice, p.failure, s.waitUntil, idPinFocus.pinNotice)}
      <form @submit=${this.#submitPin} novalidate aria-labelledby="${fid}-title">
        ${field('current-pin', 'currentPin', 'rs.id-pin.pin.current')}
        ${field('new-pin', 'newPin', 'rs.id-pin.pin.new', this.t('rs.id-pin.add.pin.hint', { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS }))}
        ${field('pin-confirmation', 'confirmation', 'rs.id-pin.pin.confirmation')}
        <div class="actions">
          <button type="submit" class="btn" ?disabled=${p.submitting}>
            ${p.submitting ? html`<span class="spinner" aria-hidden="true"></span>${this.t('rs.id-pin.pin.submitting')}` : this.t('rs.id-pin.pin.submit')}
          </button>
          <button type="button" class="btn secondary" ?disabled=${p.submitting} @click=${this.#closePin}>${this.t('rs.id-pin.cancel')}</button>
        </div>
      </form>
    </div>`;
  }

  #renderHolderForm(s: S, link: IdPinLinkDetails, panelId: string) {
    const h = s.holder!;
    const fid = `${this.#id}-holder-${link.id}`;
    const field = (key: HolderField, label: MessageKey, type: string, autocomplete: string, hint?: string) =>
      this.#field({
        id: `${fid}-${key}`,
        name: `holder-${key}`,
        label: this.t(label),
        hint,
        error: h.errors[key] ? this.#err(`rs.id-pin.error.${h.errors[key]}`, { max: HOLDER_NAME_MAX_LENGTH }) : undefined,
        focus: idPinFocus.holderField(key),
        type,
        autocomplete,
        value: key === 'phone' ? (link.holder.phone ?? '') : link.holder[key],
        required: key !== 'phone',
        readonly: h.saving,
      });
    return html`<div class="panel" id=${panelId}>
      <h4 id="${fid}-title">${this.t('rs.id-pin.holder.title', { id: formatIdPinId(link.identifier) })}</h4>
      <p class="hint">${this.t('rs.id-pin.holder.intro')}</p>
      ${h.failure ? this.#notice('unavailable', h.failure, undefined) : nothing}
      <form @submit=${this.#submitHolder} novalidate aria-labelledby="${fid}-title">
        <div class="grid">
          ${field('firstName', 'rs.id-pin.holder.firstName', 'text', 'given-name')} ${field('lastName', 'rs.id-pin.holder.lastName', 'text', 'family-name')}
          ${field('phone', 'rs.id-pin.holder.phone', 'tel', 'tel', this.t('rs.id-pin.holder.phone.hint'))} ${field('email', 'rs.id-pin.holder.email', 'email', 'email')}
        </div>
        <div class="actions">
          <button type="submit" class="btn" ?disabled=${h.saving}>
            ${h.saving ? html`<span class="spinner" aria-hidden="true"></span>${this.t('rs.id-pin.holder.saving')}` : this.t('rs.id-pin.holder.submit')}
          </button>
          <button type="button" class="btn secondary" ?disabled=${h.saving} @click=${() => this.#send({ type: 'holder-closed' })}>${this.t('rs.id-pin.cancel')}</button>
        </div>
      </form>
    </div>`;
  }

  #renderDialog(s: S) {
    const r = s.removal;
    const link = r ? s.links.find((l) => l.id === r.linkId) : undefined;
    const others = new Set(s.links.filter((l) => l.id !== r?.linkId).flatMap((l) => l.sites.map((x) => x.id)));
    const lost = link?.sites.filter((x) => !others.has(x.id)) ?? [];
    const kept = link?.sites.filter((x) => others.has(x.id)) ?? [];
    const did = `${this.#id}-dialog`;
    return html`<dialog part="dialog" class="dialog" aria-labelledby="${did}-title" aria-describedby="${did}-body" @cancel=${this.#onDialogCancel}>
      ${link
        ? html`<h3 id="${did}-title">${this.t('rs.id-pin.remove.title', { id: formatIdPinId(link.identifier) })}</h3>
            <div class="dialog-body" id="${did}-body">
              <p>${this.t('rs.id-pin.remove.lost', { count: lost.length })}</p>
              ${lost.length ? html`<ul class="named">${lost.map((x) => html`<li>${siteLabel(x)}</li>`)}</ul>` : nothing}
              ${kept.length
                ? html`<p>${this.t('rs.id-pin.remove.kept', { count: kept.length })}</p>
                    <ul class="named">${kept.map((x) => html`<li>${siteLabel(x)}</li>`)}</ul>`
                : nothing}
              ${lost.length ? html`<p class="hint">${this.t('rs.id-pin.remove.again')}</p>` : nothing}
            </div>
            ${r!.failure ? html`<p class="error" role="alert">${errorIcon}<span>${this.t('rs.id-pin.remove.failed')} ${this.services!.describeFailure(r!.failure)}</span></p>` : nothing}
            <div class="actions">
              <button type="button" class="btn secondary" data-focus=${idPinFocus.removeCancel} ?disabled=${r!.removing} @click=${() => this.#send({ type: 'remove-cancelled' })}>
                ${this.t('rs.id-pin.cancel')}
              </button>
              <button type="button" class="btn danger" ?disabled=${r!.removing} @click=${() => this.#send({ type: 'remove-confirmed' })}>
                ${r!.removing ? html`<span class="spinner" aria-hidden="true"></span>${this.t('rs.id-pin.remove.removing')}` : this.t('rs.id-pin.remove.confirm')}
              </button>
            </div>`
        : nothing}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'id-pin-links': IdPinLinks;
  }
}
