/** SR — typed calls: the current user's rights and the sites' synthesis (the one action a restricted account keeps). */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { CurrentUser, PdfDocument } from './schemas.js';

export const CURRENT_USER_PATH = 'safety-register/me';
export const SYNTHESIS_PATH = 'safety-register/synthesis';

type Opts = Pick<RequestOptions, 'signal'>;

/** Who is signed in to the register, with their effective rights. */
export function getCurrentUser(client: VigieClient, opts: Opts = {}): Promise<CurrentUser> {
  return client.get(CURRENT_USER_PATH, CurrentUser, opts);
}

/**
 * SR-INVOICE: generates the synthesis of the user's sites, as a PDF. Allowed even when the account
 * is suspended, for users holding `synthese:generer` (403 `/problems/forbidden` otherwise).
 */
export function generateSynthesis(client: VigieClient, opts: Opts = {}): Promise<Blob> {
  return client.post(SYNTHESIS_PATH, undefined, PdfDocument, { ...opts, headers: { Accept: 'application/pdf' } });
}
