/**
 * VA-LOGIN — the identifier of the payslip vault (seed 002, question 4): every user has two,
 * the 12-digit identifier printed on the enrolment letter and the personal e-mail given at
 * the first login. Either one signs in.
 *
 * What the user typed is only *hinted* at here (`identifierKind`): the widget never blocks a
 * submission on the format, the server decides. `normalizeIdentifier` is the one canonical
 * form, used both to send the identifier and, on the server, to count failed attempts per
 * identifier (VA-LOGIN lockout).
 */
import { EMAIL_MAX_LENGTH, isEmail } from '../shared/text.js';

/** VA-LOGIN: the identifier of the enrolment letter has exactly 12 digits. */
export const IDENTIFIER_DIGITS = 12;

/** Longest identifier accepted at all (an e-mail address is at most 254 characters, RFC 5321). */
export const IDENTIFIER_MAX_LENGTH = EMAIL_MAX_LENGTH;

export const IDENTIFIER_KINDS = ['number', 'email', 'unknown'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** 12 digits, in groups separated by spaces as printed on the letter (`1234 5678 9012`). */
const NUMBER_RE = /^\d(?:\s*\d){11}$/;

/** Whether the value is a 12-digit identifier, spaces between digits allowed. */
export function isIdentifierNumber(value: string): boolean {
  return NUMBER_RE.test(value.trim());
}

/**
 * VA-LOGIN: what the value looks like: `number` (12 digits), `email`, or `unknown`.
 * A format hint for the widget, never a reason to refuse: the server decides.
 */
export function identifierKind(value: string): IdentifierKind {
  if (isIdentifierNumber(value)) return 'number';
  if (isEmail(value)) return 'email';
  return 'unknown';
}

/**
 * The canonical form of an identifier: trimmed; a 12-digit number without its spaces
 * (`" 1234 5678 9012 "` → `"123456789012"`); an e-mail in lower case; anything else trimmed
 * and in Unicode NFC (so that the same text typed two ways counts as one identifier).
 */
export function normalizeIdentifier(value: string): string {
  const v = value.trim().normalize('NFC');
  if (NUMBER_RE.test(v)) return v.replace(/\s+/g, '');
  if (isEmail(v)) return v.toLowerCase();
  return v;
}

/** `123456789012` → `1234 5678 9012`, as printed on the enrolment letter (other values unchanged). */
export function formatIdentifierNumber(value: string): string {
  const n = normalizeIdentifier(value);
  return /^\d{12}$/.test(n) ? `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}` : value;
}
