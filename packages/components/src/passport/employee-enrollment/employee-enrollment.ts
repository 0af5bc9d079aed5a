import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  PROFILE_QUESTIONS,
  calendarDateOf,
  enrollmentFlow,
  newIdempotencyKey,
  passportCoreMessages,
  passportEnrollmentMessages,
  profileOfForm,
  toEmployeeCreateRequest,
  toEmployeeUpdateRequest,
  type ApiFailure,
  type CalendarDate,
  type Employee,
  type EmployeeCreated,
  type EnrollmentFlowEvent,
  type EnrollmentFlowRequest,
  type EnrollmentFlowState,
  type EnrollmentMode,
} from '@vigie/core';
import { FlowController } from '../../base/flow-controller.js';
import { failureOf } from '../../base/forms/helpers.js';
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
import { coreValidators, createFields, editFields, formOf, serverFieldErrors, valuesOf, type EnrollmentValues } from './enrollment-form.js';
import { PassportSessionController, passportLoginAction } from '../passport-session.js';
import { checkCircleIcon, errorIcon, infoIcon, lockIcon, warningIcon } from '../../base/forms/form-icons.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { styles } from './employee-enrollment.styles.js';
import {
  conflictMessage,
  createdView,
  message,
  profileText,
  reciprocityDetails,
  reciprocityNote,
  type EnrollmentView,
} from './enrollment-views.js';
import { FlowAnswer } from '../../base/forms/flow-answer.js';

