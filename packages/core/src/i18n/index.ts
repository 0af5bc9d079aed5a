/** X-I18N — message catalogs (fr default, en) and locale-aware formatting. */
import type { CalendarDate } from '../shared/calendar.js';
import { fr, type Catalog, type MessageKey } from './fr.js';

export { fr };
export type { Catalog, MessageKey };

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

// French ships with every widget; other catalogs load on first use (a French page never pays for them).
const loaded: Partial<Record<Locale, Catalog>> = { fr };
const loaders: Record<Locale, () => Promise<Catalog>> = {
  fr: async () => fr,
  en: async () => (await import('./en.js')).en,
};

/** Loads a locale's catalog (once); `translate` falls back to French until it is there. */
export async function loadLocale(locale: Locale): Promise<void> {
  loaded[locale] ??= await loaders[locale]();
}

export function isLocaleLoaded(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Reads a locale attribute leniently: `fr-FR` → `fr`, unknown → `fr`. */
export function toLocale(value: string | null | undefined): Locale {
  const short = (value ?? '').slice(0, 2).toLowerCase();
  return isLocale(short) ? short : DEFAULT_LOCALE;
}

export type Params = Readonly<Record<string, string | number>>;

/** The message `key` in `locale`, with `{name}` placeholders filled (text only, never markup). */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = loaded[locale]?.[key] ?? fr[key];
  return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
}

const BCP47: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** JJ/MM/AAAA in French (and DD/MM/YYYY in English): a calendar date, no time zone shift. */
export function formatDate(_locale: Locale, date: CalendarDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

const money = new Map<Locale, Intl.NumberFormat>();
/** Euro amounts from cents: `1 234,50 €` in French, `€1,234.50` in English. */
export function formatAmount(locale: Locale, cents: number): string {
  let f = money.get(locale);
  if (!f) money.set(locale, (f = new Intl.NumberFormat(BCP47[locale], { style: 'currency', currency: 'EUR' })));
  return f.format(cents / 100);
}
