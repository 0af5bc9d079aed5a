/**
 * X-STATES, X-A11Y — the submit path of every Vigie form: validation with catalog keys, an error
 * summary whose links lead to the fields, focus on the first invalid field, one request at a
 * time, a failure notice with a retry, and secrets (passwords, codes) that never outlive the
 * server's answer.
 *
 * Secrets. A field whose kind is a password or a one-time code (or marked `secret`) is never
 * bound from state and never copied into it: its value is read from its `<input>` when the form
 * is submitted, handed to `submit`, and the input is emptied once the server has answered (a
 * success, or a 4xx refusal: it judged what was typed), or when the widget leaves the page. After
 * a failure that is not an answer (network, time-out, 5xx, 408, 429: `serverJudged` is false) the
 * server never saw the secret, so it stays, hidden, for the retry (issue 8 #18). Before the
 * request leaves, every revealed password goes back to `type=password` (synchronously, not at the
 * next render). Nothing here
 * writes a value to an attribute, web storage, the URL or the console.
 *
 * Other fields keep what the user typed across failures, re-renders and locale switches.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { EMAIL_PATTERN_SOURCE, type MessageKey, type Params } from '@vigie/core';
import { isApiError, type ApiFailure } from '@vigie/core/api';
import { toLocale, translate } from '@vigie/core/i18n';
import type { VigieServices } from '../context.js';
import { serverJudged } from './helpers.js';
import { errorIcon } from './light-icons.js';

export const FIELD_KINDS = [
  'text',
  'email',
  'username',
  'tel',
  'current-password',
  'new-password',
  'one-time-code',
  'select',
  'checkbox',
  'choice',
  'multi',
] as const;
/**
 * What a field holds; it decides `type`, `autocomplete`, `inputmode`, the built-in checks and secrecy.
 * - `select`: a native list (`options`, with an empty `placeholder` first); value: the chosen option's value.
 * - `checkbox`: one box (a consent); value {@link CHECKED} when ticked, `''` otherwise.
 * - `choice`: radio buttons in a `<fieldset>` (a yes/no question); value: the chosen option's value.
 * - `multi`: checkboxes in a `<fieldset>` (one or more regions); value: the ticked options' values
 *   joined by {@link MULTI_SEPARATOR}, in the options' order (`splitMulti` gives them back).
 */
export type FieldKind = (typeof FIELD_KINDS)[number];

/** The value of a ticked `checkbox` field. */
export const CHECKED = 'yes';
/** Joins the values of a `multi` field (option values never contain it). */
export const MULTI_SEPARATOR = ',';
/** The ticked values of a `multi` field. */
export const splitMulti = (value: string): string[] => (value === '' ? [] : value.split(MULTI_SEPARATOR));

/** Kinds whose `<input>` carries the value itself (the others: a box's `checked`, or a group of inputs). */
const TYPED_KINDS: readonly FieldKind[] = [
  'text',
  'email',
  'username',
  'tel',
  'current-password',
  'new-password',
  'one-time-code',
  'select',
];

/** One option of a `select`, `choice` or `multi` field. */
export interface FieldOption {
  readonly value: string;
  readonly label: Text;
}

/** The message a required field gets when empty, by kind. */
const REQUIRED_ERROR: Partial<Record<FieldKind, MessageKey>> = {
  select: 'form.error.select',
  checkbox: 'form.error.checkbox',
  choice: 'form.error.choice',
  multi: 'form.error.multi',
};

/** Kinds whose value is a secret: cleared once the server answered, never kept in state. */
export const SECRET_KINDS: readonly FieldKind[] = ['current-password', 'new-password', 'one-time-code'];

/** A catalog key, or a function giving the text in the current locale (called at each render). */
export type Text = MessageKey | (() => string);

/** A validation result: a catalog key, with its parameters when it has placeholders. */
export type FieldError = MessageKey | { readonly key: MessageKey; readonly params?: Params };

export interface FieldSpec {
  readonly kind: FieldKind;
  readonly label: Text;
  /** Shown under the label and read with the field (`aria-describedby`): a format example, a rule. */
  readonly hint?: Text;
  /** Marked « * » (with « obligatoire » for screen readers) and checked on submit. */
  readonly required?: boolean;
  /** Defaults to true for passwords and codes. A secret is cleared once the server answered and never kept in state. */
  readonly secret?: boolean;
  /** Overrides the kind's `autocomplete` (e.g. `section-x username`, `family-name` on a text field). */
  readonly autocomplete?: string;
  /** One-time codes: how many digits (default 6). */
  readonly length?: number;
  /** `select`, `choice`, `multi`: the options, in order (a function when they depend on state). */
  readonly options?: readonly FieldOption[] | (() => readonly FieldOption[]);
  /** What the error summary calls the field when its label is a long sentence (a consent box: the policy's title). */
  readonly summaryLabel?: Text;
  /** `select`: the text of the empty first option (default « Sélectionnez… »). */
  readonly placeholder?: Text;
}

