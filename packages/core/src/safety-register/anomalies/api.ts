/** SR-ANOMALY — the typed calls of the anomalies part (through the shared client). */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { callRoute, pathOf } from '../../shared/contract.js';
import { SR_ANOMALIES_ROUTES as R } from './routes.js';
import type { AnomalyDetails, AnomalyRequestBody, AnomalyRequestResult, AnomalySummary, ProviderDirectory } from './schemas.js';

export const ANOMALIES_PATH = R.anomalies.path;
export const PROVIDERS_PATH = R.providers.path;
export const anomalyPath = (id: string) => pathOf(R.anomaly, { id });
export const anomalyRequestsPath = (id: string) => pathOf(R.anomalyRequest, { id });

type Opts = Pick<RequestOptions, 'signal'>;

/** The building's anomalies (SR-ANOMALY). */
export async function listAnomalies(client: VigieClient, opts: Opts = {}): Promise<AnomalySummary[]> {
  return (await callRoute(client, R.anomalies, opts)).anomalies;
}

/** One anomaly: its description, location, source and the requests made on it. */
export function getAnomaly(client: VigieClient, id: string, opts: Opts = {}): Promise<AnomalyDetails> {
  return callRoute(client, R.anomaly, { params: { id }, ...opts });
}

/** The providers with their contacts, and the account's own contacts. */
export function listProviders(client: VigieClient, opts: Opts = {}): Promise<ProviderDirectory> {
  return callRoute(client, R.providers, opts);
}

/**
 * ONE intervention or quote request for any number of providers and contacts; the server fans it
 * out (one per provider) and answers what it created. The `Idempotency-Key` makes a retry safe.
 */
export function sendAnomalyRequest(
  client: VigieClient,
  anomalyId: string,
  body: AnomalyRequestBody,
  opts: Opts & { readonly idempotencyKey?: string } = {},
): Promise<AnomalyRequestResult> {
  return callRoute(client, R.anomalyRequest, { params: { id: anomalyId }, body, signal: opts.signal, idempotencyKey: opts.idempotencyKey });
}
