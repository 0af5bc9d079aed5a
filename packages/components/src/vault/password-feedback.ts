/**
 * VA-ACTIVATE / VA-RESET / VA-PROFILE — how the vault widgets word core's password policy
 * (one place, so the three new-password forms say the same thing).
 */
import { checkNewPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordIssue } from '@vigie/core';
import type { FieldError } from '../base/forms/index.js';

/** A policy issue as a message. */
export const passwordError = (issue: PasswordIssue | undefined): FieldError | undefined =>
  issue === 'too-short'
    ? { key: 'vault.password.error.too-short', params: { min: PASSWORD_MIN_LENGTH } }
    : issue === 'too-long'
      ? { key: 'vault.password.error.too-long', params: { max: PASSWORD_MAX_LENGTH } }
      : issue === 'mismatch'
        ? 'vault.password.error.mismatch'
        : undefined;

/** The first length issue of a new password (length first, as core orders them). */
export const newPasswordError = (password: string): FieldError | undefined => passwordError(checkNewPassword(password)[0]);

export type LengthStatus = '' | 'short' | 'ok' | 'long';

/** The live count's state, for its colour and icon. */
export const lengthStatus = (n: number): LengthStatus =>
  n === 0 ? '' : n < PASSWORD_MIN_LENGTH ? 'short' : n > PASSWORD_MAX_LENGTH ? 'long' : 'ok';
