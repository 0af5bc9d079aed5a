/**
 * SR-PROFILES — what `<user-profiles>` loads when a person acts (« Créer un profil », an eye,
 * « Rattacher »; or on intent, the pointer over or the focus on one of them): the editor's views
 * (a profile's modules and rights; the form with the matrix of modules × rights, « Tout cocher »
 * per module as a real mixed checkbox, the users to attach; the summary of whose rights change),
 * their texts (`sr.profiles.editor`, and the modules' and rights' names of `sr.access`) and styles,
 * core's `profileEditorFlow` in a `FlowController`, the toasts, and the runner of its requests.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  MODULES,
  MODULE_ACTIONS,
  attachmentSummary,
  isAccessRestricted,
  moduleState,
  modulesOf,
  profileEditorFlow,
  profileEditorFocus,
  registerAccessMessages,
  registerProfilesEditorMessages,
  rightsOfModule,
  type AttachmentChange,
  type EditorData,
  type EditorIssue,
  type MessageKey,
  type Module,
  type Params,
  type ProfileChangeResponse,
  type ProfileEditing,
  type ProfileEditorEvent,
  type ProfileEditorRequest,
  type ProfileEditorState,
  type Right,
} from '@vigie/core';
import { ApiError, type ApiFailure } from '@vigie/core/api';
import { messagesLoaded, loadMessages } from '@vigie/core/i18n';
import type { VigieServices } from '../../base/context.js';
import { FlowController } from '../../base/flow-controller.js';
import { ToastController, toastStyles } from '../../base/toast.js';
import { closeIcon, errorIcon } from '../../base/icons.js';
import { editorStyles } from './user-profiles-editor.styles.js';
import { ProfileCreatedEvent, ProfileUpdatedEvent, ProfileUsersAttachedEvent } from './user-profiles.events.js';
import type { ProfilesData } from './user-profiles.js';

type S = ProfileEditorState;
type E = ProfileEditorEvent;
type R = ProfileEditorRequest;

export const messages = [registerProfilesEditorMessages, registerAccessMessages];
export const styles = [toastStyles, editorStyles];

/** What the editor needs from the element. */
export interface ProfilesHost {
  readonly element: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  /** The element's prefix of ids. */
  readonly id: string;
  services(): VigieServices;
  t(key: MessageKey, params?: Params): string;
  data(): ProfilesData | undefined;
  /** A save's answer: the element shows the users and profiles as they are now. */
  applyChange(response: ProfileChangeResponse): void;
  /** The users and profiles read again (after a 412). */
  replaceData(data: ProfilesData): void;
}

export interface EditorSession {
  readonly flow: FlowController<S, E, R>;
  readonly toasts: ToastController;
  /** Whether the dialog is open. */
  readonly open: boolean;
  render(): TemplateResult | typeof nothing;
}

const failureOf = (e: unknown): ApiFailure =>
  e instanceof ApiError ? e.failure : { kind: 'network', message: e instanceof Error ? e.message : String(e) };

export function createSession(h: ProfilesHost): EditorSession {
  const toasts = new ToastController(
    h.element,
    (m) => h.t(m.key, m.params),
    () => h.t('common.close'),
  );
  const flow = new FlowController<S, E, R>(h.element, {
    flow: profileEditorFlow,
    clock: () => h.services().clock,
    run: (request, signal) => run(h, request, signal),
    toasts,
    events: {
      'profile-created': (d) => {
        const x = d as { profileId: string; name: string; rights: Right[]; userIds: string[] };
        return new ProfileCreatedEvent(x.profileId, x.name, x.rights, x.userIds);
      },
      'profile-updated': (d) => {
        const x = d as { profileId: string; name: string; rights: Right[] };
        return new ProfileUpdatedEvent(x.profileId, x.name, x.rights);
      },
      'profile-users-attached': (d) => {
        const x = d as { profileId: string; userIds: string[] };
        return new ProfileUsersAttachedEvent(x.profileId, x.userIds);
      },
    },
  });
  const view = new EditorView(h, flow);
  return {
    flow,
    toasts,
    get open() {
      return flow.started && flow.state.phase !== 'closed';
    },
    render: () => view.render(),
  };
}

