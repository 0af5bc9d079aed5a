import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  ApiError,
  calendarDateOf,
  formatTimeOfDay,
  LINK_TOKEN_PARAMS,
  ONBOARDING_PASSWORD_MIN_LENGTH,
  contactIssues,
  onboardingFlow,
  onboardingIdIssue,
  onboardingPasswordIssue,
  onboardingPinIssue,
  onboardingProgress,
  remoteCoreMessages,
  remoteOnboardingMessages,
  type ApiFailure,
  type MessageKey,
  type OnboardingActive,
  type OnboardingEvent,
  type OnboardingFieldMessage,
  type OnboardingOp,
  type OnboardingRequest,
  type OnboardingSource,
  type OnboardingState,
  type OnboardingStep,
  type OnboardingTerms,
  type Params,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { FlowController } from '../../base/flow-controller.js';
import { takeLinkToken } from '../../base/link-token.js';
import { ToastController, toastStyles } from '../../base/toast.js';
import { LightDomElement, checkboxField, formStyles, passwordField, requiredNote, submitButton, textField, type FieldError } from '../../base/forms/index.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { failureMessage } from '../../base/forms/messages.js';
import { serverJudged, safeHref } from '../../base/forms/helpers.js';
import { PasswordLengthController } from '../../base/forms/password-feedback.js';
import { checkIcon, clockIcon, errorIcon, externalIcon, infoIcon, mailIcon } from '../../base/forms/form-icons.js';
import { OnboardingCompletedEvent, OnboardingExitedEvent, OnboardingStepChangedEvent } from './remote-onboarding.events.js';
import { styles } from './remote-onboarding.styles.js';

/** The texts of the shared live password count, worded with this widget's keys. */
const COUNT_KEYS: Readonly<Record<string, MessageKey>> = {
  'vault.password.count': 'rs.onboarding.password.count',
  'vault.password.error.too-long': 'rs.onboarding.password.error.too-long',
};

/** Which form a request's answer settles. */
const FORM_OF_OP: Partial<Record<OnboardingOp, 'login' | 'email' | 'password' | 'terms' | 'idPin' | 'contact'>> = {
  login: 'login',
  signup: 'email',
  password: 'password',
  'terms-mysecuritas': 'terms',
  'terms-remote': 'terms',
  'id-pin': 'idPin',
  contact: 'contact',
};

const fieldError = (m: OnboardingFieldMessage | undefined): FieldError | undefined => (m ? { key: m.key, ...(m.params ? { params: m.params } : {}) } : undefined);

let uid = 0;

/**
 * RS-ONB — the onboarding to MySecuritas Remote Services (seed 000), from the invitation's link: the
 * four paths (an invitation with an ID & PIN, or automatic; an existing MySecuritas account, or a new
 * one), « Étape n sur N » over an ordered list of the path's steps (the current one
 * `aria-current="step"`), the focus on each new step's heading.
 *
 * The steps are core's `onboardingFlow` (a pure machine) run by the one `FlowController`; the server
 * holds the onboarding, so the widget resumes wherever it was left — also in another tab opened from
 * the e-mailed link, while the first tab, waiting for the e-mail, moves on by itself.
 *
 * Tokens: the invitation's comes from the write-only `token` property (or attribute), else from the
 * page address's `rs-invitation` parameter; the e-mailed link's from `signupToken`, else from
 * `rs-signup`. Both are taken out of the address bar at once (`takeLinkToken`) and kept in memory
 * only, like the onboarding session. Never a password, a PIN or a token in an event, an attribute or
 * storage. Light DOM: a real `<form>` per step with native inputs and the right `autocomplete`, so
 * password managers save the new account. What was typed stays after a failure (passwords and the
 * PIN only until the server judged them).
 *
 * Style it with the `--vigie-*` tokens and these classes: `vigie-onboarding` (root, also
 * `vigie-vault-panel`), `vigie-onboarding-steps` (the list; `is-done`, `is-current`),
 * `vigie-onboarding-step`, `vigie-onboarding-step-title`, `vigie-onboarding-step-count`,
 * `vigie-onboarding-choices`, `vigie-vault-message` (notices), and the shared form classes.
 *
 * @tagname remote-onboarding
 * @summary The onboarding to MySecuritas Remote Services from an invitation: four paths, step n of N, resumable from the e-mailed link (RS-ONB).
 * @attribute {string} token - The invitation's token (write-only: read once, removed from the element). Default: the page address's `rs-invitation` parameter.
 * @fires {OnboardingStepChangedEvent} onboarding-step-changed - The step shown changed (`step`, `index` 1-based, `total`).
 * @fires {OnboardingCompletedEvent} onboarding-completed - The onboarding is complete (`kind`, `user`).
 * @fires {OnboardingExitedEvent} onboarding-exited - « Quitter l'inscription » (`step`). Cancelable: `preventDefault()` to take over.
 * @cssprop --remote-onboarding-max-width - The widest the widget grows (default `42rem`).
 * @cssprop --vigie-color-accent - Buttons, links, the current and done steps.
 * @cssprop --vigie-color-surface - The step's frame and the fields.
 * @cssprop --vigie-color-success-fg - The success.
 * @cssprop --vigie-color-danger-fg - Errors.
 */
