import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  PROFILE_QUESTIONS,
  SNBPE_COMMON_MODULES,
  calendarDateOf,
  formatDate,
  moduleMessageKey,
  newIdempotencyKey,
  parseDateFr,
  passportCoreMessages,
  passportEnrollmentMessages,
  passportProblemOfFailure,
  profileOfForm,
  reciprocity,
  toEmployeeCreateRequest,
  toEmployeeUpdateRequest,
  type ApiFailure,
  type CalendarDate,
  type Employee,
  type EmployeeCreateRequest,
  type EmployeeCreated,
  type EnrollmentMode,
  type PassportSession,
  type ProfileId,
} from '@vigie/core';
import { LoadController } from '../../base/load-controller.js';
import {
  LightDomElement,
  choiceField,
  formStyles,
  requiredNote,
  submitButton,
  textField,
  type FieldBinding,
} from '../../base/forms/index.js';
import { EmployeeEditCancelledEvent, EmployeeEnrolledEvent, EmployeeUpdatedEvent } from './employee-enrollment.events.js';
import { coreValidators, createFields, editFields, formOf, issueMessage, serverFieldErrors, valuesOf, type EnrollmentValues } from './enrollment-form.js';
import { PassportSessionController, passportLoginAction } from '../passport-session.js';
import { checkCircleIcon, errorIcon, infoIcon, lockIcon, warningIcon } from '../../base/forms/form-icons.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { styles } from './employee-enrollment.styles.js';

/** What the parts both forms share need of either form (creation has two more fields). */
interface EnrollmentFormLike {
  readonly values: EnrollmentValues;
  field(name: 'firstName' | 'lastName' | 'email' | (typeof PROFILE_QUESTIONS)[number]): FieldBinding;
}

/** A 412 on « Enregistrer »: someone else saved the employee in between. */
type Conflict =
  /** Said; the version now stored is not loaded yet (`failure`: loading it failed). */
  | { readonly phase: 'stale'; readonly loading: boolean; readonly failure?: ApiFailure }
  /** The version now stored, shown beside the form, which keeps what the referent typed. */
  | { readonly phase: 'loaded'; readonly saved: Employee };

let uid = 0;

/**
 * PP-ENROLL — « Inscrire un nouveau salarié » (seed 004): first and last name, an optional contact
 * e-mail (« Pas d’adresse e-mail ? »), the three yes/no questions whose answers give the awareness
 * profile (shown live as soon as all three are answered), and the SNBPE safety passport with its
 * date of issue, which validates at once the modules common to both programmes (possible only at
 * creation). Then « L’utilisateur a bien été créé », the modules validated, and who receives the
 * first-login information.
 *
 * With `employee-id` (or an `employee` row) it is « Modifier un salarié » (PP-ROSTER): names, the
 * questions pre-filled from the profile, e-mail; no SNBPE section; « Enregistrer » / « Annuler ».
 * A stale version (someone else saved in between) is said, and the version now stored can be
 * loaded beside the referent's input, which is kept.
 *
 * It works with the referent's passport session the provider shares (`<passport-login>` sets it).
 * Without one it invites to sign in (`passport-login-requested`, cancelable); when the server
 * refuses the session it ends it for every passport widget and keeps what was typed.
 *
 * Every rule is core's (`checkEnrollment`, `profileFor`, the SNBPE reciprocity); the element renders
 * them and forwards the referent's intents. Rendered in the light DOM like every Vigie form; style
 * it with the `--vigie-*` tokens and these classes: `vigie-enrollment` (root), `vigie-enrollment-heading`,
 * `vigie-enrollment-section`, `vigie-enrollment-profile`, `vigie-enrollment-disclosure`,
 * `vigie-panel-message` (+ `--success`, `--warning`, `--error`), `vigie-enrollment-facts`,
 * `vigie-enrollment-actions`, and the shared form classes (`vigie-form`, `vigie-field`, `vigie-input`,
 * `vigie-button`…).
 *
 * @tagname employee-enrollment
 * @summary Enrol an employee, or edit one (PP-ENROLL).
 * @fires {EmployeeEnrolledEvent} employee-enrolled - The employee was created (`employee`: the new row; `employeeId`, `firstName`, `lastName`, `profile`, `validatedModules`, `firstLoginSentTo`).
 * @fires {EmployeeUpdatedEvent} employee-updated - « Modifier un salarié »: the changes were saved (`employee`: the row with its new `version`).
 * @fires {EmployeeEditCancelledEvent} employee-edit-cancelled - « Modifier un salarié »: « Annuler » was pressed (`employeeId`); nothing was saved.
 * @fires {PassportLoginRequestedEvent} passport-login-requested - « Se connecter » was pressed (`reason`: `signed-out` or `session-expired`; `href`). Cancelable: `preventDefault()` keeps the page and lets the host show its own sign-in.
 * @cssprop --employee-enrollment-max-width - The widest the widget grows (default `44rem`).
 * @cssprop --vigie-color-accent - Buttons, links, the profile's mark.
 * @cssprop --vigie-color-surface - Field backgrounds.
 * @cssprop --vigie-color-surface-raised - Background of the profile and of messages.
 * @cssprop --vigie-color-border - Separators.
 * @cssprop --vigie-color-success-fg - The confirmation's mark.
 * @cssprop --vigie-color-warning-bg - The SNBPE warning, the version saved by someone else.
 * @cssprop --vigie-color-danger-fg - Errors.
 * @cssprop --vigie-radius - Corner radius.
 */
