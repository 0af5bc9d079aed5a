import { expiryWarningEnd, rosterStatus } from '../../packages/core/src/passport/roster-status.ts';

/**
 * What every roster bench page shows and searches: the roster's columns, French labels (as the
 * passport catalog words them), and the text of each cell. Shared by the contender pages and by
 * the harness's reference (what the rows should be after a keystroke).
 */

/** Every page uses this row height (px) and shows the same columns in this order. */
export const ROW_HEIGHT = 40;
/** The scrolling list's height (px), its header row included, in every page. */
export const LIST_HEIGHT = 520;

export const COLUMNS = [
  { key: 'firstName', label: 'Prénom' },
  { key: 'lastName', label: 'Nom' },
  { key: 'profile', label: 'Profil' },
  { key: 'passportUrl', label: 'Passeport sécurité' },
  { key: 'state', label: 'État' },
  { key: 'expiresOn', label: 'Expiration' },
  { key: 'actions', label: 'Actions' },
];

export const PROFILE_LABELS = {
  administrative: 'Salarié administratif',
  'administrative-trainer': 'Salarié administratif · formateur',
  'administrative-checker': 'Salarié administratif · contrôleur',
  'administrative-trainer-checker': 'Salarié administratif · formateur · contrôleur',
  technical: 'Salarié technique',
  'technical-trainer': 'Salarié technique · formateur',
  'technical-checker': 'Salarié technique · contrôleur',
  'technical-trainer-checker': 'Salarié technique · formateur · contrôleur',
};
/**
 * The state each page shows and searches is the roster's « state shown today » (PP-ROSTER,
 * `roster-status.ts`): « Actif », « Bloqué », « Expiré » (awareness expired) or « Expire bientôt »
 * (within `EXPIRY_WARNING_DAYS`), « — » when not started. Every page rates it from the same fixed
 * « today » (`TODAY`, the roster page's provider `now`), so that all three pages show and search the
 * same words; with the labels of the passport catalog.
 */
export const TODAY = '2026-03-10';
export const STATE_LABELS = { active: 'Actif', blocked: 'Bloqué', expired: 'Expiré', expiring: 'Expire bientôt' };
export const NONE = '—';
const WARN_UNTIL = expiryWarningEnd(TODAY);
/** The state shown today (`rosterStatus`), or `not-started`. */
export const statusOf = (row) => rosterStatus(row, TODAY, WARN_UNTIL);

export const profileText = (row) => PROFILE_LABELS[row.profile];
export const stateText = (row) => STATE_LABELS[statusOf(row)] ?? NONE;
/** `2027-03-31` → `31/03/2027` (string slicing: no formatter call per cell). */
export const dateText = (iso) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : NONE);

/** Lower case, accents dropped: « Hélène » → « helene ». */
export const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A row's search text, folded once: first name, last name, e-mail, and the profile and state
 * labels as shown today (the fields the roster searches).
 */
export const haystackOf = (row) =>
  fold(`${row.firstName}\n${row.lastName}\n${row.email ?? ''}\n${PROFILE_LABELS[row.profile]}\n${STATE_LABELS[statusOf(row)] ?? ''}`);

/** The contenders' collation for a sort: French, accents and case ignored, numbers by value. */
export const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
