/**
 * X-A11Y — field templates for light-DOM forms: plain functions returning Lit templates (no
 * new custom elements, so the `<input>` stays a direct, native child of the widget's `<form>`,
 * where password managers and `document.querySelector` find it).
 *
 * Each field: a `<label for>` (with « * » and « (obligatoire) » for screen readers when
 * required), an optional hint, an error message, and an `<input>` with `aria-describedby` →
 * hint + error and `aria-invalid` while in error. Paste is never blocked anywhere.
 *
 * Why no native `required`: the label already says « obligatoire » to screen readers, and the
 * attribute would make them say it twice; validation is ours (`novalidate`).
 *
 * Boxes, radios and lists (`checked`/`value` bound with `live()`) take the user's choice into the
 * form's state on `input`, the first event the browser fires, and again on `change`. A real click
 * or Space fires them as separate tasks, so anything may render in between (a host that draws
 * again on every `input`); had the state waited for `change`, that render would have put the old
 * state back into the box through `live()` and the click would be lost (issue 8 #10, PP-COMPANY).
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import type { MessageKey, Params } from '@vigie/core';
import type { FieldBinding, FieldKind } from './form-controller.js';
import { boxCheckedIcon, boxIcon, errorIcon } from './light-icons.js';

export interface FieldOptions {
  /** Rendered at the end of the field (a link to the policy a consent box refers to…). */
  readonly after?: unknown;
  /** Ids of other elements that describe the field (a note rendered elsewhere), added to `aria-describedby`. */
  readonly describedBy?: string;
  /** Text fields: the virtual keyboard (`numeric` for a SIRET), when the kind does not decide it. */
  readonly inputMode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'url';
  /** Text fields: `autocapitalize` (`characters` for a VAT number, `off` for codes). */
  readonly autocapitalize?: 'off' | 'none' | 'sentences' | 'words' | 'characters';
  /** Text fields: false for what is not prose (numbers, codes), so no spelling service sees it. */
  readonly spellcheck?: boolean;
  /** `enterkeyhint` for virtual keyboards (`go`, `next`, `send`, `done`). */
  readonly enterKeyHint?: 'enter' | 'done' | 'go' | 'next' | 'previous' | 'search' | 'send';
  /** A `focus` effect's target (`data-focus`) on the input: where a flow may move focus. */
  readonly focus?: string;
  /** Passwords: the show/hide toggle's text when the secret is not a password (« Afficher le PIN »). */
  readonly showLabel?: string;
}

/** What the submit button and the notes need from a form (any `FormController`). */
export interface FormLike {
  readonly submitting: boolean;
  t(key: MessageKey, params?: Params): string;
}

function label(f: FieldBinding) {
  return html`<label class="vigie-label" for=${f.id}
    >${f.label}${
      f.required
        ? html`<span class="vigie-required" aria-hidden="true">&nbsp;*</span><span class="vigie-sr-only"> (${f.t('form.required')})</span>`
        : nothing
    }</label
  >`;
}

function hintAndError(f: FieldBinding) {
  return html`${f.hint ? html`<p class="vigie-hint" id=${f.hintId}>${f.hint}</p>` : nothing}${
    f.error
      ? html`<p class="vigie-field-error" id=${f.errorId}>${errorIcon}<span><span class="vigie-sr-only">${f.t('form.error.prefix')} </span>${f.error}</span></p>`
      : nothing
  }`;
}

function describedBy(f: FieldBinding, opts: FieldOptions): string | undefined {
  const ids = [f.hint ? f.hintId : '', f.error ? f.errorId : '', opts.describedBy ?? ''].filter(Boolean).join(' ');
  return ids || undefined;
}

const fieldClass = (f: FieldBinding, kind: string) => `vigie-field vigie-field--${kind}${f.error ? ' vigie-field--invalid' : ''}`;

const INPUT_TYPE: Partial<Record<FieldKind, string>> = { email: 'email', tel: 'tel' };

/**
 * A text, e-mail, identifier or phone field (kinds `text`, `email`, `username`, `tel`). Its value
 * is kept by the form across failures and re-renders.
 */
