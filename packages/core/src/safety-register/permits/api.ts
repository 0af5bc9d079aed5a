/** SR-PERMIT — the typed calls of the permits part (through the shared client). */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { FirePermitListResponse, SignatureLink, type FirePermit } from './schemas.js';

export const FIRE_PERMITS_PATH = 'safety-register/permits';
export const signatureLinkPath = (permitId: string) => `${FIRE_PERMITS_PATH}/${encodeURIComponent(permitId)}/signature-link`;

type Opts = Pick<RequestOptions, 'signal'>;

/** SR-PERMIT: every fire permit of the account. */
export async function listFirePermits(client: VigieClient, opts: Opts = {}): Promise<FirePermit[]> {
  return (await client.get(FIRE_PERMITS_PATH, FirePermitListResponse, opts)).permits;
}

/**
 * SR-PERMIT: a fresh link to the mobile app's signature page of a permit awaiting a signature (a
 * short-lived token; 409 `/problems/state-conflict` when the permit awaits none).
 */
export function getSignatureLink(client: VigieClient, permitId: string, opts: Opts = {}): Promise<SignatureLink> {
  return client.get(signatureLinkPath(permitId), SignatureLink, opts);
}
