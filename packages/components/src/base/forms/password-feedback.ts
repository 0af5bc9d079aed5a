/**
 * VA-ACTIVATE / VA-RESET / VA-PROFILE / VA-LOGIN, PP-REGISTER / PP-LOGIN — how the light-DOM
 * widgets word core's password policy (one place, so every new-password form says the same thing,
 * with the `vault.password.*` catalog texts), and the live length of a new password shown under it.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  checkNewPassword,
  isPasswordRefusal,
  passwordLength,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type MessageKey,
  type Params,
  type PasswordRefusal,
} from '@vigie/core';
import type { ApiFailure } from '@vigie/core/api';
import type { FieldError } from './form-controller.js';
import { checkIcon } from './form-icons.js';

/** A policy issue (or a server's refusal: `common`, `same-as-current`, `same-as-temporary`) as a message. */
export const passwordError = (issue: PasswordRefusal | undefined): FieldError | undefined =>
  issue === 'too-short'
    ? { key: 'vault.password.error.too-short', params: { min: PASSWORD_MIN_LENGTH } }
    : issue === 'too-long'
      ? { key: 'vault.password.error.too-long', params: { max: PASSWORD_MAX_LENGTH } }
      : issue === undefined
        ? undefined
        : `vault.password.error.${issue}`;

/** The refusals a `/problems/password-policy` answer gives (`issues`), the ones this version knows. */
export function passwordRefusalsOf(failure: ApiFailure | undefined): PasswordRefusal[] {
  const issues = failure && 'problem' in failure ? (failure.problem as { issues?: unknown }).issues : undefined;
  return Array.isArray(issues) ? issues.filter(isPasswordRefusal) : [];
}

/**
 * VA-ACTIVATE / VA-RESET / VA-PROFILE / VA-LOGIN (issue 8 #5): the message for a new password the
 * server refused, by its reason (too common, the current or the temporary one again…), or the
 * generic « not accepted » when it gave none this version knows.
 */
export const refusedPasswordError = (failure: ApiFailure | undefined): FieldError =>
  passwordError(passwordRefusalsOf(failure).find((i) => i !== 'mismatch')) ?? 'vault.password.error.rejected';

/** The first length issue of a new password (length first, as core orders them). */
export const newPasswordError = (password: string): FieldError | undefined =>
  passwordError(checkNewPassword(password).find((i) => i !== 'mismatch'));

export type LengthStatus = '' | 'short' | 'ok' | 'long';

/** The live count's state, for its colour and icon. */
export const lengthStatus = (n: number): LengthStatus =>
  n === 0 ? '' : n < PASSWORD_MIN_LENGTH ? 'short' : n > PASSWORD_MAX_LENGTH ? 'long' : 'ok';

/** « 12 caractères, 11 au minimum », or the too-long message past the maximum. */
export const lengthText = (t: (key: MessageKey, params?: Params) => string, n: number): string =>
  n > PASSWORD_MAX_LENGTH
    ? t('vault.password.error.too-long', { max: PASSWORD_MAX_LENGTH })
    : t('vault.password.count', { count: n, min: PASSWORD_MIN_LENGTH });

/**
 * The live length of a new password (never the password itself): put `onInput` on an element
 * around the field, `render(id)` under it (the field's `describedBy` names that id). The count is
 * always visible; screen readers hear it politely only when its state changes (too short → long
 * enough → too long), not at each key.
 */
export class PasswordLengthController implements ReactiveController {
  #length = 0;
  #status: LengthStatus = '';
  #announcement = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The `name` of the new-password input. */
    private readonly field: string,
    /** The host's catalog lookup (its locale, at render time). */
    private readonly t: (key: MessageKey, params?: Params) => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Back to nothing typed (a form reset, a failure that empties the field). */
  reset(): void {
    this.#length = 0;
    this.#status = '';
    this.#announcement = '';
    this.host.requestUpdate();
  }

  readonly onInput = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    if (input.name !== this.field) return;
    // Only the length is kept, in code points (an emoji counts 1).
    this.#length = passwordLength(input.value);
    const status = lengthStatus(this.#length);
    if (status !== this.#status) {
      this.#status = status;
      this.#announcement = status === '' ? '' : this.#text();
    }
    this.host.requestUpdate();
  };

  #text(): string {
    return lengthText(this.t, this.#length);
  }

  /** The count (`vigie-panel-count`, `is-ok` / `is-long`) and its polite announcement. */
  render(id: string) {
    const status = this.#status;
    return html`<p class="vigie-panel-count${status === 'ok' ? ' is-ok' : status === 'long' ? ' is-long' : ''}" id=${id}>
        ${status === 'ok' ? checkIcon : nothing}<span>${this.#text()}</span>
      </p>
      <p class="vigie-sr-only" aria-live="polite">${this.#announcement}</p>`;
  }
}
