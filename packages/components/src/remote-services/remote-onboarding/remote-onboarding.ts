import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  ApiError,
  calendarDateOf,
  formatTimeOfDay,
  ONBOARDING_PASSWORD_MIN_LENGTH,
  onboardingFlowWith,
  onboardingPasswordIssue,
  onboardingProgress,
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
  type Params,
} from '@vigie/core';
import { formatDate, loadMessages } from '@vigie/core/i18n';
import { FlowController } from '../../base/flow-controller.js';
import { takeLinkToken } from '../../base/link-token.js';
import { OnDemand } from '../../base/on-demand.js';
import { ToastController, toastStyles } from '../../base/toast.js';
import {
  LightDomElement,
  formStyles,
  passwordField,
  requiredNote,
  submitButton,
  textField,
  type FieldError,
} from '../../base/forms/index.js';
import { panelBaseStyles } from '../../base/forms/panel-base.styles.js';
import { failureMessage } from '../../base/forms/messages.js';
import { serverJudged } from '../../base/forms/helpers.js';
import { PasswordLengthController } from '../../base/forms/password-feedback.js';
import { checkIcon, clockIcon, errorIcon, infoIcon, mailIcon } from '../../base/forms/form-icons.js';
import { OnboardingCompletedEvent, OnboardingExitedEvent, OnboardingStepChangedEvent } from './remote-onboarding.events.js';
import { styles } from './remote-onboarding.styles.js';
import type { OnboardingStepsHost, LaterSteps } from './remote-onboarding.later-steps.on-demand.js';

/** The texts of the shared live password count, worded with this widget's keys. */
const COUNT_KEYS: Readonly<Record<string, MessageKey>> = {
  'vault.password.count': 'rs.onboarding.password.count',
  'vault.password.error.too-long': 'rs.onboarding.password.error.too-long',
};

/** Which form a request's answer settles. */
type Form = 'login' | 'email' | 'password' | 'terms' | 'idPin' | 'contact';
const FORM_OF_OP: Partial<Record<OnboardingOp, Form>> = {
  login: 'login',
  signup: 'email',
  password: 'password',
  'terms-mysecuritas': 'terms',
  'terms-remote': 'terms',
  'id-pin': 'idPin',
  contact: 'contact',
};

/** A flow's field message as a form's error (shared with the later steps). */
export const fieldError = (m: OnboardingFieldMessage | undefined): FieldError | undefined =>
  m ? { key: m.key, ...(m.params ? { params: m.params } : {}) } : undefined;

let uid = 0;

