/**
 * RS — deterministic demo data of Remote Services for the mock API, the stories and the benchmarks:
 * the sites a facility manager (« Claire Martin », the demo portal's user) watches through her ID & PIN
 * links, their alarm systems, contacts and call lists, and the open alarms.
 *
 * - `default` (scenario `remote:default`): 12 sites across 3 ID & PIN links, systems armed, partial
 *   and disarmed; one site in test mode that ends {@link DEMO_TEST_MODE_MINUTES} minutes after "now";
 *   open alarms of priority 1, 2 and 3, one of them already dispatched; one site reached through two
 *   links (it appears once, under both).
 * - `large` (scenario `remote:large`): {@link LARGE_SITE_COUNT} sites across 25 links (the site list
 *   must stay fluid); the same shapes, fewer alarms.
 *
 * Deterministic: the same `(count, now)` always gives the same data. Names are French and often
 * accented (search ignores accents, sorting is in French order).
 */
import {
  siteStateOf,
  type Alarm,
  type AlarmKind,
  type AlarmSystem,
  type CallList,
  type Contact,
  type IdPinLink,
  type PermissionLevel,
  type Site,
  type SystemKind,
  type SystemState,
} from '@vigie/core/remote-services';

export const LARGE_SITE_COUNT = 5000;
/** The demo site in test mode ends this many minutes after the store is created. */
export const DEMO_TEST_MODE_MINUTES = 4;
/** The portal user of the demo (whoever saves gets this name, unless a scenario says otherwise). */
export const DEMO_USER_NAME = 'Claire Martin';

export interface RemoteData {
  links: IdPinLink[];
  /** Sites without their derived fields (`state`, `openAlarms` are computed by the store). */
  sites: Omit<Site, 'state' | 'openAlarms'>[];
  systems: AlarmSystem[];
  contacts: Contact[];
  callLists: CallList[];
  alarms: Alarm[];
}

const SITE_KINDS = [
  'Entrepôt',
  'Agence',
  'Magasin',
  'Dépôt',
  'Siège',
  'Atelier',
  'Plateforme logistique',
  'Bureaux',
  'Pharmacie',
  'Boulangerie',
  'Garage',
  'École',
  'Médiathèque',
  'Clinique',
  'Hôtel',
  'Supermarché',
  'Crèche',
  'Laboratoire',
] as const;
const CITIES = [
  ['Lyon', '69007', 'Gerland'],
  ['Paris', '75011', 'Oberkampf'],
  ['Marseille', '13002', 'La Joliette'],
  ['Bordeaux', '33300', 'Chartrons'],
  ['Toulouse', '31000', 'Capitole'],
  ['Nantes', '44000', 'Île de Nantes'],
  ['Lille', '59000', 'Vieux-Lille'],
  ['Strasbourg', '67000', 'Neudorf'],
  ['Rennes', '35000', 'Thabor'],
  ['Grenoble', '38000', 'Île Verte'],
  ['Montpellier', '34000', 'Écusson'],
  ['Nice', '06000', 'Cimiez'],
  ['Dijon', '21000', 'Clemenceau'],
  ['Angers', '49000', 'Doutre'],
  ['Reims', '51100', 'Saint-Rémi'],
  ['Le Havre', '76600', 'Saint-François'],
  ['Saint-Étienne', '42000', 'Châteaucreux'],
  ['Besançon', '25000', 'Battant'],
  ['Orléans', '45000', 'Bourgogne'],
  ['Évreux', '27000', 'Navarre'],
  ['Aix-en-Provence', '13100', 'Mazarin'],
  ['Clermont-Ferrand', '63000', 'Jaude'],
  ['Poitiers', '86000', 'Gibauderie'],
  ['Caen', '14000', 'Vaucelles'],
] as const;
const STREETS = [
  'rue de la République',
  'avenue Jean-Jaurès',
  'boulevard Gambetta',
  'rue Émile-Zola',
  'quai de l’Écluse',
  'rue des Écoles',
  'place de l’Église',
  'chemin des Prés',
  'allée des Tilleuls',
  'rue du Général-de-Gaulle',
  'impasse des Pêcheurs',
  'rue Pasteur',
] as const;
const FIRST = [
  'Hélène',
  'Jérôme',
  'François',
  'Zoé',
  'Chloé',
  'Benoît',
  'Cécile',
  'Élodie',
  'Frédéric',
  'Gaëlle',
  'Loïc',
  'Mélanie',
  'Raphaël',
  'Sébastien',
  'Stéphane',
  'Thérèse',
  'Amélie',
  'Océane',
  'Clément',
  'Nathalie',
  'Jean-Pierre',
  'Anne-Sophie',
  'Karim',
  'Fatima',
] as const;
const LAST = [
  'Dupont',
  'Lefèvre',
  'Moreau',
  'Girard',
  'Guérin',
  'Chevalier',
  'Fontaine',
  'Rousseau',
  'Mercier',
  'Bonnet',
  'Lambert',
  'Faure',
  'André',
  'Blanc',
  'Garnier',
  'Perrin',
  'Lecœur',
  'N’Diaye',
  'D’Almeida',
  'Le Goff',
  'Duval',
  'Caron',
  'Noël',
  'Bouvier',
] as const;
const ZONES = [
  'Zone 1 — Accueil',
  'Zone 2 — Bureaux',
  'Zone 3 — Quai de chargement',
  'Zone 4 — Réserve',
  'Zone 5 — Parking',
  'Zone 6 — Local technique',
  'Zone 7 — Salle des serveurs',
] as const;
const SYSTEM_NAMES: Readonly<Record<SystemKind, string>> = {
  intrusion: 'Centrale intrusion',
  fire: 'Détection incendie',
  video: 'Vidéosurveillance',
  access: 'Contrôle d’accès',
};
const PRIORITY_OF: Readonly<Record<AlarmKind, 1 | 2 | 3>> = {
  fire: 1,
  panic: 1,
  medical: 1,
  intrusion: 2,
  tamper: 2,
  technical: 3,
  power: 3,
};

