/** SR-ANOMALY — the anomalies part's paths and schemas in the OpenAPI document (tag `safety-register`), from its table (`routes.ts`). */
import { componentSchemas, openApiBuilders, pathsOf, type OperationDoc } from '../../shared/openapi-builders.js';
import { SR_PROBLEMS } from '../problems.js';
import { SR_PROBLEM_DOCS } from '../problem-docs.js';
import { SR_ANOMALIES_ROUTES } from './routes.js';
import { AnomalyDetails, AnomalyListResponse, AnomalyRequestBody, AnomalyRequestResult, ProviderDirectory } from './schemas.js';

const COMPONENTS = {
  RegisterAnomalyList: AnomalyListResponse,
  RegisterAnomaly: AnomalyDetails,
  RegisterProviderDirectory: ProviderDirectory,
  RegisterAnomalyRequest: AnomalyRequestBody,
  RegisterAnomalyRequestResult: AnomalyRequestResult,
};
type Name = keyof typeof COMPONENTS;

const { problem } = openApiBuilders<Name>('safety-register');
const RESTRICTED = problem('The account is suspended (`/problems/access-restricted`) or the user lacks the right (`/problems/forbidden`)');

const DOCS: Record<keyof typeof SR_ANOMALIES_ROUTES, OperationDoc> = {
  anomalies: {
    operationId: 'listRegisterAnomalies',
    summary: 'SR-ANOMALY: the building’s anomalies, with who created each (« Anomalie créée par »)',
    ok: 'The anomalies',
    answers: { '403': RESTRICTED },
  },
  anomaly: {
    operationId: 'getRegisterAnomaly',
    summary: 'SR-ANOMALY: one anomaly, its source and the requests made on it',
    ok: 'The anomaly',
    answers: { '403': RESTRICTED, '404': problem('No such anomaly (`/problems/not-found`)') },
  },
  anomalyRequest: {
    operationId: 'sendRegisterAnomalyRequest',
    summary:
      'SR-ANOMALY: ONE intervention or quote request to any number of providers and contacts; the server fans it out, one request per provider (each with its own chosen contacts and the account’s), and answers them',
    ok: 'The requests created (the same answer again for a repeated `Idempotency-Key`)',
    answers: {
      '403': problem('Suspended account, or the user lacks `batiment:demander`'),
      '404': problem('No such anomaly'),
      '409': problem('The anomaly is closed (`/problems/state-conflict`)'),
      '422': problem(
        '`/problems/validation`, `errors`: `{ field, issue }` with issue `provider-required`, `unknown-provider`, `unknown-contact`, `duplicate`, `date-format`, `date-past`, `too-long`',
      ),
    },
  },
  providers: {
    operationId: 'listRegisterProviders',
    summary: 'SR-ANOMALY: the providers with their contacts, and the account’s own contacts',
    ok: 'The providers and contacts',
    answers: { '403': RESTRICTED },
  },
};

export function registerAnomaliesPaths(): Record<string, unknown> {
  return pathsOf({
    tag: 'safety-register',
    routes: SR_ANOMALIES_ROUTES,
    problems: SR_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: SR_PROBLEM_DOCS,
  });
}

export function registerAnomaliesComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
