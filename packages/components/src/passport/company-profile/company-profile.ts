import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  COMPANY_FIELDS,
  HANDOVER_PASSWORD_MODES,
  PASSWORD_MIN_LENGTH,
  PASSPORT_FIELD_ISSUES,
  REGION_CODES,
  SPACES_REFUSAL_REASONS,
  checkCompanyForm,
  companyWarningMessageKey,
  companyWarnings,
  fieldIssueMessageKey,
  formatSiret,
  hasFieldIssues,
  isLoginChange,
  passportCoreMessages,
  passportCompanyMessages,
  passportSpacesMessages,
  passportProblemOfFailure,
  planCompanyChanges,
  problemOf,
  regionMessageKey,
  spacesRefusalMessageKey,
  type ApiFailure,
  type CompanyField,
  type CompanyForm,
  type CompanyInfo,
  type FieldIssues,
  type HandoverPasswordMode,
  type MessageKey,
  type PassportFieldIssue,
  type PassportSession,
  type ReferentName,
  type SpacesRefusalReason,
  type SpacesStatus,
} from '@vigie/core';
import type { VigieServices } from '../../base/context.js';
import { LoadController } from '../../base/load-controller.js';
import { LightDomElement, formField, formStyles, requiredNote, splitMulti, submitButton, type FieldError, type FieldSpec } from '../../base/forms/index.js';
import type { SpacesDissociatedEvent, SpacesLinkedEvent } from '../space-switcher/space-switcher.events.js';
import { failureOf } from '../../base/forms/helpers.js';
import { failureMessage, signedOutNotice } from '../../base/forms/messages.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { checkCircleIcon, infoIcon, warningIcon } from '../../base/forms/form-icons.js';
import { PassportSessionController, passportLoginAction } from '../passport-session.js';
import { CompanyHandedOverEvent, CompanyUpdatedEvent, SpacesLinkRequestedEvent, type SpacesFlow } from './company-profile.events.js';
import { DomainChangeController, type DomainChangeHost } from './domain-change.js';
import { styles } from './company-profile.styles.js';

/** What the widget loads: the company, and the spaces (to know whether a handover must wait for a dissociation; absent when they could not be read). */
interface CompanyData {
  readonly company: CompanyInfo;
  readonly spaces: SpacesStatus | undefined;
}

/** A handover about to be confirmed (never its temporary password). */
interface HandoverSummary {
  readonly referent: ReferentName;
  readonly email: string;
  readonly mode: HandoverPasswordMode;
}

/** What one « Enregistrer les modifications » did (filled call after call, so a failure half-way knows). */
interface SaveOutcome {
  /** A password was typed (the form empties it after any answer). */
  readonly withPassword: boolean;
  updated: boolean;
  passwordChanged: boolean;
  handover?: HandoverSummary;
}

/** The last result, said politely. */
type Result = { readonly kind: 'nothing' } | { readonly kind: 'restored' } | { readonly kind: 'saved'; readonly outcome: SaveOutcome };

/** Someone else saved in between (412): what they changed, once reloaded. */
type Conflict =
  | { readonly phase: 'stale'; readonly failure?: ApiFailure; readonly secretsCleared?: boolean }
  | { readonly phase: 'reloading' }
  | { readonly phase: 'reloaded'; readonly changes: readonly { readonly label: string; readonly value: string }[] };

/** The form's values by field (non-secret ones trimmed; passwords exactly as typed, never kept). */
type Values = { readonly [K in CompanyField]: string };

const isMode = (value: string): value is HandoverPasswordMode => (HANDOVER_PASSWORD_MODES as readonly string[]).includes(value);

/** The server's field paths (`referent.email`, `password.temporaryPassword`…) → the form's names (a server may also name the form's fields themselves). */
const SERVER_FIELDS: Readonly<Record<string, CompanyField>> = {
  companyName: 'companyName',
  regions: 'regions',
  'referent.lastName': 'referentLastName',
  'referent.firstName': 'referentFirstName',
  'referent.email': 'referentEmail',
  email: 'referentEmail',
  password: 'password',
  'password.temporaryPassword': 'password',
  temporaryPassword: 'password',
};

