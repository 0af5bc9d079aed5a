import { adoptStyles, html, nothing, svg, type PropertyValues } from 'lit';
import {
  isAccessRestricted,
  registerProfilesMessages,
  type ProfileChangeResponse,
  type ProfileEditorEvent,
  type RegisterUser,
  type RightsProfile,
} from '@vigie/core';
import { loadMessages } from '@vigie/core/i18n';
import { VigieElement } from '../../base/vigie-element.js';
import { LoadController } from '../../base/load-controller.js';
import { OnDemand } from '../../base/on-demand.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { errorIcon, icon } from '../../base/icons.js';
import { isRestrictedAccess, restrictedNotice } from '../restricted.js';
import { styles } from './user-profiles.styles.js';
import type * as Editor from './user-profiles-editor.on-demand.js';

export interface ProfilesData {
  readonly users: readonly RegisterUser[];
  readonly profiles: readonly RightsProfile[];
}

const api = () => import('@vigie/core/safety-register/api');
const eyeIcon = icon(svg`<path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/>`);
const plusIcon = icon(svg`<path d="M12 5v14"/><path d="M5 12h14"/>`);

/** Each profile's users, read from the users (the one truth after a change). */
const withUsers = (d: ProfilesData): ProfilesData => ({
  users: d.users,
  profiles: d.profiles.map((p) => ({ ...p, userIds: d.users.filter((u) => u.profileId === p.id).map((u) => u.id) })),
});

let uid = 0;

/**
 * SR-PROFILES — « Gestion des profils utilisateurs » of the safety register (seed 001): the
 * account's users with their profile and rights, and the profiles. The eye shows a profile's
 * modules and rights; « Créer un profil » builds one from A to Z or from a user's rights (copied
 * into a draft, then edited in a matrix of modules × rights with « Tout cocher » per module) with
 * the users to attach; « Rattacher » attaches users to a profile; « Modifier le profil » (from the
 * eye) changes its name and rights, sent with the version read (a 412 keeps the person's changes). Before saving, a summary says
 * whose rights change (« Karim Benali : +2 droits, −1 droit »). Core's `profileEditorFlow` runs it.
 *
 * The first screen (the two lists) is this module; the editor, its texts and styles load when a
 * person acts (`user-profiles-editor.on-demand.ts`): on intent (pointer over, focus on « Créer
 * un profil », an eye or « Rattacher ») and on the click; meanwhile the button says it is busy, and
 * a failed load says so with a retry. While the account is suspended (SR-INVOICE) it shows the
 * access notice and loads nothing.
 *
 * @tagname user-profiles
 * @summary The account's users and rights profiles: view, create (from scratch or from a user), attach users (SR-PROFILES).
 * @fires {ProfileCreatedEvent} profile-created - A profile was created (`profileId`, `name`, `rights`, `userIds` attached).
 * @fires {ProfileUsersAttachedEvent} profile-users-attached - Users were attached to a profile (`profileId`, `userIds`).
 * @fires {ProfileUpdatedEvent} profile-updated - A profile's name or rights were changed; its users have the new rights (`profileId`, `name`, `rights`).
 * @csspart base - The widget's box.
 * @csspart users - The users' table.
 * @csspart profiles - The profiles' list.
 * @csspart dialog - The editor's dialog.
 * @cssprop --user-profiles-max-width - The widest the widget grows (default `60rem`).
 * @cssprop --vigie-color-accent - Buttons.
 * @cssprop --vigie-color-surface - Background.
 * @cssprop --vigie-color-surface-raised - Background of a profile's card and the table's header.
 * @cssprop --vigie-color-border - Separators.
 * @cssprop --vigie-radius - Corner radius.
 */
export class UserProfiles extends VigieElement {
  static override messages = [registerProfilesMessages];
  static override styles = [tokens, spinnerStyles, styles];

  readonly #id = `vigie-profiles-${++uid}`;
  #data?: ProfilesData;
  #lastClient?: unknown;

  // Before the editor's flow controller: the dialog is open before the flow moves the focus into it.
  readonly #dialogSync = this.addController({ hostUpdated: () => this.#syncDialog() });

  readonly #load = new LoadController<ProfilesData>(
    this,
    async (signal) => {
      const a = await api();
      const client = this.services!.client;
      try {
        const [users, profiles] = await Promise.all([a.listRegisterUsers(client, { signal }), a.listProfiles(client, { signal })]);
        return { users, profiles };
      } catch (e) {
        if (isAccessRestricted(e)) void this.services!.refreshAccess();
        throw e;
      }
    },
    (d) => (this.#data = withUsers(d)),
  );

