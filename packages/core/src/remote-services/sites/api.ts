/** RS-SITES — paths and typed calls of this part through the shared client. */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { callRoute } from '../../shared/contract.js';
import { REMOTE_SITES_ROUTES as R } from './routes.js';
import type { RemoteSiteList } from './schemas.js';

export const REMOTE_SITES_PATH = R.listSites.path;

type Opts = Pick<RequestOptions, 'signal'>;

/** RS-SITES: every site of the user and their ID & PIN links (with the provider's bearer token). */
export function listRemoteSites(client: VigieClient, opts: Opts = {}): Promise<RemoteSiteList> {
  return callRoute(client, R.listSites, opts);
}
