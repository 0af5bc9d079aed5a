import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  checkCompanyForm,
  companyWarnings,
  fieldIssueMessageKey,
  hasFieldIssues,
  isLoginChange,
  passportCoreMessages,
  passportCompanyMessages,
  passportSpacesMessages,
  passportProblemOfFailure,
  planCompanyChanges,
  type ApiFailure,
  type CompanyField,
  type CompanyForm,
  type CompanyInfo,
  type FieldIssues,
  type HandoverPasswordMode,
  type PassportFieldIssue,
  type PassportSession,
  type SpacesStatus,
} from '@vigie/core';
import type { VigieServices } from '../../base/context.js';
import { LoadController } from '../../base/load-controller.js';
import { LightDomElement, formField, formStyles, requiredNote, splitMulti, submitButton, type FieldError } from '../../base/forms/index.js';
import type { SpacesDissociatedEvent, SpacesLinkedEvent } from '../space-switcher/space-switcher.events.js';
import { failureOf } from '../../base/forms/helpers.js';
import { failureMessage, signedOutNotice } from '../../base/forms/messages.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { infoIcon } from '../../base/forms/form-icons.js';
import { PassportSessionController, passportLoginAction } from '../passport-session.js';
import { CompanyHandedOverEvent, CompanyUpdatedEvent, SpacesLinkRequestedEvent, type SpacesFlow } from './company-profile.events.js';
import { DomainChangeController, type DomainChangeHost } from './domain-change.js';
import { styles } from './company-profile.styles.js';
import { changesBetween, companyFieldErrors, companyFields, isMode, valuesOf, type Values } from './profile-form.js';
import {
  confirmDialog,
  conflictMessage,
  handoverSection,
  identificationField,
  importantNote,
  linkAction,
  passwordsSection,
  refreshFailed,
  resultMessage,
  spacesDialog,
  type HandoverSummary,
  type ProfileConflict as Conflict,
  type ProfileResult as Result,
  type ProfileView,
  type SaveOutcome,
} from './profile-sections.js';

/** What the widget loads: the company, and the spaces (to know whether a handover must wait for a dissociation; absent when they could not be read). */
interface CompanyData {
  readonly company: CompanyInfo;
  readonly spaces: SpacesStatus | undefined;
}

let uid = 0;

/**
 * PP-COMPANY — « Informations de l’entreprise » (seed 004): the SIRET (read only), the company
 * name, the regions, the referent's names and e-mail, an optional new password; « Enregistrer les
 * modifications » / « Annuler » (back to the server's values).
 *
 * Changing the referent's e-mail is the handover (seed « ETAPE 2 : passage de relais »): the seed's
 * « IMPORTANT » shows as soon as the e-mail differs, the form asks what becomes of the password
 * (kept, a temporary one for the successor, or a reset they ask for) and a dialog asks to confirm
 * before anything is sent. One save may need several calls (core's `planCompanyChanges`); each
 * sends the company's `version`, and a stale one (412) says someone else changed the information
 * and offers to reload while keeping what was typed.
 *
 * Also: « Lier ce compte entreprise à mon compte utilisateur » next to the referent's e-mail
 * (cancelable `spaces-link-requested`; by default `<space-switcher>`, loaded then, in a dialog),
 * and the seed's « Astuces »: the e-mail domain of every employee account changed in one action
 * (preview « N comptes vont changer », then the report).
 *
 * It needs the passport session the provider shares (set by `<passport-login>`); without one it
 * invites to sign in. Rendered in the light DOM (password managers see the login and the new
 * password); style it with the `--vigie-*` tokens and these classes: `vigie-company` (root),
 * `vigie-company-form`, `vigie-company-handover`, `vigie-company-important`, `vigie-company-conflict`,
 * `vigie-company-dialog`, `vigie-company-domain`, and the shared ones (`vigie-panel-message`,
 * `vigie-form`, `vigie-field`, `vigie-input`, `vigie-button`…).
 *
 * @tagname company-profile
 * @summary The company information of the safety passport: edit, hand over, e-mail domain, linked spaces (PP-COMPANY).
 * @fires {CompanyUpdatedEvent} company-updated - The information and/or the company password were saved (`company`, `passwordChanged`).
 * @fires {CompanyHandedOverEvent} company-handed-over - A new referent took over (`referent`, `email`: the new login, `passwordMode`, `company`).
 * @fires {EmployeesEmailDomainChangedEvent} employees-email-domain-changed - Employee addresses moved to a new domain (`count`, `fromDomain`, `toDomain`).
 * @fires {SpacesLinkRequestedEvent} spaces-link-requested - « Lier ce compte entreprise à mon compte utilisateur » (or « Avoir un accès distinct… ») was pressed (`flow`). Cancelable: `preventDefault()` keeps the dialog closed.
 * @fires {PassportLoginRequestedEvent} passport-login-requested - « Se connecter » was pressed (`reason`: `signed-out` or `session-expired`; `href`). Cancelable.
 * @cssprop --company-profile-max-width - The widest the widget grows (default `48rem`).
 * @cssprop --vigie-color-accent - Buttons, links.
 * @cssprop --vigie-color-surface - Field, panel and dialog backgrounds.
 * @cssprop --vigie-color-surface-raised - Background of notes.
 * @cssprop --vigie-color-border - Separators.
 * @cssprop --vigie-color-warning-bg - The « IMPORTANT » box and the conflict notice.
 * @cssprop --vigie-color-warning-fg - Their text.
 * @cssprop --vigie-color-warning-border - Their border.
 * @cssprop --vigie-color-success-fg - Confirmations.
 * @cssprop --vigie-color-danger-fg - Errors.
 * @cssprop --vigie-radius - Corner radius.
 */
