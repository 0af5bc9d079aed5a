import { adoptStyles, html, nothing } from 'lit';
import {
  calendarDateOf,
  formatIdPinId,
  idPinBusy,
  idPinFocus,
  idPinLinksFlowWith,
  remoteIdPinMessages,
  siteLabel,
  type IdPinLinkDetails,
  type IdPinLinksEvent,
  type IdPinLinksRequest,
  type IdPinLinksState,
} from '@vigie/core';
import { ApiError, type ApiFailure } from '@vigie/core/api';
import { formatDate, loadMessages, messagesLoaded } from '@vigie/core/i18n';
import { VigieElement } from '../../base/vigie-element.js';
import { FlowController } from '../../base/flow-controller.js';
import { ToastController, toastStyles } from '../../base/toast.js';
import { OnDemand } from '../../base/on-demand.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { errorIcon } from '../../base/icons.js';
import { styles } from './id-pin-links.styles.js';
import { IdPinLinkedEvent, IdPinUnlinkedEvent, PinChangedEvent, SiteRenamedEvent } from './id-pin-links.events.js';
import type * as Edits from './id-pin-links-edits.on-demand.js';

type S = IdPinLinksState;
type E = IdPinLinksEvent;
type R = IdPinLinksRequest;

const failureOf = (e: unknown): ApiFailure =>
  e instanceof ApiError ? e.failure : { kind: 'network', message: e instanceof Error ? e.message : String(e) };

let uid = 0;

