import { vaultMessages, vaultProblemOfFailure } from '@vigie/core';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  checkEmailChange,
  formatSupportHours,
  isEmail,
  passwordLength,
  problemOf,
  supportMailHref,
  supportPhoneHref,
  type ApiFailure,
  type MessageKey,
  type Params,
  type VaultProfile as Profile,
  type VaultSession,
} from '@vigie/core';
import { LoadController } from '../../base/load-controller.js';
import { LightDomElement, formStyles, passwordField, requiredNote, submitButton, textField, type FieldError } from '../../base/forms/index.js';
import { VaultLoginRequestedEvent, type VaultLoginReason } from '../vault-activation/vault-activation.events.js';
import { VaultPasswordChangedEvent } from '../vault-password-reset/vault-password-reset.events.js';
import { VaultEmailChangedEvent } from './vault-profile.events.js';
import { styles } from './vault-profile.styles.js';
import { icon } from '../../base/forms/light-icons.js';
import { lengthStatus, newPasswordError, type LengthStatus } from '../password-feedback.js';

/** Whether the server's field issue has a message of its own in the vault catalog. */
const hasKey = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(vaultMessages.fr, key);

/** The forms of the profile that can be open (one at a time). */
export const PROFILE_FORMS = ['email', 'password'] as const;
export type ProfileForm = (typeof PROFILE_FORMS)[number];


const checkIcon = icon(svg`<path d="M20 6 9 17l-5-5"/>`);
const errorIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 8v4"/><path d="M12 16h.01"/>`);
const lockIcon = icon(svg`<rect x="3" y="11" width="18" height="11" rx="2"/><path d="M7 11V7a5 5 0 0 1 10 0v4"/>`);
const mailIcon = icon(svg`<rect x="2" y="4" width="20" height="16" rx="2"/><path d="m22 7-10 6L2 7"/>`);
const keyIcon = icon(svg`<circle cx="7.5" cy="15.5" r="5.5"/><path d="m21 2-9.6 9.6"/><path d="m15.5 7.5 3 3L22 7l-3-3"/>`);


/** The server refused the vault session (expired, or unknown): sign in again. */
const isSessionRefused = (failure: ApiFailure): boolean =>
  vaultProblemOfFailure(failure) === 'sessionRequired' || ((failure.kind === 'http' || failure.kind === 'conflict') && failure.status === 401);


let uid = 0;

/**
 * VA-PROFILE — « Mes informations de profil » of the payslip vault (seed 002, questions 2, 3
 * and 4): the person's name, identifier (only its last 4 digits shown), personal e-mail and
 * employer; change the e-mail (new address twice → saved; it is also the second sign-in
 * identifier) and « Changer de mot de passe » (current password + new one twice, the policy of
 * core: at least 11 characters, no composition rule).
 *
 * It works with the vault session the provider shares between vault widgets (set by
 * `<vault-login>` or `<vault-activation>`; never stored anywhere else). Without one it invites
 * to sign in; when the server refuses the session (it expired) it clears it for every widget of
 * the provider and says so.
 *
 * Rendered in the light DOM (password managers find the `current-password` / `new-password`
 * inputs); style it with the `--vigie-*` tokens and these classes: `vigie-profile` (root),
 * `vigie-profile-title`, `vigie-profile-facts`, `vigie-profile-note`, `vigie-profile-notice`
 * (+ `--success`, `--danger`, `--info`), `vigie-profile-section`, `vigie-profile-toggle`,
 * `vigie-profile-panel`, `vigie-profile-action`, `vigie-profile-count`, and the shared form classes
 * (`vigie-form`, `vigie-field`, `vigie-input`, `vigie-button`…).
 *
 * @tagname vault-profile
 * @summary The vault profile: see it, change the e-mail, change the password (VA-PROFILE).
 * @fires {VaultEmailChangedEvent} vault-email-changed - The personal e-mail was changed (`email`: the new one).
 * @fires {VaultPasswordChangedEvent} vault-password-changed - The password was changed (no payload: no secret leaves the widget).
 * @fires {VaultLoginRequestedEvent} vault-login-requested - « Se connecter » was pressed (no session, or an expired one; `href`, `reason`). Cancelable: `preventDefault()` keeps the page and lets the host show its own sign-in.
 * @cssprop --vigie-color-accent - Buttons, links.
 * @cssprop --vigie-color-surface - Field and panel backgrounds.
 * @cssprop --vigie-color-surface-raised - Background of the profile facts.
 * @cssprop --vigie-color-border - Separators.
 * @cssprop --vigie-color-success-fg - Confirmations.
 * @cssprop --vigie-color-danger-fg - Errors.
 * @cssprop --vigie-radius - Corner radius.
 */
