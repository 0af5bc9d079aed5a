/**
 * SR-SIGN — the interventions of the demo account (Résidence Les Tilleuls), made from the store's
 * today: the ids, types, states, due dates and reports of `_notes/SR-INTERVENTIONS-TABLE.md`, which
 * SR-OBS shares. Each signature keeps the SHA-256 of the canonical JSON of what was signed (core's
 * `signatureHash`), computed on first read for the seeded ones.
 */
import {
  addDays,
  startOfDay,
  signatureHash,
  type CalendarDate,
  type Intervention,
  type InterventionSignature,
  type SignerRole,
  type Strokes,
} from '@vigie/core';
import type { RegisterStore } from '../register-store.js';

export interface InterventionsPart {
  readonly list: Intervention[];
  /** The strokes of each drawn signature (`<id>/<role>`), kept by the server, not answered. */
  readonly drawings: Map<string, Strokes>;
  /** The answers given per `Idempotency-Key` (a retry replays the first). */
  readonly answers: Map<string, { status: number; body: unknown }>;
  /** Seeded signatures whose hash is still to compute. */
  pendingHashes: boolean;
}

const OPERATOR = { name: 'Claire Martin' };
const KARIM = { name: 'Karim Benali', company: 'Résidence Les Tilleuls' };
const SOPHIE = { name: 'Sophie Lefèvre', company: 'Résidence Les Tilleuls' };

/** An instant at `hour` (Paris) on a calendar date, ISO with offset. */
const at = (day: CalendarDate, hour: number) => new Date(startOfDay(day) + hour * 3_600_000).toISOString();

type Seed = Omit<Intervention, 'version' | 'status' | 'signers' | 'signatures' | 'closedAt' | 'date' | 'operator'> & {
  readonly signed?: readonly { role: SignerRole; method: 'drawn' | 'typed'; name: string }[];
};

function seeds(today: CalendarDate): Seed[] {
  const d = (n: number) => addDays(today, n);
  return [
    {
      id: 'int-101',
      type: 'controle',
      title: 'Vérification annuelle du système de sécurité incendie (SSI)',
      dueDate: d(5),
      location: 'Bâtiment A — local SSI, rez-de-chaussée',
      work: 'Essais du tableau de signalisation, des déclencheurs manuels et des détecteurs de la zone 1 à 6 ; contrôle des asservissements (portes, clapets, désenfumage).',
      provider: { company: 'Bureau Veritas Exploitation', technician: 'Julien Perrot' },
      contact: KARIM,
      report: null,
    },
    {
      id: 'int-102',
      type: 'maintenance',
      title: 'Maintenance annuelle des extincteurs',
      dueDate: d(-10),
      location: 'Bâtiments A et B — tous niveaux',
      work: 'Vérification de 24 extincteurs (pression, scellés, étiquetage) ; remplacement de 2 extincteurs à eau pulvérisée de 6 litres.',
      provider: { company: 'Extincteurs de l’Ouest', technician: 'Marc Lemoine' },
      contact: null,
      report: null,
    },
    {
      id: 'int-103',
      type: 'sav',
      title: 'Dépannage de la porte coupe-feu du 2ᵉ étage',
      dueDate: d(0),
      location: 'Bâtiment A — palier du 2ᵉ étage',
      work: 'Remplacement du ferme-porte et réglage de la ventouse électromagnétique ; essai de fermeture sur déclenchement.',
      provider: { company: 'Portes & Sécurité Atlantique', technician: 'Nicolas Garnier' },
      contact: SOPHIE,
      report: null,
    },
    {
      id: 'int-104',
      type: 'installation',
      title: 'Pose de détecteurs autonomes avertisseurs de fumée',
      dueDate: d(-1),
      location: 'Bâtiment B — logements de fonction',
      work: 'Pose de 6 détecteurs autonomes avertisseurs de fumée (DAAF) conformes NF EN 14604 et essai de chacun.',
      provider: { company: 'Sécurité Incendie Nantaise', technician: 'Élodie Marchand' },
      contact: KARIM,
      report: null,
    },
    {
      id: 'int-105',
      type: 'controle',
      title: 'Contrôle des installations de gaz de la chaufferie',
      dueDate: d(20),
      location: 'Sous-sol — chaufferie',
      work: 'Contrôle d’étanchéité des canalisations, de l’organe de coupure et de la ventilation de la chaufferie.',
      provider: { company: 'Apave Nord-Ouest', technician: 'François Lambert' },
      contact: null,
      report: null,
    },
    {
      id: 'int-201',
      type: 'controle',
      title: 'Vérification périodique des installations électriques',
      dueDate: d(-30),
      location: 'Tous bâtiments — TGBT et tableaux divisionnaires',
      work: 'Vérification périodique réglementaire ; 3 observations mineures relevées au rapport.',
      provider: { company: 'Socotec Équipements', technician: 'Patrick Rousseau' },
      contact: KARIM,
      report: { id: 'rpt-201', format: 'pdf', fileName: 'rapport-verification-electrique.pdf' },
      signed: [
        { role: 'operator', method: 'drawn', name: 'Claire Martin' },
        { role: 'contact', method: 'typed', name: 'Karim Benali' },
      ],
    },
    {
      id: 'int-202',
      type: 'maintenance',
      title: 'Entretien du désenfumage mécanique',
      dueDate: d(-45),
      location: 'Bâtiment A — cage d’escalier A et couloirs',
      work: 'Essai des volets et du ventilateur de désenfumage ; nettoyage des grilles.',
      provider: { company: 'Aéraulique Services', technician: 'Stéphane Henry' },
      contact: null,
      report: { id: 'rpt-202', format: 'pdf', fileName: 'rapport-desenfumage.pdf' },
      signed: [{ role: 'provider', method: 'typed', name: 'Stéphane Henry' }],
    },
    {
      id: 'int-203',
      type: 'sav',
      title: 'Remplacement d’un déclencheur manuel d’alarme',
      dueDate: d(-60),
      location: 'Bâtiment B — hall d’entrée',
      work: 'Remplacement du déclencheur manuel cassé et essai de l’alarme générale.',
      provider: { company: 'Sécurité Incendie Nantaise', technician: 'Élodie Marchand' },
      contact: SOPHIE,
      report: { id: 'rpt-203', format: 'pdf', fileName: 'rapport-declencheur.pdf' },
      signed: [{ role: 'operator', method: 'typed', name: 'Claire Martin' }],
    },
    {
      id: 'int-204',
      type: 'installation',
      title: 'Installation de blocs autonomes d’éclairage de sécurité',
      dueDate: d(-75),
      location: 'Bâtiment A — circulations des étages 1 à 4',
      work: 'Pose de 12 blocs autonomes d’éclairage de sécurité (BAES) et essai de basculement.',
      provider: { company: 'Électricité Générale Loire', technician: 'Antoine Faure' },
      contact: KARIM,
      report: { id: 'rpt-204', format: 'pdf', fileName: 'rapport-baes.pdf' },
      signed: [
        { role: 'provider', method: 'drawn', name: 'Antoine Faure' },
        { role: 'contact', method: 'drawn', name: 'Karim Benali' },
      ],
    },
    {
      id: 'int-205',
      type: 'travaux',
      title: 'Réfection de la cage d’escalier B',
      dueDate: d(-20),
      location: 'Bâtiment B — cage d’escalier',
      work: 'Reprise des enduits et peinture des contremarches ; repose des bandes podotactiles.',
      provider: { company: 'Bâtiment Rénovation 44', technician: 'Hugo Bertrand' },
      contact: SOPHIE,
      report: { id: 'rpt-205', format: 'pdf', fileName: 'rapport-travaux-escalier-b.pdf' },
      signed: [{ role: 'operator', method: 'typed', name: 'Claire Martin' }],
    },
    {
      id: 'int-206',
      type: 'controle',
      title: 'Contrôle des portes automatiques du hall',
      dueDate: d(-90),
      location: 'Bâtiment A — hall d’accueil',
      work: 'Contrôle des dispositifs de sécurité et du fonctionnement en cas de coupure.',
      provider: { company: 'Automatismes de l’Erdre', technician: 'Laura Michel' },
      contact: null,
      report: { id: 'rpt-206', format: 'image', fileName: 'rapport-portes-automatiques-scan.jpg' },
      signed: [{ role: 'provider', method: 'typed', name: 'Laura Michel' }],
    },
    {
      id: 'int-207',
      type: 'maintenance',
      title: 'Maintenance des ascenseurs',
      dueDate: d(-15),
      location: 'Bâtiments A et B — ascenseurs',
      work: 'Visite de maintenance semestrielle des deux ascenseurs ; remplacement d’un bouton d’appel.',
      provider: { company: 'Ascenseurs Loire-Atlantique', technician: 'Thomas Renaud' },
      contact: KARIM,
      report: null,
      signed: [{ role: 'operator', method: 'drawn', name: 'Claire Martin' }],
    },
  ];
}

