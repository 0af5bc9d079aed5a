/** SR — typed calls: the current user's rights and the sites' synthesis (the one action a restricted account keeps). */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { callRoute } from '../../shared/contract.js';
import { SR_ACCESS_ROUTES as R } from './routes.js';
import type { CurrentUser } from './schemas.js';

export const CURRENT_USER_PATH = R.currentUser.path;
export const SYNTHESIS_PATH = R.synthesis.path;

type Opts = Pick<RequestOptions, 'signal'>;

/** Who is signed in to the register, with their effective rights. */
export function getCurrentUser(client: VigieClient, opts: Opts = {}): Promise<CurrentUser> {
  return callRoute(client, R.currentUser, opts);
}

/**
 * SR-INVOICE: generates the synthesis of the user's sites, as a PDF. Allowed even when the account
 * is suspended, for users holding `synthese:generer` (403 `/problems/forbidden` otherwise).
 */
export function generateSynthesis(client: VigieClient, opts: Opts = {}): Promise<Blob> {
  return callRoute(client, R.synthesis, opts);
}
