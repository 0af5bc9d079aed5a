/** SR-ANOMALY — the anomalies part's paths and schemas in the OpenAPI document (tag `safety-register`). */
import { componentSchemas, idempotencyKey, idParameter, openApiBuilders } from '../../shared/openapi-builders.js';
import { ANOMALIES_PATH, PROVIDERS_PATH } from './api.js';
import { AnomalyDetails, AnomalyListResponse, AnomalyRequestBody, AnomalyRequestResult, ProviderDirectory } from './schemas.js';

const COMPONENTS = {
  RegisterAnomalyList: AnomalyListResponse,
  RegisterAnomaly: AnomalyDetails,
  RegisterProviderDirectory: ProviderDirectory,
  RegisterAnomalyRequest: AnomalyRequestBody,
  RegisterAnomalyRequestResult: AnomalyRequestResult,
};
type Name = keyof typeof COMPONENTS;

export function registerAnomaliesPaths(): Record<string, unknown> {
  const { json, problem, operation } = openApiBuilders<Name>('safety-register');
  const restricted = problem(
    'The account is suspended (`/problems/access-restricted`) or the user lacks the right (`/problems/forbidden`)',
  );
  return {
    [`/${ANOMALIES_PATH}`]: {
      get: operation(
        'listRegisterAnomalies',
        'SR-ANOMALY: the building’s anomalies, with who created each (« Anomalie créée par »)',
        undefined,
        {
          '200': json('RegisterAnomalyList', 'The anomalies'),
          '403': restricted,
        },
      ),
    },
    [`/${ANOMALIES_PATH}/{id}`]: {
      get: operation(
        'getRegisterAnomaly',
        'SR-ANOMALY: one anomaly, its source and the requests made on it',
        undefined,
        {
          '200': json('RegisterAnomaly', 'The anomaly'),
          '403': restricted,
          '404': problem('No such anomaly (`/problems/not-found`)'),
        },
        { parameters: [idParameter] },
      ),
    },
    [`/${ANOMALIES_PATH}/{id}/requests`]: {
      post: operation(
        'sendRegisterAnomalyRequest',
        'SR-ANOMALY: ONE intervention or quote request to any number of providers and contacts; the server fans it out, one request per provider (each with its own chosen contacts and the account’s), and answers them',
        'RegisterAnomalyRequest',
        {
          '201': json('RegisterAnomalyRequestResult', 'The requests created (the same answer again for a repeated `Idempotency-Key`)'),
          '403': problem('Suspended account, or the user lacks `batiment:demander`'),
          '404': problem('No such anomaly'),
          '409': problem('The anomaly is closed (`/problems/state-conflict`)'),
          '422': problem(
            '`/problems/validation`, `errors`: `{ field, issue }` with issue `provider-required`, `unknown-provider`, `unknown-contact`, `duplicate`, `date-format`, `date-past`, `too-long`',
          ),
        },
        { parameters: [idParameter, idempotencyKey] },
      ),
    },
    [`/${PROVIDERS_PATH}`]: {
      get: operation('listRegisterProviders', 'SR-ANOMALY: the providers with their contacts, and the account’s own contacts', undefined, {
        '200': json('RegisterProviderDirectory', 'The providers and contacts'),
        '403': restricted,
      }),
    },
  };
}

export function registerAnomaliesComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