export class RemoteOnboarding extends LightDomElement {
  static override messages = [remoteCoreMessages, remoteOnboardingMessages];

  static override lightStyles = [formStyles, panelStyles, toastStyles, styles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'token'];
  }

  /** The invitation's token (write-only: reading gives `undefined`). A new one starts the onboarding afresh. */
  set token(value: string | null | undefined) {
    const token = value?.trim();
    if (!token) return;
    this.#pendingSource = { kind: 'invitation', token };
    this.requestUpdate();
  }

  get token(): undefined {
    return undefined;
  }

  /** The e-mailed link's token (write-only), to set the new account's password; default: the address's `rs-signup`. */
  set signupToken(value: string | null | undefined) {
    const token = value?.trim();
    if (!token) return;
    this.#pendingSource = { kind: 'signup', token };
    this.requestUpdate();
  }

  get signupToken(): undefined {
    return undefined;
  }

  /** The MySecuritas terms to read before accepting them (opens in a new window). */
  @property({ attribute: 'mysecuritas-terms-href' }) mysecuritasTermsHref?: string;

  /** The Remote Services terms to read before accepting them (opens in a new window). */
  @property({ attribute: 'remote-terms-href' }) remoteTermsHref?: string;

  /** Where « Accéder à Remote Services » leads after the success (none: no link; the host listens to `onboarding-completed`). */
  @property({ attribute: 'continue-href' }) continueHref?: string;

  readonly #id = `vigie-onboarding-${++uid}`;
  #pendingSource?: OnboardingSource;
  /** The form waiting for its request's answer (its promise settles with the flow's answer). */
  #pending?: { readonly op: OnboardingOp; readonly resolve: () => void; readonly reject: (e: unknown) => void };
  #appliedNotice = 0;
  #prefilled?: string;

  readonly #toasts = new ToastController(
    this,
    (m) => this.t(m.key, m.params),
    () => this.t('common.close'),
  );

  readonly #flow = new FlowController(this, {
    flow: onboardingFlow,
    clock: () => this.services!.clock,
    run: (request, signal) => this.#run(request, signal),
    toasts: this.#toasts,
    events: {
      'onboarding-step-changed': (d) => {
        const { step, index, total } = d as { step: OnboardingStep; index: number; total: number };
        return new OnboardingStepChangedEvent(step, index, total);
      },
      'onboarding-completed': (d) => {
        const { kind, user } = d as Pick<OnboardingCompletedEvent, 'kind' | 'user'>;
        return new OnboardingCompletedEvent(kind, user);
      },
      'onboarding-exited': (d) => new OnboardingExitedEvent((d as { step: OnboardingStep }).step),
    },
  });

  readonly #length = new PasswordLengthController(this, 'password', (key, params) => this.t(COUNT_KEYS[key] ?? key, params));

  readonly #loginForm = this.createForm({
    fields: {
      email: { kind: 'email', label: 'rs.onboarding.login.email', required: true, autocomplete: 'username' },
      password: { kind: 'current-password', label: 'rs.onboarding.login.password', required: true },
    },
    submit: (v) => this.#submit('login', { type: 'submit-login', email: v.email, password: v.password }),
    onFailure: () => true,
  });

  readonly #emailForm = this.createForm({
    fields: { email: { kind: 'email', label: 'rs.onboarding.email.label', required: true, autocomplete: 'email' } },
    submit: (v) => this.#submit('signup', { type: 'submit-email', email: v.email }),
    onFailure: () => true,
  });

  readonly #passwordForm = this.createForm({
    fields: {
      password: { kind: 'new-password', label: 'rs.onboarding.password.new', hint: () => this.t('rs.onboarding.password.rule', { min: ONBOARDING_PASSWORD_MIN_LENGTH }), required: true },
      confirmation: { kind: 'new-password', label: 'rs.onboarding.password.confirm', required: true },
    },
    validators: {
      password: (v) => fieldError(onboardingPasswordIssue(v)),
      confirmation: (v, values) => (values.password !== '' && v !== values.password ? 'rs.onboarding.password.error.mismatch' : undefined),
    },
    submit: (v) => this.#submit('password', { type: 'submit-password', password: v.password }),
    onSuccess: () => this.#length.reset(),
    onFailure: (f) => {
      if (serverJudged(f)) this.#length.reset();
      return true;
    },
  });

  readonly #termsForm = this.createForm({
    fields: {
      accept: {
        kind: 'checkbox',
        label: () => this.t(this.#termsKey('accept')),
        summaryLabel: () => this.t(this.#termsKey('name')),
        required: true,
      },
    },
    submit: () => this.#submit(this.#currentTerms() === 'mysecuritas' ? 'terms-mysecuritas' : 'terms-remote', { type: 'accept-terms', terms: this.#currentTerms() }),
    onSuccess: () => this.#termsForm.reset(),
    onFailure: () => true,
  });

  readonly #idPinForm = this.createForm({
    fields: {
      id: { kind: 'text', label: 'rs.onboarding.idPin.id', hint: 'rs.onboarding.idPin.idHint', required: true, autocomplete: 'off' },
      pin: { kind: 'text', secret: true, label: 'rs.onboarding.idPin.pin', hint: 'rs.onboarding.idPin.pinHint', required: true, autocomplete: 'off' },
    },
    validators: {
      id: (v) => fieldError(onboardingIdIssue(v)),
      pin: (v) => fieldError(onboardingPinIssue(v)),
    },
    submit: (v) => this.#submit('id-pin', { type: 'submit-id-pin', id: v.id, pin: v.pin }),
    onFailure: () => true,
  });

  readonly #contactForm = this.createForm({
    fields: {
      lastName: { kind: 'text', label: 'rs.onboarding.contact.lastName', required: true, autocomplete: 'family-name' },
      firstName: { kind: 'text', label: 'rs.onboarding.contact.firstName', required: true, autocomplete: 'given-name' },
      email: { kind: 'email', label: 'rs.onboarding.contact.email', required: true, autocomplete: 'email' },
      phone: { kind: 'tel', label: 'rs.onboarding.contact.phone', hint: 'rs.onboarding.contact.phoneHint', autocomplete: 'tel' },
    },
    validators: {
      lastName: (_v, values) => fieldError(contactIssues(values).lastName),
      firstName: (_v, values) => fieldError(contactIssues(values).firstName),
      phone: (_v, values) => fieldError(contactIssues(values).phone),
    },
    submit: (v) => this.#submit('contact', { type: 'confirm-contact', contact: { firstName: v.firstName, lastName: v.lastName, email: v.email, phone: v.phone } }),
    onFailure: () => true,
  });

  readonly #forms = {
    login: this.#loginForm,
    email: this.#emailForm,
    password: this.#passwordForm,
    terms: this.#termsForm,
    idPin: this.#idPinForm,
    contact: this.#contactForm,
  } as const;

  override connectedCallback(): void {
    super.connectedCallback();
    // The e-mailed link wins over the invitation (it is the later step); both leave the address bar.
    const signup = takeLinkToken('remote-signup');
    const invitation = takeLinkToken('remote-invitation');
    if (signup) this.signupToken = signup;
    else if (invitation && !this.#pendingSource) this.token = invitation;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'token') return super.attributeChangedCallback(name, old, value);
    if (value === null) return;
    this.token = value;
    // The token must not stay in the page's markup.
    this.removeAttribute('token');
  }

  /** The flow's state (tests, stories). */
  get state(): OnboardingState {
    return this.#flow.state;
  }

  /** Resolves when no request is running (tests). */
  settled(): Promise<void> {
    return this.#flow.settled();
  }

  protected override willUpdate(): void {
    if (this.services && this.#pendingSource) {
      const source = this.#pendingSource;
      this.#pendingSource = undefined;
      for (const form of Object.values(this.#forms)) form.reset();
      this.#prefilled = undefined;
      this.#flow.send({ type: 'start', source });
    }
    // Before the render (never a second update after it): what the server knows, and its field messages.
    const s = this.#flow.started ? this.#flow.state : undefined;
    if (s?.phase !== 'active') return;
    this.#prefill(s);
    // The server's field messages go to the current step's form once.
    const notice = s.notice;
    if (notice && notice.seq !== this.#appliedNotice) {
      this.#appliedNotice = notice.seq;
      const form = notice.op === 'load' ? undefined : FORM_OF_OP[notice.op];
      if (form && notice.fields && Object.keys(notice.fields).length) {
        const errors = Object.fromEntries(Object.entries(notice.fields).map(([k, m]) => [k, fieldError(m)]));
        void (this.#forms[form] as { setErrors(e: Record<string, FieldError | undefined>): Promise<void> }).setErrors(errors);
      }
    }
  }

  /** What the server knows, in the fields of the step it concerns (once per step; never over what was typed). */
  #prefill(s: OnboardingActive): void {
    const step = onboardingProgress(s)?.step;
    if (!step || this.#prefilled === step) return;
    this.#prefilled = step;
    const email = s.status.email ?? '';
    if (step === 'login' && !this.#loginForm.values.email) this.#loginForm.setValues({ email });
    if (step === 'email' && !this.#emailForm.values.email) this.#emailForm.setValues({ email });
    if (step === 'contact' && s.status.contact && !this.#contactForm.values.lastName) this.#contactForm.setValues(s.status.contact);
  }

  // ── requests ──────────────────────────────────────────────────────────────────────────────

  /** A form's submit: sends the intent, settles when the flow has the answer (so secrets live until then). */
  #submit(op: OnboardingOp, event: OnboardingEvent): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#pending?.resolve();
      this.#pending = { op, resolve, reject };
      this.#flow.send(event);
      const s = this.#flow.state;
      // The flow did not send it (already busy, throttled…): nothing to wait for.
      if (s.phase !== 'active' || s.busy !== op) {
        this.#pending = undefined;
        resolve();
      }
    });
  }

  #settle(op: OnboardingOp, failure?: ApiFailure): void {
    const pending = this.#pending;
    if (!pending || pending.op !== op) return;
    this.#pending = undefined;
    // After the flow took the answer (the runner feeds it back right after this returns).
    queueMicrotask(() => (failure ? pending.reject(new ApiError(failure, `POST remote/onboarding (${op})`)) : pending.resolve()));
  }

  async #run(r: OnboardingRequest, signal: AbortSignal): Promise<OnboardingEvent> {
    const client = this.services!.client;
    const api = await import('@vigie/core/remote-services/api');
    const opts = { signal };
    const op: OnboardingOp | undefined =
      r.op === 'terms' ? (r.terms === 'mysecuritas' ? 'terms-mysecuritas' : 'terms-remote') : r.op === 'load' || r.op === 'poll' || r.op === 'resume' ? undefined : r.op;
    try {
      let event: OnboardingEvent;
      switch (r.op) {
        case 'load':
          return { type: 'loaded', invitation: r.invitation, status: await api.getRemoteOnboarding(client, r.invitation, opts) };
        case 'resume': {
          const x = await api.resumeRemoteOnboarding(client, r.signup, opts);
          return { type: 'loaded', invitation: x.invitation, status: x.status, signup: r.signup };
        }
        case 'poll':
          return { type: 'refreshed', status: await api.getRemoteOnboarding(client, r.invitation, opts) };
        case 'signup':
          event = { type: 'answered', op: 'signup', status: await api.signUpForRemoteOnboarding(client, r.invitation, r.email, opts) };
          break;
        case 'password':
          event = { type: 'answered', op: 'password', status: await api.setRemoteOnboardingPassword(client, r.signup, r.password, opts) };
          break;
        case 'login': {
          const x = await api.logInToRemoteOnboarding(client, r.invitation, r.email, r.password, opts);
          event = { type: 'answered', op: 'login', status: x.status, session: x.session };
          break;
        }
        case 'terms':
          event = { type: 'answered', op: op!, status: await api.acceptRemoteOnboardingTerms(client, r.session, r.terms, opts) };
          break;
        case 'id-pin':
          event = { type: 'answered', op: 'id-pin', status: await api.connectRemoteOnboardingIdPin(client, r.session, r.id, r.pin, opts) };
          break;
        case 'new-user':
          event = { type: 'answered', op: 'new-user', status: await api.declareRemoteOnboardingNewUser(client, r.session, opts) };
          break;
        case 'contact':
          event = { type: 'answered', op: 'contact', status: await api.confirmRemoteOnboardingContact(client, r.session, r.contact, opts) };
          break;
      }
      if (op) this.#settle(op);
      return event;
    } catch (e) {
      const failure: ApiFailure = e instanceof ApiError || (e instanceof Error && 'failure' in e) ? (e as ApiError).failure : { kind: 'network', message: 'The request failed' };
      if (r.op === 'load' || r.op === 'resume') return { type: 'load-failed', failure };
      if (r.op === 'poll') return { type: 'refresh-failed', failure };
      this.#settle(op!, failure);
      return { type: 'refused', op: op!, failure };
    }
  }

  #currentTerms(): OnboardingTerms {
    const s = this.#flow.started ? this.#flow.state : undefined;
    return s && onboardingProgress(s)?.step === 'terms-remote' ? 'remote-services' : 'mysecuritas';
  }

  #termsKey(part: 'accept' | 'name' | 'title' | 'link'): MessageKey {
    return `rs.onboarding.terms.${this.#currentTerms() === 'mysecuritas' ? 'mysecuritas' : 'remote'}.${part}`;
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const s = this.#flow.state;
    return html`<div class="vigie-scope vigie-vault-panel vigie-onboarding">
      <h2 class="vigie-vault-heading">${this.t('rs.onboarding.title')}</h2>
      ${this.#renderPhase(s)} ${this.#toasts.render()}
    </div>`;
  }

  #heading(text: string, count?: string) {
    return html`<h3 class="vigie-onboarding-step-title" id="${this.#id}-heading" tabindex="-1" data-focus="heading">
      ${count ? html`<span class="vigie-onboarding-step-count">${count}</span>` : nothing}<span class="vigie-onboarding-step-name">${text}</span>
    </h3>`;
  }

  #message(tone: 'error' | 'info' | 'success', mark: TemplateResult, text: string, role?: 'alert' | 'status') {
    return html`<div class="vigie-vault-message${tone === 'info' ? '' : ` vigie-vault-message--${tone}`}" role=${role ?? nothing}>${mark}<p>${text}</p></div>`;
  }

  #renderPhase(s: OnboardingState) {
    switch (s.phase) {
      case 'idle':
        return this.#message('info', infoIcon, this.t('rs.onboarding.noToken'));
      case 'loading':
        return html`<p class="vigie-vault-loading" role="status"><span class="vigie-spinner" aria-hidden="true"></span>${this.t('rs.onboarding.loading')}</p>`;
      case 'load-failed':
        return failureMessage({
          title: this.t('rs.onboarding.loadFailed'),
          detail: this.services!.describeFailure(s.failure),
          retry: { label: this.t('common.retry'), onRetry: () => this.#flow.send({ type: 'retry' }) },
        });
      case 'ended':
        return html`<section class="vigie-onboarding-step vigie-onboarding-end" aria-labelledby="${this.#id}-heading">
          ${this.#heading(this.t('rs.onboarding.ended.title'))} ${this.#message(s.reason === 'already-completed' ? 'info' : 'error', s.reason === 'expired' || s.reason === 'link-expired' ? clockIcon : s.reason === 'already-completed' ? infoIcon : errorIcon, this.t(`rs.onboarding.ended.${s.reason}`))}
        </section>`;
      case 'completed': {
        const href = safeHref(this.continueHref);
        return html`<section class="vigie-onboarding-step vigie-onboarding-done" aria-labelledby="${this.#id}-heading">
          <div class="vigie-onboarding-done-mark">${checkIcon}</div>
          ${this.#heading(this.t('rs.onboarding.done.title'))}
          <p>${this.t('rs.onboarding.done.text')}</p>
          ${href ? html`<p class="vigie-vault-actions"><a class="vigie-button" href=${href}>${this.t('rs.onboarding.done.continue')}</a></p>` : nothing}
        </section>`;
      }
      case 'exited':
        return html`<section class="vigie-onboarding-step" aria-labelledby="${this.#id}-heading">
          ${this.#heading(this.t('rs.onboarding.exited.title'))}
          <p>${this.t('rs.onboarding.exited.text')}</p>
          <div class="vigie-actions"><button type="button" class="vigie-button" @click=${() => this.#flow.send({ type: 'resume' })}>${this.t('rs.onboarding.exited.resume')}</button></div>
        </section>`;
      case 'active':
        return this.#renderActive(s);
    }
  }

  #stepTitle(s: OnboardingActive, step: OnboardingStep): string {
    switch (step) {
      case 'invitation':
        return this.t('rs.onboarding.invitation.title');
      case 'login':
        return this.t(s.status.passwordSet && s.status.user === 'new' ? 'rs.onboarding.login.titleNew' : 'rs.onboarding.login.title');
      case 'email':
        return this.t('rs.onboarding.email.title');
      case 'check-email':
        return this.t('rs.onboarding.checkEmail.title');
      case 'password':
        return this.t('rs.onboarding.password.title');
      case 'terms-mysecuritas':
        return this.t('rs.onboarding.terms.mysecuritas.title');
      case 'terms-remote':
        return this.t('rs.onboarding.terms.remote.title');
      case 'id-pin':
        return this.t('rs.onboarding.idPin.title');
      case 'contact':
        return this.t('rs.onboarding.contact.title');
    }
  }

  #renderActive(s: OnboardingActive) {
    const p = onboardingProgress(s)!;
    const count = this.t('rs.onboarding.stepCount', { index: p.index, total: p.total });
    return html`<ol class="vigie-onboarding-steps" aria-label=${this.t('rs.onboarding.steps')}>
        ${p.steps.map((step, i) => {
          const state = i + 1 < p.index ? 'is-done' : i + 1 === p.index ? 'is-current' : '';
          return html`<li class=${state} aria-current=${state === 'is-current' ? 'step' : nothing}>
            <span class="vigie-onboarding-step-dot" aria-hidden="true">${state === 'is-done' ? checkIcon : i + 1}</span>
            <span class="vigie-onboarding-step-label">${this.t(`rs.onboarding.step.${step}`)}${state === 'is-done' ? html`<span class="vigie-sr-only"> (${this.t('rs.onboarding.stepDone')})</span>` : nothing}</span>
          </li>`;
        })}
      </ol>
      <section class="vigie-onboarding-step" aria-labelledby="${this.#id}-heading">
        ${this.#heading(this.#stepTitle(s, p.step), count)} ${this.#renderNotice(s)} ${this.#renderStep(s, p.step)}
      </section>
      <p class="vigie-onboarding-exit">
        <button type="button" class="vigie-vault-link vigie-onboarding-link" @click=${() => this.#flow.send({ type: 'exit' })}>${this.t('rs.onboarding.exit')}</button>
      </p>`;
  }

  /** The server's answer to the last request: a refusal to fix here, a wait, or a failure to retry. */
  #renderNotice(s: OnboardingActive) {
    const n = s.notice;
    if (!n) return nothing;
    if (n.message.key === 'rs.onboarding.error.wait' && s.waitUntil !== undefined) {
      return this.#message('error', clockIcon, this.t('rs.onboarding.error.wait', { time: formatTimeOfDay(s.waitUntil) }), 'alert');
    }
    if (n.failure) {
      const form = n.op === 'load' ? undefined : FORM_OF_OP[n.op];
      const retry = () => (form ? this.#forms[form].retry() : n.op === 'new-user' ? this.#flow.send({ type: 'confirm-new' }) : undefined);
      const secretsGone = form && serverJudged(n.failure) && (form === 'login' || form === 'password' || form === 'idPin');
      return failureMessage({
        title: this.t('rs.onboarding.error.failed'),
        detail: this.services!.describeFailure(n.failure),
        ...(secretsGone ? { notes: [this.t('form.failure.secrets')] } : {}),
        retry: { label: this.t('common.retry'), onRetry: retry },
      });
    }
    if (n.fields && Object.keys(n.fields).length) return nothing; // shown on the fields (with the summary)
    return this.#message(n.tone === 'error' ? 'error' : 'info', n.tone === 'error' ? errorIcon : infoIcon, this.t(n.message.key, n.message.params), n.tone === 'error' ? 'alert' : 'status');
  }

  #backButton(label: MessageKey = 'rs.onboarding.back') {
    return html`<button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.#flow.send({ type: 'back' })}>${this.t(label)}</button>`;
  }

  #actions(form: { readonly submitting: boolean; t(key: MessageKey, params?: Params): string }, label: string, back?: TemplateResult) {
    return html`<div class="vigie-actions vigie-onboarding-buttons">${submitButton(form, label)} ${back ?? nothing}</div>`;
  }

  #renderStep(s: OnboardingActive, step: OnboardingStep) {
    const busy = !!s.busy;
    const canGoBack = !s.session && !s.status.passwordSet;
    switch (step) {
      case 'invitation': {
        const expires = formatDate(this.services!.locale, calendarDateOf(Date.parse(s.status.expiresAt)));
        return html`<p>${this.t(`rs.onboarding.invitation.intro.${s.status.kind}`, { invitedBy: s.status.invitedBy })}</p>
          <p class="vigie-onboarding-hint">${clockIcon}<span>${this.t('rs.onboarding.invitation.expires', { date: expires })}</span></p>
          <p class="vigie-onboarding-question" id="${this.#id}-question">${this.t('rs.onboarding.invitation.question')}</p>
          <div class="vigie-actions vigie-onboarding-choices" role="group" aria-labelledby="${this.#id}-question">
            <button type="button" class="vigie-button" @click=${() => this.#flow.send({ type: 'choose', user: 'existing' })}>${this.t('rs.onboarding.invitation.existing')}</button>
            <button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.#flow.send({ type: 'choose', user: 'new' })}>${this.t('rs.onboarding.invitation.new')}</button>
          </div>`;
      }
      case 'login': {
        const f = this.#loginForm;
        return f.renderForm(
          html`${requiredNote(f)} ${textField(f.field('email'), { enterKeyHint: 'next' })} ${passwordField(f.field('password'), { enterKeyHint: 'go' })}
          ${this.#actions(f, this.t('rs.onboarding.login.submit'), canGoBack ? this.#backButton() : undefined)}`,
          { labelledby: `${this.#id}-heading` },
        );
      }
      case 'email': {
        const f = this.#emailForm;
        return f.renderForm(
          html`<p>${this.t('rs.onboarding.email.intro')}</p>
            ${requiredNote(f)} ${textField(f.field('email'), { enterKeyHint: 'send' })} ${this.#actions(f, this.t('rs.onboarding.email.submit'), this.#backButton())}`,
          { labelledby: `${this.#id}-heading` },
        );
      }
      case 'check-email':
        return html`<div class="vigie-vault-message vigie-vault-message--success">
            ${mailIcon}
            <p>${this.t('rs.onboarding.checkEmail.sent', { email: s.status.email ?? '' })}</p>
          </div>
          <p class="vigie-onboarding-hint" role="status">${infoIcon}<span>${this.t('rs.onboarding.checkEmail.waiting')}</span></p>
          <div class="vigie-actions vigie-onboarding-buttons">
            <button type="button" class="vigie-button vigie-button--secondary" aria-disabled=${busy ? 'true' : nothing} @click=${() => !busy && this.#flow.send({ type: 'resend-email' })}>
              ${s.resending ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span>${this.t('rs.onboarding.checkEmail.resend')}</span>
            </button>
            ${this.#backButton('rs.onboarding.checkEmail.change')}
          </div>
          <p><button type="button" class="vigie-vault-link vigie-onboarding-link" @click=${() => this.#flow.send({ type: 'choose', user: 'existing' })}>${this.t('rs.onboarding.checkEmail.existing')}</button></p>`;
      case 'password': {
        const f = this.#passwordForm;
        const countId = `${this.#id}-count`;
        return f.renderForm(
          html`${requiredNote(f)}
            <input type="email" name="username" autocomplete="username" .value=${s.status.email ?? ''} readonly hidden />
            <div class="vigie-vault-new-password" @input=${this.#length.onInput}>
              ${passwordField(f.field('password'), { describedBy: countId, enterKeyHint: 'next' })} ${this.#length.render(countId)}
            </div>
            ${passwordField(f.field('confirmation'), { enterKeyHint: 'go' })} ${this.#actions(f, this.t('rs.onboarding.password.submit'))}`,
          { labelledby: `${this.#id}-heading` },
        );
      }
      case 'terms-mysecuritas':
      case 'terms-remote': {
        const f = this.#termsForm;
        const href = safeHref(step === 'terms-mysecuritas' ? this.mysecuritasTermsHref : this.remoteTermsHref);
        return f.renderForm(
          html`${href
              ? html`<p>
                  <a class="vigie-vault-external" href=${href} target="_blank" rel="noopener noreferrer"
                    >${this.t(this.#termsKey('link'))}<span class="vigie-sr-only"> ${this.t('rs.onboarding.newWindow')}</span>${externalIcon}</a
                  >
                </p>`
              : nothing}
            ${requiredNote(f)} ${checkboxField(f.field('accept'))} ${this.#actions(f, this.t('rs.onboarding.terms.submit'))}`,
          { labelledby: `${this.#id}-heading` },
        );
      }
      case 'id-pin':
        return s.noIdPin ? this.#renderNewUser(s) : this.#renderIdPin(s);
      case 'contact': {
        const f = this.#contactForm;
        return f.renderForm(
          html`<p>${this.t('rs.onboarding.contact.intro')}</p>
            ${requiredNote(f)} ${textField(f.field('lastName'))} ${textField(f.field('firstName'))} ${textField(f.field('email'))} ${textField(f.field('phone'), { enterKeyHint: 'done' })}
            ${this.#actions(f, this.t('rs.onboarding.contact.submit'))}`,
          { labelledby: `${this.#id}-heading` },
        );
      }
    }
  }

  #renderIdPin(s: OnboardingActive) {
    const f = this.#idPinForm;
    const isNew = s.status.user === 'new';
    return html`${f.renderForm(
      html`<p>${this.t('rs.onboarding.idPin.intro')}</p>
        ${requiredNote(f)} ${textField(f.field('id'), { inputMode: 'numeric', spellcheck: false, autocapitalize: 'off', enterKeyHint: 'next' })}
        ${passwordField(f.field('pin'), { enterKeyHint: 'go', inputMode: 'numeric', showLabel: this.t('rs.onboarding.idPin.show') })} ${this.#actions(f, this.t('rs.onboarding.idPin.submit'))}`,
      { labelledby: `${this.#id}-heading` },
    )}
    ${isNew
      ? html`<p><button type="button" class="vigie-vault-link vigie-onboarding-link" @click=${() => this.#flow.send({ type: 'no-id-pin' })}>${this.t('rs.onboarding.idPin.none')}</button></p>`
      : nothing}`;
  }

  #renderNewUser(s: OnboardingActive) {
    const busy = s.busy === 'new-user';
    return html`<div class="vigie-onboarding-question-box">
      <h4 class="vigie-onboarding-subtitle" id="${this.#id}-new" tabindex="-1" data-focus="no-id-pin">${this.t('rs.onboarding.newUser.title')}</h4>
      <p>${this.t('rs.onboarding.newUser.intro')}</p>
      <div class="vigie-actions vigie-onboarding-buttons" role="group" aria-labelledby="${this.#id}-new">
        <button type="button" class="vigie-button" aria-disabled=${busy ? 'true' : nothing} @click=${() => !busy && this.#flow.send({ type: 'confirm-new' })}>
          ${busy ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span>${this.t('rs.onboarding.newUser.confirm')}</span>
        </button>
        ${this.#backButton('rs.onboarding.newUser.cancel')}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'remote-onboarding': RemoteOnboarding;
  }
}