/** The edits' code, once an `<id-pin-links>` of the page has loaded it: another one opens its forms at once. */
let pageEdits: typeof Edits | undefined;

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
 * retry). The flow is core's `idPinLinksFlowWith`, run by a `FlowController`.
 *
 * The first screen (the links, their sites, the buttons) is this module. The forms, the dialog's
 * content, their texts and the edits' part of the flow load when a person acts
 * (`id-pin-links-edits.on-demand.ts`): on intent (the pointer over or the focus on a button that
 * opens one), and on its click; meanwhile the button says it is busy (`aria-busy`), focus stays
 * on it, and a failed load says so with a retry.
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

  /** The forms, the dialog, their texts and styles, the edits' flow: loaded when a person acts. */
  readonly #edits = new OnDemand<typeof Edits>(this, async () => {
    const m = (pageEdits ??= await import('./id-pin-links-edits.on-demand.js'));
    await loadMessages(this.services!.locale, [m.messages]);
    return this.#setUp(m);
  });

  /** The edits' code, once this element has its texts and styles. */
  #editsModule?: typeof Edits;

  #setUp(m: typeof Edits): typeof Edits {
    if (!this.#editsModule) {
      adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof IdPinLinks).elementStyles, m.styles]);
      this.#editsModule = m;
    }
    return m;
  }

  /** What the edits' views and runner use of the element. */
  readonly #host: Edits.IdPinEditsHost = {
    id: this.#id,
    services: () => this.services!,
    t: (key, params) => this.t(key, params),
    send: (e) => this.#flow.send(e),
    input: (name) => this.renderRoot.querySelector<HTMLInputElement>(`input[name="${name}"]`),
  };

  readonly #flow = new FlowController<S, E, R>(this, {
    flow: idPinLinksFlowWith(() => this.#editsModule?.transition),
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

  async #run(request: R, signal: AbortSignal): Promise<E> {
    const api = await import('@vigie/core/remote-services/api');
    if (request.op !== 'list') return (this.#editsModule ?? (await this.#edits.load())).run(this.#host, request, signal, api);
    try {
      return { type: 'links-loaded', links: (await api.listIdPinLinks(this.services!.client, { signal })).links };
    } catch (e) {
      return { type: 'links-failed', failure: failureOf(e) };
    }
  }

  // ── intents: an edit opens once its code is there ──

  #send = (e: E) => this.#flow.send(e);

  /**
   * The action waiting for the edits' code: its event, its button (`data-focus`), where a failed
   * load is said; `failed` once a load of it failed (kept while the retry loads, so the retry
   * button keeps the focus), `loading` while its load is on its way.
   */
  #want?: { readonly e: E; readonly control: string; readonly place: string; readonly failed: boolean; readonly loading: boolean };

  #act(e: E, control: string, place: string): void {
    // Another <id-pin-links> of the page loaded the code: no wait.
    if (!this.#editsModule && pageEdits && messagesLoaded(this.services!.locale, [pageEdits.messages])) this.#setUp(pageEdits);
    if (this.#editsModule) return this.#send(e);
    const failed = this.#want?.failed === true && this.#want.place === place;
    const want = (this.#want = { e, control, place, failed, loading: true });
    this.requestUpdate();
    this.#edits.load().then(
      () => {
        if (this.#want !== want) return;
        this.#want = undefined;
        if (this.isConnected) this.#send(e);
      },
      () => {
        if (this.#want !== want) return;
        this.#want = { ...want, failed: true, loading: false };
        this.requestUpdate();
      },
    );
  }

  /** The pointer over, or the focus on, a button that opens an edit: its code starts loading. */
  #intent = () => void this.#edits.load().catch(() => {});

  /** `aria-busy` of a button whose edit waits for its code. */
  #busy(control: string) {
    return this.#want?.control === control && this.#want.loading && !this.#want.failed ? 'true' : nothing;
  }

  /** The edits' code could not load: said where it was asked for, with a retry. */
  #loadFailed(place: string) {
    const w = this.#want;
    if (!w?.failed || w.place !== place) return nothing;
    return html`<div class="problem" role="alert">
      ${errorIcon}
      <div>
        <p>${this.t('common.error.network')}</p>
        <button type="button" class="btn secondary" aria-busy=${w.loading ? 'true' : nothing} @click=${() => this.#act(w.e, w.control, w.place)}>${this.t('common.retry')}</button>
      </div>
    </div>`;
  }

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

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const s = this.#flow.state;
    const edits = this.#editsModule;
    const did = `${this.#id}-dialog`;
    return html`<section class="root" part="base" aria-labelledby="${this.#id}-title">
      <h2 id="${this.#id}-title" class="title" tabindex="-1" data-focus=${idPinFocus.heading}>${this.t('rs.id-pin.title')}</h2>
      <p class="intro">${this.t('rs.id-pin.intro')}</p>
      ${s.list.status === 'ready' ? this.#renderAdd(s) : nothing} ${this.#renderList(s)}
      <dialog part="dialog" class="dialog" aria-labelledby="${did}-title" aria-describedby="${did}-body" @cancel=${this.#onDialogCancel}>
        ${edits ? edits.renderRemoval(this.#host, s, did) : nothing}
      </dialog>
      ${this.#toasts.render()}
    </section>`;
  }

  #renderAdd(s: S) {
    const fid = `${this.#id}-add`;
    const edits = this.#editsModule;
    if (s.add.open && edits) return edits.renderAdd(this.#host, s, fid);
    return html`<div class="add-bar">
        <button
          type="button"
          class="btn"
          data-focus=${idPinFocus.addToggle}
          aria-expanded="false"
          aria-controls=${fid}
          aria-busy=${this.#busy(idPinFocus.addToggle)}
          @pointerenter=${this.#intent}
          @focus=${this.#intent}
          @click=${() => this.#act({ type: 'add-opened' }, idPinFocus.addToggle, 'add')}
        >
          ${this.t('rs.id-pin.add.toggle')}
        </button>
      </div>
      ${this.#loadFailed('add')}`;
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

  /** A button of a link or a site that opens an edit (once its code is there). */
  #button(o: {
    focus: string;
    label: string;
    text: string;
    busy: boolean;
    open: E;
    place: string;
    cls?: string;
    dialog?: boolean;
    expanded?: boolean;
    controls?: string;
    close?: () => void;
  }) {
    return html`<button
      type="button"
      class="btn secondary ${o.cls ?? ''}"
      data-focus=${o.focus}
      aria-expanded=${o.expanded === undefined ? nothing : String(o.expanded)}
      aria-controls=${o.controls ?? nothing}
      aria-haspopup=${o.dialog ? 'dialog' : nothing}
      aria-label=${o.label}
      aria-busy=${this.#busy(o.focus)}
      ?disabled=${o.busy}
      @pointerenter=${this.#intent}
      @focus=${this.#intent}
      @click=${() => (o.expanded && o.close ? o.close() : this.#act(o.open, o.focus, o.place))}
    >${o.text}</button>`;
  }

  #renderLink(s: S, link: IdPinLinkDetails) {
    const id = formatIdPinId(link.identifier);
    const headingId = `${this.#id}-link-${link.id}`;
    const shared = new Set(s.links.filter((l) => l.id !== link.id).flatMap((l) => l.sites.map((x) => x.id)));
    const busy = idPinBusy(s);
    const holder = link.holder;
    const edits = this.#editsModule;
    const pinOpen = s.pin?.linkId === link.id;
    const holderOpen = s.holder?.linkId === link.id;
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
          ${link.sites.map((site) =>
            s.rename?.siteId === site.id && edits
              ? edits.renderRename(this.#host, s, site)
              : html`<li class="site">
                  <div class="site-text">
                    <span class="site-label">${siteLabel(site)}</span>
                    <span class="site-sub">${site.nickname ? html`${this.t('rs.id-pin.site.name', { name: site.name })} · ` : nothing}${site.address.city}</span>
                    ${shared.has(site.id) ? html`<span class="badge">${this.t('rs.id-pin.link.sharedSite')}</span>` : nothing}
                  </div>
                  ${this.#button({
                    focus: idPinFocus.renameButton(site.id),
                    label: this.t('rs.id-pin.site.rename.label', { name: siteLabel(site) }),
                    text: this.t('rs.id-pin.site.rename'),
                    cls: 'small',
                    busy,
                    open: { type: 'rename-started', siteId: site.id },
                    place: link.id,
                  })}
                </li>`,
          )}
        </ul>
        <dl class="holder">
          <div><dt>${this.t('rs.id-pin.holder.name')}</dt><dd>${holder.firstName} ${holder.lastName}</dd></div>
          <div><dt>${this.t('rs.id-pin.holder.phone')}</dt><dd>${holder.phone ?? this.t('rs.id-pin.holder.noPhone')}</dd></div>
          <div><dt>${this.t('rs.id-pin.holder.email')}</dt><dd>${holder.email}</dd></div>
        </dl>
        <div class="actions">
          ${this.#button({
            focus: idPinFocus.pinToggle(link.id),
            label: this.t('rs.id-pin.pin.toggle.label', { id }),
            text: this.t('rs.id-pin.pin.toggle'),
            busy,
            open: { type: 'pin-opened', linkId: link.id },
            place: link.id,
            expanded: pinOpen,
            controls: `${headingId}-pin`,
            close: () => edits?.closePin(this.#host),
          })}
          ${this.#button({
            focus: idPinFocus.holderToggle(link.id),
            label: this.t('rs.id-pin.holder.toggle.label', { id }),
            text: this.t('rs.id-pin.holder.toggle'),
            busy,
            open: { type: 'holder-opened', linkId: link.id },
            place: link.id,
            expanded: holderOpen,
            controls: `${headingId}-holder`,
            close: () => this.#send({ type: 'holder-closed' }),
          })}
          ${this.#button({
            focus: idPinFocus.removeButton(link.id),
            label: this.t('rs.id-pin.remove.toggle.label', { id }),
            text: this.t('rs.id-pin.remove.toggle'),
            cls: 'danger',
            dialog: true,
            busy,
            open: { type: 'remove-asked', linkId: link.id },
            place: link.id,
          })}
        </div>
        ${this.#loadFailed(link.id)} ${pinOpen && edits ? edits.renderPin(this.#host, s, link, `${headingId}-pin`) : nothing}
        ${holderOpen && edits ? edits.renderHolder(this.#host, s, link, `${headingId}-holder`) : nothing}
      </section>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'id-pin-links': IdPinLinks;
  }
}
