import { vaultMessages } from '@vigie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  calendarDateOf,
  checkPaperRequest,
  formatTimeOfDay,
  lockRemainingMinutes,
  loginEventFromError,
  supportMailHref,
  toPaperRequest,
  vaultProblemOf,
  type ApiFailure,
  type MessageKey,
  type PaperRequestConfirmation,
  type PaperRequestDraft,
  type PaperRequestField,
  type PaperRequestForm,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { DeadlineController } from '../../base/deadline-controller.js';
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
import { failureOf, safeHref, withParts } from '../../base/forms/helpers.js';
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

type Problem = { readonly kind: 'invalid-credentials' } | { readonly kind: 'locked'; readonly lockedUntil: number };
type Step = 'form' | 'confirm' | 'done';
type ConfirmError = { readonly kind: 'expired' } | { readonly kind: 'failed'; readonly failure: ApiFailure };

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

  /** The current step, for host CSS: `form`, `confirm` or `done`. Read-only. */
  @property({ reflect: true }) step: Step = 'form';

  @state() private problem?: Problem;
  @state() private confirming = false;
  @state() private confirmError?: ConfirmError;

  #id = `vigie-paper-${++uid}`;
  /** The draft to confirm: held in memory only, dropped once confirmed or abandoned (never rendered). */
  #draft?: PaperRequestDraft;
  /** The confirmation step's Idempotency-Key, so a retry confirms the same draft once. */
  #confirmKey?: string;
  #confirmation?: PaperRequestConfirmation;

  #form = this.createForm({
    fields: FIELDS,
    validators: {
      identifier: issueOf('identifier'),
      employer: issueOf('employer'),
      dataPolicyAccepted: issueOf('dataPolicyAccepted'),
    },
    submit: async (values, { signal }) => {
      this.problem = undefined;
      const api = await import('@vigie/core/vault/api');
      try {
        return await api.draftPaperRequest(this.services!.client, toPaperRequest(toForm(values)), { signal });
      } catch (e) {
        this.#serverProblem(e);
        throw e;
      }
    },
    onSuccess: (draft) => {
      this.#draft = draft;
      this.#confirmKey = undefined;
      this.confirmError = undefined;
      this.#go('confirm', '.vigie-paper__step-title');
    },
    onFailure: (failure) => {
      if (this.problem) {
        void this.updateComplete.then(() => {
          const target =
            this.problem?.kind === 'locked'
              ? this.querySelector<HTMLElement>('.vigie-paper__alert')
              : this.querySelector<HTMLInputElement>('input[name=password]');
          target?.focus();
        });
        return true;
      }
      return this.#fieldErrors(failure);
    },
  });

  constructor() {
    super();
    // The lock's minutes count down without a reload (the server set its end).
    new DeadlineController(
      this,
      () => ({ at: this.#nextLockTick(), clock: this.services?.clock }),
      () => this.requestUpdate(),
    );
  }

  /** What the server said about the credentials (the same rules as the login: core's `loginEventFromError`). */
  #serverProblem(error: unknown): void {
    const now = this.services?.clock.now() ?? Date.now();
    const event = loginEventFromError(error, now);
    if (event.type === 'server-refused') this.problem = { kind: 'invalid-credentials' };
    else if (event.type === 'server-locked') this.problem = { kind: 'locked', lockedUntil: event.lockedUntil };
  }

  /** A 422 with `{ field, issue }` from the server: shown on the fields like local errors. */
  #fieldErrors(failure: ApiFailure): boolean {
    const errors = serverFieldErrors(failure, FIELD_NAMES);
    if (Object.keys(errors).length === 0) return false;
    void this.#form.setErrors(errors);
    return true;
  }

  #nextLockTick(): number | undefined {
    const p = this.problem;
    const now = this.services?.clock.now();
    if (p?.kind !== 'locked' || now === undefined) return undefined;
    const left = p.lockedUntil - now;
    return left > 0 ? now + (left % 60_000 || 60_000) : undefined;
  }

  /** Moves to a step, then focus to `focus` in it (its heading), so the change is announced. */
  #go(step: Step, focus: string): void {
    this.step = step;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(focus)?.focus());
  }

  #cancel = () => {
    this.#draft = undefined;
    this.#confirmKey = undefined;
    this.confirmError = undefined;
    this.problem = undefined;
    this.#go('form', 'input[name=password]');
  };

  #confirm = async () => {
    const draft = this.#draft;
    const s = this.services;
    if (!draft || !s || this.confirming) return;
    this.confirming = true;
    this.confirmError = undefined;
    try {
      const api = await import('@vigie/core/vault/api');
      this.#confirmKey ??= api.newIdempotencyKey();
      const confirmation = await api.confirmPaperRequest(s.client, draft.draftId, { idempotencyKey: this.#confirmKey });
      this.#draft = undefined;
      this.#confirmKey = undefined;
      this.#confirmation = confirmation;
      this.#form.reset();
      this.#go('done', '.vigie-paper__step-title');
      const event = new PaperPayslipRequestedEvent(confirmation.reference);
      this.dispatchEvent(event);
    } catch (e) {
      const problem = vaultProblemOf(e);
      if (problem === 'challengeExpired' || problem === 'notFound') {
        this.#draft = undefined;
        this.confirmError = { kind: 'expired' };
      } else {
        this.confirmError = { kind: 'failed', failure: failureOf(e) };
      }
      void this.updateComplete.then(() => this.querySelector<HTMLElement>('.vigie-paper__confirm-error')?.focus());
    } finally {
      this.confirming = false;
    }
  };

  #print = () => window.print();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the page abandons the draft (the server lets it expire).
    this.#draft = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A host that sets `step` itself cannot skip the server: without a draft or a confirmation, back to the form.
    if (this.step === 'confirm' && !this.#draft && !this.confirmError) this.step = 'form';
    if (this.step === 'done' && !this.#confirmation) this.step = 'form';
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────

  protected override render() {
    const s = this.services;
    if (!s) return this.renderMissingProvider();
    const titleId = `${this.#id}-title`;
    const done = this.step === 'done';
    return html`<section class="vigie-scope vigie-paper${done ? ' vigie-paper-printable' : ''}" aria-labelledby=${titleId}>
      <h2 class="vigie-paper__title" id=${titleId}>${this.t('vault.paper.title')}</h2>
      ${this.step === 'form' ? this.#renderForm(titleId) : this.step === 'confirm' ? this.#renderConfirm() : this.#renderDone()}
    </section>`;
  }

  #renderForm(titleId: string) {
    const f = this.#form;
    const policyId = `${this.#id}-policy`;
    return html`<p class="vigie-paper__intro">${this.t('vault.paper.intro')}</p>
      ${f.renderForm(
        html`${this.#renderProblem()} ${requiredNote(f)} ${textField(f.field('identifier'), { enterKeyHint: 'next' })}
          ${passwordField(f.field('password'), { enterKeyHint: 'next' })}
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

  #renderProblem() {
    const p = this.problem;
    if (!p) return nothing;
    if (p.kind === 'invalid-credentials') {
      return html`<div class="vigie-panel-message vigie-panel-message--error vigie-paper__alert" role="alert" tabindex="-1">
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
    return html`<div class="vigie-panel-message vigie-panel-message--error vigie-paper__alert vigie-paper__alert--locked" role="alert" tabindex="-1">
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

  #renderConfirm() {
    const draft = this.#draft;
    const error = this.confirmError;
    const busy = this.confirming;
    return html`<div class="vigie-paper__confirm" role="group" aria-labelledby="${this.#id}-confirm">
      <h3 class="vigie-paper__step-title" id="${this.#id}-confirm" tabindex="-1">${this.t('vault.paper.confirm.title')}</h3>
      ${draft ? html`<p>${this.t('vault.paper.confirm.text', { firstName: draft.firstName, lastName: draft.lastName, employer: draft.employer })}</p>` : nothing}
      ${
        error
          ? html`<div class="vigie-panel-message vigie-panel-message--error vigie-paper__alert vigie-paper__confirm-error" role="alert" tabindex="-1">
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

  #renderDone() {
    const c = this.#confirmation;
    if (!c) return nothing;
    const s = this.services!;
    const at = Date.parse(c.requestedAt);
    const support = s.support;
    return html`<div class="vigie-paper__done">
      <h3 class="vigie-paper__step-title" tabindex="-1">${checkCircleIcon}<span>${this.t('vault.paper.done.title')}</span></h3>
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
