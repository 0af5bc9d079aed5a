/**
 * SR-ANOMALY — the demo anomalies of « Résidence Les Tilleuls » (bâtiments A and B, the parking, the
 * boiler room), created by the account's users, by a provider's technician or by the safety
 * commission of 12/05/2026; the providers with their contacts. French; dates relative to the
 * store's today. `register:empty` has none.
 */
import {
  addDays,
  formatDateFr,
  type AnomalyAuthor,
  type AnomalyCriticality,
  type AnomalyDetails,
  type AnomalyRequestRecord,
  type AnomalySource,
  type AnomalyState,
  type Provider,
} from '@vigie/core';
import type { RegisterStore } from '../register-store.js';

export const SITE = 'Résidence Les Tilleuls';
export const COMMISSION = 'Commission de sécurité du 12/05/2026';

export const DEMO_PROVIDERS: readonly Provider[] = [
  {
    id: 'prv-dekra',
    name: 'Dekra Industrial',
    trade: 'Vérifications réglementaires',
    contacts: [
      { id: 'ctc-dekra-1', name: 'Marc Dubois', role: 'Technicien vérificateur', email: 'marc.dubois@dekra.example' },
      { id: 'ctc-dekra-2', name: 'Isabelle Garnier', role: 'Chargée d’affaires', email: 'isabelle.garnier@dekra.example' },
    ],
  },
  {
    id: 'prv-apave',
    name: 'Apave',
    trade: 'Contrôles techniques',
    contacts: [
      { id: 'ctc-apave-1', name: 'Julien Petit', role: 'Technicien', email: 'julien.petit@apave.example' },
      { id: 'ctc-apave-2', name: 'Hélène Vasseur', role: 'Responsable d’agence', email: 'helene.vasseur@apave.example' },
    ],
  },
  {
    id: 'prv-socotec',
    name: 'Socotec',
    trade: 'Contrôles techniques',
    contacts: [{ id: 'ctc-socotec-1', name: 'Romain Lemaire', role: 'Ingénieur', email: 'romain.lemaire@socotec.example' }],
  },
  {
    id: 'prv-sicli',
    name: 'Sicli',
    trade: 'Extincteurs et RIA',
    contacts: [
      { id: 'ctc-sicli-1', name: 'Nicolas Faure', role: 'Technicien', email: 'nicolas.faure@sicli.example' },
      { id: 'ctc-sicli-2', name: 'Camille Perrin', role: 'Assistante commerciale', email: 'camille.perrin@sicli.example' },
    ],
  },
  {
    id: 'prv-desautel',
    name: 'Desautel',
    trade: 'Sécurité incendie',
    contacts: [{ id: 'ctc-desautel-1', name: 'Olivier Chevalier', role: 'Chef d’équipe', email: 'olivier.chevalier@desautel.example' }],
  },
  {
    id: 'prv-eurofeu',
    name: 'Eurofeu',
    trade: 'Extincteurs et désenfumage',
    contacts: [{ id: 'ctc-eurofeu-1', name: 'Sandrine Muller', role: 'Technicienne', email: 'sandrine.muller@eurofeu.example' }],
  },
  {
    id: 'prv-ascenseurs',
    name: 'Ascenseurs de l’Atlantique',
    trade: 'Ascenseurs',
    contacts: [{ id: 'ctc-asc-1', name: 'Yann Le Goff', role: 'Technicien', email: 'yann.legoff@ascenseurs-atlantique.example' }],
  },
  {
    id: 'prv-ego',
    name: 'Société d’Électricité Générale et de Maintenance des Pays de la Loire',
    trade: 'Électricité',
    contacts: [
      {
        id: 'ctc-ego-1',
        name: 'Anne-Sophie Delacroix-Montbrison',
        role: 'Responsable des interventions de maintenance',
        email: 'as.delacroix@segm.example',
      },
      { id: 'ctc-ego-2', name: 'Paul Renaud', role: 'Électricien', email: 'paul.renaud@segm.example' },
    ],
  },
];

type Row = [
  title: string,
  building: string,
  place: string,
  criticality: AnomalyCriticality,
  state: AnomalyState,
  daysAgo: number,
  author: string,
  source: string,
  description: string,
];

