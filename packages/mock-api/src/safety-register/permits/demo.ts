/**
 * SR-PERMIT — the demo fire permits of Résidence Les Tilleuls (French), relative to the store's now:
 * some awaiting the operator's signature, some the provider's, in progress, closed; the levée de
 * doute in each state (to do, not done, done). `register:empty` has none.
 */
import type { FirePermit, FirePermitState } from '@vigie/core';
import type { RegisterStore } from '../register-store.js';

const HOUR = 3_600_000;

type Row = readonly [
  id: string,
  n: number,
  work: string,
  company: string,
  place: string,
  start: number,
  hours: number,
  state: FirePermitState,
  watch: 'done' | 'open',
];

/** Starts in hours from the hour of now; ends `hours` later; 2 h of watch. */
const ROWS: readonly Row[] = [
  [
    'pf-101',
    31,
    'Soudure de canalisation en chaufferie',
    'Soudures de l’Ouest',
    'Chaufferie — sous-sol, bâtiment A',
    -5,
    4,
    'awaiting-operator',
    'open',
  ],
  [
    'pf-102',
    30,
    'Découpe de poutrelles métalliques à la disqueuse',
    'Métallerie Bréhéret',
    'Parking, niveau −1',
    -50,
    4,
    'awaiting-provider',
    'done',
  ],
  [
    'pf-103',
    29,
    'Brasage de canalisations en cuivre',
    'Plomberie Nantaise',
    'Local technique, 3ᵉ étage',
    -26,
    3,
    'awaiting-operator',
    'open',
  ],
  ['pf-104', 32, 'Meulage des garde-corps', 'Ferronnerie Duval & Fils', 'Toiture terrasse', -2, 5, 'in-progress', 'open'],
  [
    'pf-105',
    28,
    'Étanchéité de toiture au chalumeau',
    'Étanchéité Atlantique',
    'Toiture du bâtiment B',
    -4,
    4,
    'awaiting-provider',
    'open',
  ],
  [
    'pf-106',
    27,
    'Soudure à l’arc d’un support de gaine de ventilation',
    'Soudures de l’Ouest',
    'Chaufferie — sous-sol, bâtiment A',
    -75,
    3,
    'closed',
    'done',
  ],
  ['pf-107', 26, 'Découpe au chalumeau d’une ancienne cuve à fioul', 'Démolition Ligérienne', 'Cour intérieure', -120, 6, 'closed', 'done'],
  ['pf-108', 25, 'Soudure de la rampe d’accès PMR', 'Ferronnerie Duval & Fils', 'Entrée principale', -170, 4, 'closed', 'open'],
  [
    'pf-109',
    33,
    'Remplacement d’un collecteur de chauffage (soudure)',
    'Plomberie Nantaise',
    'Chaufferie — sous-sol, bâtiment A',
    -1,
    7,
    'in-progress',
    'open',
  ],
  [
    'pf-110',
    24,
    'Meulage et perçage de la charpente métallique',
    'Charpentes Métalliques Bretonnes',
    'Combles du bâtiment C',
    -98,
    5,
    'awaiting-provider',
    'open',
  ],
  [
    'pf-111',
    23,
    'Travaux de soudure oxyacétylénique sur la colonne sèche de la cage d’escalier B (remplacement des raccords)',
    'Société Nouvelle de Maintenance des Installations Thermiques et Frigorifiques du Grand Ouest',
    'Cage d’escalier B, du rez-de-chaussée au 6ᵉ étage',
    -220,
    8,
    'closed',
    'done',
  ],
  ['pf-112', 22, 'Soudure d’une trappe de désenfumage', 'Métallerie Bréhéret', 'Bâtiment A, 5ᵉ étage', -28, 2, 'awaiting-operator', 'done'],
];

export interface PermitsPart {
  readonly permits: FirePermit[];
}

export function demoPermits(register: RegisterStore): PermitsPart {
  if (register.dataSet === 'empty') return { permits: [] };
  const base = Math.floor(register.now() / HOUR) * HOUR;
  const iso = (t: number) => new Date(t).toISOString();
  return {
    permits: ROWS.map(([id, n, work, company, place, start, hours, state, watch]) => {
      const startsAt = base + start * HOUR;
      const endsAt = startsAt + hours * HOUR;
      return {
        id,
        number: `PF-2026-${String(n).padStart(3, '0')}`,
        work,
        company,
        place,
        startsAt: iso(startsAt),
        endsAt: iso(endsAt),
        state,
        watchMinutes: 120,
        watchDoneAt: watch === 'done' ? iso(endsAt + HOUR) : null,
      };
    }),
  };
}
