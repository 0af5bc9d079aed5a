import { vaultMessages } from '@vigie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError, type ApiFailure } from '@vigie/core/api';
import {
  isEmail,
  LINK_TOKEN_PARAMS,
  passwordLength,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  vaultProblemOf,
  type MessageKey,
} from '@vigie/core';
import { takeLinkToken } from '../../base/link-token.js';
import { LightDomElement, formStyles, passwordField, requiredNote, submitButton, textField } from '../../base/forms/index.js';
import { LoadController } from '../../base/load-controller.js';
import { VaultPasswordChangedEvent } from '../vault.events.js';
import { VaultResetRequestedEvent } from './vault-password-reset.events.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { passwordResetStyles } from './vault-password-reset.styles.js';
import { checkCircleIcon, checkIcon, errorIcon, mailIcon, warningIcon } from '../../base/forms/form-icons.js';
import { failureOf, isRetryableFailure, safeHref } from '../../base/forms/helpers.js';
import { loginAction } from '../vault-helpers.js';
import { lengthText, newPasswordError, passwordRefusalsOf, refusedPasswordError } from '../../base/forms/password-feedback.js';

/** Where the widget is: the request, its confirmation, or one of the reset link's states. */
export const PASSWORD_RESET_STEPS = [
  'request',
  'sent',
  'checking',
  'check-failed',
  'new-password',
  'expired',
  'used',
  'unknown',
  'done',
] as const;
export type PasswordResetStep = (typeof PASSWORD_RESET_STEPS)[number];

/** What the server said about a link (a 404 or any refused token is `unknown`). */
type LinkState = 'valid' | 'expired' | 'used' | 'unknown';

/** How long the typing pauses before the password feedback is read out (ms). */
const ANNOUNCE_DELAY_MS = 900;

/**
 * VA-RESET — « Mot de passe oublié » (seed 002, question 1), both halves:
 *
 * - **Request**: the identifier and the e-mail given at the first login → one generic
 *   confirmation, whatever the server answers (an unknown account, a 404 or a 400 included), so
 *   the page never reveals whether an account exists. Only a failure to reach the service
 *   (network, timeout, 5xx) shows a retry, and keeps what was typed.
 * - **Reset link** (the page the e-mail links to): the link's token comes from the `token`
 *   attribute or property, or from the page's URL: the reset links' own parameter `reset-token`
 *   (`token-param` renames it), never another kind's (an activation link on the same page is
 *   `<vault-activation>`'s). Once read, it is removed from the address bar (`history.replaceState`,
 *   other parameters kept: the shared `takeLinkToken`) and from the element (attribute and property): it lives in a private field
 *   only, until the link is spent. The server says first whether the link is valid, expired or
 *   used; a valid link asks for the new password twice (core's policy: at least 11 characters
 *   counted as a person counts them, no composition rule), with live, polite feedback; success
 *   says so and offers « Se connecter ».
 *
 * Light DOM (like every credential widget): the inputs are native, in a real `<form>`, where
 * password managers find them. Style it with the `--vigie-*` tokens and these classes:
 * `vigie-password-reset` (the root `<section>`), `vigie-panel-heading`, `vigie-panel-intro`,
 * `vigie-panel-result` (the live region of results), `vigie-panel-message` (+ `--success`,
 * `--warning`, `--error`), `vigie-panel-actions`, `vigie-panel-action` (« Se connecter », « Demander un nouveau lien »),
 * `vigie-panel-link`, `vigie-panel-count` (+ `is-ok`, `is-long`: the live count and the
 * mismatch note), and the form classes of base/forms (`vigie-form`, `vigie-field`, `vigie-input`,
 * `vigie-button`, `vigie-error-summary`, `vigie-failure`…). The current step is reflected in the
 * `step` attribute.
 *
 * @tagname vault-password-reset
 * @summary Forgotten vault password: the request and the reset-link page (VA-RESET).
 * @fires {VaultResetRequestedEvent} vault-reset-requested - The generic confirmation of a request is shown (no personal data; fired whatever the server answered).
 * @fires {VaultPasswordChangedEvent} vault-password-changed - The new password was accepted by the server.
 * @fires {VaultLoginRequestedEvent} vault-login-requested - « Se connecter » or « Retour à la connexion » was pressed; cancelable: cancel it to show your own login instead of following `login-href`.
 * @cssprop --vault-password-reset-max-width - Largest width of the widget (default 40rem).
 * @cssprop --vigie-color-accent - Buttons, links and the information border.
 * @cssprop --vigie-color-success-fg - The confirmation border and icon, and a long-enough password count.
 * @cssprop --vigie-color-warning-bg - Background of an expired, used or unknown link message.
 */
