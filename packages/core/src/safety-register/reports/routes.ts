/**
 * SR-OBS — this part's rows of the safety register's contract table (see `../routes.ts`): a source
 * (an intervention's report, a building document), its PDF, and what was extracted from it.
 */
import { defineRoutes } from '../../shared/contract.js';
import { SR_PROBLEMS } from '../problems.js';
import { PdfDocument } from '../access/schemas.js';
import { Extract, ExtractInput, ExtractionSource, ExtractList } from './schemas.js';

const COMMON = ['unauthorized', 'accessRestricted', 'notFound'] as const;
const I = 'safety-register/interventions/{id}';
const D = 'safety-register/documents/{id}';
const read = { method: 'get', problems: COMMON, auth: 'provider', idempotency: 'safe' } as const;
const pdf = { ...read, response: PdfDocument, produces: 'application/pdf' } as const;
const list = { ...read, response: ExtractList } as const;
const create = {
  method: 'post',
  body: ExtractInput,
  response: Extract,
  status: 201,
  problems: [...COMMON, 'stateConflict', 'validation'],
  auth: 'provider',
  idempotency: 'keyed',
} as const;

export const SR_REPORTS_ROUTES = defineRoutes(SR_PROBLEMS, {
  interventionReport: { ...read, path: `${I}/report`, response: ExtractionSource },
  interventionReportPdf: { ...pdf, path: `${I}/report.pdf`, problems: [...COMMON, 'stateConflict'] },
  interventionObservations: { ...list, path: `${I}/observations` },
  createInterventionObservation: { ...create, path: `${I}/observations` },
  registerDocument: { ...read, path: D, response: ExtractionSource },
  registerDocumentPdf: { ...pdf, path: `${D}/document.pdf` },
  documentAnomalies: { ...list, path: `${D}/anomalies` },
  createDocumentAnomaly: { ...create, path: `${D}/anomalies` },
  documentPrescriptions: { ...list, path: `${D}/prescriptions` },
  createDocumentPrescription: { ...create, path: `${D}/prescriptions` },
});
