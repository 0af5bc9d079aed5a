/**
 * VA-SUPPORT — the support contact of the vault. Merging vaults (seed 002, question 7) and
 * re-activating paperless payslips (question 9) go through support only, and a lock that
 * persists sends the person there too (question 1). It is configuration of the provider, not an
 * endpoint: a host gives its own, the default is the seed's.
 */
import type { Locale } from '../i18n/index.js';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A time of day `HH:MM` (24 h). */
export type TimeOfDay = `${number}:${number}`;

export interface OpeningSlot {
  readonly from: TimeOfDay;
  readonly to: TimeOfDay;
}

/** Opening hours: the same slots every day from `days[0]` to `days[1]`. */
export interface OpeningHours {
  readonly days: readonly [from: Weekday, to: Weekday];
  readonly slots: readonly OpeningSlot[];
}

export interface SupportContact {
  readonly email: string;
  /** As printed for people (`05 82 01 01 01`); `supportPhoneHref` gives the `tel:` link. */
  readonly phone: string;
  readonly hours: OpeningHours;
}

/**
 * VA-SUPPORT: the seed's support (seed 002, questions 7 and 9): mycecurity@cecurity.com,
 * 05 82 01 01 01, Monday to Friday 09:00–12:00 and 14:00–17:00. (The seed also spells the
 * address « myceurity@ceurity.com » and « mycecurity@ceurity.com »: typos, the domain is cecurity.com.)
 */
export const DEFAULT_SUPPORT_CONTACT: SupportContact = {
  email: 'mycecurity@cecurity.com',
  phone: '05 82 01 01 01',
  hours: {
    days: ['monday', 'friday'],
    slots: [
      { from: '09:00', to: '12:00' },
      { from: '14:00', to: '17:00' },
    ],
  },
};

/**
 * The vault's own site, where employees sign in (seed 002, question 6: « www.mycecurity.com, et
 * non www.cecurity.com »): quoted by the empty state of the documents.
 */
export const DEFAULT_VAULT_SITE = 'www.mycecurity.com';

const DAY_NAMES: Record<Locale, Record<Weekday, string>> = {
  fr: {
    monday: 'lundi',
    tuesday: 'mardi',
    wednesday: 'mercredi',
    thursday: 'jeudi',
    friday: 'vendredi',
    saturday: 'samedi',
    sunday: 'dimanche',
  },
  en: {
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
    sunday: 'Sunday',
  },
};

/**
 * The hours as a sentence: fr « du lundi au vendredi de 09:00 à 12:00 et de 14:00 à 17:00 »
 * (the seed's words), en « Monday to Friday, 09:00–12:00 and 14:00–17:00 ».
 */
export function formatSupportHours(locale: Locale, hours: OpeningHours): string {
  const [first, last] = hours.days;
  const names = DAY_NAMES[locale];
  if (locale === 'fr') {
    const days = first === last ? `le ${names[first]}` : `du ${names[first]} au ${names[last]}`;
    return `${days} ${hours.slots.map((s) => `de ${s.from} à ${s.to}`).join(' et ')}`;
  }
  const days = first === last ? names[first] : `${names[first]} to ${names[last]}`;
  const slots = hours.slots.map((s) => `${s.from}–${s.to}`);
  return `${days}, ${slots.length > 1 ? `${slots.slice(0, -1).join(', ')} and ${slots.at(-1)!}` : (slots[0] ?? '')}`;
}

/** `05 82 01 01 01` → `tel:+33582010101` (a French national number becomes international). */
export function supportPhoneHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (/^0\d{9}$/.test(digits)) return `tel:+33${digits.slice(1)}`;
  return `tel:${digits}`;
}

/** `mailto:` link to support, with an optional subject. */
export function supportMailHref(email: string, subject?: string): string {
  return `mailto:${email}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`;
}
