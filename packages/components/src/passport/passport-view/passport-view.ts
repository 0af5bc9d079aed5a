import { html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  MAX_FAILURES_PER_MODULE,
  calendarDateOf,
  moduleMessageKey,
  passportCoreMessages,
  passportProblemOfFailure,
  passportView,
  passportViewMessages,
  type ApiFailure,
  type EmployeePassport,
  type MessageKey,
  type ModuleView,
  type Params,
  type PassportStatus,
  type PassportView as PassportViewData,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { checkIcon, clockIcon, errorIcon, icon, lockIcon, warningIcon } from '../../base/icons.js';
import { LoadController } from '../../base/load-controller.js';
import { spinnerStyles, stateStyles, tokens } from '../../base/styles.js';
import { VigieElement } from '../../base/vigie-element.js';
import { PassportSessionController, passportLoginAction } from '../passport-session.js';
import { styles } from './passport-view.styles.js';

/** Who reads the passport: the company's referent (default), or the employee themself. */
export const PASSPORT_VIEW_AUDIENCES = ['referent', 'employee'] as const;
export type PassportViewAudience = (typeof PASSPORT_VIEW_AUDIENCES)[number];

const infoIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 16v-4"/><path d="M12 8h.01"/>`);
const todoIcon = icon(svg`<circle cx="12" cy="12" r="9"/>`);
const spinner = html`<span class="spinner" aria-hidden="true"></span>`;

const STATUS_ICON: Record<PassportStatus, ReturnType<typeof icon>> = {
  'not-started': infoIcon,
  'in-progress': clockIcon,
  valid: checkIcon,
  expired: warningIcon,
  blocked: lockIcon,
};

const BCP47 = { fr: 'fr-FR', en: 'en-GB' } as const;

/**
 * PP-ROSTER — an employee's UNPG safety passport (seed 004, « Accéder au passeport sécurité UNPG
 * de votre collaborateur en cliquant sur « Voir le passeport » », « Vérifier l'état de son compte »,
 * « Connaître la date d'expiration de sa sensibilisation »): the employee (name, profile, e-mail),
 * the passport's state (not started, in progress, valid, expired, blocked) and its expiry date,
 * then every module of the programme: validated on the e-learning platform (with the day), validated
 * at once by the SNBPE reciprocity (PP-ENROLL), still to validate with the failures counted, or the
 * one that blocked the account (PP-BLOCK). A blocked account says why and since when, and that the
 * employee must see their manager (`audience="employee"` words it for the employee; the referent is
 * told how to unblock). What the facts mean comes from core's `passportView`.
 *
 * `<passport-roster>` opens it in a dialog for « Voir le passeport » (cancelable
 * `passport-view-requested`); it works on its own too, anywhere inside the provider. It needs the
 * referent's passport session (`<passport-login>` gives it to the provider); without one it invites
 * to sign in (`login-href`, cancelable `passport-login-requested`). A 401 ends the session for every
 * passport widget of the provider.
 *
 * States: loading, error with « Réessayer », employee not found, no employee chosen, signed out,
 * and the passport. While it reloads (`refresh()`), the passport shown stays (marked busy).
 *
 * @tagname passport-view
 * @summary An employee's UNPG safety passport: modules validated and why (SNBPE reciprocity), failures, state and expiry (PP-ROSTER).
 * @fires {PassportLoginRequestedEvent} passport-login-requested - No (or no longer a) passport session and « Se connecter » was pressed (`href`, `reason`). Cancelable: `preventDefault()` to show your own sign-in instead of following `login-href`.
 * @csspart base - The wrapper.
 * @csspart header - The employee: « Passeport sécurité UNPG », the name, the profile and e-mail.
 * @csspart name - The employee's name (a heading).
 * @csspart status - The passport's state and what it means (valid until…, blocked since…).
 * @csspart facts - State, expiry and progress.
 * @csspart snbpe - The SNBPE passport linked at creation, when there is one.
 * @csspart modules - The list of modules.
 * @csspart module - One module (also `module-validated`, `module-to-do` or `module-blocking`).
 * @csspart error - A loading error with « Réessayer », or « Salarié introuvable ».
 * @csspart signed-out - The « sign in » state.
 * @csspart icon - Every icon.
 */
export class PassportView extends VigieElement {
  static override messages = [passportCoreMessages, passportViewMessages];

  static override styles = [tokens, spinnerStyles, stateStyles, styles];

  /** The employee whose passport is shown (an `Employee.id`). */
  @property({ attribute: 'employee-id', reflect: true }) employeeId?: string;

  /** Who reads it: `referent` (default: « {name} a échoué… », how to unblock) or `employee` (« Vous avez échoué… rapprochez-vous de votre responsable »). */
  @property({ reflect: true }) audience: PassportViewAudience = 'referent';

  /** Where « Se connecter » leads when there is no passport session. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** The id of the passport shown (kept while it reloads). */
  #shown?: EmployeePassport;
  #notFound = false;

  readonly #session = new PassportSessionController(
    this,
    () => this.services,
    (session) => {
      this.#shown = undefined;
      this.#notFound = false;
      if (session && this.employeeId) void this.#load();
      else this.#passport.state = { status: 'idle' };
    },
  );

  readonly #passport = new LoadController<EmployeePassport>(
    this,
    async (signal) => {
      const { getEmployeePassport } = await import('@vigie/core/passport/api');
      return getEmployeePassport(this.services!.client, this.employeeId!, { session: this.#session.session, signal });
    },
    (value) => (this.#shown = value),
  );

  /** Reads the passport again (e.g. after the e-learning platform reported a module). The passport shown stays until the answer. */
  refresh(): Promise<void> {
    return this.#load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#session.sync();
    if (changed.has('employeeId') && changed.get('employeeId') !== undefined) {
      this.#shown = undefined;
      this.#notFound = false;
      this.#passport.state = { status: 'idle' };
    }
    if (this.#session.session && this.employeeId && this.#passport.state.status === 'idle' && !this.#notFound && this.#shown === undefined)
      void this.#load();
  }

  async #load(): Promise<void> {
    if (!this.services || !this.employeeId || !this.#session.session) return;
    this.#notFound = false;
    await this.#passport.run();
    const state = this.#passport.state;
    if (state.status !== 'error' || this.#session.endIfRefused(state.failure)) return;
    if (passportProblemOfFailure(state.failure) === 'notFound') {
      this.#shown = undefined;
      this.#notFound = true;
      this.requestUpdate();
    }
  }

  #today(): string {
    return calendarDateOf(this.services?.clock.now() ?? Date.now());
  }

  #date(day: string): string {
    return formatDate(this.services?.locale ?? 'fr', day);
  }

  /** A count's message through `Intl.PluralRules` (`<base>.one` / `<base>.other`). */
  #plural(base: string, count: number, params: Params): string {
    const rule = new Intl.PluralRules(BCP47[this.services?.locale ?? 'fr']).select(count) === 'one' ? 'one' : 'other';
    return this.t(`${base}.${rule}` as MessageKey, params);
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    if (!this.#session.session) return this.#renderSignedOut();
    if (!this.employeeId) return this.#renderState('error', infoIcon, this.t('passport.view.noEmployee'));
    if (this.#notFound) return this.#renderNotFound();
    const state = this.#passport.state;
    const shown = this.#shown?.employee.id === this.employeeId ? this.#shown : undefined;
    if (!shown) {
      if (state.status === 'error') return this.#renderError(state.failure);
      return html`<div part="base" class="base">
        <p class="state loading" role="status">${spinner}${this.t('passport.view.loading')}</p>
      </div>`;
    }
    return this.#renderPassport(shown, state.status === 'loading', state.status === 'error' ? state.failure : undefined);
  }

  #renderState(part: string, glyph: unknown, text: string) {
    return html`<div part="base ${part}" class="base state ${part}" role="status">${glyph}<p>${text}</p></div>`;
  }

  #renderSignedOut() {
    const expired = this.#session.expired;
    return html`<div part="base signed-out" class="base state signed-out" role=${expired ? 'alert' : 'status'}>
      ${lockIcon}
      <div>
        <p><strong>${this.t(expired ? 'passport.view.sessionExpired' : 'passport.view.signedOut')}</strong></p>
        ${passportLoginAction(this, { label: this.t('passport.view.signIn'), href: this.loginHref, reason: this.#session.reason, className: 'btn' })}
      </div>
    </div>`;
  }

  #renderNotFound() {
    return html`<div part="base error" class="base state error" role="alert">
      ${errorIcon}
      <div>
        <p><strong>${this.t('passport.view.notFound.title')}</strong></p>
        <p>${this.t('passport.view.notFound.text')}</p>
      </div>
    </div>`;
  }

  #renderError(failure: ApiFailure, inline = false) {
    return html`<div part=${inline ? 'error' : 'base error'} class="${inline ? '' : 'base '}state error" role="alert">
      ${errorIcon}
      <div>
        <p><strong>${this.t('passport.view.error')}</strong></p>
        <p>${this.services!.describeFailure(failure)}</p>
        <button type="button" class="btn secondary" @click=${() => void this.#load()}>${this.t('common.retry')}</button>
      </div>
    </div>`;
  }

  #renderPassport(passport: EmployeePassport, busy: boolean, failure: ApiFailure | undefined) {
    const view = passportView(passport, this.#today());
    const e = passport.employee;
    const name = `${e.firstName} ${e.lastName}`;
    const status = this.t(`passport.view.status.${view.status}`);
    return html`<article part="base" class="base passport status-${view.status}" aria-busy=${busy ? 'true' : 'false'} aria-labelledby="name">
      <div part="header" class="header">
        <p class="eyebrow">${this.t('passport.view.title')}</p>
        <h2 part="name" class="name" id="name">${name}</h2>
        <p class="who">
          <span>${this.t(`passport.profile.${e.profile}`)}</span>
          <span class="email">${e.email ?? this.t('passport.view.noEmail')}</span>
        </p>
      </div>
      ${failure ? this.#renderError(failure, true) : nothing}
      <div part="status" class="status">
        ${STATUS_ICON[view.status]}
        <div>
          <p class="status-label"><strong>${status}</strong></p>
          ${this.#renderStatusDetail(view, name)}
        </div>
      </div>
      <dl part="facts" class="facts">
        <div><dt>${this.t('passport.view.state')}</dt><dd>${status}</dd></div>
        <div><dt>${this.t('passport.view.expiry')}</dt><dd>${view.expiresOn ? this.#date(view.expiresOn) : this.t('passport.view.noExpiry')}</dd></div>
        <div>
          <dt>${this.t('passport.view.progress')}</dt>
          <dd>${this.#plural('passport.view.progress', view.validated, { validated: view.validated, total: view.total })}</dd>
        </div>
      </dl>
      ${
        passport.snbpe
          ? html`<p part="snbpe" class="snbpe">${this.t('passport.view.snbpe', { issuedOn: this.#date(passport.snbpe.issuedOn), linkedOn: this.#date(passport.snbpe.linkedOn) })}</p>`
          : nothing
      }
      <h3 class="modules-title" id="modules">${this.t('passport.view.modules')}</h3>
      <ol part="modules" class="modules" aria-labelledby="modules">
        ${view.modules.map((m) => this.#renderModule(m))}
      </ol>
      ${busy ? html`<p class="sr-only" role="status">${this.t('passport.view.loading')}</p>` : nothing}
    </article>`;
  }

  #renderStatusDetail(view: PassportViewData, name: string) {
    switch (view.status) {
      case 'valid':
      case 'expired':
        return html`<p>${this.t(`passport.view.status.${view.status}.detail`, { date: this.#date(view.expiresOn!) })}</p>`;
      case 'not-started':
      case 'in-progress':
        return html`<p>${this.t(this.audience === 'employee' ? `passport.view.status.${view.status}.detail.employee` : `passport.view.status.${view.status}.detail`)}</p>`;
      case 'blocked': {
        const module = view.blocked ? this.t(moduleMessageKey(view.blocked.module)) : '';
        const since = view.blocked?.since
          ? html`<p>${this.t('passport.view.blocked.since', { date: this.#date(calendarDateOf(Date.parse(view.blocked.since))) })}</p>`
          : nothing;
        return this.audience === 'employee'
          ? html`<p>${this.t('passport.view.blocked.employee', { module })}</p>
              <p class="see-manager"><strong>${this.t('passport.view.blocked.seeManager')}</strong></p>
              ${since}`
          : html`<p>${this.t('passport.view.blocked.referent', { name, module })}</p>
              ${since}
              <p>${this.t('passport.view.blocked.unblock')}</p>`;
      }
    }
  }

  #renderModule(m: ModuleView) {
    const s = m.status;
    let glyph;
    let text: string;
    let failures: unknown = nothing;
    switch (s.kind) {
      case 'validated':
        glyph = checkIcon;
        text =
          s.by === 'snbpe' ? this.t('passport.view.module.snbpe') : this.t('passport.view.module.e-learning', { date: this.#date(s.on) });
        break;
      case 'blocking':
        glyph = lockIcon;
        text = this.t('passport.view.module.blocking');
        break;
      case 'to-do':
        glyph = todoIcon;
        text = this.t('passport.view.module.to-do');
        if (s.failures > 0) {
          failures = html`<span class="failures">${this.#plural('passport.view.module.failures', s.failures, { count: s.failures, max: MAX_FAILURES_PER_MODULE })}${
            s.failuresLeft === 0 ? html` <strong>${this.t('passport.view.module.lastTry')}</strong>` : nothing
          }</span>`;
        }
        break;
    }
    return html`<li part="module module-${s.kind === 'validated' ? 'validated' : s.kind}" class="module ${s.kind}">
      ${glyph}
      <span class="module-name">${this.t(moduleMessageKey(m.id))}</span>
      <span class="module-status">${text}${failures}</span>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'passport-view': PassportView;
  }
}
