import { vaultMessages } from '@vigie/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CODE_LENGTH,
  PASSWORD_MIN_LENGTH,
  checkNewPassword,
  identifierKind,
  lockRemainingMs,
  loginEventFromCodeSent,
  loginEventFromError,
  loginEventFromResponse,
  loginMachine,
  loginRefusal,
  nextLoginDeadline,
  type Clock,
  type LoginEvent,
  type LoginState,
  type LoginStatus,
} from '@vigie/core';
import { DeadlineController } from '../../base/deadline-controller.js';
import { formStyles, LightDomElement, passwordField, requiredNote, submitButton, textField } from '../../base/forms/index.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { styles } from './vault-login.styles.js';
import { checkIcon } from '../../base/forms/form-icons.js';
import { endVaultSessionOnServer } from '../vault-session.js';
import { newPasswordError } from '../../base/forms/password-feedback.js';
import {
  renderCode,
  renderFailure,
  renderLock,
  renderNewPassword,
  renderRecoveryLinks,
  renderSignedIn,
  type LoginView,
  type StepActions,
} from './login-steps.js';
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
      code: {
        kind: 'one-time-code',
        label: 'vault.code.label',
        hint: () => this.t('vault.code.hint', { length: CODE_LENGTH }),
        required: true,
        length: CODE_LENGTH,
      },
    },
    submit: (values, { signal }) => this.#submitCode(values.code, signal),
    onFailure: () => true,
  });

  #newPassword = this.createForm({
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
      confirmation: (value, values) =>
        checkNewPassword(values.password, value).includes('mismatch') ? 'vault.password.error.mismatch' : undefined,
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
    return this.#exchange(
      signal,
      async () => (await vaultApi()).verifyVaultCode(client, from.challenge, code, { signal }),
      loginEventFromResponse,
    );
  }

  async #submitNewPassword(password: string, signal: AbortSignal) {
    const from = this.machine;
    if (from.status !== 'must-change-password' || this.#refused({ type: 'new-password-submitted' })) throw REFUSED;
    this.#send({ type: 'new-password-submitted' });
    const client = this.services!.client;
    return this.#exchange(
      signal,
      async () => (await vaultApi()).changeVaultTemporaryPassword(client, from.challenge, password, { signal }),
      loginEventFromResponse,
    );
  }

  #resend = async () => {
    const from = this.machine;
    // Before `resendAt`, or while another request is on its way: the machine refuses, nothing is sent.
    if (from.status !== 'second-factor' || this.#refused({ type: 'resend-requested' })) return;
    this.#send({ type: 'resend-requested' });
    const abort = (this.#resendAbort = new AbortController());
    const client = this.services!.client;
    try {
      await this.#exchange(
        abort.signal,
        async () => (await vaultApi()).resendVaultCode(client, from.challenge, { signal: abort.signal }),
        loginEventFromCodeSent,
      );
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

  /** What the steps (`login-steps.ts`) need of the element. */
  get #view(): LoginView {
    return {
      uid: this.#uid,
      services: this.services!,
      resetHref: this.resetHref,
      recoveryHref: this.recoveryHref,
      t: (key, params) => this.t(key, params),
      heading: (id, text) => this.#heading(id, text),
      recovery: (kind, href, e) => this.#recovery(kind, href, e),
    };
  }

  readonly #actions: StepActions = { resend: () => void this.#resend(), cancel: () => this.#cancel(), signOut: () => this.signOut() };

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
        body = renderSignedIn(this.#view, this.#actions, view);
        break;
      case 'second-factor':
        body = renderCode(this.#view, this.#code, this.#actions, view, busy, now);
        break;
      case 'must-change-password':
        body = renderNewPassword(this.#view, this.#newPassword, this.#actions, view, busy);
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
      ${view?.status === 'locked' ? renderLock(this.#view, view, now) : nothing}
      ${
        this.lockOver && view?.status === 'idle'
          ? html`<p class="vigie-login__notice" role="status">${checkIcon}<span>${this.t('vault.login.locked.over')}</span></p>`
          : nothing
      }
      ${f.renderForm(
        html`${view?.status === 'failed' ? renderFailure(this.#view, view, this.#login) : nothing} ${requiredNote(f)}
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
          ${view?.status === 'locked' ? nothing : renderRecoveryLinks(this.#view)}`,
        { labelledby: title },
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vault-login': VaultLogin;
  }
}
