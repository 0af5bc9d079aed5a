/** SR-OBS — the typed calls of extraction from PDF reports (through the shared client: token, typed errors). */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { PdfDocument } from '../access/schemas.js';
import type { ExtractionTarget } from './rules.js';
import { Extract, ExtractionSource, ExtractList, type ExtractInput } from './schemas.js';

export const INTERVENTIONS_BASE_PATH = 'safety-register/interventions';
export const DOCUMENTS_BASE_PATH = 'safety-register/documents';

/** Where a target's source lives: an intervention (observations) or a building document (anomalies, prescriptions). */
export interface SourceRef {
  readonly target: ExtractionTarget;
  /** The intervention's id for `observation`, the document's otherwise. */
  readonly id: string;
}

const COLLECTION: Readonly<Record<ExtractionTarget, string>> = {
  observation: 'observations',
  anomaly: 'anomalies',
  prescription: 'prescriptions',
};

const base = (ref: SourceRef) =>
  `${ref.target === 'observation' ? INTERVENTIONS_BASE_PATH : DOCUMENTS_BASE_PATH}/${encodeURIComponent(ref.id)}`;
/** `…/interventions/:id/report` or `…/documents/:id`: the source and whether text can be extracted. */
export const sourcePath = (ref: SourceRef) => (ref.target === 'observation' ? `${base(ref)}/report` : base(ref));
/** The PDF itself. */
export const sourcePdfPath = (ref: SourceRef) => (ref.target === 'observation' ? `${base(ref)}/report.pdf` : `${base(ref)}/document.pdf`);
/** The observations (anomalies, prescriptions) of the source. */
export const extractsPath = (ref: SourceRef) => `${base(ref)}/${COLLECTION[ref.target]}`;

type Opts = Pick<RequestOptions, 'signal'>;

/** SR-OBS: the source's metadata and eligibility. */
export function getExtractionSource(client: VigieClient, ref: SourceRef, opts: Opts = {}): Promise<ExtractionSource> {
  return client.get(sourcePath(ref), ExtractionSource, opts);
}

/** SR-OBS: the PDF bytes (then `getDocument({ data })`). */
export function getSourcePdf(client: VigieClient, ref: SourceRef, opts: Opts = {}): Promise<Blob> {
  return client.get(sourcePdfPath(ref), PdfDocument, { ...opts, headers: { Accept: 'application/pdf' } });
}

/** SR-OBS: what was already extracted from the source, oldest first. */
export async function listExtracts(client: VigieClient, ref: SourceRef, opts: Opts = {}): Promise<Extract[]> {
  return (await client.get(extractsPath(ref), ExtractList, opts)).items;
}

/** SR-OBS: creates an observation (anomaly, prescription) with this text. */
export function createExtract(
  client: VigieClient,
  ref: SourceRef,
  input: ExtractInput,
  opts: Opts & { idempotencyKey?: string } = {},
): Promise<Extract> {
  return client.post(extractsPath(ref), input, Extract, opts);
}
