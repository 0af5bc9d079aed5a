import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DISSOCIATION_FIELDS,
  PASSPORT_FIELD_ISSUES,
  PASSWORD_MIN_LENGTH,
  SPACES_REFUSAL_REASONS,
  checkDissociation,
  fieldIssueMessageKey,
  passportCoreMessages,
  passportSpacesMessages,
  passportProblemOfFailure,
  problemOf,
  spaceMessageKey,
  spacesRefusalMessageKey,
  type ApiFailure,
  type DissociationField,
  type PassportFieldIssue,
  type SpaceKind,
  type SpacesRefusalReason,
  type SpacesStatus,
} from '@vigie/core';
import { LoadController } from '../../base/load-controller.js';
import { LightDomElement, formStyles, passwordField, requiredNote, submitButton, textField, type FieldError } from '../../base/forms/index.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { failureMessage, signedOutNotice } from '../../base/forms/messages.js';
import { checkCircleIcon, errorIcon, infoIcon } from '../../base/forms/form-icons.js';
import { failureOf, safeHref, withParts } from '../../base/forms/helpers.js';
import { PassportSessionController, passportLoginAction } from '../passport-session.js';
import { MenuButtonController } from './space-menu.js';
import { CompanyProfileRequestedEvent, SpaceSwitchedEvent, SpacesDissociatedEvent, SpacesLinkedEvent } from './space-switcher.events.js';
import { styles } from './space-switcher.styles.js';

/** What `<space-switcher>` loads: the spaces, and the company's login (for the texts; absent when it could not be read). */
interface SpacesData {
  readonly status: SpacesStatus;
  readonly companyLogin: string | undefined;
}

/** A refusal with its reason (core's `SpacesRefusalReason`), or a failure to retry. */
type Problem = { readonly kind: 'refused'; readonly reason: SpacesRefusalReason } | { readonly kind: 'failed'; readonly failure: ApiFailure; readonly retry: () => void };

/** The last thing done, said politely. */
type Notice = { readonly kind: 'linked' } | { readonly kind: 'switched'; readonly space: SpaceKind };

let uid = 0;

/** A 422's issues on the dissociation's fields (`{ field, issue }` of core's checks), as messages. */
function serverIssues(failure: ApiFailure): Partial<Record<DissociationField, FieldError>> | undefined {
  if (passportProblemOfFailure(failure) !== 'validation') return undefined;
  const list = problemOf(failure)?.['errors'];
  const errors: Partial<Record<DissociationField, FieldError>> = {};
  for (const e of Array.isArray(list) ? (list as { field?: unknown; issue?: unknown }[]) : []) {
    const field = DISSOCIATION_FIELDS.find((f) => f === e.field);
    if (field && (PASSPORT_FIELD_ISSUES as readonly unknown[]).includes(e.issue)) errors[field] ??= fieldIssueMessageKey(e.issue as PassportFieldIssue);
  }
  return Object.keys(errors).length ? errors : undefined;
}

/** The reason of a `/problems/spaces-refused` (409), if it is one core knows. */
function refusalOf(failure: ApiFailure): SpacesRefusalReason | undefined {
  if (passportProblemOfFailure(failure) !== 'spacesRefused') return undefined;
  const reason = problemOf(failure)?.['reason'];
  return (SPACES_REFUSAL_REASONS as readonly unknown[]).includes(reason) ? (reason as SpacesRefusalReason) : undefined;
}

