import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  checkRegistration,
  fieldIssueMessageKey,
  passportCoreMessages,
  passportRegistrationMessages,
  registrationFlow,
  registrationRefusalFields,
  toRegistrationRequest,
  type ApiFailure,
  type FieldIssues,
  type MessageKey,
  type RegistrationField,
  type RegistrationFlowEvent,
  type RegistrationFlowRequest,
  type RegistrationFlowState,
  type RegistrationForm,
  type RegistrationFormField,
} from '@vigie/core';
import { FlowController } from '../../base/flow-controller.js';
import { failureOf } from '../../base/forms/helpers.js';
import {
  LightDomElement,
  formStyles,
  passwordField,
  splitMulti,
  submitButton,
  textField,
  type FieldError,
  type FieldOption,
} from '../../base/forms/index.js';
import { PasswordLengthController } from '../../base/forms/password-feedback.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { errorIcon } from '../../base/forms/form-icons.js';
import { passportLoginAction } from '../passport-session.js';
import { CaptchaSlotController, type CaptchaRender } from './captcha-slot.js';
import { CaptchaTokenUsedEvent, CompanyRegisteredEvent } from './company-registration.events.js';
import { styles } from './company-registration.styles.js';
import {
  captchaStep,
  companyAndReferentFields,
  doneMessage,
  regionOptions,
  registrationFields,
  type RegistrationView,
} from './registration-views.js';
import { FlowAnswer } from '../../base/forms/flow-answer.js';

/** The passport's calls, loaded on the first submit (ky, zod and the contract stay out of the page until then). */
const passportApi = () => import('@vigie/core/passport/api');

/** What the host's anti-robot step gives: its token, or a function returning it (now, or once an invisible check is done). */
export type CaptchaTokenSource = string | (() => string | null | undefined | Promise<string | null | undefined>);

/** Read-only, reflected: `idle` (the form), `submitting`, `failed` (a refusal or a failure is shown), `registered`. */
export type RegistrationStatus = 'idle' | 'submitting' | 'failed' | 'registered';

/**
 * The form keeps whether the anti-robot token is there (never the token itself): the field's
 * value is one of these, set at each submit, so the error summary and the focus treat the step
 * like any other required field.
 */
const TOKEN_READY = 'ready';
const TOKEN_MISSING = 'missing';

type Field = RegistrationFormField;
/** What the form hands over: every field's value (a `multi` one joined, see `splitMulti`). */
type Values = Readonly<Record<Field, string>>;

/** The texts of the vault's live password count that this widget words with its own keys. */
const COUNT_KEYS: Readonly<Record<string, MessageKey>> = {
  'vault.password.count': 'passport.registration.password.count',
  'vault.password.error.too-long': 'passport.field.password-too-long',
};

/**
 * PP-REGISTER — « Inscription entreprise sous-traitante » (seed 004): the SIRET (or, through « Vous
 * n’avez pas de numéro SIRET ? », the intra-community VAT number), the company's name, its regions
 * of intervention, the referent's names and e-mail (twice), the account's password (twice), and
 * the host's anti-robot step. Every field is checked by core (`checkRegistration`: the SIRET's
 * Luhn key and La Poste's rule, the VAT number's country format and French key, the password
 * policy…), each issue with its own message, in an error summary that leads to the fields.
 *
 * **The anti-robot step is the host's.** Put your element inside the widget, marked
 * `slot="captcha"` (or `data-vigie-captcha`); the widget moves it into its form, under the
 * passwords (see `captcha-slot.ts`; render your widget into it once it is in place). With React, Vue
 * or Angular, give `captchaRender` instead: the widget calls it with an empty place of its own in the
 * form (`(place) => turnstile.render(place, …)`), so nothing the framework owns is moved. Give the token
 * through `captchaToken`: a function read at each submit (`() => grecaptcha.getResponse(id)`; it may
 * return a promise, for an invisible check), or the token itself (the `captcha-token` attribute,
 * set by your widget's callback). No token: the step is a required field in error. Once sent, the
 * token is spent: `captcha-token-used` fires (reset your widget) and a `captcha-token` attribute
 * is removed.
 *
 * The server has the last word: a SIRET or VAT number already registered is said on that field,
 * an e-mail already used on the e-mail, a refused anti-robot token on that step, other refusals
 * on their fields; a failure to reach it offers a retry. What was typed stays, except the
 * passwords, which never outlive a request (they are typed again). On success the form gives way
 * to the confirmation: the account is created, an e-mail went to the referent, whose e-mail is the
 * login.
 *
 * Light DOM (credential fields): native inputs in a real `<form>` (`autocomplete="username"` on the
 * referent's e-mail, `new-password` on both passwords) that password managers find. Style it with
 * the `--vigie-*` tokens and the `vigie-registration__*` classes (plus the shared `vigie-*` form
 * classes).
 *
 * @tagname company-registration
 * @summary Register a subcontractor company (PP-REGISTER): SIRET or VAT number, regions, referent, password, the host's anti-robot step.
 * @slot captcha - Not a real slot (light DOM): a child marked `slot="captcha"` or `data-vigie-captcha` is moved into the form, where the anti-robot step goes. In a framework, use the `captchaRender` property instead.
 * @fires {CompanyRegisteredEvent} company-registered - The account is created: `companyName` and `email` (the referent's, the login). Never the password.
 * @fires {PassportLoginRequestedEvent} passport-login-requested - « Se connecter » after the registration; cancelable: cancel it to show your own `<passport-login>` instead of following `login-href`.
 * @fires {CaptchaTokenUsedEvent} captcha-token-used - The anti-robot token was sent (whatever the answer): reset your anti-robot widget.
 * @cssprop --company-registration-max-width - The widest the widget grows (default `48rem`).
 */
