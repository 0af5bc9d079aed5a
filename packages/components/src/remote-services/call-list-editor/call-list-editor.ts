import { adoptStyles, html, nothing, svg, type CSSResult, type LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  addableCallListContacts,
  calendarDateOf,
  callListEditorFlowWith,
  callListContactName,
  formatTimeOfDay,
  isCallListDirty,
  remoteCallListsMessages,
  shownCallListContactIds,
  unresolvedCallListConflicts,
  type CallListEditorContext,
  type CallListEditorEvent,
  type CallListEditorRequest,
  type CallListEditorState,
  type Contact,
  type MessageKey,
  type CallListEditorReady,
} from '@vigie/core';
import { formatDate, loadMessages, messagesLoaded, type MessageBundle } from '@vigie/core/i18n';
import { FlowController } from '../../base/flow-controller.js';
import { errorIcon, icon } from '../../base/icons.js';
import { ReorderController, type ReorderAnnouncement } from '../../base/reorder-controller.js';
import { spinnerStyles, stateStyles, tokens } from '../../base/styles.js';
import { OnDemand } from '../../base/on-demand.js';
import { ToastController, toastStyles } from '../../base/toast.js';
import { VigieElement } from '../../base/vigie-element.js';
import type { Combo } from './call-list-add.on-demand.js';
import { CallListSavedEvent, ContactsTabRequestedEvent } from './call-list-editor.events.js';
import { styles } from './call-list-editor.styles.js';

const gripIcon = icon(
  svg`<circle cx="9" cy="6" r="1.2"/><circle cx="15" cy="6" r="1.2"/><circle cx="9" cy="12" r="1.2"/><circle cx="15" cy="12" r="1.2"/><circle cx="9" cy="18" r="1.2"/><circle cx="15" cy="18" r="1.2"/>`,
);
const upIcon = icon(svg`<path d="m18 15-6-6-6 6"/>`);
const downIcon = icon(svg`<path d="m6 9 6 6 6-6"/>`);
const removeIcon = icon(svg`<path d="M3 6h18"/><path d="M8 6V4h8v2"/><path d="M19 6l-1 14H6L5 6"/>`);
const userPlusIcon = icon(svg`<circle cx="9" cy="8" r="4"/><path d="M2 21v-1a7 7 0 0 1 14 0v1"/><path d="M19 8v6"/><path d="M16 11h6"/>`);

const CLOSED: Combo = { query: '', open: false, active: -1 };

const REORDER_KEYS: Record<ReorderAnnouncement['kind'], MessageKey> = {
  moved: 'rs.call-lists.moved',
  'already-first': 'rs.call-lists.already-first',
  'already-last': 'rs.call-lists.already-last',
  grabbed: 'rs.call-lists.grabbed',
  cancelled: 'rs.call-lists.drag-cancelled',
};

/** RS-CALL: unsaved drafts no editor shows, by provider (its client), then by site (see `#parked`). */
const PARKED = new WeakMap<object, Map<string, CallListEditorReady>>();

