/**
 * PP-ROSTER — deterministic demo employees for the mock API's passport store, the stories and the
 * benchmarks: the company « Granulats Dupont » with as many employees as asked (the roster must stay
 * fluid at 100,000).
 *
 * What the rows look like follows the roster of seed 004: first names as typed (« Sébastien »), last
 * names in capitals (« PETIT »), a profile, and then either « - - - » (enrolled, not started: no
 * passport, no state, no expiry), « Voir le passeport / Actif / date » (active), or « - / Bloqué / - »
 * (blocked, as « John WEST » in the seed). Names are French and often accented (Hélène, Jérôme,
 * LEFÈVRE, LECŒUR…), so search and sort meet accents, ligatures, apostrophes and hyphens.
 *
 * Deterministic: the same `(count, seed)` always gives the same rows, and a shorter list is a prefix
 * of a longer one with the same seed (so pages of a large list can be generated lazily).
 */
import { PROFILE_IDS, type Employee, type EmployeeState, type ProfileId } from '@vigie/core/passport';

/** The demo company's e-mail domain: every employee e-mail is on it. */
export const DEMO_EMAIL_DOMAIN = 'granulats-dupont.fr';

/** Share of employees enrolled with a contact e-mail (the others: « Pas d'adresse e-mail ? »). */
export const EMAIL_SHARE = 0.7;
/** Share of employees enrolled but not started: no passport, no state, no expiry (« - - - »). */
export const NOT_STARTED_SHARE = 0.25;
/** Share of employees blocked (PP-BLOCK: a module failed more than 3 times). */
export const BLOCKED_SHARE = 0.02;
/** Active employees' awareness expires between these days (inclusive, `YYYY-MM-DD`). */
export const EXPIRY_RANGE = { from: '2025-01-01', to: '2028-12-31' } as const;

/** How often each profile comes up (relative weights): mostly technical staff, few trainers and checkers. */
export const PROFILE_WEIGHTS: Readonly<Record<ProfileId, number>> = {
  administrative: 26,
  'administrative-trainer': 3,
  'administrative-checker': 4,
  'administrative-trainer-checker': 1,
  technical: 48,
  'technical-trainer': 6,
  'technical-checker': 9,
  'technical-trainer-checker': 3,
};

/** French first names, accented ones included, a few compound ones. */
export const DEMO_FIRST_NAMES = [
  'Hélène',
  'Léa',
  'Jérôme',
  'François',
  'Zoé',
  'Chloé',
  'Noël',
  'Agnès',
  'Anaïs',
  'Benoît',
  'Cécile',
  'Céline',
  'Clémence',
  'Élodie',
  'Émilie',
  'Éric',
  'Frédéric',
  'Gaëlle',
  'Gérard',
  'Inès',
  'Jérémy',
  'Joël',
  'Loïc',
  'Maëlle',
  'Mélanie',
  'Michaël',
  'Raphaël',
  'Sébastien',
  'Stéphane',
  'Thérèse',
  'Valérie',
  'Véronique',
  'Aurélien',
  'Amélie',
  'Aurélie',
  'Océane',
  'Théo',
  'Maëva',
  'Clément',
  'Jérémie',
  'Anne-Sophie',
  'Jean-Pierre',
  'Jean-François',
  'Marie-Claire',
  'Pierre-Yves',
  'Thomas',
  'Nicolas',
  'Julien',
  'Camille',
  'Manon',
  'Lucas',
  'Hugo',
  'Louis',
  'Emma',
  'Sarah',
  'Laura',
  'Julie',
  'Marie',
  'Nathalie',
  'Isabelle',
  'Sophie',
  'Christophe',
  'Philippe',
  'Patrick',
  'Alain',
  'Olivier',
  'Laurent',
  'David',
  'Pascal',
  'Antoine',
  'Maxime',
  'Alexandre',
  'Romain',
  'Kévin',
  'Mathieu',
  'Guillaume',
  'Vincent',
  'Bruno',
  'Didier',
  'Sylvie',
  'Catherine',
  'Christine',
  'Sandrine',
  'Karine',
  'Virginie',
  'Audrey',
  'Pauline',
  'Marine',
  'Lucie',
  'Mathis',
  'Enzo',
  'Nathan',
  'Yanis',
  'Mehdi',
  'Karim',
  'Sofiane',
  'Fatima',
  'Nadia',
  'Samira',
  'Mohamed',
  'Dominique',
  'John',
  'Baptiste',
  'Arnaud',
  'Cédric',
  'Damien',
  'Fabrice',
  'Gaël',
] as const;

