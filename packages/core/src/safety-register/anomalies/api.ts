/** SR-ANOMALY — the typed calls of the anomalies part (through the shared client). */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { newIdempotencyKey } from '../../api/idempotency.js';
import {
  AnomalyDetails,
  AnomalyListResponse,
  AnomalyRequestResult,
  ProviderDirectory,
  type AnomalyRequestBody,
  type AnomalySummary,
} from './schemas.js';

export const ANOMALIES_PATH = 'safety-register/anomalies';
export const PROVIDERS_PATH = 'safety-register/providers';
export const anomalyPath = (id: string) => `${ANOMALIES_PATH}/${encodeURIComponent(id)}`;
export const anomalyRequestsPath = (id: string) => `${anomalyPath(id)}/requests`;

type Opts = Pick<RequestOptions, 'signal'>;

/** The building's anomalies (SR-ANOMALY). */
export async function listAnomalies(client: VigieClient, opts: Opts = {}): Promise<AnomalySummary[]> {
  return (await client.get(ANOMALIES_PATH, AnomalyListResponse, opts)).anomalies;
}

/** One anomaly: its description, location, source and the requests made on it. */
export function getAnomaly(client: VigieClient, id: string, opts: Opts = {}): Promise<AnomalyDetails> {
  return client.get(anomalyPath(id), AnomalyDetails, opts);
}

/** The providers with their contacts, and the account's own contacts. */
export function listProviders(client: VigieClient, opts: Opts = {}): Promise<ProviderDirectory> {
  return client.get(PROVIDERS_PATH, ProviderDirectory, opts);
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
  return client.post(anomalyRequestsPath(anomalyId), body, AnomalyRequestResult, {
    signal: opts.signal,
    idempotencyKey: opts.idempotencyKey ?? newIdempotencyKey(),
  });
}
