/**
 * SR-OBS — the facts of the demo interventions that extraction needs (type, closed or not, report
 * metadata). This is the ONE place the reports part reads interventions from: the interventions
 * part's store (SR-SIGN).
 * Dates are relative to the store's today (`register.today()`); `register:empty` has none.
 */
import { addDays, type CalendarDate, type DocumentKind, type ExtractionReportMeta, type ReportInterventionType } from '@vigie/core';
import type { RegisterStore } from '../register-store.js';
import { interventionsPart } from '../interventions/store.js';

export interface InterventionFacts {
  readonly id: string;
  readonly type: ReportInterventionType;
  readonly title: string;
  readonly closed: boolean;
  /** The due date; for a closed intervention, the day it was closed. */
  readonly date: CalendarDate;
  readonly report: ExtractionReportMeta | null;
}

/** A PDF report's metadata. */
const pdf = (id: string, fileName: string): ExtractionReportMeta => ({ id, format: 'pdf', fileName });

/** The interventions of the account, as extraction sees them: read from the interventions part (SR-SIGN), so an intervention closed by a signature is closed here too. */
export function interventionFacts(register: RegisterStore): readonly InterventionFacts[] {
  return interventionsPart(register).list.map((i) => ({
    id: i.id,
    type: i.type,
    title: i.title,
    closed: i.status === 'closed',
    date: i.dueDate,
    report: i.report,
  }));
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
    {
      id: 'doc-audit-1',
      kind: 'audit',
      title: 'Audit sécurité incendie du bâtiment A',
      date: addDays(today, -40),
      report: pdf('doc-audit-1', 'audit-securite-batiment-a.pdf'),
    },
    {
      id: 'doc-cs-1',
      kind: 'commission',
      title: 'Procès-verbal de la commission de sécurité',
      date: addDays(today, -120),
      report: pdf('doc-cs-1', 'proces-verbal-commission-securite.pdf'),
    },
  ];
}

export function findDocument(register: RegisterStore, id: string): DocumentFacts | undefined {
  return documentFacts(register).find((d) => d.id === id);
}
