/** SR — the typed calls of the interventions part (through the shared client). */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { callRoute, pathOf } from '../../shared/contract.js';
import { SR_INTERVENTIONS_ROUTES as R } from './routes.js';
import type { Intervention, SignatureRequest } from './schemas.js';

export const INTERVENTIONS_PATH = R.interventions.path;
export const interventionPath = (id: string) => pathOf(R.intervention, { id });
export const signaturesPath = (id: string) => pathOf(R.signIntervention, { id });

type Opts = Pick<RequestOptions, 'signal'>;

/** SR-SIGN: every intervention of the account (to sign, late, closed). */
export async function listInterventions(client: VigieClient, opts: Opts = {}): Promise<Intervention[]> {
  return (await callRoute(client, R.interventions, opts)).interventions;
}

/** SR-SIGN: one intervention with its signatures. */
export function getIntervention(client: VigieClient, id: string, opts: Opts = {}): Promise<Intervention> {
  return callRoute(client, R.intervention, { params: { id }, ...opts });
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
  return callRoute(client, R.signIntervention, { params: { id }, body, ...opts, idempotencyKey });
}