/** French last names as the roster stores them (capitals, accents kept), with particles and apostrophes. */
export const DEMO_LAST_NAMES = [
  'MARTIN',
  'BERNARD',
  'THOMAS',
  'PETIT',
  'ROBERT',
  'RICHARD',
  'DURAND',
  'DUBOIS',
  'MOREAU',
  'LAURENT',
  'SIMON',
  'MICHEL',
  'LEFÈVRE',
  'LEROY',
  'ROUX',
  'DAVID',
  'BERTRAND',
  'MOREL',
  'FOURNIER',
  'GIRARD',
  'BONNET',
  'DUPONT',
  'LAMBERT',
  'FONTAINE',
  'ROUSSEAU',
  'VINCENT',
  'MULLER',
  'LEFEBVRE',
  'FAURE',
  'ANDRÉ',
  'MERCIER',
  'BLANC',
  'GUÉRIN',
  'BOYER',
  'GARNIER',
  'CHEVALIER',
  'FRANÇOIS',
  'LEGRAND',
  'GAUTHIER',
  'GARCIA',
  'PERRIN',
  'ROBIN',
  'CLÉMENT',
  'MORIN',
  'NICOLAS',
  'HENRY',
  'ROUSSEL',
  'MATHIEU',
  'MASSON',
  'MARCHAND',
  'DUVAL',
  'DENIS',
  'DUMONT',
  'LEMAIRE',
  'NOËL',
  'MEYER',
  'DUFOUR',
  'MEUNIER',
  'BRUN',
  'BLANCHARD',
  'GIRAUD',
  'JOLY',
  'RIVIÈRE',
  'LUCAS',
  'BRUNET',
  'GAILLARD',
  'BARBIER',
  'ARNAUD',
  'MARTINEZ',
  'GÉRARD',
  'ROCHE',
  'RENARD',
  'SCHMITT',
  'ROY',
  'LEROUX',
  'COLIN',
  'VIDAL',
  'CARON',
  'PICARD',
  'ROGER',
  'FABRE',
  'AUBERT',
  'LEMOINE',
  'RENAUD',
  'DUMAS',
  'LACROIX',
  'OLIVIER',
  'BOURGEOIS',
  'BENOÎT',
  'LECLERC',
  'ROLLAND',
  'GUILLAUME',
  'LECOMTE',
  'LOPEZ',
  'DUPUY',
  'HUBERT',
  'BERGER',
  'CARPENTIER',
  'DUPUIS',
  'MOULIN',
  'DESCHAMPS',
  'VASSEUR',
  'BOUCHER',
  'FLEURY',
  'POIRIER',
  'CARRÉ',
  'MÉNARD',
  'MAILLARD',
  'HERVÉ',
  'LE GALL',
  'LÉGER',
  'BOUVIER',
  'PRÉVOST',
  'LE ROUX',
  'GERMAIN',
  'RÉMY',
  'LE GOFF',
  'LÉVÊQUE',
  'BARRÉ',
  'WEBER',
  'ÉTIENNE',
  'DA SILVA',
  'LEMAÎTRE',
  'BÉNARD',
  'MARÉCHAL',
  'BARTHÉLEMY',
  'GÉRAUD',
  'DUPRÉ',
  "D'ALMEIDA",
  "N'DIAYE",
  'LECŒUR',
  'SAINT-MARTIN',
  'WEST',
  'MIXTE',
] as const;

