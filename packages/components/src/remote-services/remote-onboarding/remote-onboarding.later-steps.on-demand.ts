/**
 * RS-ONB — the later steps, loaded on demand: the views no arrival or resume lands on, and their
 * texts (`rs.onboarding.later`) and styles.
 *
 * - The steps after the log-in (both terms, the ID & PIN and « Je n'ai pas d'ID & PIN » → « Oui, je
 *   suis nouveau », the contact details, the success) need the onboarding session, which only a
 *   log-in in this page gives (kept in memory, never resumed): loaded on the log-in's submit, in
 *   parallel with the request.
 * - The new account's e-mail: the server's status never lands there (`user` is `unknown` until the
 *   e-mail is given): loaded on « Non, créer un compte » and « Modifier l'adresse e-mail » (and on
 *   intent: pointer over or focus on them).
 * - The screen after « Quitter l'inscription »: loaded on that button (and on intent).
 *
 * `<remote-onboarding>` keeps the shell (the list « Étape n sur N », the heading, the flow's landing
 * part, `onboardingFlowWith`) and the steps an arrival lands on (invitation, log-in, « check your
 * e-mail », password). The requests these views send are core's later part of the flow
 * (`onboardingLaterTransition`, handed to the element's flow as `transition`): they come with them.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  contactIssues,
  onboardingIdIssue,
  onboardingLaterTransition,
  onboardingPinIssue,
  onboardingProgress,
  remoteOnboardingLaterMessages,
  type MessageKey,
  type OnboardingActive,
  type OnboardingEvent,
  type OnboardingOp,
  type OnboardingStep,
  type OnboardingTerms,
  type Params,
} from '@vigie/core';
import type { ReactiveControllerHost } from 'lit';
import type { VigieServices } from '../../base/context.js';
import {
  adoptLightStyles,
  checkboxField,
  FormController,
  passwordField,
  requiredNote,
  textField,
  type FieldSpecs,
  type FormOptions,
  type FormLike,
} from '../../base/forms/index.js';
import { safeHref } from '../../base/forms/helpers.js';
import { checkIcon, externalIcon } from '../../base/forms/form-icons.js';
import { fieldError } from './remote-onboarding.js';

export const messages = remoteOnboardingLaterMessages;

/** What these steps need from `<remote-onboarding>` (its private parts, handed over). */
export interface OnboardingStepsHost {
  readonly element: ReactiveControllerHost &
    HTMLElement & { readonly mysecuritasTermsHref?: string; readonly remoteTermsHref?: string; readonly continueHref?: string };
  /** The prefix of the widget's ids (`<id>-heading`). */
  readonly id: string;
  t(key: MessageKey, params?: Params): string;
  services(): VigieServices | undefined;
  /** The step shown. */
  step(): OnboardingStep | undefined;
  send(event: OnboardingEvent): void;
  /** A form's submit: settles when the flow has the answer. */
  submit(op: OnboardingOp, event: OnboardingEvent): Promise<void>;
  /** The step's heading (`data-focus="heading"`). */
  heading(text: string): TemplateResult;
  /** A form's submit button, with « Retour » beside it when given. */
  actions(form: FormLike, label: string, back?: TemplateResult): TemplateResult;
  back(label: MessageKey): TemplateResult;
}

const styles = css`
  .vigie-onboarding .vigie-onboarding-question-box {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-raised, var(--_surface));
    border: 1px solid var(--_border);
  }
  .vigie-onboarding .vigie-onboarding-subtitle {
    margin: 0;
    font-size: 1rem;
    font-weight: 700;
  }
  .vigie-onboarding .vigie-onboarding-subtitle:focus {
    outline: none;
  }
  .vigie-onboarding .vigie-onboarding-done {
    justify-items: start;
  }
  .vigie-onboarding .vigie-onboarding-done-mark {
    display: inline-grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    border-radius: 50%;
    background: var(--_success-bg, transparent);
    color: var(--_success-fg);
    border: 2px solid var(--_success-fg);
  }
`;

