/**
 * SR-OBS — which reports a user may extract text from, and what an extracted text is. Pure rules,
 * read by the widget (to say why nothing can be extracted) and by the server (which refuses the same).
 *
 * Seed 001: « Cette fonctionnalité est possible pour les interventions de type : contrôle / SAV /
 * installation et maintenance. De plus, elle concerne uniquement les rapports en format PDF. » — and the
 * seed's walk-through starts from « l'onglet des interventions clôturées ».
 */

/** The intervention types of the register (SR-SIGN and SR-OBS share them). */
export const REPORT_INTERVENTION_TYPES = ['controle', 'sav', 'installation', 'maintenance', 'travaux'] as const;
export type ReportInterventionType = (typeof REPORT_INTERVENTION_TYPES)[number];

/** The types whose reports observations can be extracted from (seed 001). */
export const EXTRACTABLE_TYPES: readonly ReportInterventionType[] = ['controle', 'sav', 'installation', 'maintenance'];

/** The formats a report is stored in: a PDF (text to select) or a scanned image. */
export const EXTRACTION_REPORT_FORMATS = ['pdf', 'image'] as const;
export type ExtractionReportFormat = (typeof EXTRACTION_REPORT_FORMATS)[number];

export interface ExtractionReportMeta {
  readonly id: string;
  readonly format: ExtractionReportFormat;
  readonly fileName: string;
}

/** Why nothing can be extracted, in the order they are checked (the first that applies is given). */
export const EXTRACTION_REASONS = ['not-closed', 'type-not-concerned', 'no-report', 'not-pdf'] as const;
export type ExtractionReason = (typeof EXTRACTION_REASONS)[number];

export type ExtractionEligibility = { readonly eligible: true } | { readonly eligible: false; readonly reason: ExtractionReason };

export interface ExtractionFacts {
  readonly type: ReportInterventionType;
  readonly closed: boolean;
  readonly report: Pick<ExtractionReportMeta, 'format'> | null;
}

/**
 * SR-OBS: whether observations can be extracted from an intervention's report, or why not. A report
 * is only read once the intervention is closed; the type comes next (a « travaux » report is never
 * concerned, whatever its format), then whether there is a report at all, then its format.
 */
export function extractionEligibility(facts: ExtractionFacts): ExtractionEligibility {
  if (!facts.closed) return { eligible: false, reason: 'not-closed' };
  if (!EXTRACTABLE_TYPES.includes(facts.type)) return { eligible: false, reason: 'type-not-concerned' };
  if (!facts.report) return { eligible: false, reason: 'no-report' };
  if (facts.report.format !== 'pdf') return { eligible: false, reason: 'not-pdf' };
  return { eligible: true };
}

/** What the picker can create, and from which source: an intervention's report or a building document. */
export const EXTRACTION_TARGETS = ['observation', 'anomaly', 'prescription'] as const;
export type ExtractionTarget = (typeof EXTRACTION_TARGETS)[number];

/** The documents anomalies and prescriptions come from (« Gestion du bâtiment », commissions de sécurité). */
export const DOCUMENT_KINDS = ['audit', 'commission'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Which kind of document each target reads: anomalies come from a building audit, prescriptions from a commission's procès-verbal. */
export const DOCUMENT_KIND_OF: Readonly<Record<Exclude<ExtractionTarget, 'observation'>, DocumentKind>> = {
  anomaly: 'audit',
  prescription: 'commission',
};

/** The longest text an observation, anomaly or prescription keeps. */
export const MAX_EXTRACT_LENGTH = 2000;

/**
 * SR-OBS: the text a selection gives, whitespace normalised: line breaks, tabs and runs of spaces
 * become one space; the ends are trimmed. A single no-break space (French typography: « : », « ; »,
 * inside « ») is kept as it is; a run containing one becomes a plain space. Soft hyphens are dropped.
 */
export function normalizeExtract(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, (run) => (run.length === 1 && (run === '\u00a0' || run === '\u202f') ? run : ' '))
    .replace(/^\s+|\s+$/g, '');
}

export type ExtractIssue = 'empty' | 'too-long';

/** SR-OBS: what is wrong with the text of an observation (after normalisation), or undefined. */
export function extractIssue(text: string): ExtractIssue | undefined {
  const t = normalizeExtract(text);
  if (t.length === 0) return 'empty';
  if (t.length > MAX_EXTRACT_LENGTH) return 'too-long';
  return undefined;
}