/** The form's values of the company's information as the server holds it. */
function valuesOf(info: CompanyInfo) {
  return {
    companyName: info.companyName,
    regions: REGION_CODES.filter((c) => info.regions.includes(c)).join(','),
    referentLastName: info.referent.lastName,
    referentFirstName: info.referent.firstName,
    referentEmail: info.referent.email,
    handoverPassword: '',
  };
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
    fields: this.#fieldSpecs(),
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

  /** The fields, in the seed's order. The password fields are starred only when a temporary password is asked. */
  #fieldSpecs() {
    const handover = () => this.#handover();
    const temporary = () => handover() && this.#mode() === 'temporary';
    const label = (normal: MessageKey, temp: MessageKey) => () => this.t(temporary() ? temp : normal);
    return {
      companyName: { kind: 'text', label: 'passport.company.companyName', required: true, autocomplete: 'organization' },
      regions: {
        kind: 'multi',
        label: 'passport.company.regions',
        hint: 'passport.company.regions.hint',
        required: true,
        options: REGION_CODES.map((code) => ({ value: code, label: regionMessageKey(code) })),
      },
      referentLastName: { kind: 'text', label: 'passport.company.referentLastName', required: true, autocomplete: 'family-name' },
      referentFirstName: { kind: 'text', label: 'passport.company.referentFirstName', required: true, autocomplete: 'given-name' },
      referentEmail: { kind: 'email', label: 'passport.company.referentEmail', hint: 'passport.company.referentEmail.hint', required: true, autocomplete: 'username' },
      handoverPassword: {
        kind: 'choice',
        label: 'passport.company.handover.question',
        options: HANDOVER_PASSWORD_MODES.map((mode) => ({ value: mode, label: `passport.handover.mode.${mode}` as const })),
        get required() {
          return handover();
        },
      },
      password: {
        kind: 'new-password',
        label: label('passport.company.password', 'passport.company.temporaryPassword'),
        get required() {
          return temporary();
        },
      },
      passwordConfirmation: {
        kind: 'new-password',
        label: label('passport.company.passwordConfirmation', 'passport.company.temporaryPasswordConfirmation'),
        get required() {
          return temporary();
        },
      },
    } satisfies Record<CompanyField, FieldSpec>;
  }

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
        for (const [field, issue] of Object.entries(issues) as [CompanyField, PassportFieldIssue][]) errors[field] = fieldIssueMessageKey(issue);
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
    const field = this.#fieldErrorOf(failure);
    if (!field) return false;
    void this.#form.setErrors(field);
    return true;
  }

  /** A refusal that belongs to a field: the handover's (spaces, taken e-mail) or a 422's. */
  #fieldErrorOf(failure: ApiFailure): Partial<Record<CompanyField, FieldError>> | undefined {
    const problem = passportProblemOfFailure(failure);
    const body = problemOf(failure);
    if (problem === 'spacesRefused') {
      const reason = body?.['reason'];
      if ((SPACES_REFUSAL_REASONS as readonly unknown[]).includes(reason)) return { referentEmail: spacesRefusalMessageKey(reason as SpacesRefusalReason) };
    }
    if (problem === 'emailUnavailable') return { referentEmail: 'passport.company.emailUnavailable' };
    if (problem !== 'validation') return undefined;
    const errors: Partial<Record<CompanyField, FieldError>> = {};
    for (const e of Array.isArray(body?.['errors']) ? (body['errors'] as { field?: unknown; issue?: unknown }[]) : []) {
      const name = String(e.field);
      const field = (COMPANY_FIELDS as readonly string[]).includes(name) ? (name as CompanyField) : SERVER_FIELDS[name];
      const issue = (PASSPORT_FIELD_ISSUES as readonly unknown[]).includes(e.issue) ? (e.issue as PassportFieldIssue) : undefined;
      if (field && issue) errors[field] ??= fieldIssueMessageKey(issue);
    }
    return Object.keys(errors).length ? errors : undefined;
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
      this.conflict = { phase: 'reloaded', changes: this.#changesBetween(before, company) };
    } catch (e) {
      const failure = failureOf(e);
      if (!this.#session.endIfRefused(failure)) this.conflict = { phase: 'stale', failure };
      return;
    }
    await this.updateComplete;
    this.querySelector<HTMLElement>('.vigie-company-conflict')?.focus();
  }

  /** The fields another person changed, with their new value as the server now holds it. */
  #changesBetween(before: CompanyInfo, after: CompanyInfo) {
    const was = valuesOf(before);
    const now = valuesOf(after);
    const regions = (v: string) => splitMulti(v).map((c) => this.t(regionMessageKey(c as (typeof REGION_CODES)[number]))).join(', ');
    return (['companyName', 'regions', 'referentLastName', 'referentFirstName', 'referentEmail'] as const)
      .filter((f) => was[f] !== now[f])
      .map((f) => ({ label: this.t(`passport.company.${f}`), value: f === 'regions' ? regions(now[f]) : now[f] }));
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
    const typed = (['companyName', 'regions', 'referentLastName', 'referentFirstName', 'referentEmail'] as const).some((f) => this.#value(f).trim() !== saved[f]);
    const secret = [...this.querySelectorAll<HTMLInputElement>('.vigie-company-form input[autocomplete=new-password]')].some((i) => i.value !== '');
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
      ${this.#domain.render(this.services!.locale)} ${this.confirming ? this.#renderConfirm(this.confirming) : nothing}
      ${this.spacesFlow ? this.#renderSpacesDialog(this.spacesFlow) : nothing}`;
  }

  #renderSignedOut() {
    const expired = this.#session.expired;
    return signedOutNotice({
      expired,
      text: this.t(expired ? 'passport.company.sessionExpired' : 'passport.company.signedOut'),
      className: 'vigie-company-signed-out',
      action: passportLoginAction(this, { label: this.t('passport.company.signIn'), href: this.loginHref, reason: this.#session.reason, className: 'vigie-button vigie-company-sign-in' }),
    });
  }

  #renderForm(company: CompanyInfo) {
    const f = this.#form;
    const handover = this.#handover();
    const importantId = `${this.#id}-important`;
    const temporary = handover && this.#mode() === 'temporary';
    const showPassword = !handover || temporary;
    return f.renderForm(
      html`${requiredNote(f)} ${this.#renderIdentification(company)} ${formField(f.field('companyName'))} ${formField(f.field('regions'))}
        <div class="vigie-company-pair">${formField(f.field('referentLastName'))} ${formField(f.field('referentFirstName'))}</div>
        ${formField(f.field('referentEmail'), {
          describedBy: handover ? importantId : undefined,
          after: html`<div class="vigie-company-live" aria-live="polite">${handover ? this.#renderImportant(importantId) : nothing}</div>
            ${this.#renderLinkAction()}`,
        })}
        ${handover ? this.#renderHandover(company) : nothing} ${showPassword ? this.#renderPasswords(temporary) : nothing}
        ${this.#renderConflict()} ${this.#renderRefreshFailed()}
        <div class="vigie-company-result" role="status">${this.#renderResult()}</div>
        ${this.#isDirty() && !f.submitting ? html`<p class="vigie-company-dirty">${infoIcon}<span>${this.t('passport.company.dirty')}</span></p>` : nothing}
        <div class="vigie-actions">
          ${submitButton(f, this.t('passport.company.save'))}
          <button type="button" class="vigie-button vigie-button--secondary vigie-company-cancel" @click=${() => this.#restore()}>${this.t('passport.company.cancel')}</button>
        </div>`,
      { labelledby: `${this.#id}-title` },
    );
  }

  #renderIdentification(company: CompanyInfo) {
    const id = company.identification;
    const inputId = `${this.#id}-identification`;
    return html`<div class="vigie-field vigie-company-identification">
      <label class="vigie-label" for=${inputId}>${this.t(id.kind === 'siret' ? 'passport.company.siret' : 'passport.company.vat')}</label>
      <p class="vigie-hint" id="${inputId}-hint">${this.t('passport.company.identification.hint')}</p>
      <input class="vigie-input" id=${inputId} type="text" readonly aria-describedby="${inputId}-hint" .value=${id.kind === 'siret' ? formatSiret(id.siret) : id.vat} />
    </div>`;
  }

  /** Next to the referent's e-mail, as the seed places it. */
  #renderLinkAction() {
    const linked = this.spaces?.linked ?? false;
    return html`<div class="vigie-company-link">
      ${linked ? html`<p class="vigie-company-note">${infoIcon}<span>${this.t('passport.company.link.linked')}</span></p>` : nothing}
      <button type="button" class="vigie-button vigie-button--secondary vigie-company-link-action" @click=${() => void this.#requestSpaces(linked ? 'dissociate' : 'link')}>
        ${this.t(linked ? 'passport.spaces.dissociate.open' : 'passport.company.link')}
      </button>
    </div>`;
  }

  #renderImportant(id: string) {
    return html`<div class="vigie-panel-message vigie-panel-message--warning vigie-company-important" id=${id}>
      ${warningIcon}
      <p><strong>${this.t('passport.company.handover.important')}</strong> ${this.t(companyWarningMessageKey('login-change'))}</p>
    </div>`;
  }

  /** The handover: what becomes of the password, the seed's tip, and what the choice means. */
  #renderHandover(company: CompanyInfo) {
    const f = this.#form;
    const mode = this.#mode();
    const warnings = companyWarnings(company, this.#typedForm()).filter((w) => w !== 'login-change');
    return html`<div class="vigie-company-handover">
      <p class="vigie-company-tip">${infoIcon}<span>${this.t('passport.company.handover.tip')}</span></p>
      ${formField(f.field('handoverPassword'))}
      <div class="vigie-company-live" aria-live="polite">
        ${warnings.map((w) => html`<p class="vigie-panel-message vigie-company-mode">${infoIcon}<span>${this.t(companyWarningMessageKey(w))}</span></p>`)}
      </div>
    </div>`;
  }

  /** The new password twice; its rule (and, for a handover, what the successor must do) said once for both. */
  #renderPasswords(temporary: boolean) {
    const f = this.#form;
    const hintId = `${this.#id}-password-hint`;
    return html`<fieldset class="vigie-fieldset vigie-company-password">
      <legend class="vigie-label">${this.t('passport.company.password.legend')}</legend>
      <p class="vigie-hint" id=${hintId}>
        ${this.t(temporary ? 'passport.company.temporaryPassword.hint' : 'passport.company.password.hint', { min: PASSWORD_MIN_LENGTH })}
      </p>
      <div class="vigie-company-pair">
        ${formField(f.field('password'), { describedBy: hintId })} ${formField(f.field('passwordConfirmation'), { enterKeyHint: temporary ? 'next' : 'send' })}
      </div>
    </fieldset>`;
  }

  /** A refresh failed while the form was shown: say so, keep the form, offer « Réessayer ». */
  #renderRefreshFailed() {
    const state = this.#load.state;
    if (state.status !== 'error') return nothing;
    return html`<div class="vigie-panel-message vigie-panel-message--warning vigie-company-refresh-failed" role="alert">
      ${warningIcon}
      <div class="vigie-panel-message-body">
        <p class="vigie-panel-message-title">${this.t('passport.company.refreshFailed')}</p>
        <p>${this.services!.describeFailure(state.failure)}</p>
        <button type="button" class="vigie-button vigie-button--secondary vigie-company-refresh-retry" @click=${() => void this.refresh()}>${this.t('common.retry')}</button>
      </div>
    </div>`;
  }

  #renderConflict() {
    const c = this.conflict;
    if (!c) return nothing;
    if (c.phase === 'reloaded') {
      return html`<div class="vigie-panel-message vigie-panel-message--success vigie-company-conflict" tabindex="-1" role="status">
        ${checkCircleIcon}
        <div class="vigie-panel-message-body">
          <p>${this.t('passport.company.conflict.reloaded')}</p>
          ${c.changes.length
            ? html`<p class="vigie-panel-message-title">${this.t('passport.company.conflict.changes')}</p>
                <dl class="vigie-company-changes">
                  ${c.changes.map((ch) => html`<div><dt>${ch.label}</dt><dd>${ch.value}</dd></div>`)}
                </dl>`
            : html`<p>${this.t('passport.company.conflict.noChanges')}</p>`}
        </div>
      </div>`;
    }
    const reloading = c.phase === 'reloading';
    return html`<div class="vigie-panel-message vigie-panel-message--warning vigie-company-conflict" role="alert">
      ${warningIcon}
      <div class="vigie-panel-message-body">
        <p class="vigie-panel-message-title">${this.t('passport.company.conflict.title')}</p>
        <p>${this.t('passport.company.conflict.body')}</p>
        ${c.phase === 'stale' && c.secretsCleared ? html`<p>${this.t('form.failure.secrets')}</p>` : nothing}
        ${c.phase === 'stale' && c.failure ? html`<p>${this.services!.describeFailure(c.failure)}</p>` : nothing}
        <button type="button" class="vigie-button vigie-button--secondary vigie-company-reload" aria-disabled=${reloading ? 'true' : nothing} @click=${() => void this.#reloadAfterConflict()}>
          ${reloading ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span
            >${this.t(reloading ? 'passport.company.conflict.reloading' : 'passport.company.conflict.reload')}</span
          >
        </button>
      </div>
    </div>`;
  }

  #renderResult() {
    const r = this.result;
    if (!r) return nothing;
    if (r.kind !== 'saved') {
      return html`<p class="vigie-panel-message vigie-company-saved">${infoIcon}<span>${this.t(r.kind === 'nothing' ? 'passport.company.nothingToSave' : 'passport.company.restored')}</span></p>`;
    }
    const { updated, passwordChanged, handover } = r.outcome;
    const text = handover
      ? this.t('passport.company.handover.done', { name: `${handover.referent.firstName} ${handover.referent.lastName}`, email: handover.email })
      : this.t(updated && passwordChanged ? 'passport.company.savedBoth' : passwordChanged ? 'passport.company.savedPassword' : 'passport.company.saved');
    return html`<div class="vigie-panel-message vigie-panel-message--success vigie-company-saved">
      ${checkCircleIcon}
      <div class="vigie-panel-message-body">
        <p>${text}</p>
        ${handover && handover.mode !== 'keep' ? html`<p>${this.t(companyWarningMessageKey(`handover-${handover.mode}`))}</p>` : nothing}
      </div>
    </div>`;
  }

  #renderConfirm(h: HandoverSummary) {
    const titleId = `${this.#id}-confirm-title`;
    const name = `${h.referent.firstName} ${h.referent.lastName}`;
    return html`<dialog class="vigie-company-dialog vigie-company-confirm" aria-labelledby=${titleId} @close=${() => void this.#onConfirmClosed()}>
      <h3 class="vigie-company-dialog-title" id=${titleId}>${this.t('passport.company.handover.confirm.title')}</h3>
      <p>${this.t('passport.company.handover.confirm.intro')}</p>
      <dl class="vigie-company-summary">
        <div><dt>${this.t('passport.company.handover.confirm.referent')}</dt><dd>${name}</dd></div>
        <div><dt>${this.t('passport.company.handover.confirm.login')}</dt><dd>${h.email}</dd></div>
        <div><dt>${this.t('passport.company.handover.confirm.password')}</dt><dd>${this.t(`passport.handover.mode.${h.mode}`)}</dd></div>
      </dl>
      <p class="vigie-panel-message vigie-panel-message--warning">${warningIcon}<span>${this.t(companyWarningMessageKey('login-change'))}</span></p>
      <p>${this.t('passport.company.handover.confirm.consequence', { name })}</p>
      <div class="vigie-panel-actions">
        <button type="button" class="vigie-button vigie-company-confirm-submit" @click=${() => this.#confirmHandover()}>${this.t('passport.company.handover.confirm.submit')}</button>
        <button type="button" class="vigie-button vigie-button--secondary vigie-company-confirm-back" autofocus @click=${() => this.querySelector<HTMLDialogElement>('.vigie-company-confirm')?.close()}>
          ${this.t('passport.company.handover.confirm.back')}
        </button>
      </div>
    </dialog>`;
  }

  #renderSpacesDialog(flow: SpacesFlow) {
    return html`<dialog
      class="vigie-company-dialog vigie-company-spaces"
      aria-label=${this.t('passport.spaces.title')}
      @close=${() => void this.#onSpacesClosed()}
      @spaces-linked=${this.#onSpacesChanged}
      @spaces-dissociated=${this.#onSpacesChanged}
      @company-profile-requested=${this.#onCompanyRequested}
    >
      <div class="vigie-company-dialog-bar">
        <button type="button" class="vigie-button vigie-button--secondary vigie-company-dialog-close" @click=${() => this.#closeSpaces()}>${this.t('common.close')}</button>
      </div>
      <space-switcher login-href=${this.loginHref ?? nothing} ?dissociating=${flow === 'dissociate'}></space-switcher>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'company-profile': CompanyProfile;
  }
}
