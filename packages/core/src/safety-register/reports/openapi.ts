/** SR-OBS — extraction from PDF reports in the OpenAPI document (tag `safety-register`), from its table (`routes.ts`). */
import { componentSchemas, openApiBuilders, pathsOf, type OperationDoc } from '../../shared/openapi-builders.js';
import { SR_PROBLEMS } from '../problems.js';
import { SR_PROBLEM_DOCS } from '../problem-docs.js';
import { SR_REPORTS_ROUTES } from './routes.js';
import { Extract, ExtractInput, ExtractionSource, ExtractList } from './schemas.js';

const COMPONENTS = {
  RegisterExtractionSource: ExtractionSource,
  RegisterExtract: Extract,
  RegisterExtractList: ExtractList,
  RegisterExtractInput: ExtractInput,
};
type Name = keyof typeof COMPONENTS;

const { problem } = openApiBuilders<Name>('safety-register');
const COMMON = {
  '401': problem('No or an invalid bearer token'),
  '403': problem('The account is suspended (`/problems/access-restricted`)'),
  '404': problem('No such item (`/problems/not-found`)'),
};
const list = (what: string, op: string): OperationDoc => ({
  operationId: `list${op}`,
  summary: `SR-OBS: the ${what} extracted from this source, oldest first`,
  ok: 'The list',
  answers: COMMON,
});
const create = (what: string, op: string): OperationDoc => ({
  operationId: `create${op.replace(/s$/, '')}`,
  summary: `SR-OBS: creates one of the ${what} from a selected text (whitespace normalised by the server)`,
  ok: 'Created',
  answers: {
    ...COMMON,
    '409': problem(
      'Nothing can be extracted from this source (`/problems/state-conflict`, `reason`: not-closed, type-not-concerned, no-report, not-pdf)',
    ),
    '422': problem('The text is empty or longer than 2,000 characters (`/problems/validation`)'),
  },
});
const ANOMALIES = 'anomalies (from an audit report)';
const PRESCRIPTIONS = 'prescriptions (from a commission’s procès-verbal)';

const DOCS: Record<keyof typeof SR_REPORTS_ROUTES, OperationDoc> = {
  interventionReport: {
    operationId: 'getInterventionReport',
    summary: 'SR-OBS: the intervention’s report (metadata) and whether observations can be extracted from it',
    ok: 'The report',
    answers: COMMON,
  },
  interventionReportPdf: {
    operationId: 'getInterventionReportPdf',
    summary: 'SR-OBS: the report as a PDF',
    ok: 'The PDF',
    answers: { ...COMMON, '409': problem('The report is not a PDF or there is none') },
  },
  interventionObservations: list('observations', 'InterventionObservations'),
  createInterventionObservation: create('observations', 'InterventionObservations'),
  registerDocument: {
    operationId: 'getRegisterDocument',
    summary: 'SR-OBS: a building document (audit report, commission’s procès-verbal) and whether text can be extracted from it',
    ok: 'The document',
    answers: COMMON,
  },
  registerDocumentPdf: { operationId: 'getRegisterDocumentPdf', summary: 'SR-OBS: the document as a PDF', ok: 'The PDF', answers: COMMON },
  documentAnomalies: list(ANOMALIES, 'DocumentAnomalies'),
  createDocumentAnomaly: create(ANOMALIES, 'DocumentAnomalies'),
  documentPrescriptions: list(PRESCRIPTIONS, 'DocumentPrescriptions'),
  createDocumentPrescription: create(PRESCRIPTIONS, 'DocumentPrescriptions'),
};

export function registerReportsPaths(): Record<string, unknown> {
  return pathsOf({
    tag: 'safety-register',
    routes: SR_REPORTS_ROUTES,
    problems: SR_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: SR_PROBLEM_DOCS,
  });
}

export function registerReportsComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