/**
 * RS-ONB — the onboarding to MySecuritas Remote Services (seed 000), from the invitation's link: the
 * four paths (an invitation with an ID & PIN, or automatic; an existing MySecuritas account, or a new
 * one), « Étape n sur N » over an ordered list of the path's steps (the current one
 * `aria-current="step"`), the focus on each new step's heading.
 *
 * The steps are core's onboarding flow (a pure machine) run by the one `FlowController`; the server
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
 * Size (issue 9): this module holds the shell and the views an arrival or a resume can land on
 * (invitation, log-in, « check your e-mail », password, the ends). The later steps — the new
 * account's e-mail, those after the log-in, the success, « exited » — load on demand with their
 * texts and their part of core's flow (`onboardingLaterTransition`, joined to the landing part by
 * `onboardingFlowWith`) (`remote-onboarding.later-steps.on-demand.ts`) when the person asks for one
 * of them; while they load, the step shows its heading and a loading line (a failure: « Réessayer »).
 *
 * Style it with the `--vigie-*` tokens and these classes: `vigie-onboarding` (root, also
 * `vigie-panel`), `vigie-onboarding-steps` (the list; `is-done`, `is-current`),
 * `vigie-onboarding-step`, `vigie-onboarding-step-title`, `vigie-onboarding-step-count`,
 * `vigie-onboarding-choices`, `vigie-panel-message` (notices), and the shared form classes.
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
  static override messages = [remoteOnboardingMessages];

  static override lightStyles = [formStyles, panelBaseStyles, toastStyles, styles];

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
    // The landing part of core's flow; the later steps' part comes with their views.
    flow: onboardingFlowWith(() => this.#later.module?.transition),
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
    submit: (v) => {
      // The next step is a later one (after the log-in): its view loads with the request.
      this.#loadLater();
      return this.#submit('login', { type: 'submit-login', email: v.email, password: v.password });
    },
    onFailure: () => true,
  });

  readonly #passwordForm = this.createForm({
    fields: {
      password: {
        kind: 'new-password',
        label: 'rs.onboarding.password.new',
        hint: () => this.t('rs.onboarding.password.rule', { min: ONBOARDING_PASSWORD_MIN_LENGTH }),
        required: true,
      },
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

  readonly #forms = {
    login: this.#loginForm,
    password: this.#passwordForm,
  } as const;

  /** What the steps after the log-in need from this element. */
  readonly #stepsHost: OnboardingStepsHost = {
    element: this,
    id: this.#id,
    t: (key, params) => this.t(key, params),
    services: () => this.services,
    step: () => onboardingProgress(this.#flow.state)?.step,
    send: (event) => this.#flow.send(event),
    submit: (op, event) => this.#submit(op, event),
    heading: (text) => this.#heading(text),
    actions: (form, label, back) => this.#actions(form, label, back),
    back: (label) => this.#backButton(label),
  };

  /**
   * The later steps (see `remote-onboarding.later-steps.on-demand.ts`), with their texts: loaded
   * when the person asks for one of them (the log-in's submit, « Non, créer un compte », « Modifier
   * l'adresse e-mail », « Quitter l'inscription », or intent on those buttons), never on arrival: no
   * arrival lands on them.
   */
  readonly #later = new OnDemand<LaterSteps>(this, async () => {
    const m = await import('./remote-onboarding.later-steps.on-demand.js');
    await loadMessages(this.services!.locale, [m.messages]);
    return m.laterSteps(this.#stepsHost);
  });

  /** The later steps' load the person asked for (else a step of theirs offers to load them); never rejects. */
  #laterLoading?: Promise<unknown>;

  /** Starts loading the later steps (a failure shows on the step, with a retry). */
  #loadLater = (): void => {
    this.#laterLoading = this.#later.load().catch(() => undefined);
  };

  /** Sends a person's intent that leads to a later step, loading its view at the same time. */
  #toLater(event: OnboardingEvent) {
    return () => {
      this.#loadLater();
      this.#flow.send(event);
    };
  }

  /** A form by name: the element's own, or the later steps' once loaded. */
  #form(name: Form) {
    return name === 'login' || name === 'password' ? this.#forms[name] : this.#later.module?.forms[name];
  }

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
      this.#later.module?.reset();
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
        void (this.#form(form) as { setErrors(e: Record<string, FieldError | undefined>): Promise<void> } | undefined)?.setErrors(errors);
      }
    }
  }

  /** What the server knows, in the fields of the step it concerns (once per step; never over what was typed). */
  #prefill(s: OnboardingActive): void {
    const step = onboardingProgress(s)?.step;
    this.#later.module?.prefill(s);
    if (!step || this.#prefilled === step) return;
    this.#prefilled = step;
    const email = s.status.email ?? '';
    if (step === 'login' && !this.#loginForm.values.email) this.#loginForm.setValues({ email });
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

  /** The flow's requests, through core's runner (loaded with the data layer); a step's answer settles its form. */
  async #run(r: OnboardingRequest, signal: AbortSignal): Promise<OnboardingEvent> {
    const api = await import('@vigie/core/remote-services/api');
    const event = await api.runOnboardingRequest(this.services!.client, r, signal);
    // The log-in leads to a later step: its answer waits for that step's view, loading since the
    // submit (« Se connecter » stays busy until both are there; a failed load shows on the step).
    if (r.op === 'login' && event.type === 'answered') await this.#laterLoading;
    if (event.type === 'answered' || event.type === 'refused') this.#settle(event.op, event.type === 'refused' ? event.failure : undefined);
    return event;
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const s = this.#flow.state;
    return html`<div class="vigie-scope vigie-panel vigie-onboarding">
      <h2 class="vigie-panel-heading">${this.t('rs.onboarding.title')}</h2>
      ${this.#renderPhase(s)} ${this.#toasts.render()}
    </div>`;
  }

  #heading(text: string, count?: string) {
    return html`<h3 class="vigie-onboarding-step-title" id="${this.#id}-heading" tabindex="-1" data-focus="heading">
      ${count ? html`<span class="vigie-onboarding-step-count">${count}</span>` : nothing}<span class="vigie-onboarding-step-name">${text}</span>
    </h3>`;
  }

  #message(tone: 'error' | 'info' | 'success', mark: TemplateResult, text: string, role?: 'alert' | 'status') {
    return html`<div class="vigie-panel-message${tone === 'info' ? '' : ` vigie-panel-message--${tone}`}" role=${role ?? nothing}>${mark}<p>${text}</p></div>`;
  }

  #renderPhase(s: OnboardingState) {
    switch (s.phase) {
      case 'idle':
        return this.#message('info', infoIcon, this.t('rs.onboarding.noToken'));
      case 'loading':
        return html`<p class="vigie-panel-loading" role="status"><span class="vigie-spinner" aria-hidden="true"></span>${this.t('rs.onboarding.loading')}</p>`;
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
      case 'completed':
        return this.#later.module?.done() ?? this.#laterPending();
      case 'exited':
        return this.#later.module?.exited() ?? this.#laterPending();
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
      case 'check-email':
        return this.t('rs.onboarding.checkEmail.title');
      case 'password':
        return this.t('rs.onboarding.password.title');
      default:
        // The later steps: their own title once loaded, the list's name until then.
        return this.#later.module?.title(step) ?? this.t(`rs.onboarding.step.${step}`);
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
        <button type="button" class="vigie-panel-link vigie-onboarding-link" @pointerenter=${this.#loadLater} @focusin=${this.#loadLater} @click=${this.#toLater({ type: 'exit' })}>
          ${this.t('rs.onboarding.exit')}
        </button>
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
      const retry = () => (form ? this.#form(form)?.retry() : n.op === 'new-user' ? this.#flow.send({ type: 'confirm-new' }) : undefined);
      const secretsGone = form && serverJudged(n.failure) && (form === 'login' || form === 'password' || form === 'idPin');
      return failureMessage({
        title: this.t('rs.onboarding.error.failed'),
        detail: this.services!.describeFailure(n.failure),
        ...(secretsGone ? { notes: [this.t('form.failure.secrets')] } : {}),
        retry: { label: this.t('common.retry'), onRetry: retry },
      });
    }
    if (n.fields && Object.keys(n.fields).length) return nothing; // shown on the fields (with the summary)
    return this.#message(
      n.tone === 'error' ? 'error' : 'info',
      n.tone === 'error' ? errorIcon : infoIcon,
      this.t(n.message.key, n.message.params),
      n.tone === 'error' ? 'alert' : 'status',
    );
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
            <button type="button" class="vigie-button vigie-button--secondary" @pointerenter=${this.#loadLater} @focusin=${this.#loadLater} @click=${this.#toLater({ type: 'choose', user: 'new' })}>
              ${this.t('rs.onboarding.invitation.new')}
            </button>
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
      case 'check-email':
        return html`<div class="vigie-panel-message vigie-panel-message--success">
            ${mailIcon}
            <p>${this.t('rs.onboarding.checkEmail.sent', { email: s.status.email ?? '' })}</p>
          </div>
          <p class="vigie-onboarding-hint" role="status">${infoIcon}<span>${this.t('rs.onboarding.checkEmail.waiting')}</span></p>
          <div class="vigie-actions vigie-onboarding-buttons">
            <button type="button" class="vigie-button vigie-button--secondary" aria-disabled=${busy ? 'true' : nothing} @click=${() => !busy && this.#flow.send({ type: 'resend-email' })}>
              ${s.resending ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span>${this.t('rs.onboarding.checkEmail.resend')}</span>
            </button>
            <button type="button" class="vigie-button vigie-button--secondary" @pointerenter=${this.#loadLater} @focusin=${this.#loadLater} @click=${this.#toLater({ type: 'back' })}>
              ${this.t('rs.onboarding.checkEmail.change')}
            </button>
          </div>
          <p><button type="button" class="vigie-panel-link vigie-onboarding-link" @click=${() => this.#flow.send({ type: 'choose', user: 'existing' })}>${this.t('rs.onboarding.checkEmail.existing')}</button></p>`;
      case 'password': {
        const f = this.#passwordForm;
        const countId = `${this.#id}-count`;
        return f.renderForm(
          html`${requiredNote(f)}
            <input type="email" name="username" autocomplete="username" .value=${s.status.email ?? ''} readonly hidden />
            <div class="vigie-panel-new-password" @input=${this.#length.onInput}>
              ${passwordField(f.field('password'), { describedBy: countId, enterKeyHint: 'next' })} ${this.#length.render(countId)}
            </div>
            ${passwordField(f.field('confirmation'), { enterKeyHint: 'go' })} ${this.#actions(f, this.t('rs.onboarding.password.submit'))}`,
          { labelledby: `${this.#id}-heading` },
        );
      }
      default:
        return this.#later.module?.render(s, step) ?? this.#laterPending();
    }
  }

  /** A later step while its view loads (or failed to load, or was never asked for: a retry). */
  #laterPending() {
    if (this.#later.failed || !this.#laterLoading) {
      return failureMessage({
        title: this.t('rs.onboarding.stepFailed'),
        detail: this.services!.describeFailure({ kind: 'network', message: 'The step could not be loaded' }),
        retry: { label: this.t('common.retry'), onRetry: this.#loadLater },
      });
    }
    return html`<p class="vigie-panel-loading" role="status"><span class="vigie-spinner" aria-hidden="true"></span>${this.t('rs.onboarding.stepLoading')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'remote-onboarding': RemoteOnboarding;
  }
}