async function run(h: ProfilesHost, request: R, signal: AbortSignal): Promise<E> {
  const api = await import('@vigie/core/safety-register/api');
  const client = h.services().client;
  try {
    const response =
      request.op === 'create-profile'
        ? await api.createProfile(client, { name: request.name, rights: [...request.rights], userIds: [...request.userIds] }, { signal })
        : request.op === 'update-profile'
          ? await api.updateProfile(client, request.profileId, { name: request.name, rights: [...request.rights] }, request.version, {
              signal,
            })
          : await api.attachProfileUsers(client, request.profileId, request.userIds, { signal });
    // The lists first, so the new profile is there when the flow moves the focus to it.
    h.applyChange(response);
    return { type: 'saved', profile: response.profile };
  } catch (e) {
    if (isAccessRestricted(e)) void h.services().refreshAccess();
    const failure = failureOf(e);
    if (failure.kind === 'conflict' && request.op === 'update-profile') {
      // Someone changed the profile: read it again, so the summary and the next save use it as it is now.
      try {
        const [users, profiles] = await Promise.all([api.listRegisterUsers(client, { signal }), api.listProfiles(client, { signal })]);
        h.replaceData({ users, profiles });
        return { type: 'save-stale', failure, data: { users, profiles } };
      } catch {
        /* said as a failure below */
      }
    }
    return { type: 'save-failed', failure };
  }
}

class EditorView {
  #lists = new Map<string, Intl.ListFormat>();

  constructor(
    private readonly h: ProfilesHost,
    private readonly flow: FlowController<S, E, R>,
  ) {}

