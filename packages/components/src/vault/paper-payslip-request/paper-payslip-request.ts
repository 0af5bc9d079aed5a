import { vaultMessages } from '@vigie/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  calendarDateOf,
  checkPaperRequest,
  formatTimeOfDay,
  lockRemainingMinutes,
  paperRequestFlow,
  runPaperRequest,
  supportMailHref,
  toPaperRequest,
  type ApiFailure,
  type MessageKey,
  type PaperRequestConfirmation,
  type PaperRequestEvent,
  type PaperRequestField,
  type PaperRequestFlowRequest,
  type PaperRequestForm,
  type PaperRequestProblem,
  type PaperRequestState,
  type PaperRequestStep,
} from '@vigie/core';
import { ApiError } from '@vigie/core/api';
import { formatDate } from '@vigie/core/i18n';
import { FlowController } from '../../base/flow-controller.js';
import {
  CHECKED,
  LightDomElement,
  checkboxField,
  formStyles,
  passwordField,
  requiredNote,
  submitButton,
  textField,
  type FormValues,
} from '../../base/forms/index.js';
import { PaperPayslipRequestedEvent } from './paper-payslip-request.events.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { paperStyles } from './paper-payslip-request.styles.js';
import { checkCircleIcon, errorIcon, lockIcon, printIcon } from '../../base/forms/form-icons.js';
import { safeHref, withParts } from '../../base/forms/helpers.js';
import { serverFieldErrors, supportContact, writeToSupport } from '../vault-helpers.js';

const FIELDS = {
  identifier: { kind: 'username', label: 'vault.paper.identifier', hint: 'vault.login.identifier.hint', required: true },
  password: { kind: 'current-password', label: 'vault.paper.password', hint: 'vault.login.password.hint', required: true },
  employer: { kind: 'text', label: 'vault.paper.employer', required: true, autocomplete: 'organization' },
  /** The consent box (the error summary names it by the policy's title, not by its long sentence). */
  dataPolicyAccepted: { kind: 'checkbox', label: 'vault.paper.consent', summaryLabel: 'vault.paper.dataPolicy.title', required: true },
} as const;
type Fields = typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as (keyof Fields)[];

/** The core form of the widget's values (the consent box as a boolean). */
const toForm = (values: FormValues<Fields>): PaperRequestForm => ({
  identifier: values.identifier,
  password: values.password,
  employer: values.employer,
  dataPolicyAccepted: values.dataPolicyAccepted === CHECKED,
});

/** The message of core's issue for `field` (VA-PAPER rules: `checkPaperRequest`), if any. */
const issueOf =
  (field: PaperRequestField) =>
  (_value: string, values: FormValues<Fields>): MessageKey | undefined => {
    const issue = checkPaperRequest(toForm(values)).find((i) => i.field === field);
    return issue ? `vault.field.${issue.issue}` : undefined;
  };

let uid = 0;

/**
 * VA-PAPER — « Demande de distribution des bulletins de paie au format papier » (seed 002,
 * question 8, « Je souhaite refuser la dématérialisation »): identifier, password, employer and
 * the personal-data policy of the seed with its consent box → « Valider » → the person confirms
 * the request → a printable confirmation (reference, date, employer) with « Imprimer ».
 *
 * The server checks the credentials exactly like a login: a wrong password and an unknown
 * identifier get the same generic message; a lock shows the seed's lock message with the time
 * left (counting down) and the ways out. The widget never decides either itself.
 *
 * Rendered in the light DOM (a real `<form>` with native inputs, `autocomplete="username"` and
 * `current-password`, so password managers fill it). The password is never kept: it is read
 * from its input when the form is sent and the input is emptied when the answer comes, whatever
 * it is; a failed request keeps the identifier, the employer and the consent.
 *
 * The steps are core's `paperRequestFlow` (a pure machine) run by the one `FlowController`: it
 * holds the step, the credentials' problem (the lock's minutes are its deadlines), the draft and
 * the confirmation; this element renders them and sends the person's intents.
 *
 * Printing: while the confirmation is shown, a print stylesheet (adopted in the widget's root
 * node) prints only the widget's confirmation, black on white, without buttons; the rest of the
 * page is left out. (Placed inside another component's shadow root, the rest of the page cannot
 * be hidden by the widget: the host then handles its own print styles.)
 *
 * Styling (light DOM: no `::part`): the `--vigie-*` tokens, and these classes —
 * `vigie-paper` (the root section), `vigie-paper__title`, `vigie-paper__intro`,
 * `vigie-paper__alert` (wrong credentials, lock), `vigie-paper__forgot` (« Mot de passe perdu ? »),
 * `vigie-paper__policy` (the data policy text), `vigie-field--checkbox` (the consent box),
 * `vigie-paper__confirm` (the confirmation step), `vigie-paper__done` (the printable confirmation),
 * `vigie-paper__reference`, `vigie-paper__support`, `vigie-paper__actions` (buttons, never printed), `vigie-paper__button`,
 * plus the form classes of the shared form styles (`vigie-form`, `vigie-field`, `vigie-input`…).
 *
 * @tagname paper-payslip-request
 * @summary Ask for paper payslips: credentials, employer, consent → confirm → printable confirmation (VA-PAPER).
 * @fires {PaperPayslipRequestedEvent} paper-payslip-requested - The request is confirmed and recorded (`reference` only).
 * @cssprop --vigie-color-accent - Buttons and links (with the other `--vigie-*` tokens of the provider).
 */