/**
 * RS-CALL — the call lists of a site (seed 000 « Listes d'appels »: « Consulter les listes d'appels
 * normales ou les listes d'appels spécifiques, le cas échéant », « Ajouter les contacts du site à la
 * liste d'appels choisie. Si vous ne trouvez pas le contact que vous recherchez, ajoutez-le au site
 * via l'onglet "Contacts" », « Déplacer le contact dans la liste d'appels ou le supprimer
 * complètement »).
 *
 * - the normal list and any specific list (a chooser); the contacts in the order they are called;
 * - add a contact of the site through a combobox (WAI-ARIA combobox pattern) that offers only the
 *   site's contacts not in the list; when the person is missing, « Ajouter la personne dans l'onglet
 *   Contacts » fires the cancelable `contacts-tab-requested` (`<site-overview>` opens its tab);
 * - reorder three ways (the shared `ReorderController`): drag the handle, « Monter » / « Descendre »,
 *   Alt+↑ / Alt+↓, each move spoken (« Jean Dupont déplacé en position 2 sur 5 »), the focus staying
 *   on the moved contact; remove;
 * - « Enregistrer » sends the whole order with the version read (`If-Match`). When someone else saved
 *   meanwhile (412), the changes are replayed on their version, what they changed and who saved it
 *   are shown, and where both changed the same contact the user chooses; nothing is saved without
 *   a new « Enregistrer », nothing the user did is lost. A toast says whether the save succeeded.
 *
 * The edit is core's `callListEditorFlow`, run by the shared `FlowController`.
 *
 * @tagname call-list-editor
 * @summary A site's call lists: choose a list, add a site contact (combobox), reorder by drag, buttons or Alt+arrows, remove, save with If-Match and merge someone else's save (RS-CALL).
 * @fires {CallListSavedEvent} call-list-saved - A list was saved (`siteId`, `listId`, `version`).
 * @fires {ContactsTabRequestedEvent} contacts-tab-requested - « Ajouter la personne dans l'onglet Contacts » was pressed (`siteId`). Cancelable: `preventDefault()` once you opened the site's contacts.
 * @csspart base - The wrapper.
 * @csspart header - The title, the list chooser and the list's facts.
 * @csspart chooser - The list chooser (a native select).
 * @csspart list - The ordered list of contacts.
 * @csspart item - One contact of the list (also `item-dragging` while dragged).
 * @csspart handle - The drag handle of a contact.
 * @csspart add - The « Ajouter un contact du site » combobox and its options.
 * @csspart notice - « … a enregistré cette liste pendant que vous la modifiiez »: who saved, when, what changed.
 * @csspart conflicts - The contacts both changed, each with « Garder ma version » / « Garder sa version ».
 * @csspart actions - « Annuler les modifications » and « Enregistrer ».
 * @csspart error - A loading or saving error.
 * @csspart toasts - The toasts (a polite live region).
 * @cssprop --call-list-editor-max-width - The widest the editor grows (default 44rem).
 */
export class CallListEditor extends VigieElement {
  static override messages = [remoteCallListsMessages];

  static override styles = [tokens, spinnerStyles, stateStyles, toastStyles, styles];

  /** The site whose call lists are shown (a `Site.id`). */
  @property({ attribute: 'site-id', reflect: true }) siteId?: string;

  /** The « Ajouter » combobox: what is typed, whether its listbox is open, the highlighted option. */
  @state() private combo: Combo = CLOSED;