export type FieldSpecs = Readonly<Record<string, FieldSpec>>;
export type FieldName<F extends FieldSpecs> = keyof F & string;
export type FormValues<F extends FieldSpecs> = { readonly [K in FieldName<F>]: string };
/** Checks one field (after the built-in checks passed); `values` are every field's current value. */
export type Validator<F extends FieldSpecs> = (value: string, values: FormValues<F>) => FieldError | undefined;

export type FormStatus = 'idle' | 'submitting' | 'failed' | 'succeeded';

/** What a widget gives its form (see `LightDomElement.createForm`). */
export interface FormSpec<F extends FieldSpecs, R> {
  /** The fields, in the order they appear. */
  readonly fields: F;
  /** Extra checks per field, returning catalog keys; they run after the built-in ones (required, e-mail, code length). */
  readonly validators?: { readonly [K in FieldName<F>]?: Validator<NoInfer<F>> };
  /**
   * Sends the form. Non-secret values are trimmed; secrets are passed exactly as typed. Reject
   * with an `ApiError` (as the provider's client does) to show its failure.
   */
  readonly submit: (values: FormValues<NoInfer<F>>, ctx: { readonly signal: AbortSignal }) => Promise<R>;
  /** After a successful submit (secrets already cleared). */
  readonly onSuccess?: (result: R) => void;
  /**
   * After a failed submit (secrets already cleared if the server judged them, kept after a failure
   * that is not an answer: see `secretsCleared`). Return `true` when the widget shows its own
   * message for it (a wrong password, a lock…): the generic notice with its retry is then not shown.
   */
  readonly onFailure?: (failure: ApiFailure) => boolean | void;
}

export interface FormOptions<F extends FieldSpecs, R> extends FormSpec<F, R> {
  /** The provider's services (for `t` and the failure texts), read at each use. */
  readonly services: () => VigieServices | undefined;
}

/** What the field templates (`fields.ts`) need to render one field; built at each render. */
export interface FieldBinding {
  readonly name: string;
  readonly kind: FieldKind;
  readonly id: string;
  readonly hintId: string;
  readonly errorId: string;
  readonly label: string;
  readonly hint: string | undefined;
  /** The error message, translated, or undefined. */
  readonly error: string | undefined;
  readonly required: boolean;
  readonly secret: boolean;
  readonly autocomplete: string | undefined;
  /** What the user typed, for non-secret fields only (a secret is never bound from state). */
  readonly value: string | undefined;
  /** Passwords: shown in clear right now. */
  readonly revealed: boolean;
  /** One-time codes: the number of digits. */
  readonly length: number;
  /** `select`, `choice`, `multi`: the options, translated, each with its page-unique id and whether it is chosen. */
  readonly options: readonly { readonly value: string; readonly label: string; readonly id: string; readonly selected: boolean }[];
  /** `select`: the empty option's text. */
  readonly placeholder: string | undefined;
  readonly t: (key: MessageKey, params?: Params) => string;
  /** Registers the `<input>` (use with Lit's `ref()`); stable for a field. */
  readonly ref: (el: Element | undefined) => void;
  readonly onInput: (e: Event) => void;
  readonly toggleReveal: () => void;
}

const DEFAULT_AUTOCOMPLETE: Readonly<Record<FieldKind, string | undefined>> = {
  text: undefined,
  email: 'email',
  username: 'username',
  tel: 'tel',
  select: undefined,
  checkbox: undefined,
  choice: undefined,
  multi: undefined,
  'current-password': 'current-password',
  'new-password': 'new-password',
  'one-time-code': 'one-time-code',
};

/** Core's one e-mail shape (`EMAIL_PATTERN_SOURCE`): what the form accepts is what core's rules and schemas accept. */
const EMAIL = new RegExp(EMAIL_PATTERN_SOURCE);
/** A plausible e-mail address (the server has the last word): something@domain.tld, no spaces, no empty domain label. */
export const looksLikeEmail = (value: string): boolean => EMAIL.test(value);