export class EmployeeEnrollment extends LightDomElement {
  static override messages = [passportCoreMessages, passportEnrollmentMessages];

  static override lightStyles = [formStyles, panelStyles, styles];

  /** The employee to edit (« Modifier un salarié »); none: « Inscrire un nouveau salarié ». */
  @property({ attribute: 'employee-id', reflect: true }) employeeId?: string;

  /**
   * The roster row of the employee to edit, when the host has it (no request to load it). Setting it
   * alone is enough (its `id` is the employee to edit).
   */
  @property({ attribute: false }) employee?: Employee;

  /** Where « Se connecter » leads when there is no session (or it expired). */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** After « Enregistrer » at creation: what the server did. */
  @state() private created?: EmployeeCreated;
  /** After « Enregistrer » when editing: the changes were saved (until the next change). */
  @state() private changesSaved = false;
  @state() private conflict?: Conflict;
  /** Editing an employee the company no longer has (deleted in between). */
  @state() private notFound = false;

  readonly #id = `vigie-enrollment-${++uid}`;
  /** Which form is open (`create`, or `edit:<id>`): another one resets everything. */
  #opened?: string;
  /** The row being edited: its `version` goes as `If-Match`. */
  #base?: Employee;
  /** The `Idempotency-Key` of the creation being sent, kept while the same body is retried. */
  #attempt?: { readonly key: string; readonly body: string };

