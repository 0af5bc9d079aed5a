import { LINK_TOKEN_PARAMS, vaultMessages, vaultProblemOfFailure } from '@vigie/core';
import { takeLinkToken } from '../../base/link-token.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ACTIVATION_LINK_VALID_DAYS,
  CODE_LENGTH,
  PASSWORD_MIN_LENGTH,
  RESEND_COOLDOWN_MS,
  calendarDateOf,
  formatTimeOfDay,
  isCodeExpired,
  isEmail,
  problemOf,
  resendWaitSeconds,
  type ActivationPerson,
  type ActivationStatusResponse,
  type ApiFailure,
  type MessageKey,
  type Params,
  type SignedIn,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { DeadlineController } from '../../base/deadline-controller.js';
import { LightDomElement, checkboxField, codeField, formStyles, passwordField, requiredNote, submitButton, textField } from '../../base/forms/index.js';
import { VaultActivatedEvent } from './vault-activation.events.js';
import type { VaultLoginReason } from '../vault.events.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { failureMessage } from '../../base/forms/messages.js';
import { styles } from './vault-activation.styles.js';
import { checkIcon, clockIcon, errorIcon, externalIcon, infoIcon } from '../../base/forms/form-icons.js';
import { failureOf, serverJudged, unbreakable } from '../../base/forms/helpers.js';
import { loginAction, serverFieldErrors } from '../vault-helpers.js';
import { PasswordLengthController, newPasswordError, refusedPasswordError } from '../../base/forms/password-feedback.js';

/** The invitation as the server describes a valid link. */
type Invitation = Extract<ActivationStatusResponse, { status: 'valid' }>;

/** The steps of the wizard, in order (`code` only when the server asks for an SMS code). */
export const ACTIVATION_STEPS = ['password', 'person', 'terms', 'code'] as const;
export type ActivationStep = (typeof ACTIVATION_STEPS)[number];

/** What the widget shows: everything but `wizard` and `done` is a state of the link, as the server says. */
export type ActivationPhase =
  | { readonly kind: 'no-token' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'error'; readonly failure: ApiFailure }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'used' }
  | { readonly kind: 'wizard'; readonly invitation: Invitation }
  | { readonly kind: 'done'; readonly person: ActivationPerson };

type TermsResult = 'next' | 'restart' | SignedIn;
type CodeResult = 'restart' | SignedIn;

/** The person's fields of the second step (the server names them `person.<field>`). */
const PERSON_FIELDS = ['lastName', 'firstName', 'email'] as const;

let uid = 0;

/**
 * VA-ACTIVATE — the activation of a payslip vault from the invitation link (seed 003, « Étape 2 »):
 * the server checks the link (valid about 15 days; expired → ask HR for a new one; already used →
 * sign in), then the steps « Étape n sur N »: choose a password (at least 11 characters, counted
 * in code points, no composition rule), confirm the personal information, accept the terms of
 * use, and confirm the code sent by SMS when the server asks for one. On success the server
 * opens a vault session, shared in memory with the provider's other vault widgets.
 *
 * The link token comes from the `token` attribute or property, or else from the page URL's
 * `activation-token` parameter (the activation links' own; `token-param` renames it), never another
 * kind's (a reset link on the same page is `<vault-password-reset>`'s); once read it is removed from the element and from the address bar
 * (`history.replaceState`) and kept in memory only. The chosen password stays in memory only
 * while the steps are on screen: it is dropped on success, when the server refuses the request
 * (the person types it again), when going back to the first step and when the element leaves
 * the page; after a failure that is not an answer (network, time-out, 5xx) it stays and « Réessayer »
 * sends the same request again. Names and e-mail typed are kept across failures.
 *
 * Rendered in the light DOM (password managers find the `new-password` and `one-time-code`
 * inputs); style it with the `--vigie-*` tokens and these classes: `vigie-activation` (root, also
 * `vigie-panel`), `vigie-panel-heading`, `vigie-activation-progress`, `vigie-activation-step`,
 * `vigie-activation-step-title`, `vigie-panel-message` (+ `--error`, `--success`: the link's state,
 * failures, the success), `vigie-panel-facts`, `vigie-panel-count` (the new password's live
 * length), and the form classes of the shared form styles (`vigie-form`, `vigie-field`,
 * `vigie-input`, `vigie-button`…).
 *
 * @tagname vault-activation
 * @attribute {string} token - The invitation link's token: read once, then removed from the element (and kept in memory only). Without it, the page URL's `token` parameter is used and removed from the address bar.
 * @summary Activates a payslip vault from its invitation link: password, personal information, terms, SMS code (VA-ACTIVATE).
 * @fires {VaultActivatedEvent} vault-activated - The vault is activated (`firstName`, `lastName`, `email`; the session goes to the provider, not into the event).
 * @fires {VaultLoginRequestedEvent} vault-login-requested - « Se connecter » was pressed (after success, or on an already used link; `href`, `reason`). Cancelable: `preventDefault()` keeps the page and lets the host show its own sign-in.
 * @cssprop --vault-activation-max-width - The widest the widget grows (default `40rem`).
 * @cssprop --vigie-color-accent - Buttons, links, the current step.
 * @cssprop --vigie-color-surface - Field backgrounds.
 * @cssprop --vigie-color-surface-raised - Background of the notices and of the information to confirm.
 * @cssprop --vigie-color-success-fg - The « activated » mark and a long-enough password count.
 * @cssprop --vigie-color-danger-fg - Errors.
 * @cssprop --vigie-radius - Corner radius.
 */