/** One day, in milliseconds. */
const DAY_MS = 86_400_000;

/**
 * mulberry32: a small, fast 32-bit PRNG, plenty for demo data (not for anything secret). Returns
 * floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `emp-000001` for the first employee: stable, sortable ids (wider past 999,999). */
export const employeeId = (index: number): string => `emp-${String(index + 1).padStart(6, '0')}`;

/** The e-mail local part of a name: no accents, lower case, no spaces nor apostrophes (« LE GALL » → « legall »). */
export function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9-]/g, '');
}

/** Every day of {@link EXPIRY_RANGE}, formatted once. */
function expiryDays(): readonly string[] {
  const from = Date.parse(`${EXPIRY_RANGE.from}T00:00:00Z`);
  const to = Date.parse(`${EXPIRY_RANGE.to}T00:00:00Z`);
  const days: string[] = [];
  for (let t = from; t <= to; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** Cumulative profile weights, to draw a profile with one random number. */
function profilePicker(): (r: number) => ProfileId {
  const total = PROFILE_IDS.reduce((sum, id) => sum + PROFILE_WEIGHTS[id], 0);
  let acc = 0;
  const bounds = PROFILE_IDS.map((id) => (acc += PROFILE_WEIGHTS[id] / total));
  return (r) => PROFILE_IDS[bounds.findIndex((bound) => r < bound)] ?? PROFILE_IDS[PROFILE_IDS.length - 1]!;
}

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length)]!;

/** A name and its e-mail part, folded once per call rather than once per row. */
interface Name {
  readonly name: string;
  readonly emailPart: string;
}
const names = (list: readonly string[]): readonly Name[] => list.map((name) => ({ name, emailPart: emailPart(name) }));

/**
 * PP-ROSTER: `count` employees of the demo company, ids `emp-000001`…, version 1. About 70 % have an
 * e-mail (`prenom.nom@granulats-dupont.fr`, numbered when taken), 25 % have not started, 2 % are
 * blocked, the others are active with a passport (`/passeports/<id>`) expiring in 2025–2028.
 */
export function generateEmployees(count: number, seed = 1): Employee[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`generateEmployees: count must be a whole number ≥ 0, got ${count}`);
  const random = mulberry32(seed);
  const days = expiryDays();
  const profileOf = profilePicker();
  const firstNames = names(DEMO_FIRST_NAMES);
  const lastNames = names(DEMO_LAST_NAMES);
  const emailsTaken = new Map<string, number>();
  const rows: Employee[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const id = employeeId(i);
    const first = pick(firstNames, random());
    const last = pick(lastNames, random());
    const email = random() < EMAIL_SHARE ? uniqueEmail(`${first.emailPart}.${last.emailPart}`, emailsTaken) : null;
    const profile = profileOf(random());
    const progress = random();
    const expiry = pick(days, random());
    const state: EmployeeState | null =
      progress < NOT_STARTED_SHARE ? null : progress < NOT_STARTED_SHARE + BLOCKED_SHARE ? 'blocked' : 'active';
    const active = state === 'active';
    rows[i] = {
      id,
      firstName: first.name,
      lastName: last.name,
      email,
      profile,
      passportUrl: active ? `/passeports/${id}` : null,
      state,
      expiresOn: active ? expiry : null,
      version: 1,
    };
  }
  return rows;
}

/** `local@domain`, or `local2@domain`, `local3@domain`… when the address is already taken. */
function uniqueEmail(local: string, taken: Map<string, number>): string {
  const seen = (taken.get(local) ?? 0) + 1;
  taken.set(local, seen);
  return `${seen === 1 ? local : `${local}${seen}`}@${DEMO_EMAIL_DOMAIN}`;
}