  get #t() {
    return this.h.t;
  }

  #send = (e: E) => this.flow.send(e);

  #id(name: string) {
    return `${this.h.id}-${name}`;
  }

  /** A list of words for the locale (« A, B et C »). */
  #list(items: readonly string[]): string {
    const locale = this.h.services().locale;
    let f = this.#lists.get(locale);
    if (!f) this.#lists.set(locale, (f = new Intl.ListFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' })));
    return f.format(items);
  }

  #right(r: Right): string {
    const [module, action] = r.split(':') as [Module, string];
    return this.#t('sr.profiles.editor.right', {
      module: this.#t(`sr.module.${module}`),
      action: this.#t(`sr.action.${action}` as MessageKey),
    });
  }

  #name(u: { firstName: string; lastName: string }) {
    return `${u.firstName} ${u.lastName}`;
  }

  render(): TemplateResult | typeof nothing {
    if (!this.flow.started) return nothing;
    const s = this.flow.state;
    if (s.phase === 'closed') return nothing;
    // The locale changed since the editor loaded: its texts follow.
    const locale = this.h.services().locale;
    if (!messagesLoaded(locale, messages)) void loadMessages(locale, messages).then(() => this.h.element.requestUpdate());
    if (s.phase === 'viewing') return this.#renderView(s.profileId, s.data);
    return s.phase === 'editing' ? this.#renderForm(s) : this.#renderSummary(s);
  }

  #header(title: string) {
    return html`<div class="head">
      <h2 id=${this.#id('editor-title')} tabindex="-1" data-focus=${profileEditorFocus.title}>${title}</h2>
      <button type="button" class="icon-btn" aria-label=${this.#t('sr.profiles.editor.close')} @click=${() => this.#send({ type: 'close' })}>${closeIcon}</button>
    </div>`;
  }

  // ── the eye: a profile's modules and rights, its users ──

  #renderView(profileId: string, data: EditorData) {
    const p = data.profiles.find((x) => x.id === profileId)!;
    const users = data.users.filter((u) => u.profileId === p.id);
    return html`${this.#header(this.#t('sr.profiles.editor.view.title', { name: p.name }))}
      <div class="body">
        <section class="view" aria-labelledby=${this.#id('view-rights')}>
          <h3 id=${this.#id('view-rights')}>${this.#t('sr.profiles.editor.view.rights')}</h3>
          <dl class="modules">
            ${MODULES.map((m) => {
              const held = rightsOfModule(m).filter((r) => p.rights.includes(r));
              return html`<div class=${held.length ? '' : 'none'}>
                <dt>${this.#t(`sr.module.${m}`)}</dt>
                <dd>${held.length ? this.#list(held.map((r) => this.#t(`sr.action.${r.split(':')[1]}` as MessageKey))) : this.#t('sr.profiles.editor.view.none')}</dd>
              </div>`;
            })}
          </dl>
        </section>
        <section class="view" aria-labelledby=${this.#id('view-users')}>
          <h3 id=${this.#id('view-users')}>${this.#t('sr.profiles.editor.view.users')}</h3>
          ${
            users.length
              ? html`<ul class="plain">
                ${users.map((u) => html`<li>${this.#name(u)}</li>`)}
              </ul>`
              : html`<p class="muted">${this.#t('sr.profiles.editor.view.noUsers')}</p>`
          }
        </section>
      </div>
      <footer class="foot">
        <button type="button" class="btn secondary" @click=${() => this.#send({ type: 'close' })}>${this.#t('sr.profiles.editor.close')}</button>
        <button type="button" class="btn secondary" @click=${() => this.#send({ type: 'edit-opened', profileId: p.id })}>${this.#t('sr.profiles.editor.view.edit')}</button>
        <button type="button" class="btn" @click=${() => this.#send({ type: 'attach-opened', profileId: p.id })}>${this.#t('sr.profiles.editor.view.attach')}</button>
      </footer>`;
  }

  // ── the form: name, start from a user, the matrix, the users to attach ──

  #issue(s: ProfileEditing, field: EditorIssue['field']): EditorIssue | undefined {
    return s.issues.find((i) => i.field === field);
  }

  #error(id: string, issue: EditorIssue | undefined) {
    return issue
      ? html`<p id=${id} class="field-error">${errorIcon}<span>${this.#t(`sr.profiles.editor.${issue.field === 'rights' ? 'rights.empty' : issue.field === 'users' ? 'users.empty' : `name.${issue.issue}`}` as MessageKey)}</span></p>`
      : nothing;
  }

  #renderForm(s: ProfileEditing) {
    const title = this.#title(s);
    return html`${this.#header(title)}
      <form
        class="body"
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          this.#send({ type: 'review' });
        }}
      >
        ${s.mode !== 'attach' ? html`${this.#renderName(s)} ${this.#renderSource(s)} ${this.#renderMatrix(s)}` : html`<p class="muted">${this.#t('sr.profiles.editor.summary.profile', this.#profileParams(s.draft.name, s.draft.rights))}</p>`}
        ${s.mode !== 'edit' ? this.#renderUsers(s) : nothing}
        <footer class="foot">
          <button type="button" class="btn secondary" @click=${() => this.#send({ type: 'close' })}>${this.#t('sr.profiles.editor.cancel')}</button>
          <button type="submit" class="btn">${this.#t('sr.profiles.editor.review')}</button>
        </footer>
      </form>`;
  }

  #title(s: ProfileEditing): string {
    const name = s.data.profiles.find((x) => x.id === s.profileId)?.name ?? s.draft.name;
    return s.mode === 'create' ? this.#t('sr.profiles.editor.create.title') : this.#t(`sr.profiles.editor.${s.mode}.title`, { name });
  }

  #renderName(s: ProfileEditing) {
    const issue = this.#issue(s, 'name');
    const id = this.#id('name');
    return html`<div class="field">
      <label for=${id}>${this.#t('sr.profiles.editor.name')}</label>
      <p id="${id}-hint" class="hint">${this.#t('sr.profiles.editor.name.hint')}</p>
      <input
        id=${id}
        name="profile-name"
        type="text"
        autocomplete="off"
        data-focus=${profileEditorFocus.name}
        .value=${live(s.draft.name)}
        aria-invalid=${issue ? 'true' : 'false'}
        aria-describedby="${id}-hint${issue ? ` ${id}-error` : ''}"
        @input=${(e: Event) => this.#send({ type: 'name-changed', name: (e.target as HTMLInputElement).value })}
      />
      ${this.#error(`${id}-error`, issue)}
    </div>`;
  }

  #renderSource(s: ProfileEditing) {
    const id = this.#id('source');
    const from = s.data.users.find((u) => u.id === s.draft.fromUserId);
    return html`<div class="field">
      <label for=${id}>${this.#t('sr.profiles.editor.source')}</label>
      <p id="${id}-hint" class="hint">${this.#t('sr.profiles.editor.source.hint')}</p>
      <select id=${id} name="profile-source" aria-describedby="${id}-hint ${id}-status" @change=${(e: Event) => this.#send({ type: 'source-chosen', userId: (e.target as HTMLSelectElement).value || null })}>
        <option value="" ?selected=${!s.draft.fromUserId}>${this.#t('sr.profiles.editor.source.none')}</option>
        ${s.data.users.map(
          (u) =>
            html`<option value=${u.id} ?selected=${u.id === s.draft.fromUserId}>${this.#t('sr.profiles.editor.source.option', { name: this.#name(u), rights: this.#t('sr.profiles.rights.count', { count: u.rights.length }) })}</option>`,
        )}
      </select>
      <p id="${id}-status" class="hint" role="status">${from ? this.#t('sr.profiles.editor.source.copied', { name: this.#name(from), rights: this.#t('sr.profiles.rights.count', { count: from.rights.length }) }) : nothing}</p>
    </div>`;
  }

  #renderMatrix(s: ProfileEditing) {
    const issue = this.#issue(s, 'rights');
    const id = this.#id('rights');
    const rights = s.draft.rights;
    return html`<fieldset class="matrix" aria-describedby="${id}-count${issue ? ` ${id}-error` : ''}" aria-invalid=${issue ? 'true' : nothing}>
      <legend>${this.#t('sr.profiles.editor.rights')}</legend>
      <p id="${id}-count" class="hint">${this.#t('sr.profiles.editor.rights.count', { count: rights.length })}</p>
      ${this.#error(`${id}-error`, issue)}
      <div class="modules-grid">
        ${MODULES.map((m, i) => {
          const state = moduleState(rights, m);
          const mid = `${id}-${m}`;
          return html`<fieldset class="module">
            <legend>${this.#t(`sr.module.${m}`)}</legend>
            <label class="all">
              <input
                type="checkbox"
                id="${mid}-all"
                data-focus=${i === 0 ? profileEditorFocus.rights : nothing}
                .checked=${live(state === 'all')}
                .indeterminate=${live(state === 'mixed')}
                @change=${() => this.#send({ type: 'module-toggled', module: m })}
              />
              <span>${this.#t('sr.profiles.editor.all')}</span>
            </label>
            ${MODULE_ACTIONS[m].map((a) => {
              const r = `${m}:${a}` as Right;
              return html`<label>
                <input type="checkbox" name="right" value=${r} .checked=${live(rights.includes(r))} @change=${() => this.#send({ type: 'right-toggled', right: r })} />
                <span>${this.#t(`sr.action.${a}` as MessageKey)}</span>
              </label>`;
            })}
          </fieldset>`;
        })}
      </div>
    </fieldset>`;
  }

  #renderUsers(s: ProfileEditing) {
    const issue = this.#issue(s, 'users');
    const id = this.#id('users');
    const names = new Map(s.data.profiles.map((p) => [p.id, p.name]));
    return html`<fieldset class="users" aria-describedby="${id}-hint${issue ? ` ${id}-error` : ''}">
      <legend>${this.#t('sr.profiles.editor.users')}</legend>
      <p id="${id}-hint" class="hint">${this.#t('sr.profiles.editor.users.hint')}</p>
      ${this.#error(`${id}-error`, issue)}
      ${s.data.users.map((u, i) => {
        const already = s.profileId !== null && u.profileId === s.profileId;
        const where = already
          ? this.#t('sr.profiles.editor.users.already')
          : u.profileId
            ? this.#t('sr.profiles.editor.users.on', { name: names.get(u.profileId) ?? u.profileId })
            : this.#t('sr.profiles.editor.users.own');
        return html`<label class="user">
          <input
            type="checkbox"
            name="user"
            value=${u.id}
            data-focus=${i === 0 ? profileEditorFocus.users : nothing}
            ?disabled=${already}
            .checked=${live(already || s.draft.userIds.includes(u.id))}
            @change=${() => this.#send({ type: 'user-toggled', userId: u.id })}
          />
          <span>${this.#name(u)} <span class="muted">· ${where}</span></span>
        </label>`;
      })}
    </fieldset>`;
  }

  // ── the summary before saving ──

  #profileParams(name: string, rights: readonly Right[]): Params {
    return {
      name,
      modules: this.#t('sr.profiles.list.modules', { count: modulesOf(rights).length }),
      rights: this.#t('sr.profiles.rights.count', { count: rights.length }),
    };
  }

  /** « +2 droits, −1 droit » or « droits inchangés ». */
  #changes(c: AttachmentChange): string {
    const parts: string[] = [];
    if (c.gained.length) parts.push(this.#t('sr.profiles.editor.summary.gained', { count: c.gained.length }));
    if (c.lost.length) parts.push(this.#t('sr.profiles.editor.summary.lost', { count: c.lost.length }));
    return parts.length ? parts.join(', ') : this.#t('sr.profiles.editor.summary.same');
  }

  #renderSummary(s: ProfileEditing) {
    const saving = s.phase === 'saving';
    const title = this.#title(s);
    // Editing a profile changes the rights of every user on it; attaching, those of the users chosen.
    const lines =
      s.mode === 'edit'
        ? attachmentSummary(
            s.data.users,
            s.data.users.filter((u) => u.profileId === s.profileId).map((u) => u.id),
            s.draft.rights,
          )
        : attachmentSummary(s.data.users, s.draft.userIds, s.draft.rights, s.profileId ?? undefined);
    const names = new Map(s.data.profiles.map((x) => [x.id, x.name]));
    const sid = this.#id('summary');
    return html`${this.#header(title)}
      <section class="body summary" aria-labelledby=${sid}>
        <h3 id=${sid} tabindex="-1" data-focus=${profileEditorFocus.summary}>${this.#t('sr.profiles.editor.summary.title')}</h3>
        <p>${this.#t('sr.profiles.editor.summary.profile', this.#profileParams(s.draft.name.trim(), s.draft.rights))}</p>
        ${
          lines.length
            ? html`<p>${this.#t('sr.profiles.editor.summary.users')}</p>
              <ul class="changes">
                ${lines.map(
                  (c) => html`<li>
                    <strong>${this.#t('sr.profiles.editor.summary.line', { name: this.#name(c), changes: this.#changes(c) })}</strong>
                    ${c.gained.length ? html`<span class="gained">${this.#t('sr.profiles.editor.summary.gainedList', { rights: this.#list(c.gained.map((r) => this.#right(r))) })}</span>` : nothing}
                    ${c.lost.length ? html`<span class="lost">${this.#t('sr.profiles.editor.summary.lostList', { rights: this.#list(c.lost.map((r) => this.#right(r))) })}</span>` : nothing}
                    ${c.fromProfileId && c.fromProfileId !== s.profileId ? html`<span class="muted">${this.#t('sr.profiles.editor.summary.leaves', { name: names.get(c.fromProfileId) ?? c.fromProfileId })}</span>` : nothing}
                  </li>`,
                )}
              </ul>`
            : html`<p class="muted">${this.#t('sr.profiles.editor.summary.none')}</p>`
        }
        ${
          s.failure
            ? html`<div class="problem" role="alert">
              ${errorIcon}
              <div>
                ${
                  s.failure.kind === 'conflict'
                    ? html`<p><strong>${this.#t('sr.profiles.editor.stale')}</strong></p>`
                    : html`<p><strong>${this.#t('sr.profiles.editor.failed')}</strong></p>
                      <p>${this.h.services().describeFailure(s.failure)}</p>`
                }
              </div>
            </div>`
            : nothing
        }
      </section>
      <footer class="foot">
        <button type="button" class="btn secondary" ?disabled=${saving} @click=${() => this.#send({ type: 'back' })}>${this.#t('sr.profiles.editor.back')}</button>
        <button type="button" class="btn" data-focus=${profileEditorFocus.retry} aria-busy=${saving ? 'true' : 'false'} @click=${() => this.#send({ type: 'save' })}>
          ${saving ? html`<span class="spinner" aria-hidden="true"></span>${this.#t('sr.profiles.editor.saving')}` : this.#t('sr.profiles.editor.save')}
        </button>
      </footer>`;
  }
}