/** Only the digits of a code: « 123 456 » and « 123-456 » both give `123456`. */
export const digitsOnly = (value: string): string => value.replace(/\D+/g, '');

const isSecret = (spec: FieldSpec) => spec.secret ?? SECRET_KINDS.includes(spec.kind);

let uid = 0;

export class FormController<F extends FieldSpecs, R = unknown> implements ReactiveController {
  /** A page-unique prefix: light-DOM ids live in the host's document. */
  readonly id = `vigie-form-${++uid}`;

  #status: FormStatus = 'idle';
  #errors = new Map<FieldName<F>, FieldError>();
  #summary = false;
  #failure?: ApiFailure;
  #failureShown = false;
  #secretsCleared = false;
  /** What the user typed in non-secret fields. Secrets are never stored here. */
  #values: Partial<Record<FieldName<F>, string>> = {};
  #revealed = new Set<FieldName<F>>();
  /** Each field's input (for a group, its first one: where focus goes). */
  #inputs = new Map<FieldName<F>, HTMLInputElement | HTMLSelectElement>();
  #refs = new Map<FieldName<F>, (el: Element | undefined) => void>();
  #inputHandlers = new Map<FieldName<F>, (e: Event) => void>();
  #abort?: AbortController;
  #form?: HTMLFormElement;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FormOptions<F, R>,
  ) {
    host.addController(this);
  }

  // ── state, read-only ────────────────────────────────────────────────────────────────────

  get status(): FormStatus {
    return this.#status;
  }

  /** A request is in flight: another submit sends nothing. */
  get submitting(): boolean {
    return this.#status === 'submitting';
  }

  /** The last failure emptied the secret fields (the server judged them): they must be typed again. */
  get secretsCleared(): boolean {
    return this.#secretsCleared;
  }

  /** The last failure (until the next submit). */
  get failure(): ApiFailure | undefined {
    return this.#failure;
  }

  /** The current errors, as catalog keys, in field order. */
  get errors(): ReadonlyMap<FieldName<F>, FieldError> {
    return new Map(this.#ordered().map((n) => [n, this.#errors.get(n)!]));
  }

  /** What the user typed in the non-secret fields (never a password or a code). */
  get values(): Readonly<Partial<Record<FieldName<F>, string>>> {
    return { ...this.#values };
  }

  /** A message in the provider's locale (or the page's language without a provider). */
  t(key: MessageKey, params?: Params): string {
    const s = this.options.services();
    return s ? s.t(key, params) : translate(toLocale(globalThis.document?.documentElement.lang), key, params);
  }

  // ── rendering ───────────────────────────────────────────────────────────────────────────

  /** Everything the field templates need for `name`. */
  field(name: FieldName<F>): FieldBinding {
    const spec = this.#spec(name);
    const id = `${this.id}-${name}`;
    const error = this.#errors.get(name);
    const length = spec.length ?? 6;
    const hint = spec.hint ? this.#text(spec.hint) : spec.kind === 'one-time-code' ? this.t('form.hint.code', { length }) : undefined;
    const secret = isSecret(spec);
    let register = this.#refs.get(name);
    if (!register) {
      register = (el) => {
        if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) this.#inputs.set(name, el);
        else this.#inputs.delete(name);
      };
      this.#refs.set(name, register);
    }
    let onInput = this.#inputHandlers.get(name);
    if (!onInput) this.#inputHandlers.set(name, (onInput = (e: Event) => this.#onInput(name, e)));
    const value = secret ? undefined : (this.#values[name] ?? '');
    const chosen = spec.kind === 'multi' ? splitMulti(value ?? '') : [value];
    const options = (typeof spec.options === 'function' ? spec.options() : (spec.options ?? [])).map((o, i) => ({
      value: o.value,
      label: this.#text(o.label),
      id: `${id}-${i}`,
      selected: chosen.includes(o.value),
    }));
    return {
      name,
      kind: spec.kind,
      id,
      hintId: `${id}-hint`,
      errorId: `${id}-error`,
      label: this.#text(spec.label),
      hint,
      error: error === undefined ? undefined : this.#message(error),
      required: spec.required ?? false,
      secret,
      autocomplete: spec.autocomplete ?? DEFAULT_AUTOCOMPLETE[spec.kind],
      value,
      revealed: this.#revealed.has(name),
      length,
      options,
      placeholder: spec.kind === 'select' ? this.#text(spec.placeholder ?? 'form.select.placeholder') : undefined,
      t: (key, params) => this.t(key, params),
      ref: register,
      onInput,
      toggleReveal: () => this.toggleReveal(name),
    };
  }

  /**
   * The `<form>`: `method=post` (a submit that escaped us would never put values in a URL),
   * `novalidate` (our messages, not the browser's bubbles), the error summary and the failure
   * notice on top, then `content` (fields, `submitButton`…). Name it (`label` or `labelledby`)
   * so it is a form landmark.
   */
  renderForm(content: unknown, opts: { readonly label?: string; readonly labelledby?: string } = {}) {
    return html`<form
      class="vigie-form"
      method="post"
      novalidate
      aria-label=${ifDefined(opts.label)}
      aria-labelledby=${ifDefined(opts.labelledby)}
      @submit=${this.#onSubmit}
      ${ref(this.#formRef)}
    >
      ${this.renderErrorSummary()} ${this.renderFailure()} ${content}
    </form>`;
  }

  /** The error summary (`role=alert`): each error is a link that moves focus to its field. */
  renderErrorSummary() {
    const names = this.#summary ? this.#ordered() : [];
    if (names.length === 0) return nothing;
    const title = names.length === 1 ? this.t('form.summary.one') : this.t('form.summary.many', { count: names.length });
    return html`<div class="vigie-error-summary" role="alert" id="${this.id}-summary">
      <p class="vigie-title">${errorIcon}<span>${title}</span></p>
      <ul>
        ${names.map(
          (n) =>
            html`<li>
              <a href="#${this.id}-${n}" @click=${(e: Event) => this.#focusField(e, n)}
                >${this.t('form.summary.item', { label: this.#text(this.#spec(n).summaryLabel ?? this.#spec(n).label), message: this.#message(this.#errors.get(n)!) })}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** After a failed request (unless `onFailure` took it): what happened, and a retry. */
  renderFailure() {
    const failure = this.#failure;
    if (this.#status !== 'failed' || !this.#failureShown || !failure) return nothing;
    const s = this.options.services();
    const detail = s
      ? s.describeFailure(failure)
      : this.t(`common.error.${failure.kind}`, 'status' in failure ? { status: failure.status } : undefined);
    return html`<div class="vigie-failure" role="alert">
      <p class="vigie-title">${errorIcon}<span>${this.t('form.failure.title')}</span></p>
      <p>${detail}</p>
      ${this.#secretsCleared ? html`<p>${this.t('form.failure.secrets')}</p>` : nothing}
      <button type="button" class="vigie-button vigie-button--secondary" @click=${() => this.retry()}>${this.t('common.retry')}</button>
    </div>`;
  }

  // ── actions ─────────────────────────────────────────────────────────────────────────────

  /** Submits as the user would (Enter, the submit button): validation first. */
  submit(): void {
    if (this.#form?.isConnected) this.#form.requestSubmit();
    else void this.#run();
  }

  /**
   * After a failure: when secrets were cleared, focus goes to the first empty one (the notice
   * says to type it again; Enter then resubmits); otherwise the form is submitted again.
   */
  retry(): void {
    const empty = this.#ordered([...this.#secretNames()])
      .map((n) => this.#inputs.get(n))
      .find((i) => i && i.value === '');
    if (empty) empty.focus();
    else this.submit();
  }

  toggleReveal(name: FieldName<F>): void {
    if (this.#revealed.has(name)) this.#revealed.delete(name);
    else this.#revealed.add(name);
    this.host.requestUpdate();
  }

  /** Every revealed password back to `type=password`, now (the submit path calls it before the request). */
  hideSecrets(): void {
    if (this.#revealed.size === 0) return;
    for (const name of this.#revealed) {
      const input = this.#inputs.get(name);
      if (input instanceof HTMLInputElement) input.type = 'password';
    }
    this.#revealed.clear();
    this.host.requestUpdate();
  }

  /** Empties every secret input (and hides them). State never held them. */
  clearSecrets(): void {
    this.hideSecrets();
    for (const name of this.#secretNames()) {
      const input = this.#inputs.get(name);
      if (input && input.value !== '') {
        input.value = '';
        this.#secretsCleared = true;
      }
    }
  }

  /** Server-side errors (e.g. a 422 per field): shown like local ones, focus on the first. */
  async setErrors(errors: { readonly [K in FieldName<F>]?: FieldError }): Promise<void> {
    this.#errors = new Map(
      Object.entries(errors).filter((e): e is [FieldName<F>, FieldError] => e[1] !== undefined && e[0] in this.options.fields),
    );
    this.#summary = this.#errors.size > 0;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#focusFirstInvalid();
  }

  /**
   * Checks only `names` (a step of a multi-step form, before it moves on): their errors are shown
   * with the summary and focus goes to the first, as on submit. True when they are all valid.
   */
  async validate(names: readonly FieldName<F>[]): Promise<boolean> {
    const values = this.#read();
    this.#errors = new Map();
    for (const name of names) {
      const error = this.#check(name, values);
      if (error !== undefined) this.#errors.set(name, error);
    }
    this.#summary = this.#errors.size > 0;
    this.host.requestUpdate();
    if (!this.#summary) return true;
    await this.host.updateComplete;
    this.#focusFirstInvalid();
    return false;
  }

  /**
   * Pre-fills non-secret fields (what the server knows: a profile being edited). Secrets are
   * refused: a password is never pre-filled. A `multi` value is its values joined (`MULTI_SEPARATOR`).
   */
  setValues(values: { readonly [K in FieldName<F>]?: string }): void {
    for (const [name, value] of Object.entries(values) as [FieldName<F>, string | undefined][]) {
      if (value === undefined || !(name in this.options.fields)) continue;
      const spec = this.#spec(name);
      if (isSecret(spec)) throw new TypeError(`[vigie] field "${name}" is secret: it is never pre-filled`);
      this.#values[name] = value;
      const input = this.#inputs.get(name);
      if (input && TYPED_KINDS.includes(spec.kind)) input.value = value;
    }
    this.host.requestUpdate();
  }

  /** Back to empty: every value, error and notice; a request in flight is abandoned. */
  reset(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.clearSecrets();
    for (const [name, input] of this.#inputs) {
      // Boxes and groups follow state (`live` bindings) at the next render.
      if (TYPED_KINDS.includes(this.#spec(name).kind)) input.value = '';
    }
    this.#values = {};
    this.#errors.clear();
    this.#summary = false;
    this.#failure = undefined;
    this.#secretsCleared = false;
    this.#status = 'idle';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Leaving the page (or the widget being removed) abandons the request and the secrets.
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.#status === 'submitting') this.#status = 'idle';
    this.clearSecrets();
  }

  // ── internals ───────────────────────────────────────────────────────────────────────────

  #formRef = (el: Element | undefined) => {
    this.#form = el instanceof HTMLFormElement ? el : undefined;
  };

  #onSubmit = (e: SubmitEvent) => {
    // First, whatever happens next: the browser must never send this form itself.
    e.preventDefault();
    void this.#run();
  };

  async #run(): Promise<void> {
    if (this.#status === 'submitting') return;
    this.hideSecrets();
    const values = this.#read();
    const errors = this.#validate(values);
    this.#failure = undefined;
    this.#failureShown = false;
    this.#secretsCleared = false;
    this.#errors = errors;
    if (errors.size > 0) {
      this.#summary = true;
      this.#status = 'idle';
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.#focusFirstInvalid();
      return;
    }
    this.#summary = false;
    this.#status = 'submitting';
    this.host.requestUpdate();
    const abort = (this.#abort = new AbortController());
    let result: R;
    try {
      result = await this.options.submit(values, { signal: abort.signal });
    } catch (e) {
      if (abort.signal.aborted) return;
      this.#abort = undefined;
      this.#status = 'failed';
      // Never the error's own message: it is not for users, and it could quote what was sent.
      this.#failure = isApiError(e) ? e.failure : { kind: 'network', message: 'The request failed' };
      // Only a server that judged the secrets makes them useless; after a network failure or a 5xx
      // they were never looked at, and the retry sends them again as typed.
      if (serverJudged(this.#failure)) this.clearSecrets();
      this.#failureShown = this.options.onFailure?.(this.#failure) !== true;
      this.host.requestUpdate();
      return;
    }
    if (abort.signal.aborted) return;
    this.#abort = undefined;
    this.clearSecrets();
    this.#secretsCleared = false;
    this.#status = 'succeeded';
    this.host.requestUpdate();
    this.options.onSuccess?.(result);
  }

  #onInput(name: FieldName<F>, e: Event): void {
    const input = e.target as HTMLInputElement;
    const spec = this.#spec(name);
    if (spec.kind === 'one-time-code') {
      // One paste of « 123 456 » (or an SMS autofill) fills the field: keep the digits.
      const digits = digitsOnly(input.value);
      if (digits !== input.value) input.value = digits;
    }
    if (spec.kind === 'checkbox') this.#values[name] = input.checked ? CHECKED : '';
    else if (spec.kind === 'multi') this.#values[name] = this.#toggled(name, spec, input.value, input.checked);
    else if (!isSecret(spec)) this.#values[name] = input.value;
    // A box or a group may show or hide other fields (« Oui » → its date): draw again now.
    if (!TYPED_KINDS.includes(spec.kind)) this.host.requestUpdate();
    // An error goes away as soon as the field is right; new errors wait for the next submit.
    if (this.#errors.has(name) && this.#check(name, this.#read()) === undefined) {
      this.#errors.delete(name);
      this.host.requestUpdate();
    }
  }

  /** A `multi` value with `value` ticked or not, in the options' order. */
  #toggled(name: FieldName<F>, spec: FieldSpec, value: string, ticked: boolean): string {
    const set = new Set(splitMulti(this.#values[name] ?? ''));
    if (ticked) set.add(value);
    else set.delete(value);
    const order = (typeof spec.options === 'function' ? spec.options() : (spec.options ?? [])).map((o) => o.value);
    return order.filter((v) => set.has(v)).join(MULTI_SEPARATOR);
  }

  /** Current values: secrets from their inputs (only now), the others from inputs or state. */
  #read(): FormValues<F> {
    const out: Record<string, string> = {};
    for (const name of this.#names()) {
      const spec = this.#spec(name);
      const input = this.#inputs.get(name);
      if (isSecret(spec)) {
        const raw = input?.value ?? '';
        out[name] = spec.kind === 'one-time-code' ? digitsOnly(raw) : raw;
      } else {
        // A password manager may fill a field without an input event: the input is the truth.
        if (input && TYPED_KINDS.includes(spec.kind)) this.#values[name] = input.value;
        else if (input instanceof HTMLInputElement && spec.kind === 'checkbox') this.#values[name] = input.checked ? CHECKED : '';
        out[name] = (this.#values[name] ?? '').trim();
      }
    }
    return Object.freeze(out) as FormValues<F>;
  }

  #validate(values: FormValues<F>): Map<FieldName<F>, FieldError> {
    const errors = new Map<FieldName<F>, FieldError>();
    for (const name of this.#names()) {
      const error = this.#check(name, values);
      if (error !== undefined) errors.set(name, error);
    }
    return errors;
  }

  #check(name: FieldName<F>, values: FormValues<F>): FieldError | undefined {
    const spec = this.#spec(name);
    const value = values[name];
    if (value === '') return spec.required ? (REQUIRED_ERROR[spec.kind] ?? 'form.error.required') : undefined;
    if (spec.kind === 'email' && !looksLikeEmail(value)) return 'form.error.email';
    const length = spec.length ?? 6;
    if (spec.kind === 'one-time-code' && value.length !== length) return { key: 'form.error.code', params: { length } };
    return this.options.validators?.[name]?.(value, values);
  }

  #focusFirstInvalid(): void {
    const first = this.#ordered()[0];
    if (first) this.#inputs.get(first)?.focus();
  }

  #focusField(e: Event, name: FieldName<F>): void {
    // The link's href is for its semantics; following it would change the host's URL.
    e.preventDefault();
    this.#inputs.get(name)?.focus();
  }

  /** `names` (default: the fields in error) in page order, or declaration order without inputs. */
  #ordered(names: readonly FieldName<F>[] = [...this.#errors.keys()]): FieldName<F>[] {
    const declared = this.#names();
    return [...names].sort((a, b) => {
      const ia = this.#inputs.get(a);
      const ib = this.#inputs.get(b);
      if (ia && ib && ia !== ib) return ia.compareDocumentPosition(ib) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      return declared.indexOf(a) - declared.indexOf(b);
    });
  }

  #names(): FieldName<F>[] {
    return Object.keys(this.options.fields) as FieldName<F>[];
  }

  *#secretNames(): Iterable<FieldName<F>> {
    for (const name of this.#names()) if (isSecret(this.#spec(name))) yield name;
  }

  #spec(name: FieldName<F>): FieldSpec {
    const spec = this.options.fields[name];
    if (!spec) throw new TypeError(`[vigie] unknown form field "${name}"`);
    return spec;
  }

  #text(text: Text): string {
    return typeof text === 'function' ? text() : this.t(text);
  }

  #message(error: FieldError): string {
    return typeof error === 'string' ? this.t(error) : this.t(error.key, error.params);
  }
}
