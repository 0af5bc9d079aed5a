import { vaultMessages } from '@vigie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '@vigie/core/api';
import {
  isEmail,
  LINK_TOKEN_PARAMS,
  PASSWORD_RESET_STEPS,
  passwordLength,
  passwordResetFlow,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  runPasswordResetRequest,
  type MessageKey,
  type PasswordResetEvent,
  type PasswordResetFlowRequest,
  type PasswordResetNotice,
  type PasswordResetState,
  type PasswordResetStep,
} from '@vigie/core';
import { FlowController } from '../../base/flow-controller.js';
import { takeLinkToken } from '../../base/link-token.js';
import { LightDomElement, formStyles, passwordField, requiredNote, submitButton, textField } from '../../base/forms/index.js';
import { VaultPasswordChangedEvent } from '../vault.events.js';
import { VaultResetRequestedEvent } from './vault-password-reset.events.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { passwordResetStyles } from './vault-password-reset.styles.js';
import { checkCircleIcon, checkIcon, errorIcon, mailIcon, warningIcon } from '../../base/forms/form-icons.js';
import { isRetryableFailure, safeHref } from '../../base/forms/helpers.js';
import { loginAction } from '../vault-helpers.js';
import { lengthText, newPasswordError, passwordRefusalsOf, refusedPasswordError } from '../../base/forms/password-feedback.js';

