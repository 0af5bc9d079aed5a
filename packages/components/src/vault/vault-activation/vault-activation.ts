import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ACTIVATION_LINK_VALID_DAYS,
  ACTIVATION_STEPS,
  ApiError,
  CODE_LENGTH,
  LINK_TOKEN_PARAMS,
  PASSWORD_MIN_LENGTH,
  activationFlow,
  activationKept,
  activationNeedsCode,
  activationSteps,
  calendarDateOf,
  formatTimeOfDay,
  isCodeExpired,
  isEmail,
  resendWaitSeconds,
  runActivationRequest,
  vaultMessages,
  type ActivationEvent,
  type ActivationFlowRequest,
  type ActivationInvitation,
  type ActivationNotice,
  type ActivationPerson,
  type ActivationState,
  type ActivationStep,
  type ActivationWizard,
  type ApiFailure,
  type MessageKey,
  type Params,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { takeLinkToken } from '../../base/link-token.js';
import { FlowController } from '../../base/flow-controller.js';
import {
  LightDomElement,
  checkboxField,
  codeField,
  formStyles,
  passwordField,
  requiredNote,
  submitButton,
  textField,
} from '../../base/forms/index.js';
import { VaultActivatedEvent } from './vault-activation.events.js';
import type { VaultLoginReason } from '../vault.events.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { failureMessage } from '../../base/forms/messages.js';
import { styles } from './vault-activation.styles.js';
import { checkIcon, clockIcon, errorIcon, externalIcon, infoIcon } from '../../base/forms/form-icons.js';
import { unbreakable } from '../../base/forms/helpers.js';
import { loginAction, serverFieldErrors } from '../vault-helpers.js';
import { PasswordLengthController, newPasswordError, refusedPasswordError } from '../../base/forms/password-feedback.js';

export { ACTIVATION_STEPS, type ActivationStep };