/** A short drawn mark for the seeded drawn signatures. */
const SEED_STROKES: Strokes = [
  [
    [10, 40],
    [30, 20],
    [50, 45],
    [70, 15],
    [90, 40],
  ],
];

function demo(register: RegisterStore): Intervention[] {
  if (register.dataSet === 'empty') return [];
  const today = register.today();
  const user = register.currentUser();
  return seeds(today).map(({ signed, ...s }) => {
    const date = addDays(s.dueDate, -7);
    const signatures: InterventionSignature[] = (signed ?? []).map((x, n) => ({
      ...x,
      signedAt: at(addDays(s.dueDate, -1), 10 + n),
      signedBy: { userId: user.id, name: `${user.firstName} ${user.lastName}` },
      hash: '',
    }));
    const closed = signatures.length > 0;
    return {
      ...s,
      date,
      operator: OPERATOR,
      version: 1 + signatures.length,
      status: closed ? 'closed' : 'to-sign',
      signers: closed ? signatures.map((x) => x.role) : null,
      signatures,
      closedAt: closed ? signatures.at(-1)!.signedAt : null,
    };
  });
}

export function interventionsPart(register: RegisterStore): InterventionsPart {
  return register.part('interventions', () => {
    const list = demo(register);
    const drawings = new Map<string, Strokes>();
    for (const i of list) for (const s of i.signatures) if (s.method === 'drawn') drawings.set(`${i.id}/${s.role}`, SEED_STROKES);
    return { list, drawings, answers: new Map(), pendingHashes: list.length > 0 };
  });
}

/** The part with every seeded signature's hash computed (the version each signer saw). */
export async function readyInterventions(register: RegisterStore): Promise<InterventionsPart> {
  const part = interventionsPart(register);
  if (!part.pendingHashes) return part;
  for (const i of part.list) {
    for (const [n, s] of i.signatures.entries()) {
      if (s.hash) continue;
      const seen: Intervention = { ...i, version: i.version - i.signatures.length + n };
      (s as { hash: string }).hash = await signatureHash(seen, { role: s.role, name: s.name, userId: s.signedBy.userId }, s.method);
    }
  }
  part.pendingHashes = false;
  return part;
}
