/**
 * The parts of `<company-registration>` that only show what they are given: its fields (labels,
 * hints, autocomplete), the anti-robot step's group, and the confirmation. None keeps state.
 */
import { html, nothing } from 'lit';
import { PASSWORD_MIN_LENGTH, REGION_CODES, regionMessageKey, type IdentificationKind, type MessageKey, type Params } from '@vigie/core';
import { choiceField, textField, type FieldBinding, type FieldOption, type FieldSpec } from '../../base/forms/index.js';
import { checkCircleIcon, errorIcon } from '../../base/forms/form-icons.js';

/** What the views need of the element. */
export interface RegistrationView {
  t(key: MessageKey, params?: Params): string;
}

/** The form's fields, in the seed's order (`identifier` is the SIRET or the VAT number, whichever is asked). */
export function registrationFields(h: RegistrationView & { identification(): IdentificationKind; regions(): readonly FieldOption[] }) {
  return {
    identifier: {
      kind: 'text',
      label: () => h.t(h.identification() === 'siret' ? 'passport.registration.siret' : 'passport.registration.vat'),
      hint: () => h.t(h.identification() === 'siret' ? 'passport.registration.siret.hint' : 'passport.registration.vat.hint'),
      required: true,
    },
    companyName: { kind: 'text', label: 'passport.registration.companyName', autocomplete: 'organization', required: true },
    regions: {
      kind: 'multi',
      label: 'passport.registration.regions',
      hint: 'passport.registration.regions.hint',
      options: () => h.regions(),
      required: true,
    },
    referentLastName: {
      kind: 'text',
      label: 'passport.registration.lastName',
      hint: 'passport.registration.lastName.hint',
      autocomplete: 'family-name',
      required: true,
    },
    referentFirstName: {
      kind: 'text',
      label: 'passport.registration.firstName',
      hint: 'passport.registration.firstName.hint',
      autocomplete: 'given-name',
      required: true,
    },
    // The referent's e-mail is the company's login: `username`, so a password manager saves it with the new password.
    email: {
      kind: 'email',
      label: 'passport.registration.email',
      hint: 'passport.registration.email.hint',
      autocomplete: 'username',
      required: true,
    },
    emailConfirmation: { kind: 'email', label: 'passport.registration.emailConfirmation', required: true },
    password: {
      kind: 'new-password',
      label: 'passport.registration.password',
      hint: () => h.t('passport.registration.password.hint', { min: PASSWORD_MIN_LENGTH }),
      required: true,
    },
    passwordConfirmation: { kind: 'new-password', label: 'passport.registration.passwordConfirmation', required: true },
    antiRobotToken: { kind: 'text', label: 'passport.registration.captcha', required: true },
  } as const satisfies Record<string, FieldSpec>;
}

/**
 * The anti-robot step: a group named like a field, with its error, and the place the host's
 * element is moved to (an empty, static element: Lit never touches what goes into it).
 */
export function captchaStep(v: RegistrationView, f: FieldBinding, placeId: string, checking: boolean) {
  const labelId = `${f.id}-label`;
  return html`<div
    class="vigie-field vigie-registration__captcha${f.error ? ' vigie-field--invalid' : ''}"
    id=${f.id}
    role="group"
    tabindex="-1"
    aria-labelledby=${labelId}
    aria-describedby=${f.error ? f.errorId : nothing}
  >
    <p class="vigie-label" id=${labelId}>
      ${f.label}<span class="vigie-required" aria-hidden="true">&nbsp;*</span><span class="vigie-sr-only"> (${v.t('form.required')})</span>
    </p>
    ${
      f.error
        ? html`<p class="vigie-field-error" id=${f.errorId}>
          ${errorIcon}<span><span class="vigie-sr-only">${v.t('form.error.prefix')} </span>${f.error}</span>
        </p>`
        : nothing
    }
    <div class="vigie-registration__captcha-place" id=${placeId}></div>
    <p class="vigie-hint vigie-registration__checking" role="status">${checking ? v.t('passport.registration.captcha.checking') : nothing}</p>
  </div>`;
}

export function doneMessage(v: RegistrationView, done: { readonly companyName: string; readonly email: string }) {
  return html`<div class="vigie-panel-message vigie-panel-message--success">
    ${checkCircleIcon}
    <div class="vigie-panel-message-body">
      <p>${v.t('passport.registration.done.text', { companyName: done.companyName, email: done.email })}</p>
      <p>${v.t('passport.registration.done.login')}</p>
      <p class="vigie-panel-note">${v.t('passport.registration.done.spam')}</p>
    </div>
  </div>`;
}

/** The 18 regions, by name in the page's language (what a person scans), each once. */
export function regionOptions(v: RegistrationView, locale: string): readonly FieldOption[] {
  const collator = new Intl.Collator(locale);
  return REGION_CODES.map((code) => ({ value: code, label: regionMessageKey(code), name: v.t(regionMessageKey(code)) }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ value, label }) => ({ value, label }));
}

/** The company's name and regions, then the referent (who it is, names, e-mail twice). */
export function companyAndReferentFields(
  v: RegistrationView,
  f: { field(name: 'companyName' | 'regions' | 'referentLastName' | 'referentFirstName' | 'email' | 'emailConfirmation'): FieldBinding },
) {
  return html`${textField(f.field('companyName'), { enterKeyHint: 'next' })} ${choiceField(f.field('regions'))}
  <details class="vigie-panel-help vigie-registration__referent">
    <summary>${v.t('passport.registration.referent.what')}</summary>
    <p>${v.t('passport.registration.referent.whatHelp')}</p>
  </details>
  <div class="vigie-registration__pair">
    ${textField(f.field('referentLastName'), { enterKeyHint: 'next' })} ${textField(f.field('referentFirstName'), { enterKeyHint: 'next' })}
  </div>
  <div class="vigie-registration__pair">
    ${textField(f.field('email'), { enterKeyHint: 'next' })} ${textField(f.field('emailConfirmation'), { enterKeyHint: 'next' })}
  </div>`;
}
