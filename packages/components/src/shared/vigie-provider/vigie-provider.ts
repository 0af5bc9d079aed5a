import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import {
  accessFor,
  DEFAULT_SUPPORT_CONTACT,
  fixedClock,
  systemClock,
  isLocaleLoaded,
  loadLocale,
  translate,
  type AccessState,
  type ApiFailure,
  type BannerLevel,
  type Clock,
  type GetToken,
  type Locale,
  type SupportContact,
  type PassportSession,
  type VaultSession,
  type VigieClient,
} from '@vigie/core';
import { vigieContext, type VigieServices } from '../../base/context.js';
import { lazyClient } from '../../base/lazy-client.js';
import { AccessChangedEvent } from './vigie-provider.events.js';
import { darkTokens } from './vigie-provider.styles.js';
import {
  InputWarnings,
  checkApiUrl,
  checkClient,
  checkGetToken,
  checkLocale,
  checkNow,
  checkPassportSession,
  checkSupport,
  checkTheme,
  checkVaultSession,
} from './provider-input.js';

/**
 * Gives every Vigie widget inside it the API client, the locale, the clock and the
 * access state (X-PROVIDER). Widgets need nothing else from the host.
 *
 * @tagname vigie-provider
 * @summary Gives every widget the API client, locale, clock and access state (X-PROVIDER).
 * @slot - The widgets (and any host markup).
 * @fires {AccessChangedEvent} access-changed - The access state changed (SR-INVOICE: `restricted` once an invoice is 30 days late).
 * @cssprop --vigie-font-family - Font of every widget.
 * @cssprop --vigie-color-text - Main text colour.
 * @cssprop --vigie-color-text-muted - Secondary text colour.
 * @cssprop --vigie-color-surface - Background of cards and dialogs.
 * @cssprop --vigie-color-surface-raised - Background of headers and hovered rows.
 * @cssprop --vigie-color-border - Borders and separators.
 * @cssprop --vigie-color-accent - Buttons and links.
 * @cssprop --vigie-color-on-accent - Text on accent buttons.
 * @cssprop --vigie-color-focus - Focus ring.
 * @cssprop --vigie-color-warning-bg - Orange banner background.
 * @cssprop --vigie-color-warning-fg - Orange banner text.
 * @cssprop --vigie-color-warning-border - Orange banner border and icon.
 * @cssprop --vigie-color-danger-bg - Red banner background.
 * @cssprop --vigie-color-danger-fg - Red banner text.
 * @cssprop --vigie-color-danger-border - Red banner border and icon.
 * @cssprop --vigie-color-on-danger - Text on a red button (a delete confirmation): 4.5:1 against `--vigie-color-danger-border`.
 * @cssprop --vigie-color-success-fg - Positive text (paid invoices).
 * @cssprop --vigie-radius - Corner radius.
 */
export class VigieProvider extends LitElement {
  static override styles = [
    css`
      :host {
        display: contents;
      }
    `,
    darkTokens,
  ];

  /** Base URL of the Vigie API, e.g. `https://api.example.fr/v1` or `/api`. */
  @property({ attribute: 'api-url' }) apiUrl = '/api';

  /** `fr` (default) or `en`. Changing it re-renders every widget, without reload. */
  @property({ reflect: true }) locale: Locale = 'fr';

  /** An ISO date (`2026-03-10`) or date-time that fixes "now" for every widget (demos, stories, tests). */
  @property() now?: string;

  /** `light` (default: like most host pages), `dark`, or `auto` to follow the user's system setting. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /**
   * Called before each request for a bearer token; called again once, with `{ refresh: true }`,
   * after a 401. Never stored by Vigie.
   */
  @property({ attribute: false }) getToken?: GetToken;

  /** A custom API client (tests, a host's own transport). Replaces `api-url`/`getToken`. */
  @property({ attribute: false }) client?: VigieClient;

  /**
   * VA-SUPPORT: the support e-mail, phone and opening hours the widgets show wherever only
   * support can help (a lock that persists, merging vaults, re-activating paperless payslips).
   * Defaults to the vault's support of seed 002.
   */
  @property({ attribute: false }) support: SupportContact = DEFAULT_SUPPORT_CONTACT;

  #vaultSession?: VaultSession;

  /**
   * The vault session shared by the vault widgets inside (held in memory only). `<vault-login>`
   * sets it; a host that signs people in itself can hand it over here, and clear it with `undefined`.
   */
  get vaultSession(): VaultSession | undefined {
    return this.#vaultSession;
  }

