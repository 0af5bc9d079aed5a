/** SR — the typed calls of the interventions part (through the shared client). */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { Intervention, InterventionListResponse, type SignatureRequest } from './schemas.js';

export const INTERVENTIONS_PATH = 'safety-register/interventions';
export const interventionPath = (id: string) => `${INTERVENTIONS_PATH}/${encodeURIComponent(id)}`;
export const signaturesPath = (id: string) => `${interventionPath(id)}/signatures`;

type Opts = Pick<RequestOptions, 'signal'>;

/** SR-SIGN: every intervention of the account (to sign, late, closed). */
export async function listInterventions(client: VigieClient, opts: Opts = {}): Promise<Intervention[]> {
  return (await client.get(INTERVENTIONS_PATH, InterventionListResponse, opts)).interventions;
}

/** SR-SIGN: one intervention with its signatures. */
export function getIntervention(client: VigieClient, id: string, opts: Opts = {}): Promise<Intervention> {
  return client.get(interventionPath(id), Intervention, opts);
}

/**
 * SR-SIGN: records one signer's signature; answers the intervention as it now is (closed once the
 * last chosen signer signed). The `Idempotency-Key` makes a retry safe: never signed twice.
 * 409 `/problems/state-conflict` when already signed or closed; 422 `/problems/validation`.
 */
export function signIntervention(
  client: VigieClient,
  id: string,
  body: SignatureRequest,
  idempotencyKey: string,
  opts: Opts = {},
): Promise<Intervention> {
  return client.post(signaturesPath(id), body, Intervention, { ...opts, idempotencyKey });
}