export class VaultProfile extends LightDomElement {
  static override messages = [vaultMessages];

  static override lightStyles = [formStyles, styles];

  /** Where « Se connecter » leads when there is no session (or it expired). */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** The form that is open: `email`, `password`, or none. Set it to open one (a host's « Changer de mot de passe » link). */
  @property({ reflect: true }) editing?: ProfileForm;

  /** The server refused the session: it expired (until a new session arrives). */
  @state() private expired = false;
  /** The last confirmation (e-mail or password changed), said politely. */
  @state() private saved?: MessageKey;
  @state() private typedLength = 0;
  @state() private lengthAnnouncement = '';

  readonly #id = `vigie-profile-${++uid}`;
  #session?: VaultSession;
  #lengthStatus: LengthStatus = '';

  readonly #load = new LoadController<Profile>(this, async (signal) => {
    const api = await import('@vigie/core/vault/api');
    return api.getVaultProfile(this.services!.client, { session: this.#session, signal });
  });

  readonly #emailForm = this.createForm({
    fields: {
      email: { kind: 'email', label: 'vault.profile.email.new', required: true, autocomplete: 'email' },
      emailConfirmation: { kind: 'email', label: 'vault.profile.email.confirm', required: true, autocomplete: 'email' },
    },
    validators: {
      email: (v, values) => this.#emailIssue('email', v, values.emailConfirmation),
      emailConfirmation: (v, values) => this.#emailIssue('emailConfirmation', values.email, v),
    },
    submit: async (values, { signal }) => {
      const api = await import('@vigie/core/vault/api');
      return api.changeVaultEmail(this.services!.client, { email: values.email, emailConfirmation: values.emailConfirmation }, { session: this.#session, signal });
    },
    onSuccess: (profile) => {
      this.#load.state = { status: 'success', value: profile };
      void this.#saved('email', 'vault.profile.email.saved');
      this.dispatchEvent(new VaultEmailChangedEvent(profile.email));
    },
    onFailure: (failure) => {
      if (isSessionRefused(failure)) return this.#expire();
      const name = vaultProblemOfFailure(failure);
      if (name === 'emailUnavailable') {
        void this.#emailForm.setErrors({ email: 'vault.profile.email.unavailable' });
        return true;
      }
      if (name === 'validation') {
        const errors = this.#fieldErrors(failure, ['email', 'emailConfirmation']);
        if (Object.keys(errors).length) {
          void this.#emailForm.setErrors(errors);
          return true;
        }
      }
      return false;
    },
  });

  readonly #passwordForm = this.createForm({
    fields: {
      currentPassword: { kind: 'current-password', label: 'vault.profile.password.current', required: true },
      newPassword: { kind: 'new-password', label: 'vault.password.new', hint: () => this.t('vault.password.rule', { min: PASSWORD_MIN_LENGTH }), required: true },
      confirmation: { kind: 'new-password', label: 'vault.password.confirm', required: true },
    },
    validators: {
      newPassword: newPasswordError,
      confirmation: (v, values) => (values.newPassword !== '' && v !== values.newPassword ? 'vault.password.error.mismatch' : undefined),
    },
    submit: async (values, { signal }) => {
      const api = await import('@vigie/core/vault/api');
      await api.changeVaultPassword(this.services!.client, { currentPassword: values.currentPassword, newPassword: values.newPassword }, { session: this.#session, signal });
    },
    onSuccess: () => {
      this.#resetLength();
      void this.#saved('password', 'vault.profile.password.saved');
      this.dispatchEvent(new VaultPasswordChangedEvent());
    },
    onFailure: (failure) => {
      this.#resetLength();
      if (isSessionRefused(failure)) return this.#expire();
      const name = vaultProblemOfFailure(failure);
      if (name === 'invalidCurrentPassword') {
        // One generic message, whatever the server's detail says.
        void this.#passwordForm.setErrors({ currentPassword: 'vault.profile.password.wrongCurrent' });
        return true;
      }
      if (name === 'passwordPolicy') {
        void this.#passwordForm.setErrors({ newPassword: 'vault.password.error.rejected' });
        return true;
      }
      return false;
    },
  });

  /** Loads the profile again (after a failure). */
  refresh(): Promise<void> {
    return this.#session ? this.#reload() : Promise.resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const session = this.services?.vaultSession;
    if (this.services && session !== this.#session) {
      // Another session (or none): what was open or said was for the previous one.
      if (this.#session) this.#closeForms();
      this.#session = session;
      this.saved = undefined;
      if (session) {
        this.expired = false;
        void this.#reload();
      } else this.#load.state = { status: 'idle' };
    }
    if (changed.has('editing') && this.editing !== undefined && !PROFILE_FORMS.includes(this.editing)) this.editing = undefined;
  }

  async #reload(): Promise<void> {
    const session = this.#session;
    await this.#load.run();
    const state = this.#load.state;
    if (session === this.#session && state.status === 'error' && isSessionRefused(state.failure)) this.#expire();
  }

  /** The server refused the session: it is cleared for every vault widget of the provider. */
  #expire(): true {
    this.expired = true;
    this.#closeForms();
    this.#load.state = { status: 'idle' };
    this.services?.setVaultSession(undefined);
    return true;
  }

  #closeForms(): void {
    this.editing = undefined;
    this.#emailForm.reset();
    this.#passwordForm.reset();
    this.#resetLength();
  }