/** What the widget shows: everything but `wizard` and `done` is a state of the link, as the server says (derived from core's `ActivationState`). */
export type ActivationPhase =
  | { readonly kind: 'no-token' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'error'; readonly failure: ApiFailure }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'used' }
  | { readonly kind: 'wizard'; readonly invitation: ActivationInvitation }
  | { readonly kind: 'done'; readonly person: ActivationPerson };

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
 * The steps are core's activation flow (`activationFlow`, a pure machine) run by the one
 * `FlowController`: it holds the state, the calls and the code's deadlines (the resend count-down,
 * the expiry); this element renders it and sends the person's intents.
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
    this.#pendingToken = token;
    this.#kept = undefined;
    this.requestUpdate();
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

  readonly #id = `vigie-activation-${++uid}`;
  /** A token waiting for the provider's services to start the flow. */
  #pendingToken?: string;
  /** What the flow held when the element left the page (never the password): it resumes from it. */
  #kept?: ActivationState;
  #returned = false;
  /** The step and the invitation the forms were last set up for. */
  #shownStep?: ActivationStep;
  #prefilledFor?: ActivationInvitation;
  #appliedNotice = 0;
  /** The form waiting for the activation's answer (its promise settles with the flow's answer). */
  #pending?: { readonly resolve: () => void; readonly reject: (e: unknown) => void };
  readonly #length = new PasswordLengthController(this, 'password', (key, params) => this.t(key, params));

  readonly #flow = new FlowController(this, {
    flow: activationFlow,
    clock: () => this.services!.clock,
    run: (request, signal) => this.#run(request, signal),
    resume: () => this.#kept,
    events: {
      'vault-activated': (d) => {
        const p = d as ActivationPerson;
        return new VaultActivatedEvent(p.firstName, p.lastName, p.email);
      },
    },
  });

  readonly #passwordForm = this.createForm({
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
      confirmation: (v, values) => (values.password !== '' && v !== values.password ? 'vault.password.error.mismatch' : undefined),
    },
    // Kept in the flow's memory until the activation request; never in an attribute or storage.
    submit: async (values) => this.#flow.send({ type: 'password-chosen', password: values.password }),
    onSuccess: () => this.#length.reset(),
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
    submit: async (values) =>
      this.#flow.send({
        type: 'person-confirmed',
        person: { firstName: values.firstName, lastName: values.lastName, email: values.email },
      }),
  });

  readonly #termsForm = this.createForm({
    // The error summary names the box by the terms' title, not by its sentence.
    fields: { terms: { kind: 'checkbox', label: 'vault.activation.terms', summaryLabel: 'vault.activation.termsLink', required: true } },
    submit: () => this.#submit({ type: 'terms-accepted' }),
    // The flow placed the failure (a step's field, or the notice with its retry).
    onFailure: () => true,
  });

  readonly #codeForm = this.createForm({
    fields: {
      code: {
        kind: 'one-time-code',
        label: 'vault.code.label',
        hint: () => this.t('vault.code.hint', { length: CODE_LENGTH }),
        required: true,
        length: CODE_LENGTH,
      },
    },
    submit: (values) => this.#submit({ type: 'code-entered', code: values.code }),
    onFailure: () => true,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#takeTokenFromUrl();
  }

  override disconnectedCallback(): void {
    // What the flow held, without the password (asked again when the element comes back).
    if (this.#flow.started) {
      this.#kept = activationKept(this.#flow.state);
      this.#returned = true;
    }
    this.#pending?.resolve();
    this.#pending = undefined;
    super.disconnectedCallback();
    this.#length.reset();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'token') return super.attributeChangedCallback(name, old, value);
    if (value === null) return;
    this.token = value;
    // The token must not stay in the page's markup.
    this.removeAttribute('token');
  }

  /** Checks the link again (after a failed check). */
  retry(): Promise<void> {
    this.#flow.send({ type: 'retry' });
    return this.#flow.settled();
  }

  /** What is shown: the link's state, the steps, or the success (derived from the flow's state). */
  protected get phase(): ActivationPhase {
    const s = this.#state;
    switch (s.phase) {
      case 'wizard':
        return { kind: 'wizard', invitation: s.invitation };
      case 'error':
        return { kind: 'error', failure: s.failure };
      case 'done':
        return { kind: 'done', person: s.person };
      default:
        return { kind: s.phase };
    }
  }

  get #state(): ActivationState {
    return this.#flow.state;
  }

  protected override willUpdate(): void {
    if (!this.services?.client) return;
    if (this.#pendingToken) {
      const token = this.#pendingToken;
      this.#pendingToken = undefined;
      this.#returned = false;
      for (const form of [this.#passwordForm, this.#personForm, this.#termsForm, this.#codeForm]) form.reset();
      this.#length.reset();
      this.#shownStep = undefined;
      this.#prefilledFor = undefined;
      this.#flow.send({ type: 'start', token });
    } else if (this.#returned) {
      this.#returned = false;
      // The flow starts again from what was kept (the runner reads it as it starts), then is told.
      this.#flow.send({ type: 'returned' });
      this.#kept = undefined;
    }
    if (!this.#flow.started) return;
    const s = this.#state;
    if (s.phase !== 'wizard') return;
    // What the server knows, to confirm or correct (kept across steps and failures).
    if (this.#prefilledFor !== s.invitation) {
      this.#prefilledFor = s.invitation;
      this.#personForm.setValues(s.person ?? s.invitation.person);
    }
    // Back to the first step: the password is chosen again, from empty fields.
    if (s.step !== this.#shownStep) {
      if (s.step === 'password' && this.#shownStep !== undefined) {
        this.#passwordForm.reset();
        this.#length.reset();
      }
      this.#shownStep = s.step;
    }
    if (s.notice && s.notice.seq !== this.#appliedNotice) {
      this.#appliedNotice = s.notice.seq;
      const notice = s.notice;
      void this.updateComplete.then(() => this.#applyNotice(notice));
    }
  }

  /** A refusal the flow placed on a step: its form says what to fix. */
  #applyNotice(notice: ActivationNotice): void {
    switch (notice.reason) {
      case 'invalid-code':
        void this.#codeForm.setErrors({ code: 'vault.code.error.invalid' });
        break;
      case 'email-unavailable':
        void this.#personForm.setErrors({ email: 'vault.profile.email.unavailable' });
        break;
      case 'password-policy':
        void this.#passwordForm.setErrors({ password: refusedPasswordError(notice.failure) });
        break;
      case 'fields':
        void this.#personForm.setErrors(serverFieldErrors(notice.failure, PERSON_FIELDS, (f) => f.replace(/^person\./, '')));
        break;
    }
  }

  /** The activation links' own parameter (`activation-token`), out of the address bar at once; another kind's link is left to its widget. */
  #takeTokenFromUrl(): void {
    const fromUrl = takeLinkToken('vault-activation', this.tokenParam);
    if (fromUrl && !this.#pendingToken && !this.#flow.started && !this.#kept) this.token = fromUrl;
  }

  // ── requests ──────────────────────────────────────────────────────────────────────────────

  /** A form's submit: sends the intent; settles when the flow has the activation's answer (if it made the request). */
  #submit(event: ActivationEvent): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#pending?.resolve();
      this.#pending = { resolve, reject };
      this.#flow.send(event);
      const s = this.#state;
      if (s.phase !== 'wizard' || !s.busy) {
        this.#pending = undefined;
        resolve();
      }
    });
  }

  /** The flow's calls, through core's vault api (loaded with the data layer); the activation's answer settles its form. */
  async #run(r: ActivationFlowRequest, signal: AbortSignal): Promise<ActivationEvent> {
    const api = await import('@vigie/core/vault/api');
    const event = await runActivationRequest(api, this.services!.client, r, signal);
    if (r.op === 'activate' && !signal.aborted) {
      // The server signed the person in: the provider's other vault widgets (documents…) may use it.
      if (event.type === 'activated') this.services?.setVaultSession(event.signedIn.session);
      const pending = this.#pending;
      this.#pending = undefined;
      // After the flow took the answer (the runner feeds it back right after this returns).
      if (pending)
        queueMicrotask(() =>
          event.type === 'activation-failed' ? pending.reject(new ApiError(event.failure, 'POST vault/activation')) : pending.resolve(),
        );
    }
    return event;
  }

  #now(): number {
    return this.services?.clock.now() ?? Date.now();
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
            <p class="vigie-panel-message-title" id="${this.#id}-done" tabindex="-1" data-focus="done">${this.t('vault.activation.done')}</p>
          </div>
          ${this.#renderLogin('activated')}`;
      case 'wizard':
        return this.#renderWizard(this.#state as ActivationWizard);
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

  #renderWizard(w: ActivationWizard) {
    const invitation = w.invitation;
    const steps = activationSteps(invitation);
    const index = Math.max(0, steps.indexOf(w.step));
    const locale = this.services!.locale;
    const expires = formatDate(locale, calendarDateOf(Date.parse(invitation.expiresAt)));
    const count = this.t('vault.activation.step', { step: index + 1, total: steps.length });
    return html`<p class="vigie-panel-intro">${this.t('vault.activation.intro')}</p>
      <p class="vigie-activation-expiry">${clockIcon}<span>${this.t('vault.activation.expiresOn', { date: expires })}</span></p>
      <ol class="vigie-activation-progress" aria-hidden="true">
        ${steps.map((s, i) => html`<li class=${i < index ? 'is-done' : i === index ? 'is-current' : ''}><span>${this.#stepTitle(s)}</span></li>`)}
      </ol>
      <section class="vigie-activation-step" aria-labelledby="${this.#id}-heading">
        <h3 class="vigie-activation-step-title" id="${this.#id}-heading" tabindex="-1" data-focus="heading">
          <span class="vigie-activation-step-count">${count}</span>
          <span class="vigie-activation-step-name">${this.#stepTitle(w.step)}</span>
        </h3>
        ${w.failure ? this.#renderActivationFailure(w, w.failure) : nothing}
        ${this.#renderStep(w)}
      </section>`;
  }

  /** The activation failed: retried as it was when the password is still held, from the password step when it was dropped. */
  #renderActivationFailure(w: ActivationWizard, failure: ApiFailure) {
    if (w.password === undefined) {
      return this.#failureMessage(
        this.t('form.failure.title'),
        failure,
        this.t('common.retry'),
        () => this.#flow.send({ type: 'restart' }),
        this.t('form.failure.secrets'),
      );
    }
    const form = w.step === 'code' ? this.#codeForm : this.#termsForm;
    return this.#failureMessage(this.t('form.failure.title'), failure, this.t('common.retry'), () => {
      this.#flow.send({ type: 'dismiss' });
      form.retry();
    });
  }

  #renderStep(w: ActivationWizard) {
    switch (w.step) {
      case 'password':
        return this.#renderPasswordStep(w);
      case 'person':
        return this.#renderPersonStep(w.invitation);
      case 'terms':
        return this.#renderTermsStep(w.invitation);
      case 'code':
        return this.#renderCodeStep(w);
    }
  }

  /** The step's submit button, and « Étape précédente » after the first step. */
  #actions(form: { readonly submitting: boolean; t(key: MessageKey, params?: Params): string }, label: string, back?: ActivationStep) {
    return html`<div class="vigie-actions vigie-activation-buttons">
      ${submitButton(form, label)}
      ${
        back
          ? html`<button type="button" class="vigie-button vigie-button--secondary vigie-activation-back" @click=${() => this.#flow.send({ type: 'back', step: back })}>${this.t('vault.activation.back')}</button>`
          : nothing
      }
    </div>`;
  }

  #renderPasswordStep(w: ActivationWizard) {
    const f = this.#passwordForm;
    const countId = `${this.#id}-count`;
    const username = w.person?.email ?? w.invitation.person.email;
    return html`${w.retyping ? this.#message('info', infoIcon, this.t('form.failure.secrets')) : nothing}
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

  #renderPersonStep(invitation: ActivationInvitation) {
    const f = this.#personForm;
    return f.renderForm(
      html`<p class="vigie-activation-lead">${this.t('vault.activation.person.intro')}</p>
        ${requiredNote(f)} ${textField(f.field('lastName'))} ${textField(f.field('firstName'))} ${textField(f.field('email'), { enterKeyHint: 'next' })}
        ${
          invitation.employer
            ? html`<dl class="vigie-panel-facts">
              <div>
                <dt>${this.t('vault.paper.employer')}</dt>
                <dd>${invitation.employer}</dd>
              </div>
            </dl>`
            : nothing
        }
        <p class="vigie-activation-hint">${infoIcon}<span>${this.t('vault.activation.person.hr')}</span></p>
        ${this.#actions(f, this.t('vault.activation.next'), 'password')}`,
      { labelledby: `${this.#id}-heading` },
    );
  }

  #renderTermsStep(invitation: ActivationInvitation) {
    const f = this.#termsForm;
    const label = activationNeedsCode(invitation) ? this.t('vault.activation.next') : this.t('vault.activation.submit');
    return f.renderForm(
      html`${
        this.termsHref
          ? html`<p>
              <a class="vigie-panel-external" href=${this.termsHref} target="_blank" rel="noopener noreferrer"
                >${this.t('vault.activation.termsLink')}<span class="vigie-sr-only"> ${this.t('vault.activation.terms.newWindow')}</span>${externalIcon}</a
              >
            </p>`
          : nothing
      }
        ${requiredNote(f)} ${checkboxField(f.field('terms'))} ${this.#actions(f, label, 'person')}`,
      { labelledby: `${this.#id}-heading` },
    );
  }

  #renderCodeStep(w: ActivationWizard) {
    const f = this.#codeForm;
    const invitation = w.invitation;
    const code = w.code;
    if (!code) {
      if (w.codeFailure) {
        return html`${this.#failureMessage(this.t('form.failure.title'), w.codeFailure, this.t('vault.activation.sms.send'), () => this.#flow.send({ type: 'send-code', again: false }))}
          <div class="vigie-actions">
            <button type="button" class="vigie-button vigie-button--secondary vigie-activation-back" @click=${() => this.#flow.send({ type: 'back', step: 'terms' })}>${this.t('vault.activation.back')}</button>
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
        ${
          expiresAt === undefined
            ? nothing
            : html`<p class="vigie-activation-hint${expired ? ' is-expired' : ''}">
              ${clockIcon}<span>${expired ? this.t('vault.code.expired') : this.t('vault.code.expiresAt', { time: formatTimeOfDay(expiresAt) })}</span>
            </p>`
        }
        <div class="vigie-activation-resend">
          <button
            type="button"
            class="vigie-button vigie-button--secondary vigie-panel-resend"
            aria-disabled=${ifDefined(wait > 0 || w.codeSending ? 'true' : undefined)}
            @click=${() => this.#flow.send({ type: 'send-code', again: true })}
          >
            ${wait > 0 ? this.t('vault.code.resendIn', { seconds: wait }) : this.t('vault.code.resend')}
          </button>
          <p class="vigie-status vigie-activation-status" role="status">${w.codeStatus ? this.t(w.codeStatus) : nothing}</p>
          ${
            w.codeFailure
              ? html`<p class="vigie-field-error" role="alert">${errorIcon}<span>${this.services!.describeFailure(w.codeFailure)}</span></p>`
              : nothing
          }
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
