/**
 * X-PROVIDER (issue 8 #8) — what a host gives `<vigie-provider>` is checked before any widget sees
 * it. A value of the wrong shape (`support.hours` given as one string, a `locale` Vigie does not
 * speak, an API address that is not a web address…) gives ONE console warning, naming the
 * property and what was expected (never the value: it could hold a token), and the default is used
 * instead; a widget never receives it, so it can never throw on it.
 *
 * Each check returns the value to use, or `undefined` when it is not acceptable. No rule of a
 * service here: only the shapes the provider's properties promise.
 */
import {
  WEEKDAYS,
  isLocale,
  type GetToken,
  type Locale,
  type OpeningHours,
  type PassportSession,
  type SupportContact,
  type VaultSession,
  type VigieClient,
} from '@vigie/core';

type Check<T> = (value: unknown) => T | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonBlank = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkHours(v: unknown): OpeningHours | undefined {
  if (!isObject(v) || !Array.isArray(v.days) || v.days.length !== 2 || !Array.isArray(v.slots) || v.slots.length === 0) return undefined;
  const [from, to] = v.days as unknown[];
  if (!(WEEKDAYS as readonly unknown[]).includes(from) || !(WEEKDAYS as readonly unknown[]).includes(to)) return undefined;
  for (const slot of v.slots as unknown[]) {
    if (
      !isObject(slot) ||
      typeof slot.from !== 'string' ||
      typeof slot.to !== 'string' ||
      !TIME.test(slot.from) ||
      !TIME.test(slot.to) ||
      slot.from >= slot.to
    )
      return undefined;
  }
  return v as unknown as OpeningHours;
}

/** VA-SUPPORT: an e-mail, a phone as printed, opening hours `{ days: [from, to], slots: [{ from: 'HH:MM', to: 'HH:MM' }] }`. */
export const checkSupport: Check<SupportContact> = (v) =>
  isObject(v) && typeof v.email === 'string' && EMAIL.test(v.email.trim()) && nonBlank(v.phone) && /\d/.test(v.phone) && checkHours(v.hours)
    ? (v as unknown as SupportContact)
    : undefined;

/** `fr` or `en`; a language tag such as `fr-FR` or `en-GB` is read as its language. */
export const checkLocale: Check<Locale> = (v) => {
  if (typeof v !== 'string') return undefined;
  const tag = v.trim().toLowerCase();
  const short = tag.slice(0, 2);
  return isLocale(short) && (tag.length === 2 || tag[2] === '-' || tag[2] === '_') ? short : undefined;
};

export const checkTheme: Check<'light' | 'dark' | 'auto'> = (v) => (v === 'light' || v === 'dark' || v === 'auto' ? v : undefined);

/** A web address (absolute `https://…`, or relative to the page such as `/api`), never `javascript:` or `data:`. */
export const checkApiUrl: Check<string> = (v) => {
  if (!nonBlank(v)) return undefined;
  try {
    const url = new URL(v, globalThis.document?.baseURI ?? 'http://localhost/');
    return url.protocol === 'http:' || url.protocol === 'https:' ? v : undefined;
  } catch {
    return undefined;
  }
};

/** An ISO 8601 date (`2026-03-10`) or date-time. */
export const checkNow: Check<string> = (v) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(T.+)?$/.test(v.trim()) && !Number.isNaN(Date.parse(v.trim())) ? v.trim() : undefined;

export const checkGetToken: Check<GetToken> = (v) => (typeof v === 'function' ? (v as GetToken) : undefined);

/** A client with the four methods of core's `createClient`. */
export const checkClient: Check<VigieClient> = (v) =>
  isObject(v) && (['get', 'post', 'put', 'delete'] as const).every((m) => typeof v[m] === 'function')
    ? (v as unknown as VigieClient)
    : undefined;

const checkSessionShape = (v: unknown) =>
  isObject(v) && nonBlank(v.token) && typeof v.expiresAt === 'string' && !Number.isNaN(Date.parse(v.expiresAt));
export const checkVaultSession: Check<VaultSession> = (v) =>
  checkSessionShape(v) && isObject((v as Record<string, unknown>).user) ? (v as unknown as VaultSession) : undefined;
export const checkPassportSession: Check<PassportSession> = (v) =>
  checkSessionShape(v) && nonBlank((v as Record<string, unknown>).companyName) ? (v as unknown as PassportSession) : undefined;

/** What each property expects, in the warning. */
export const EXPECTED = {
  support: 'an object { email, phone, hours: { days: [from, to], slots: [{ from: "HH:MM", to: "HH:MM" }] } }',
  locale: '"fr" or "en"',
  theme: '"light", "dark" or "auto"',
  apiUrl: 'an http(s) address, absolute or relative to the page (e.g. "/api")',
  now: 'an ISO date ("2026-03-10") or date-time',
  getToken: 'a function ({ refresh }) => token',
  client: 'a client with get, post, put and delete (core’s createClient)',
  vaultSession: 'a vault session { token, expiresAt, user } (or undefined)',
  passportSession: 'a passport session { token, expiresAt, companyName, … } (or undefined)',
} as const;

export type CheckedProperty = keyof typeof EXPECTED;

/**
 * Remembers which wrong value was already reported for each property, so that the same value
 * read again at each render warns once; a new wrong value warns again.
 */
export class InputWarnings {
  readonly #reported = new Map<CheckedProperty, unknown>();

  /** `value` if its check accepts it; else `fallback`, with one warning for this value. Absent values (undefined, null) take the fallback silently. */
  valid<T, F extends T | undefined>(name: CheckedProperty, value: unknown, check: Check<T>, fallback: F): T | F {
    if (value === undefined || value === null) {
      this.#reported.delete(name);
      return fallback;
    }
    const ok = check(value);
    if (ok !== undefined) {
      this.#reported.delete(name);
      return ok;
    }
    if (!this.#reported.has(name) || this.#reported.get(name) !== value) {
      this.#reported.set(name, value);
      console.warn(
        `[vigie] <vigie-provider> ${name === 'apiUrl' ? 'api-url' : name}: expected ${EXPECTED[name]}; the default is used instead.`,
      );
    }
    return fallback;
  }
}
