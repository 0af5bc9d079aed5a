import { vaultMessages } from '@vigie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { EMAIL_CONFIRMATION_TOKEN_PARAM, vaultProblemOf } from '@vigie/core';
import { LightDomElement, formStyles } from '../../base/forms/index.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { checkCircleIcon, errorIcon, warningIcon } from '../../base/forms/form-icons.js';
import { failureOf, isRetryableFailure, withParts, wrappableEmail } from '../../base/forms/helpers.js';
import { loginAction, supportContact } from '../vault-helpers.js';
import { VaultEmailChangedEvent } from './vault-email-confirmation.events.js';
import { takeLinkToken } from '../../base/link-token.js';
import { emailConfirmationStyles } from './vault-email-confirmation.styles.js';

/**
 * Where the widget is: following the link (`confirming`), the link's outcome, or a failure to
 * reach the service (`failed`, with a retry).
 */
export const EMAIL_CONFIRMATION_STEPS = ['confirming', 'failed', 'confirmed', 'expired', 'used', 'unknown', 'unavailable'] as const;
export type EmailConfirmationStep = (typeof EMAIL_CONFIRMATION_STEPS)[number];

/** The outcomes the server can give a link (a 404, or any refusal it does not name, is `unknown`). */
type Outcome = Exclude<EmailConfirmationStep, 'confirming' | 'failed'>;

/**
 * VA-PROFILE, X-SEC — the page the e-mail-change confirmation link leads to. Changing the vault's
 * personal e-mail (`<vault-profile>`) sends a link to the new address; following it makes that
 * address the account's e-mail and a login identifier (the previous one stops being one).
 *
 * The link's token comes from the `token` property, or from the page's URL: the query parameter
 * named by `token-param`, `email-token` by default. That is a parameter of its own: the
 * widget never reads, nor removes, another kind of link (the reset and invitation links' `token`),
 * and the other link widgets leave this one alone. Once read, the token leaves the address bar
 * (`history.replaceState`, the other parameters kept) and lives in a private field only; it is
 * sent in a request body, never in a URL, and forgotten once the server has answered.
 *
 * The link is followed as soon as the page opens (no password is asked: the link proves the
 * address). Its outcomes: confirmed (with the new address, and « Se connecter »), expired,
 * already used, unknown, the address taken by another vault meanwhile (with the support
 * contact, VA-SUPPORT), and a failure to reach the service with « Réessayer » (the same link,
 * the same `Idempotency-Key`).
 *
 * Light DOM like the other vault widgets; style it with the `--vigie-*` tokens and the classes
 * `vigie-email-confirmation` (the root `<section>`, also `vigie-panel`), `vigie-panel-heading`,
 * `vigie-panel-result` (the live region), `vigie-panel-message` (+ `--success`, `--warning`,
 * `--error`), `vigie-panel-actions`, `vigie-panel-action`. The current step is reflected in `step`.
 *
 * @tagname vault-email-confirmation
 * @summary The e-mail-change confirmation link's page: the new address becomes the login (VA-PROFILE, X-SEC).
 * @fires {VaultEmailChangedEvent} vault-email-changed - The link was followed: `email` is the account's new address (and login).
 * @fires {VaultLoginRequestedEvent} vault-login-requested - « Se connecter » was pressed (`reason`: `email-confirmed`, or `signed-out` from a link that no longer works; `href`). Cancelable: cancel it to show your own sign-in instead of following `login-href`.
 * @cssprop --vault-email-confirmation-max-width - Largest width of the widget (default 40rem).
 * @cssprop --vigie-color-accent - Buttons and links.
 * @cssprop --vigie-color-success-fg - The confirmation's border and icon.
 * @cssprop --vigie-color-warning-bg - Background of an expired, used or unknown link message.
 */
export class VaultEmailConfirmation extends LightDomElement {
  static override messages = [vaultMessages];

  static override lightStyles = [formStyles, panelStyles, emailConfirmationStyles];

  /**
   * The link's token, when the host has it (otherwise it is read from the URL). Write-only: kept
   * in a private field, the attribute removed at once; reading it gives `undefined`. Setting it
   * follows that link.
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

  /** The URL query parameter of this kind of link (default `email-token`). */
  @property({ attribute: 'token-param' }) tokenParam: string = EMAIL_CONFIRMATION_TOKEN_PARAM;

  /** Where « Se connecter » leads (a web link). Without it, the button only fires `vault-login-requested`. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** The level of the widget's heading in the host page (1–6, default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The current step, reflected for host CSS. Read-only. */
  @property({ reflect: true }) step: EmailConfirmationStep = 'confirming';

