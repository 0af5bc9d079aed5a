/** SR-PERMIT — the typed calls of the permits part (through the shared client). */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { callRoute, pathOf } from '../../shared/contract.js';
import { SR_PERMITS_ROUTES as R } from './routes.js';
import type { FirePermit, SignatureLink } from './schemas.js';

export const FIRE_PERMITS_PATH = R.firePermits.path;
export const signatureLinkPath = (permitId: string) => pathOf(R.signatureLink, { id: permitId });

type Opts = Pick<RequestOptions, 'signal'>;

/** SR-PERMIT: every fire permit of the account. */
export async function listFirePermits(client: VigieClient, opts: Opts = {}): Promise<FirePermit[]> {
  return (await callRoute(client, R.firePermits, opts)).permits;
}

/**
 * SR-PERMIT: a fresh link to the mobile app's signature page of a permit awaiting a signature (a
 * short-lived token; 409 `/problems/state-conflict` when the permit awaits none).
 */
export function getSignatureLink(client: VigieClient, permitId: string, opts: Opts = {}): Promise<SignatureLink> {
  return callRoute(client, R.signatureLink, { params: { id: permitId }, ...opts });
}