export function textField(f: FieldBinding, opts: FieldOptions = {}) {
  if (f.secret) throw new TypeError(`[vigie] field "${f.name}" is secret: use passwordField or codeField`);
  const credential = f.kind !== 'text';
  return html`<div class=${fieldClass(f, f.kind)}>
    ${label(f)} ${hintAndError(f)}
    <input
      class="vigie-input"
      id=${f.id}
      name=${f.name}
      type=${INPUT_TYPE[f.kind] ?? 'text'}
      inputmode=${ifDefined(opts.inputMode ?? (f.kind === 'tel' ? 'tel' : undefined))}
      autocomplete=${ifDefined(f.autocomplete)}
      spellcheck=${(opts.spellcheck ?? !credential) ? 'true' : 'false'}
      autocapitalize=${ifDefined(opts.autocapitalize ?? (credential ? 'none' : undefined))}
      autocorrect=${ifDefined(credential ? 'off' : undefined)}
      enterkeyhint=${ifDefined(opts.enterKeyHint)}
      data-focus=${ifDefined(opts.focus)}
      aria-invalid=${ifDefined(f.error ? 'true' : undefined)}
      aria-describedby=${ifDefined(describedBy(f, opts))}
      .value=${live(f.value ?? '')}
      @input=${f.onInput}
      ${ref(f.ref)}
    />
    ${opts.after ?? nothing}
  </div>`;
}

/** A native list (kind `select`): an empty first option (« Sélectionnez… »), then the options. */
export function selectField(f: FieldBinding, opts: FieldOptions = {}) {
  return html`<div class=${fieldClass(f, 'select')}>
    ${label(f)} ${hintAndError(f)}
    <select
      class="vigie-input vigie-select"
      id=${f.id}
      name=${f.name}
      autocomplete=${ifDefined(f.autocomplete)}
      aria-invalid=${ifDefined(f.error ? 'true' : undefined)}
      aria-describedby=${ifDefined(describedBy(f, opts))}
      .value=${live(f.value ?? '')}
      @input=${f.onInput}
      @change=${f.onInput}
      ${ref(f.ref)}
    >
      <option value="" ?selected=${f.value === ''}>${f.placeholder}</option>
      ${f.options.map((o) => html`<option value=${o.value} ?selected=${o.selected}>${o.label}</option>`)}
    </select>
    ${opts.after ?? nothing}
  </div>`;
}

/** One box (kind `checkbox`: a consent, an agreement): the box, then its label, which may be long. */
export function checkboxField(f: FieldBinding, opts: FieldOptions = {}) {
  return html`<div class=${fieldClass(f, 'checkbox')}>
    ${hintAndError(f)}
    <div class="vigie-check">
      <input
        class="vigie-check-input"
        type="checkbox"
        id=${f.id}
        name=${f.name}
        .checked=${live(f.value !== '')}
        aria-invalid=${ifDefined(f.error ? 'true' : undefined)}
        aria-describedby=${ifDefined(describedBy(f, opts))}
        @input=${f.onInput}
        @change=${f.onInput}
        ${ref(f.ref)}
      />
      ${label(f)}
    </div>
    ${opts.after ?? nothing}
  </div>`;
}

/**
 * Radio buttons (kind `choice`, e.g. « Oui / Non ») or checkboxes (kind `multi`, e.g. regions) in
 * a `<fieldset>` whose `<legend>` is the question. Arrow keys move between radios (native);
 * focus from the error summary goes to the first option. `aria-invalid` is not allowed on a
 * fieldset: the error is tied to it by `aria-describedby`.
 */
export function choiceField(f: FieldBinding, opts: FieldOptions = {}) {
  const multi = f.kind === 'multi';
  return html`<fieldset class="${fieldClass(f, f.kind)} vigie-fieldset" aria-describedby=${ifDefined(describedBy(f, opts))}>
    <legend class="vigie-label">
      ${f.label}${
        f.required
          ? html`<span class="vigie-required" aria-hidden="true">&nbsp;*</span><span class="vigie-sr-only"> (${f.t('form.required')})</span>`
          : nothing
      }
    </legend>
    ${hintAndError(f)}
    <div class="vigie-options vigie-options--${multi ? 'many' : 'one'}">
      ${f.options.map(
        (o, i) =>
          html`<div class="vigie-check">
            <input
              class="vigie-check-input"
              type=${multi ? 'checkbox' : 'radio'}
              id=${o.id}
              name=${f.name}
              .value=${o.value}
              .checked=${live(o.selected)}
              @input=${f.onInput}
              @change=${f.onInput}
              ${ref(i === 0 ? f.ref : undefined)}
            />
            <label class="vigie-label" for=${o.id}>${o.label}</label>
          </div>`,
      )}
    </div>
    ${opts.after ?? nothing}
  </fieldset>`;
}