export class CompanyRegistration extends LightDomElement {
  static override messages = [passportCoreMessages, passportRegistrationMessages];

  static override lightStyles = [formStyles, panelStyles, styles];

  /**
   * The anti-robot token, or a function giving it (read at each submit; it may return a promise).
   * As an attribute (`captcha-token`), the token your widget's callback wrote; removed once sent.
   */
  @property({ attribute: 'captcha-token' }) captchaToken?: CaptchaTokenSource;

  /**
   * Draws the host's anti-robot step into `place`, an empty element the widget owns inside its form
   * (called once per place; may return a cleanup). Use it in place of a `slot="captcha"` child
   * with React, Vue or Angular, which must not see their nodes moved.
   */
  @property({ attribute: false }) captchaRender?: CaptchaRender;

  /** Where « Se connecter » leads once the account is created (a web link). Without it, the button only fires `passport-login-requested`. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** The level of the widget's heading in the host page (1–6, default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Read-only, reflected for host CSS: `idle`, `submitting`, `failed` or `registered`. */
  @property({ reflect: true }) status: RegistrationStatus = 'idle';

  static #instances = 0;
  readonly #uid = `vigie-registration-${++CompanyRegistration.#instances}`;
  /** The anti-robot token of the submission under way: private, never in state, spent once sent. */
  #token?: string;
  /** The asynchronous anti-robot check is done: the next submit event goes through to the form. */
  #tokenChecked = false;
  #warned = false;
  /** The form waiting for the flow's answer (its promise settles with it). */
  readonly #answer = new FlowAnswer();
  /** The flow's last state: what the element comes back to after leaving the page. */
  #kept?: RegistrationFlowState;

