import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  PASSPORT_FIELD_ISSUES,
  PASSWORD_MIN_LENGTH,
  REGION_CODES,
  checkRegistration,
  fieldIssueMessageKey,
  passportCoreMessages,
  passportRegistrationMessages,
  passportProblemOfFailure,
  problemOf,
  regionMessageKey,
  toRegistrationRequest,
  type ApiFailure,
  type FieldIssues,
  type IdentificationKind,
  type MessageKey,
  type PassportFieldIssue,
  type RegistrationField,
  type RegistrationForm,
} from '@vigie/core';
import {
  LightDomElement,
  choiceField,
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
import { checkCircleIcon, errorIcon } from '../../base/forms/form-icons.js';
import { passportLoginAction } from '../passport-session.js';
import { CaptchaSlotController, type CaptchaRender } from './captcha-slot.js';
import { CaptchaTokenUsedEvent, CompanyRegisteredEvent } from './company-registration.events.js';
import { styles } from './company-registration.styles.js';

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

/** The form's fields (core's names, `identifier` being the SIRET or the VAT number, whichever is asked). */
type Field = Exclude<RegistrationField, 'siret' | 'vat'> | 'identifier';
/** What the form hands over: every field's value (a `multi` one joined, see `splitMulti`). */
type Values = Readonly<Record<Field, string>>;

/** The texts of the vault's live password count that this widget words with its own keys. */
const COUNT_KEYS: Readonly<Record<string, MessageKey>> = {
  'vault.password.count': 'passport.registration.password.count',
  'vault.password.error.too-long': 'passport.field.password-too-long',
};

/** A server's field name (`identification.siret`, `referent.email`, `regions[1]`…) → the form's. */
const SERVER_FIELDS: Readonly<Record<string, Field>> = {
  siret: 'identifier',
  vat: 'identifier',
  identification: 'identifier',
  'identification.siret': 'identifier',
  'identification.vat': 'identifier',
  companyName: 'companyName',
  regions: 'regions',
  referentLastName: 'referentLastName',
  'referent.lastName': 'referentLastName',
  referentFirstName: 'referentFirstName',
  'referent.firstName': 'referentFirstName',
  email: 'email',
  'referent.email': 'email',
  emailConfirmation: 'emailConfirmation',
  password: 'password',
  passwordConfirmation: 'passwordConfirmation',
  antiRobotToken: 'antiRobotToken',
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

  /** SIRET, or the VAT number of a company without one. */
  @state() private identification: IdentificationKind = 'siret';
  /** An asynchronous anti-robot check is running (before the request leaves). */
  @state() private checkingCaptcha = false;
  /** A refusal was answered on the fields: the passwords it cleared must be typed again. */
  @state() private passwordsCleared = false;
  /** The account is created (what the confirmation says). */
  @state() private registered?: { readonly companyName: string; readonly email: string };

  static #instances = 0;
  readonly #uid = `vigie-registration-${++CompanyRegistration.#instances}`;
  /** What was typed in the identifier field of the other kind (back when switching again). */
  #otherIdentifier = '';
  /** The anti-robot token of the submission under way: private, never in state, spent once sent. */
  #token?: string;
  /** The asynchronous anti-robot check is done: the next submit event goes through to the form. */
  #tokenChecked = false;
  #moveFocus = false;
  #warned = false;
  #regionOptions?: { readonly locale: string; readonly options: readonly FieldOption[] };

  readonly #form = this.createForm({
    fields: {
      identifier: {
        kind: 'text',
        label: () => this.t(this.identification === 'siret' ? 'passport.registration.siret' : 'passport.registration.vat'),
        hint: () => this.t(this.identification === 'siret' ? 'passport.registration.siret.hint' : 'passport.registration.vat.hint'),
        required: true,
      },
      companyName: { kind: 'text', label: 'passport.registration.companyName', autocomplete: 'organization', required: true },
      regions: {
        kind: 'multi',
        label: 'passport.registration.regions',
        hint: 'passport.registration.regions.hint',
        options: () => this.#regions(),
        required: true,
      },
      referentLastName: {
        kind: 'text',
        label: 'passport.registration.lastName',
        hint: 'passport.registration.lastName.hint',
        autocomplete: 'family-name',
        required: true,
      },
      referentFirstName: {
        kind: 'text',
        label: 'passport.registration.firstName',
        hint: 'passport.registration.firstName.hint',
        autocomplete: 'given-name',
        required: true,
      },
      // The referent's e-mail is the company's login: `username`, so a password manager saves it with the new password.
      email: {
        kind: 'email',
        label: 'passport.registration.email',
        hint: 'passport.registration.email.hint',
        autocomplete: 'username',
        required: true,
      },
      emailConfirmation: { kind: 'email', label: 'passport.registration.emailConfirmation', required: true },
      password: {
        kind: 'new-password',
        label: 'passport.registration.password',
        hint: () => this.t('passport.registration.password.hint', { min: PASSWORD_MIN_LENGTH }),
        required: true,
      },
      passwordConfirmation: { kind: 'new-password', label: 'passport.registration.passwordConfirmation', required: true },
      antiRobotToken: { kind: 'text', label: 'passport.registration.captcha', required: true },
    },
    validators: {
      identifier: (_, values) => this.#issue(values, this.identification),
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
    submit: (values, { signal }) => this.#register(values, signal),
    onSuccess: (result) => this.#onRegistered(result.companyName, result.email),
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
    this.#otherIdentifier = '';
    this.#token = undefined;
    this.identification = 'siret';
    this.passwordsCleared = false;
    this.registered = undefined;
  }

  // ── core's checks ─────────────────────────────────────────────────────────────────────────

  /** The form as core reads it (the anti-robot token only as present or not: it is read at submit). */
  #registrationForm(values: Values, antiRobotToken: string | null): RegistrationForm {
    const siret = this.identification === 'siret';
    return {
      identification: this.identification,
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
    if (this.#regionOptions?.locale !== locale) {
      const collator = new Intl.Collator(locale);
      const options = REGION_CODES.map((code) => ({ value: code, label: regionMessageKey(code), name: this.t(regionMessageKey(code)) }))
        .sort((a, b) => collator.compare(a.name, b.name))
        .map(({ value, label }) => ({ value, label }));
      this.#regionOptions = { locale, options };
    }
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
    if (this.checkingCaptcha || this.#form.submitting) {
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
    this.checkingCaptcha = true;
    const token = await pending;
    this.checkingCaptcha = false;
    if (!this.isConnected) return;
    this.#setToken(token);
    this.#tokenChecked = true;
    this.#form.submit();
  }

  #setToken(token: string | undefined): void {
    this.#token = clean(token);
    this.#form.setValues({ antiRobotToken: this.#token ? TOKEN_READY : TOKEN_MISSING });
  }

  /** The token went to the server: it is spent (never reused, never kept), and the host is told. */
  #spendToken(): void {
    this.#token = undefined;
    if (typeof this.captchaToken === 'string') {
      this.captchaToken = undefined;
      this.removeAttribute('captcha-token');
    }
    const event = new CaptchaTokenUsedEvent();
    this.dispatchEvent(event);
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

  async #register(values: Values, signal: AbortSignal) {
    const request = toRegistrationRequest(this.#registrationForm(values, this.#token ?? null));
    const api = await passportApi();
    try {
      const response = await api.registerCompany(this.services!.client, request, { signal });
      return { companyName: request.companyName, email: response.login };
    } finally {
      if (!signal.aborted) this.#spendToken();
    }
  }

  #onRegistered(companyName: string, email: string): void {
    this.#form.reset();
    this.#length.reset();
    this.passwordsCleared = false;
    this.registered = { companyName, email };
    this.#moveFocus = true;
    const event = new CompanyRegisteredEvent(companyName, email);
    this.dispatchEvent(event);
  }

  /** A refusal said on its field (true), or a failure for the form's notice and its retry (false). */
  #onRefused(failure: ApiFailure): boolean {
    // The passwords stay after a failure that is not an answer (issue 8 #18): so does their count.
    if (this.#form.secretsCleared) this.#length.reset();
    const errors = this.#refusalErrors(failure);
    if (!errors) return false;
    this.passwordsCleared = this.#form.secretsCleared;
    void this.#form.setErrors(errors).then(() => this.#onSubmitBubble());
    return true;
  }

  #refusalErrors(failure: ApiFailure): Partial<Record<Field, FieldError>> | undefined {
    switch (passportProblemOfFailure(failure)) {
      case 'companyExists':
        return {
          identifier: this.identification === 'siret' ? 'passport.registration.error.siretTaken' : 'passport.registration.error.vatTaken',
        };
      case 'robotCheckFailed':
        return { antiRobotToken: 'passport.registration.captcha.refused' };
      case 'validation': {
        const errors = serverFieldErrors(failure);
        return Object.keys(errors).length > 0 ? errors : undefined;
      }
      default:
        return undefined;
    }
  }

  // ── SIRET or VAT number ───────────────────────────────────────────────────────────────────

  #switchIdentification = async () => {
    const current = this.querySelector<HTMLInputElement>(`#${this.#form.id}-identifier`)?.value ?? '';
    this.identification = this.identification === 'siret' ? 'vat' : 'siret';
    this.#form.setValues({ identifier: this.#otherIdentifier });
    this.#otherIdentifier = current;
    // The other number is asked: what was said about the previous one no longer holds.
    if (this.#form.errors.size > 0) await this.#form.validate([]);
    await this.updateComplete;
    this.querySelector<HTMLInputElement>(`#${this.#form.id}-identifier`)?.focus();
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
    this.status = this.registered
      ? 'registered'
      : this.checkingCaptcha || this.#form.submitting
        ? 'submitting'
        : this.#form.status === 'failed'
          ? 'failed'
          : 'idle';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#moveFocus && this.services) {
      this.#moveFocus = false;
      this.querySelector<HTMLElement>(`#${this.#uid}-title`)?.focus();
    }
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const done = this.registered;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const title = `${this.#uid}-title`;
    return html`<section class="vigie-scope vigie-panel vigie-registration" aria-labelledby=${title}>
      <div class="vigie-panel-heading vigie-registration__title" role="heading" aria-level=${level} id=${title} tabindex="-1">
        ${this.t(done ? 'passport.registration.done.title' : 'passport.registration.title')}
      </div>
      <div class="vigie-panel-result" role="status">${done ? this.#renderDone(done) : nothing}</div>
      ${done ? this.#renderSignIn() : nothing}
      <div class="vigie-registration__body" ?hidden=${!!done}>${this.#renderForm()}</div>
    </section>`;
  }

  #renderDone(done: { readonly companyName: string; readonly email: string }) {
    return html`<div class="vigie-panel-message vigie-panel-message--success">
      ${checkCircleIcon}
      <div class="vigie-panel-message-body">
        <p>${this.t('passport.registration.done.text', { companyName: done.companyName, email: done.email })}</p>
        <p>${this.t('passport.registration.done.login')}</p>
        <p class="vigie-panel-note">${this.t('passport.registration.done.spam')}</p>
      </div>
    </div>`;
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
    const siret = this.identification === 'siret';
    const countId = `${this.#uid}-count`;
    const busy = { submitting: f.submitting || this.checkingCaptcha, t: f.t.bind(f) };
    return f.renderForm(
      html`<p class="vigie-required-note">${this.t('passport.registration.requiredNote')}</p>
        <div class="vigie-registration__identifier">
          ${textField(f.field('identifier'), {
            enterKeyHint: 'next',
            // A SIRET is digits (a numeric keypad on phones); a VAT number starts with letters. Neither is prose.
            inputMode: this.identification === 'siret' ? 'numeric' : 'text',
            autocapitalize: this.identification === 'siret' ? 'off' : 'characters',
            spellcheck: false,
          })}
          <button type="button" class="vigie-panel-link vigie-registration__switch" @click=${this.#switchIdentification}>
            ${this.t(siret ? 'passport.registration.noSiret' : 'passport.registration.hasSiret')}
          </button>
        </div>
        ${textField(f.field('companyName'), { enterKeyHint: 'next' })} ${choiceField(f.field('regions'))}
        <details class="vigie-panel-help vigie-registration__referent">
          <summary>${this.t('passport.registration.referent.what')}</summary>
          <p>${this.t('passport.registration.referent.whatHelp')}</p>
        </details>
        <div class="vigie-registration__pair">
          ${textField(f.field('referentLastName'), { enterKeyHint: 'next' })} ${textField(f.field('referentFirstName'), { enterKeyHint: 'next' })}
        </div>
        <div class="vigie-registration__pair">
          ${textField(f.field('email'), { enterKeyHint: 'next' })} ${textField(f.field('emailConfirmation'), { enterKeyHint: 'next' })}
        </div>
        ${
          this.passwordsCleared
            ? html`<p class="vigie-panel-message vigie-panel-message--warning vigie-registration__cleared">${errorIcon}<span>${this.t('passport.registration.passwordsCleared')}</span></p>`
            : nothing
        }
        <div class="vigie-registration__pair" @input=${this.#onPasswordInput}>
          ${passwordField(f.field('password'), { describedBy: countId })}
          <div class="vigie-registration__count">${this.#length.render(countId)}</div>
          ${passwordField(f.field('passwordConfirmation'))}
        </div>
        ${this.#renderCaptcha()} ${submitButton(busy, this.t(busy.submitting ? 'passport.registration.submitting' : 'passport.registration.submit'))}`,
      { labelledby: `${this.#uid}-title` },
    );
  }

  #onPasswordInput = (e: Event) => {
    this.#length.onInput(e);
    if (this.passwordsCleared && (e.target as HTMLInputElement).value !== '') this.passwordsCleared = false;
  };

  /**
   * The anti-robot step: a group named like a field, with its error, and the place the host's
   * element is moved to (an empty, static element: Lit never touches what goes into it).
   */
  #renderCaptcha() {
    const f = this.#form.field('antiRobotToken');
    const labelId = `${f.id}-label`;
    return html`<div
      class="vigie-field vigie-registration__captcha${f.error ? ' vigie-field--invalid' : ''}"
      id=${f.id}
      role="group"
      tabindex="-1"
      aria-labelledby=${labelId}
      aria-describedby=${f.error ? f.errorId : nothing}
    >
      <p class="vigie-label" id=${labelId}>
        ${f.label}<span class="vigie-required" aria-hidden="true">&nbsp;*</span><span class="vigie-sr-only"> (${this.t('form.required')})</span>
      </p>
      ${
        f.error
          ? html`<p class="vigie-field-error" id=${f.errorId}>
            ${errorIcon}<span><span class="vigie-sr-only">${this.t('form.error.prefix')} </span>${f.error}</span>
          </p>`
          : nothing
      }
      <div class="vigie-registration__captcha-place" id="${this.#uid}-captcha-place"></div>
      <p class="vigie-hint vigie-registration__checking" role="status">${this.checkingCaptcha ? this.t('passport.registration.captcha.checking') : nothing}</p>
    </div>`;
  }
}

const clean = (token: string | null | undefined): string | undefined =>
  typeof token === 'string' && token.trim() !== '' ? token.trim() : undefined;

/** A 422's `{ field, issue }` list on the form's fields: each issue's message (an issue this client does not know: « not accepted »). */
function serverFieldErrors(failure: ApiFailure): Partial<Record<Field, FieldError>> {
  const errors: Partial<Record<Field, FieldError>> = {};
  const list = problemOf(failure)?.['errors'];
  for (const e of Array.isArray(list) ? (list as { field?: unknown; issue?: unknown }[]) : []) {
    const field = SERVER_FIELDS[String(e.field ?? '').replace(/(\.\d+|\[\d+\])$/, '')];
    if (!field || errors[field]) continue;
    errors[field] = isFieldIssue(e.issue) ? fieldIssueMessageKey(e.issue) : 'passport.registration.error.invalid';
  }
  return errors;
}

const isFieldIssue = (issue: unknown): issue is PassportFieldIssue =>
  typeof issue === 'string' && (PASSPORT_FIELD_ISSUES as readonly string[]).includes(issue);

declare global {
  interface HTMLElementTagNameMap {
    'company-registration': CompanyRegistration;
  }
}