/** A small deterministic PRNG (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
const MINUTE = 60_000;

/** Demo data: `default` for the everyday demo, `large` for 5,000 sites (or `count`: the bench's 50,000, RS-SITES). */
export function generateRemoteData(
  kind: 'default' | 'large',
  now: number,
  count: number = kind === 'default' ? 12 : LARGE_SITE_COUNT,
): RemoteData {
  const linkCount = kind === 'default' ? 3 : 25;
  const rnd = random(kind === 'default' ? 7 : 11);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;

  const links: IdPinLink[] = Array.from({ length: linkCount }, (_, i) => ({
    id: `lnk-${i + 1}`,
    identifier: String(40_100_000 + i * 7919).padStart(8, '0'),
    siteIds: [],
    linkedAt: iso(now - (400 - i * 9) * 24 * 60 * MINUTE),
  }));

  const data: RemoteData = { links, sites: [], systems: [], contacts: [], callLists: [], alarms: [] };
  const stateCycle: SystemState[] = ['armed', 'armed', 'partial', 'disarmed'];

  for (let i = 0; i < count; i++) {
    const id = `site-${String(i + 1).padStart(kind === 'default' ? 2 : 5, '0')}`;
    // The demo's sites are in the town their name says; the large set spreads over every town.
    const [city, postalCode, quarter] = CITIES[(kind === 'default' ? i : i * 5) % CITIES.length]!;
    const name = kind === 'default' ? DEFAULT_SITE_NAMES[i]! : `${pick(SITE_KINDS)} ${city} ${quarter}`;
    const link = links[i % linkCount]!;
    const linkIds = [link.id];
    link.siteIds.push(id);
    // The demo's site 4 is reached through two pairs (the second link too): it appears once.
    if (kind === 'default' && i === 3) {
      linkIds.push(links[1]!.id);
      links[1]!.siteIds.push(id);
    }
    const inTestMode = kind === 'default' ? i === 1 : i % 97 === 5;
    data.sites.push({
      id,
      name,
      nickname: kind === 'default' && i === 0 ? 'Le grand dépôt' : null,
      address: { street: `${1 + Math.floor(rnd() * 140)} ${pick(STREETS)}`, postalCode, city },
      linkIds,
      testModeUntil: inTestMode ? iso(now + DEMO_TEST_MODE_MINUTES * MINUTE + (i % 7) * MINUTE) : null,
    });

    // Systems: intrusion always, fire often, video sometimes; states cycle so every site state shows.
    const kinds: SystemKind[] = ['intrusion'];
    if (i % 3 !== 2) kinds.push('fire');
    if (i % 4 === 1) kinds.push('video');
    if (i % 6 === 3) kinds.push('access');
    kinds.forEach((k, j) =>
      data.systems.push({
        id: `${id}-sys-${j + 1}`,
        siteId: id,
        name: kinds.length > 1 && k === 'intrusion' && i % 5 === 0 ? `${SYSTEM_NAMES[k]} — bâtiment ${'ABC'[j] ?? 'A'}` : SYSTEM_NAMES[k],
        kind: k,
        // Site state: all armed (i%4==0,1), partial (2), disarmed (3).
        state: i % 4 === 2 ? (j === 0 ? 'partial' : 'armed') : stateCycle[i % 4] === 'armed' ? 'armed' : i % 4 === 3 ? 'disarmed' : 'armed',
      }),
    );

    // Contacts: 4 to 7 per site, every invitation state and permission level over the demo.
    const contactCount = 4 + (i % 4);
    const levels: PermissionLevel[] = ['administrator', 'manager', 'operator', 'viewer'];
    const contactIds: string[] = [];
    for (let c = 0; c < contactCount; c++) {
      const first = FIRST[(i * 7 + c * 5) % FIRST.length]!;
      const last = LAST[(i * 3 + c * 11) % LAST.length]!;
      const cid = `${id}-ct-${c + 1}`;
      contactIds.push(cid);
      const invitation: Contact['invitation'] =
        c === 0
          ? { state: 'granted', sentAt: iso(now - 90 * 24 * 60 * MINUTE), expiresAt: null }
          : c === 1
            ? { state: 'invited', sentAt: iso(now - 2 * 24 * 60 * MINUTE), expiresAt: iso(now + 5 * 24 * 60 * MINUTE) }
            : c === 2
              ? { state: 'expired', sentAt: iso(now - 20 * 24 * 60 * MINUTE), expiresAt: iso(now - 13 * 24 * 60 * MINUTE) }
              : { state: 'not-invited', sentAt: null, expiresAt: null };
      const mail = `${first}.${last}`
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/œ/g, 'oe')
        .replace(/[’'\s]/g, '')
        .toLowerCase();
      data.contacts.push({
        id: cid,
        siteId: id,
        firstName: first,
        lastName: last,
        phone:
          c === 3
            ? null
            : `06 ${String(10 + ((i + c * 13) % 89)).padStart(2, '0')} ${String((i * 17 + c) % 100).padStart(2, '0')} ${String((c * 31) % 100).padStart(2, '0')} ${String((i + 40) % 100).padStart(2, '0')}`,
        emails: c === 3 ? [] : [`${mail}@exemple.fr`],
        permission: levels[c === 0 ? 0 : c % 4]!,
        invitation,
      });
    }
    // Call lists: the normal one (the first three contacts), and on every third site a specific one.
    data.callLists.push({
      id: `${id}-cl-normal`,
      siteId: id,
      kind: 'normal',
      name: 'Liste d’appels normale',
      contactIds: contactIds.slice(0, 3),
      version: 1,
      updatedAt: iso(now - 30 * 24 * 60 * MINUTE),
      updatedBy: DEMO_USER_NAME,
    });
    if (i % 3 === 0) {
      data.callLists.push({
        id: `${id}-cl-summer`,
        siteId: id,
        kind: 'specific',
        name: 'Fermeture estivale',
        contactIds: [contactIds[2]!, contactIds[0]!],
        version: 1,
        updatedAt: iso(now - 60 * 24 * 60 * MINUTE),
        updatedBy: 'Jérôme Lefèvre',
      });
    }
  }

  // Alarms: priority 1, 2 and 3 on the demo, one of them already dispatched.
  const alarmPlan: { site: number; kind: AlarmKind; minutesAgo: number; dispatched?: boolean }[] =
    kind === 'default'
      ? [
          { site: 0, kind: 'fire', minutesAgo: 3 },
          { site: 2, kind: 'intrusion', minutesAgo: 6 },
          { site: 2, kind: 'technical', minutesAgo: 12 },
          { site: 5, kind: 'intrusion', minutesAgo: 25, dispatched: true },
          { site: 7, kind: 'power', minutesAgo: 41 },
          { site: 9, kind: 'panic', minutesAgo: 55, dispatched: true },
        ]
      : Array.from({ length: 40 }, (_, k) => ({
          site: (k * 131) % count,
          kind: (['intrusion', 'technical', 'fire', 'tamper', 'power'] as const)[k % 5]!,
          minutesAgo: 2 + k * 3,
          dispatched: k % 6 === 0,
        }));
  alarmPlan.forEach((a, k) => {
    const site = data.sites[a.site]!;
    const system = data.systems.find((s) => s.siteId === site.id)!;
    data.alarms.push({
      id: `alm-${String(k + 1).padStart(4, '0')}`,
      siteId: site.id,
      siteName: site.name,
      systemId: system.id,
      priority: PRIORITY_OF[a.kind],
      kind: a.kind,
      zone: ZONES[(a.site + k) % ZONES.length]!,
      raisedAt: iso(now - a.minutesAgo * MINUTE),
      dispatchedAt: a.dispatched ? iso(now - (a.minutesAgo - 2) * MINUTE) : null,
      cancelledAt: null,
    });
  });
  return data;
}

/** The 12 sites of `remote:default`, long French names included (layouts must hold them). */
export const DEFAULT_SITE_NAMES = [
  'Entrepôt Lyon-Gerland',
  'Agence Paris Oberkampf',
  'Magasin Marseille La Joliette',
  'Siège social de la Compagnie générale d’entreposage frigorifique de Bordeaux-Chartrons',
  'Atelier Toulouse Capitole',
  'Plateforme logistique Nantes Île de Nantes',
  'Pharmacie du Vieux-Lille',
  'Dépôt Strasbourg Neudorf',
  'École Saint-Exupéry, Rennes',
  'Laboratoire Grenoble Île Verte',
  'Boulangerie de l’Écusson',
  'Hôtel Cimiez, Nice',
] as const;

/** The alarm-system states of a site (a helper for the store and its tests). */
export const siteStateFrom = siteStateOf;
