import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  PASSPORT_FIELD_ISSUES,
  PASSWORD_MIN_LENGTH,
  fieldIssueMessageKey,
  passportCoreMessages,
  passportLoginMessages,
  passportProblemOfFailure,
  passwordPairIssues,
  problemOf,
  type ApiFailure,
  type PassportFieldIssue,
  type MessageKey,
  type PassportLoginResponse,
  type PassportSession,
} from '@vigie/core';
import { DeadlineController } from '../../base/deadline-controller.js';
import {
  LightDomElement,
  formStyles,
  passwordField,
  requiredNote,
  submitButton,
  textField,
  type FieldError,
} from '../../base/forms/index.js';
import { PasswordLengthController } from '../../base/forms/password-feedback.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { checkCircleIcon, clockIcon, errorIcon, infoIcon, mailIcon } from '../../base/forms/form-icons.js';
import { isRetryableFailure, safeHref } from '../../base/forms/helpers.js';
import { endPassportSession, PassportSessionController } from '../passport-session.js';
import {
  PassportResetRequestedEvent,
  PassportSignedInEvent,
  PassportSignedOutEvent,
  type PassportSignOutReason,
} from './passport-login.events.js';
import { styles } from './passport-login.styles.js';

/** The passport's calls, loaded on the first submit (ky, zod and the contract stay out of the page until then). */
const passportApi = () => import('@vigie/core/passport/api');

/** What the widget shows: the login, « Identifiants oubliés » and its answer, the new password of a handover, the signed-in referent. */
export const PASSPORT_LOGIN_VIEWS = ['login', 'forgot', 'sent', 'must-change-password', 'signed-in'] as const;
export type PassportLoginView = (typeof PASSPORT_LOGIN_VIEWS)[number];

/** Read-only, reflected: the view, or `submitting` while a request is on its way, or `failed` when the login shows a refusal. */
export type PassportLoginStatus = Exclude<PassportLoginView, 'login'> | 'idle' | 'submitting' | 'failed';

/** Why the login form shows a message above it. */
type Notice = 'invalid-credentials' | 'throttled' | 'throttle-over' | 'challenge-expired' | 'expired' | 'signed-out';

/** The wait of a 429 when its body gives none (never expected from the contract): the rule's first wait. */
const DEFAULT_WAIT_SECONDS = 30;

/** The texts of the vault's live password count that this widget words with its own keys. */
const COUNT_KEYS: Readonly<Record<string, MessageKey>> = {
  'vault.password.count': 'passport.login.mustChange.count',
  'vault.password.error.too-long': 'passport.field.password-too-long',
};

/**
 * PP-LOGIN — « CONNEXION » to the company space of the safety passport (seed 004): the company's
 * login (the referent's e-mail) and its password, « Je me connecte ». A wrong password and an
 * unknown e-mail get the same one message. After too many failures in a row the server makes the
 * e-mail wait (429, PP-LOGIN throttling): the widget says so, counts the wait down (the button is
 * disabled meanwhile, the typed e-mail stays), then says a new attempt is possible. « Mot de passe oublié ? » opens « IDENTIFIANTS
 * OUBLIÉS »: the e-mail, « Redéfinir mon mot de passe », then the seed's answer, the same whether
 * or not an account has that address (only a failure to reach the service offers a retry).
 * After a handover with a temporary password (PP-SPACES), the server asks for a new password
 * (twice, core's policy) before going in.
 *
 * Signed in, the session goes to the provider (`setPassportSession`, in memory only) for the other
 * passport widgets, the host gets `passport-signed-in` (company and referent names, never the
 * token), and the widget greets the referent as the seed's dashboard does, with « Se déconnecter ».
 * It follows the provider: a session set by the host shows as signed in; a session cleared
 * elsewhere, or past its end, signs out (`passport-signed-out`).
 *
 * Light DOM (credential fields): native inputs in real `<form>`s with `autocomplete`
 * (`username`, `current-password`, `new-password`) that password managers find. Passwords are read
 * when sent and cleared after; the challenge of the new-password step is a private field. Style it
 * with the `--vigie-*` tokens and the `vigie-passport-login__*` classes.
 *
 * @tagname passport-login
 * @summary Sign in to the company space of the safety passport (PP-LOGIN), forgotten password, new password after a handover.
 * @fires {PassportSignedInEvent} passport-signed-in - Signed in: `companyName` and `referent` (first and last name). Never the token.
 * @fires {PassportSignedOutEvent} passport-signed-out - The session ended: `reason` is `user` (« Se déconnecter »), `expired` or `ended` (cleared elsewhere).
 * @fires {PassportResetRequestedEvent} passport-reset-requested - The forgotten-password answer is shown (fired whatever the server answered).
 * @cssprop --passport-login-max-width - The widest the widget grows (default `32rem`).
 */
