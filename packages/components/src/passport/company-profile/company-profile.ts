import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  COMPANY_PROFILE_START,
  checkCompanyForm,
  companyProfileFlow,
  companyWarnings,
  fieldIssueMessageKey,
  hasFieldIssues,
  isLoginChange,
  passportCoreMessages,
  passportCompanyMessages,
  passportSpacesMessages,
  isStaleCompanyVersion,
  planCompanyChanges,
  type ApiFailure,
  type CompanyHandover,
  type CompanyProfileEvent,
  type CompanyProfileRequest,
  type CompanyProfileState,
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
import { FlowController } from '../../base/flow-controller.js';
import { FlowAnswer } from '../../base/forms/flow-answer.js';
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
  type ProfileConflict as Conflict,
  type ProfileView,
} from './profile-sections.js';

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

  readonly #id = `vigie-company-${++uid}`;
  readonly #shown = new WeakSet<HTMLDialogElement>();
  /** The form waiting for the flow's answer (its promise settles with it). */
  readonly #answer = new FlowAnswer();
  /** The last `values` instruction of the flow the form took. */
  #valuesSeq = 0;
  /** The flow's last state: what the element comes back to after leaving the page. */
  #kept?: CompanyProfileState;

  readonly #session = new PassportSessionController(
    this,
    () => this.services,
    (session) => {
      this.#form.reset();
      this.#domain.close();
      this.#flow.send(session ? { type: 'start' } : { type: 'signed-out' });
    },
  );

  /**
   * Core's PP-COMPANY flow (`companyProfileFlow`): the company and spaces loaded, the save's calls
   * one after the other, the handover's confirmation, the stale-version conflict, the spaces dialog.
   */
  readonly #flow = new FlowController(this, {
    flow: companyProfileFlow,
    clock: () => this.services!.clock,
    run: (request, signal) => this.#run(request, signal),
    // Back in the page: what was loaded and shown, without the requests abandoned on leaving (a load starts again).
    resume: () => {
      const k = this.#kept;
      if (!k) return undefined;
      const phase = k.phase === 'saving' ? 'ready' : k.phase === 'loading' ? 'idle' : k.phase;
      const conflict = k.conflict?.phase === 'reloading' ? { phase: 'stale' as const } : k.conflict;
      return { ...k, phase, refreshing: false, saving: undefined, handingOver: undefined, conflict };
    },
    // The host hears of a save once its secrets are gone from the form (as when the form's success came first).
    events: {
      'company-updated': (d) => {
        this.#secretsSpent();
        const { company, passwordChanged } = d as { company: CompanyInfo; passwordChanged: boolean };
        return new CompanyUpdatedEvent(company, passwordChanged);
      },
      'company-handed-over': (d) => {
        this.#secretsSpent();
        const { referent, email, mode, company } = d as CompanyHandover & { company: CompanyInfo };
        return new CompanyHandedOverEvent(referent, email, mode, company);
      },
      'spaces-link-requested': (d) => new SpacesLinkRequestedEvent((d as { flow: SpacesFlow }).flow),
    },
  });

  /** A save that succeeded: the typed passwords are spent (the form would clear them a moment later). */
  #secretsSpent(): void {
    if (!this.#flow.state.answer?.failure) this.#form.clearSecrets();
  }

  /** The flow's state (tests, stories); the start before the provider is there. */
  get flowState(): CompanyProfileState {
    return this.services ? this.#flow.state : COMPANY_PROFILE_START;
  }

  get #company(): CompanyInfo | undefined {
    return this.flowState.company;
  }

  get #spaces(): SpacesStatus | undefined {
    return this.flowState.spaces;
  }

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
    // The flow sends the calls; the form settles with its answer (so the typed passwords live until then).
    submit: (values) =>
      this.#answer.wait(
        () => this.#flow.send({ type: 'submit', form: this.#toForm(values) }),
        () => this.#flow.state.phase === 'saving',
      ),
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
    return this.#company?.referent.email;
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
    if (!this.#session.session) return Promise.resolve();
    this.#flow.send({ type: 'refresh' });
    return this.#flow.settled();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.#session.sync();
    if (!this.services) return;
    if (this.#session.session && this.#flow.state.phase === 'idle') this.#flow.send({ type: 'start' });
    const s = (this.#kept = this.#flow.state);
    this.#answer.settle(s.answer, 'PUT passport/company');
    // The flow says when the form takes the server's values (loaded, saved, « Annuler »), keeping what was typed on a refresh.
    if (s.values && s.values.seq !== this.#valuesSeq && s.company) {
      this.#valuesSeq = s.values.seq;
      if (s.values.reset) this.#form.reset();
      this.#form.setValues(s.values.keepTypedFrom ? this.#keepTyped(s.values.keepTypedFrom, s.company) : valuesOf(s.company));
    }
    if (s.spacesFlow) void import('../../define/space-switcher.js');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Focus targets of the flow on elements the shared helpers render.
    this.querySelector('.vigie-company-form button[type=submit]')?.setAttribute('data-focus', 'submit');
    this.querySelector('.vigie-company-form input[name=referentEmail]')?.setAttribute('data-focus', 'referentEmail');
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
    const company = this.#company;
    return !!company && isLoginChange(company, { referentEmail: this.#value('referentEmail').trim() });
  }

  #ctx() {
    return { spacesLinked: this.#spaces?.linked ?? false };
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
    const company = this.#company;
    return company ? checkCompanyForm(company, this.#toForm(values), this.#ctx()) : {};
  }

  #issue(field: CompanyField, values: Values): FieldError | undefined {
    const issue = this.#issues(values)[field];
    return issue ? fieldIssueMessageKey(issue) : undefined;
  }

  /**
   * Before the form controller sends anything: core's whole check (it knows which fields the
   * handover makes required), nothing to save, and the handover's confirmation (the flow says the
   * last two). Runs in the capture phase, so a stopped submit never reaches the controller (typed
   * passwords stay).
   */
  #beforeSubmit = {
    capture: true,
    handleEvent: (e: SubmitEvent) => {
      const company = this.#company;
      if (this.#form.submitting || !company || !(e.target instanceof HTMLFormElement)) return;
      const stop = () => {
        e.preventDefault();
        e.stopImmediatePropagation();
      };
      const values = this.#valuesOfForm(e.target);
      const issues = this.#issues(values);
      const sendToFlow = () => {
        stop();
        this.#flow.send({ type: 'submit', form: this.#toForm(values) });
      };
      if (hasFieldIssues(issues)) {
        sendToFlow();
        const errors: Partial<Record<CompanyField, FieldError>> = {};
        for (const [field, issue] of Object.entries(issues) as [CompanyField, PassportFieldIssue][])
          errors[field] = fieldIssueMessageKey(issue);
        void this.#form.setErrors(errors);
        return;
      }
      const changes = planCompanyChanges(company, this.#toForm(values), this.#ctx());
      // Nothing to save, or a handover to confirm first: the flow says so, nothing is sent.
      if (changes.length === 0 || (changes.some((c) => c.kind === 'hand-over') && !this.#flow.state.handoverConfirmed)) sendToFlow();
    },
  };

  // ── saving ────────────────────────────────────────────────────────────────────────────────

  /** The flow's request, through core's calls (loaded on first use); a failure becomes an event. */
  async #run(r: CompanyProfileRequest, signal: AbortSignal): Promise<CompanyProfileEvent> {
    const session = this.#session.session;
    try {
      const api = await import('@vigie/core/passport/api');
      const client = this.services!.client;
      const opts = { session, signal };
      switch (r.op) {
        case 'load': {
          const [company, spaces] = await Promise.all([
            api.getCompany(client, opts),
            // Only to tell before sending that a handover waits for a dissociation (the server refuses it anyway).
            api.getSpaces(client, opts).catch(() => undefined),
          ]);
          return { type: 'loaded', company, ...(spaces ? { spaces } : {}) };
        }
        case 'reload':
          return { type: 'reloaded', company: await api.getCompany(client, opts) };
        case 'update':
          return {
            type: 'updated',
            company: await api.updateCompany(client, r.request, r.version, opts),
            ...(r.then ? { then: r.then } : {}),
          };
        case 'hand-over':
          // One request for the whole form (point 17): the name and regions travel with the handover.
          return { type: 'handed-over', company: await api.handOverCompany(client, r.request, r.version, opts) };
        case 'password':
          await api.changeCompanyPassword(client, r.request.password, opts);
          return { type: 'password-changed' };
      }
    } catch (e) {
      const failure = failureOf(e);
      if (r.op !== 'load' && r.op !== 'reload') return { type: 'save-failed', failure };
      // A refused session ends it (the form's onFailure does so for a save).
      if (session === this.#session.session) this.#session.endIfRefused(failure);
      return r.op === 'load' ? { type: 'load-failed', failure } : { type: 'reload-failed', failure };
    }
  }

  /** A save's failure (the flow already told the host what was saved before it, and holds a stale version's conflict). */
  #saveFailed(failure: ApiFailure): boolean {
    if (this.#session.endIfRefused(failure)) return true;
    // A stale version (412): the flow shows the conflict and its reload.
    if (isStaleCompanyVersion(failure)) return true;
    const field = companyFieldErrors(failure);
    if (!field) return false;
    void this.#form.setErrors(field);
    return true;
  }

  /** « Annuler »: the server's values again (typed passwords emptied). */
  #restore(): void {
    this.#flow.send({ type: 'restore' });
  }

  #isDirty(): boolean {
    const company = this.#company;
    if (!company) return false;
    const saved = valuesOf(company);
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
    // The flow lets the next submit send the handover; the submit reads the form as it is.
    this.#flow.send({ type: 'confirm-handover' });
    this.querySelector<HTMLDialogElement>('.vigie-company-confirm')?.close();
    this.#form.submit();
  }

  // ── linked spaces ─────────────────────────────────────────────────────────────────────────

  #closeSpaces(): void {
    this.querySelector<HTMLDialogElement>('.vigie-company-spaces')?.close();
  }

  /** The switcher in the dialog linked or dissociated the spaces: the handover's check follows. */
  #onSpacesChanged = (e: SpacesLinkedEvent | SpacesDissociatedEvent) => {
    const active = this.#spaces?.active ?? 'company';
    const spaces: SpacesStatus =
      e.type === 'spaces-linked'
        ? { linked: true, spaces: [...(e as SpacesLinkedEvent).spaces], active: (e as SpacesLinkedEvent).active, canLink: false }
        : { linked: false, spaces: [active], active, canLink: true };
    this.#flow.send({ type: 'spaces-changed', spaces });
  };

  /** After a dissociation, « Informations de l’entreprise »: this very form, at the referent's e-mail. */
  #onCompanyRequested = (e: Event) => {
    e.preventDefault();
    this.#flow.send({ type: 'spaces-closed', then: 'referentEmail' });
    this.querySelector<HTMLDialogElement>('.vigie-company-spaces')?.close();
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
    closed: () => this.#flow.send({ type: 'confirm-closed' }),
    confirm: () => this.#confirmHandover(),
    back: () => this.querySelector<HTMLDialogElement>('.vigie-company-confirm')?.close(),
  };

  readonly #spacesHandlers = {
    closed: () => this.#flow.send({ type: 'spaces-closed' }),
    close: () => this.#closeSpaces(),
    changed: (e: Event) => this.#onSpacesChanged(e as SpacesLinkedEvent | SpacesDissociatedEvent),
    companyRequested: (e: Event) => this.#onCompanyRequested(e),
  };

  #renderBody() {
    if (!this.#session.session) return this.#renderSignedOut();
    const state = this.#flow.state;
    // Only the first load's failure takes the form's place: a failed refresh keeps the form (and what was typed).
    if (state.phase === 'load-failed' && state.loadFailure) {
      return failureMessage({
        title: this.t('passport.company.loadError'),
        detail: this.services!.describeFailure(state.loadFailure),
        retry: { label: this.t('common.retry'), onRetry: () => void this.refresh() },
      });
    }
    const company = state.company;
    if (!company) {
      return html`<div class="vigie-company-loading" aria-busy="true">
        <p class="vigie-panel-loading" role="status"><span class="vigie-spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>
        <div class="vigie-company-skeleton" aria-hidden="true"><span></span><span></span><span></span><span></span></div>
      </div>`;
    }
    return html`<div class="vigie-company-form" @submit=${this.#beforeSubmit} @input=${() => this.requestUpdate()}>${this.#renderForm(company)}</div>
      ${this.#domain.render(this.services!.locale)} ${state.confirming ? confirmDialog(this.#view, state.confirming, this.#confirmHandlers) : nothing}
      ${state.spacesFlow ? spacesDialog(this.#view, state.spacesFlow, this.loginHref, this.#spacesHandlers) : nothing}`;
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

  /** The flow's conflict as the notice says it (what changed, once reloaded). */
  #conflict(company: CompanyInfo): Conflict | undefined {
    const c = this.#flow.state.conflict;
    return c?.phase === 'reloaded' ? { phase: 'reloaded', changes: changesBetween(this.#view, c.before, company) } : c;
  }

  #renderForm(company: CompanyInfo) {
    const s = this.#flow.state;
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
            ${linkAction(this.#view, this.#spaces?.linked ?? false, (flow) => this.#flow.send({ type: 'request-spaces', flow }))}`,
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
        ${conflictMessage(this.#view, this.#conflict(company), () => this.#flow.send({ type: 'reload-conflict' }))}
        ${refreshFailed(this.#view, s.phase === 'ready' ? s.loadFailure : undefined, () => void this.refresh())}
        <div class="vigie-company-result" role="status">${resultMessage(this.#view, s.result)}</div>
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
