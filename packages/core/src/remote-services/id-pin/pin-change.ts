/**
 * RS-IDPIN — a PIN change (seed 000 « modifier un code PIN »): the current PIN, then the new one
 * twice. Each is {@link PIN_MIN_DIGITS}–{@link PIN_MAX_DIGITS} digits; the two new ones must be the
 * same; the new one must differ from the current one. The server checks the current one (a wrong
 * one counts toward the same throttle as a wrong pair: see `throttle.ts`).
 *
 * The check runs in the form, where the PINs are; what leaves it is only the list of issues (field
 * and reason), never a PIN.
 */
import { pinIssue, type PinIssue } from './id-pin-format.js';

export const PIN_CHANGE_FIELDS = ['currentPin', 'newPin', 'confirmation'] as const;
export type PinChangeField = (typeof PIN_CHANGE_FIELDS)[number];

export type PinChangeIssue = PinIssue | 'pin-mismatch' | 'pin-same';

export interface PinChangeProblem {
  readonly field: PinChangeField;
  readonly issue: PinChangeIssue;
}

/** RS-IDPIN: every issue of a PIN change, in field order (empty: it may be sent). */
export function checkPinChange(currentPin: string, newPin: string, confirmation: string): PinChangeProblem[] {
  const problems: PinChangeProblem[] = [];
  const current = pinIssue(currentPin);
  if (current) problems.push({ field: 'currentPin', issue: current });
  const next = pinIssue(newPin);
  if (next) problems.push({ field: 'newPin', issue: next });
  else if (current === undefined && newPin === currentPin) problems.push({ field: 'newPin', issue: 'pin-same' });
  if (confirmation === '') problems.push({ field: 'confirmation', issue: 'required' });
  else if (confirmation !== newPin) problems.push({ field: 'confirmation', issue: 'pin-mismatch' });
  return problems;
}