export class PassportLogin extends LightDomElement {
  static override messages = [passportCoreMessages, passportLoginMessages];

  static override lightStyles = [formStyles, panelStyles, styles];

  /** Address of the registration page (`<company-registration>`): shown as « Votre entreprise n’a pas encore de compte ? Inscrivez-la ». */
  @property({ attribute: 'register-href' }) registerHref?: string;

  /** The level of the widget's heading in the host page (1–6, default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Read-only, reflected for host CSS: `idle`, `submitting`, `failed`, `forgot`, `sent`, `must-change-password` or `signed-in`. */
  @property({ reflect: true }) status: PassportLoginStatus = 'idle';

  @state() private view: PassportLoginView = 'login';
  @state() private notice?: Notice;

  static #instances = 0;
  readonly #uid = `vigie-passport-login-${++PassportLogin.#instances}`;
  /** Why the session is being ended by this widget (until the provider says it is). */
  #ending?: PassportSignOutReason;
  /** The must-change-password step's challenge: private, never in state, forgotten when the step ends. */
  #challenge?: string;
  /** The login being completed by the new-password step (for the password manager's hidden `username`). */
  #login = '';
  /** Where focus goes once the next render is done. */
  #focusTarget?: 'title' | 'password' | 'alert';
  /** The end of the server's wait (PP-LOGIN throttling), in `performance.now()` time: the wait is relative, whatever the provider's date. */
  #waitEnd?: number;
  #waitTimer?: ReturnType<typeof setTimeout>;