/**
 * PP-SPACES — « Lier vos espaces » (seed 004): the spaces of the signed-in referent (company,
 * user, trainer) and whether they are linked; link them (optional, reversible, it « n’a un impact
 * que sur votre modalité d’accès »; a missing user account is created by the link); once linked,
 * go from one to another with the « onglet déroulant » at the top (a menu button); « Avoir un
 * accès distinct à mon compte utilisateur » (a new e-mail and password for the user account) ends
 * on the seed's « DISTINGUER MES ESPACES » screen, which reminds that the handover is done from
 * the company information.
 *
 * The rules are core's (`spaces.ts`: who may link, the dissociation's checks); the server applies
 * them again and its refusals are shown with their reason. It needs the passport session the
 * provider shares (set by `<passport-login>`); without one it invites to sign in.
 *
 * Rendered in the light DOM (password managers find the new user login and password); style it
 * with the `--vigie-*` tokens and these classes: `vigie-spaces` (root), `vigie-menu-button`,
 * `vigie-menu-list`, `vigie-menu-item`, `vigie-spaces-card`, `vigie-spaces-done`, and the shared
 * ones (`vigie-panel-message`, `vigie-form`, `vigie-field`, `vigie-input`, `vigie-button`…).
 *
 * @tagname space-switcher
 * @summary Linked spaces of the passport referent: link, switch, dissociate (PP-SPACES).
 * @fires {SpacesLinkedEvent} spaces-linked - The spaces were linked (`spaces`: the linked ones, `active`).
 * @fires {SpaceSwitchedEvent} space-switched - The person moved to another linked space (`space`, `previous`): show its pages.
 * @fires {SpacesDissociatedEvent} spaces-dissociated - The user account got its own login (`userLogin`).
 * @fires {CompanyProfileRequestedEvent} company-profile-requested - « Informations de l’entreprise » was pressed after a dissociation (`href`). Cancelable: `preventDefault()` to show `<company-profile>` yourself.
 * @fires {PassportLoginRequestedEvent} passport-login-requested - « Se connecter » was pressed (`reason`: `signed-out` or `session-expired`; `href`). Cancelable.
 * @cssprop --space-switcher-max-width - The widest the widget grows (default `40rem`).
 * @cssprop --vigie-color-accent - Buttons, links, the menu's current item.
 * @cssprop --vigie-color-surface - Menu and form backgrounds.
 * @cssprop --vigie-color-surface-raised - Background of the explanation cards.
 * @cssprop --vigie-color-border - Borders and separators.
 * @cssprop --vigie-color-success-fg - Confirmations.
 * @cssprop --vigie-color-danger-fg - Refusals and errors.
 * @cssprop --vigie-radius - Corner radius.
 */
export class SpaceSwitcher extends LightDomElement {
  static override messages = [passportCoreMessages, passportSpacesMessages];

  static override lightStyles = [formStyles, panelStyles, styles];

  /** Where « Se connecter » leads when there is no session (or it expired). */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** Where « Informations de l’entreprise » leads after a dissociation (the page of `<company-profile>`). */
  @property({ attribute: 'company-href' }) companyHref?: string;

  /** The dissociation form is open (« Avoir un accès distinct à mon compte utilisateur »). Set it to open the form. */
  @property({ type: Boolean, reflect: true }) dissociating = false;

  @state() private data?: SpacesData;
  @state() private busy?: 'link' | 'switch';
  @state() private problem?: Problem;
  @state() private notice?: Notice;
  /** The logins of the seed's « DISTINGUER MES ESPACES » screen, after a dissociation. */
  @state() private dissociated?: { readonly userLogin: string; readonly companyLogin: string | undefined };

  readonly #id = `vigie-spaces-${++uid}`;

