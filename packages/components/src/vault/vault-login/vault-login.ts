import { vaultMessages } from '@vigie/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CODE_LENGTH,
  PASSWORD_MIN_LENGTH,
  checkNewPassword,
  formatSupportHours,
  formatTimeOfDay,
  identifierKind,
  isLoginCodeExpired,
  lockRemainingMinutes,
  lockRemainingMs,
  loginEventFromCodeSent,
  loginEventFromError,
  loginEventFromResponse,
  loginMachine,
  loginRefusal,
  loginResendWaitSeconds,
  nextLoginDeadline,
  supportMailHref,
  supportPhoneHref,
  type Clock,
  type LoginEvent,
  type LoginFailed,
  type LoginLocked,
  type LoginMustChangePassword,
  type LoginSecondFactor,
  type LoginSignedIn,
  type LoginState,
  type LoginStatus,
  type VaultSession,
} from '@vigie/core';
import { DeadlineController } from '../../base/deadline-controller.js';
import { codeField, formStyles, LightDomElement, passwordField, requiredNote, submitButton, textField, type FieldError } from '../../base/forms/index.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { styles } from './vault-login.styles.js';
import { checkIcon, errorIcon, lockIcon } from '../../base/forms/form-icons.js';
import { safeHref, unbreakable, withParts } from '../../base/forms/helpers.js';
import { writeToSupport } from '../vault-helpers.js';
import { endVaultSessionOnServer } from '../vault-session.js';
import { newPasswordError, refusedPasswordError } from '../../base/forms/password-feedback.js';
import { VaultRecoveryRequestedEvent, VaultSignedInEvent, VaultSignedOutEvent, type VaultRecoveryKind } from './vault-login.events.js';

/** The vault's calls, loaded on the first submit (ky, zod and the contract stay out of the page until then). */
const vaultApi = () => import('@vigie/core/vault/api');

/** Thrown to the form when the machine refuses a submission (a locked identifier, one already on its way): nothing is sent. */
const REFUSED = Symbol('refused');

/** Where focus goes after a step changes (so keyboard and screen-reader users land on what changed). */
type FocusTarget = 'identifier' | 'password' | 'lock' | 'code' | 'new-password' | 'signed-in';

let instances = 0;

/**
 * VA-LOGIN — sign in to the payslip vault: identifier (the 12-digit identifier of the enrolment
 * letter or the personal e-mail) and password; then, when the server asks, a one-time code sent by
 * SMS or e-mail, or a new password in place of a temporary one.
 *
 * The widget drives core's `loginMachine` and holds no rule of its own: the server decides (a
 * wrong password and an unknown identifier get the same message; a lock shows the seed's message
 * with the time left until the server's `lockedUntil`, and the ways out: forgotten password, lost
 * identifier, support). On success the session goes to the provider, in memory only, for the other
 * vault widgets; the host gets `vault-signed-in` with the person's name, never the token.
 *
 * The credential inputs live in the light DOM, in a real `<form>`, with `autocomplete` values
 * (`username`, `current-password`, `one-time-code`, `new-password`) so that password managers find
 * them. Passwords and codes are never kept in state: they are read when sent and cleared after.
 * Style it with the `--vigie-*` tokens, the `vigie-login__*` classes and the shared vault ones
 * (`vigie-panel-message`: the lock; `vigie-panel-link`: the links and link-like buttons).
 *
 * @tagname vault-login
 * @summary Sign in to the payslip vault (VA-LOGIN): identifier, password, lock, second factor, temporary password.
 * @fires {VaultSignedInEvent} vault-signed-in - Signed in; `user` holds the first and last name (never the token).
 * @fires {VaultSignedOutEvent} vault-signed-out - The session ended: `reason` is `user` (« Se déconnecter »: also ended on the server) or `expired`.
 * @fires {VaultRecoveryRequestedEvent} vault-recovery-requested - « Mot de passe oublié ? » or « Identifiant perdu ? » (`kind`: `password` | `identifier`); cancelable: cancel it to show the recovery widget yourself instead of following `reset-href` / `recovery-href`.
 * @cssprop --vault-login-max-width - The widest the widget grows (default `32rem`).
 */