  /** The combobox's behaviour, loaded on intent (pointer over or focus in the « Ajouter » block). */
  readonly #add = new OnDemand(this, async () => {
    const m = await import('./call-list-add.on-demand.js');
    await loadMessages(this.services?.locale ?? 'fr', [m.addMessages]);
    this.#adopt(m.addStyles);
    return m;
  });

  readonly toasts = new ToastController(
    this,
    (m) => this.t(m.key, m.params),
    () => this.t('common.close' as MessageKey),
  );

  /** Styles that came with an on-demand module, adopted next to the element's own. */
  #extraStyles: CSSResult[] = [];

  #adopt(style: CSSResult): void {
    if (this.#extraStyles.includes(style)) return;
    this.#extraStyles.push(style);
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof LitElement).elementStyles, ...this.#extraStyles]);
  }

  /**
   * After a save answered 412: the replay, the notice, the conflicts (their texts and styles). Loaded
   * when that answer arrives, before the flow replays (the save shows busy meanwhile).
   */
  readonly #merge = new OnDemand(this, async () => {
    const m = await import('./call-list-merge.on-demand.js');
    await loadMessages(this.services?.locale ?? 'fr', [m.mergeMessages]);
    this.#adopt(m.mergeStyles);
    return m;
  });

  readonly flow = new FlowController<CallListEditorState, CallListEditorEvent, CallListEditorRequest, CallListEditorContext>(this, {
    // The replay is there before any event that needs it (`run` below waits for it on a 412).
    flow: callListEditorFlowWith({
      stale: (...a) => this.#merge.module!.callListMerging.stale(...a),
      choose: (...a) => this.#merge.module!.callListMerging.choose(...a),
      closeNotice: (s) => this.#merge.module!.callListMerging.closeNotice(s),
    }),
    clock: () => this.services!.clock,
    context: () => ({ now: this.services!.clock.now(), siteId: this.siteId ?? '' }),
    run: async (request, signal) => {
      const event = await (await import('@vigie/core/remote-services/api')).runCallListRequest(this.services!.client, request, signal);
      if (event.type !== 'stale' && event.type !== 'theirs') return event;
      try {
        await this.#merge.load();
        return event;
      } catch (e) {
        // Nothing is lost: the draft stays, the save error says so, « Enregistrer » tries again.
        return { type: 'save-failed', failure: { kind: 'network', message: e instanceof Error ? e.message : String(e) } };
      }
    },
    events: {
      'call-list-saved': (d) => {
        const { siteId, listId, version } = d as { siteId: string; listId: string; version: number };
        return new CallListSavedEvent(siteId, listId, version);
      },
      'contacts-tab-requested': (d) => new ContactsTabRequestedEvent((d as { siteId: string }).siteId),
    },
    toasts: this.toasts,
    resume: () => {
      const parked = this.#parked()?.get(this.siteId ?? '');
      if (!parked) return undefined;
      this.#parked()?.delete(this.siteId ?? '');
      // A draft kept after a 412 (its notice, its conflicts) shows again with its view.
      if (Object.values(parked.drafts).some((d) => d.notice)) void this.#merge.load().catch(() => undefined);
      // Read the lists again over the kept drafts (their base versions stay: a stale save gets its 412).
      queueMicrotask(() => this.flow.send({ type: 'refresh' }));
      return parked;
    },
  });

  /**
   * Unsaved drafts by site, kept while no editor shows them: a host that unmounts its tabs (« Ajouter
   * la personne dans l'onglet Contacts », then back: a new element) or shows another site. Memory
   * only, per provider (its client).
   */
  #parked(): Map<string, CallListEditorReady> | undefined {
    const client = this.services?.client;
    if (!client) return undefined;
    let map = PARKED.get(client);
    if (!map) PARKED.set(client, (map = new Map()));
    return map;
  }

  #park(siteId: string | undefined): void {
    if (!siteId || !this.flow.started) return;
    const s = this.flow.state;
    if (s.status === 'ready' && Object.keys(s.drafts).length) this.#parked()?.set(siteId, { ...s, saving: null, refreshing: false });
  }

  override disconnectedCallback(): void {
    this.#park(this.siteId);
    super.disconnectedCallback();
  }

  readonly reorder = new ReorderController(this, {
    count: () => this.#shown().length,
    label: (i) => this.#name(this.#shown()[i] ?? ''),
    move: (from, to) => this.flow.send({ type: 'move', from, to }),
    announce: (a) =>
      this.toasts.show({ key: REORDER_KEYS[a.kind], params: { name: a.name, position: a.position, count: a.count } }, 'status'),
    enabled: () => this.#editable(),
  });

  /** Reads the lists again (e.g. when the tab shows again after contacts were added); drafts are kept. */
  refresh(): void {
    this.flow.send({ type: 'refresh' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('siteId') && changed.get('siteId') !== undefined) {
      this.#park(changed.get('siteId') as string | undefined);
      this.combo = CLOSED;
      this.flow.restart();
    }
  }

  #ready(): CallListEditorReady | undefined {
    if (!this.services || !this.siteId) return undefined;
    const s = this.flow.state;
    return s.status === 'ready' ? s : undefined;
  }

  #shown(): readonly string[] {
    const s = this.#ready();
    return s ? shownCallListContactIds(s) : [];
  }

  #name(id: string): string {
    const s = this.#ready();
    return s?.contacts.some((c) => c.id === id) ? callListContactName(s.contacts, id) : this.t('rs.call-lists.unknown-contact');
  }

  #editable(): boolean {
    const s = this.#ready();
    return !!s && s.saving !== s.selectedListId && unresolvedCallListConflicts(s).length === 0;
  }

  #when(instant: string): { date: string; time: string } {
    const at = Date.parse(instant);
    return { date: formatDate(this.services?.locale ?? 'fr', calendarDateOf(at)), time: formatTimeOfDay(at) };
  }

  override render() {
    if (!this.services) return this.renderMissingProvider();
    if (!this.siteId) {
      return html`<section class="base" part="base" aria-labelledby="title">
        <h2 class="title" id="title">${this.t('rs.call-lists.title')}</h2>
        <p class="state empty">${this.t('rs.call-lists.no-site')}</p>
      </section>`;
    }
    const s = this.flow.state;
    return html`<section class="base" part="base" aria-labelledby="title" aria-busy=${s.status === 'loading' || (s.status === 'ready' && (s.refreshing || s.saving !== null)) ? 'true' : 'false'}>
      ${
        s.status === 'loading'
          ? html`<h2 class="title" id="title">${this.t('rs.call-lists.title')}</h2>
            <div class="state loading" role="status"><span class="spinner" aria-hidden="true"></span><span>${this.t('rs.call-lists.loading')}</span></div>`
          : s.status === 'error'
            ? html`<h2 class="title" id="title">${this.t('rs.call-lists.title')}</h2>
              <div class="state error" part="error" role="alert">
                ${errorIcon}
                <div>
                  <p>${this.t('rs.call-lists.load-error')} ${this.services.describeFailure(s.failure)}</p>
                  <button type="button" class="btn secondary" @click=${() => this.flow.send({ type: 'retry' })}>${this.t('rs.call-lists.retry')}</button>
                </div>
              </div>`
            : this.#renderReady(s)
      }
      ${this.toasts.render()}
    </section>`;
  }

  #renderReady(s: CallListEditorReady) {
    const list = s.lists.find((l) => l.id === s.selectedListId);
    if (!list) {
      return html`<h2 class="title" id="title">${this.t('rs.call-lists.title')}</h2>
        <p class="state empty">${this.t('rs.call-lists.no-lists')}</p>`;
    }
    const shown = shownCallListContactIds(s);
    const draft = s.drafts[list.id];
    const dirty = isCallListDirty(s);
    const saving = s.saving === list.id;
    const conflicts = unresolvedCallListConflicts(s);
    const editable = !saving && conflicts.length === 0;
    const saved = this.#when(list.updatedAt);
    return html`
      <div class="header" part="header">
        <h2 class="title" id="title">${this.t('rs.call-lists.title')}</h2>
        ${
          s.lists.length > 1
            ? html`<label class="chooser">
              <span>${this.t('rs.call-lists.chooser')}</span>
              <select part="chooser" @change=${(e: Event) => this.flow.send({ type: 'select-list', listId: (e.target as HTMLSelectElement).value })}>
                ${s.lists.map(
                  (l) =>
                    html`<option value=${l.id} ?selected=${l.id === list.id}>${l.name}${isCallListDirty(s, l.id) ? ` (${this.t('rs.call-lists.dirty')})` : ''}</option>`,
                )}
              </select>
            </label>`
            : nothing
        }
        <div class="facts">
          <h3 class="list-name" id="list-name">${list.name} <span class="kind">${this.t(list.kind === 'normal' ? 'rs.call-lists.kind.normal' : 'rs.call-lists.kind.specific')}</span></h3>
          <p class="meta">${this.t('rs.call-lists.count', { count: shown.length })} · ${this.t('rs.call-lists.updated', { ...saved, name: list.updatedBy })}</p>
        </div>
      </div>
      ${draft?.notice ? this.#renderMerge(draft, conflicts.length === 0 && !draft.merge) : nothing}
      ${
        shown.length
          ? html`<p class="how-to" id="how-to">${this.t('rs.call-lists.how-to')}</p>
            <ol class="list" part="list" aria-labelledby="list-name" ?data-locked=${!editable}>
              ${repeat(
                shown,
                (id) => id,
                (id, i) => this.#renderItem(s, id, i, shown.length, editable),
              )}
            </ol>`
          : html`<p class="state empty" part="empty">${this.t('rs.call-lists.empty-list')}</p>`
      }
      ${this.#renderAdd(s, editable)}
      ${
        s.saveFailure?.listId === list.id
          ? html`<div class="state error" part="error" tabindex="-1" data-focus="save-error">
            ${errorIcon}
            <p>${this.t('rs.call-lists.save-failed')} ${this.services!.describeFailure(s.saveFailure.failure)}</p>
          </div>`
          : nothing
      }
      <div class="actions" part="actions">
        ${dirty ? html`<p class="dirty" role="status">${this.t('rs.call-lists.dirty')}</p>` : html`<p class="dirty" role="status"></p>`}
        <div class="buttons">
          ${
            dirty && !saving
              ? html`<button type="button" class="btn secondary" @click=${() => this.flow.send({ type: 'discard' })}>${this.t('rs.call-lists.discard')}</button>`
              : nothing
          }
          <button
            type="button"
            class="btn"
            aria-disabled=${!dirty || saving || conflicts.length > 0 ? 'true' : 'false'}
            @click=${() => (dirty && !saving ? this.flow.send({ type: 'save' }) : undefined)}
          >
            ${saving ? html`<span class="spinner on-accent" aria-hidden="true"></span>${this.t('rs.call-lists.saving')}` : this.t('rs.call-lists.save')}
          </button>
        </div>
      </div>
    `;
  }

  #renderItem(s: CallListEditorReady, id: string, i: number, count: number, editable: boolean) {
    const contact = s.contacts.find((c) => c.id === id);
    const name = this.#name(id);
    const first = i === 0;
    const last = i === count - 1;
    return html`<li class="item" part="item" data-reorder-item data-index=${i}>
      <button
        type="button"
        class="handle"
        part="handle"
        data-reorder-handle
        data-reorder-focus="handle"
        data-focus=${`item-${id}`}
        aria-label=${this.t('rs.call-lists.handle', { name })}
        aria-describedby="how-to"
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        aria-disabled=${editable ? 'false' : 'true'}
      >
        ${gripIcon}
      </button>
      <span class="position" aria-hidden="true">${i + 1}</span>
      <span class="who">
        <span class="name"><span class="sr-only">${this.t('rs.call-lists.position', { position: i + 1 })} · </span>${name}</span>
        <span class="phone">${contact ? (contact.phone ?? this.t('rs.call-lists.no-phone')) : ''}</span>
      </span>
      <span class="moves">
        <button
          type="button"
          class="move"
          data-reorder="up"
          data-reorder-focus="up"
          aria-label=${this.t('rs.call-lists.move-up.label', { name })}
          aria-keyshortcuts="Alt+ArrowUp"
          aria-disabled=${!editable || first ? 'true' : 'false'}
        >
          ${upIcon}<span class="label">${this.t('rs.call-lists.move-up')}</span>
        </button>
        <button
          type="button"
          class="move"
          data-reorder="down"
          data-reorder-focus="down"
          aria-label=${this.t('rs.call-lists.move-down.label', { name })}
          aria-keyshortcuts="Alt+ArrowDown"
          aria-disabled=${!editable || last ? 'true' : 'false'}
        >
          ${downIcon}<span class="label">${this.t('rs.call-lists.move-down')}</span>
        </button>
        <button
          type="button"
          class="move remove"
          data-reorder-focus="remove"
          aria-label=${this.t('rs.call-lists.remove.label', { name })}
          aria-disabled=${editable ? 'false' : 'true'}
          @click=${() => (editable ? this.flow.send({ type: 'remove', contactId: id }) : undefined)}
        >
          ${removeIcon}<span class="label">${this.t('rs.call-lists.remove')}</span>
        </button>
      </span>
    </li>`;
  }

  /** The texts of an on-demand part in the current language (after a language switch, they load). */
  #texts(bundle: MessageBundle): void {
    const locale = this.services!.locale;
    if (!messagesLoaded(locale, [bundle])) void loadMessages(locale, [bundle]).then(() => this.requestUpdate());
  }

  /** An on-demand part did not load (offline, a new deploy): say so, offer a retry. */
  #loadFailed(retry: () => void) {
    return html`<div class="state error" role="alert">
      ${errorIcon}
      <div>
        <p>${this.t('common.error.network')}</p>
        <button type="button" class="btn secondary" @click=${retry}>${this.t('common.retry')}</button>
      </div>
    </div>`;
  }

  // ── The « Ajouter » combobox (its behaviour: call-list-add.on-demand.ts) ──

  #renderAdd(s: CallListEditorReady, editable: boolean) {
    const m = this.#add.module;
    const c = this.combo;
    const addable = addableCallListContacts(s);
    const usable = editable && addable.length > 0;
    const options = m ? m.optionsOf(s, c.query) : [];
    const open = c.open && editable && !!m;
    const active = open ? options[c.active] : undefined;
    const load = () => void this.#add.load().catch(() => undefined);
    return html`<div class="add" part="add" @pointerover=${load} @focusin=${load}>
      <label class="add-label" for="add-input">${this.t('rs.call-lists.add.label')}</label>
      <p class="hint" id="add-hint">${addable.length ? this.t('rs.call-lists.add.hint') : this.t('rs.call-lists.add.all-in')}</p>
      <div class="combo">
        <span class="combo-icon" aria-hidden="true">${userPlusIcon}</span>
        <input
          id="add-input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          data-focus="add"
          aria-autocomplete="list"
          aria-controls="add-options"
          aria-expanded=${open ? 'true' : 'false'}
          aria-describedby="add-hint"
          aria-activedescendant=${active ? `option-${active.id}` : nothing}
          aria-disabled=${usable ? 'false' : 'true'}
          aria-busy=${c.open && usable && !m ? 'true' : 'false'}
          ?readonly=${!usable}
          .value=${c.query}
          @input=${(e: Event) => (this.combo = { query: (e.target as HTMLInputElement).value, open: true, active: -1 })}
          @click=${() => {
            if (usable) this.combo = { ...this.combo, open: !this.combo.open };
          }}
          @keydown=${(e: KeyboardEvent) => {
            if (m) this.#comboKey(m, e);
            // Not there yet (a key right after the focus): the key acts once it is.
            else
              void this.#add.load().then(
                (m) => this.#comboKey(m, e),
                () => undefined,
              );
          }}
          @blur=${() => {
            // A click on an option lands before the blur's effect (pointerdown keeps the focus, see options).
            this.combo = { ...this.combo, open: false, active: -1 };
          }}
        />
      </div>
      ${
        m
          ? (this.#texts(m.addMessages), m.renderOptions(this.t.bind(this), c, options, open, (o) => this.#pick(o)))
          : this.#add.failed && c.open
            ? this.#loadFailed(load)
            : html`<ul class="options" id="add-options" role="listbox" hidden></ul>`
      }
      <p class="absent">
        <span>${this.t('rs.call-lists.missing')}</span>
        <button type="button" class="link" @click=${() => this.flow.send({ type: 'contacts-requested' })}>${this.t('rs.call-lists.missing.action')}</button>
      </p>
    </div>`;
  }

  #comboKey(m: typeof import('./call-list-add.on-demand.js'), e: KeyboardEvent) {
    const s = this.#ready();
    if (!s || !this.#editable()) return;
    const r = m.comboKey(this.combo, e, m.optionsOf(s, this.combo.query));
    this.combo = r.combo;
    if (r.pick) this.#pick(r.pick);
    else if (r.say) this.toasts.show({ key: 'rs.call-lists.add.pick' }, 'status');
  }

  #pick(c: Contact) {
    this.combo = CLOSED;
    this.flow.send({ type: 'add', contactId: c.id });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Keep the highlighted option in view.
    if (this.combo.open && this.combo.active >= 0)
      this.renderRoot.querySelector('.option[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  // ── After a 412 (call-list-merge.on-demand.ts) ──

  #renderMerge(draft: CallListEditorReady['drafts'][string], closable: boolean) {
    const m = this.#merge.module;
    if (!m) {
      return this.#merge.failed
        ? this.#loadFailed(() => void this.#merge.load().catch(() => undefined))
        : html`<div class="state loading" role="status"><span class="spinner" aria-hidden="true"></span><span>${this.t('common.loading')}</span></div>`;
    }
    this.#texts(m.mergeMessages);
    const host = {
      t: this.t.bind(this),
      name: (id: string) => this.#name(id),
      when: (at: string) => this.#when(at),
      send: (e: CallListEditorEvent) => this.flow.send(e),
    };
    const notice = draft.notice!;
    return html`${m.renderNotice(host, notice, closable)}
    ${draft.merge?.conflicts.length ? m.renderConflicts(host, draft.merge.conflicts, draft.merge.choices, notice.updatedBy) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'call-list-editor': CallListEditor;
  }
}