  readonly #session = new PassportSessionController(
    this,
    () => this.services,
    (session, previous) => {
      // Another session: what was open or said was for the previous one (a first session keeps `dissociating`).
      if (previous) this.#resetFlows();
      this.data = undefined;
      if (session) void this.#reload();
      else this.#load.state = { status: 'idle' };
    },
  );

  readonly #load = new LoadController<SpacesData>(
    this,
    async (signal) => {
      const api = await import('@vigie/core/passport/api');
      const opts = { session: this.#session.session, signal };
      const [status, company] = await Promise.all([
        api.getSpaces(this.services!.client, opts),
        // Only for the texts (the login to keep, the dissociation's « other address »): optional.
        api.getCompany(this.services!.client, opts).catch(() => undefined),
      ]);
      return { status, companyLogin: company?.referent.email };
    },
    (data) => (this.data = data),
  );

  readonly #menu = new MenuButtonController<SpaceKind>(this, `${this.#id}-switch`, (space) => void this.#switch(space));

  readonly #dissociation = this.createForm({
    fields: {
      userLogin: {
        kind: 'email',
        label: 'passport.spaces.dissociate.userLogin',
        hint: () =>
          this.data?.companyLogin
            ? this.t('passport.spaces.dissociate.userLogin.hint', { login: this.data.companyLogin })
            : this.t('passport.spaces.dissociate.userLogin.hintUnknown'),
        required: true,
        autocomplete: 'username',
      },
      password: { kind: 'new-password', label: 'passport.spaces.dissociate.password', hint: () => this.t('passport.spaces.dissociate.password.hint', { min: PASSWORD_MIN_LENGTH }), required: true },
      passwordConfirmation: { kind: 'new-password', label: 'passport.spaces.dissociate.passwordConfirmation', required: true },
    },
    validators: {
      userLogin: (_v, values) => this.#dissociationIssue('userLogin', values),
      password: (_v, values) => this.#dissociationIssue('password', values),
      passwordConfirmation: (_v, values) => this.#dissociationIssue('passwordConfirmation', values),
    },
    submit: async (values, { signal }) => {
      const api = await import('@vigie/core/passport/api');
      const status = await api.dissociateSpaces(this.services!.client, { userLogin: values.userLogin, password: values.password }, { session: this.#session.session, signal });
      return { status, userLogin: values.userLogin };
    },
    onSuccess: ({ status, userLogin }) => void this.#dissociatedAs(status, userLogin),
    onFailure: (failure) => this.#dissociationFailed(failure),
  });

  /** Loads the spaces again (after a failure). */
  refresh(): Promise<void> {
    return this.#session.session ? this.#reload() : Promise.resolve();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.#session.sync();
  }

  async #reload(): Promise<void> {
    const session = this.#session.session;
    await this.#load.run();
    const state = this.#load.state;
    if (session === this.#session.session && state.status === 'error') this.#session.endIfRefused(state.failure);
  }

  #resetFlows(): void {
    this.dissociating = false;
    this.dissociated = undefined;
    this.problem = undefined;
    this.notice = undefined;
    this.#dissociation.reset();
    void this.#menu.close();
  }

  // ── intents ───────────────────────────────────────────────────────────────────────────────

  /** « Lier mes espaces »: one request at a time; a missing user account is created by the server. */
  async #link(): Promise<void> {
    if (this.busy) return;
    this.busy = 'link';
    this.problem = undefined;
    this.notice = undefined;
    try {
      const api = await import('@vigie/core/passport/api');
      const status = await api.linkSpaces(this.services!.client, { session: this.#session.session });
      this.#setStatus(status);
      this.notice = { kind: 'linked' };
      const event = new SpacesLinkedEvent(status.spaces, status.active);
      this.dispatchEvent(event);
      await this.#focus('.vigie-spaces-notice');
    } catch (e) {
      this.#failed(failureOf(e), () => void this.#link());
    } finally {
      this.busy = undefined;
    }
  }

  /** The menu's choice: the server moves the person; the host is told, to show that space. */
  async #switch(space: SpaceKind): Promise<void> {
    const previous = this.data?.status.active;
    if (this.busy || !previous || space === previous) return;
    this.busy = 'switch';
    this.problem = undefined;
    this.notice = undefined;
    try {
      const api = await import('@vigie/core/passport/api');
      const status = await api.switchSpace(this.services!.client, space, { session: this.#session.session });
      this.#setStatus(status);
      this.notice = { kind: 'switched', space: status.active };
      const event = new SpaceSwitchedEvent(status.active, previous);
      this.dispatchEvent(event);
    } catch (e) {
      this.#failed(failureOf(e), () => void this.#switch(space));
    } finally {
      this.busy = undefined;
    }
  }

  #failed(failure: ApiFailure, retry: () => void): void {
    if (this.#session.endIfRefused(failure)) return;
    const reason = refusalOf(failure);
    this.problem = reason ? { kind: 'refused', reason } : { kind: 'failed', failure, retry };
  }

  #setStatus(status: SpacesStatus): void {
    this.data = { status, companyLogin: this.data?.companyLogin };
  }

  async #openDissociation(): Promise<void> {
    this.problem = undefined;
    this.notice = undefined;
    this.dissociating = true;
    await this.updateComplete;
    this.querySelector<HTMLInputElement>(`#${this.#id}-dissociate input`)?.focus();
  }

  async #closeDissociation(): Promise<void> {
    this.dissociating = false;
    this.#dissociation.reset();
    await this.#focus('.vigie-spaces-dissociate-open');
  }

  #dissociationIssue(field: DissociationField, values: { userLogin: string; password: string; passwordConfirmation: string }): FieldError | undefined {
    const issue = checkDissociation(values, this.data?.companyLogin ?? '')[field];
    return issue ? fieldIssueMessageKey(issue) : undefined;
  }

  async #dissociatedAs(status: SpacesStatus, userLogin: string): Promise<void> {
    this.#setStatus(status);
    this.dissociating = false;
    this.#dissociation.reset();
    this.dissociated = { userLogin, companyLogin: this.data?.companyLogin };
    const event = new SpacesDissociatedEvent(userLogin);
    this.dispatchEvent(event);
    await this.#focus('.vigie-spaces-done-title');
  }

  #dissociationFailed(failure: ApiFailure): boolean {
    if (this.#session.endIfRefused(failure)) return true;
    const reason = refusalOf(failure);
    if (reason === 'invalid-email' || reason === 'same-email') {
      void this.#dissociation.setErrors({ userLogin: fieldIssueMessageKey(reason) });
      return true;
    }
    if (reason) {
      this.problem = { kind: 'refused', reason };
      return true;
    }
    if (passportProblemOfFailure(failure) === 'emailUnavailable') {
      void this.#dissociation.setErrors({ userLogin: 'passport.spaces.dissociate.emailUnavailable' });
      return true;
    }
    const errors = serverIssues(failure);
    if (!errors) return false;
    void this.#dissociation.setErrors(errors);
    return true;
  }

  /** « Ok » on the confirmation screen: back to the spaces, now separate. */
  async #acknowledge(): Promise<void> {
    this.dissociated = undefined;
    await this.#focus('.vigie-spaces-state');
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(`.vigie-spaces ${selector}`)?.focus();
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    return html`<div class="vigie-scope vigie-panel vigie-spaces">
      <h2 class="vigie-panel-heading">${this.t('passport.spaces.title')}</h2>
      ${this.#renderBody()}
    </div>`;
  }

  #renderBody() {
    if (!this.#session.session) return this.#renderSignedOut();
    const state = this.#load.state;
    if (state.status === 'error') {
      return failureMessage({
        title: this.t('passport.spaces.loadError'),
        detail: this.services!.describeFailure(state.failure),
        retry: { label: this.t('common.retry'), onRetry: () => void this.refresh() },
      });
    }
    if (!this.data) {
      return html`<div class="vigie-spaces-loading" aria-busy="true">
        <p class="vigie-panel-loading" role="status"><span class="vigie-spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>
      </div>`;
    }
    if (this.dissociated) return this.#renderDissociated(this.dissociated);
    return this.#renderSpaces(this.data);
  }

  #renderSignedOut() {
    const expired = this.#session.expired;
    return signedOutNotice({
      expired,
      text: this.t(expired ? 'passport.spaces.sessionExpired' : 'passport.spaces.signedOut'),
      className: 'vigie-spaces-signed-out',
      action: passportLoginAction(this, { label: this.t('passport.spaces.signIn'), href: this.loginHref, reason: this.#session.reason, className: 'vigie-button vigie-spaces-sign-in' }),
    });
  }

  #renderSpaces({ status, companyLogin }: SpacesData) {
    return html`${status.linked ? this.#renderMenu(status) : this.#renderCurrent(status)}
      <p class="vigie-spaces-state" tabindex="-1">${this.t(status.linked ? 'passport.spaces.status.linked' : 'passport.spaces.status.separate')}</p>
      ${status.linked ? this.#renderLinkedList(status, companyLogin) : nothing}
      <div class="vigie-panel-result" role="status">${this.#renderNotice()}</div>
      ${this.#renderProblem()} ${status.linked ? this.#renderDissociation() : this.#renderLink()}`;
  }

  #renderCurrent(status: SpacesStatus) {
    return html`<p class="vigie-spaces-current">
      <span class="vigie-spaces-current-label">${this.t('passport.spaces.current')}</span>
      <strong>${this.t(spaceMessageKey(status.active))}</strong>
    </p>`;
  }

  #renderMenu(status: SpacesStatus) {
    return html`<div class="vigie-spaces-switch">
      ${this.#menu.render({
        items: status.spaces.map((s) => ({ value: s, label: this.t(spaceMessageKey(s)) })),
        current: status.active,
        button: html`<span class="vigie-spaces-current-label">${this.t('passport.spaces.current')}</span> <strong>${this.t(spaceMessageKey(status.active))}</strong>`,
        label: this.t('passport.spaces.menu.label'),
        currentNote: this.t('passport.spaces.menu.current'),
        busy: this.busy === 'switch',
      })}
      <p class="vigie-status" role="status">${this.busy === 'switch' ? this.t('passport.spaces.switching') : nothing}</p>
    </div>`;
  }

  #renderLinkedList(status: SpacesStatus, companyLogin: string | undefined) {
    return html`<div class="vigie-spaces-linked">
      <p class="vigie-spaces-linked-title" id="${this.#id}-linked">${this.t('passport.spaces.list.linked')}</p>
      <ul class="vigie-spaces-list" aria-labelledby="${this.#id}-linked">
        ${status.spaces.map((s) => html`<li>${checkCircleIcon}<span>${this.t(spaceMessageKey(s))}</span></li>`)}
      </ul>
      ${companyLogin ? html`<p class="vigie-spaces-login">${this.t('passport.spaces.login', { login: companyLogin })}</p>` : nothing}
    </div>`;
  }

  #renderNotice() {
    const n = this.notice;
    if (!n) return nothing;
    const text =
      n.kind === 'linked'
        ? this.t('passport.spaces.link.done')
        : this.t('passport.spaces.switched', { space: this.t(spaceMessageKey(n.space)) });
    return html`<p class="vigie-panel-message vigie-panel-message--success vigie-spaces-notice" tabindex="-1">${checkCircleIcon}<span>${text}</span></p>`;
  }

  #renderProblem() {
    const p = this.problem;
    if (!p) return nothing;
    return html`<div class="vigie-panel-message vigie-panel-message--error vigie-spaces-problem" role="alert">
      ${errorIcon}
      <div class="vigie-panel-message-body">
        <p class="vigie-panel-message-title">${this.t(p.kind === 'refused' ? 'passport.spaces.refused' : 'form.failure.title')}</p>
        <p>${p.kind === 'refused' ? this.t(spacesRefusalMessageKey(p.reason)) : this.services!.describeFailure(p.failure)}</p>
        ${p.kind === 'failed' ? html`<button type="button" class="vigie-button vigie-button--secondary" @click=${p.retry}>${this.t('common.retry')}</button>` : nothing}
      </div>
    </div>`;
  }

  /** The seed's « Comprendre cette fonctionnalité », then « Lier mes espaces ». */
  #renderLink() {
    const busy = this.busy === 'link';
    const titleId = `${this.#id}-link-title`;
    return html`<section class="vigie-spaces-card" aria-labelledby=${titleId}>
      <h3 class="vigie-spaces-card-title" id=${titleId}>${this.t('passport.spaces.link.title')}</h3>
      <p>${this.t('passport.spaces.link.intro')}</p>
      <dl class="vigie-spaces-terms">
        <div>
          <dt>${this.t('passport.spaces.link.optional.title')}</dt>
          <dd>${this.t('passport.spaces.link.optional')}</dd>
        </div>
        <div>
          <dt>${this.t('passport.spaces.link.reversible.title')}</dt>
          <dd>${this.t('passport.spaces.link.reversible')}</dd>
        </div>
      </dl>
      <p>${this.t('passport.spaces.link.unchanged')}</p>
      <ul class="vigie-spaces-notes">
        <li>${infoIcon}<span>${this.t('passport.spaces.link.criteria')}</span></li>
        <li>${infoIcon}<span>${this.t('passport.spaces.link.newUser')}</span></li>
        <li>${infoIcon}<span>${this.t('passport.spaces.link.after')}</span></li>
      </ul>
      <div class="vigie-panel-actions">
        <button type="button" class="vigie-button vigie-spaces-link" aria-disabled=${busy ? 'true' : nothing} @click=${() => void this.#link()}>
          ${busy ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span>${this.t('passport.spaces.link.submit')}</span>
        </button>
        <p class="vigie-status" role="status">${busy ? this.t('form.submitting') : nothing}</p>
      </div>
    </section>`;
  }

  /** « Avoir un accès distinct à mon compte utilisateur »: the button, then its form. */
  #renderDissociation() {
    const panelId = `${this.#id}-dissociate`;
    return html`<section class="vigie-spaces-section">
      <button
        type="button"
        class="vigie-button vigie-button--secondary vigie-spaces-dissociate-open"
        aria-expanded=${this.dissociating ? 'true' : 'false'}
        aria-controls=${panelId}
        @click=${() => void (this.dissociating ? this.#closeDissociation() : this.#openDissociation())}
      >
        ${this.t('passport.spaces.dissociate.open')}
      </button>
      <div class="vigie-spaces-panel" id=${panelId} ?hidden=${!this.dissociating}>${this.dissociating ? this.#renderDissociationForm() : nothing}</div>
    </section>`;
  }

  #renderDissociationForm() {
    const f = this.#dissociation;
    return f.renderForm(
      html`<p>${this.t('passport.spaces.dissociate.intro')}</p>
        ${requiredNote(f)} ${textField(f.field('userLogin'))} ${passwordField(f.field('password'))}
        ${passwordField(f.field('passwordConfirmation'), { enterKeyHint: 'send' })}
        <div class="vigie-actions">
          ${submitButton(f, this.t('passport.spaces.dissociate.submit'))}
          <button type="button" class="vigie-button vigie-button--secondary" @click=${() => void this.#closeDissociation()}>${this.t('passport.spaces.dissociate.cancel')}</button>
        </div>`,
      { label: this.t('passport.spaces.dissociate.open') },
    );
  }

  /** The seed's « DISTINGUER MES ESPACES » screen, then its reminders and the way to the handover. */
  #renderDissociated(d: { readonly userLogin: string; readonly companyLogin: string | undefined }) {
    const href = safeHref(this.companyHref);
    const onCompany = (e: Event) => {
      const event = new CompanyProfileRequestedEvent(href);
      this.dispatchEvent(event);
      if (event.defaultPrevented) e.preventDefault();
    };
    const link = href
      ? html`<a class="vigie-spaces-company-link" href=${href} @click=${onCompany}>${this.t('passport.spaces.done.handover.link')}</a>`
      : html`<button type="button" class="vigie-panel-link vigie-spaces-company-link" @click=${onCompany}>${this.t('passport.spaces.done.handover.link')}</button>`;
    return html`<section class="vigie-spaces-done" aria-labelledby="${this.#id}-done">
      <h3 class="vigie-spaces-done-title" id="${this.#id}-done" tabindex="-1">${this.t('passport.spaces.done.title')}</h3>
      <p>${this.t('passport.spaces.done.intro')}</p>
      <ol class="vigie-spaces-accounts">
        <li>
          <p class="vigie-spaces-account">${this.t('passport.spaces.done.company')}</p>
          <p>${d.companyLogin ? this.t('passport.spaces.done.login', { login: d.companyLogin }) : this.t('passport.spaces.done.company.loginUnknown')}</p>
          <p>${this.t('passport.spaces.done.company.password')}</p>
        </li>
        <li>
          <p class="vigie-spaces-account">${this.t('passport.spaces.done.user')}</p>
          <p>${this.t('passport.spaces.done.login', { login: d.userLogin })}</p>
          <p>${this.t('passport.spaces.done.user.password')}</p>
        </li>
      </ol>
      <p class="vigie-spaces-trainer">${infoIcon}<span>${this.t('passport.spaces.done.trainer')}</span></p>
      <p class="vigie-panel-note">${this.t('passport.spaces.done.reminder')}</p>
      <p class="vigie-spaces-handover">${withParts(this.t('passport.spaces.done.handover'), { link })}</p>
      <p class="vigie-panel-actions">
        <button type="button" class="vigie-button vigie-spaces-ok" @click=${() => void this.#acknowledge()}>${this.t('passport.spaces.done.ok')}</button>
      </p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'space-switcher': SpaceSwitcher;
  }
}
