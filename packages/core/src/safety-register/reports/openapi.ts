/** SR-OBS — extraction from PDF reports in the OpenAPI document (tag `safety-register`). */
import { componentSchemas, idempotencyKey, idParameter, openApiBuilders } from '../../shared/openapi-builders.js';
import { DOCUMENTS_BASE_PATH, INTERVENTIONS_BASE_PATH } from './api.js';
import { Extract, ExtractInput, ExtractionSource, ExtractList } from './schemas.js';

const COMPONENTS = {
  RegisterExtractionSource: ExtractionSource,
  RegisterExtract: Extract,
  RegisterExtractList: ExtractList,
  RegisterExtractInput: ExtractInput,
};
type Name = keyof typeof COMPONENTS;

const pdf = { description: 'The PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };

export function registerReportsPaths(): Record<string, unknown> {
  const { json, problem, operation } = openApiBuilders<Name>('safety-register');
  const params = { parameters: [idParameter] };
  const common = {
    '401': problem('No or an invalid bearer token'),
    '403': problem('The account is suspended (`/problems/access-restricted`)'),
    '404': problem('No such item (`/problems/not-found`)'),
  };
  const pair = (base: string, collection: string, what: string, op: string) => ({
    [`/${base}/{id}/${collection}`]: {
      get: operation(
        `list${op}`,
        `SR-OBS: the ${what} extracted from this source, oldest first`,
        undefined,
        { '200': json('RegisterExtractList', 'The list'), ...common },
        params,
      ),
      post: operation(
        `create${op.replace(/s$/, '')}`,
        `SR-OBS: creates one of the ${what} from a selected text (whitespace normalised by the server)`,
        'RegisterExtractInput',
        {
          '201': json('RegisterExtract', 'Created'),
          ...common,
          '409': problem(
            'Nothing can be extracted from this source (`/problems/state-conflict`, `reason`: not-closed, type-not-concerned, no-report, not-pdf)',
          ),
          '422': problem('The text is empty or longer than 2,000 characters (`/problems/validation`)'),
        },
        { parameters: [idParameter, idempotencyKey] },
      ),
    },
  });
  return {
    [`/${INTERVENTIONS_BASE_PATH}/{id}/report`]: {
      get: operation(
        'getInterventionReport',
        'SR-OBS: the intervention’s report (metadata) and whether observations can be extracted from it',
        undefined,
        { '200': json('RegisterExtractionSource', 'The report'), ...common },
        params,
      ),
    },
    [`/${INTERVENTIONS_BASE_PATH}/{id}/report.pdf`]: {
      get: operation(
        'getInterventionReportPdf',
        'SR-OBS: the report as a PDF',
        undefined,
        { '200': pdf, ...common, '409': problem('The report is not a PDF or there is none') },
        params,
      ),
    },
    ...pair(INTERVENTIONS_BASE_PATH, 'observations', 'observations', 'InterventionObservations'),
    [`/${DOCUMENTS_BASE_PATH}/{id}`]: {
      get: operation(
        'getRegisterDocument',
        'SR-OBS: a building document (audit report, commission’s procès-verbal) and whether text can be extracted from it',
        undefined,
        { '200': json('RegisterExtractionSource', 'The document'), ...common },
        params,
      ),
    },
    [`/${DOCUMENTS_BASE_PATH}/{id}/document.pdf`]: {
      get: operation('getRegisterDocumentPdf', 'SR-OBS: the document as a PDF', undefined, { '200': pdf, ...common }, params),
    },
    ...pair(DOCUMENTS_BASE_PATH, 'anomalies', 'anomalies (from an audit report)', 'DocumentAnomalies'),
    ...pair(DOCUMENTS_BASE_PATH, 'prescriptions', 'prescriptions (from a commission’s procès-verbal)', 'DocumentPrescriptions'),
  };
}

export function registerReportsComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