  /** Core's PP-REGISTER flow (`registrationFlow`): the identifier asked, the anti-robot check, the request, the refusal, the confirmation. */
  readonly #flow = new FlowController(this, {
    flow: registrationFlow,
    clock: () => this.services!.clock,
    run: (request, signal) => this.#run(request, signal),
    // What was typed and chosen when the element left the page, without the request abandoned then.
    resume: (): RegistrationFlowState | undefined =>
      this.#kept && { ...this.#kept, phase: this.#kept.phase === 'registered' ? 'registered' : 'editing', sending: undefined },
    events: {
      'captcha-token-used': () => this.#spendToken(),
      'company-registered': (d) => {
        const { companyName, email } = d as { companyName: string; email: string };
        return new CompanyRegisteredEvent(companyName, email);
      },
    },
  });

  /** What the views (`registration-views.ts`) need of this element. */
  readonly #view: RegistrationView = { t: (key, params) => this.t(key, params) };

  /** The flow's state (tests, stories). */
  get flowState(): RegistrationFlowState {
    return this.#flow.state;
  }

  get #identification() {
    return this.#flow.state.identification;
  }
  #regionOptions?: { readonly locale: string; readonly options: readonly FieldOption[] };

  readonly #form = this.createForm({
    fields: registrationFields({
      t: (key, params) => this.t(key, params),
      identification: () => this.#identification,
      regions: () => this.#regions(),
    }),
    validators: {
      identifier: (_, values) => this.#issue(values, this.#identification),
      companyName: (_, values) => this.#issue(values, 'companyName'),
      regions: (_, values) => this.#issue(values, 'regions'),
      referentLastName: (_, values) => this.#issue(values, 'referentLastName'),
      referentFirstName: (_, values) => this.#issue(values, 'referentFirstName'),
      email: (_, values) => this.#issue(values, 'email'),
      emailConfirmation: (_, values) => this.#issue(values, 'emailConfirmation'),
      password: (_, values) => this.#issue(values, 'password'),
      passwordConfirmation: (_, values) => this.#issue(values, 'passwordConfirmation'),
      antiRobotToken: (_, values) => this.#issue(values, 'antiRobotToken'),
    },
    submit: (values) => this.#register(values),
    onSuccess: () => {
      this.#form.reset();
      this.#length.reset();
    },
    onFailure: (failure) => this.#onRefused(failure),
  });

  readonly #length = new PasswordLengthController(this, 'password', (key, params) => this.t(COUNT_KEYS[key] ?? key, params));

  readonly #captcha: CaptchaSlotController = new CaptchaSlotController(
    this,
    (): Element | null => this.querySelector(`#${this.#uid}-captcha-place`),
    () => this.captchaRender,
  );

  /** Back to an empty form (after a registration, to register another company). */
  reset(): void {
    this.#form.reset();
    this.#length.reset();
    this.#token = undefined;
    if (this.#flow.started) this.#flow.send({ type: 'reset' });
  }

  // ── core's checks ─────────────────────────────────────────────────────────────────────────

  /** The form as core reads it (the anti-robot token only as present or not: it is read at submit). */
  #registrationForm(values: Values, antiRobotToken: string | null): RegistrationForm {
    const siret = this.#identification === 'siret';
    return {
      identification: this.#identification,
      siret: siret ? values.identifier : '',
      vat: siret ? '' : values.identifier,
      companyName: values.companyName,
      regions: splitMulti(values.regions),
      referentLastName: values.referentLastName,
      referentFirstName: values.referentFirstName,
      email: values.email,
      emailConfirmation: values.emailConfirmation,
      password: values.password,
      passwordConfirmation: values.passwordConfirmation,
      antiRobotToken,
    };
  }

  /** Core's issue for one of its fields, as a message. */
  #issue(values: Values, field: RegistrationField): FieldError | undefined {
    const issues: FieldIssues<RegistrationField> = checkRegistration(
      this.#registrationForm(values, values.antiRobotToken === TOKEN_READY ? TOKEN_READY : null),
    );
    const issue = issues[field];
    return issue ? fieldIssueMessageKey(issue) : undefined;
  }

  /** The 18 regions, by name in the page's language (what a person scans), each once. */
  #regions(): readonly FieldOption[] {
    const locale = this.services?.locale ?? 'fr';
    if (this.#regionOptions?.locale !== locale) this.#regionOptions = { locale, options: regionOptions(this.#view, locale) };
    return this.#regionOptions.options;
  }

  // ── the anti-robot step ───────────────────────────────────────────────────────────────────

  /**
   * Before the form checks its fields (capture phase of its submit): the host's token is read. A
   * token given at once lets the submit go on; a promise holds it until the check is done, then
   * submits again, so the fields and the step are checked together, in one summary.
   */
  #onSubmitCapture = (e: Event) => {
    if (!(e.target instanceof HTMLFormElement) || !this.contains(e.target)) return;
    if (this.#tokenChecked) {
      this.#tokenChecked = false;
      return;
    }
    if (this.#flow.state.phase === 'checking' || this.#form.submitting) {
      // One submission at a time: this one sends nothing.
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    const token = this.#readToken();
    if (token instanceof Promise) {
      e.preventDefault();
      e.stopPropagation();
      void this.#awaitToken(token);
      return;
    }
    this.#setToken(token);
  };

  /** After the form checked its fields: an anti-robot step in error with nothing before it gets focus. */
  #onSubmitBubble = () => {
    const first = this.#form.errors.keys().next().value;
    if (first === 'antiRobotToken') void this.updateComplete.then(() => this.#focusCaptcha());
  };

  #readToken(): string | undefined | Promise<string | undefined> {
    const source = this.captchaToken;
    if (source === undefined || source === null) {
      this.#warnNoCaptcha();
      return undefined;
    }
    if (typeof source !== 'function') return source;
    try {
      const value = source();
      return value instanceof Promise ? value.then(clean, () => undefined) : clean(value);
    } catch {
      return undefined;
    }
  }

  async #awaitToken(pending: Promise<string | undefined>): Promise<void> {
    this.#flow.send({ type: 'captcha-checking' });
    const token = await pending;
    this.#flow.send({ type: 'captcha-checked' });
    if (!this.isConnected) return;
    this.#setToken(token);
    this.#tokenChecked = true;
    this.#form.submit();
  }

  #setToken(token: string | undefined): void {
    this.#token = clean(token);
    this.#form.setValues({ antiRobotToken: this.#token ? TOKEN_READY : TOKEN_MISSING });
  }

  /** The token went to the server: it is spent (never reused, never kept), and the host is told (the flow's `captcha-token-used`). */
  #spendToken(): CaptchaTokenUsedEvent {
    this.#token = undefined;
    if (typeof this.captchaToken === 'string') {
      this.captchaToken = undefined;
      this.removeAttribute('captcha-token');
    }
    return new CaptchaTokenUsedEvent();
  }

  #focusCaptcha(): void {
    this.querySelector<HTMLElement>(`#${this.#form.id}-antiRobotToken`)?.focus();
  }

  /** The error summary's link to the anti-robot step (it has no input of its own for the form to focus). */
  #onClick = (e: Event) => {
    const link = (e.target as Element | null)?.closest?.('a');
    if (link?.getAttribute('href') === `#${this.#form.id}-antiRobotToken`) this.#focusCaptcha();
  };

  #warnNoCaptcha(): void {
    if (this.#warned || this.#captcha.given) return;
    this.#warned = true;
    console.warn(
      '[vigie] <company-registration> has no anti-robot step: put your element inside it (slot="captcha") and give its token through `captchaToken`.',
    );
  }

  // ── sending ───────────────────────────────────────────────────────────────────────────────

  /** The form's submit: core builds the request, the flow sends it; the form settles with the flow's answer (so secrets live until then). */
  #register(values: Values): Promise<void> {
    const request = toRegistrationRequest(this.#registrationForm(values, this.#token ?? null));
    return this.#answer.wait(
      () => this.#flow.send({ type: 'submit', request }),
      () => this.#flow.state.phase === 'sending',
    );
  }

  /** The flow's request, through core's call (loaded on the first submit); a failure becomes an event. */
  async #run(r: RegistrationFlowRequest, signal: AbortSignal): Promise<RegistrationFlowEvent> {
    try {
      const api = await passportApi();
      const response = await api.registerCompany(this.services!.client, r.request, { signal });
      return { type: 'registered', companyName: r.request.companyName, email: response.login };
    } catch (e) {
      return { type: 'refused', failure: failureOf(e) };
    }
  }

  /** A refusal said on its field (true), or a failure for the form's notice and its retry (false). */
  #onRefused(failure: ApiFailure): boolean {
    // The passwords stay after a failure that is not an answer (issue 8 #18): so does their count.
    if (this.#form.secretsCleared) this.#length.reset();
    const errors = registrationRefusalFields(failure, this.#identification);
    if (!errors) return false;
    void this.#form.setErrors(errors).then(() => this.#onSubmitBubble());
    return true;
  }

  // ── SIRET or VAT number ───────────────────────────────────────────────────────────────────

  #switchIdentification = async () => {
    const typed = this.querySelector<HTMLInputElement>(`#${this.#form.id}-identifier`)?.value ?? '';
    const other = this.#flow.state.otherIdentifier;
    this.#flow.send({ type: 'switch-identification', typed });
    this.#form.setValues({ identifier: other });
    // The other number is asked: what was said about the previous one no longer holds.
    if (this.#form.errors.size > 0) await this.#form.validate([]);
  };

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('submit', this.#onSubmitCapture, { capture: true });
    this.addEventListener('submit', this.#onSubmitBubble);
    this.addEventListener('click', this.#onClick);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('submit', this.#onSubmitCapture, { capture: true });
    this.removeEventListener('submit', this.#onSubmitBubble);
    this.removeEventListener('click', this.#onClick);
    this.#token = undefined;
    this.#tokenChecked = false;
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.services) return;
    const s = (this.#kept = this.#flow.state);
    this.#answer.settle(s.answer, 'POST passport/companies');
    this.status = s.registered
      ? 'registered'
      : s.phase === 'checking' || s.phase === 'sending' || this.#form.submitting
        ? 'submitting'
        : this.#form.status === 'failed'
          ? 'failed'
          : 'idle';
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const done = this.#flow.state.registered;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const title = `${this.#uid}-title`;
    return html`<section class="vigie-scope vigie-panel vigie-registration" aria-labelledby=${title}>
      <div class="vigie-panel-heading vigie-registration__title" role="heading" aria-level=${level} id=${title} tabindex="-1" data-focus="title">
        ${this.t(done ? 'passport.registration.done.title' : 'passport.registration.title')}
      </div>
      <div class="vigie-panel-result" role="status">${done ? doneMessage(this.#view, done) : nothing}</div>
      ${done ? this.#renderSignIn() : nothing}
      <div class="vigie-registration__body" ?hidden=${!!done}>${this.#renderForm()}</div>
    </section>`;
  }

  /** « Se connecter »: the host's sign-in page (`login-href`), or the cancelable `passport-login-requested`. */
  #renderSignIn() {
    const action = passportLoginAction(this, {
      label: this.t('passport.registration.done.signIn'),
      href: this.loginHref,
      reason: 'signed-out',
      className: 'vigie-button',
    });
    return html`<div class="vigie-panel-actions">${action}</div>`;
  }

  #renderForm() {
    const f = this.#form;
    const siret = this.#identification === 'siret';
    const checking = this.#flow.state.phase === 'checking';
    const countId = `${this.#uid}-count`;
    const busy = { submitting: f.submitting || checking, t: f.t.bind(f) };
    return f.renderForm(
      html`<p class="vigie-required-note">${this.t('passport.registration.requiredNote')}</p>
        <div class="vigie-registration__identifier">
          ${textField(f.field('identifier'), {
            enterKeyHint: 'next',
            // A SIRET is digits (a numeric keypad on phones); a VAT number starts with letters. Neither is prose.
            inputMode: this.#identification === 'siret' ? 'numeric' : 'text',
            autocapitalize: this.#identification === 'siret' ? 'off' : 'characters',
            spellcheck: false,
            focus: 'identifier',
          })}
          <button type="button" class="vigie-panel-link vigie-registration__switch" @click=${this.#switchIdentification}>
            ${this.t(siret ? 'passport.registration.noSiret' : 'passport.registration.hasSiret')}
          </button>
        </div>
        ${companyAndReferentFields(this.#view, f)}
        ${
          this.#flow.state.passwordsCleared
            ? html`<p class="vigie-panel-message vigie-panel-message--warning vigie-registration__cleared">${errorIcon}<span>${this.t('passport.registration.passwordsCleared')}</span></p>`
            : nothing
        }
        <div class="vigie-registration__pair" @input=${this.#onPasswordInput}>
          ${passwordField(f.field('password'), { describedBy: countId })}
          <div class="vigie-registration__count">${this.#length.render(countId)}</div>
          ${passwordField(f.field('passwordConfirmation'))}
        </div>
        ${captchaStep(this.#view, this.#form.field('antiRobotToken'), `${this.#uid}-captcha-place`, this.#flow.state.phase === 'checking')} ${submitButton(busy, this.t(busy.submitting ? 'passport.registration.submitting' : 'passport.registration.submit'))}`,
      { labelledby: `${this.#uid}-title` },
    );
  }

  #onPasswordInput = (e: Event) => {
    this.#length.onInput(e);
    // Only while the « passwords cleared » notice shows: a transition re-renders the whole form, and a
    // render per key typed made typing a password about three times slower (the test file's 600 s in CI).
    if (this.#flow.state.passwordsCleared && (e.target as HTMLInputElement).value !== '') this.#flow.send({ type: 'password-typed' });
  };
}

const clean = (token: string | null | undefined): string | undefined =>
  typeof token === 'string' && token.trim() !== '' ? token.trim() : undefined;

declare global {
  interface HTMLElementTagNameMap {
    'company-registration': CompanyRegistration;
  }
}
