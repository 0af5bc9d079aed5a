/**
 * PP-REGISTER — the SIREN and SIRET numbers of a French company (seed 004, « Numéro de SIRET »).
 *
 * - SIREN: 9 digits identifying the company; SIRET: 14 digits, the SIREN followed by the
 *   5-digit number of one establishment (NIC).
 * - Both end with a Luhn check digit (the INSEE rule).
 * - Exception, La Poste (SIREN 356 000 000): its establishments were numbered before the rule and
 *   their SIRETs do not pass Luhn; the INSEE rule for them is that the sum of the 14 digits is a
 *   multiple of 5. Its head office, 356 000 000 00048, is the one La Poste SIRET numbered by the
 *   ordinary rule (it passes Luhn; its digits add up to 26): it is checked by Luhn, as the
 *   reference implementations (python-stdnum `fr.siret`) do, so the head office is not refused.
 *
 * What the user typed is normalised first (spaces removed: `732 829 320 00074`); issues are
 * typed (`required`, `format`, `checksum`) so the form can say what is wrong.
 */

/** PP-REGISTER: a SIREN has 9 digits. */
export const SIREN_DIGITS = 9;
/** PP-REGISTER: a SIRET has 14 digits (the SIREN + a 5-digit establishment number). */
export const SIRET_DIGITS = 14;
/** The SIREN of La Poste, whose establishments' SIRETs follow the sum-of-digits rule. */
export const LA_POSTE_SIREN = '356000000';
/** The SIRET of La Poste's head office: numbered by the ordinary (Luhn) rule. */
export const LA_POSTE_HEAD_OFFICE_SIRET = '35600000000048';
/** La Poste's establishments: the sum of the 14 digits is a multiple of this. */
export const LA_POSTE_DIGIT_SUM_DIVISOR = 5;

export const SIRET_ISSUES = ['required', 'format', 'checksum'] as const;
/** `required`: nothing typed; `format`: not exactly 9 (SIREN) / 14 (SIRET) digits; `checksum`: the check digit is wrong. */
export type SiretIssue = (typeof SIRET_ISSUES)[number];

/** Spaces people type between digit groups (ordinary, no-break and narrow no-break spaces, tabs). */
const SPACES = /[\s\u00a0\u202f]+/g;

/** `" 732 829 320 00074 "` → `"73282932000074"` (only spaces are removed: anything else stays and fails the format). */
export function normalizeSiret(value: string): string {
  return value.replace(SPACES, '');
}

/** The Luhn check (ISO/IEC 7812-1) of a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const digitSum = (digits: string): number => [...digits].reduce((sum, c) => sum + (c.charCodeAt(0) - 48), 0);

function checkDigits(value: string, length: number, checksum: (digits: string) => boolean): SiretIssue | undefined {
  const digits = normalizeSiret(value);
  if (digits === '') return 'required';
  if (digits.length !== length || !/^\d+$/.test(digits)) return 'format';
  return checksum(digits) ? undefined : 'checksum';
}

/** PP-REGISTER: what is wrong with a SIREN, or undefined when it is valid. */
export function checkSiren(value: string): SiretIssue | undefined {
  return checkDigits(value, SIREN_DIGITS, luhnValid);
}

/** The checksum rule of a normalised 14-digit SIRET (Luhn, or La Poste's sum of digits). */
function siretChecksumValid(siret: string): boolean {
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_HEAD_OFFICE_SIRET) return digitSum(siret) % LA_POSTE_DIGIT_SUM_DIVISOR === 0;
  return luhnValid(siret);
}

/** PP-REGISTER: what is wrong with a SIRET, or undefined when it is valid. */
export function checkSiret(value: string): SiretIssue | undefined {
  return checkDigits(value, SIRET_DIGITS, siretChecksumValid);
}

export const isValidSiren = (value: string): boolean => checkSiren(value) === undefined;
export const isValidSiret = (value: string): boolean => checkSiret(value) === undefined;

/** The SIREN (first 9 digits) of a SIRET, as typed or normalised. */
export const sirenOfSiret = (siret: string): string => normalizeSiret(siret).slice(0, SIREN_DIGITS);

/** `73282932000074` → `732 829 320 00074`, as INSEE prints it (anything that is not 14 digits is returned unchanged). */
export function formatSiret(value: string): string {
  const d = normalizeSiret(value);
  return /^\d{14}$/.test(d) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 9)} ${d.slice(9)}` : value;
}
