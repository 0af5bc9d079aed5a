import { vaultMessages } from '@vigie/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ApiFailure } from '@vigie/core/api';
import {
  checkIdentifierRecovery,
  IDENTIFIER_RECOVERY_FIELDS,
  toIdentifierRecoveryRequest,
  type IdentifierRecoveryField,
  type IdentifierRecoveryForm,
  type MessageKey,
} from '@vigie/core';
import {
  CHECKED,
  LightDomElement,
  checkboxField,
  formStyles,
  requiredNote,
  selectField,
  submitButton,
  textField,
  type FormValues,
  type Validator,
} from '../../base/forms/index.js';
import { VaultIdentifierRequestedEvent } from './vault-identifier-recovery.events.js';
import { panelStyles } from '../../base/forms/panel.styles.js';
import { identifierRecoveryStyles } from './vault-identifier-recovery.styles.js';
import { externalIcon, mailIcon, warningIcon } from '../../base/forms/form-icons.js';
import { isRetryableFailure, safeHref } from '../../base/forms/helpers.js';
import { loginAction, serverFieldErrors } from '../vault-helpers.js';

/** Where the widget is: the form, or the generic outcome. */
export type IdentifierRecoveryStep = 'form' | 'done';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** The form's values as core reads them (the month as a number, the consent as a boolean). */
function toForm(values: FormValues<Fields>): IdentifierRecoveryForm {
  const month = values.birthMonth === '' ? undefined : Number(values.birthMonth);
  return {
    lastName: values.lastName,
    firstName: values.firstName,
    birthTown: values.birthTown,
    birthMonth: month,
    mobilePhone: values.mobilePhone,
    email: values.email,
    emailConfirmation: values.emailConfirmation,
    privateNumber: values.privateNumber,
    privacyPolicyAccepted: values.privacyPolicyAccepted === CHECKED,
  };
}

/** VA-LOSTID: the field's issue by core's rules (`checkIdentifierRecovery`), as a catalog key. */
const byCore =
  (field: IdentifierRecoveryField): Validator<Fields> =>
  (_value, values) => {
    const issue = checkIdentifierRecovery(toForm(values)).find((i) => i.field === field);
    return issue ? `vault.field.${issue.issue}` : undefined;
  };

const FIELDS = {
  lastName: { kind: 'text', label: 'vault.lostId.lastName', required: true, autocomplete: 'family-name' },
  firstName: { kind: 'text', label: 'vault.lostId.firstName', required: true, autocomplete: 'given-name' },
  birthTown: { kind: 'text', label: 'vault.lostId.birthTown', required: true },
  birthMonth: {
    kind: 'select',
    label: 'vault.lostId.birthMonth',
    required: true,
    autocomplete: 'bday-month',
    placeholder: 'vault.lostId.birthMonth.placeholder',
    options: MONTHS.map((m) => ({ value: String(m), label: `vault.month.${m}` as MessageKey })),
  },
  mobilePhone: {
    kind: 'tel',
    label: 'vault.lostId.mobilePhone',
    hint: 'vault.lostId.mobilePhone.hint',
    required: true,
    autocomplete: 'tel',
  },
  email: { kind: 'email', label: 'vault.lostId.email', required: true },
  emailConfirmation: { kind: 'email', label: 'vault.lostId.emailConfirmation', required: true },
  privateNumber: {
    kind: 'text',
    label: 'vault.lostId.privateNumber',
    hint: 'vault.lostId.privateNumber.hint',
    required: true,
    autocomplete: 'off',
  },
  /** The consent box (the error summary names it by the policy's title, not by its sentence). */
  privacyPolicyAccepted: { kind: 'checkbox', label: 'vault.lostId.consent', summaryLabel: 'vault.lostId.privacyPolicy', required: true },
} as const;
type Fields = typeof FIELDS;