  // ── the forms ─────────────────────────────────────────────────────────────────────────────

  #emailIssue(field: 'email' | 'emailConfirmation', email: string, confirmation: string): FieldError | undefined {
    const current = this.#load.state.status === 'success' ? this.#load.state.value.email : undefined;
    if (field === 'email' && email !== '' && !isEmail(email)) return 'vault.field.invalid-email';
    const issue = checkEmailChange(email, confirmation, current).find((i) => i.field === field)?.issue;
    return issue && issue !== 'required' ? (`vault.field.${issue}` as MessageKey) : undefined;
  }

  #fieldErrors<F extends string>(failure: ApiFailure, fields: readonly F[]): Partial<Record<F, FieldError>> {
    const list = problemOf(failure)?.['errors'];
    const out: Partial<Record<F, FieldError>> = {};
    for (const e of Array.isArray(list) ? (list as { field?: unknown; issue?: unknown }[]) : []) {
      const field = String(e.field ?? '') as F;
      const key = `vault.field.${String(e.issue)}`;
      if (fields.includes(field)) out[field] = hasKey(key) ? key : 'form.error.required';
    }
    return out;
  }

  async #toggle(form: ProfileForm): Promise<void> {
    const opening = this.editing !== form;
    this.#closeForms();
    this.saved = undefined;
    if (opening) this.editing = form;
    await this.updateComplete;
    if (opening) this.querySelector<HTMLInputElement>(`#${this.#id}-${form}-panel input:not([hidden])`)?.focus();
    else this.#focusToggle(form);
  }

  async #cancel(form: ProfileForm): Promise<void> {
    this.#closeForms();
    await this.updateComplete;
    this.#focusToggle(form);
  }

  async #saved(form: ProfileForm, message: MessageKey): Promise<void> {
    this.#closeForms();
    this.saved = message;
    await this.updateComplete;
    this.#focusToggle(form);
  }

  #focusToggle(form: ProfileForm): void {
    this.querySelector<HTMLElement>(`#${this.#id}-${form}-toggle`)?.focus();
  }

  #onPasswordInput = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    if (input.name !== 'newPassword') return;
    // Only the length is kept, in code points (an emoji counts 1).
    this.typedLength = passwordLength(input.value);
    const status = lengthStatus(this.typedLength);
    if (status !== this.#lengthStatus) {
      this.#lengthStatus = status;
      this.lengthAnnouncement = status === '' ? '' : this.#countText();
    }
  };

  #resetLength(): void {
    this.typedLength = 0;
    this.#lengthStatus = '';
    this.lengthAnnouncement = '';
  }

  #countText(): string {
    const n = this.typedLength;
    if (n > PASSWORD_MAX_LENGTH) return this.t('vault.password.error.too-long', { max: PASSWORD_MAX_LENGTH });
    return this.t('vault.password.count', { count: n, min: PASSWORD_MIN_LENGTH });
  }


  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    return html`<div class="vigie-scope vigie-profile">
      <h2 class="vigie-profile-title">${this.t('vault.profile.title')}</h2>
      ${this.#renderBody()}
    </div>`;
  }

  #renderBody() {
    if (!this.#session) return this.#renderSignedOut();
    const state = this.#load.state;
    if (state.status === 'error') {
      return html`<div class="vigie-profile-notice vigie-profile-notice--danger" role="alert">
        ${errorIcon}
        <div>
          <p class="vigie-profile-notice-title">${this.t('vault.profile.error')}</p>
          <p>${this.services!.describeFailure(state.failure)}</p>
          <button type="button" class="vigie-profile-action vigie-profile-action--secondary" @click=${() => void this.refresh()}>${this.t('common.retry')}</button>
        </div>
      </div>`;
    }
    if (state.status !== 'success') {
      return html`<div class="vigie-profile-loading" aria-busy="true">
        <p role="status"><span class="vigie-profile-spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>
        <div class="vigie-profile-skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
      </div>`;
    }
    return this.#renderProfile(state.value);
  }

  #renderSignedOut() {
    const reason: VaultLoginReason = this.expired ? 'session-expired' : 'signed-out';
    const message = this.expired ? this.t('vault.login.error.sessionExpired') : this.t('vault.profile.signedOut');
    const onClick = (e: Event) => {
      const event = new VaultLoginRequestedEvent(this.loginHref, reason);
      this.dispatchEvent(event);
      if (event.defaultPrevented) e.preventDefault();
    };
    const label = this.t('vault.login.submit');
    return html`<div class="vigie-profile-notice vigie-profile-notice--${this.expired ? 'danger' : 'info'}" role=${this.expired ? 'alert' : nothing}>
        ${lockIcon}
        <p>${message}</p>
      </div>
      <p class="vigie-profile-actions">
        ${this.loginHref
          ? html`<a class="vigie-profile-action" href=${this.loginHref} @click=${onClick}>${label}</a>`
          : html`<button type="button" class="vigie-profile-action" @click=${onClick}>${label}</button>`}
      </p>`;
  }

  #renderProfile(profile: Profile) {
    const last4 = profile.identifier.slice(-4);
    const masked = this.t('vault.profile.identifier.masked', { digits: last4 });
    const support = this.services!.support;
    return html`<dl class="vigie-profile-facts">
        <div>
          <dt>${this.t('vault.profile.name')}</dt>
          <dd>${profile.firstName} ${profile.lastName}</dd>
        </div>
        <div>
          <dt>${this.t('vault.profile.identifier')}</dt>
          <dd class="vigie-profile-identifier">
            ${masked ? html`<span class="vigie-sr-only">${masked}</span>` : nothing}<span aria-hidden=${masked ? 'true' : nothing}
              ><span aria-hidden="true">•••• •••• </span>${last4}</span
            >
          </dd>
        </div>
        <div>
          <dt>${this.t('vault.profile.email')}</dt>
          <dd>${profile.email}</dd>
        </div>
        ${profile.employer
          ? html`<div>
              <dt>${this.t('vault.paper.employer')}</dt>
              <dd>${profile.employer}</dd>
            </div>`
          : nothing}
      </dl>
      <ul class="vigie-profile-notes">
        <li>${this.t(`vault.profile.secondFactor.${profile.secondFactor}`)}</li>
        <li>
          ${this.t(profile.paperless ? 'vault.profile.paperless.on' : 'vault.profile.paperless.off')}
          ${profile.paperless
            ? nothing
            : html`<span class="vigie-profile-support">
                ${this.t('vault.support.contact', { email: support.email, phone: support.phone, hours: formatSupportHours(this.services!.locale, support.hours) })}
                <a href=${supportMailHref(support.email)}>${this.t('vault.support.email', { email: support.email })}</a>
                <a href=${supportPhoneHref(support.phone)}>${this.t('vault.support.phone', { phone: support.phone })}</a>
              </span>`}
        </li>
        <li>${this.t('vault.profile.identifierChange')}</li>
      </ul>
      <div class="vigie-profile-status" role="status">
        ${this.saved ? html`<p class="vigie-profile-notice vigie-profile-notice--success">${checkIcon}<span>${this.t(this.saved)}</span></p>` : nothing}
      </div>
      ${this.#renderSection('email', mailIcon, this.t('vault.profile.email.change'), () => this.#renderEmailForm())}
      ${this.#renderSection('password', keyIcon, this.t('vault.profile.password.change'), () => this.#renderPasswordForm(profile))}`;
  }

  #renderSection(form: ProfileForm, mark: unknown, label: string, content: () => unknown) {
    const open = this.editing === form;
    const toggleId = `${this.#id}-${form}-toggle`;
    const panelId = `${this.#id}-${form}-panel`;
    return html`<section class="vigie-profile-section${open ? ' is-open' : ''}">
      <button
        type="button"
        class="vigie-profile-toggle"
        id=${toggleId}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${panelId}
        @click=${() => void this.#toggle(form)}
      >
        ${mark}<span>${label}</span>
      </button>
      <div class="vigie-profile-panel" id=${panelId} ?hidden=${!open}>${open ? content() : nothing}</div>
    </section>`;
  }

  #cancelButton(form: ProfileForm) {
    const label = this.t('vault.profile.cancel');
    return html`<button type="button" class="vigie-button vigie-button--secondary" @click=${() => void this.#cancel(form)}>${label}</button>`;
  }

  #renderEmailForm() {
    const f = this.#emailForm;
    return f.renderForm(
      html`${requiredNote(f)} ${textField(f.field('email'))} ${textField(f.field('emailConfirmation'), { enterKeyHint: 'send' })}
        <div class="vigie-profile-buttons">${submitButton(f, this.t('vault.profile.email.save'))} ${this.#cancelButton('email')}</div>`,
      { labelledby: `${this.#id}-email-toggle` },
    );
  }

  #renderPasswordForm(profile: Profile) {
    const f = this.#passwordForm;
    const countId = `${this.#id}-count`;
    const status = lengthStatus(this.typedLength);
    return f.renderForm(
      html`${requiredNote(f)}
        <input class="vigie-profile-username" type="email" name="username" autocomplete="username" .value=${profile.email} readonly hidden />
        ${passwordField(f.field('currentPassword'))}
        <div class="vigie-profile-new-password" @input=${this.#onPasswordInput}>
          ${passwordField(f.field('newPassword'), { describedBy: countId })}
          <p class="vigie-profile-count${status === 'ok' ? ' is-ok' : status === 'long' ? ' is-long' : ''}" id=${countId}>
            ${status === 'ok' ? checkIcon : nothing}<span>${this.#countText()}</span>
          </p>
          <p class="vigie-sr-only" aria-live="polite">${this.lengthAnnouncement}</p>
        </div>
        ${passwordField(f.field('confirmation'), { enterKeyHint: 'send' })}
        <div class="vigie-profile-buttons">${submitButton(f, this.t('vault.profile.password.save'))} ${this.#cancelButton('password')}</div>`,
      { labelledby: `${this.#id}-password-toggle` },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vault-profile': VaultProfile;
  }
}