  readonly #session = new PassportSessionController(
    this,
    () => this.services,
    (session, previous) => this.#sessionChanged(session, previous),
  );

  readonly #load = new LoadController<Employee>(
    this,
    async (signal) => {
      const api = await import('@vigie/core/passport/api');
      return api.getEmployee(this.services!.client, this.#editedId!, { session: this.#session.session, signal });
    },
    // A row that arrives after the host moved on (another employee, or creation) is dropped.
    (row) => row.id === this.#editedId && this.#prefill(row),
  );

  readonly #createFields = createFields(() => this.#createForm.values.hasSnbpePassport === 'yes');
  readonly #createForm = this.createForm({
    fields: this.#createFields,
    validators: coreValidators(this.#createFields, () => this.#context('create')),
    submit: async (values, { signal }) => {
      const request = toEmployeeCreateRequest(formOf(values), this.#today());
      const api = await import('@vigie/core/passport/api');
      return api.createEmployee(this.services!.client, request, { session: this.#session.session, signal, idempotencyKey: this.#keyFor(request) });
    },
    onSuccess: (created) => void this.#enrolled(created),
    onFailure: (failure) => this.#failed('create', failure),
  });

  readonly #editFields = editFields();
  readonly #editForm = this.createForm({
    fields: this.#editFields,
    validators: coreValidators(this.#editFields, () => this.#context('edit')),
    submit: async (values, { signal }) => {
      const base = this.#base!;
      const request = toEmployeeUpdateRequest(formOf(values));
      const api = await import('@vigie/core/passport/api');
      return api.updateEmployee(this.services!.client, base.id, request, base.version, { session: this.#session.session, signal });
    },
    onSuccess: (row) => this.#saved(row),
    onFailure: (failure) => this.#failed('edit', failure),
  });

  /** `create` (« Inscrire un nouveau salarié ») or `edit` (« Modifier un salarié »), from `employee-id` / `employee`. */
  get mode(): EnrollmentMode {
    return this.#editedId ? 'edit' : 'create';
  }

  get #editedId(): string | undefined {
    return this.employeeId || this.employee?.id || undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#session.sync();
    const opened = this.mode === 'create' ? 'create' : `edit:${this.#editedId}`;
    if (opened !== this.#opened) {
      this.#opened = opened;
      this.#open();
    } else if (changed.has('employee') && this.employee && this.employee.id === this.#editedId && !this.#base) {
      // The row arrived after `employee-id`: no need to wait for the load. A row given again while
      // editing never replaces what is being typed (a stale version is the 412's business).
      this.#prefill(this.employee);
    }
  }

  // ── opening, sessions, loading ───────────────────────────────────────────────────────────

  /** Everything back to the start of the open form; editing: the row pre-fills it, or is loaded. */
  #open(): void {
    this.#createForm.reset();
    this.#editForm.reset();
    this.created = undefined;
    this.changesSaved = false;
    this.conflict = undefined;
    this.notFound = false;
    this.#attempt = undefined;
    this.#base = undefined;
    this.#load.state = { status: 'idle' };
    if (this.mode === 'create') return;
    const row = this.employee && this.employee.id === this.#editedId ? this.employee : undefined;
    if (row) this.#prefill(row);
    else if (this.#session.session) void this.#loadEmployee();
  }

  #sessionChanged(session: PassportSession | undefined, previous: PassportSession | undefined): void {
    // Another company signed in: nothing typed for the previous one may go to this one.
    if (session && previous && session.companyName !== previous.companyName) this.#opened = undefined;
    // Not opened yet: opening loads the employee. Opened without a session: load it now.
    else if (session && this.#opened !== undefined) this.#loadIfMissing();
  }

  /** Editing, without the row, and nothing on its way: load it. */
  #loadIfMissing(): void {
    if (this.mode === 'edit' && !this.#base && !this.notFound && this.#load.state.status !== 'loading') void this.#loadEmployee();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page (a dialog opened again) after a load was abandoned on the way out.
    if (this.#opened !== undefined && this.#session.session) this.#loadIfMissing();
  }

  async #loadEmployee(): Promise<void> {
    this.notFound = false;
    await this.#load.run();
    const state = this.#load.state;
    if (state.status !== 'error' || this.#session.endIfRefused(state.failure)) return;
    if (passportProblemOfFailure(state.failure) === 'notFound') this.notFound = true;
  }

  #prefill(row: Employee): void {
    this.#base = row;
    this.#editForm.setValues(valuesOf(row));
  }

  #today(): CalendarDate {
    return calendarDateOf(this.services?.clock.now() ?? Date.now());
  }

  #context(mode: EnrollmentMode) {
    const today = this.#today();
    return { check: mode === 'create' ? { mode, today } : { mode }, today, locale: this.services?.locale ?? 'fr' } as const;
  }

  /** The same body retried after a failure keeps its key (the server creates the employee once); another body gets a new one. */
  #keyFor(request: EmployeeCreateRequest): string {
    const body = JSON.stringify(request);
    if (this.#attempt?.body !== body) this.#attempt = { key: newIdempotencyKey(), body };
    return this.#attempt.key;
  }

  // ── answers ──────────────────────────────────────────────────────────────────────────────

  async #enrolled(created: EmployeeCreated): Promise<void> {
    this.#attempt = undefined;
    this.created = created;
    const event = new EmployeeEnrolledEvent(created.employee, created.validatedModules, created.firstLoginSentTo);
    this.dispatchEvent(event);
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#${this.#id}-created`)?.focus();
  }

  #saved(row: Employee): void {
    this.#prefill(row);
    this.conflict = undefined;
    this.changesSaved = true;
    const event = new EmployeeUpdatedEvent(row);
    this.dispatchEvent(event);
  }

  /** A failed « Enregistrer »: the session, a stale version, a deleted employee, per-field issues; else the form's notice and retry. */
  #failed(mode: EnrollmentMode, failure: ApiFailure): boolean {
    if (this.#session.endIfRefused(failure)) return true;
    const problem = passportProblemOfFailure(failure);
    if (mode === 'edit' && (problem === 'versionMismatch' || (failure.kind === 'conflict' && failure.status === 412))) {
      this.conflict = { phase: 'stale', loading: false };
      void this.#focus(`${this.#id}-conflict`);
      return true;
    }
    if (mode === 'edit' && problem === 'notFound') {
      this.notFound = true;
      void this.#focus(`${this.#id}-not-found`);
      return true;
    }
    const form = mode === 'create' ? this.#createForm : this.#editForm;
    const names = Object.keys(mode === 'create' ? this.#createFields : this.#editFields);
    const { today, locale } = this.#context(mode);
    const errors = serverFieldErrors(failure, names, form.values, today, locale);
    if (Object.keys(errors).length === 0) {
      // The form's notice (and its « Réessayer ») sits on top of a long form: bring it into view.
      void this.updateComplete.then(() => this.querySelector('.vigie-failure')?.scrollIntoView({ block: 'nearest' }));
      return false;
    }
    void form.setErrors(errors);
    return true;
  }

  async #focus(id: string): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  // ── intents ──────────────────────────────────────────────────────────────────────────────

  async #another(): Promise<void> {
    this.#opened = undefined;
    this.requestUpdate();
    await this.updateComplete;
    this.querySelector<HTMLInputElement>('input[name=firstName]')?.focus();
  }

  #cancel(): void {
    const id = this.#editedId!;
    if (this.#base) this.#editForm.setValues(valuesOf(this.#base));
    this.conflict = undefined;
    this.changesSaved = false;
    const event = new EmployeeEditCancelledEvent(id);
    this.dispatchEvent(event);
  }

  async #loadSaved(): Promise<void> {
    if (this.conflict?.phase !== 'stale' || this.conflict.loading) return;
    this.conflict = { phase: 'stale', loading: true };
    try {
      const api = await import('@vigie/core/passport/api');
      const saved = await api.getEmployee(this.services!.client, this.#editedId!, { session: this.#session.session });
      // The next « Enregistrer » replaces this version: the form keeps what the referent typed.
      this.#base = saved;
      this.conflict = { phase: 'loaded', saved };
      void this.#focus(`${this.#id}-conflict`);
    } catch (e) {
      const failure: ApiFailure = (e as { failure?: ApiFailure }).failure ?? { kind: 'network', message: 'The request failed' };
      if (this.#session.endIfRefused(failure)) return;
      if (passportProblemOfFailure(failure) === 'notFound') {
        this.notFound = true;
        void this.#focus(`${this.#id}-not-found`);
      } else this.conflict = { phase: 'stale', loading: false, failure };
    }
  }

  async #useSaved(saved: Employee): Promise<void> {
    this.#prefill(saved);
    this.conflict = undefined;
    await this.updateComplete;
    this.querySelector<HTMLInputElement>('input[name=firstName]')?.focus();
  }

  /** Any change to the edit form: the « saved » confirmation was about the previous values. */
  #edited = () => {
    if (this.changesSaved) this.changesSaved = false;
  };

  /** The SNBPE date is a text field: its live note follows each keystroke. */
  #dateTyped = () => this.requestUpdate();

  // ── rendering ────────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const mode = this.mode;
    return html`<div class="vigie-scope vigie-enrollment" data-mode=${mode}>
      <h2 class="vigie-enrollment-heading" id="${this.#id}-heading">${this.t(mode === 'create' ? 'passport.enrollment.title.create' : 'passport.enrollment.title.edit')}</h2>
      ${this.#renderBody(mode)}
    </div>`;
  }

  #renderBody(mode: EnrollmentMode) {
    if (!this.#session.session) return this.#renderSignedOut();
    if (mode === 'create') return this.created ? this.#renderCreated(this.created) : this.#renderCreateForm();
    if (this.notFound) return this.#renderNotFound();
    if (this.#base) return this.#renderEditForm();
    const state = this.#load.state;
    if (state.status === 'error') {
      return this.#message('error', errorIcon, this.t('passport.enrollment.loadError'), {
        role: 'alert',
        body: html`<p>${this.services!.describeFailure(state.failure)}</p>
          <button type="button" class="vigie-button vigie-button--secondary" @click=${() => void this.#loadEmployee()}>${this.t('common.retry')}</button>`,
      });
    }
    return html`<p class="vigie-panel-loading" role="status" aria-busy="true"><span class="vigie-spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>`;
  }

  #renderSignedOut() {
    const expired = this.#session.expired;
    return html`${this.#message(expired ? 'error' : 'info', lockIcon, this.t(expired ? 'passport.enrollment.sessionExpired' : 'passport.enrollment.signedOut'), {
        role: expired ? 'alert' : undefined,
      })}
      <p class="vigie-enrollment-actions">
        ${passportLoginAction(this, { label: this.t('passport.enrollment.login'), href: this.loginHref, reason: this.#session.reason, className: 'vigie-button vigie-enrollment-login' })}
      </p>`;
  }

  #renderNotFound() {
    return html`${this.#message('error', errorIcon, this.t('passport.enrollment.notFound'), { id: `${this.#id}-not-found`, role: 'alert' })}
      <p class="vigie-enrollment-actions">
        <button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.#cancel()}>${this.t('passport.enrollment.cancel')}</button>
      </p>`;
  }

  /** A message box: an icon, a title (or, with `plain`, a sentence), and what follows it. */
  #message(
    tone: 'info' | 'success' | 'warning' | 'error',
    icon: unknown,
    title: string,
    o: { readonly body?: unknown; readonly role?: 'alert' | 'status'; readonly id?: string; readonly titleTag?: 'p' | 'h3'; readonly plain?: boolean } = {},
  ) {
    const heading =
      o.titleTag === 'h3'
        ? html`<h3 class="vigie-panel-message-title" id=${o.id ?? nothing} tabindex=${o.id ? '-1' : nothing}>${title}</h3>`
        : html`<p class=${o.plain ? 'vigie-panel-message-text' : 'vigie-panel-message-title'}>${title}</p>`;
    return html`<div
      class="vigie-panel-message${tone === 'info' ? '' : ` vigie-panel-message--${tone}`}"
      role=${o.role ?? nothing}
      id=${o.titleTag === 'h3' ? nothing : (o.id ?? nothing)}
      tabindex=${o.id && o.titleTag !== 'h3' ? '-1' : nothing}
    >
      ${icon}
      <div class="vigie-panel-message-body">${heading}${o.body ?? nothing}</div>
    </div>`;
  }

  #renderCreateForm() {
    const f = this.#createForm;
    return f.renderForm(
      html`${requiredNote(f)} ${this.#renderPerson(f, 'create')} ${this.#renderQuestions(f)} ${this.#renderSnbpe()}
        <div class="vigie-enrollment-actions">${submitButton(f, this.t('passport.enrollment.submit'))}</div>`,
      { labelledby: `${this.#id}-heading` },
    );
  }

  #renderEditForm() {
    const f = this.#editForm;
    return html`<div @input=${this.#edited} @change=${this.#edited}>
      ${f.renderForm(
        html`${requiredNote(f)} ${this.#renderPerson(f, 'edit')} ${this.#renderQuestions(f)}
          <p class="vigie-enrollment-note">${infoIcon}<span>${this.t('passport.enrollment.snbpe.editNote')}</span></p>
          ${this.#renderConflict()}
          <div class="vigie-enrollment-live" role="status">
            ${this.changesSaved ? this.#message('success', checkCircleIcon, this.t('passport.enrollment.updated')) : nothing}
          </div>
          <div class="vigie-enrollment-actions">
            ${submitButton(f, this.t('passport.enrollment.submit'))}
            <button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.#cancel()}>${this.t('passport.enrollment.cancel')}</button>
          </div>`,
        { labelledby: `${this.#id}-heading` },
      )}
    </div>`;
  }

  /** Prénom, Nom, and the contact e-mail with « Pas d’adresse e-mail ? ». */
  #renderPerson(f: EnrollmentFormLike, mode: EnrollmentMode) {
    const noEmail = html`<details class="vigie-enrollment-disclosure">
      <summary>${this.t('passport.enrollment.email.none')}</summary>
      <div class="vigie-enrollment-disclosure-body"><p>${this.t('passport.enrollment.email.noneHelp')}</p></div>
    </details>`;
    return html`<div class="vigie-enrollment-names">${textField(f.field('firstName'))} ${textField(f.field('lastName'))}</div>
      ${textField(f.field('email'), { after: mode === 'create' ? noEmail : nothing })}`;
  }

  /** The three questions, the note that they decide the profile, and the profile, live. */
  #renderQuestions(f: EnrollmentFormLike) {
    const profile = profileOfForm(formOf(f.values));
    return html`<div class="vigie-enrollment-section vigie-enrollment-questions">
      <p class="vigie-enrollment-note">${infoIcon}<span>${this.t('passport.enrollment.profile.note')}</span></p>
      ${PROFILE_QUESTIONS.map((q) => choiceField(f.field(q)))}
      <p class="vigie-enrollment-profile${profile ? ' is-known' : ''}" role="status" aria-live="polite">${this.#profileText(profile)}</p>
    </div>`;
  }

  #profileText(profile: ProfileId | undefined) {
    if (!profile) return html`<span class="vigie-enrollment-profile-pending">${this.t('passport.enrollment.profile.pending')}</span>`;
    return html`<span>${this.t('passport.enrollment.profile.current')}</span>
      <span class="vigie-enrollment-profile-value">${this.t(`passport.profile.${profile}`)}</span>`;
  }

  /** PP-ENROLL: the SNBPE passport, only at creation. */
  #renderSnbpe() {
    const f = this.#createForm;
    const asked = f.values.hasSnbpePassport === 'yes';
    const titleId = `${this.#id}-snbpe`;
    return html`<section class="vigie-enrollment-section vigie-enrollment-snbpe" aria-labelledby=${titleId}>
      <h3 class="vigie-enrollment-title" id=${titleId}>${this.t('passport.enrollment.snbpe.title')}</h3>
      <p class="vigie-enrollment-text">${this.t('passport.enrollment.snbpe.intro')}</p>
      ${this.#renderReciprocityDetails()} ${choiceField(f.field('hasSnbpePassport'))}
      ${asked ? html`<div @input=${this.#dateTyped}>${textField(f.field('snbpeIssuedOn'), { describedBy: `${this.#id}-snbpe-live` })}</div>` : nothing}
      <div class="vigie-enrollment-live" id="${this.#id}-snbpe-live" role="status">${asked ? this.#renderReciprocity() : nothing}</div>
      ${this.#message('warning', warningIcon, this.t('passport.snbpe.createOnly'), { plain: true })}
    </section>`;
  }

  /** « En savoir plus »: the seed's longer explanation of the reciprocity, and the common modules. */
  #renderReciprocityDetails() {
    return html`<details class="vigie-enrollment-disclosure">
      <summary>${this.t('passport.enrollment.snbpe.more')}<span class="vigie-sr-only"> ${this.t('passport.enrollment.snbpe.more.context')}</span></summary>
      <div class="vigie-enrollment-disclosure-body">
        <p>${this.t('passport.enrollment.snbpe.more.origin')}</p>
        <p>${this.t('passport.enrollment.snbpe.more.meaning')}</p>
        <h4>${this.t('passport.enrollment.snbpe.more.how')}</h4>
        <p>${this.t('passport.enrollment.snbpe.more.howText')}</p>
        <p>${this.t('passport.enrollment.snbpe.more.modules')}</p>
        <ul>
          ${SNBPE_COMMON_MODULES.map((m) => html`<li>${this.t(moduleMessageKey(m))}</li>`)}
        </ul>
      </div>
    </details>`;
  }

  /** As soon as the date is a real one: what the reciprocity gives (core's), or why it gives nothing. */
  #renderReciprocity() {
    const f = this.#createForm;
    const typed = f.values.snbpeIssuedOn ?? '';
    const issuedOn = parseDateFr(typed);
    if (!issuedOn || f.errors.has('snbpeIssuedOn')) return nothing;
    const today = this.#today();
    const locale = this.services!.locale;
    const r = reciprocity({ hasSnbpePassport: true, issuedOn }, today);
    if (r.kind === 'validated') {
      return html`<p class="vigie-enrollment-note vigie-enrollment-snbpe-ok">
        ${checkCircleIcon}<span>${this.t('passport.enrollment.snbpe.validUntil', { date: formatDate(locale, r.validUntil) })}
          ${this.t('passport.snbpe.validated', { count: r.modules.length })}</span>
      </p>`;
    }
    if (r.kind !== 'refused') return nothing;
    const issue = r.reason === 'expired' ? 'snbpe-expired' : r.reason === 'future-date' ? 'date-future' : 'date-format';
    const message = issueMessage('snbpeIssuedOn', issue, f.values, today, locale);
    return this.#message('warning', warningIcon, typeof message === 'string' ? this.t(message) : this.t(message.key, message.params), { plain: true });
  }

  #renderConflict() {
    const c = this.conflict;
    if (!c) return nothing;
    const id = `${this.#id}-conflict`;
    if (c.phase === 'stale') {
      return this.#message('error', errorIcon, this.t('passport.enrollment.conflict.title'), {
        id,
        role: 'alert',
        body: html`<p>${this.t('passport.enrollment.conflict.text')}</p>
          ${c.failure ? html`<p>${this.services!.describeFailure(c.failure)}</p>` : nothing}
          <button type="button" class="vigie-button vigie-button--secondary" aria-disabled=${c.loading ? 'true' : nothing} @click=${() => void this.#loadSaved()}>
            ${c.loading ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span>${this.t('passport.enrollment.conflict.reload')}</span>
          </button>`,
      });
    }
    const saved = c.saved;
    return this.#message('warning', infoIcon, this.t('passport.enrollment.conflict.loaded'), {
      id,
      role: 'status',
      body: html`<p>${this.t('passport.enrollment.conflict.saved')}</p>
        ${this.#facts([
          ['passport.enrollment.firstName', saved.firstName],
          ['passport.enrollment.lastName', saved.lastName],
          ['passport.enrollment.email', saved.email ?? this.t('passport.enrollment.conflict.noEmail')],
          ['passport.enrollment.profile.label', this.t(`passport.profile.${saved.profile}`)],
        ])}
        <p>${this.t('passport.enrollment.conflict.keep')}</p>
        <button type="button" class="vigie-button vigie-button--secondary" @click=${() => void this.#useSaved(saved)}>${this.t('passport.enrollment.conflict.useSaved')}</button>`,
    });
  }

  #facts(rows: readonly (readonly [Parameters<EmployeeEnrollment['t']>[0], string])[]) {
    return html`<dl class="vigie-enrollment-facts">
      ${rows.map(
        ([term, value]) =>
          html`<div>
            <dt>${this.t(term)}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>`;
  }

  /** Seed 004, « b. Confirmation de création de ce compte ». */
  #renderCreated(created: EmployeeCreated) {
    const e = created.employee;
    const name = `${e.firstName} ${e.lastName}`;
    const modules = created.validatedModules;
    return html`<div class="vigie-enrollment-created">
      ${this.#message('success', checkCircleIcon, this.t('passport.enrollment.created'), {
        id: `${this.#id}-created`,
        titleTag: 'h3',
        body: html`${this.#facts([
          ['passport.enrollment.created.employee', name],
          ['passport.enrollment.profile.label', this.t(`passport.profile.${e.profile}`)],
        ])}
        ${modules.length > 0
          ? html`<p>${this.t('passport.enrollment.created.modules', { count: modules.length })}</p>
              <ul class="vigie-enrollment-modules">
                ${modules.map((m) => html`<li>${this.t(moduleMessageKey(m))}</li>`)}
              </ul>`
          : nothing}`,
      })}
      <section class="vigie-enrollment-section" aria-labelledby="${this.#id}-next">
        <h3 class="vigie-enrollment-title" id="${this.#id}-next">${this.t('passport.enrollment.created.next')}</h3>
        <ul class="vigie-enrollment-next">
          <li>${this.t('passport.enrollment.created.listed')}</li>
          <li>${this.t('passport.enrollment.created.referentMail')}</li>
          <li>${this.t(created.firstLoginSentTo === 'employee' ? 'passport.enrollment.created.employeeMail' : 'passport.enrollment.created.passOn', { name })}</li>
        </ul>
      </section>
      <p class="vigie-enrollment-actions">
        <button type="button" class="vigie-button" @click=${() => void this.#another()}>${this.t('passport.enrollment.another')}</button>
      </p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'employee-enrollment': EmployeeEnrollment;
  }
}