/**
 * VA-LOSTID — « Je n'ai plus le courrier avec mes identifiants de connexion » (seed 002,
 * question 1, « Identifiant erroné/perdu/non reçu »): every field of the seed's form, all
 * required, checked by core's rules (`checkIdentifierRecovery`) with a message per field and an
 * error summary: nom, prénom, commune de naissance, mois de naissance (a list of the 12 months),
 * téléphone mobile, e-mail and its confirmation (they must match), votre numéro privé, and the
 * privacy-policy consent; « Enregistrer ».
 *
 * The answer is always the same generic one, whether or not the details match an account: a new
 * identifier and a temporary password go by e-mail, and the temporary password must be changed
 * at the next login (`<vault-login>` asks for it). A failure to reach the service keeps
 * everything typed and offers a retry. Once done, the details are dropped from memory.
 *
 * Light DOM, like the other vault forms (autofill finds the fields). Style it with the
 * `--vigie-*` tokens and these classes: `vigie-identifier-recovery` (the root `<section>`),
 * `vigie-panel-heading`, `vigie-panel-intro`, `vigie-panel-result` (the live region of the
 * outcome), `vigie-panel-message` (+ `--success`, `--warning`), `vigie-panel-action` (« Se connecter »),
 * `vigie-lostid-pair` (two fields side by side where there is room), `vigie-check`,
 * `vigie-check-input`, `vigie-policy-link` (+ `vigie-panel-external`), and the form classes of base/forms (`vigie-form`,
 * `vigie-field`, `vigie-input`, `vigie-button`, `vigie-error-summary`, `vigie-failure`…). The
 * current step (`form` | `done`) is reflected in the `step` attribute.
 *
 * @tagname vault-identifier-recovery
 * @summary Lost vault identifier: the seed's form, a new identifier and temporary password by e-mail (VA-LOSTID).
 * @fires {VaultIdentifierRequestedEvent} vault-identifier-requested - The request went through and the generic outcome is shown (no personal data).
 * @fires {VaultLoginRequestedEvent} vault-login-requested - « Se connecter » was pressed; cancelable: cancel it to show your own login instead of following `login-href`.
 * @cssprop --vault-identifier-recovery-max-width - Largest width of the widget (default 40rem).
 * @cssprop --vigie-color-accent - Buttons, links, the ticked box.
 * @cssprop --vigie-color-warning-bg - Background of the « this also changes your password » note.
 */
export class VaultIdentifierRecovery extends LightDomElement {
  static override messages = [vaultMessages];

  static override lightStyles = [formStyles, panelStyles, identifierRecoveryStyles];

  /** The privacy policy the consent box refers to (a web link, opened in a new tab so nothing typed is lost). */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;

  /** Where « Se connecter » leads once done (a web link). Without it, the button only fires `vault-login-requested`. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** The current step, reflected for host CSS. Read-only. */
  @property({ reflect: true }) step: IdentifierRecoveryStep = 'form';

  /** A step change the user caused: focus goes to the heading once it renders. */
  #moveFocus = false;

  /** The Idempotency-Key of the current values (the same values retried keep it). */
  #key?: { readonly values: string; readonly key: string };

  readonly #form = this.createForm({
    fields: FIELDS,
    validators: Object.fromEntries(IDENTIFIER_RECOVERY_FIELDS.map((f) => [f, byCore(f)])) as {
      readonly [K in keyof Fields]?: Validator<Fields>;
    },
    submit: async (values, { signal }) => {
      const request = toIdentifierRecoveryRequest(toForm(values));
      const api = await import('@vigie/core/vault/api');
      const signature = JSON.stringify(request);
      if (this.#key?.values !== signature) this.#key = { values: signature, key: api.newIdempotencyKey() };
      return api.recoverVaultIdentifier(this.services!.client, request, { signal, idempotencyKey: this.#key.key });
    },
    onSuccess: () => this.#done(),
    onFailure: (failure) => this.#onRefused(failure),
  });

  /** Starts again with an empty form (after the outcome, for another request). */
  startOver(): void {
    this.#form.reset();
    this.step = 'form';
    this.#moveFocus = true;
  }

  #done(): void {
    this.#key = undefined;
    // What was typed is personal: once sent, it is not kept, not even in memory.
    this.#form.reset();
    this.step = 'done';
    this.#moveFocus = true;
    const event = new VaultIdentifierRequestedEvent();
    this.dispatchEvent(event);
  }