export class VaultPasswordReset extends LightDomElement {
  static override messages = [vaultMessages];

  static override lightStyles = [formStyles, panelStyles, passwordResetStyles];

  /**
   * The reset link's token, when the host has it (otherwise it is read from the URL). Write-only:
   * the element keeps it in a private field and removes the attribute at once; reading the
   * property always gives `undefined`. Setting it shows the reset-link page for that token.
   */
  @property()
  get token(): string | undefined {
    return undefined;
  }
  set token(value: string | null | undefined) {
    const token = value?.trim();
    // Out of the attribute at once (this setter runs again with null: nothing to do then).
    if (this.hasAttribute('token')) this.removeAttribute('token');
    if (token) this.#adoptToken(token);
  }

  /** The URL query parameter holding the token on the reset-link page (default `reset-token`: core's `LINK_TOKEN_PARAMS`). */
  @property({ attribute: 'token-param' }) tokenParam: string = LINK_TOKEN_PARAMS['vault-reset'];

  /** Where « Se connecter » leads (a web link). Without it, the button only fires `vault-login-requested`. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** The current step, reflected for host CSS. Read-only. */
  @property({ reflect: true }) step: PasswordResetStep = 'request';

  /** The link's token: never in state, an attribute, the URL or storage; forgotten once spent. */
  #token?: string;
  #urlRead = false;
  /** A step change the user caused: move focus to the heading once it renders. */
  #moveFocus = false;

  /** Live feedback of the new password: counts and a mismatch flag only, never the values. */
  @state() private pwCount = 0;
  @state() private pwMismatch = false;
  @state() private announcement = '';
  #announceTimer?: ReturnType<typeof setTimeout>;

  /** The Idempotency-Key of the current request values (the same values retried keep it). */
  #requestKey?: { readonly values: string; readonly key: string };