export class PaperPayslipRequest extends LightDomElement {
  static override messages = [vaultMessages];

  static override lightStyles = [formStyles, panelStyles, paperStyles];

  /** « Mot de passe perdu ? »: where the password reset is (e.g. the page holding `<vault-password-reset>`). */
  @property({ attribute: 'reset-href' }) resetHref?: string;

  /** Where the full personal-data policy is (the « Politique des données personnelles » link). */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;

  /** The current step, for host CSS: `form`, `confirm` or `done`. Read-only (the flow's). */
  @property({ reflect: true }) step: PaperRequestStep = 'form';

  #id = `vigie-paper-${++uid}`;
  /** The confirmation step's Idempotency-Key, so a retry confirms the same draft once. */
  #confirmKey?: string;
  /** What the flow held when the element left the page, the draft dropped: it resumes from it. */
  #kept?: PaperRequestState;
  /**
   * The form waiting for the draft's answer: its promise settles once the flow has taken the
   * answer (`answer`, set by the call's runner), in the next `willUpdate`.
   */
  #pending?: { readonly resolve: () => void; readonly reject: (e: unknown) => void; answer?: PaperRequestEvent };

  readonly #flow = new FlowController(this, {
    flow: paperRequestFlow,
    clock: () => this.services!.clock,
    run: (request, signal) => this.#run(request, signal),
    resume: () => this.#kept,
    events: { 'paper-payslip-requested': (reference) => new PaperPayslipRequestedEvent(reference as string) },
  });

  #form = this.createForm({
    fields: FIELDS,
    validators: {
      identifier: issueOf('identifier'),
      employer: issueOf('employer'),
      dataPolicyAccepted: issueOf('dataPolicyAccepted'),
    },
    submit: (values) => this.#submit({ type: 'submit', request: toPaperRequest(toForm(values)) }),
    // The flow placed the credentials' problem (and moved focus); a 422 goes on the fields; the rest is the form's notice.
    onFailure: (failure) => {
      const s = this.#flow.state;
      return (s.step === 'form' && s.problem !== undefined) || this.#fieldErrors(failure);
    },
  });

  /** A 422 with `{ field, issue }` from the server: shown on the fields like local errors. */
  #fieldErrors(failure: ApiFailure): boolean {
    const errors = serverFieldErrors(failure, FIELD_NAMES);
    if (Object.keys(errors).length === 0) return false;
    void this.#form.setErrors(errors);
    return true;
  }

  #cancel = () => {
    this.#confirmKey = undefined;
    this.#flow.send({ type: 'cancel' });
  };

  #confirm = () => this.#flow.send({ type: 'confirm' });

  #print = () => window.print();

  override disconnectedCallback(): void {
    // Leaving the page abandons the draft (the server lets it expire); the rest is kept for the way back.
    if (this.#flow.started) {
      this.#kept = paperRequestFlow.transition(this.#flow.state, { type: 'left' }, { now: this.services?.clock.now() ?? Date.now() }).state;
    }
    this.#pending?.resolve();
    this.#pending = undefined;
    super.disconnectedCallback();
  }

  protected override willUpdate(): void {
    if (!this.services) return;
    const s = this.#flow.state;
    this.#kept = undefined;
    // The reflected step is the flow's (a host that sets it cannot skip the server).
    if (this.step !== s.step) this.step = s.step;
    const pending = this.#pending;
    if (pending?.answer && !(s.step === 'form' && s.busy)) {
      this.#pending = undefined;
      const answer = pending.answer;
      // The form leaves the page in this render: its password is emptied now, while the form still holds its input.
      if (s.step !== 'form') this.#form.clearSecrets();
      if (answer.type === 'draft-failed') pending.reject(new ApiError(answer.failure, 'POST vault/paper-requests'));
      else pending.resolve();
    }
  }

  // ── requests ──────────────────────────────────────────────────────────────────────────────

  /** The form's submit: sends the intent; settles when the flow has the draft's answer. */
  #submit(event: PaperRequestEvent): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#pending?.resolve();
      this.#pending = { resolve, reject };
      this.#flow.send(event);
      const s = this.#flow.state;
      if (s.step !== 'form' || !s.busy) {
        this.#pending = undefined;
        resolve();
      }
    });
  }

  /** The flow's calls, through core's vault api (loaded with the data layer). */
  async #run(r: PaperRequestFlowRequest, signal: AbortSignal): Promise<PaperRequestEvent> {
    const api = await import('@vigie/core/vault/api');
    if (r.op === 'draft') this.#confirmKey = undefined;
    else this.#confirmKey ??= api.newIdempotencyKey();
    const event = await runPaperRequest(api, this.services!.client, r, signal, r.op === 'confirm' ? this.#confirmKey : undefined);
    if (signal.aborted) return event;
    if (r.op === 'draft' && this.#pending) this.#pending.answer = event;
    if (event.type === 'confirmed') {
      // Recorded: the credentials, the employer and the consent are not needed any more.
      this.#confirmKey = undefined;
      this.#form.reset();
    }
    return event;
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────

  protected override render() {
    const s = this.services;
    if (!s) return this.renderMissingProvider();
    const titleId = `${this.#id}-title`;
    const state = this.#flow.state;
    return html`<section class="vigie-scope vigie-paper${state.step === 'done' ? ' vigie-paper-printable' : ''}" aria-labelledby=${titleId}>
      <h2 class="vigie-paper__title" id=${titleId}>${this.t('vault.paper.title')}</h2>
      ${
        state.step === 'form'
          ? this.#renderForm(titleId, state.problem)
          : state.step === 'confirm'
            ? this.#renderConfirm(state)
            : this.#renderDone(state.confirmation)
      }
    </section>`;
  }

  #renderForm(titleId: string, problem: PaperRequestProblem | undefined) {
    const f = this.#form;
    const policyId = `${this.#id}-policy`;
    return html`<p class="vigie-paper__intro">${this.t('vault.paper.intro')}</p>
      ${f.renderForm(
        html`${this.#renderProblem(problem)} ${requiredNote(f)} ${textField(f.field('identifier'), { enterKeyHint: 'next' })}
          ${passwordField(f.field('password'), { enterKeyHint: 'next', focus: 'password' })}
          ${safeHref(this.resetHref) ? html`<p class="vigie-paper__forgot"><a href=${safeHref(this.resetHref)!}>${this.t('vault.paper.forgotPassword')}</a></p>` : nothing}
          ${textField(f.field('employer'), { enterKeyHint: 'done' })}
          <div class="vigie-paper__policy">
            <h3 class="vigie-paper__policy-title">
              ${
                safeHref(this.privacyHref)
                  ? html`<a href=${safeHref(this.privacyHref)!} target="_blank" rel="noopener noreferrer"
                    >${this.t('vault.paper.dataPolicy.title')}<span class="vigie-sr-only"> ${this.t('common.newTab')}</span></a
                  >`
                  : this.t('vault.paper.dataPolicy.title')
              }
            </h3>
            <p id=${policyId}>${this.t('vault.paper.dataPolicy')}</p>
          </div>
          ${checkboxField(f.field('dataPolicyAccepted'), { describedBy: policyId })} ${submitButton(f, this.t('vault.paper.submit'))}`,
        { labelledby: titleId },
      )}`;
  }

  #renderProblem(p: PaperRequestProblem | undefined) {
    if (!p) return nothing;
    if (p.kind === 'invalid-credentials') {
      return html`<div class="vigie-panel-message vigie-panel-message--error vigie-paper__alert" role="alert" tabindex="-1" data-focus="alert">
        ${errorIcon}
        <p>${this.t('vault.login.error.invalidCredentials')}</p>
      </div>`;
    }
    const s = this.services!;
    const now = s.clock.now();
    const minutes = lockRemainingMinutes({ status: 'locked', identifier: '', lockedUntil: p.lockedUntil }, now);
    const message =
      minutes <= 0
        ? this.t('vault.login.locked.over')
        : minutes === 1
          ? this.t('vault.login.locked.remaining.one')
          : this.t('vault.login.locked.remaining', { minutes });
    // Seed 002, « Compte bloqué »: the procedures named in the sentence (« Mot de passe oublié » is a link where the page has one).
    const reset = safeHref(this.resetHref);
    const password = this.t('vault.login.locked.help.password');
    const quoted = (name: TemplateResult | string) => withParts(this.t('vault.login.locked.help.quoted'), { name });
    const ways = withParts(this.t('vault.login.locked.help'), {
      password: html`${quoted(reset ? html`<a href=${reset}>${password}</a>` : password)}`,
      identifier: html`${quoted(this.t('vault.login.locked.help.identifier'))}`,
    });
    return html`<div class="vigie-panel-message vigie-panel-message--error vigie-paper__alert vigie-paper__alert--locked" role="alert" tabindex="-1" data-focus="alert">
      ${lockIcon}
      <div class="vigie-panel-message-body">
        <p>${message}</p>
        ${minutes > 0 ? html`<p><strong>${this.t('vault.login.locked.until', { time: formatTimeOfDay(p.lockedUntil) })}</strong></p>` : nothing}
        <p>${ways}</p>
        <p>
          ${this.t('vault.login.locked.support')}
          <a href=${supportMailHref(s.support.email)}>${writeToSupport((key, params) => this.t(key, params), s.support.email)}</a>
        </p>
      </div>
    </div>`;
  }

  #renderConfirm(state: Extract<PaperRequestState, { step: 'confirm' }>) {
    const { draft, error, confirming: busy } = state;
    return html`<div class="vigie-paper__confirm" role="group" aria-labelledby="${this.#id}-confirm">
      <h3 class="vigie-paper__step-title" id="${this.#id}-confirm" tabindex="-1" data-focus="step-title">${this.t('vault.paper.confirm.title')}</h3>
      ${draft ? html`<p>${this.t('vault.paper.confirm.text', { firstName: draft.firstName, lastName: draft.lastName, employer: draft.employer })}</p>` : nothing}
      ${
        error
          ? html`<div class="vigie-panel-message vigie-panel-message--error vigie-paper__alert vigie-paper__confirm-error" role="alert" tabindex="-1" data-focus="confirm-error">
            ${errorIcon}
            <p>
              ${
                error.kind === 'expired'
                  ? this.t('vault.paper.confirm.expired')
                  : html`<strong>${this.t('form.failure.title')}</strong> ${this.services!.describeFailure(error.failure)}`
              }
            </p>
          </div>`
          : nothing
      }
      <div class="vigie-paper__actions">
        ${
          draft
            ? html`<button type="button" class="vigie-button vigie-paper__button" aria-disabled=${ifDefined(busy ? 'true' : undefined)} @click=${this.#confirm}>
              ${busy ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span
                >${error?.kind === 'failed' ? this.t('common.retry') : this.t('vault.paper.confirm.submit')}</span
              >
            </button>`
            : nothing
        }
        <button type="button" class="vigie-button vigie-button--secondary vigie-paper__button vigie-paper__button--secondary" @click=${this.#cancel}>
          ${this.t(draft ? 'vault.paper.confirm.cancel' : 'vault.paper.restart')}
        </button>
        <p class="vigie-status vigie-paper__status" role="status">${busy ? this.t('form.submitting') : nothing}</p>
      </div>
    </div>`;
  }

  #renderDone(c: PaperRequestConfirmation) {
    const s = this.services!;
    const at = Date.parse(c.requestedAt);
    const support = s.support;
    return html`<div class="vigie-paper__done">
      <h3 class="vigie-paper__step-title" tabindex="-1" data-focus="step-title">${checkCircleIcon}<span>${this.t('vault.paper.done.title')}</span></h3>
      <p class="vigie-paper__reference" role="status">
        ${withParts(this.t('vault.paper.done.reference'), { reference: html`<span class="vigie-paper__reference-code">${c.reference}</span>` })}
      </p>
      <p>
        ${this.t('vault.paper.done.text', {
          date: formatDate(s.locale, calendarDateOf(at)),
          time: formatTimeOfDay(at),
          firstName: c.firstName,
          lastName: c.lastName,
          identifier: c.identifier,
          employer: c.employer,
        })}
      </p>
      <p>${this.t('vault.paper.done.reactivate')}</p>
      <p class="vigie-paper__support">${supportContact((key, params) => this.t(key, params), s.locale, support)}</p>
      <div class="vigie-paper__actions">
        <button type="button" class="vigie-button vigie-paper__button" @click=${this.#print}>${printIcon}<span>${this.t('vault.paper.done.print')}</span></button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'paper-payslip-request': PaperPayslipRequest;
  }
}