  #onRefused(failure: ApiFailure): boolean {
    if (isRetryableFailure(failure) || !('status' in failure)) return false;
    if (failure.kind === 'http' && failure.status === 422) {
      // The server's own check of the fields (the codes of core's rules): shown on the fields.
      const errors = serverFieldErrors(failure, IDENTIFIER_RECOVERY_FIELDS);
      if (Object.keys(errors).length === 0) return false;
      void this.#form.setErrors(errors);
      return true;
    }
    if (failure.kind === 'contract') return false;
    // Any other refusal: the same generic outcome (it never says whether an account exists).
    this.#done();
    return true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#moveFocus) {
      this.#moveFocus = false;
      this.querySelector<HTMLElement>('.vigie-panel-heading')?.focus();
    }
  }

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const headingId = `${this.#form.id}-heading`;
    return html`<section
      class="vigie-scope vigie-panel vigie-identifier-recovery"
      aria-labelledby=${headingId}
    >
      <h2 class="vigie-panel-heading" id=${headingId} tabindex="-1">${this.t('vault.lostId.title')}</h2>
      <div class="vigie-panel-result" role="status">${this.step === 'done' ? this.#renderOutcome() : nothing}</div>
      ${this.step === 'done' ? this.#renderDone() : this.#renderForm()}
    </section>`;
  }

  /** The privacy policy the consent refers to, in a new tab (nothing typed is lost). */
  #policyLink() {
    const policy = safeHref(this.privacyHref);
    return policy
      ? html`<p class="vigie-policy-link">
          <a class="vigie-panel-external" href=${policy} target="_blank" rel="noopener noreferrer"
            >${this.t('vault.lostId.privacyPolicy')}<span class="vigie-sr-only"> ${this.t('common.newTab')}</span>${externalIcon}</a
          >
        </p>`
      : nothing;
  }

  #renderOutcome() {
    return html`<div class="vigie-panel-message vigie-panel-message--success">${mailIcon}<p>${this.t('vault.lostId.done')}</p></div>`;
  }

  #renderDone() {
    return html`<div class="vigie-panel-actions">
      ${loginAction(this, { label: this.t('vault.login.submit'), href: this.loginHref, reason: 'identifier-requested', className: 'vigie-button vigie-panel-action' })}
    </div>`;
  }

  #renderForm() {
    const f = this.#form;
    return html`<p class="vigie-panel-intro">${this.t('vault.lostId.intro')}</p>
      <div class="vigie-panel-message vigie-panel-message--warning">${warningIcon}<p>${this.t('vault.lostId.warning')}</p></div>
      ${f.renderForm(
        html`${requiredNote(f)}
          <div class="vigie-lostid-pair">${textField(f.field('lastName'))} ${textField(f.field('firstName'))}</div>
          <div class="vigie-lostid-pair">${textField(f.field('birthTown'))} ${selectField(f.field('birthMonth'))}</div>
          ${textField(f.field('mobilePhone'))} ${textField(f.field('email'))} ${textField(f.field('emailConfirmation'))}
          ${textField(f.field('privateNumber'))} ${checkboxField(f.field('privacyPolicyAccepted'), { after: this.#policyLink() })}
          ${submitButton(f, this.t('vault.lostId.submit'))}`,
        { label: this.t('vault.lostId.title') },
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vault-identifier-recovery': VaultIdentifierRecovery;
  }
}