  /** The editor: its views, texts, styles and flow, loaded when a person acts. */
  readonly #editor = new OnDemand<typeof Editor>(this, async () => {
    const m = await import('./user-profiles-editor.on-demand.js');
    await loadMessages(this.services!.locale, m.messages);
    if (!this.#session) {
      adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof UserProfiles).elementStyles, ...m.styles]);
      this.#session = m.createSession(this.#host);
    }
    return m;
  });

  #session?: Editor.EditorSession;

  readonly #host: Editor.ProfilesHost = {
    element: this,
    id: this.#id,
    services: () => this.services!,
    t: (key, params) => this.t(key, params),
    data: () => this.#data,
    applyChange: (r: ProfileChangeResponse) => {
      const profiles = this.#data?.profiles ?? [];
      const known = profiles.some((p) => p.id === r.profile.id);
      this.#data = withUsers({
        users: r.users,
        profiles: known ? profiles.map((p) => (p.id === r.profile.id ? r.profile : p)) : [...profiles, r.profile],
      });
      this.requestUpdate();
    },
    replaceData: (d: ProfilesData) => {
      this.#data = withUsers(d);
      this.requestUpdate();
    },
  };

  /** Loads the users and profiles again. */
  refresh(): Promise<void> {
    return this.#load.run();
  }

  /** Resolves when no save is on its way (tests). */
  settled(): Promise<void> {
    return this.#session?.flow.settled() ?? Promise.resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.services?.client;
    if (!client) return;
    // While suspended, forget the client: once the account is settled the data load again.
    if (isRestrictedAccess(this.services)) {
      this.#lastClient = undefined;
      return;
    }
    if (client !== this.#lastClient || (!this.#data && this.#load.state.status === 'idle')) {
      this.#lastClient = client;
      void this.#load.run();
    }
  }

  // ── intents: the editor opens once its code is there ──

  /**
   * The action waiting for the editor's code: its event, its button (`data-focus`); `failed` once a
   * load of it failed (kept while the retry loads, so the retry keeps the focus), `loading` while
   * its load is on its way.
   */
  #want?: {
    readonly make: () => ProfileEditorEvent | undefined;
    readonly control: string;
    readonly failed: boolean;
    readonly loading: boolean;
  };

  /** The control that opened the editor: the focus goes back to it when the editor closes. */
  #opener?: string;

  #act(make: () => ProfileEditorEvent | undefined, control: string): void {
    this.#opener = control;
    if (this.#session) return this.#open(make);
    const want = (this.#want = { make, control, failed: this.#want?.failed === true, loading: true });
    this.requestUpdate();
    this.#editor.load().then(
      () => {
        if (this.#want !== want) return;
        this.#want = undefined;
        if (this.isConnected) this.#open(make);
      },
      () => {
        if (this.#want !== want) return;
        this.#want = { ...want, failed: true, loading: false };
        this.requestUpdate();
      },
    );
  }

  #open(make: () => ProfileEditorEvent | undefined) {
    const e = make();
    if (e) this.#session!.flow.send(e);
  }

  #intent = () => void this.#editor.load().catch(() => {});

  #busy(control: string) {
    return this.#want?.control === control && this.#want.loading && !this.#want.failed ? 'true' : nothing;
  }

  #editorData = () => {
    const d = this.#data!;
    return { users: d.users, profiles: d.profiles };
  };

  #syncDialog(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (!dialog) return;
    const open = this.#session?.open === true;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) {
      const inside = dialog.contains(this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null);
      dialog.close();
      // Back to the control that opened it, unless the flow moved the focus elsewhere (a new profile).
      if (inside && this.#opener) this.renderRoot.querySelector<HTMLElement>(`[data-focus="${CSS.escape(this.#opener)}"]`)?.focus();
    }
  }

  #onCancel = (ev: Event) => {
    // Escape: the flow decides (a save on its way is not interrupted).
    ev.preventDefault();
    this.#session?.flow.send({ type: 'close' });
  };

  // ── rendering ──

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const notice = restrictedNotice(this.services, 'utilisateurs');
    if (notice) return notice;
    const tid = `${this.#id}-title`;
    return html`<section class="root" part="base" aria-labelledby=${tid}>
      <h2 id=${tid} class="title">${this.t('sr.profiles.title')}</h2>
      <p class="intro">${this.t('sr.profiles.intro')}</p>
      ${this.#renderBody()}
      <dialog part="dialog" aria-labelledby="${this.#id}-editor-title" @cancel=${this.#onCancel}>${this.#session?.render() ?? nothing}</dialog>
      ${this.#session?.toasts.render() ?? nothing}
    </section>`;
  }

  #renderBody() {
    const d = this.#data;
    const state = this.#load.state;
    if (!d && state.status === 'error') {
      return html`<div class="problem" role="alert">
        ${errorIcon}
        <div>
          <p><strong>${this.t('sr.profiles.error')}</strong></p>
          <p>${this.services!.describeFailure(state.failure)}</p>
          <button type="button" class="btn secondary" @click=${() => this.#load.run()}>${this.t('common.retry')}</button>
        </div>
      </div>`;
    }
    if (!d)
      return html`<p class="status" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('sr.profiles.loading')}</p>`;
    return html`${this.#renderUsers(d)} ${this.#renderProfiles(d)}`;
  }

  #renderLoadFailed() {
    const w = this.#want;
    if (!w?.failed) return nothing;
    return html`<div class="problem" role="alert">
      ${errorIcon}
      <div>
        <p>${this.t('common.error.network')}</p>
        <button type="button" class="btn secondary" aria-busy=${w.loading ? 'true' : nothing} @click=${() => this.#act(w.make, w.control)}>${this.t('common.retry')}</button>
      </div>
    </div>`;
  }

  #renderUsers(d: ProfilesData) {
    const hid = `${this.#id}-users`;
    const names = new Map(d.profiles.map((p) => [p.id, p.name]));
    return html`<section aria-labelledby=${hid}>
      <h3 id=${hid}>${this.t('sr.profiles.users.title')}</h3>
      <div class="scroll" part="users">
        <table aria-labelledby=${hid}>
          <thead>
            <tr>
              <th scope="col">${this.t('sr.profiles.users.name')}</th>
              <th scope="col">${this.t('sr.profiles.users.profile')}</th>
              <th scope="col">${this.t('sr.profiles.users.rights')}</th>
            </tr>
          </thead>
          <tbody>
            ${d.users.map(
              (u) => html`<tr>
                <th scope="row">${u.firstName} ${u.lastName}<span class="job">${u.job}</span></th>
                <td>${u.profileId ? (names.get(u.profileId) ?? u.profileId) : html`<span class="muted">${this.t('sr.profiles.users.own')}</span>`}</td>
                <td>${this.t('sr.profiles.rights.count', { count: u.rights.length })}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  #renderProfiles(d: ProfilesData) {
    const hid = `${this.#id}-profiles`;
    const create = 'create';
    return html`<section aria-labelledby=${hid}>
      <div class="bar">
        <h3 id=${hid}>${this.t('sr.profiles.list.title')}</h3>
        <button
          type="button"
          class="btn"
          data-focus=${create}
          aria-haspopup="dialog"
          aria-busy=${this.#busy(create)}
          @pointerenter=${this.#intent}
          @focus=${this.#intent}
          @click=${() => this.#act(() => ({ type: 'create-opened', data: this.#editorData() }), create)}
        >
          ${plusIcon}${this.t('sr.profiles.create')}
        </button>
      </div>
      ${this.#renderLoadFailed()}
      ${
        d.profiles.length === 0
          ? html`<div class="empty">
            <p><strong>${this.t('sr.profiles.list.empty')}</strong></p>
            <p class="muted">${this.t('sr.profiles.list.empty.hint')}</p>
          </div>`
          : html`<ul part="profiles">
            ${d.profiles.map((p) => {
              const view = `view:${p.id}`;
              const attach = `attach:${p.id}`;
              const modules = new Set(p.rights.map((r) => r.slice(0, r.indexOf(':')))).size;
              return html`<li>
                <div>
                  <h4 tabindex="-1" data-focus="profile:${p.id}">${p.name}</h4>
                  <span class="meta">${this.t('sr.profiles.list.modules', { count: modules })} · ${this.t('sr.profiles.rights.count', { count: p.rights.length })} ·
                    ${this.t('sr.profiles.list.users', { count: p.userIds.length })}</span>
                </div>
                <div class="actions">
                  <button type="button" class="btn secondary" data-focus=${view} aria-haspopup="dialog" aria-label=${this.t('sr.profiles.view.label', { name: p.name })} aria-busy=${this.#busy(view)}
                    @pointerenter=${this.#intent} @focus=${this.#intent} @click=${() => this.#act(() => ({ type: 'view-opened', profileId: p.id, data: this.#editorData() }), view)}>
                    ${eyeIcon}${this.t('sr.profiles.view')}
                  </button>
                  <button type="button" class="btn secondary" data-focus=${attach} aria-haspopup="dialog" aria-label=${this.t('sr.profiles.attach.label', { name: p.name })} aria-busy=${this.#busy(attach)}
                    @pointerenter=${this.#intent} @focus=${this.#intent} @click=${() => this.#act(() => ({ type: 'attach-opened', profileId: p.id, data: this.#editorData() }), attach)}>
                    ${this.t('sr.profiles.attach')}
                  </button>
                </div>
              </li>`;
            })}
          </ul>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'user-profiles': UserProfiles;
  }
}