/** Authors: `usr-…` a user of the account, `ctc-…` a provider's technician, `commission`. */
const ROWS: Row[] = [
  [
    'Extincteur manquant au palier du 2ᵉ étage',
    'Bâtiment A',
    '2ᵉ étage, palier',
    'critical',
    'open',
    2,
    'commission',
    'commission',
    'L’extincteur à eau pulvérisée du palier a été retiré et n’a pas été remplacé.',
  ],
  [
    'Porte coupe-feu de la cage d’escalier qui ne se referme pas',
    'Bâtiment A',
    'Cage d’escalier, RDC',
    'critical',
    'in-progress',
    5,
    'commission',
    'commission',
    'Le ferme-porte est déréglé : la porte reste entrouverte d’une dizaine de centimètres.',
  ],
  [
    'Bloc autonome d’éclairage de sécurité hors service',
    'Bâtiment B',
    '1ᵉʳ étage, couloir',
    'major',
    'open',
    3,
    'ctc-dekra-1',
    'report',
    'Le BAES au-dessus de la sortie du couloir ne s’allume plus en test.',
  ],
  [
    'Détecteur de fumée encrassé',
    'Bâtiment B',
    'Local poubelles',
    'minor',
    'open',
    8,
    'usr-karim',
    'visit',
    'Détecteur couvert de poussière, à nettoyer ou remplacer.',
  ],
  [
    'Plan d’évacuation absent',
    'Bâtiment A',
    'Hall d’entrée',
    'major',
    'open',
    12,
    'commission',
    'commission',
    'Le plan d’évacuation n’est plus affiché dans le hall.',
  ],
  [
    'Éclairage du parking défaillant au niveau −1',
    'Parking',
    'Niveau −1, rampe',
    'minor',
    'in-progress',
    15,
    'usr-julien',
    'manual',
    'Trois luminaires sur dix ne fonctionnent plus.',
  ],
  [
    'Fuite sur le circuit de chauffage',
    'Chaufferie',
    'Chaudière n° 2',
    'major',
    'in-progress',
    20,
    'ctc-apave-1',
    'report',
    'Goutte-à-goutte sur la vanne d’isolement de la chaudière n° 2.',
  ],
  [
    'Trappe de désenfumage bloquée',
    'Bâtiment B',
    'Cage d’escalier, dernier étage',
    'critical',
    'open',
    1,
    'ctc-eurofeu-1',
    'report',
    'La trappe ne s’ouvre pas à la commande manuelle.',
  ],
  [
    'Signalétique de sortie de secours effacée',
    'Parking',
    'Niveau −2, sortie piétons',
    'minor',
    'closed',
    60,
    'usr-sophie',
    'visit',
    'Pictogramme illisible, à remplacer.',
  ],
  [
    'Armoire électrique non fermée à clé',
    'Chaufferie',
    'Local électrique',
    'major',
    'closed',
    45,
    'ctc-ego-2',
    'report',
    'L’armoire TGBT est restée ouverte.',
  ],
  [
    'Dégagement encombré devant l’issue de secours',
    'Bâtiment A',
    'Sous-sol, caves',
    'critical',
    'closed',
    30,
    'commission',
    'commission',
    'Des encombrants bloquent l’accès à l’issue de secours des caves.',
  ],
  [
    'Extincteur à vérifier (date dépassée)',
    'Parking',
    'Niveau −1, près de l’ascenseur',
    'minor',
    'open',
    6,
    'ctc-sicli-1',
    'report',
    'Étiquette de vérification périmée depuis deux mois.',
  ],
  [
    'Alarme sonore inaudible au 4ᵉ étage',
    'Bâtiment B',
    '4ᵉ étage',
    'major',
    'open',
    9,
    'usr-claire',
    'visit',
    'Lors de l’essai mensuel, la sirène n’était pas audible dans les appartements du fond.',
  ],
  [
    'Colonne sèche : raccord endommagé',
    'Bâtiment A',
    'Façade nord',
    'major',
    'in-progress',
    25,
    'ctc-socotec-1',
    'report',
    'Le raccord pompier de la colonne sèche est fissuré.',
  ],
  [
    'Ventilation de la chaufferie obstruée',
    'Chaufferie',
    'Grille basse',
    'critical',
    'open',
    4,
    'ctc-apave-1',
    'report',
    'La grille d’amenée d’air est obstruée par des cartons.',
  ],
  [
    'Ascenseur : éclairage de cabine défaillant',
    'Bâtiment A',
    'Ascenseur',
    'minor',
    'closed',
    90,
    'ctc-asc-1',
    'report',
    'Éclairage de secours de la cabine à remplacer.',
  ],
  [
    'Registre de sécurité non signé',
    'Bâtiment A',
    'Loge du gardien',
    'minor',
    'closed',
    120,
    'commission',
    'commission',
    'Les dernières vérifications n’ont pas été visées.',
  ],
  [
    'Porte du local poubelles sans ferme-porte',
    'Bâtiment B',
    'Local poubelles',
    'minor',
    'open',
    18,
    'usr-karim',
    'manual',
    'Le ferme-porte a été arraché.',
  ],
  [
    'Câbles apparents dans le parking',
    'Parking',
    'Niveau −2, place 48',
    'major',
    'open',
    11,
    'usr-pierre',
    'visit',
    'Un chemin de câbles est décroché et des câbles pendent.',
  ],
  [
    'Brûleur en défaut intermittent',
    'Chaufferie',
    'Chaudière n° 1',
    'major',
    'in-progress',
    35,
    'ctc-dekra-1',
    'report',
    'Mises en sécurité répétées du brûleur signalées par le gardien.',
  ],
  [
    'RIA : robinet grippé',
    'Bâtiment A',
    'Sous-sol',
    'minor',
    'open',
    14,
    'ctc-sicli-1',
    'report',
    'Le robinet d’incendie armé est difficile à ouvrir.',
  ],
  [
    'Consignes de sécurité à mettre à jour',
    'Bâtiment B',
    'Hall d’entrée',
    'minor',
    'open',
    22,
    'commission',
    'commission',
    'Les numéros d’urgence affichés sont anciens.',
  ],
  [
    'Détection incendie : zone 3 en dérangement',
    'Bâtiment B',
    'Tableau SSI',
    'critical',
    'in-progress',
    7,
    'ctc-desautel-1',
    'report',
    'La zone 3 du système de détection est en dérangement depuis la dernière coupure.',
  ],
  [
    'Garde-corps descellé sur la terrasse',
    'Bâtiment A',
    'Terrasse technique',
    'major',
    'open',
    16,
    'usr-sophie',
    'visit',
    'Deux fixations du garde-corps sont arrachées.',
  ],
  [
    'Barrière du parking bloquée ouverte',
    'Parking',
    'Entrée véhicules',
    'minor',
    'closed',
    50,
    'usr-julien',
    'manual',
    'La barrière reste levée après le passage.',
  ],
  [
    'Vanne gaz de coupure difficile d’accès',
    'Chaufferie',
    'Entrée',
    'major',
    'open',
    10,
    'commission',
    'commission',
    'La vanne de coupure générale est masquée par des étagères.',
  ],
  [
    'Fissure sur le mur coupe-feu',
    'Parking',
    'Niveau −1, séparation chaufferie',
    'critical',
    'open',
    13,
    'ctc-socotec-1',
    'report',
    'Fissure traversante de 40 cm entre le parking et la chaufferie.',
  ],
  [
    'Interphone de l’ascenseur muet',
    'Bâtiment B',
    'Ascenseur',
    'major',
    'closed',
    75,
    'ctc-asc-1',
    'report',
    'La téléalarme de la cabine ne répond pas.',
  ],
  [
    'Éclairage extérieur de l’allée défaillant',
    'Bâtiment B',
    'Allée piétonne',
    'minor',
    'open',
    19,
    'usr-claire',
    'manual',
    'Deux bornes lumineuses éteintes entre le bâtiment B et le parking.',
  ],
  [
    'Tuyauterie de la chaufferie sans repérage',
    'Chaufferie',
    'Collecteurs',
    'minor',
    'open',
    27,
    'ctc-ego-1',
    'report',
    'Les tuyauteries ne sont pas repérées (sens et fluide).',
  ],
];