  /** The link's token: never in state, an attribute, the URL or storage; forgotten once answered. */
  #token?: string;
  /** The Idempotency-Key of this link's confirmation (a retry sends the same). */
  #key?: string;
  #urlRead = false;
  #sending = false;
  #abort?: AbortController;
  /** The confirmed address (shown; it is the person's own). */
  #email = '';
  /** The failure to reach the service, for its description. */
  #failure?: ReturnType<typeof failureOf>;
  /** A step the user's action led to: focus goes to the heading once it renders. */
  #moveFocus = false;
  readonly #headingId = `vigie-email-confirmation-${Math.random().toString(36).slice(2, 8)}`;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#urlRead) {
      this.#urlRead = true;
      this.#readTokenFromUrl();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the page abandons the request; coming back sends it again.
    this.#abort?.abort();
    this.#sending = false;
  }

  /** Follows the link again after a failure to reach the service. */
  retry(): void {
    if (this.step !== 'failed' || !this.#token) return;
    this.#moveFocus = true;
    this.step = 'confirming';
  }

  // ── the token ─────────────────────────────────────────────────────────────────────────────

  /** Takes this kind of link's token out of the address bar; other parameters (another link's `token`) stay. */
  #readTokenFromUrl(): void {
    const value = takeLinkToken('vault-email', this.tokenParam);
    if (value && !this.#token) this.#adopt(value);
    else if (!this.#token) this.step = 'unknown';
  }

  #adopt(token: string): void {
    this.#abort?.abort();
    this.#sending = false;
    this.#token = token;
    this.#key = undefined;
    this.#failure = undefined;
    this.step = 'confirming';
  }

  // ── the request ───────────────────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.step === 'confirming' && !this.#sending && this.services && this.#token) void this.#confirm(this.#token);
  }

  async #confirm(token: string): Promise<void> {
    this.#sending = true;
    const abort = (this.#abort = new AbortController());
    const client = this.services!.client;
    let outcome: Outcome | 'failed';
    try {
      const api = await import('@vigie/core/vault/api');
      this.#key ??= api.newIdempotencyKey();
      const { email } = await api.confirmVaultEmail(client, token, { signal: abort.signal, idempotencyKey: this.#key });
      this.#email = email;
      outcome = 'confirmed';
    } catch (e) {
      if (abort.signal.aborted) return;
      outcome = refused(e) ?? 'failed';
      if (outcome === 'failed') this.#failure = failureOf(e);
    } finally {
      if (this.#abort === abort) this.#sending = false;
    }
    if (abort.signal.aborted || token !== this.#token) return;
    // An answer (not a failure on the way): the link is spent, whatever it said.
    if (outcome !== 'failed') this.#token = undefined;
    this.step = outcome;
    if (outcome === 'confirmed') {
      const event = new VaultEmailChangedEvent(this.#email);
      this.dispatchEvent(event);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#moveFocus && this.step !== 'confirming') {
      this.#moveFocus = false;
      this.querySelector<HTMLElement>('.vigie-panel-heading')?.focus();
    }
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<section class="vigie-scope vigie-panel vigie-email-confirmation" aria-labelledby=${this.#headingId} aria-busy=${this.step === 'confirming' ? 'true' : 'false'}>
      <div class="vigie-panel-heading" role="heading" aria-level=${level} id=${this.#headingId} tabindex="-1">${this.t('vault.emailConfirmation.title')}</div>
      <div class="vigie-panel-result" role="status">${this.#renderResult()}</div>
      ${this.#renderActions()}
    </section>`;
  }

  #renderResult() {
    switch (this.step) {
      case 'confirming':
        return html`<p class="vigie-panel-loading"><span class="vigie-spinner" aria-hidden="true"></span><span>${this.t('vault.emailConfirmation.checking')}</span></p>`;
      case 'confirmed':
        return message('success', checkCircleIcon, html`${this.#withEmail()}`);
      case 'expired':
      case 'used':
      case 'unknown':
        return message('warning', warningIcon, html`${this.t(`vault.emailConfirmation.${this.step}`)}`);
      case 'unavailable':
        return message(
          'warning',
          warningIcon,
          html`${this.t('vault.emailConfirmation.unavailable')}
            <span class="vigie-email-confirmation-support">${supportContact((key, params) => this.t(key, params), this.services!.locale, this.services!.support)}</span>`,
        );
      default:
        return nothing;
    }
  }

  /** « Votre adresse e-mail est maintenant {email}… », the address a part (text, wrappable), never markup. */
  #withEmail() {
    return withParts(this.t('vault.emailConfirmation.done'), {
      email: html`<strong class="vigie-email-confirmation-address">${wrappableEmail(this.#email)}</strong>`,
    });
  }

  #renderActions() {
    if (this.step === 'confirming') return nothing;
    if (this.step === 'failed') {
      const detail = this.#failure ? this.services!.describeFailure(this.#failure) : '';
      return html`<div class="vigie-panel-message vigie-panel-message--error" role="alert">
        ${errorIcon}
        <div class="vigie-panel-message-body">
          <p>${this.t('vault.emailConfirmation.error')}</p>
          ${detail ? html`<p>${detail}</p>` : nothing}
          <button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.retry()}>${this.t('common.retry')}</button>
        </div>
      </div>`;
    }
    const reason = this.step === 'confirmed' ? 'email-confirmed' : 'signed-out';
    return html`<div class="vigie-panel-actions">
      ${loginAction(this, { label: this.t('vault.login.submit'), href: this.loginHref, reason, className: 'vigie-button vigie-panel-action' })}
    </div>`;
  }
}

function message(kind: 'success' | 'warning', glyph: TemplateResult, content: TemplateResult) {
  return html`<div class="vigie-panel-message vigie-panel-message--${kind}">${glyph}<p>${content}</p></div>`;
}

/** The outcome a refused confirmation means (410 expired/used, 404 unknown, 422 unavailable); undefined for a failure on the way (retry). */
function refused(e: unknown): Outcome | undefined {
  const name = vaultProblemOf(e);
  if (name === 'tokenExpired') return 'expired';
  if (name === 'tokenUsed') return 'used';
  if (name === 'tokenUnknown') return 'unknown';
  if (name === 'emailUnavailable') return 'unavailable';
  const failure = failureOf(e);
  if (isRetryableFailure(failure) || !('status' in failure) || failure.kind === 'contract') return undefined;
  return failure.status === 401 || failure.status === 403 ? undefined : 'unknown';
}

declare global {
  interface HTMLElementTagNameMap {
    'vault-email-confirmation': VaultEmailConfirmation;
  }
}
