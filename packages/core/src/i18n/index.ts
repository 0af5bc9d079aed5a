/** X-I18N — message catalogs (fr default, en) and locale-aware formatting. */
import type { CalendarDate } from '../shared/calendar.js';
import type { Catalog, MessageKey } from './fr.js';
import { commonFr } from './common.fr.js';
import { formsFr } from '../shared/messages.fr.js';
import { formatMessage } from './message-format.js';

export type { Catalog, MessageKey };

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/**
 * A service's messages: French at hand, other locales loaded on first use. Each widget names the
 * bundles it needs (`static messages`), so a page carries only the texts of the widgets it shows.
 */
export interface MessageBundle {
  readonly id: string;
  readonly fr: Readonly<Record<string, string>>;
  readonly en: () => Promise<Readonly<Record<string, string>>>;
}

/** The texts every widget shares (errors, retry, forms). Always registered. */
export const commonMessages: MessageBundle = {
  id: 'common',
  fr: { ...commonFr, ...formsFr },
  en: async () => {
    const [common, forms] = await Promise.all([import('./common.en.js'), import('../shared/messages.en.js')]);
    return { ...common.commonEn, ...forms.formsEn };
  },
};

const registered = new Map<string, MessageBundle>();
const texts: Record<Locale, Record<string, string>> = { fr: {}, en: {} };
const ready: Record<Locale, Set<string>> = { fr: new Set(), en: new Set() };
const pending = new Map<string, Promise<void>>();

/** Makes bundles' French texts available at once (idempotent). */
export function registerMessages(...bundles: readonly MessageBundle[]): void {
  for (const b of bundles) {
    if (registered.has(b.id)) continue;
    registered.set(b.id, b);
    Object.assign(texts.fr, b.fr);
    ready.fr.add(b.id);
  }
}
registerMessages(commonMessages);

/** Whether these bundles (default: every registered one) have their `locale` texts loaded. */
export function messagesLoaded(locale: Locale, bundles: Iterable<MessageBundle> = registered.values()): boolean {
  for (const b of bundles) if (!ready[locale].has(b.id)) return false;
  return true;
}

/** Loads these bundles' (default: every registered one's) texts for `locale`, once each. */
export async function loadMessages(locale: Locale, bundles: Iterable<MessageBundle> = [...registered.values()]): Promise<void> {
  await Promise.all(
    [...bundles].map((b) => {
      registerMessages(b);
      if (ready[locale].has(b.id)) return undefined;
      const key = `${locale}:${b.id}`;
      let p = pending.get(key);
      if (!p) {
        p = b.en().then((m) => {
          Object.assign(texts[locale], m);
          ready[locale].add(b.id);
        });
        pending.set(key, p);
      }
      return p;
    }),
  );
}

/** Every registered bundle has its `locale` texts (the provider waits for this before switching). */
export const isLocaleLoaded = (locale: Locale): boolean => messagesLoaded(locale);
export const loadLocale = (locale: Locale): Promise<void> => loadMessages(locale);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Reads a locale attribute leniently: `fr-FR` → `fr`, unknown → `fr`. */
export function toLocale(value: string | null | undefined): Locale {
  const short = (value ?? '').slice(0, 2).toLowerCase();
  return isLocale(short) ? short : DEFAULT_LOCALE;
}

export type Params = Readonly<Record<string, string | number>>;

/**
 * The message `key` in `locale`, its placeholders filled (text only, never markup): `{name}`,
 * French elision `{de name}` (« de Baptiste », « d’Alexandre ») and plurals
 * `{count, plural, one {…} other {…}}` chosen by `Intl.PluralRules` (see `message-format.ts`).
 */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = texts[locale][key] ?? texts.fr[key] ?? key;
  return formatMessage(locale, template, params);
}

export {
  beginsWithVowelSound,
  elide,
  formatMessage,
  isWellFormed,
  placeholderNames,
  pluralCategory,
  ELIDING_WORDS,
} from './message-format.js';

const BCP47: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** JJ/MM/AAAA in French (and DD/MM/YYYY in English): a calendar date, no time zone shift. */
export function formatDate(_locale: Locale, date: CalendarDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export { formatInteger } from './integer.js';

const money = new Map<Locale, Intl.NumberFormat>();
/** Euro amounts from cents: `1 234,50 €` in French, `€1,234.50` in English. */
export function formatAmount(locale: Locale, cents: number): string {
  let f = money.get(locale);
  if (!f) money.set(locale, (f = new Intl.NumberFormat(BCP47[locale], { style: 'currency', currency: 'EUR' })));
  return f.format(cents / 100);
}