export interface StoredAnomaly extends Omit<AnomalyDetails, 'requestCount'> {
  requests: AnomalyRequestRecord[];
}

function authorOf(register: RegisterStore, key: string): AnomalyAuthor {
  if (key === 'commission') return { kind: 'commission', name: COMMISSION };
  const user = register.users.find((u) => u.id === key);
  if (user) return { kind: 'user', name: `${user.firstName} ${user.lastName}` };
  for (const p of DEMO_PROVIDERS) {
    const c = p.contacts.find((x) => x.id === key);
    if (c) return { kind: 'provider', name: c.name, company: p.name };
  }
  throw new Error(`Unknown author ${key}`);
}

function sourceOf(kind: string, author: AnomalyAuthor, day: string): AnomalySource {
  const d = formatDateFr(day);
  switch (kind) {
    case 'commission':
      return { kind: 'commission', label: `${COMMISSION}, procès-verbal n° 2026-117` };
    case 'report':
      return { kind: 'report', label: `Rapport d’intervention du ${d}${author.company ? ` (${author.company})` : ''}` };
    case 'visit':
      return { kind: 'visit', label: `Visite du site du ${d}` };
    default:
      return { kind: 'manual', label: `Saisie dans le registre le ${d}` };
  }
}

/** The demo anomalies; those in progress or closed already had a request. */
export function demoAnomalies(register: RegisterStore): StoredAnomaly[] {
  if (register.dataSet === 'empty') return [];
  const today = register.today();
  return ROWS.map(([title, building, place, criticality, state, daysAgo, author, source, description], i) => {
    const n = i + 1;
    const id = `ano-${String(n).padStart(3, '0')}`;
    const createdOn = addDays(today, -daysAgo - 30);
    const createdBy = authorOf(register, author);
    const requests: AnomalyRequestRecord[] = [];
    if (state !== 'open') {
      const p = DEMO_PROVIDERS[n % DEMO_PROVIDERS.length]!;
      requests.push({
        id: `req-${id}-1`,
        kind: n % 2 ? 'intervention' : 'quote',
        providerId: p.id,
        providerName: p.name,
        contacts: p.contacts.slice(0, 1).map((c) => ({ id: c.id, name: c.name })),
        message: 'Merci d’intervenir dans les meilleurs délais.',
        wishedDate: addDays(createdOn, 14),
        sentAt: `${addDays(createdOn, 2)}T08:30:00.000Z`,
        sentBy: 'Claire Martin',
        batchId: `bat-${id}-1`,
      });
    }
    return {
      id,
      reference: `ANO-2026-${String(n).padStart(3, '0')}`,
      title,
      site: SITE,
      location: { building, place },
      criticality,
      state,
      createdOn,
      createdBy,
      description,
      source: sourceOf(source, createdBy, createdOn),
      requests,
    };
  });
}
