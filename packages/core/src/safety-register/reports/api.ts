/** SR-OBS — the typed calls of extraction from PDF reports (through the shared client: token, typed errors). */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { callRoute, pathOf } from '../../shared/contract.js';
import type { ExtractionTarget } from './rules.js';
import { SR_REPORTS_ROUTES as R } from './routes.js';
import type { Extract, ExtractionSource, ExtractInput } from './schemas.js';

export const INTERVENTIONS_BASE_PATH = 'safety-register/interventions';
export const DOCUMENTS_BASE_PATH = 'safety-register/documents';

/** Where a target's source lives: an intervention (observations) or a building document (anomalies, prescriptions). */
export interface SourceRef {
  readonly target: ExtractionTarget;
  /** The intervention's id for `observation`, the document's otherwise. */
  readonly id: string;
}

/** Each target's rows: its source, the source's PDF, the list and the creation of what is extracted from it. */
const ROWS = {
  observation: {
    source: R.interventionReport,
    pdf: R.interventionReportPdf,
    list: R.interventionObservations,
    create: R.createInterventionObservation,
  },
  anomaly: { source: R.registerDocument, pdf: R.registerDocumentPdf, list: R.documentAnomalies, create: R.createDocumentAnomaly },
  prescription: {
    source: R.registerDocument,
    pdf: R.registerDocumentPdf,
    list: R.documentPrescriptions,
    create: R.createDocumentPrescription,
  },
} as const;

/** `…/interventions/:id/report` or `…/documents/:id`: the source and whether text can be extracted. */
export const sourcePath = (ref: SourceRef) => pathOf(ROWS[ref.target].source, { id: ref.id });
/** The PDF itself. */
export const sourcePdfPath = (ref: SourceRef) => pathOf(ROWS[ref.target].pdf, { id: ref.id });
/** The observations (anomalies, prescriptions) of the source. */
export const extractsPath = (ref: SourceRef) => pathOf(ROWS[ref.target].list, { id: ref.id });

type Opts = Pick<RequestOptions, 'signal'>;

/** SR-OBS: the source's metadata and eligibility. */
export function getExtractionSource(client: VigieClient, ref: SourceRef, opts: Opts = {}): Promise<ExtractionSource> {
  return callRoute(client, ROWS[ref.target].source, { params: { id: ref.id }, ...opts });
}

/** SR-OBS: the PDF bytes (then `getDocument({ data })`). */
export function getSourcePdf(client: VigieClient, ref: SourceRef, opts: Opts = {}): Promise<Blob> {
  return callRoute(client, ROWS[ref.target].pdf, { params: { id: ref.id }, ...opts });
}

/** SR-OBS: what was already extracted from the source, oldest first. */
export async function listExtracts(client: VigieClient, ref: SourceRef, opts: Opts = {}): Promise<Extract[]> {
  return (await callRoute(client, ROWS[ref.target].list, { params: { id: ref.id }, ...opts })).items;
}

/** SR-OBS: creates an observation (anomaly, prescription) with this text (a fresh `Idempotency-Key` unless given). */
export function createExtract(
  client: VigieClient,
  ref: SourceRef,
  input: ExtractInput,
  opts: Opts & { idempotencyKey?: string } = {},
): Promise<Extract> {
  return callRoute(client, ROWS[ref.target].create, { params: { id: ref.id }, body: input, ...opts });
}