export class VaultActivation extends LightDomElement {
  static override messages = [vaultMessages];

  static override lightStyles = [formStyles, panelStyles, styles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'token'];
  }

  /**
   * The invitation link's token (attribute or property). Write-only: it is read once, then removed
   * from the element (reading the property gives `undefined`) and kept in memory only. Without
   * it, the page URL's `token` parameter is used (and removed from the address bar).
   */
  set token(value: string | null | undefined) {
    const token = value?.trim();
    if (!token) return;
    this.#token = token;
    this.#startOver();
  }

  get token(): undefined {
    return undefined;
  }

  /** The URL query parameter holding the token of an activation link (default `activation-token`: core's `LINK_TOKEN_PARAMS`). */
  @property({ attribute: 'token-param' }) tokenParam: string = LINK_TOKEN_PARAMS['vault-activation'];

  /** Where « Se connecter » leads (after activation, or when the link was already used). */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** The terms of use to read before accepting them (opens in a new window). */
  @property({ attribute: 'terms-href' }) termsHref?: string;

  /** What is shown: the link's state, the steps, or the success. */
  @state() protected phase: ActivationPhase = { kind: 'no-token' };
  /** The current step (while `phase` is `wizard`). */
  @state() protected step: ActivationStep = 'password';

  @state() private person?: ActivationPerson;
  @state() private failure?: ApiFailure;
  @state() private retyping = false;
  /** The SMS code sent, as the server stated it (`expiresAt` unknown when only a 429 told us a code is out). */
  @state() private code?: { readonly destination: string; readonly resendAt: number; readonly expiresAt?: number };
  @state() private codeSending = false;
  @state() private codeFailure?: ApiFailure;
  @state() private codeStatus?: MessageKey;

  readonly #id = `vigie-activation-${++uid}`;
  #token?: string;
  #checkedToken?: string;
  #password?: string;
  #abort?: AbortController;
  readonly #length = new PasswordLengthController(this, 'password', (key, params) => this.t(key, params));

  readonly #passwordForm = this.createForm({
    fields: {
      password: { kind: 'new-password', label: 'vault.password.new', hint: () => this.t('vault.password.rule', { min: PASSWORD_MIN_LENGTH }), required: true },
      confirmation: { kind: 'new-password', label: 'vault.password.confirm', required: true },
    },
    validators: {
      password: newPasswordError,
      confirmation: (v, values) => (values.password !== '' && v !== values.password ? 'vault.password.error.mismatch' : undefined),
    },
    submit: async (values) => {
      // Kept in memory until the activation request; never in state, an attribute or storage.
      this.#password = values.password;
    },
    onSuccess: () => {
      this.retyping = false;
      this.#length.reset();
      void this.#go('person');
    },
  });

  readonly #personForm = this.createForm({
    fields: {
      // In the order shown (the error summary follows it): Nom, Prénom, e-mail.
      lastName: { kind: 'text', label: 'vault.lostId.lastName', required: true, autocomplete: 'family-name' },
      firstName: { kind: 'text', label: 'vault.lostId.firstName', required: true, autocomplete: 'given-name' },
      email: { kind: 'email', label: 'vault.profile.email', required: true, autocomplete: 'email' },
    },
    validators: {
      email: (v) => (isEmail(v) ? undefined : 'vault.field.invalid-email'),
    },
    submit: async (values) => {
      this.person = { firstName: values.firstName, lastName: values.lastName, email: values.email };
    },
    onSuccess: () => void this.#go('terms'),
  });

  readonly #termsForm = this.createForm({
    // The error summary names the box by the terms' title, not by its sentence.
    fields: { terms: { kind: 'checkbox', label: 'vault.activation.terms', summaryLabel: 'vault.activation.termsLink', required: true } },
    submit: async (_values, { signal }): Promise<TermsResult> => {
      if (this.#needsCode) return 'next';
      return this.#activate(undefined, signal);
    },
    onSuccess: (result) => {
      if (result === 'next') void this.#go('code');
      else if (result === 'restart') void this.#restart();
      else this.#activated(result);
    },
    onFailure: (failure) => this.#onActivationFailure(failure),
  });

  readonly #codeForm = this.createForm({
    fields: {
      code: { kind: 'one-time-code', label: 'vault.code.label', hint: () => this.t('vault.code.hint', { length: CODE_LENGTH }), required: true, length: CODE_LENGTH },
    },
    submit: (values, { signal }): Promise<CodeResult> => this.#activate(values.code, signal),
    onSuccess: (result) => {
      if (result === 'restart') void this.#restart();
      else this.#activated(result);
    },
    onFailure: (failure) => this.#onActivationFailure(failure),
  });

  /** Re-renders when the resend cooldown ticks (each second) and when the code expires. */
  readonly #deadline = new DeadlineController(
    this,
    () => ({ at: this.#nextDeadline(), clock: this.services?.clock }),
    () => this.requestUpdate(),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.#takeTokenFromUrl();
    // Back on the page after leaving it: the password was dropped, so it is asked again.
    if (this.phase.kind === 'wizard' && this.step !== 'password' && this.#password === undefined) this.step = 'password';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.phase.kind === 'checking') this.#checkedToken = undefined;
    this.#password = undefined;
    this.codeSending = false;
    this.#length.reset();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'token') return super.attributeChangedCallback(name, old, value);
    if (value === null) return;
    this.token = value;
    // The token must not stay in the page's markup.
    this.removeAttribute('token');
  }

  /** Checks the link again (after a failed check) or starts over from the first step. */
  retry(): Promise<void> {
    return this.#check();
  }

  protected override willUpdate(): void {
    if (this.services?.client && this.#token && this.#checkedToken !== this.#token) {
      this.#checkedToken = this.#token;
      void this.#check();
    }
  }

  // ── the link ──────────────────────────────────────────────────────────────────────────────

  /** The activation links' own parameter (`activation-token`), out of the address bar at once; another kind's link is left to its widget. */
  #takeTokenFromUrl(): void {
    const fromUrl = takeLinkToken('vault-activation', this.tokenParam);
    if (fromUrl && !this.#token) this.token = fromUrl;
  }

  #startOver(): void {
    this.#abort?.abort();
    this.#checkedToken = undefined;
    this.#password = undefined;
    this.phase = { kind: 'checking' };
    this.step = 'password';
    this.person = undefined;
    this.failure = undefined;
    this.retyping = false;
    this.code = undefined;
    this.codeFailure = undefined;
    this.codeStatus = undefined;
    this.#passwordForm.reset();
    this.#personForm.reset();
    this.#termsForm.reset();
    this.#codeForm.reset();
    this.#length.reset();
  }

  async #check(): Promise<void> {
    const token = this.#token;
    const client = this.services?.client;
    if (!token || !client) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.phase = { kind: 'checking' };
    try {
      const api = await import('@vigie/core/vault/api');
      const status = await api.getVaultActivationStatus(client, token, { signal: abort.signal });
      if (abort.signal.aborted) return;
      if (status.status === 'valid') {
        this.phase = { kind: 'wizard', invitation: status };
        this.step = 'password';
        // What the server knows, to confirm or correct (kept across steps and failures).
        this.#personForm.setValues(this.person ?? status.person);
      } else this.#end(status.status);
    } catch (e) {
      if (abort.signal.aborted) return;
      const failure = failureOf(e);
      if (!this.#endOnLinkProblem(failure)) this.phase = { kind: 'error', failure };
    }
  }

  /** The link can no longer be used: say so (and forget it and the password). */
  #end(kind: 'expired' | 'used' | 'unknown'): void {
    this.#token = undefined;
    this.#password = undefined;
    this.#length.reset();
    this.phase = { kind };
  }

  #endOnLinkProblem(failure: ApiFailure): boolean {
    const name = vaultProblemOfFailure(failure);
    if (name === 'tokenExpired') this.#end('expired');
    else if (name === 'tokenUsed') this.#end('used');
    else if (name === 'tokenUnknown') this.#end('unknown');
    else return false;
    return true;
  }

  // ── the steps ─────────────────────────────────────────────────────────────────────────────

  get #invitation(): Invitation | undefined {
    return this.phase.kind === 'wizard' ? this.phase.invitation : undefined;
  }

  get #needsCode(): boolean {
    return this.#invitation?.smsCodeDestination !== undefined;
  }

  get #steps(): readonly ActivationStep[] {
    return this.#needsCode ? ACTIVATION_STEPS : ACTIVATION_STEPS.filter((s) => s !== 'code');
  }

  /** Moves to `step` and puts the focus on its heading (« Étape n sur N » and its title). */
  async #go(step: ActivationStep): Promise<void> {
    if (step === 'password') {
      this.#password = undefined;
      this.#passwordForm.reset();
      this.#length.reset();
    }
    this.failure = undefined;
    this.step = step;
    if (step === 'code' && !this.code && !this.codeSending) void this.#sendCode(false);
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#${this.#id}-heading`)?.focus();
  }

  /** The password is gone (the element left the page meanwhile): choose it again. */
  async #restart(): Promise<void> {
    this.retyping = true;
    await this.#go('password');
  }

  // ── the SMS code ──────────────────────────────────────────────────────────────────────────

  async #sendCode(again: boolean): Promise<void> {
    const token = this.#token;
    const client = this.services?.client;
    if (!token || !client || this.codeSending) return;
    if (again && this.code && resendWaitSeconds(this.code, this.#now()) > 0) return;
    this.codeSending = true;
    this.codeFailure = undefined;
    this.codeStatus = undefined;
    try {
      const api = await import('@vigie/core/vault/api');
      const sent = await api.sendVaultActivationCode(client, token);
      if (!this.isConnected) return;
      this.code = { destination: sent.destination, expiresAt: Date.parse(sent.expiresAt), resendAt: Date.parse(sent.resendAt) };
      if (again) this.codeStatus = 'vault.code.resent';
    } catch (e) {
      const failure = failureOf(e);
      if (this.#endOnLinkProblem(failure)) return;
      if (vaultProblemOfFailure(failure) === 'resendTooEarly') {
        // A code is already out (sent from another page, or just now): the person may have it.
        const at = Date.parse(String(problemOf(failure)?.['resendAt'] ?? ''));
        const resendAt = Number.isNaN(at) ? this.#now() + RESEND_COOLDOWN_MS : at;
        this.code = this.code ? { ...this.code, resendAt } : { destination: this.#invitation?.smsCodeDestination ?? '', resendAt };
        this.codeStatus = 'vault.code.error.tooEarly';
      } else this.codeFailure = failure;
    } finally {
      this.codeSending = false;
    }
  }

  #now(): number {
    return this.services?.clock.now() ?? Date.now();
  }

  #nextDeadline(): number | undefined {
    if (this.phase.kind !== 'wizard' || this.step !== 'code' || !this.code) return undefined;
    const now = this.#now();
    if (now < this.code.resendAt) return now + (((this.code.resendAt - now) % 1000) || 1000);
    const expiresAt = this.code.expiresAt;
    return expiresAt !== undefined && now < expiresAt ? expiresAt : undefined;
  }

  // ── the activation ────────────────────────────────────────────────────────────────────────

  async #activate(code: string | undefined, signal: AbortSignal): Promise<'restart' | SignedIn> {
    const token = this.#token;
    const password = this.#password;
    const person = this.person;
    const client = this.services?.client;
    if (!token || !client) throw new Error('No invitation');
    if (password === undefined || !person) return 'restart';
    const api = await import('@vigie/core/vault/api');
    return api.activateVault(client, { token, password, person, termsAccepted: true, ...(code ? { smsCode: code } : {}) }, { signal });
  }

  #activated(result: SignedIn): void {
    const person = this.person!;
    this.#password = undefined;
    this.#token = undefined;
    this.#length.reset();
    this.phase = { kind: 'done', person };
    // The server signed the person in: the provider's other vault widgets (documents…) may use it.
    this.services?.setVaultSession(result.session);
    const event = new VaultActivatedEvent(person.firstName, person.lastName, person.email);
    this.dispatchEvent(event);
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#${this.#id}-done`)?.focus());
  }

  /** Says what went wrong where it can be fixed; the generic notice (with a retry) otherwise. Always handled here. */
  #onActivationFailure(failure: ApiFailure): true {
    if (this.#endOnLinkProblem(failure)) return true;
    const name = vaultProblemOfFailure(failure);
    if (name === 'invalidCode') {
      // Only the code was refused: the person types it again (or asks for a new one), nothing else.
      void this.#codeForm.setErrors({ code: 'vault.code.error.invalid' });
      return true;
    }
    if (name === 'emailUnavailable') {
      void this.#go('person').then(() => this.#personForm.setErrors({ email: 'vault.profile.email.unavailable' }));
      return true;
    }
    if (name === 'passwordPolicy') {
      void this.#go('password').then(() => this.#passwordForm.setErrors({ password: refusedPasswordError(failure) }));
      return true;
    }
    const fields = serverFieldErrors(failure, PERSON_FIELDS, (f) => f.replace(/^person\./, ''));
    if (Object.keys(fields).length) {
      void this.#go('person').then(() => this.#personForm.setErrors(fields));
      return true;
    }
    // A refusal the steps cannot place: the password is dropped (chosen again). 500, network,
    // time-out…: the server never judged it, so everything typed stays, the password too, and the
    // retry sends the same request again (issue 8 #18).
    if (serverJudged(failure)) this.#password = undefined;
    this.failure = failure;
    return true;
  }

  #stepTitle(step: ActivationStep): string {
    switch (step) {
      case 'password':
        return this.t('vault.activation.password.title');
      case 'person':
        return this.t('vault.activation.person.title');
      case 'terms':
        return this.t('vault.activation.terms.title');
      case 'code':
        return this.t('vault.code.title');
    }
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    return html`<div class="vigie-scope vigie-panel vigie-activation">
      <h2 class="vigie-panel-heading">${this.t('vault.activation.title')}</h2>
      ${this.#renderPhase()}
    </div>`;
  }

  #renderPhase() {
    const phase = this.phase;
    switch (phase.kind) {
      case 'no-token':
      case 'unknown':
        return html`${this.#message('error', errorIcon, this.t('vault.activation.unknown'))}
          <p class="vigie-panel-note">${this.t('vault.activation.noEmail')}</p>`;
      case 'checking':
        return html`<p class="vigie-panel-loading" role="status"><span class="vigie-spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>`;
      case 'error':
        return this.#failureMessage(this.t('vault.activation.error'), phase.failure, this.t('common.retry'), () => void this.retry());
      case 'expired':
        return this.#message('error', clockIcon, this.t('vault.activation.expired', { days: ACTIVATION_LINK_VALID_DAYS }));
      case 'used':
        return html`${this.#message('info', infoIcon, this.t('vault.activation.used'))} ${this.#renderLogin('already-active')}`;
      case 'done':
        return html`<div class="vigie-panel-message vigie-panel-message--success">
            ${checkIcon}
            <p class="vigie-panel-message-title" id="${this.#id}-done" tabindex="-1">${this.t('vault.activation.done')}</p>
          </div>
          ${this.#renderLogin('activated')}`;
      case 'wizard':
        return this.#renderWizard(phase.invitation);
    }
  }

  #message(tone: 'error' | 'info' | 'success', mark: TemplateResult, text: string) {
    return html`<div class="vigie-panel-message vigie-panel-message--${tone}">${mark}<p>${text}</p></div>`;
  }

  /** A failure (`role=alert`): what failed, the provider's words for why, and the way to try again. */
  #failureMessage(title: string, failure: ApiFailure, retryLabel: string, retry: () => void, ...notes: string[]) {
    return failureMessage({ title, detail: this.services!.describeFailure(failure), notes, retry: { label: retryLabel, onRetry: retry } });
  }

  #renderLogin(reason: VaultLoginReason) {
    return html`<p class="vigie-panel-actions">
      ${loginAction(this, { label: this.t('vault.login.submit'), href: this.loginHref, reason, className: 'vigie-button vigie-panel-action' })}
    </p>`;
  }

  #renderWizard(invitation: Invitation) {
    const steps = this.#steps;
    const index = Math.max(0, steps.indexOf(this.step));
    const locale = this.services!.locale;
    const expires = formatDate(locale, calendarDateOf(Date.parse(invitation.expiresAt)));
    const count = this.t('vault.activation.step', { step: index + 1, total: steps.length });
    return html`<p class="vigie-panel-intro">${this.t('vault.activation.intro')}</p>
      <p class="vigie-activation-expiry">${clockIcon}<span>${this.t('vault.activation.expiresOn', { date: expires })}</span></p>
      <ol class="vigie-activation-progress" aria-hidden="true">
        ${steps.map((s, i) => html`<li class=${i < index ? 'is-done' : i === index ? 'is-current' : ''}><span>${this.#stepTitle(s)}</span></li>`)}
      </ol>
      <section class="vigie-activation-step" aria-labelledby="${this.#id}-heading">
        <h3 class="vigie-activation-step-title" id="${this.#id}-heading" tabindex="-1">
          <span class="vigie-activation-step-count">${count}</span>
          <span class="vigie-activation-step-name">${this.#stepTitle(this.step)}</span>
        </h3>
        ${this.failure ? this.#renderActivationFailure(this.failure) : nothing}
        ${this.#renderStep(invitation)}
      </section>`;
  }

  /** The activation failed: retried as it was when the password is still held, from the password step when it was dropped. */
  #renderActivationFailure(failure: ApiFailure) {
    if (this.#password === undefined) {
      return this.#failureMessage(this.t('form.failure.title'), failure, this.t('common.retry'), () => void this.#restart(), this.t('form.failure.secrets'));
    }
    const form = this.step === 'code' ? this.#codeForm : this.#termsForm;
    return this.#failureMessage(this.t('form.failure.title'), failure, this.t('common.retry'), () => {
      this.failure = undefined;
      form.retry();
    });
  }

  #renderStep(invitation: Invitation) {
    switch (this.step) {
      case 'password':
        return this.#renderPasswordStep(invitation);
      case 'person':
        return this.#renderPersonStep(invitation);
      case 'terms':
        return this.#renderTermsStep();
      case 'code':
        return this.#renderCodeStep(invitation);
    }
  }

  /** The step's submit button, and « Étape précédente » after the first step. */
  #actions(form: { readonly submitting: boolean; t(key: MessageKey, params?: Params): string }, label: string, back?: ActivationStep) {
    return html`<div class="vigie-actions vigie-activation-buttons">
      ${submitButton(form, label)}
      ${back
        ? html`<button type="button" class="vigie-button vigie-button--secondary vigie-activation-back" @click=${() => void this.#go(back)}>${this.t('vault.activation.back')}</button>`
        : nothing}
    </div>`;
  }

  #renderPasswordStep(invitation: Invitation) {
    const f = this.#passwordForm;
    const countId = `${this.#id}-count`;
    const username = this.person?.email ?? invitation.person.email;
    return html`${this.retyping ? this.#message('info', infoIcon, this.t('form.failure.secrets')) : nothing}
      ${f.renderForm(
        html`${requiredNote(f)}
          <input type="email" name="username" autocomplete="username" .value=${username} readonly hidden />
          <div class="vigie-panel-new-password" @input=${this.#length.onInput}>
            ${passwordField(f.field('password'), { describedBy: countId, enterKeyHint: 'next' })} ${this.#length.render(countId)}
          </div>
          ${passwordField(f.field('confirmation'), { enterKeyHint: 'next' })} ${this.#actions(f, this.t('vault.activation.next'))}`,
        { labelledby: `${this.#id}-heading` },
      )}`;
  }

  #renderPersonStep(invitation: Invitation) {
    const f = this.#personForm;
    return f.renderForm(
      html`<p class="vigie-activation-lead">${this.t('vault.activation.person.intro')}</p>
        ${requiredNote(f)} ${textField(f.field('lastName'))} ${textField(f.field('firstName'))} ${textField(f.field('email'), { enterKeyHint: 'next' })}
        ${invitation.employer
          ? html`<dl class="vigie-panel-facts">
              <div>
                <dt>${this.t('vault.paper.employer')}</dt>
                <dd>${invitation.employer}</dd>
              </div>
            </dl>`
          : nothing}
        <p class="vigie-activation-hint">${infoIcon}<span>${this.t('vault.activation.person.hr')}</span></p>
        ${this.#actions(f, this.t('vault.activation.next'), 'password')}`,
      { labelledby: `${this.#id}-heading` },
    );
  }

  #renderTermsStep() {
    const f = this.#termsForm;
    const label = this.#needsCode ? this.t('vault.activation.next') : this.t('vault.activation.submit');
    return f.renderForm(
      html`${this.termsHref
          ? html`<p>
              <a class="vigie-panel-external" href=${this.termsHref} target="_blank" rel="noopener noreferrer"
                >${this.t('vault.activation.termsLink')}<span class="vigie-sr-only"> ${this.t('vault.activation.terms.newWindow')}</span>${externalIcon}</a
              >
            </p>`
          : nothing}
        ${requiredNote(f)} ${checkboxField(f.field('terms'))} ${this.#actions(f, label, 'person')}`,
      { labelledby: `${this.#id}-heading` },
    );
  }

  #renderCodeStep(invitation: Invitation) {
    const f = this.#codeForm;
    const code = this.code;
    if (!code) {
      if (this.codeFailure) {
        return html`${this.#failureMessage(this.t('form.failure.title'), this.codeFailure, this.t('vault.activation.sms.send'), () => void this.#sendCode(false))}
          <div class="vigie-actions">
            <button type="button" class="vigie-button vigie-button--secondary vigie-activation-back" @click=${() => void this.#go('terms')}>${this.t('vault.activation.back')}</button>
          </div>`;
      }
      return html`<p class="vigie-panel-loading" role="status"><span class="vigie-spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>`;
    }
    const now = this.#now();
    const wait = resendWaitSeconds(code, now);
    const expiresAt = code.expiresAt;
    const expired = expiresAt !== undefined && isCodeExpired({ expiresAt }, now);
    return f.renderForm(
      html`<p class="vigie-activation-lead">${this.t('vault.activation.sms.intro', { length: CODE_LENGTH, destination: unbreakable(code.destination || invitation.smsCodeDestination || '') })}</p>
        ${codeField(f.field('code'), { enterKeyHint: 'send' })}
        ${expiresAt === undefined
          ? nothing
          : html`<p class="vigie-activation-hint${expired ? ' is-expired' : ''}">
              ${clockIcon}<span>${expired ? this.t('vault.code.expired') : this.t('vault.code.expiresAt', { time: formatTimeOfDay(expiresAt) })}</span>
            </p>`}
        <div class="vigie-activation-resend">
          <button
            type="button"
            class="vigie-button vigie-button--secondary vigie-panel-resend"
            aria-disabled=${ifDefined(wait > 0 || this.codeSending ? 'true' : undefined)}
            @click=${() => void this.#sendCode(true)}
          >
            ${wait > 0 ? this.t('vault.code.resendIn', { seconds: wait }) : this.t('vault.code.resend')}
          </button>
          <p class="vigie-status vigie-activation-status" role="status">${this.codeStatus ? this.t(this.codeStatus) : nothing}</p>
          ${this.codeFailure
            ? html`<p class="vigie-field-error" role="alert">${errorIcon}<span>${this.services!.describeFailure(this.codeFailure)}</span></p>`
            : nothing}
        </div>
        <p class="vigie-activation-hint">${infoIcon}<span>${this.t('vault.code.notReceived')}</span></p>
        ${this.#actions(f, this.t('vault.activation.submit'), 'terms')}`,
      { labelledby: `${this.#id}-heading` },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vault-activation': VaultActivation;
  }
}
