import { LINK_TOKEN_PARAMS } from '@vigie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  ApiError,
  PASSPORT_FIELD_ISSUES,
  PASSPORT_RESET_STEPS,
  passportResetFlow,
  runPassportResetRequest,
  type PassportResetEvent,
  type PassportResetRequest,
  type PassportResetState,
  type PassportResetStep,
  PASSWORD_MIN_LENGTH,
  fieldIssueMessageKey,
  passportCoreMessages,
  passportLoginMessages,
  passwordPairIssues,
  problemOf,
  type ApiFailure,
  type MessageKey,
  type PassportFieldIssue,
} from '@vigie/core';
import { LightDomElement, formStyles, passwordField, requiredNote, submitButton, type FieldError } from '../../base/forms/index.js';
import { PasswordLengthController } from '../../base/forms/password-feedback.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { checkCircleIcon, errorIcon, warningIcon } from '../../base/forms/form-icons.js';
import { FlowController } from '../../base/flow-controller.js';
import { passportLoginAction } from '../passport-session.js';
import type { PassportLoginReason } from '../passport.events.js';
import { PassportPasswordResetEvent } from './passport-password-reset.events.js';
import { takeLinkToken } from '../../base/link-token.js';
import { styles } from './passport-password-reset.styles.js';

/** The passport's calls, loaded when a link is checked. */
const passportApi = () => import('@vigie/core/passport/api');

/**
 * The query parameter of the passport's reset links (`?passport-reset-token=…`): its own name, so that
 * this widget never takes the token of another kind of link (the vault's `?token=`, an
 * activation…) and another link widget never takes this one's.
 */
export const PASSPORT_RESET_TOKEN_PARAM = LINK_TOKEN_PARAMS['passport-reset'];

/** Where the page is: no link, checking it, the form, done, or why the link cannot be used (core's flow). */
export { PASSPORT_RESET_STEPS, type PassportResetStep };

/** The texts of the shared live password count that this widget words with the passport's keys. */
const COUNT_KEYS: Readonly<Record<string, MessageKey>> = {
  'vault.password.count': 'passport.login.mustChange.count',
  'vault.password.error.too-long': 'passport.field.password-too-long',
};

/**
 * PP-LOGIN — the page of the link « Mot de passe oublié ? » e-mails (seed 004, annex « Que faire en
 * cas d'oubli de mot de passe ? »): the new password of the company account, twice. It completes
 * a handover left to « Mon successeur réinitialisera le mot de passe » (PP-SPACES): the successor
 * asks for a link with the new login, follows it here, then signs in.
 *
 * The link's token comes from the `token` property (write-only) or from the page's URL, the
 * `token-param` query parameter (`passport-reset` by default: only this kind of link). Once read it
 * is removed from the address bar (`history.replaceState`, the other parameters and the hash kept)
 * and lives in a private field until the link is spent. The server says first whether the link
 * can be used: expired, already used and unknown links each say so, with the way to a new one
 * (the sign-in page's « Mot de passe oublié ? »). The new password follows the platform's policy
 * (core's, checked here and by the server, whose other refusals show on the field); a failure to
 * reach the server shows the form's notice with a retry. Success says so and offers « Se connecter ».
 *
 * Light DOM (credential fields): native inputs in a real `<form>` with `autocomplete=new-password`.
 * Style it with the `--vigie-*` tokens and the `vigie-passport-reset` / `vigie-panel-*` classes; the
 * step is reflected in the `step` attribute.
 *
 * @tagname passport-password-reset
 * @summary The page of the e-mailed passport reset link: a new company password, twice (PP-LOGIN).
 * @fires {PassportPasswordResetEvent} passport-password-reset - The new password was accepted (no e-mail, password or token in it).
 * @fires {PassportLoginRequestedEvent} passport-login-requested - « Se connecter » (reason `password-reset`) or « Aller à la page de connexion » (reason `new-link`); cancelable: cancel it to show your own sign-in instead of following `login-href`.
 * @cssprop --passport-password-reset-max-width - The widest the widget grows (default `32rem`).
 */
export class PassportPasswordReset extends LightDomElement {
  static override messages = [passportCoreMessages, passportLoginMessages];

  static override lightStyles = [formStyles, panelStyles, styles];

  /**
   * The link's token, when the host has it (otherwise it is read from the URL). Write-only: kept in
   * a private field, the attribute removed at once; reading it always gives `undefined`.
   */
  @property()
  get token(): string | undefined {
    return undefined;
  }
  set token(value: string | null | undefined) {
    const token = value?.trim();
    if (this.hasAttribute('token')) this.removeAttribute('token');
    if (token) this.#adopt(token);
  }