export class VaultLogin extends LightDomElement {
  static override messages = [vaultMessages];

  static override lightStyles = [formStyles, panelStyles, styles];

  /** Address of the forgotten-password page (`<vault-password-reset>`). Without it, the link is a button that only fires `vault-recovery-requested`. */
  @property({ attribute: 'reset-href' }) resetHref?: string;

  /** Address of the lost-identifier page (`<vault-identifier-recovery>`). Without it, the link is a button that only fires `vault-recovery-requested`. */
  @property({ attribute: 'recovery-href' }) recoveryHref?: string;

  /** The level of the widget's headings in the host page (1–6, default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Read-only, reflected for host CSS: `idle`, `submitting`, `failed`, `locked`, `second-factor`,
   * `must-change-password` or `signed-in`.
   */
  @property({ reflect: true }) status: LoginStatus = 'idle';

  /** The login machine's state (core's `loginMachine`): no password, no code in it. */
  @state() private machine: LoginState = loginMachine.initial({ now: 0 });
  /** The identifier looks neither like 12 digits nor like an e-mail: a hint, never a block. */
  @state() private formatNote = false;
  /** The lock just ended while this widget showed it. */
  @state() private lockOver = false;

  readonly #uid = `vigie-login-${++instances}`;
  #pendingFocus?: FocusTarget;
  #resendAbort?: AbortController;
  #lastClock?: Clock;
  /** The session this widget gave the provider, once the provider publishes it (to notice a sign-out elsewhere). */
  #sessionShared = false;