/** The later steps, bound to one `<remote-onboarding>`. */
export function laterSteps(h: OnboardingStepsHost) {
  adoptLightStyles(h.element, [styles]);
  const form = <F extends FieldSpecs>(options: Omit<FormOptions<F, void>, 'services' | 'onFailure'>) =>
    new FormController(h.element, { ...options, services: h.services, onFailure: () => true });
  const terms = (): OnboardingTerms => (h.step() === 'terms-remote' ? 'remote-services' : 'mysecuritas');
  const termsKey = (part: 'accept' | 'name' | 'link'): MessageKey =>
    `rs.onboarding.terms.${terms() === 'mysecuritas' ? 'mysecuritas' : 'remote'}.${part}`;

  const forms = {
    email: form({
      fields: { email: { kind: 'email', label: 'rs.onboarding.email.label', required: true, autocomplete: 'email' } },
      submit: (v) => h.submit('signup', { type: 'submit-email', email: v.email }),
    }),
    terms: form({
      fields: {
        accept: { kind: 'checkbox', label: () => h.t(termsKey('accept')), summaryLabel: () => h.t(termsKey('name')), required: true },
      },
      submit: () => h.submit(terms() === 'mysecuritas' ? 'terms-mysecuritas' : 'terms-remote', { type: 'accept-terms', terms: terms() }),
      onSuccess: () => forms.terms.reset(),
    }),
    idPin: form({
      fields: {
        id: { kind: 'text', label: 'rs.onboarding.idPin.id', hint: 'rs.onboarding.idPin.idHint', required: true, autocomplete: 'off' },
        pin: {
          kind: 'text',
          secret: true,
          label: 'rs.onboarding.idPin.pin',
          hint: 'rs.onboarding.idPin.pinHint',
          required: true,
          autocomplete: 'off',
        },
      },
      validators: { id: (v) => fieldError(onboardingIdIssue(v)), pin: (v) => fieldError(onboardingPinIssue(v)) },
      submit: (v) => h.submit('id-pin', { type: 'submit-id-pin', id: v.id, pin: v.pin }),
    }),
    contact: form({
      fields: {
        lastName: { kind: 'text', label: 'rs.onboarding.contact.lastName', required: true, autocomplete: 'family-name' },
        firstName: { kind: 'text', label: 'rs.onboarding.contact.firstName', required: true, autocomplete: 'given-name' },
        email: { kind: 'email', label: 'rs.onboarding.contact.email', required: true, autocomplete: 'email' },
        phone: { kind: 'tel', label: 'rs.onboarding.contact.phone', hint: 'rs.onboarding.contact.phoneHint', autocomplete: 'tel' },
      },
      validators: {
        lastName: (_v, values) => fieldError(contactIssues(values).lastName),
        firstName: (_v, values) => fieldError(contactIssues(values).firstName),
        phone: (_v, values) => fieldError(contactIssues(values).phone),
      },
      submit: (v) =>
        h.submit('contact', {
          type: 'confirm-contact',
          contact: { firstName: v.firstName, lastName: v.lastName, email: v.email, phone: v.phone },
        }),
    }),
  };
  const labelledby = `${h.id}-heading`;
  let prefilled: OnboardingStep | undefined;

  const idPin = (s: OnboardingActive) => {
    const f = forms.idPin;
    return html`${f.renderForm(
      html`<p>${h.t('rs.onboarding.idPin.intro')}</p>
        ${requiredNote(f)} ${textField(f.field('id'), { inputMode: 'numeric', spellcheck: false, autocapitalize: 'off', enterKeyHint: 'next' })}
        ${passwordField(f.field('pin'), { enterKeyHint: 'go', inputMode: 'numeric', showLabel: h.t('rs.onboarding.idPin.show') })} ${h.actions(f, h.t('rs.onboarding.idPin.submit'))}`,
      { labelledby },
    )}
    ${
      s.status.user === 'new'
        ? html`<p><button type="button" class="vigie-panel-link vigie-onboarding-link" @click=${() => h.send({ type: 'no-id-pin' })}>${h.t('rs.onboarding.idPin.none')}</button></p>`
        : nothing
    }`;
  };

  const newUser = (s: OnboardingActive) => {
    const busy = s.busy === 'new-user';
    return html`<div class="vigie-onboarding-question-box">
      <h4 class="vigie-onboarding-subtitle" id="${h.id}-new" tabindex="-1" data-focus="no-id-pin">${h.t('rs.onboarding.newUser.title')}</h4>
      <p>${h.t('rs.onboarding.newUser.intro')}</p>
      <div class="vigie-actions vigie-onboarding-buttons" role="group" aria-labelledby="${h.id}-new">
        <button type="button" class="vigie-button" aria-disabled=${busy ? 'true' : nothing} @click=${() => !busy && h.send({ type: 'confirm-new' })}>
          ${busy ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span>${h.t('rs.onboarding.newUser.confirm')}</span>
        </button>
        ${h.back('rs.onboarding.newUser.cancel')}
      </div>
    </div>`;
  };

  return {
    /** The later steps' part of core's flow (the element's flow uses it once this module is there). */
    transition: onboardingLaterTransition,
    forms,

    /** A new token: the onboarding starts afresh. */
    reset(): void {
      for (const f of Object.values(forms)) f.reset();
      prefilled = undefined;
    },

    /** What the server knows, in the fields of the step it concerns (once per step; never over what was typed). */
    prefill(s: OnboardingActive): void {
      const step = onboardingProgress(s)?.step;
      if (prefilled === step) return;
      prefilled = step;
      if (step === 'email' && !forms.email.values.email) forms.email.setValues({ email: s.status.email ?? '' });
      if (step === 'contact' && s.status.contact && !forms.contact.values.lastName) forms.contact.setValues(s.status.contact);
    },

    title(step: OnboardingStep): string {
      if (step === 'email') return h.t('rs.onboarding.email.title');
      if (step === 'terms-mysecuritas') return h.t('rs.onboarding.terms.mysecuritas.title');
      if (step === 'terms-remote') return h.t('rs.onboarding.terms.remote.title');
      if (step === 'id-pin') return h.t('rs.onboarding.idPin.title');
      return h.t('rs.onboarding.contact.title');
    },

    render(s: OnboardingActive, step: OnboardingStep): TemplateResult {
      if (step === 'email') {
        const f = forms.email;
        return f.renderForm(
          html`<p>${h.t('rs.onboarding.email.intro')}</p>
            ${requiredNote(f)} ${textField(f.field('email'), { enterKeyHint: 'send' })} ${h.actions(f, h.t('rs.onboarding.email.submit'), h.back('rs.onboarding.back'))}`,
          { labelledby },
        );
      }
      if (step === 'terms-mysecuritas' || step === 'terms-remote') {
        const f = forms.terms;
        const href = safeHref(step === 'terms-mysecuritas' ? h.element.mysecuritasTermsHref : h.element.remoteTermsHref);
        return f.renderForm(
          html`${
            href
              ? html`<p>
                  <a class="vigie-panel-external" href=${href} target="_blank" rel="noopener noreferrer"
                    >${h.t(termsKey('link'))}<span class="vigie-sr-only"> ${h.t('rs.onboarding.newWindow')}</span>${externalIcon}</a
                  >
                </p>`
              : nothing
          }
            ${requiredNote(f)} ${checkboxField(f.field('accept'))} ${h.actions(f, h.t('rs.onboarding.terms.submit'))}`,
          { labelledby },
        );
      }
      if (step === 'id-pin') return s.noIdPin ? newUser(s) : idPin(s);
      const f = forms.contact;
      return f.renderForm(
        html`<p>${h.t('rs.onboarding.contact.intro')}</p>
          ${requiredNote(f)} ${textField(f.field('lastName'))} ${textField(f.field('firstName'))} ${textField(f.field('email'))} ${textField(f.field('phone'), { enterKeyHint: 'done' })}
          ${h.actions(f, h.t('rs.onboarding.contact.submit'))}`,
        { labelledby },
      );
    },

    /** After « Quitter l'inscription »: how to resume. */
    exited(): TemplateResult {
      return html`<section class="vigie-onboarding-step" aria-labelledby="${h.id}-heading">
        ${h.heading(h.t('rs.onboarding.exited.title'))}
        <p>${h.t('rs.onboarding.exited.text')}</p>
        <div class="vigie-actions"><button type="button" class="vigie-button" @click=${() => h.send({ type: 'resume' })}>${h.t('rs.onboarding.exited.resume')}</button></div>
      </section>`;
    },

    /** The success. */
    done(): TemplateResult {
      const href = safeHref(h.element.continueHref);
      return html`<section class="vigie-onboarding-step vigie-onboarding-done" aria-labelledby="${h.id}-heading">
        <div class="vigie-onboarding-done-mark">${checkIcon}</div>
        ${h.heading(h.t('rs.onboarding.done.title'))}
        <p>${h.t('rs.onboarding.done.text')}</p>
        ${href ? html`<p class="vigie-panel-actions"><a class="vigie-button" href=${href}>${h.t('rs.onboarding.done.continue')}</a></p>` : nothing}
      </section>`;
    },
  };
}

export type LaterSteps = ReturnType<typeof laterSteps>;
