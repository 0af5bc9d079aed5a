import { vaultMessages, vaultProblemOfFailure } from '@vigie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  PASSWORD_MIN_LENGTH,
  calendarDateOf,
  checkEmailChange,
  formatDateFr,
  formatTimeOfDay,
  isEmail,
  isVaultProfileForm,
  profileCallRunner,
  profileFlow,
  profileFocus,
  VAULT_PROFILE_FORMS,
  type MessageKey,
  type ProfileContext,
  type ProfileEvent,
  type ProfileRequest,
  type ProfileState,
  type VaultProfile as Profile,
} from '@vigie/core';
import { FlowController } from '../../base/flow-controller.js';
import {
  LightDomElement,
  formStyles,
  passwordField,
  requiredNote,
  submitButton,
  textField,
  type FieldError,
} from '../../base/forms/index.js';
import { VaultPasswordChangedEvent } from '../vault.events.js';
import { VaultEmailChangeRequestedEvent } from './vault-profile.events.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { failureMessage, signedOutNotice } from '../../base/forms/messages.js';
import { disclosureSection } from '../../base/forms/disclosure.js';
import { styles } from './vault-profile.styles.js';
import { checkIcon, keyIcon, mailIcon } from '../../base/forms/form-icons.js';
import { loginAction, serverFieldErrors, supportContact } from '../vault-helpers.js';
import { VaultSessionController } from '../vault-session.js';
import { PasswordLengthController, newPasswordError, refusedPasswordError } from '../../base/forms/password-feedback.js';

/** The forms of the profile that can be open (one at a time). */
export const PROFILE_FORMS = VAULT_PROFILE_FORMS;
export type ProfileForm = (typeof PROFILE_FORMS)[number];

let uid = 0;

/**
 * VA-PROFILE — « Mes informations de profil » of the payslip vault (seed 002, questions 2, 3
 * and 4): the person's name, identifier (only its last 4 digits shown), personal e-mail and
 * employer; change the e-mail (new address twice → saved; it is also the second sign-in
 * identifier) and « Changer de mot de passe » (current password + new one twice, the policy of
 * core: at least 11 characters, no composition rule).
 *
 * X-SEC: the e-mail is a login identifier, so changing it asks for the current password (a wrong
 * one counts toward the account's lock, and a lock is said with its end), and the new address
 * becomes a login only once its owner follows the link e-mailed to it
 * (`<vault-email-confirmation>`). Meanwhile the profile shows the change as pending and the
 * current address stays the login.
 *
 * It works with the vault session the provider shares between vault widgets (set by
 * `<vault-login>` or `<vault-activation>`; never stored anywhere else). Without one it invites
 * to sign in; when the server refuses the session (it expired) it clears it for every widget of
 * the provider and says so.
 *
 * Rendered in the light DOM (password managers find the `current-password` / `new-password`
 * inputs); style it with the `--vigie-*` tokens and these classes: `vigie-profile` (root, also
 * `vigie-panel`), `vigie-panel-heading`, `vigie-panel-facts`, `vigie-profile-notes`,
 * `vigie-panel-message` (+ `--success`, `--error`), `vigie-profile-section`, `vigie-profile-toggle`,
 * `vigie-profile-panel`, `vigie-panel-count` (the new password's live length), and the shared form
 * classes (`vigie-form`, `vigie-field`, `vigie-input`, `vigie-button`…).
 *
 * @tagname vault-profile
 * @summary The vault profile: see it, change the e-mail, change the password (VA-PROFILE).
 * @fires {VaultEmailChangeRequestedEvent} vault-email-change-requested - A change of the personal e-mail was accepted and waits for its confirmation link (`email`: the new, pending address).
 * @fires {VaultPasswordChangedEvent} vault-password-changed - The password was changed (no payload: no secret leaves the widget).
 * @fires {VaultLoginRequestedEvent} vault-login-requested - « Se connecter » was pressed (`reason`: `signed-out`, or `session-expired`; `href`). Cancelable: `preventDefault()` keeps the page and lets the host show its own sign-in.
 * @cssprop --vault-profile-max-width - The widest the widget grows (default `40rem`).
 * @cssprop --vigie-color-accent - Buttons, links.
 * @cssprop --vigie-color-surface - Field and panel backgrounds.
 * @cssprop --vigie-color-surface-raised - Background of the profile facts.
 * @cssprop --vigie-color-border - Separators.
 * @cssprop --vigie-color-success-fg - Confirmations.
 * @cssprop --vigie-color-danger-fg - Errors.
 * @cssprop --vigie-radius - Corner radius.
 */