  readonly #request = this.createForm({
    fields: {
      identifier: { kind: 'username', label: 'vault.login.identifier', hint: 'vault.login.identifier.hint', required: true },
      email: { kind: 'email', label: 'vault.reset.email', required: true },
    },
    validators: {
      email: (v) => (isEmail(v) ? undefined : 'vault.field.invalid-email'),
    },
    submit: async (values, { signal }) => {
      const api = await import('@vigie/core/vault/api');
      const signature = `${values.identifier}\u0000${values.email}`;
      if (this.#requestKey?.values !== signature) this.#requestKey = { values: signature, key: api.newIdempotencyKey() };
      return api.requestVaultPasswordReset(this.services!.client, values.identifier, values.email, {
        signal,
        idempotencyKey: this.#requestKey.key,
      });
    },
    onSuccess: () => this.#showSent(),
    onFailure: (failure) => {
      if (isRetryableFailure(failure)) return false;
      // Whatever the refusal, the same confirmation: the page never tells whether an account exists.
      this.#showSent();
      return true;
    },
  });

  readonly #newPassword = this.createForm({
    fields: {
      password: {
        kind: 'new-password',
        label: 'vault.password.new',
        hint: () => this.t('vault.password.rule', { min: PASSWORD_MIN_LENGTH }),
        required: true,
      },
      confirmation: { kind: 'new-password', label: 'vault.password.confirm', required: true },
    },
    validators: {
      password: newPasswordError,
      confirmation: (v, values) => (v === values.password ? undefined : 'vault.password.error.mismatch'),
    },
    submit: async (values, { signal }) => {
      const token = this.#token;
      if (!token) throw new Error('No reset link');
      const api = await import('@vigie/core/vault/api');
      await api.resetVaultPassword(this.services!.client, token, values.password, { signal });
    },
    onSuccess: () => {
      this.#clearFeedback();
      this.#forgetToken();
      this.#go('done');
      const event = new VaultPasswordChangedEvent();
      this.dispatchEvent(event);
    },
    onFailure: (failure) => {
      // The passwords stay after a failure that is not an answer (issue 8 #18): so does their count.
      if (this.#newPassword.secretsCleared) this.#clearFeedback();
      return this.#onResetRefused(failure);
    },
  });

  readonly #status = new LoadController<LinkState>(
    this,
    async (signal) => {
      const api = await import('@vigie/core/vault/api');
      try {
        return (await api.getVaultResetLinkStatus(this.services!.client, this.#token!, { signal })).status;
      } catch (e) {
        const state = refusedLink(e);
        if (state) return state;
        throw e;
      }
    },
    (state) => this.#onLinkState(state),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#urlRead) {
      this.#urlRead = true;
      this.#readTokenFromUrl();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  /** Forgets any link and shows the request form (the « Mot de passe oublié ? » of a spent link). */
  startOver(): void {
    this.#forgetToken();
    this.#clearFeedback();
    this.#newPassword.reset();
    this.#go('request');
  }

  // ── the token ─────────────────────────────────────────────────────────────────────────────

  /** Takes this kind's token (only) out of the address bar (other parameters and the hash stay). */
  #readTokenFromUrl(): void {
    const value = takeLinkToken('vault-reset', this.tokenParam);
    // A token the host gave (attribute or property) wins over the URL's.
    if (value && !this.#token) this.#adoptToken(value);
  }

  #adoptToken(token: string): void {
    this.#token = token;
    this.#newPassword.reset();
    this.#clearFeedback();
    this.step = 'checking';
    // A check of an earlier token still running is abandoned (the controller's own abort).
    this.#status.hostDisconnected();
    this.#status.state = { status: 'idle' };
  }

  #forgetToken(): void {
    this.#token = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.step === 'checking') {
      const load = this.#status.state.status;
      if (load === 'error') this.step = 'check-failed';
      else if (load === 'idle' && this.services && this.#token) void this.#status.run();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#moveFocus && this.services) {
      this.#moveFocus = false;
      this.querySelector<HTMLElement>('.vigie-panel-heading')?.focus();
    }
  }

  // ── steps ─────────────────────────────────────────────────────────────────────────────────

  /** A step the user's action led to: focus follows (their button or form is gone). */
  #go(step: PasswordResetStep): void {
    this.step = step;
    this.#moveFocus = true;
  }

  #showSent(): void {
    this.#requestKey = undefined;
    // The identifier and e-mail are not needed any more: not even in memory.
    this.#request.reset();
    this.#go('sent');
    const event = new VaultResetRequestedEvent();
    this.dispatchEvent(event);
  }

  #onLinkState(state: LinkState): void {
    if (state === 'valid') {
      this.step = 'new-password';
    } else {
      this.#forgetToken();
      this.step = state;
    }
  }

  #retryCheck = () => {
    this.#moveFocus = true;
    this.step = 'checking';
    void this.#status.run();
  };

  /** A refused new password: the link's state, the policy, or (returning false) the notice and its retry. */
  #onResetRefused(failure: ApiFailure): boolean {
    const problem = vaultProblemOf(new ApiError(failure, 'POST vault/password-reset'));
    if (problem === 'tokenExpired' || problem === 'tokenUsed' || problem === 'tokenUnknown') {
      this.#forgetToken();
      this.#go(problem === 'tokenExpired' ? 'expired' : problem === 'tokenUsed' ? 'used' : 'unknown');
      return true;
    }
    if (problem === 'passwordPolicy') {
      // Said by its reason (too short, too common…): issue 8 #5.
      const list = passwordRefusalsOf(failure);
      void this.#newPassword.setErrors({
        password: refusedPasswordError(failure),
        ...(list.includes('mismatch') ? { confirmation: 'vault.password.error.mismatch' as const } : {}),
      });
      return true;
    }
    if (isRetryableFailure(failure) || !('status' in failure) || failure.kind === 'contract') return false;
    if (failure.status === 404 || failure.status === 410) {
      this.#forgetToken();
      this.#go('unknown');
      return true;
    }
    if (failure.status === 400 || failure.status === 422) {
      void this.#newPassword.setErrors({ password: 'vault.password.error.rejected' });
      return true;
    }
    return false;
  }

  // ── live password feedback ────────────────────────────────────────────────────────────────

  #onInput = (e: Event) => {
    if (this.step !== 'new-password') return;
    const name = (e.target as HTMLInputElement | null)?.name;
    if (name !== 'password' && name !== 'confirmation') return;
    const password = this.querySelector<HTMLInputElement>(`#${this.#newPassword.id}-password`)?.value ?? '';
    const confirmation = this.querySelector<HTMLInputElement>(`#${this.#newPassword.id}-confirmation`)?.value ?? '';
    this.pwCount = passwordLength(password);
    // A mismatch is said once the second entry can no longer become the first.
    this.pwMismatch = confirmation !== '' && !password.startsWith(confirmation);
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.announcement = [this.#countText(), this.pwMismatch ? this.t('vault.password.error.mismatch') : ''].filter(Boolean).join(' ');
    }, ANNOUNCE_DELAY_MS);
  };

  #clearFeedback(): void {
    clearTimeout(this.#announceTimer);
    this.pwCount = 0;
    this.pwMismatch = false;
    this.announcement = '';
  }

  #countText(): string {
    return lengthText((key, params) => this.t(key, params), this.pwCount);
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const headingId = `${this.#request.id}-heading`;
    const linkPage = this.step !== 'request' && this.step !== 'sent';
    return html`<section class="vigie-scope vigie-panel vigie-password-reset" aria-labelledby=${headingId} @input=${this.#onInput}>
      <h2 class="vigie-panel-heading" id=${headingId} tabindex="-1">${this.t(linkPage ? 'vault.reset.link.title' : 'vault.reset.title')}</h2>
      <div class="vigie-panel-result" role="status">${this.#renderResult()}</div>
      ${this.#renderBody()}
    </section>`;
  }

  /** What goes into the live region: the outcome of the last action, or the link check. */
  #renderResult() {
    switch (this.step) {
      case 'sent':
        return message('success', mailIcon, this.t('vault.reset.sent'));
      case 'checking':
        return html`<p class="vigie-panel-loading"><span class="vigie-spinner" aria-hidden="true"></span><span>${this.t('vault.reset.link.checking')}</span></p>`;
      case 'expired':
        return message('warning', warningIcon, this.t('vault.reset.link.expired'));
      case 'used':
        return message('warning', warningIcon, this.t('vault.reset.link.used'));
      case 'unknown':
        return message('warning', warningIcon, this.t('vault.reset.link.unknown'));
      case 'done':
        return message('success', checkCircleIcon, this.t('vault.reset.link.done'));
      default:
        return nothing;
    }
  }

  #renderBody() {
    switch (this.step) {
      case 'request':
        return this.#renderRequest();
      case 'sent':
        return this.#renderBackToLogin();
      case 'check-failed':
        return this.#renderCheckFailed();
      case 'new-password':
        return this.#renderNewPassword();
      case 'expired':
      case 'used':
      case 'unknown':
        return html`<div class="vigie-panel-actions">
          <button type="button" class="vigie-button vigie-panel-action" @click=${() => this.startOver()}>${this.t('vault.reset.link.newRequest')}</button>
        </div>`;
      case 'done':
        return this.#renderLogin('vault.login.submit', 'vigie-button vigie-panel-action');
      default:
        return nothing;
    }
  }

  #renderRequest() {
    const f = this.#request;
    return html`<p class="vigie-panel-intro">${this.t('vault.reset.intro')}</p>
      ${f.renderForm(
        html`${requiredNote(f)} ${textField(f.field('identifier'), { enterKeyHint: 'next' })} ${textField(f.field('email'), { enterKeyHint: 'send' })}
        ${submitButton(f, this.t('vault.reset.submit'))}`,
        { label: this.t('vault.reset.title') },
      )}
      ${this.#renderBackToLogin()}`;
  }

  /** « Retour à la connexion », where the host gave a login page. */
  #renderBackToLogin() {
    return safeHref(this.loginHref) ? this.#renderLogin('vault.reset.backToLogin', 'vigie-panel-link') : nothing;
  }

  #renderLogin(key: MessageKey, className: string) {
    const reason = this.step === 'done' ? 'password-changed' : 'back-to-login';
    return html`<div class="vigie-panel-actions">${loginAction(this, { label: this.t(key), href: this.loginHref, reason, className })}</div>`;
  }

  #renderCheckFailed() {
    const load = this.#status.state;
    const detail = load.status === 'error' ? this.services!.describeFailure(load.failure) : '';
    return html`<div class="vigie-panel-message vigie-panel-message--error" role="alert">
      ${errorIcon}
      <div class="vigie-panel-message-body">
        <p>${detail}</p>
        <button type="button" class="vigie-button vigie-button--secondary" @click=${this.#retryCheck}>${this.t('common.retry')}</button>
      </div>
    </div>`;
  }

  #renderNewPassword() {
    const f = this.#newPassword;
    const countId = `${f.id}-count`;
    const mismatchId = `${f.id}-mismatch`;
    const tooLong = this.pwCount > PASSWORD_MAX_LENGTH;
    const long = this.pwCount >= PASSWORD_MIN_LENGTH && !tooLong;
    const count = `vigie-panel-count${long ? ' is-ok' : tooLong ? ' is-long' : ''}`;
    return html`<p class="vigie-panel-intro">${this.t('vault.reset.link.intro')}</p>
      ${f.renderForm(
        html`${requiredNote(f)}
          <div class="vigie-panel-new-password">
            ${passwordField(f.field('password'), { describedBy: countId, enterKeyHint: 'next' })}
            <p class=${count} id=${countId}>${long ? checkIcon : tooLong ? errorIcon : nothing}<span>${this.#countText()}</span></p>
          </div>
          <div class="vigie-panel-new-password">
            ${passwordField(f.field('confirmation'), { describedBy: mismatchId, enterKeyHint: 'done' })}
            <p class="vigie-panel-count is-long" id=${mismatchId}>${
              this.pwMismatch ? html`${errorIcon}<span>${this.t('vault.password.error.mismatch')}</span>` : nothing
            }</p>
          </div>
          <p class="vigie-sr-only" role="status">${this.announcement}</p>
          ${submitButton(f, this.t('vault.reset.link.submit'))}`,
        { label: this.t('vault.reset.link.title') },
      )}`;
  }
}

function message(kind: 'success' | 'warning', glyph: TemplateResult, text: string) {
  return html`<div class="vigie-panel-message vigie-panel-message--${kind}">${glyph}<p>${text}</p></div>`;
}

/** The link state a refused status check means (410 expired/used; 404 or any other refusal: unknown). */
function refusedLink(e: unknown): LinkState | undefined {
  const name = vaultProblemOf(e);
  if (name === 'tokenExpired') return 'expired';
  if (name === 'tokenUsed') return 'used';
  if (name === 'tokenUnknown') return 'unknown';
  const failure = failureOf(e);
  if (isRetryableFailure(failure) || !('status' in failure) || failure.kind === 'contract') return undefined;
  return 'unknown';
}

declare global {
  interface HTMLElementTagNameMap {
    'vault-password-reset': VaultPasswordReset;
  }
}