  readonly #loginForm = this.createForm({
    fields: {
      email: { kind: 'email', label: 'passport.login.email', hint: 'passport.login.email.hint', autocomplete: 'username', required: true },
      password: { kind: 'current-password', label: 'passport.login.password', hint: 'passport.login.password.hint', required: true },
    },
    submit: async (values, { signal }) => {
      this.notice = undefined;
      this.#login = values.email;
      const api = await passportApi();
      return api.passportLogin(this.services!.client, values.email, values.password, { signal });
    },
    onSuccess: (answer) => this.#answered(answer),
    onFailure: (failure) => this.#loginRefused(failure),
  });

  readonly #forgotForm = this.createForm({
    fields: {
      email: {
        kind: 'email',
        label: 'passport.login.forgot.email',
        hint: 'passport.login.forgot.email.hint',
        autocomplete: 'username',
        required: true,
      },
    },
    submit: async (values, { signal }) => {
      const api = await passportApi();
      return api.requestPassportPasswordReset(this.services!.client, values.email, { signal });
    },
    onSuccess: () => this.#showSent(),
    onFailure: (failure) => {
      // Only a failure to reach the service is said (with a retry); any refusal gets the same answer as a success.
      if (isRetryableFailure(failure)) return false;
      this.#showSent();
      return true;
    },
  });

  readonly #newPasswordForm = this.createForm({
    fields: {
      newPassword: {
        kind: 'new-password',
        label: 'passport.login.mustChange.password',
        hint: () => this.t('passport.login.mustChange.password.hint', { min: PASSWORD_MIN_LENGTH }),
        required: true,
      },
      confirmation: { kind: 'new-password', label: 'passport.login.mustChange.confirmation', required: true },
    },
    validators: {
      newPassword: (_, v) => pairIssue(v.newPassword, v.confirmation, 'newPassword'),
      confirmation: (_, v) => pairIssue(v.newPassword, v.confirmation, 'confirmation'),
    },
    submit: async (values, { signal }) => {
      const challenge = this.#challenge;
      if (!challenge) throw new Error('No new-password step');
      const api = await passportApi();
      return api.changePassportTemporaryPassword(this.services!.client, challenge, values.newPassword, { signal });
    },
    onSuccess: (answer) => this.#answered(answer),
    onFailure: (failure) => this.#newPasswordRefused(failure),
  });

  readonly #length = new PasswordLengthController(this, 'newPassword', (key, params) => this.t(COUNT_KEYS[key] ?? key, params));

  readonly #sessions = new PassportSessionController(
    this,
    () => this.services,
    (session, previous) => this.#sessionChanged(session, previous),
  );

  constructor() {
    super();
    // At the session's end, the next render signs out (see `willUpdate`).
    new DeadlineController(
      this,
      () => ({ at: this.#sessions.session ? Date.parse(this.#sessions.session.expiresAt) : undefined, clock: this.services?.clock }),
      () => this.requestUpdate(),
    );
  }

  /**
   * Ends the passport session (as « Se déconnecter » does): the provider forgets it at once,
   * `passport-signed-out` is fired, and the server is told to end it (its token stops working).
   * The returned promise settles when the server call is over; it never rejects.
   */
  signOut(): Promise<void> {
    const s = this.services;
    const session = this.#sessions.session;
    if (!s || !session) return Promise.resolve();
    this.#ending = 'user';
    return endPassportSession(s, session);
  }

  // ── answers ───────────────────────────────────────────────────────────────────────────────

  /** The login (or the new password) was accepted: signed in, or a new password is asked first. */
  #answered(answer: PassportLoginResponse): void {
    if (answer.kind === 'signed-in') {
      this.#challenge = undefined;
      this.#loginForm.reset();
      this.#newPasswordForm.reset();
      this.#length.reset();
      this.#signIn(answer.session);
    } else {
      this.#challenge = answer.challenge;
      this.#go('must-change-password');
    }
  }

  #loginRefused(failure: ApiFailure): boolean {
    const problem = passportProblemOfFailure(failure);
    if (problem === 'tooManyAttempts' || (failure.kind === 'http' && failure.status === 429)) {
      // The same for a known and an unknown e-mail: the server's wait, counted down here.
      const seconds = Number(problemOf(failure)?.['retryAfter']);
      this.#startWait(Number.isInteger(seconds) && seconds > 0 ? seconds : DEFAULT_WAIT_SECONDS);
      this.notice = 'throttled';
      this.#focusTarget = 'alert';
      return true;
    }
    if (problem !== 'invalidCredentials' && !(failure.kind === 'http' && failure.status === 401)) return false;
    // One message for a wrong password and an unknown e-mail: nothing to learn from it.
    this.notice = 'invalid-credentials';
    this.#focusTarget = 'password';
    return true;
  }

  #newPasswordRefused(failure: ApiFailure): boolean {
    // The passwords stay after a failure that is not an answer (issue 8 #18): so does their count.
    if (this.#newPasswordForm.secretsCleared) this.#length.reset();
    const problem = passportProblemOfFailure(failure);
    if (problem === 'challengeExpired' || problem === 'invalidCredentials') {
      this.#challenge = undefined;
      this.#newPasswordForm.reset();
      this.notice = 'challenge-expired';
      this.#go('login');
      return true;
    }
    if (problem === 'validation') {
      void this.#newPasswordForm.setErrors({ newPassword: serverPasswordError(failure) });
      return true;
    }
    return false;
  }

  // ── the wait of a 429 ───────────────────────────────────────────────────────────────────────

  /** Whole seconds left of the server's wait (0: none). */
  #waitLeft(): number {
    return this.#waitEnd === undefined ? 0 : Math.max(0, Math.ceil((this.#waitEnd - performance.now()) / 1000));
  }

  #startWait(seconds: number): void {
    this.#waitEnd = performance.now() + seconds * 1000;
    this.#tick();
  }

  /** Re-renders at each whole second of the wait; at its end, says a new attempt is possible. */
  #tick = () => {
    clearTimeout(this.#waitTimer);
    this.#waitTimer = undefined;
    if (this.#waitEnd === undefined) return;
    const left = this.#waitEnd - performance.now();
    if (left <= 0) {
      this.#waitEnd = undefined;
      if (this.notice === 'throttled') this.notice = 'throttle-over';
      this.requestUpdate();
      return;
    }
    this.requestUpdate();
    this.#waitTimer = setTimeout(this.#tick, (left % 1000 || 1000) + 5);
  };

  /** « 45 secondes », « 2 minutes et 5 secondes » (plurals by the locale's rules). */
  #waitText(seconds: number): string {
    const locale = this.services?.locale === 'en' ? 'en-GB' : 'fr-FR';
    const rules = new Intl.PluralRules(locale);
    const part = (unit: 'minutes' | 'seconds', count: number) =>
      this.t(`passport.login.throttled.${unit}.${rules.select(count) === 'one' ? 'one' : 'other'}` as MessageKey, {
        count: new Intl.NumberFormat(locale).format(count),
      });
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    const parts = [...(minutes ? [part('minutes', minutes)] : []), ...(rest || !minutes ? [part('seconds', rest)] : [])];
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
  }

  #showSent(): void {
    // The address is not needed any more: not even in memory.
    this.#forgotForm.reset();
    this.#go('sent');
    const event = new PassportResetRequestedEvent();
    this.dispatchEvent(event);
  }

  // ── the session ───────────────────────────────────────────────────────────────────────────

  #signIn(session: PassportSession): void {
    this.notice = undefined;
    this.services?.setPassportSession(session);
    this.#go('signed-in');
    const event = new PassportSignedInEvent(session);
    this.dispatchEvent(event);
  }

  /** Asks the provider to forget the session; `#sessionChanged` follows (with this reason). */
  #endSession(reason: PassportSignOutReason): void {
    const s = this.services;
    if (!s || !this.#sessions.session) return;
    this.#ending = reason;
    s.setPassportSession(undefined);
  }

  /**
   * The provider's session changed: one set by the host (or this widget) shows as signed in; one
   * cleared (by « Se déconnecter », at its end, or elsewhere) shows the login again.
   */
  #sessionChanged(session: PassportSession | undefined, previous: PassportSession | undefined): void {
    if (session) {
      this.notice = undefined;
      this.view = 'signed-in';
      return;
    }
    if (!previous) return;
    const reason = this.#ending ?? 'ended';
    this.#ending = undefined;
    this.notice = reason === 'expired' ? 'expired' : 'signed-out';
    this.#go('login');
    const event = new PassportSignedOutEvent(reason);
    this.dispatchEvent(event);
  }

  // ── views ─────────────────────────────────────────────────────────────────────────────────

  #go(view: PassportLoginView): void {
    this.view = view;
    this.#focusTarget = 'title';
  }

  #openForgot = () => {
    const email = this.querySelector<HTMLInputElement>(`#${this.#loginForm.id}-email`)?.value.trim() ?? '';
    this.notice = undefined;
    this.#forgotForm.reset();
    if (email) this.#forgotForm.setValues({ email });
    this.#go('forgot');
  };

  #backToLogin = () => {
    this.#forgotForm.reset();
    this.#go('login');
  };

  #cancelNewPassword = () => {
    this.#challenge = undefined;
    this.#newPasswordForm.reset();
    this.#length.reset();
    this.#go('login');
  };

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page during a wait: the count-down goes on.
    if (this.#waitEnd !== undefined) this.#tick();
  }

  override disconnectedCallback(): void {
    clearTimeout(this.#waitTimer);
    this.#waitTimer = undefined;
    // Leaving the page ends the new-password step: its challenge is not kept.
    if (this.view === 'must-change-password') {
      this.#challenge = undefined;
      this.view = 'login';
    }
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#sessions.sync();
    const session = this.#sessions.session;
    if (session && this.services && Date.parse(session.expiresAt) <= this.services.clock.now()) {
      this.#endSession('expired');
      // The provider answered at once: follow it in this very update.
      this.#sessions.sync();
    }
    this.status = this.#status();
  }

  #status(): PassportLoginStatus {
    if (this.#loginForm.submitting || this.#forgotForm.submitting || this.#newPasswordForm.submitting) return 'submitting';
    if (this.view !== 'login') return this.view;
    return this.notice === 'invalid-credentials' || this.notice === 'throttled' || this.#loginForm.status === 'failed' ? 'failed' : 'idle';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.#focusTarget;
    if (!target || !this.services) return;
    this.#focusTarget = undefined;
    const id = target === 'password' ? `${this.#loginForm.id}-password` : target === 'alert' ? `${this.#uid}-alert` : `${this.#uid}-title`;
    this.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const title = `${this.#uid}-title`;
    return html`<section class="vigie-scope vigie-panel vigie-passport-login" aria-labelledby=${title}>
      <div class="vigie-panel-heading" role="heading" aria-level=${level} id=${title} tabindex="-1">${this.t(TITLES[this.view])}</div>
      <div class="vigie-panel-result" role="status">${this.#renderResult()}</div>
      ${this.#renderBody(title)}
    </section>`;
  }

  /** What goes into the live region: the outcome of the last action. */
  #renderResult() {
    switch (this.view) {
      case 'sent':
        return message('success', mailIcon, this.t('passport.login.forgot.sent'));
      case 'signed-in':
        return message('success', checkCircleIcon, this.t('passport.login.welcome'));
      case 'login':
        return this.notice === 'expired'
          ? message('warning', infoIcon, this.t('passport.login.error.sessionExpired'))
          : this.notice === 'signed-out'
            ? message('info', infoIcon, this.t('passport.login.signedOut'))
            : this.notice === 'throttle-over'
              ? message('info', infoIcon, this.t('passport.login.throttled.over'))
              : nothing;
      default:
        return nothing;
    }
  }

  #renderBody(title: string) {
    switch (this.view) {
      case 'forgot':
        return this.#renderForgot(title);
      case 'sent':
        return this.#renderSent();
      case 'must-change-password':
        return this.#renderNewPassword(title);
      case 'signed-in':
        return this.#renderSignedIn();
      default:
        return this.#renderLogin(title);
    }
  }

  #renderLogin(title: string) {
    const f = this.#loginForm;
    const busy = f.submitting;
    const register = safeHref(this.registerHref);
    const wait = this.notice === 'throttled' ? this.#waitLeft() : 0;
    return html`<p class="vigie-panel-intro">${this.t('passport.login.intro')}</p>
      ${f.renderForm(
        html`${!busy && this.notice === 'invalid-credentials' ? alertBox(this.t('passport.login.error.invalidCredentials')) : nothing}
          ${!busy && this.notice === 'throttled' ? alertBox(this.t('passport.login.error.throttled'), `${this.#uid}-alert`) : nothing}
          ${
            wait
              ? html`<p class="vigie-passport-login__wait" id="${this.#uid}-wait">${clockIcon}<span>${this.t('passport.login.throttled.wait', { wait: this.#waitText(wait) })}</span></p>`
              : nothing
          }
          ${!busy && this.notice === 'challenge-expired' ? alertBox(this.t('passport.login.error.challengeExpired')) : nothing} ${requiredNote(f)}
          ${textField(f.field('email'), { enterKeyHint: 'next' })} ${passwordField(f.field('password'), { enterKeyHint: 'go' })}
          ${
            wait
              ? // Waiting: a disabled button, so that neither a click nor Enter sends an attempt the server would refuse.
                html`<div class="vigie-actions">
                <button type="submit" class="vigie-button" disabled aria-describedby="${this.#uid}-wait">${this.t('passport.login.submit')}</button>
              </div>`
              : submitButton(f, this.t(busy ? 'passport.login.submitting' : 'passport.login.submit'))
          }`,
        { labelledby: title },
      )}
      <ul class="vigie-passport-login__links">
        <li><button type="button" class="vigie-panel-link" @click=${this.#openForgot}>${this.t('passport.login.forgot')}</button></li>
        ${register ? html`<li><a class="vigie-panel-link" href=${register}>${this.t('passport.login.register')}</a></li>` : nothing}
      </ul>`;
  }

  #renderForgot(title: string) {
    const f = this.#forgotForm;
    return html`<p class="vigie-panel-intro">${this.t('passport.login.forgot.intro')}</p>
      ${f.renderForm(
        html`${requiredNote(f)} ${textField(f.field('email'), { enterKeyHint: 'send' })}
          <div class="vigie-passport-login__buttons">
            ${submitButton(f, this.t('passport.login.forgot.submit'))}
            <button type="button" class="vigie-button vigie-button--secondary" @click=${this.#backToLogin}>${this.t('passport.login.cancel')}</button>
          </div>`,
        { labelledby: title },
      )}`;
  }

  /** The seed's annex: « Vous n’avez pas reçu le mail ? », then back to the login. */
  #renderSent() {
    return html`<div class="vigie-passport-login__help">
        <p class="vigie-passport-login__help-title">${this.t('passport.login.forgot.notReceived')}</p>
        <p>${this.t('passport.login.forgot.spam')}</p>
        <p>${this.t('passport.login.forgot.contact')}</p>
      </div>
      <div class="vigie-panel-actions">
        <button type="button" class="vigie-button vigie-button--secondary" @click=${this.#backToLogin}>${this.t('passport.login.forgot.back')}</button>
      </div>`;
  }

  #renderNewPassword(title: string) {
    const f = this.#newPasswordForm;
    const countId = `${this.#uid}-count`;
    return html`<p class="vigie-panel-intro">${this.t('passport.login.mustChange.intro')}</p>
      ${f.renderForm(
        html`${requiredNote(f)}
          <input type="text" name="username" autocomplete="username" .value=${this.#login} readonly hidden />
          <div class="vigie-panel-new-password" @input=${this.#length.onInput}>
            ${passwordField(f.field('newPassword'), { describedBy: countId, enterKeyHint: 'next' })} ${this.#length.render(countId)}
          </div>
          ${passwordField(f.field('confirmation'), { enterKeyHint: 'done' })}
          <div class="vigie-passport-login__buttons">
            ${submitButton(f, this.t('passport.login.mustChange.submit'))}
            <button type="button" class="vigie-button vigie-button--secondary" @click=${this.#cancelNewPassword}>${this.t('passport.login.cancel')}</button>
          </div>`,
        { labelledby: title },
      )}`;
  }

  #renderSignedIn() {
    const session = this.#sessions.session;
    if (!session) return nothing;
    return html`<p class="vigie-passport-login__who">
        ${this.t('passport.login.signedInAs', { firstName: session.referent.firstName, lastName: session.referent.lastName, companyName: session.companyName })}
      </p>
      <div class="vigie-panel-actions">
        <button type="button" class="vigie-button vigie-button--secondary" @click=${() => void this.signOut()}>${this.t('passport.login.signOut')}</button>
      </div>`;
  }
}

const TITLES: Readonly<Record<PassportLoginView, MessageKey>> = {
  login: 'passport.login.title',
  forgot: 'passport.login.forgot.title',
  sent: 'passport.login.forgot.title',
  'must-change-password': 'passport.login.mustChange.title',
  'signed-in': 'passport.login.signedIn.title',
};

/** Core's password policy for the new password and its confirmation, as messages. */
function pairIssue(password: string, confirmation: string, field: 'newPassword' | 'confirmation'): FieldError | undefined {
  const issue = passwordPairIssues(password, confirmation, ['newPassword', 'confirmation'] as const)[field];
  return issue ? fieldIssueMessageKey(issue) : undefined;
}

/** What a 422 said of the new password: core's issue when it names one (too short…), else « not accepted ». */
function serverPasswordError(failure: ApiFailure): FieldError {
  const list = problemOf(failure)?.['errors'];
  const issue = (Array.isArray(list) ? (list as { issue?: unknown }[]) : []).map((e) => e.issue).find(isFieldIssue);
  return issue && issue !== 'required' ? fieldIssueMessageKey(issue) : 'passport.login.mustChange.rejected';
}

const isFieldIssue = (issue: unknown): issue is PassportFieldIssue =>
  typeof issue === 'string' && (PASSPORT_FIELD_ISSUES as readonly string[]).includes(issue);

function message(kind: 'success' | 'warning' | 'info', glyph: TemplateResult, text: string) {
  return html`<div class="vigie-panel-message${kind === 'info' ? '' : ` vigie-panel-message--${kind}`}">${glyph}<p>${text}</p></div>`;
}

/** A refusal after an answer (`role=alert`: read out as it appears). */
function alertBox(text: string, id?: string) {
  return html`<div class="vigie-failure" role="alert" id=${ifDefined(id)} tabindex=${ifDefined(id ? '-1' : undefined)}><p class="vigie-title">${errorIcon}<span>${text}</span></p></div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'passport-login': PassportLogin;
  }
}