/** The current password's error when the account is locked: until when, if the server said. */
function lockedError(lockedUntil: string | undefined): FieldError {
  const until = lockedUntil === undefined ? NaN : Date.parse(lockedUntil);
  return Number.isFinite(until) ? { key: 'vault.profile.email.locked', params: { time: formatTimeOfDay(until) } } : 'common.error.locked';
}

export class VaultProfile extends LightDomElement {
  static override messages = [vaultMessages];

  static override lightStyles = [formStyles, panelStyles, styles];

  /** Where « Se connecter » leads when there is no session (or it expired). */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** The form that is open: `email`, `password`, or none. Set it to open one (a host's « Changer de mot de passe » link). */
  @property({ reflect: true }) editing?: ProfileForm;

  readonly #id = `vigie-profile-${++uid}`;

  readonly #session = new VaultSessionController(
    this,
    () => this.services,
    (_session, previous) => {
      // Another session (or none): what was open or said was for the previous one.
      if (previous) this.editing = undefined;
      this.#flow.restart();
    },
  );

  readonly #length = new PasswordLengthController(this, 'newPassword', (key, params) => this.t(key, params));

  /** The form open at the last update: another one (or none) resets both forms. */
  #shown?: ProfileForm;

  // Before the flow's controller: its focus targets are marked when it looks for them.
  readonly #marks = this.addController({ hostUpdated: () => this.#markFocusTargets() });
  readonly #flow = new FlowController<ProfileState, ProfileEvent, ProfileRequest, ProfileContext>(this, {
    flow: profileFlow,
    clock: () => this.services!.clock,
    context: () => ({ now: this.services!.clock.now(), ...(isVaultProfileForm(this.editing) ? { editing: this.editing } : {}) }),
    run: profileCallRunner(
      () => this.services!.client,
      () => this.#session.session,
      () => import('@vigie/core/vault/api'),
    ),
    events: {
      'vault-email-change-requested': (d) => new VaultEmailChangeRequestedEvent((d as { email: string }).email),
      'vault-password-changed': () => new VaultPasswordChangedEvent(),
    },
  });

  /** The flow's state (tests, stories); undefined without a session. */
  get state(): ProfileState | undefined {
    return this.#flow.started ? this.#flow.state : undefined;
  }

  /** Resolves when no call is running (tests). */
  settled(): Promise<void> {
    return this.#flow.settled();
  }

  readonly #emailForm = this.createForm({
    fields: {
      email: { kind: 'email', label: 'vault.profile.email.new', required: true, autocomplete: 'email' },
      emailConfirmation: { kind: 'email', label: 'vault.profile.email.confirm', required: true, autocomplete: 'email' },
      currentPassword: {
        kind: 'current-password',
        label: 'vault.profile.password.current',
        hint: 'vault.profile.email.passwordHint',
        required: true,
      },
    },
    validators: {
      email: (v, values) => this.#emailIssue('email', v, values.emailConfirmation),
      emailConfirmation: (v, values) => this.#emailIssue('emailConfirmation', values.email, v),
    },
    submit: async (values, { signal }) => {
      const api = await import('@vigie/core/vault/api');
      return api.changeVaultEmail(
        this.services!.client,
        { email: values.email, emailConfirmation: values.emailConfirmation, currentPassword: values.currentPassword },
        { session: this.#session.session, signal },
      );
    },
    onSuccess: (profile) => this.#flow.send({ type: 'email-change-requested', profile }),
    onFailure: (failure) => {
      if (this.#session.endIfRefused(failure)) return true;
      // X-SEC: the current password is checked under the account's lock.
      if (failure.kind === 'locked') {
        void this.#emailForm.setErrors({ currentPassword: lockedError(failure.lockedUntil) });
        return true;
      }
      if (vaultProblemOfFailure(failure) === 'invalidCurrentPassword') {
        void this.#emailForm.setErrors({ currentPassword: 'vault.profile.password.wrongCurrent' });
        return true;
      }
      const errors = serverFieldErrors(failure, ['email', 'emailConfirmation', 'currentPassword'] as const);
      if (Object.keys(errors).length === 0) return false;
      void this.#emailForm.setErrors(errors);
      return true;
    },
  });

  readonly #passwordForm = this.createForm({
    fields: {
      currentPassword: { kind: 'current-password', label: 'vault.profile.password.current', required: true },
      newPassword: {
        kind: 'new-password',
        label: 'vault.password.new',
        hint: () => this.t('vault.password.rule', { min: PASSWORD_MIN_LENGTH }),
        required: true,
      },
      confirmation: { kind: 'new-password', label: 'vault.password.confirm', required: true },
    },
    validators: {
      newPassword: newPasswordError,
      confirmation: (v, values) => (values.newPassword !== '' && v !== values.newPassword ? 'vault.password.error.mismatch' : undefined),
    },
    submit: async (values, { signal }) => {
      const api = await import('@vigie/core/vault/api');
      await api.changeVaultPassword(
        this.services!.client,
        { currentPassword: values.currentPassword, newPassword: values.newPassword },
        { session: this.#session.session, signal },
      );
    },
    onSuccess: () => {
      this.#length.reset();
      this.#flow.send({ type: 'password-changed' });
    },
    onFailure: (failure) => {
      // The passwords stay after a failure that is not an answer (issue 8 #18): so does their count.
      if (this.#passwordForm.secretsCleared) this.#length.reset();
      if (this.#session.endIfRefused(failure)) return true;
      // X-SEC: a wrong current password counts toward the account's lock, as on the e-mail change.
      if (failure.kind === 'locked') {
        void this.#passwordForm.setErrors({ currentPassword: lockedError(failure.lockedUntil) });
        return true;
      }
      const name = vaultProblemOfFailure(failure);
      if (name === 'invalidCurrentPassword') {
        // One generic message, whatever the server's detail says.
        void this.#passwordForm.setErrors({ currentPassword: 'vault.profile.password.wrongCurrent' });
        return true;
      }
      if (name === 'passwordPolicy') {
        // Said by its reason: the current password again, a common one… (issue 8 #5).
        void this.#passwordForm.setErrors({ newPassword: refusedPasswordError(failure) });
        return true;
      }
      return false;
    },
  });

  /** Loads the profile again (after a failure). */
  refresh(): Promise<void> {
    if (!this.#session.session) return Promise.resolve();
    this.#flow.send({ type: 'load' });
    return this.#flow.settled();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#session.sync();
    if (changed.has('editing') && this.editing !== undefined && !PROFILE_FORMS.includes(this.editing)) this.editing = undefined;
    if (!this.#session.session) return;
    const state = this.#flow.state;
    // The host set `editing`: the flow follows; then the property says what the flow has open.
    if (changed.has('editing') && this.editing !== state.editing) this.#flow.send({ type: 'edit', form: this.editing });
    const open = this.#flow.state.editing;
    if (this.editing !== open) this.editing = open;
    if (open !== this.#shown) this.#closeForms();
    this.#shown = open;
    if (state.sessionRefused) this.#session.endIfRefused(state.sessionRefused);
  }

  /** Empties both forms (another one opened, or none). */
  #closeForms(): void {
    this.#emailForm.reset();
    this.#passwordForm.reset();
    this.#length.reset();
  }

  /** The flow's focus targets: each form's toggle, and the first field of the form open. */
  #markFocusTargets(): void {
    for (const form of PROFILE_FORMS) {
      this.querySelector(`#${this.#id}-${form}-toggle`)?.setAttribute('data-focus', profileFocus.toggle(form));
      this.querySelector(`#${this.#id}-${form}-panel input:not([hidden])`)?.setAttribute('data-focus', profileFocus.panel(form));
    }
  }

  // ── the forms ─────────────────────────────────────────────────────────────────────────────

  #emailIssue(field: 'email' | 'emailConfirmation', email: string, confirmation: string): FieldError | undefined {
    const current = this.state?.profile?.email;
    if (field === 'email' && email !== '' && !isEmail(email)) return 'vault.field.invalid-email';
    const issue = checkEmailChange(email, confirmation, current).find((i) => i.field === field)?.issue;
    return issue && issue !== 'required' ? `vault.field.${issue}` : undefined;
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    return html`<div class="vigie-scope vigie-panel vigie-profile">
      <h2 class="vigie-panel-heading">${this.t('vault.profile.title')}</h2>
      ${this.#renderBody()}
    </div>`;
  }

  #renderBody() {
    // The server refused the session: signed out (the provider is told in `willUpdate`).
    if (!this.#session.session || this.#flow.state.sessionRefused) return this.#renderSignedOut();
    const state = this.#flow.state;
    if (state.load === 'failed' && state.failure) {
      return failureMessage({
        title: this.t('vault.profile.error'),
        detail: this.services!.describeFailure(state.failure),
        retry: { label: this.t('common.retry'), onRetry: () => void this.refresh() },
      });
    }
    if (!state.profile) {
      return html`<div class="vigie-profile-loading" aria-busy="true">
        <p class="vigie-panel-loading" role="status"><span class="vigie-spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>
        <div class="vigie-profile-skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
      </div>`;
    }
    return this.#renderProfile(state.profile, state.saved);
  }

  #renderSignedOut() {
    const expired = this.#session.expired;
    return signedOutNotice({
      expired,
      text: this.t(expired ? 'vault.login.error.sessionExpired' : 'vault.profile.signedOut'),
      action: loginAction(this, {
        label: this.t('vault.login.submit'),
        href: this.loginHref,
        reason: this.#session.reason,
        className: 'vigie-button vigie-panel-action',
      }),
    });
  }

  #renderProfile(profile: Profile, saved: MessageKey | undefined) {
    const last4 = profile.identifier.slice(-4);
    const support = this.services!.support;
    return html`<dl class="vigie-panel-facts">
        <div>
          <dt>${this.t('vault.profile.name')}</dt>
          <dd>${profile.firstName} ${profile.lastName}</dd>
        </div>
        <div>
          <dt>${this.t('vault.profile.identifier')}</dt>
          <dd class="vigie-profile-identifier">
            <span class="vigie-sr-only">${this.t('vault.profile.identifier.masked', { digits: last4 })}</span
            ><span aria-hidden="true">•••• •••• ${last4}</span>
          </dd>
        </div>
        <div>
          <dt>${this.t('vault.profile.email')}</dt>
          <dd>${profile.email}</dd>
        </div>
        ${profile.pendingEmail ? this.#renderPending(profile.pendingEmail, profile.pendingEmailExpiresAt) : nothing}
        ${
          profile.employer
            ? html`<div>
              <dt>${this.t('vault.paper.employer')}</dt>
              <dd>${profile.employer}</dd>
            </div>`
            : nothing
        }
      </dl>
      <ul class="vigie-profile-notes">
        <li>${this.t(`vault.profile.secondFactor.${profile.secondFactor}`)}</li>
        <li>
          ${this.t(profile.paperless ? 'vault.profile.paperless.on' : 'vault.profile.paperless.off')}
          ${
            profile.paperless
              ? nothing
              : html`<span class="vigie-profile-support">${supportContact((key, params) => this.t(key, params), this.services!.locale, support)}</span>`
          }
        </li>
        <li>${this.t('vault.profile.identifierChange')}</li>
      </ul>
      <div class="vigie-panel-result" role="status">
        ${saved ? html`<p class="vigie-panel-message vigie-panel-message--success">${checkIcon}<span>${this.t(saved)}</span></p>` : nothing}
      </div>
      ${this.#renderSection('email', mailIcon, this.t('vault.profile.email.change'), () => this.#renderEmailForm(profile))}
      ${this.#renderSection('password', keyIcon, this.t('vault.profile.password.change'), () => this.#renderPasswordForm(profile))}`;
  }

  /** X-SEC: the new address waiting for its confirmation link; the current one stays the login. */
  #renderPending(email: string, expiresAt: string | undefined) {
    const until = expiresAt === undefined ? NaN : Date.parse(expiresAt);
    return html`<div class="vigie-profile-pending">
      <dt>${this.t('vault.profile.email.pending')}</dt>
      <dd>
        <span class="vigie-profile-pending-email">${email}</span>
        <span class="vigie-profile-pending-note"
          >${
            Number.isFinite(until)
              ? this.t('vault.profile.email.pendingNote', { date: formatDateFr(calendarDateOf(until)), time: formatTimeOfDay(until) })
              : this.t('vault.profile.email.pendingNote.noDate')
          }</span
        >
      </dd>
    </div>`;
  }

  #renderSection(form: ProfileForm, mark: TemplateResult, label: string, content: () => TemplateResult) {
    return disclosureSection({
      id: `${this.#id}-${form}`,
      open: this.editing === form,
      mark,
      label,
      onToggle: () => this.#flow.send({ type: 'toggle', form }),
      content,
      classes: { section: 'vigie-profile-section', toggle: 'vigie-profile-toggle', panel: 'vigie-profile-panel' },
    });
  }

  #buttons(form: ProfileForm, f: { readonly submitting: boolean; t(key: MessageKey): string }, label: string) {
    return html`<div class="vigie-actions">
      ${submitButton(f, label)}
      <button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.#flow.send({ type: 'cancel', form })}>${this.t('vault.profile.cancel')}</button>
    </div>`;
  }

  #renderEmailForm(profile: Profile) {
    const f = this.#emailForm;
    return f.renderForm(
      html`${requiredNote(f)} ${textField(f.field('email'))} ${textField(f.field('emailConfirmation'), { enterKeyHint: 'next' })}
        <input type="email" name="username" autocomplete="username" .value=${profile.email} readonly hidden />
        ${passwordField(f.field('currentPassword'), { enterKeyHint: 'send' })}
        <p class="vigie-hint vigie-profile-email-note">${this.t('vault.profile.email.confirmNote')}</p>
        ${this.#buttons('email', f, this.t('vault.profile.email.save'))}`,
      { labelledby: `${this.#id}-email-toggle` },
    );
  }

  #renderPasswordForm(profile: Profile) {
    const f = this.#passwordForm;
    const countId = `${this.#id}-count`;
    return f.renderForm(
      html`${requiredNote(f)}
        <input type="email" name="username" autocomplete="username" .value=${profile.email} readonly hidden />
        ${passwordField(f.field('currentPassword'))}
        <div class="vigie-panel-new-password" @input=${this.#length.onInput}>
          ${passwordField(f.field('newPassword'), { describedBy: countId })} ${this.#length.render(countId)}
        </div>
        ${passwordField(f.field('confirmation'), { enterKeyHint: 'send' })} ${this.#buttons('password', f, this.t('vault.profile.password.save'))}`,
      { labelledby: `${this.#id}-password-toggle` },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vault-profile': VaultProfile;
  }
}
