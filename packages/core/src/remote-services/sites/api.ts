/** RS-SITES — paths and typed calls of this part through the shared client. */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { RemoteSiteList } from './schemas.js';

export const REMOTE_SITES_PATH = 'remote/sites';

type Opts = Pick<RequestOptions, 'signal'>;

/** RS-SITES: every site of the user and their ID & PIN links (with the provider's bearer token). */
export function listRemoteSites(client: VigieClient, opts: Opts = {}): Promise<RemoteSiteList> {
  return client.get(REMOTE_SITES_PATH, RemoteSiteList, opts);
}
