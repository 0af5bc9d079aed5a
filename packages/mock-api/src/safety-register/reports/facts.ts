/**
 * SR-OBS — the facts of the demo interventions that extraction needs (type, closed or not, report
 * metadata), on the shared ids of `_notes/SR-INTERVENTIONS-TABLE.md` (SR-SIGN uses the same ones).
 * This is the ONE place the reports part reads interventions from: to use the interventions part's
 * store instead, make {@link interventionFacts} read it (same shape) and nothing else changes.
 * Dates are relative to the store's today (`register.today()`); `register:empty` has none.
 */
import { addDays, type CalendarDate, type DocumentKind, type ExtractionReportMeta, type ReportInterventionType } from '@vigie/core';
import type { RegisterStore } from '../register-store.js';

export interface InterventionFacts {
  readonly id: string;
  readonly type: ReportInterventionType;
  readonly title: string;
  readonly closed: boolean;
  /** The due date; for a closed intervention, the day it was closed. */
  readonly date: CalendarDate;
  readonly report: ExtractionReportMeta | null;
}

type Row = readonly [id: string, type: ReportInterventionType, title: string, closed: boolean, days: number, report: ExtractionReportMeta | null];

const pdf = (id: string, fileName: string): ExtractionReportMeta => ({ id, format: 'pdf', fileName });

const ROWS: readonly Row[] = [
  ['int-101', 'controle', 'Vérification annuelle du système de sécurité incendie (SSI)', false, 5, null],
  ['int-102', 'maintenance', 'Maintenance annuelle des extincteurs', false, -10, null],
  ['int-103', 'sav', 'Dépannage de la porte coupe-feu du 2ᵉ étage', false, 0, null],
  ['int-104', 'installation', 'Pose de détecteurs autonomes avertisseurs de fumée', false, -1, null],
  ['int-105', 'controle', 'Contrôle des installations de gaz de la chaufferie', false, 20, null],
  ['int-201', 'controle', 'Vérification périodique des installations électriques', true, -30, pdf('rpt-201', 'rapport-verification-electrique.pdf')],
  ['int-202', 'maintenance', 'Entretien du désenfumage mécanique', true, -45, pdf('rpt-202', 'rapport-entretien-desenfumage.pdf')],
  ['int-203', 'sav', 'Remplacement d’un déclencheur manuel d’alarme', true, -60, pdf('rpt-203', 'rapport-sav-declencheur-manuel.pdf')],
  ['int-204', 'installation', 'Installation de blocs autonomes d’éclairage de sécurité', true, -75, pdf('rpt-204', 'rapport-installation-baes.pdf')],
  ['int-205', 'travaux', 'Réfection de la cage d’escalier B', true, -20, pdf('rpt-205', 'compte-rendu-travaux-escalier-b.pdf')],
  ['int-206', 'controle', 'Contrôle des portes automatiques du hall', true, -90, { id: 'rpt-206', format: 'image', fileName: 'rapport-portes-automatiques-scan.jpg' }],
  ['int-207', 'maintenance', 'Maintenance des ascenseurs', true, -15, null],
];

/** The interventions of the account, as extraction sees them. */
export function interventionFacts(register: RegisterStore): readonly InterventionFacts[] {
  if (register.dataSet === 'empty') return [];
  const today = register.today();
  return ROWS.map(([id, type, title, closed, days, report]) => ({ id, type, title, closed, date: addDays(today, days), report }));
}

export function findIntervention(register: RegisterStore, id: string): InterventionFacts | undefined {
  return interventionFacts(register).find((i) => i.id === id);
}

/** The building documents anomalies and prescriptions are extracted from (both real PDFs). */
export interface DocumentFacts {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly date: CalendarDate;
  readonly report: ExtractionReportMeta;
}

export function documentFacts(register: RegisterStore): readonly DocumentFacts[] {
  if (register.dataSet === 'empty') return [];
  const today = register.today();
  return [
    { id: 'doc-audit-1', kind: 'audit', title: 'Audit sécurité incendie du bâtiment A', date: addDays(today, -40), report: pdf('doc-audit-1', 'audit-securite-batiment-a.pdf') },
    { id: 'doc-cs-1', kind: 'commission', title: 'Procès-verbal de la commission de sécurité', date: addDays(today, -120), report: pdf('doc-cs-1', 'proces-verbal-commission-securite.pdf') },
  ];
}

export function findDocument(register: RegisterStore, id: string): DocumentFacts | undefined {
  return documentFacts(register).find((d) => d.id === id);
}