/** Where the widget is: the request, its confirmation, or one of the reset link's states (core's flow). */
export { PASSWORD_RESET_STEPS, type PasswordResetStep };

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
 * Both halves are core's `passwordResetFlow` (a pure machine) run by the one `FlowController`: it
 * holds the step, the token and the calls; this element renders them and sends the person's intents.
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

  /** A link's token waiting for the provider's services (then it is the flow's, in memory only, until spent). */
  #pendingToken?: string;
  #urlRead = false;
  #appliedNotice = 0;
  #noticeAtSubmit = 0;
  /** What the flow held when the element left the page (it resumes from it). */
  #kept?: PasswordResetState;
  /**
   * The form waiting for its request's answer: its promise settles once the flow has taken the
   * answer (`answer`, set by the call's runner), in the next `willUpdate`, so that the form's
   * `onSuccess`/`onFailure` read the flow's new state, never the one before the answer.
   */
  #pending?: {
    readonly op: 'request' | 'reset';
    readonly resolve: () => void;
    readonly reject: (e: unknown) => void;
    answer?: PasswordResetEvent;
  };

  readonly #flow = new FlowController(this, {
    flow: passwordResetFlow,
    clock: () => this.services!.clock,
    run: (request, signal) => this.#run(request, signal),
    resume: () => this.#kept,
    events: {
      'vault-reset-requested': () => new VaultResetRequestedEvent(),
      'vault-password-changed': () => new VaultPasswordChangedEvent(),
    },
  });

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
    submit: (values) => this.#submit('request', { type: 'request', identifier: values.identifier, email: values.email }),
    // The flow confirmed any refusal; only a failure to reach the service stays: the form's notice and retry.
    onFailure: () => this.#flow.state.step !== 'request',
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
    submit: (values) => this.#submit('reset', { type: 'reset', password: values.password }),
    onSuccess: () => this.#clearFeedback(),
    onFailure: () => {
      // The passwords stay after a failure that is not an answer (issue 8 #18): so does their count.
      if (this.#newPassword.secretsCleared) this.#clearFeedback();
      // The flow placed what it could (the link's state, a refused password); the rest is the form's notice.
      const s = this.#flow.state;
      return s.step !== 'new-password' || (s.notice?.seq ?? 0) !== this.#noticeAtSubmit;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#urlRead) {
      this.#urlRead = true;
      this.#readTokenFromUrl();
    }
  }

  override disconnectedCallback(): void {
    if (this.#flow.started) {
      // Back in the page, the widget is where it was: a cut check is made again, a cut request is the form's to retry.
      const { busy: _b, ...s } = this.#flow.state;
      if (s.step === 'checking' && s.token) this.#pendingToken = s.token;
      else this.#kept = s;
    }
    this.#pending?.resolve();
    this.#pending = undefined;
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  /** Forgets any link and shows the request form (the « Mot de passe oublié ? » of a spent link). */
  startOver(): void {
    this.#pendingToken = undefined;
    this.#clearFeedback();
    this.#newPassword.reset();
    if (this.services) this.#flow.send({ type: 'start-over' });
  }

  // ── the token ─────────────────────────────────────────────────────────────────────────────

  /** Takes this kind's token (only) out of the address bar (other parameters and the hash stay). */
  #readTokenFromUrl(): void {
    const value = takeLinkToken('vault-reset', this.tokenParam);
    // A token the host gave (attribute or property) wins over the URL's.
    if (value && !this.#pendingToken && !this.#flow.started) this.#adoptToken(value);
  }

  #adoptToken(token: string): void {
    this.#pendingToken = token;
    this.#newPassword.reset();
    this.#clearFeedback();
    this.step = 'checking';
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.services) return;
    if (this.#pendingToken) {
      const token = this.#pendingToken;
      this.#pendingToken = undefined;
      this.#flow.send({ type: 'link', token });
    }
    const s = this.#flow.state;
    this.#kept = undefined;
    // The reflected step is the flow's.
    if (this.step !== s.step) this.step = s.step;
    if (this.#pending?.answer && s.busy !== this.#pending.op) this.#settle(this.#pending.answer);
    if (s.notice && s.notice.seq !== this.#appliedNotice) {
      this.#appliedNotice = s.notice.seq;
      this.#applyNotice(s.notice);
    }
  }

  /** A refused new password, said by its reason (too short, too common…: issue 8 #5). */
  #applyNotice(notice: PasswordResetNotice): void {
    if (notice.reason === 'rejected') {
      void this.#newPassword.setErrors({ password: 'vault.password.error.rejected' });
      return;
    }
    const list = passwordRefusalsOf(notice.failure);
    void this.#newPassword.setErrors({
      password: refusedPasswordError(notice.failure),
      ...(list.includes('mismatch') ? { confirmation: 'vault.password.error.mismatch' as const } : {}),
    });
  }

  // ── requests ──────────────────────────────────────────────────────────────────────────────

  /** A form's submit: sends the intent; settles when the flow has the answer (so secrets live until then). */
  #submit(op: 'request' | 'reset', event: PasswordResetEvent): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#pending?.resolve();
      this.#pending = { op, resolve, reject };
      this.#noticeAtSubmit = this.#flow.state.notice?.seq ?? 0;
      this.#flow.send(event);
      if (this.#flow.state.busy !== op) {
        this.#pending = undefined;
        resolve();
      }
    });
  }

  /** The flow's calls through core's vault api (loaded with the data layer); a form's answer settles it. */
  async #run(r: PasswordResetFlowRequest, signal: AbortSignal): Promise<PasswordResetEvent> {
    const api = await import('@vigie/core/vault/api');
    let key: string | undefined;
    if (r.op === 'request') {
      // The same values retried keep their Idempotency-Key.
      const signature = `${r.identifier}\u0000${r.email}`;
      if (this.#requestKey?.values !== signature) this.#requestKey = { values: signature, key: api.newIdempotencyKey() };
      key = this.#requestKey.key;
    }
    const event = await runPasswordResetRequest(api, this.services!.client, r, signal, key);
    if (event.type === 'requested' || event.type === 'request-failed') {
      // Sent (whatever the answer): the identifier and e-mail are not needed any more, not even in memory.
      if (event.type === 'requested' || !isRetryableFailure(event.failure)) this.#requestKey = undefined;
    }
    if (this.#pending?.op === r.op && !signal.aborted) this.#pending.answer = event;
    return event;
  }

  /** The flow has taken the answer of the form's request: the form's promise settles (a failure rejects it). */
  #settle(answer: PasswordResetEvent): void {
    const pending = this.#pending!;
    this.#pending = undefined;
    // The new-password form leaves the page in this render (done, or a spent link): its passwords are
    // emptied now, while the form still holds its inputs.
    if (pending.op === 'reset' && this.#flow.state.step !== 'new-password') this.#newPassword.clearSecrets();
    if (answer.type === 'request-failed' || answer.type === 'reset-failed') {
      pending.reject(
        new ApiError(answer.failure, pending.op === 'request' ? 'POST vault/password-reset/request' : 'POST vault/password-reset'),
      );
    } else pending.resolve();
    // Sent (whatever the answer but a failure to reach the service): the identifier and e-mail are not needed any more, not even in memory.
    if (answer.type === 'requested' || (answer.type === 'request-failed' && !isRetryableFailure(answer.failure))) this.#request.reset();
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
      <h2 class="vigie-panel-heading" id=${headingId} tabindex="-1" data-focus="heading">${this.t(linkPage ? 'vault.reset.link.title' : 'vault.reset.title')}</h2>
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
    const failure = this.#flow.state.failure;
    const detail = failure ? this.services!.describeFailure(failure) : '';
    return html`<div class="vigie-panel-message vigie-panel-message--error" role="alert">
      ${errorIcon}
      <div class="vigie-panel-message-body">
        <p>${detail}</p>
        <button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.#flow.send({ type: 'retry-check' })}>${this.t('common.retry')}</button>
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

declare global {
  interface HTMLElementTagNameMap {
    'vault-password-reset': VaultPasswordReset;
  }
}
