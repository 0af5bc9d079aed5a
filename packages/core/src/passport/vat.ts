/**
 * PP-REGISTER — the intra-community VAT number, asked instead of the SIRET through « Vous n'avez
 * pas de numéro SIRET ? » (seed 004): a company without a SIRET is typically established in
 * another member state of the EU.
 *
 * - Normalised first: upper case, spaces, dots and dashes removed (`fr 40-303.265.045` →
 *   `FR40303265045`).
 * - The first two letters are the country code as VIES writes it: `EL` for Greece (not `GR`),
 *   `XI` for Northern Ireland (VAT on goods, since 2021).
 * - France is checked in full: `FR` + a 2-character key + the 9-digit SIREN; the SIREN must be
 *   valid (Luhn) and a numeric key must be (12 + 3 × (SIREN mod 97)) mod 97. Keys with letters
 *   (an older DGFiP scheme, still valid on some numbers) are accepted on a valid SIREN: their
 *   algorithm is not published.
 * - Every other country is checked by the format of its numbers ({@link VAT_FORMATS}); only the
 *   country's administration (through VIES) can say that a well-formed number exists.
 */
import { SIREN_DIGITS, checkSiren } from './siret.js';

/**
 * The format of the national part (after the 2-letter code) of every VAT number VIES knows.
 * Source: European Commission, VIES, « What is the structure of a VAT number? » (the FAQ of
 * ec.europa.eu/taxation_customs/vies), 27 member states + XI (Northern Ireland).
 */
export const VAT_FORMATS = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  /** A letter or a digit at each end, not both digits. */
  ES: /^(?:[A-Z]\d{7}[A-Z\d]|\d{8}[A-Z])$/,
  FI: /^\d{8}$/,
  /** A 2-character key (digits, or letters without I and O) + the SIREN. */
  FR: /^[\dA-HJ-NP-Z]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  /** New format (7 digits, 1 or 2 letters) or old one (a letter or `+`/`*` in 2nd position). */
  IE: /^(?:\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(?:\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  /** 2 to 10 digits, no leading zero. */
  RO: /^[1-9]\d{1,9}$/,
  /** 12 digits ending in 01. */
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  /** UK formats: 9 or 12 digits, government departments (GD) and health authorities (HA). */
  XI: /^(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
} as const satisfies Record<string, RegExp>;

export type VatCountryCode = keyof typeof VAT_FORMATS;
export const VAT_COUNTRY_CODES = Object.keys(VAT_FORMATS) as readonly VatCountryCode[];

export const VAT_ISSUES = ['required', 'country', 'format', 'checksum'] as const;
/**
 * `required`: nothing typed; `country`: does not start with the code of an EU member state (or XI);
 * `format`: not the format of that country; `checksum`: a French number whose SIREN or key is wrong.
 */
export type VatIssue = (typeof VAT_ISSUES)[number];

export interface VatNumber {
  readonly country: VatCountryCode;
  /** The national part, after the country code. */
  readonly number: string;
}

/** `fr 40-303.265.045` → `FR40303265045`: upper case; spaces, dots and dashes removed. */
export function normalizeVat(value: string): string {
  return value.toUpperCase().replace(/[\s\u00a0\u202f.\-‐‑‒–—]+/g, '');
}

export function isVatCountryCode(value: unknown): value is VatCountryCode {
  return typeof value === 'string' && Object.hasOwn(VAT_FORMATS, value);
}

/** The key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97, on two digits. */
export function frenchVatKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
}

/** `303265045` → `FR40303265045` (the SIREN is expected valid). */
export const frenchVatOf = (siren: string): string => `FR${frenchVatKey(siren)}${siren}`;

function frenchChecksumValid(national: string): boolean {
  const key = national.slice(0, 2);
  const siren = national.slice(2);
  if (siren.length !== SIREN_DIGITS || checkSiren(siren) !== undefined) return false;
  return /^\d{2}$/.test(key) ? key === frenchVatKey(siren) : true;
}

/** PP-REGISTER: what is wrong with a VAT number, or undefined when it is valid. */
export function checkVat(value: string): VatIssue | undefined {
  const vat = normalizeVat(value);
  if (vat === '') return 'required';
  const country = vat.slice(0, 2);
  if (!isVatCountryCode(country)) return 'country';
  const national = vat.slice(2);
  if (!VAT_FORMATS[country].test(national)) return 'format';
  if (country === 'FR' && !frenchChecksumValid(national)) return 'checksum';
  return undefined;
}

export const isValidVat = (value: string): boolean => checkVat(value) === undefined;

/** The country and national part of a valid VAT number, or undefined. */
export function parseVat(value: string): VatNumber | undefined {
  if (!isValidVat(value)) return undefined;
  const vat = normalizeVat(value);
  return { country: vat.slice(0, 2) as VatCountryCode, number: vat.slice(2) };
}
