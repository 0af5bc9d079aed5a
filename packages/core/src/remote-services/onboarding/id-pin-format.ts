/**
 * A COPY, for the onboarding's « Connecter l'ID et le PIN » step, of `../id-pin/id-pin-format.ts` as
 * the engineer of RS-IDPIN wrote it (branch h/rs-id-pin): not exported from this folder's index so the
 * two never clash; at merge, import `../id-pin/id-pin-format.js` instead and delete this file.
 *
 * RS-IDPIN — the formats of an ID & PIN pair (seed 000 is silent on them; decided here, and reused by
 * the onboarding's « connecter un ID & PIN » step):
 *
 * - the **ID** is {@link ID_PIN_ID_DIGITS} digits, as printed on a Securitas invitation
 *   (`4010 0000`). Spaces, dots and dashes typed in it are tolerated and dropped: the normalised ID
 *   is the digits only. It is not a secret (it names the pair), so it may be shown and kept in a
 *   field after a failure;
 * - the **PIN** is {@link PIN_MIN_DIGITS} to {@link PIN_MAX_DIGITS} digits (ASCII 0–9 only), never
 *   trimmed nor normalised: what is typed is what is sent. It is a secret: never in a state, an
 *   event, an attribute, a URL, storage or a log.
 */
import { z } from 'zod/mini';

/** RS-IDPIN: an ID has exactly 8 digits. */
export const ID_PIN_ID_DIGITS = 8;
/** RS-IDPIN: a PIN has at least 4 digits… */
export const PIN_MIN_DIGITS = 4;
/** …and at most 6. */
export const PIN_MAX_DIGITS = 6;

/** What may separate the digits of a typed ID (dropped by {@link normalizeIdPinId}). */
const ID_SEPARATORS = /[\s.\-\u00a0\u202f]/g;

/** The ID as the server knows it: the separators a person types dropped (digits are kept as typed). */
export const normalizeIdPinId = (raw: string): string => raw.replace(ID_SEPARATORS, '');

/** Whether a normalised ID has the right form. */
export const isIdPinId = (id: string): boolean => new RegExp(`^\\d{${ID_PIN_ID_DIGITS}}$`).test(id);

export type IdPinIdIssue = 'required' | 'id-format';

/** RS-IDPIN: what is wrong with a typed ID, if anything. */
export function idPinIdIssue(raw: string): IdPinIdIssue | undefined {
  const id = normalizeIdPinId(raw);
  if (id === '') return 'required';
  return isIdPinId(id) ? undefined : 'id-format';
}

/** An ID shown to a person: two groups of four digits (`4010 0000`), as on the invitation. */
export function formatIdPinId(id: string): string {
  const n = normalizeIdPinId(id);
  return isIdPinId(n) ? `${n.slice(0, 4)}\u00a0${n.slice(4)}` : id;
}

export type PinIssue = 'required' | 'pin-digits' | 'pin-length';

/** RS-IDPIN: what is wrong with a typed PIN, if anything (never trimmed: a space is not a digit). */
export function pinIssue(pin: string): PinIssue | undefined {
  if (pin === '') return 'required';
  if (!/^[0-9]+$/.test(pin)) return 'pin-digits';
  return pin.length < PIN_MIN_DIGITS || pin.length > PIN_MAX_DIGITS ? 'pin-length' : undefined;
}

export const isPin = (pin: string): boolean => pinIssue(pin) === undefined;

/** The ID on the wire: exactly the normalised form. */
export const IdPinIdentifier = z.string().check(z.regex(new RegExp(`^\\d{${ID_PIN_ID_DIGITS}}$`)));
/** A PIN on the wire (request bodies only; never in an answer). */
export const Pin = z.string().check(z.regex(new RegExp(`^[0-9]{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`)));