  set vaultSession(value: VaultSession | undefined) {
    const session = this.#inputs.valid('vaultSession', value, checkVaultSession, undefined);
    if (session === this.#vaultSession) return;
    this.#vaultSession = session;
    if (this.#client) this.#publish();
  }

  #passportSession?: PassportSession;

  /**
   * The safety-passport session shared by the passport widgets inside (in memory only).
   * `<passport-login>` sets it; a host that signs referents in itself can hand it over here.
   */
  get passportSession(): PassportSession | undefined {
    return this.#passportSession;
  }

  set passportSession(value: PassportSession | undefined) {
    const session = this.#inputs.valid('passportSession', value, checkPassportSession, undefined);
    if (session === this.#passportSession) return;
    this.#passportSession = session;
    if (this.#client) this.#publish();
  }

  /** X-PROVIDER (issue 8 #8): a wrong value from the host warns once and gives way to the default. */
  readonly #inputs = new InputWarnings();
  #level: BannerLevel | undefined;
  #client?: VigieClient;
  #clientKey?: unknown;
  #clock?: Clock;
  #clockKey?: string;
  #access: AccessState = accessFor('none');
  #provider = new ContextProvider(this, { context: vigieContext });

  /** The current access state: `full`, or `restricted` while invoices are 30 days late. */
  get access(): AccessState {
    return this.#access;
  }

  /** The clock the widgets read: fixed when `now` is set. */
  get clock(): Clock {
    return this.#clock ?? this.#makeClock();
  }

  #makeClock(): Clock {
    const now = this.#inputs.valid('now', this.now === '' ? undefined : this.now, checkNow, undefined);
    if (now) {
      try {
        return fixedClock(now);
      } catch {
        // checkNow accepted it: fixedClock agrees on every ISO date; the real clock otherwise.
      }
    }
    return systemClock;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Publish before the first update, so widgets upgraded with the provider never see it empty.
    this.#sync();
  }

  protected override willUpdate(): void {
    this.#sync();
  }

  /** Derives what widgets get from the properties; objects keep their identity while their inputs do. */
  #sync(): void {
    const l = this.#inputs.valid('locale', this.locale, checkLocale, 'fr');
    if (l !== this.locale) this.locale = l;
    const theme = this.#inputs.valid('theme', this.theme, checkTheme, undefined);
    if (theme !== this.theme) this.theme = theme;
    // One client per API address: switching the locale or the clock must not refetch.
    const client = this.#inputs.valid('client', this.client, checkClient, undefined);
    const apiUrl = this.#inputs.valid('apiUrl', this.apiUrl === '' ? undefined : this.apiUrl, checkApiUrl, '/api');
    this.#inputs.valid('getToken', this.getToken, checkGetToken, undefined);
    const clientKey = client ?? apiUrl;
    if (clientKey !== this.#clientKey) {
      this.#clientKey = clientKey;
      this.#client =
        client ??
        lazyClient({ baseUrl: apiUrl, getToken: (r) => this.#inputs.valid('getToken', this.getToken, checkGetToken, undefined)?.(r) });
    }
    if (this.now !== this.#clockKey || !this.#clock) {
      this.#clockKey = this.now;
      this.#clock = this.#makeClock();
    }
    if (isLocaleLoaded(l)) this.#shown = l;
    // Until its catalog arrives, widgets keep the language they had (or wait, at start).
    else void loadLocale(l).then(() => this.requestUpdate());
    this.#publish();
  }

  /** The locale widgets show: undefined until the first wanted catalog is there. */
  #shown?: Locale;

  #publish(): void {
    const locale = this.#shown ?? 'fr';
    const client = this.#client!;
    const t: VigieServices['t'] = (key, params) => translate(locale, key, params);
    const services: VigieServices = {
      client,
      locale,
      ready: this.#shown !== undefined,
      clock: this.#clock!,
      t,
      access: this.#access,
      reportInvoiceLevel: (level) => this.#setLevel(level),
      ensureAccess: () => {
        if (this.#level === undefined && !this.#accessRequest) void this.#refreshAccess();
      },
      refreshAccess: () => this.#accessRequest ?? this.#refreshAccess(),
      describeFailure: (f: ApiFailure) => describeFailure(t, f),
      support: this.#inputs.valid('support', this.support, checkSupport, DEFAULT_SUPPORT_CONTACT),
      vaultSession: this.#vaultSession,
      setVaultSession: (session) => {
        this.vaultSession = session;
      },
      passportSession: this.#passportSession,
      setPassportSession: (session) => {
        this.passportSession = session;
      },
    };
    this.#provider.setValue(services);
  }

  #accessRequest?: Promise<void>;

  /** SR-INVOICE: the level from the API (a failure keeps the current state: the routes still refuse). */
  #refreshAccess(): Promise<void> {
    const client = this.#client!;
    const request = import('@vigie/core/safety-register/api')
      .then((m) => m.getAccess(client))
      .then(
        (answer) => this.#setLevel(answer.level),
        () => undefined,
      )
      .finally(() => {
        if (this.#accessRequest === request) this.#accessRequest = undefined;
      });
    this.#accessRequest = request;
    return request;
  }

  #setLevel(level: BannerLevel): void {
    if (level === this.#level) return;
    this.#level = level;
    const access = accessFor(level);
    if (access.kind === this.#access.kind) return;
    this.#access = access;
    this.#publish();
    const event = new AccessChangedEvent(access, level);
    this.dispatchEvent(event);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

function describeFailure(t: VigieServices['t'], f: ApiFailure): string {
  switch (f.kind) {
    case 'http':
      // Never the server's own words: they may be in another language, carry markup-like text
      // or hint at which accounts exist. Widgets map the problem types they know to the catalog.
      return f.status < 500 ? t('common.error.client', { status: f.status }) : t('common.error.http', { status: f.status });
    case 'conflict':
      return t('common.error.conflict');
    case 'locked':
      return t('common.error.locked');
    default:
      return t(`common.error.${f.kind}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vigie-provider': VigieProvider;
  }
}