  /** The URL query parameter of this kind of link. */
  @property({ attribute: 'token-param' }) tokenParam = PASSPORT_RESET_TOKEN_PARAM;

  /** The sign-in page (`<passport-login>`), for « Se connecter ». Without it, the button only fires `passport-login-requested`. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** The level of the widget's heading in the host page (1–6, default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Read-only, reflected for host CSS: the current step. */
  @property({ reflect: true }) step: PassportResetStep = 'no-link';

  static #instances = 0;
  readonly #uid = `vigie-passport-reset-${++PassportPasswordReset.#instances}`;
  /** A link waiting for the provider's services (then the flow's, in memory only, until spent or refused). */
  #pendingLink?: { readonly token: string; readonly key: string };
  #urlRead = false;
  #appliedNotice = 0;
  #noticeAtSubmit = 0;
  /** What the flow held when the element left the page (it resumes from it). */
  #kept?: PassportResetState;
  /** The form waiting for the reset's answer. */
  #pending?: { readonly resolve: () => void; readonly reject: (e: unknown) => void };

  readonly #flow = new FlowController(this, {
    flow: passportResetFlow,
    clock: () => this.services!.clock,
    run: (request, signal) => this.#run(request, signal),
    resume: () => this.#kept,
    events: { 'passport-password-reset': () => new PassportPasswordResetEvent() },
  });

  readonly #form = this.createForm({
    fields: {
      newPassword: {
        kind: 'new-password',
        label: 'passport.reset.password',
        hint: () => this.t('passport.reset.password.hint', { min: PASSWORD_MIN_LENGTH }),
        required: true,
      },
      confirmation: { kind: 'new-password', label: 'passport.reset.confirmation', required: true },
    },
    validators: {
      newPassword: (_, v) => pairIssue(v.newPassword, v.confirmation, 'newPassword'),
      confirmation: (_, v) => pairIssue(v.newPassword, v.confirmation, 'confirmation'),
    },
    submit: (values) => this.#submit({ type: 'reset', password: values.newPassword }),
    onSuccess: () => this.#length.reset(),
    onFailure: () => {
      this.#length.reset();
      // The flow placed what it could (the link's state, a refused password); the rest is the form's notice.
      const s = this.#flow.state;
      return s.step !== 'form' || (s.notice?.seq ?? 0) !== this.#noticeAtSubmit;
    },
  });

  readonly #length = new PasswordLengthController(this, 'newPassword', (key, params) => this.t(COUNT_KEYS[key] ?? key, params));

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#urlRead) {
      this.#urlRead = true;
      this.#readTokenFromUrl();
    }
  }

  override disconnectedCallback(): void {
    if (this.#flow.started) {
      // Back in the page, the widget is where it was: a cut check is made again.
      const { busy: _b, ...s } = this.#flow.state;
      if (s.step === 'checking' && s.token && s.key) this.#pendingLink = { token: s.token, key: s.key };
      else this.#kept = s;
    }
    this.#pending?.resolve();
    this.#pending = undefined;
    super.disconnectedCallback();
  }

  // ── the token ─────────────────────────────────────────────────────────────────────────────

  /** Takes this kind of link's token out of the address bar (other parameters and the hash stay). */
  #readTokenFromUrl(): void {
    const value = takeLinkToken('passport-reset', this.tokenParam);
    if (value && !this.#pendingLink && !this.#flow.started) this.#adopt(value);
  }

  #adopt(token: string): void {
    // One key per link: a retry after a lost answer replays the first success instead of « already used ».
    this.#pendingLink = { token, key: `ppr-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}` };
    this.#form.reset();
    this.#length.reset();
    this.step = 'checking';
    this.requestUpdate();
  }

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.services) return;
    if (this.#pendingLink) {
      const link = this.#pendingLink;
      this.#pendingLink = undefined;
      this.#flow.send({ type: 'link', ...link });
    }
    const s = this.#flow.state;
    this.#kept = undefined;
    // The reflected step is the flow's; a spent or refused link empties the form.
    if (this.step !== s.step) {
      if (s.step !== 'form') {
        this.#form.reset();
        this.#length.reset();
      }
      this.step = s.step;
    }
    if (s.notice && s.notice.seq !== this.#appliedNotice) {
      this.#appliedNotice = s.notice.seq;
      void this.#form.setErrors({ newPassword: serverPasswordError(s.notice.failure) });
    }
  }

  // ── requests ──────────────────────────────────────────────────────────────────────────────

  /** The form's submit: sends the intent; settles when the flow has the answer (so secrets live until then). */
  #submit(event: PassportResetEvent): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#pending?.resolve();
      this.#pending = { resolve, reject };
      this.#noticeAtSubmit = this.#flow.state.notice?.seq ?? 0;
      this.#flow.send(event);
      if (!this.#flow.state.busy) {
        this.#pending = undefined;
        resolve();
      }
    });
  }

  /** The flow's calls through core's passport api (loaded with the data layer); the reset's answer settles the form. */
  async #run(r: PassportResetRequest, signal: AbortSignal): Promise<PassportResetEvent> {
    const api = await passportApi();
    const event = await runPassportResetRequest(api, this.services!.client, r, signal);
    const pending = this.#pending;
    if (r.op === 'reset' && pending && !signal.aborted) {
      this.#pending = undefined;
      // After the flow took the answer (the runner feeds it back right after this returns).
      queueMicrotask(() =>
        event.type === 'reset-failed' ? pending.reject(new ApiError(event.failure, 'POST passport/password-reset')) : pending.resolve(),
      );
    }
    return event;
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const title = `${this.#uid}-title`;
    return html`<section class="vigie-scope vigie-panel vigie-passport-reset" aria-labelledby=${title}>
      <div class="vigie-panel-heading" role="heading" aria-level=${level} id=${title} tabindex="-1" data-focus="heading">${this.t('passport.reset.title')}</div>
      <div class="vigie-panel-result" role="status">${this.#renderResult()}</div>
      ${this.#renderBody(title)}
    </section>`;
  }

  #renderResult() {
    switch (this.step) {
      case 'checking':
        return html`<p class="vigie-panel-loading"><span class="vigie-spinner" aria-hidden="true"></span><span>${this.t('passport.reset.checking')}</span></p>`;
      case 'done':
        return message('success', checkCircleIcon, this.t('passport.reset.done'));
      case 'expired':
      case 'used':
      case 'unknown':
        return message('warning', warningIcon, this.t(`passport.reset.${this.step}`));
      case 'no-link':
        return message('warning', warningIcon, this.t('passport.reset.noLink'));
      default:
        return nothing;
    }
  }

  #renderBody(title: string) {
    switch (this.step) {
      case 'form':
        return this.#renderForm(title);
      case 'check-failed':
        return this.#renderCheckFailed();
      case 'done':
        return this.#action('passport.reset.signIn', 'password-reset', 'vigie-button vigie-panel-action');
      case 'expired':
      case 'used':
      case 'unknown':
      case 'no-link':
        return this.#action('passport.reset.toLogin', 'new-link', 'vigie-button vigie-button--secondary vigie-panel-action');
      default:
        return nothing;
    }
  }

  #action(label: MessageKey, reason: PassportLoginReason, className: string) {
    return html`<div class="vigie-panel-actions">${passportLoginAction(this, { label: this.t(label), href: this.loginHref, reason, className })}</div>`;
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

  #renderForm(title: string) {
    const f = this.#form;
    const countId = `${this.#uid}-count`;
    return html`<p class="vigie-panel-intro">${this.t('passport.reset.intro')}</p>
      ${f.renderForm(
        html`${requiredNote(f)}
          <div class="vigie-panel-new-password" @input=${this.#length.onInput}>
            ${passwordField(f.field('newPassword'), { describedBy: countId, enterKeyHint: 'next' })} ${this.#length.render(countId)}
          </div>
          ${passwordField(f.field('confirmation'), { enterKeyHint: 'done' })} ${submitButton(f, this.t('passport.reset.submit'))}`,
        { labelledby: title },
      )}`;
  }
}

/** Core's password policy for the new password and its confirmation, as messages. */
function pairIssue(password: string, confirmation: string, field: 'newPassword' | 'confirmation'): FieldError | undefined {
  const issue = passwordPairIssues(password, confirmation, ['newPassword', 'confirmation'] as const)[field];
  return issue ? fieldIssueMessageKey(issue) : undefined;
}

/** What a 422 said of the new password: core's issue when it names one, else « not accepted ». */
function serverPasswordError(failure: ApiFailure): FieldError {
  const list = problemOf(failure)?.['errors'];
  const issue = (Array.isArray(list) ? (list as { issue?: unknown }[]) : []).map((e) => e.issue).find(isFieldIssue);
  return issue && issue !== 'required' ? fieldIssueMessageKey(issue) : 'passport.reset.rejected';
}

const isFieldIssue = (issue: unknown): issue is PassportFieldIssue =>
  typeof issue === 'string' && (PASSPORT_FIELD_ISSUES as readonly string[]).includes(issue);

function message(kind: 'success' | 'warning', glyph: TemplateResult, text: string) {
  return html`<div class="vigie-panel-message vigie-panel-message--${kind}">${glyph}<p>${text}</p></div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'passport-password-reset': PassportPasswordReset;
  }
}