export class CompanyProfile extends LightDomElement implements DomainChangeHost {
  static override messages = [passportCoreMessages, passportCompanyMessages, passportSpacesMessages];

  static override lightStyles = [formStyles, panelStyles, styles];

  /** Where « Se connecter » leads when there is no session (or it expired). */
  @property({ attribute: 'login-href' }) loginHref?: string;

  @state() private company?: CompanyInfo;
  @state() private spaces?: SpacesStatus;
  @state() private result?: Result;
  @state() private conflict?: Conflict;
  /** The handover the dialog asks to confirm. */
  @state() private confirming?: HandoverSummary;
  /** The linked-spaces flow open in its dialog. */
  @state() private spacesFlow?: SpacesFlow;

  readonly #id = `vigie-company-${++uid}`;
  /** Set only while the confirmed handover's submit goes through (synchronously). */
  #handoverConfirmed = false;
  #outcome?: SaveOutcome;
  readonly #shown = new WeakSet<HTMLDialogElement>();

  readonly #session = new PassportSessionController(
    this,
    () => this.services,
    (session) => {
      this.#form.reset();
      this.#domain.close();
      this.company = undefined;
      this.spaces = undefined;
      this.result = this.conflict = this.confirming = this.spacesFlow = undefined;
      if (session) void this.#reload();
      else this.#load.state = { status: 'idle' };
    },
  );

  readonly #load = new LoadController<CompanyData>(
    this,
    async (signal) => {
      const api = await import('@vigie/core/passport/api');
      const opts = { session: this.#session.session, signal };
      const [company, spaces] = await Promise.all([
        api.getCompany(this.services!.client, opts),
        // Only to tell before sending that a handover waits for a dissociation (the server refuses it anyway).
        api.getSpaces(this.services!.client, opts).catch(() => undefined),
      ]);
      return { company, spaces };
    },
    ({ company, spaces }) => {
      const before = this.company;
      this.company = company;
      this.spaces = spaces;
      // Point 17: a refresh never throws away what was typed: only the fields left as they were follow the server.
      this.#form.setValues(before ? this.#keepTyped(before, company) : valuesOf(company));
    },
  );

  readonly #form = this.createForm({
    fields: companyFields({ t: (key, params) => this.t(key, params), handover: () => this.#handover(), mode: () => this.#mode() }),
    validators: {
      companyName: (_v, values) => this.#issue('companyName', values),
      regions: (_v, values) => this.#issue('regions', values),
      referentLastName: (_v, values) => this.#issue('referentLastName', values),
      referentFirstName: (_v, values) => this.#issue('referentFirstName', values),
      referentEmail: (_v, values) => this.#issue('referentEmail', values),
      handoverPassword: (_v, values) => this.#issue('handoverPassword', values),
      password: (_v, values) => this.#issue('password', values),
      passwordConfirmation: (_v, values) => this.#issue('passwordConfirmation', values),
    },
    submit: (values, { signal }) => this.#save(values, signal),
    onSuccess: (outcome) => this.#saved(outcome),
    onFailure: (failure) => this.#saveFailed(failure),
  });

  readonly #domain = new DomainChangeController(this);

  // ── DomainChangeHost ──────────────────────────────────────────────────────────────────────

  get passportServices(): VigieServices | undefined {
    return this.services;
  }

  get passportSession(): PassportSession | undefined {
    return this.#session.session;
  }

  get referentEmail(): string | undefined {
    return this.company?.referent.email;
  }

  endSessionIfRefused(failure: ApiFailure): boolean {
    return this.#session.endIfRefused(failure);
  }

  /**
   * Loads the company information again. What the user typed is kept (the fields they did not
   * touch take the server's new values); when the refresh fails, the form stays as it was, with a
   * notice and « Réessayer ».
   */
  refresh(): Promise<void> {
    return this.#session.session ? this.#reload() : Promise.resolve();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.#session.sync();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A dialog is opened once, when it first renders (closing it removes it at the next render).
    for (const d of this.querySelectorAll<HTMLDialogElement>('.vigie-company dialog')) {
      if (this.#shown.has(d)) continue;
      this.#shown.add(d);
      d.showModal();
    }
  }

  /** The form's values after a refresh from `before` to `after`: each field typed over keeps what was typed. */
  #keepTyped(before: CompanyInfo, after: CompanyInfo) {
    const was = valuesOf(before);
    const now = valuesOf(after);
    const kept = { ...now };
    for (const f of ['companyName', 'regions', 'referentLastName', 'referentFirstName', 'referentEmail'] as const) {
      const typed = this.#value(f).trim();
      if (typed !== was[f]) kept[f] = typed;
    }
    kept.handoverPassword = this.#value('handoverPassword');
    return kept;
  }

  async #reload(): Promise<void> {
    const session = this.#session.session;
    await this.#load.run();
    const state = this.#load.state;
    if (session === this.#session.session && state.status === 'error') this.#session.endIfRefused(state.failure);
  }

  // ── the form: fields and checks (core's) ──────────────────────────────────────────────────

  /** The value of a non-secret field as typed. */
  #value(name: Exclude<CompanyField, 'password' | 'passwordConfirmation'>): string {
    return this.#form.field(name).value ?? '';
  }

  /** The form as typed, without its passwords (what the warnings depend on). */
  #typedForm(): CompanyForm {
    const v = (name: Exclude<CompanyField, 'password' | 'passwordConfirmation'>) => this.#value(name).trim();
    return this.#toForm({
      companyName: v('companyName'),
      regions: v('regions'),
      referentLastName: v('referentLastName'),
      referentFirstName: v('referentFirstName'),
      referentEmail: v('referentEmail'),
      handoverPassword: v('handoverPassword'),
      password: '',
      passwordConfirmation: '',
    });
  }

  #mode(): HandoverPasswordMode | null {
    const mode = this.#value('handoverPassword');
    return isMode(mode) ? mode : null;
  }

  /** The referent's e-mail differs from the company's login (core's `isLoginChange`). */
  #handover(): boolean {
    return !!this.company && isLoginChange(this.company, { referentEmail: this.#value('referentEmail').trim() });
  }

  #ctx() {
    return { spacesLinked: this.spaces?.linked ?? false };
  }

  #toForm(v: Values): CompanyForm {
    return {
      companyName: v.companyName,
      regions: splitMulti(v.regions),
      referentLastName: v.referentLastName,
      referentFirstName: v.referentFirstName,
      referentEmail: v.referentEmail,
      handoverPassword: isMode(v.handoverPassword) ? v.handoverPassword : null,
      password: v.password,
      passwordConfirmation: v.passwordConfirmation,
    };
  }

  /** What the form holds right now, read from its inputs (the passwords only for this check, never kept). */
  #valuesOfForm(form: HTMLFormElement): Values {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const secret = (name: string) => String(data.get(name) ?? '');
    return {
      companyName: text('companyName'),
      regions: data.getAll('regions').map(String).join(','),
      referentLastName: text('referentLastName'),
      referentFirstName: text('referentFirstName'),
      referentEmail: text('referentEmail'),
      handoverPassword: text('handoverPassword'),
      password: secret('password'),
      passwordConfirmation: secret('passwordConfirmation'),
    };
  }

  #issues(values: Values): FieldIssues<CompanyField> {
    return this.company ? checkCompanyForm(this.company, this.#toForm(values), this.#ctx()) : {};
  }

  #issue(field: CompanyField, values: Values): FieldError | undefined {
    const issue = this.#issues(values)[field];
    return issue ? fieldIssueMessageKey(issue) : undefined;
  }

  /**
   * Before the form controller sends anything: core's whole check (it knows which fields the
   * handover makes required), nothing to save, and the handover's confirmation. Runs in the capture
   * phase, so a stopped submit never reaches the controller (typed passwords stay).
   */
  #beforeSubmit = {
    capture: true,
    handleEvent: (e: SubmitEvent) => {
      const company = this.company;
      if (this.#form.submitting || !company || !(e.target instanceof HTMLFormElement)) return;
      const stop = () => {
        e.preventDefault();
        e.stopImmediatePropagation();
      };
      const values = this.#valuesOfForm(e.target);
      const issues = this.#issues(values);
      this.result = undefined;
      if (hasFieldIssues(issues)) {
        stop();
        const errors: Partial<Record<CompanyField, FieldError>> = {};
        for (const [field, issue] of Object.entries(issues) as [CompanyField, PassportFieldIssue][])
          errors[field] = fieldIssueMessageKey(issue);
        void this.#form.setErrors(errors);
        return;
      }
      const changes = planCompanyChanges(company, this.#toForm(values), this.#ctx());
      if (changes.length === 0) {
        stop();
        this.result = { kind: 'nothing' };
        return;
      }
      const handover = changes.find((c) => c.kind === 'hand-over');
      if (handover && !this.#handoverConfirmed) {
        stop();
        const { referent, email, password } = handover.request;
        this.confirming = { referent, email, mode: password.mode };
      }
    },
  };

  // ── saving ────────────────────────────────────────────────────────────────────────────────

  /** The calls core plans, in order; each answer's `version` goes with the next call. */
  async #save(values: Values, signal: AbortSignal): Promise<SaveOutcome> {
    const api = await import('@vigie/core/passport/api');
    const client = this.services!.client;
    const opts = { session: this.#session.session, signal };
    const outcome: SaveOutcome = (this.#outcome = { withPassword: values.password !== '', updated: false, passwordChanged: false });
    for (const change of planCompanyChanges(this.company!, this.#toForm(values), this.#ctx())) {
      if (change.kind === 'update') {
        this.company = await api.updateCompany(client, change.request, this.company!.version, opts);
        outcome.updated = true;
      } else if (change.kind === 'hand-over') {
        // One request for the whole form (point 17): the name and regions travel with the handover.
        const before = this.company!;
        this.company = await api.handOverCompany(client, change.request, before.version, opts);
        const { referent, email, password } = change.request;
        outcome.handover = { referent, email, mode: password.mode };
        outcome.updated = this.company.companyName !== before.companyName || this.company.regions.join() !== before.regions.join();
      } else {
        await api.changeCompanyPassword(client, change.request.password, opts);
        outcome.passwordChanged = true;
      }
    }
    return outcome;
  }

  #saved(outcome: SaveOutcome): void {
    const company = this.company!;
    this.#outcome = undefined;
    this.conflict = undefined;
    this.#form.setValues(valuesOf(company));
    this.result = { kind: 'saved', outcome };
    if (outcome.updated || outcome.passwordChanged) {
      const event = new CompanyUpdatedEvent(company, outcome.passwordChanged);
      this.dispatchEvent(event);
    }
    if (outcome.handover) {
      const { referent, email, mode } = outcome.handover;
      const event = new CompanyHandedOverEvent(referent, email, mode, company);
      this.dispatchEvent(event);
    }
  }

  #saveFailed(failure: ApiFailure): boolean {
    const outcome = this.#outcome;
    this.#outcome = undefined;
    // What was saved before the failure is saved: say so to the host.
    if (outcome?.updated && this.company) {
      const event = new CompanyUpdatedEvent(this.company, false);
      this.dispatchEvent(event);
    }
    if (this.#session.endIfRefused(failure)) return true;
    const problem = passportProblemOfFailure(failure);
    if (problem === 'versionMismatch' || (failure.kind === 'conflict' && failure.status === 412)) {
      this.conflict = { phase: 'stale', secretsCleared: outcome?.withPassword ?? false };
      return true;
    }
    const field = companyFieldErrors(failure);
    if (!field) return false;
    void this.#form.setErrors(field);
    return true;
  }

  /** « Recharger les informations à jour »: the new version, what changed in it, and the typed values kept. */
  async #reloadAfterConflict(): Promise<void> {
    const before = this.company;
    if (!before || this.conflict?.phase === 'reloading') return;
    this.conflict = { phase: 'reloading' };
    try {
      const api = await import('@vigie/core/passport/api');
      const company = await api.getCompany(this.services!.client, { session: this.#session.session });
      this.company = company;
      this.conflict = { phase: 'reloaded', changes: changesBetween(this.#view, before, company) };
    } catch (e) {
      const failure = failureOf(e);
      if (!this.#session.endIfRefused(failure)) this.conflict = { phase: 'stale', failure };
      return;
    }
    await this.updateComplete;
    this.querySelector<HTMLElement>('.vigie-company-conflict')?.focus();
  }

  /** « Annuler »: the server's values again (typed passwords emptied). */
  #restore(): void {
    if (!this.company) return;
    this.#form.reset();
    this.#form.setValues(valuesOf(this.company));
    this.conflict = undefined;
    this.result = { kind: 'restored' };
  }

  #isDirty(): boolean {
    if (!this.company) return false;
    const saved = valuesOf(this.company);
    const typed = (['companyName', 'regions', 'referentLastName', 'referentFirstName', 'referentEmail'] as const).some(
      (f) => this.#value(f).trim() !== saved[f],
    );
    const secret = [...this.querySelectorAll<HTMLInputElement>('.vigie-company-form input[autocomplete=new-password]')].some(
      (i) => i.value !== '',
    );
    return typed || secret;
  }

  // ── the handover's confirmation ───────────────────────────────────────────────────────────

  #confirmHandover(): void {
    this.querySelector<HTMLDialogElement>('.vigie-company-confirm')?.close();
    this.confirming = undefined;
    // The submit event goes through synchronously: the flag holds for this one submit only.
    this.#handoverConfirmed = true;
    this.#form.submit();
    this.#handoverConfirmed = false;
  }

  async #onConfirmClosed(): Promise<void> {
    if (!this.confirming) return;
    this.confirming = undefined;
    await this.updateComplete;
    this.querySelector<HTMLElement>('.vigie-company-form button[type=submit]')?.focus();
  }

  // ── linked spaces ─────────────────────────────────────────────────────────────────────────

  async #requestSpaces(flow: SpacesFlow): Promise<void> {
    const event = new SpacesLinkRequestedEvent(flow);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    await import('../../define/space-switcher.js');
    this.spacesFlow = flow;
  }

  #closeSpaces(): void {
    this.querySelector<HTMLDialogElement>('.vigie-company-spaces')?.close();
  }

  async #onSpacesClosed(focus = '.vigie-company-link-action'): Promise<void> {
    this.spacesFlow = undefined;
    await this.updateComplete;
    this.querySelector<HTMLElement>(focus)?.focus();
  }

  /** The switcher in the dialog linked or dissociated the spaces: the handover's check follows. */
  #onSpacesChanged = (e: SpacesLinkedEvent | SpacesDissociatedEvent) => {
    const active = this.spaces?.active ?? 'company';
    this.spaces =
      e.type === 'spaces-linked'
        ? { linked: true, spaces: [...(e as SpacesLinkedEvent).spaces], active: (e as SpacesLinkedEvent).active, canLink: false }
        : { linked: false, spaces: [active], active, canLink: true };
  };

  /** After a dissociation, « Informations de l’entreprise »: this very form, at the referent's e-mail. */
  #onCompanyRequested = (e: Event) => {
    e.preventDefault();
    this.querySelector<HTMLDialogElement>('.vigie-company-spaces')?.close();
    void this.#onSpacesClosed('.vigie-company-form input[name=referentEmail]');
  };

  // ── rendering ─────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    return html`<div class="vigie-scope vigie-panel vigie-company">
      <h2 class="vigie-panel-heading" id="${this.#id}-title">${this.t('passport.company.title')}</h2>
      ${this.#renderBody()}
    </div>`;
  }

  /** What the sections and dialogs (`profile-sections.ts`) need of this element. */
  readonly #view: ProfileView = {
    id: this.#id,
    t: (key, params) => this.t(key, params),
    describeFailure: (failure) => this.services!.describeFailure(failure),
  };

  readonly #confirmHandlers = {
    closed: () => void this.#onConfirmClosed(),
    confirm: () => this.#confirmHandover(),
    back: () => this.querySelector<HTMLDialogElement>('.vigie-company-confirm')?.close(),
  };

  readonly #spacesHandlers = {
    closed: () => void this.#onSpacesClosed(),
    close: () => this.#closeSpaces(),
    changed: (e: Event) => this.#onSpacesChanged(e as SpacesLinkedEvent | SpacesDissociatedEvent),
    companyRequested: (e: Event) => this.#onCompanyRequested(e),
  };

  #renderBody() {
    if (!this.#session.session) return this.#renderSignedOut();
    const state = this.#load.state;
    // Only the first load's failure takes the form's place: a failed refresh keeps the form (and what was typed).
    if (state.status === 'error' && !this.company) {
      return failureMessage({
        title: this.t('passport.company.loadError'),
        detail: this.services!.describeFailure(state.failure),
        retry: { label: this.t('common.retry'), onRetry: () => void this.refresh() },
      });
    }
    const company = this.company;
    if (!company) {
      return html`<div class="vigie-company-loading" aria-busy="true">
        <p class="vigie-panel-loading" role="status"><span class="vigie-spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>
        <div class="vigie-company-skeleton" aria-hidden="true"><span></span><span></span><span></span><span></span></div>
      </div>`;
    }
    return html`<div class="vigie-company-form" @submit=${this.#beforeSubmit} @input=${() => this.requestUpdate()}>${this.#renderForm(company)}</div>
      ${this.#domain.render(this.services!.locale)} ${this.confirming ? confirmDialog(this.#view, this.confirming, this.#confirmHandlers) : nothing}
      ${this.spacesFlow ? spacesDialog(this.#view, this.spacesFlow, this.loginHref, this.#spacesHandlers) : nothing}`;
  }

  #renderSignedOut() {
    const expired = this.#session.expired;
    return signedOutNotice({
      expired,
      text: this.t(expired ? 'passport.company.sessionExpired' : 'passport.company.signedOut'),
      className: 'vigie-company-signed-out',
      action: passportLoginAction(this, {
        label: this.t('passport.company.signIn'),
        href: this.loginHref,
        reason: this.#session.reason,
        className: 'vigie-button vigie-company-sign-in',
      }),
    });
  }

  #renderForm(company: CompanyInfo) {
    const f = this.#form;
    const handover = this.#handover();
    const importantId = `${this.#id}-important`;
    const temporary = handover && this.#mode() === 'temporary';
    const showPassword = !handover || temporary;
    return f.renderForm(
      html`${requiredNote(f)} ${identificationField(this.#view, company)} ${formField(f.field('companyName'))} ${formField(f.field('regions'))}
        <div class="vigie-company-pair">${formField(f.field('referentLastName'))} ${formField(f.field('referentFirstName'))}</div>
        ${formField(f.field('referentEmail'), {
          describedBy: handover ? importantId : undefined,
          after: html`<div class="vigie-company-live" aria-live="polite">${handover ? importantNote(this.#view, importantId) : nothing}</div>
            ${linkAction(this.#view, this.spaces?.linked ?? false, (flow) => void this.#requestSpaces(flow))}`,
        })}
        ${
          handover
            ? handoverSection(
                this.#view,
                f.field('handoverPassword'),
                companyWarnings(company, this.#typedForm()).filter((w) => w !== 'login-change'),
              )
            : nothing
        } ${showPassword ? passwordsSection(this.#view, f, temporary) : nothing}
        ${conflictMessage(this.#view, this.conflict, () => void this.#reloadAfterConflict())}
        ${refreshFailed(this.#view, this.#load.state.status === 'error' ? this.#load.state.failure : undefined, () => void this.refresh())}
        <div class="vigie-company-result" role="status">${resultMessage(this.#view, this.result)}</div>
        ${this.#isDirty() && !f.submitting ? html`<p class="vigie-company-dirty">${infoIcon}<span>${this.t('passport.company.dirty')}</span></p>` : nothing}
        <div class="vigie-actions">
          ${submitButton(f, this.t('passport.company.save'))}
          <button type="button" class="vigie-button vigie-button--secondary vigie-company-cancel" @click=${() => this.#restore()}>${this.t('passport.company.cancel')}</button>
        </div>`,
      { labelledby: `${this.#id}-title` },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'company-profile': CompanyProfile;
  }
}