  #login = this.createForm({
    fields: {
      identifier: { kind: 'username', label: 'vault.login.identifier', hint: 'vault.login.identifier.hint', required: true },
      password: { kind: 'current-password', label: 'vault.login.password', hint: 'vault.login.password.hint', required: true },
    },
    submit: (values, { signal }) => this.#submitPassword(values.identifier, values.password, signal),
    onFailure: () => {
      // Locked (said by the server, now or before): the password typed is of no use for two hours.
      if (this.machine.status === 'locked') this.#login.clearSecrets();
      return true;
    },
  });

  #code = this.createForm({
    fields: {
      code: { kind: 'one-time-code', label: 'vault.code.label', hint: () => this.t('vault.code.hint', { length: CODE_LENGTH }), required: true, length: CODE_LENGTH },
    },
    submit: (values, { signal }) => this.#submitCode(values.code, signal),
    onFailure: () => true,
  });

  #newPassword = this.createForm({
    fields: {
      password: { kind: 'new-password', label: 'vault.password.new', hint: () => this.t('vault.password.rule', { min: PASSWORD_MIN_LENGTH }), required: true },
      confirmation: { kind: 'new-password', label: 'vault.password.confirm', required: true },
    },
    validators: {
      password: newPasswordError,
      confirmation: (value, values) => (checkNewPassword(values.password, value).includes('mismatch') ? 'vault.password.error.mismatch' : undefined),
    },
    submit: (values, { signal }) => this.#submitNewPassword(values.password, signal),
    onFailure: () => true,
  });

  constructor() {
    super();
    // Re-renders when what is shown changes (the lock's minutes, the resend seconds, an expiry), and ends the lock at its end.
    new DeadlineController(
      this,
      () => ({ at: nextLoginDeadline(this.machine, this.#now()), clock: this.services?.clock }),
      () => this.#tick(),
    );
  }

  /**
   * Ends the vault session (as « Se déconnecter » does): the server is told to end it (X-SEC: its
   * token is refused from then on), and the page forgets it at once, whatever the server answers:
   * the provider drops it and `vault-signed-out` is fired.
   */
  signOut(): void {
    const m = this.machine;
    if (m.status !== 'signed-in') return;
    endVaultSessionOnServer(this.services, m.session);
    this.#login.reset();
    this.#send({ type: 'reset' });
  }

  override disconnectedCallback(): void {
    // Leaving the page abandons a request on its way: its answer will not be applied.
    this.#resendAbort?.abort();
    if (this.machine.status === 'submitting') this.#send({ type: 'reset' });
    this.#pendingFocus = undefined;
    super.disconnectedCallback();
  }

  // ── the machine ───────────────────────────────────────────────────────────────────────────

  #now(): number {
    return this.services?.clock.now() ?? Date.now();
  }

  #refused(event: LoginEvent) {
    return loginRefusal(this.machine, event, { now: this.#now() });
  }

  #send(event: LoginEvent): void {
    const previous = this.machine;
    const next = loginMachine.transition(previous, event, { now: this.#now() });
    if (next === previous) return;
    this.machine = next;
    this.#changed(previous, next, event);
  }

  /** What follows a step change: the session to the provider, the host's events, where focus goes. */
  #changed(previous: LoginState, next: LoginState, event: LoginEvent): void {
    const s = this.services;
    if (next.status === 'signed-in' && previous.status !== 'signed-in') {
      this.#sessionShared = false;
      s?.setVaultSession(next.session);
      const signedIn = new VaultSignedInEvent(next.session.user);
      this.dispatchEvent(signedIn);
    } else if (previous.status === 'signed-in' && next.status !== 'signed-in') {
      if (s?.vaultSession === previous.session) s.setVaultSession(undefined);
      this.#sessionShared = false;
      const signedOut = new VaultSignedOutEvent(event.type === 'reset' ? 'user' : 'expired');
      this.dispatchEvent(signedOut);
    }
    const answered = event.type.startsWith('server-');
    if (next.status === 'signed-in') this.#pendingFocus = 'signed-in';
    else if (answered && next.status === 'locked') this.#pendingFocus = 'lock';
    else if (answered && next.status === 'failed') this.#pendingFocus = 'password';
    else if (answered && next.status === 'second-factor') this.#pendingFocus = 'code';
    else if (answered && next.status === 'must-change-password') this.#pendingFocus = 'new-password';
    else if (event.type === 'reset' && next.status === 'idle' && previous.status !== 'submitting') {
      this.#pendingFocus = previous.status === 'signed-in' ? 'identifier' : 'password';
    }
  }

  /** The clock moved (a deadline came, or the provider's `now` changed). */
  #tick(): void {
    const m = this.machine;
    const now = this.#now();
    if (m.status === 'locked' && lockRemainingMs(m, now) === 0) {
      this.lockOver = true;
      this.#send({ type: 'lock-expired' });
    } else if (m.status === 'signed-in' && Date.parse(m.session.expiresAt) <= now) {
      this.#send({ type: 'session-expired' });
    } else {
      this.requestUpdate();
    }
  }

  /** Sends one request of the flow and feeds its answer (or its failure) to the machine. */
  async #exchange<T>(signal: AbortSignal, call: () => Promise<T>, toEvent: (result: T) => LoginEvent): Promise<T> {
    let result: T;
    try {
      result = await call();
    } catch (e) {
      if (!signal.aborted) this.#send(loginEventFromError(e, this.#now()));
      throw e;
    }
    if (!signal.aborted) this.#send(toEvent(result));
    return result;
  }

  async #submitPassword(identifier: string, password: string, signal: AbortSignal) {
    this.lockOver = false;
    this.formatNote = identifierKind(identifier) === 'unknown';
    const event: LoginEvent = { type: 'submit', identifier };
    const refusal = this.#refused(event);
    if (refusal) {
      // The server said this identifier is locked: asking again would change nothing.
      if (refusal === 'locked') this.#focus('lock');
      throw REFUSED;
    }
    this.#send(event);
    const sent = this.machine.status === 'submitting' ? this.machine.identifier : identifier;
    const client = this.services!.client;
    return this.#exchange(signal, async () => (await vaultApi()).vaultLogin(client, sent, password, { signal }), loginEventFromResponse);
  }

  async #submitCode(code: string, signal: AbortSignal) {
    const from = this.machine;
    if (from.status !== 'second-factor' || this.#refused({ type: 'code-submitted' })) throw REFUSED;
    this.#send({ type: 'code-submitted' });
    const client = this.services!.client;
    return this.#exchange(signal, async () => (await vaultApi()).verifyVaultCode(client, from.challenge, code, { signal }), loginEventFromResponse);
  }

  async #submitNewPassword(password: string, signal: AbortSignal) {
    const from = this.machine;
    if (from.status !== 'must-change-password' || this.#refused({ type: 'new-password-submitted' })) throw REFUSED;
    this.#send({ type: 'new-password-submitted' });
    const client = this.services!.client;
    return this.#exchange(signal, async () => (await vaultApi()).changeVaultTemporaryPassword(client, from.challenge, password, { signal }), loginEventFromResponse);
  }

  #resend = async () => {
    const from = this.machine;
    // Before `resendAt`, or while another request is on its way: the machine refuses, nothing is sent.
    if (from.status !== 'second-factor' || this.#refused({ type: 'resend-requested' })) return;
    this.#send({ type: 'resend-requested' });
    const abort = (this.#resendAbort = new AbortController());
    const client = this.services!.client;
    try {
      await this.#exchange(abort.signal, async () => (await vaultApi()).resendVaultCode(client, from.challenge, { signal: abort.signal }), loginEventFromCodeSent);
    } catch {
      // The machine has the failure and shows it.
    }
  };

  /** Back to the identifier and password (from the code or the new-password step). */
  #cancel = () => {
    this.#resendAbort?.abort();
    this.#code.reset();
    this.#newPassword.reset();
    this.#send({ type: 'reset' });
  };

  #onIdentifierInput = (e: Event) => {
    const input = e.target as HTMLInputElement;
    if (input.name !== 'identifier') return;
    // The note goes as soon as the value looks right; it only appears when the field is left.
    if (e.type === 'change') this.formatNote = input.value.trim() !== '' && identifierKind(input.value) === 'unknown';
    else if (this.formatNote && identifierKind(input.value) !== 'unknown') this.formatNote = false;
  };

  #recovery(kind: VaultRecoveryKind, href: string | undefined, e: Event): void {
    const event = new VaultRecoveryRequestedEvent(kind, href);
    this.dispatchEvent(event);
    if (event.defaultPrevented) e.preventDefault();
  }

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const s = this.services;
    if (s) {
      // The provider's clock changed (its `now` moved): what is due now happens now.
      if (this.#lastClock && s.clock !== this.#lastClock) {
        this.#lastClock = s.clock;
        this.#tick();
      }
      this.#lastClock = s.clock;
      const m = this.machine;
      if (m.status === 'signed-in') {
        if (s.vaultSession === m.session) this.#sessionShared = true;
        // Another vault widget ended the session (the server said it was over): so is this one.
        else if (this.#sessionShared) this.#send({ type: 'session-expired' });
      }
    }
    this.status = this.machine.status;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.#pendingFocus;
    if (!target) return;
    this.#pendingFocus = undefined;
    this.#focus(target);
  }

  #focus(target: FocusTarget): void {
    const ids: Record<FocusTarget, string> = {
      identifier: `${this.#login.id}-identifier`,
      password: `${this.#login.id}-password`,
      lock: `${this.#uid}-lock`,
      code: `${this.#code.id}-code`,
      'new-password': `${this.#newPassword.id}-password`,
      'signed-in': `${this.#uid}-welcome`,
    };
    this.querySelector<HTMLElement>(`#${ids[target]}`)?.focus();
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    const s = this.services;
    if (!s) return this.renderMissingProvider();
    const m = this.machine;
    // While a request is on its way, the step it started from stays on screen (busy), without its old message.
    const view = m.status === 'submitting' ? m.from : m;
    const busy = m.status === 'submitting';
    const now = s.clock.now();
    let body;
    switch (view.status) {
      case 'signed-in':
        body = this.#renderSignedIn(view);
        break;
      case 'second-factor':
        body = this.#renderCode(view, busy, now);
        break;
      case 'must-change-password':
        body = this.#renderNewPassword(view, busy);
        break;
      default:
        body = this.#renderLogin(busy ? undefined : view, now);
    }
    return html`<div class="vigie-scope vigie-login">${body}</div>`;
  }

  #heading(id: string, text: string) {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<div class="vigie-login__title" role="heading" aria-level=${level} id=${id}>${text}</div>`;
  }

  /** `view` is undefined while the identifier and password are on their way. */
  #renderLogin(view: LoginState | undefined, now: number) {
    const f = this.#login;
    const title = `${this.#uid}-title`;
    const note = `${this.#uid}-format`;
    return html`${this.#heading(title, this.t('vault.login.title'))}
      ${view?.status === 'locked' ? this.#renderLock(view, now) : nothing}
      ${this.lockOver && view?.status === 'idle'
        ? html`<p class="vigie-login__notice" role="status">${checkIcon}<span>${this.t('vault.login.locked.over')}</span></p>`
        : nothing}
      ${f.renderForm(
        html`${view?.status === 'failed' ? this.#renderFailure(view) : nothing} ${requiredNote(f)}
          <div class="vigie-login__identifier" @input=${this.#onIdentifierInput} @change=${this.#onIdentifierInput}>
            ${textField(f.field('identifier'), { describedBy: this.formatNote ? note : undefined, enterKeyHint: 'next' })}
            ${this.formatNote ? html`<p class="vigie-login__format" id=${note}>${this.t('vault.login.identifier.unknownFormat')}</p>` : nothing}
            <details class="vigie-panel-help vigie-login__where">
              <summary>${this.t('vault.login.identifier.where')}</summary>
              <p>${this.t('vault.login.identifier.whereHelp')}</p>
            </details>
          </div>
          ${passwordField(f.field('password'), { enterKeyHint: 'go' })}
          ${submitButton(f, this.t(f.submitting ? 'vault.login.submitting' : 'vault.login.submit'))}
          ${view?.status === 'locked' ? nothing : this.#renderRecoveryLinks()}`,
        { labelledby: title },
      )}`;
  }

  #renderFailure(failed: LoginFailed) {
    switch (failed.reason) {
      case 'invalid-credentials':
        // The same words for a wrong password and an unknown identifier (no count either): nothing to learn from them.
        return alertBox(this.t('vault.login.error.invalidCredentials'));
      case 'challenge-expired':
        return alertBox(this.t('vault.login.error.challengeExpired'));
      case 'session-expired':
        return html`<div class="vigie-failure" role="status"><p class="vigie-title">${errorIcon}<span>${this.t('vault.login.error.sessionExpired')}</span></p></div>`;
      case 'unavailable': {
        const failure = this.#login.failure;
        const detail = failure && this.services ? this.services.describeFailure(failure) : undefined;
        return html`<div class="vigie-failure" role="alert">
          <p class="vigie-title">${errorIcon}<span>${this.t(this.#login.secretsCleared ? 'vault.login.error.unavailable' : 'vault.login.error.unavailable.kept')}</span></p>
          ${detail ? html`<p>${detail}</p>` : nothing}
          <button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.#login.retry()}>${this.t('common.retry')}</button>
        </div>`;
      }
    }
  }

  #renderLock(locked: LoginLocked, now: number) {
    const minutes = lockRemainingMinutes(locked, now);
    const message =
      minutes > 1
        ? this.t('vault.login.locked.remaining', { minutes })
        : minutes === 1
          ? this.t('vault.login.locked.remaining.one')
          : this.t('vault.login.locked.over');
    // Seed 002, « Compte bloqué »: the message and the time left, then the ways out (steps 5 and 6),
    // once: the recovery procedures named in the sentence are its links; then the support.
    const ways = withParts(this.t('vault.login.locked.help'), {
      password: this.#recoveryLink('password', this.resetHref, this.t('vault.login.locked.help.password'), true),
      identifier: this.#recoveryLink('identifier', this.recoveryHref, this.t('vault.login.locked.help.identifier'), true),
    });
    return html`<div class="vigie-login__locked">
      <div class="vigie-panel-message vigie-panel-message--error vigie-login__lock" role="alert" tabindex="-1" id="${this.#uid}-lock">
        ${lockIcon}
        <div class="vigie-panel-message-body" aria-live="off">
          <p class="vigie-login__countdown">${message}</p>
          <p class="vigie-login__until">${this.t('vault.login.locked.until', { time: formatTimeOfDay(locked.lockedUntil) })}</p>
        </div>
      </div>
      <div class="vigie-login__help">
        <p class="vigie-login__ways">${ways}</p>
        ${this.#renderSupport()}
      </div>
    </div>`;
  }

  /** VA-SUPPORT: the provider's support contact (e-mail, phone, opening hours). */
  #renderSupport() {
    const s = this.services!;
    const { email, phone, hours } = s.support;
    return html`<div class="vigie-login__support">
      <p class="vigie-login__help-title">${this.t('vault.support.title')}</p>
      <p>${this.t('vault.login.locked.support')}</p>
      <ul class="vigie-login__contact">
        <li><a class="vigie-panel-link" href=${supportMailHref(email)}>${writeToSupport((key, params) => this.t(key, params), email)}</a></li>
        <li>
          <a class="vigie-panel-link" href=${supportPhoneHref(phone)}>${this.t('vault.support.phone', { phone: unbreakable(phone) })}</a>
          <span class="vigie-login__hours">${capitalize(formatSupportHours(s.locale, hours))}</span>
        </li>
      </ul>
    </div>`;
  }

  /** « Mot de passe oublié ? » and « Identifiant perdu ? » under the form (while no lock shows them). */
  #renderRecoveryLinks() {
    return html`<ul class="vigie-login__links">
      <li>${this.#recoveryLink('password', this.resetHref, this.t('vault.login.forgotPassword'))}</li>
      <li>${this.#recoveryLink('identifier', this.recoveryHref, this.t('vault.login.lostIdentifier'))}</li>
    </ul>`;
  }

  /** A recovery link (a button that only fires the event when the host gave no address); `inline` in a sentence. */
  #recoveryLink(kind: VaultRecoveryKind, address: string | undefined, text: string, inline = false) {
    const href = safeHref(address);
    const onClick = (e: Event) => this.#recovery(kind, href, e);
    const cls = inline ? 'vigie-panel-link vigie-panel-link--inline' : 'vigie-panel-link';
    return href ? html`<a class=${cls} href=${href} @click=${onClick}>${text}</a>` : html`<button type="button" class=${cls} @click=${onClick}>${text}</button>`;
  }

  #renderCode(view: LoginSecondFactor, busy: boolean, now: number) {
    const f = this.#code;
    const title = `${this.#uid}-code-title`;
    const sent = `${this.#uid}-code-sent`;
    const expiry = `${this.#uid}-code-expiry`;
    const wait = loginResendWaitSeconds(view, now);
    const error = busy ? undefined : view.error;
    const resendBlocked = busy || wait > 0;
    return html`${this.#heading(title, this.t('vault.code.title'))}
    ${f.renderForm(
      html`${error ? alertBox(this.#codeError(view)) : nothing}
        ${view.resent && !error && !busy
          ? html`<p class="vigie-login__notice" role="status">${checkIcon}<span>${this.t('vault.code.resent')}</span></p>`
          : nothing}
        <p class="vigie-login__text" id=${sent}>
          ${this.t(view.channel === 'sms' ? 'vault.code.sent.sms' : 'vault.code.sent.email', { length: CODE_LENGTH, destination: unbreakable(view.destination) })}
        </p>
        ${codeField(f.field('code'), { describedBy: `${sent} ${expiry}`, enterKeyHint: 'done' })}
        <p class="vigie-hint" id=${expiry} role="status">
          ${isLoginCodeExpired(view, now) ? this.t('vault.code.expired') : this.t('vault.code.expiresAt', { time: formatTimeOfDay(view.expiresAt) })}
        </p>
        ${submitButton(f, this.t('vault.code.submit'))}
        <div class="vigie-login__secondary">
          <button
            type="button"
            class="vigie-button vigie-button--secondary vigie-panel-resend vigie-login__resend"
            aria-disabled=${resendBlocked ? 'true' : 'false'}
            @click=${this.#resend}
          >
            ${wait > 0 ? this.t('vault.code.resendIn', { seconds: wait }) : this.t('vault.code.resend')}
          </button>
        </div>
        <p class="vigie-hint">${this.t('vault.code.notReceived')}</p>
        <div class="vigie-login__secondary">
          <button type="button" class="vigie-panel-link" @click=${this.#cancel}>${this.t('vault.code.cancel')}</button>
        </div>`,
      { labelledby: title },
    )}`;
  }

  /** A field error (a catalog key, with its parameters) as text. */
  #message(error: FieldError): string {
    return typeof error === 'string' ? this.t(error) : this.t(error.key, error.params);
  }

  #codeError(view: LoginSecondFactor): string {
    switch (view.error) {
      case 'invalid-code':
        return view.attemptsLeft !== undefined ? this.t('vault.code.error.attemptsLeft', { count: view.attemptsLeft }) : this.t('vault.code.error.invalid');
      case 'resend-too-early':
        return this.t('vault.code.error.tooEarly');
      default:
        return this.t('vault.code.error.unavailable');
    }
  }

  #renderNewPassword(view: LoginMustChangePassword, busy: boolean) {
    const f = this.#newPassword;
    const title = `${this.#uid}-new-title`;
    const error = busy ? undefined : view.error;
    const failure = f.failure;
    return html`${this.#heading(title, this.t('vault.mustChange.title'))}
    ${f.renderForm(
      html`${error === 'password-rejected' ? alertBox(this.#message(refusedPasswordError(failure))) : nothing}
        ${error === 'unavailable'
          ? alertBox(
              this.t('form.failure.title'),
              failure && this.services ? this.services.describeFailure(failure) : undefined,
              f.secretsCleared ? this.t('form.failure.secrets') : undefined,
            )
          : nothing}
        <p class="vigie-login__text">${this.t('vault.mustChange.intro')}</p>
        ${requiredNote(f)}
        <input type="text" name="username" autocomplete="username" .value=${view.identifier} readonly hidden />
        ${passwordField(f.field('password'))} ${passwordField(f.field('confirmation'))} ${submitButton(f, this.t('vault.mustChange.submit'))}
        <div class="vigie-login__secondary">
          <button type="button" class="vigie-panel-link" @click=${this.#cancel}>${this.t('vault.code.cancel')}</button>
        </div>`,
      { labelledby: title },
    )}`;
  }

  #renderSignedIn(view: LoginSignedIn) {
    const user: VaultSession['user'] = view.session.user;
    return html`<div class="vigie-form vigie-login__signed-in">
      <p class="vigie-login__welcome" tabindex="-1" id="${this.#uid}-welcome">
        ${checkIcon}<span>${this.t('vault.login.signedIn', { firstName: user.firstName, lastName: user.lastName })}</span>
      </p>
      <div class="vigie-actions">
        <button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.signOut()}>${this.t('vault.login.signOut')}</button>
      </div>
    </div>`;
  }
}

/** « du lundi au vendredi… » → « Du lundi au vendredi… » (on a line of its own). */
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A message after an answer (`role=alert`: read out as it appears). */
function alertBox(title: string, ...lines: (string | undefined)[]) {
  return html`<div class="vigie-failure" role="alert">
    <p class="vigie-title">${errorIcon}<span>${title}</span></p>
    ${lines.filter(Boolean).map((line) => html`<p>${line}</p>`)}
  </div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'vault-login': VaultLogin;
  }
}