/**
 * A password (kinds `current-password`, `new-password`) with a show/hide toggle: a real
 * `<button type="button">` after the input (so Tab reaches it, Space and Enter press it),
 * `aria-pressed` for its state and `aria-controls` → the input.
 *
 * The toggle keeps one name, « Afficher le mot de passe », pressed or not (the ARIA toggle-button
 * pattern: a name that flips to « Masquer… » while `aria-pressed` also flips would be read
 * « Masquer le mot de passe, enfoncé », a double negative); its box is ticked while the password
 * is shown, like the « Afficher » checkbox of the French state design system.
 *
 * The value is never bound from state. `spellcheck=false`: a revealed password must not go to a
 * spelling service. The form hides it again before any request leaves (`hideSecrets`).
 */
export function passwordField(f: FieldBinding, opts: FieldOptions = {}) {
  return html`<div class=${fieldClass(f, 'password')}>
    ${label(f)} ${hintAndError(f)}
    <input
      class="vigie-input vigie-input--password"
      id=${f.id}
      name=${f.name}
      type=${f.revealed ? 'text' : 'password'}
      autocomplete=${ifDefined(f.autocomplete)}
      data-focus=${ifDefined(opts.focus)}
      inputmode=${ifDefined(opts.inputMode)}
      spellcheck="false"
      autocapitalize="none"
      autocorrect="off"
      enterkeyhint=${ifDefined(opts.enterKeyHint)}
      aria-invalid=${ifDefined(f.error ? 'true' : undefined)}
      aria-describedby=${ifDefined(describedBy(f, opts))}
      @input=${f.onInput}
      ${ref(f.ref)}
    />
    <button type="button" class="vigie-toggle" aria-pressed=${f.revealed ? 'true' : 'false'} aria-controls=${f.id} @click=${f.toggleReveal}>
      ${f.revealed ? boxCheckedIcon : boxIcon}<span>${opts.showLabel ?? f.t('form.password.show')}</span>
    </button>
  </div>`;
}

/**
 * A one-time code (kind `one-time-code`): one input (not one box per digit), `inputmode=numeric`,
 * `autocomplete=one-time-code` (SMS autofill), digits kept from whatever is typed or pasted, so
 * one paste of « 123 456 » fills it. No `maxlength`: it would cut that paste short.
 */
export function codeField(f: FieldBinding, opts: FieldOptions = {}) {
  return html`<div class=${fieldClass(f, 'code')}>
    ${label(f)} ${hintAndError(f)}
    <input
      class="vigie-input vigie-input--code"
      id=${f.id}
      name=${f.name}
      type="text"
      inputmode="numeric"
      autocomplete=${ifDefined(f.autocomplete)}
      spellcheck="false"
      autocapitalize="none"
      autocorrect="off"
      enterkeyhint=${ifDefined(opts.enterKeyHint)}
      aria-invalid=${ifDefined(f.error ? 'true' : undefined)}
      aria-describedby=${ifDefined(describedBy(f, opts))}
      @input=${f.onInput}
      ${ref(f.ref)}
    />
  </div>`;
}

/** The right template for the field's kind. */
export function formField(f: FieldBinding, opts: FieldOptions = {}) {
  switch (f.kind) {
    case 'current-password':
    case 'new-password':
      return passwordField(f, opts);
    case 'one-time-code':
      return codeField(f, opts);
    case 'select':
      return selectField(f, opts);
    case 'checkbox':
      return checkboxField(f, opts);
    case 'choice':
    case 'multi':
      return choiceField(f, opts);
    default:
      return f.secret ? passwordField(f, opts) : textField(f, opts);
  }
}

/**
 * The submit button and the status line. While a request is in flight the button stays
 * focusable (`aria-disabled`, not `disabled`, which would drop focus to the page) and a
 * polite status says « Envoi en cours… »; the form ignores further submits.
 */
export function submitButton(form: FormLike, text: string) {
  const busy = form.submitting;
  return html`<div class="vigie-actions">
    <button type="submit" class="vigie-button" aria-disabled=${ifDefined(busy ? 'true' : undefined)}>
      ${busy ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span>${text}</span>
    </button>
    <p class="vigie-status" role="status">${busy ? form.t('form.submitting') : nothing}</p>
  </div>`;
}

/** « Les champs marqués d’un astérisque (*) sont obligatoires. » (RGAA 11.10: say what the * means). */
export function requiredNote(form: FormLike) {
  return html`<p class="vigie-required-note">${form.t('form.requiredNote')}</p>`;
}