/** What the parts both forms share need of either form (creation has two more fields). */
interface EnrollmentFormLike {
  readonly values: EnrollmentValues;
  field(name: 'firstName' | 'lastName' | 'email' | (typeof PROFILE_QUESTIONS)[number]): FieldBinding;
}

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

  readonly #id = `vigie-enrollment-${++uid}`;
  /** Which form is open (`create`, or `edit:<id>`): another one resets everything. */
  #opened?: string;
  /** The form waiting for the flow's answer (its promise settles with it). */
  readonly #answer = new FlowAnswer();
  #prefilled = 0;
  /** The flow's last state: what the element comes back to after leaving the page (a dialog closed and opened again). */
  #kept?: EnrollmentFlowState;

  readonly #session = new PassportSessionController(
    this,
    () => this.services,
    (session, previous) => {
      // Another company signed in: nothing typed for the previous one may go to this one.
      if (session && previous && session.companyName !== previous.companyName) this.#opened = undefined;
    },
  );

  /** Core's PP-ENROLL flow (`enrollmentFlow`): the row edited, the load, the answers, the 412's conflict, the idempotency key. */
  readonly #flow = new FlowController(this, {
    flow: enrollmentFlow,
    clock: () => this.services!.clock,
    run: (request, signal) => this.#run(request, signal),
    // What was left when the element left the page, without the requests that were abandoned then.
    resume: () => {
      const k = this.#kept;
      if (!k) return undefined;
      const conflict = k.conflict?.phase === 'stale' ? { ...k.conflict, loading: false } : k.conflict;
      return { ...k, load: k.load === 'loading' ? 'idle' : k.load, busy: undefined, conflict };
    },
    events: {
      'employee-enrolled': (d) => {
        const c = d as EmployeeCreated;
        return new EmployeeEnrolledEvent(c.employee, c.validatedModules, c.firstLoginSentTo);
      },
      'employee-updated': (d) => new EmployeeUpdatedEvent((d as { employee: Employee }).employee),
      'employee-edit-cancelled': (d) => new EmployeeEditCancelledEvent((d as { employeeId: string }).employeeId),
    },
  });

  readonly #createFields = createFields(() => this.#createForm.values.hasSnbpePassport === 'yes');
  readonly #createForm = this.createForm({
    fields: this.#createFields,
    validators: coreValidators(this.#createFields, () => this.#context('create')),
    submit: (values) =>
      this.#submit({ type: 'create', request: toEmployeeCreateRequest(formOf(values), this.#today()), freshKey: newIdempotencyKey() }),
    onFailure: (failure) => this.#failed('create', failure),
  });

  readonly #editFields = editFields();
  readonly #editForm = this.createForm({
    fields: this.#editFields,
    validators: coreValidators(this.#editFields, () => this.#context('edit')),
    submit: (values) => this.#submit({ type: 'update', request: toEmployeeUpdateRequest(formOf(values)) }),
    onFailure: (failure) => this.#failed('edit', failure),
  });

  /** `create` (« Inscrire un nouveau salarié ») or `edit` (« Modifier un salarié »), from `employee-id` / `employee`. */
  get mode(): EnrollmentMode {
    return this.#editedId ? 'edit' : 'create';
  }

  /** The flow's state (tests, stories). */
  get flowState(): EnrollmentFlowState {
    return this.#flow.state;
  }

  get #editedId(): string | undefined {
    return this.employeeId || this.employee?.id || undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#session.sync();
    if (!this.services) return;
    const opened = this.mode === 'create' ? 'create' : `edit:${this.#editedId}`;
    if (opened !== this.#opened) {
      this.#opened = opened;
      this.#open();
    } else if (changed.has('employee') && this.employee) {
      // The row arrived after `employee-id`: no need to wait for the load. A row given again while
      // editing never replaces what is being typed (a stale version is the 412's business).
      this.#flow.send({ type: 'row', row: this.employee });
    }
    const s = this.#flow.state;
    // Editing, without the row, and nothing on its way (a session came, or the element came back): load it.
    if (s.mode === 'edit' && !s.base && !s.notFound && s.load === 'idle' && this.#session.session) this.#flow.send({ type: 'load' });
    this.#apply(this.#flow.state);
  }

  // ── opening, answers ─────────────────────────────────────────────────────────────────────

  /** Everything back to the start of the open form; editing: the row pre-fills it, or is loaded. */
  #open(): void {
    this.#createForm.reset();
    this.#editForm.reset();
    const id = this.#editedId;
    if (!id) return this.#flow.send({ type: 'open', mode: 'create' });
    const row = this.employee && this.employee.id === id ? this.employee : undefined;
    this.#flow.send({ type: 'open', mode: 'edit', id, ...(row ? { row } : {}), signedIn: !!this.#session.session });
  }

  /** What the flow says once: the row to show in the edit form, the answer the form waits for. */
  #apply(s: EnrollmentFlowState): void {
    this.#kept = s;
    if (s.prefill && s.prefill.seq !== this.#prefilled) {
      this.#prefilled = s.prefill.seq;
      if (s.mode === 'edit') this.#editForm.setValues(valuesOf(s.prefill.row));
    }
    this.#answer.settle(s.answer, s.answer?.op === 'create' ? 'POST passport/employees' : 'PUT passport/employees/{id}');
  }

  /** A form's submit: the intent goes to the flow; the form settles with the flow's answer. */
  #submit(event: EnrollmentFlowEvent): Promise<void> {
    return this.#answer.wait(
      () => this.#flow.send(event),
      () => !!this.#flow.state.busy,
    );
  }

  /** The flow's requests, through core's calls (loaded with the first one); a failure becomes an event. */
  async #run(r: EnrollmentFlowRequest, signal: AbortSignal): Promise<EnrollmentFlowEvent> {
    const api = await import('@vigie/core/passport/api');
    const client = this.services!.client;
    const opts = { session: this.#session.session, signal };
    try {
      switch (r.op) {
        case 'load':
          return { type: 'loaded', row: await api.getEmployee(client, r.id, opts) };
        case 'load-saved':
          return { type: 'saved-loaded', row: await api.getEmployee(client, r.id, opts) };
        case 'create':
          return { type: 'created', created: await api.createEmployee(client, r.request, { ...opts, idempotencyKey: r.idempotencyKey }) };
        case 'update':
          return { type: 'updated', row: await api.updateEmployee(client, r.id, r.request, r.version, opts) };
      }
    } catch (e) {
      const failure = failureOf(e);
      if (!signal.aborted) this.#session.endIfRefused(failure);
      if (r.op === 'load') return { type: 'load-failed', failure };
      if (r.op === 'load-saved') return { type: 'saved-load-failed', failure };
      return { type: 'refused', op: r.op, failure };
    }
  }

  #today(): CalendarDate {
    return calendarDateOf(this.services?.clock.now() ?? Date.now());
  }

  #context(mode: EnrollmentMode) {
    const today = this.#today();
    return { check: mode === 'create' ? { mode, today } : { mode }, today, locale: this.services?.locale ?? 'fr' } as const;
  }

  /** A failed « Enregistrer »: the session, a stale version, a deleted employee (the flow's), per-field issues; else the form's notice and retry. */
  #failed(mode: EnrollmentMode, failure: ApiFailure): boolean {
    if (!this.#session.session || this.#flow.state.answer?.inForm === false) return true;
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

  // ── intents ──────────────────────────────────────────────────────────────────────────────

  #another(): void {
    this.#createForm.reset();
    this.#flow.send({ type: 'another' });
  }

  /** What the views (`enrollment-views.ts`) need of this element. */
  readonly #view: EnrollmentView = {
    id: this.#id,
    t: (key, params) => this.t(key, params),
    send: (event) => this.#flow.send(event),
    describeFailure: (failure) => this.services!.describeFailure(failure),
    another: () => this.#another(),
  };

  /** Any change to the edit form: the « saved » confirmation was about the previous values. */
  #edited = () => this.#flow.send({ type: 'edited' });

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
    const s = this.#flow.state;
    if (mode === 'create') return s.created ? createdView(this.#view, s.created) : this.#renderCreateForm();
    if (s.notFound) return this.#renderNotFound();
    if (s.base) return this.#renderEditForm();
    if (s.load === 'failed' && s.loadFailure) {
      return message(this.#view, 'error', errorIcon, this.t('passport.enrollment.loadError'), {
        role: 'alert',
        body: html`<p>${this.services!.describeFailure(s.loadFailure)}</p>
          <button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.#flow.send({ type: 'load' })}>${this.t('common.retry')}</button>`,
      });
    }
    return html`<p class="vigie-panel-loading" role="status" aria-busy="true"><span class="vigie-spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>`;
  }

  #renderSignedOut() {
    const expired = this.#session.expired;
    return html`${message(
      this.#view,
      expired ? 'error' : 'info',
      lockIcon,
      this.t(expired ? 'passport.enrollment.sessionExpired' : 'passport.enrollment.signedOut'),
      {
        role: expired ? 'alert' : undefined,
      },
    )}
      <p class="vigie-enrollment-actions">
        ${passportLoginAction(this, { label: this.t('passport.enrollment.login'), href: this.loginHref, reason: this.#session.reason, className: 'vigie-button vigie-enrollment-login' })}
      </p>`;
  }

  #renderNotFound() {
    return html`${message(this.#view, 'error', errorIcon, this.t('passport.enrollment.notFound'), { id: `${this.#id}-not-found`, focus: 'not-found', role: 'alert' })}
      <p class="vigie-enrollment-actions">
        <button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.#flow.send({ type: 'cancel' })}>${this.t('passport.enrollment.cancel')}</button>
      </p>`;
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
          ${conflictMessage(this.#view, this.#flow.state.conflict)}
          <div class="vigie-enrollment-live" role="status">
            ${this.#flow.state.changesSaved ? message(this.#view, 'success', checkCircleIcon, this.t('passport.enrollment.updated')) : nothing}
          </div>
          <div class="vigie-enrollment-actions">
            ${submitButton(f, this.t('passport.enrollment.submit'))}
            <button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.#flow.send({ type: 'cancel' })}>${this.t('passport.enrollment.cancel')}</button>
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
    return html`<div class="vigie-enrollment-names">${textField(f.field('firstName'), { focus: 'first-name' })} ${textField(f.field('lastName'))}</div>
      ${textField(f.field('email'), { after: mode === 'create' ? noEmail : nothing })}`;
  }

  /** The three questions, the note that they decide the profile, and the profile, live. */
  #renderQuestions(f: EnrollmentFormLike) {
    const profile = profileOfForm(formOf(f.values));
    return html`<div class="vigie-enrollment-section vigie-enrollment-questions">
      <p class="vigie-enrollment-note">${infoIcon}<span>${this.t('passport.enrollment.profile.note')}</span></p>
      ${PROFILE_QUESTIONS.map((q) => choiceField(f.field(q)))}
      <p class="vigie-enrollment-profile${profile ? ' is-known' : ''}" role="status" aria-live="polite">${profileText(this.#view, profile)}</p>
    </div>`;
  }

  /** PP-ENROLL: the SNBPE passport, only at creation. */
  #renderSnbpe() {
    const f = this.#createForm;
    const asked = f.values.hasSnbpePassport === 'yes';
    const titleId = `${this.#id}-snbpe`;
    return html`<section class="vigie-enrollment-section vigie-enrollment-snbpe" aria-labelledby=${titleId}>
      <h3 class="vigie-enrollment-title" id=${titleId}>${this.t('passport.enrollment.snbpe.title')}</h3>
      <p class="vigie-enrollment-text">${this.t('passport.enrollment.snbpe.intro')}</p>
      ${reciprocityDetails(this.#view)} ${choiceField(f.field('hasSnbpePassport'))}
      ${asked ? html`<div @input=${this.#dateTyped}>${textField(f.field('snbpeIssuedOn'), { describedBy: `${this.#id}-snbpe-live` })}</div>` : nothing}
      <div class="vigie-enrollment-live" id="${this.#id}-snbpe-live" role="status">${asked ? reciprocityNote(this.#view, this.#createForm, this.#today(), this.services!.locale) : nothing}</div>
      ${message(this.#view, 'warning', warningIcon, this.t('passport.snbpe.createOnly'), { plain: true })}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'employee-enrollment': EmployeeEnrollment;
  }
}
