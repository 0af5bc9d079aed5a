/** RS-SITES — the bodies of this part's routes (zod/mini). */
import * as z from 'zod/mini';
import { IdPinLink, Site } from '../schemas.js';

/**
 * `GET remote/sites`: every site the user can see, with the ID & PIN links they come through (the
 * list groups them by link). One answer, no paging: 5,000 sites are about 1 MB of JSON, and search,
 * sort and grouping need every site on the client anyway.
 */
export const RemoteSiteList = z.object({
  sites: z.array(Site),
  links: z.array(IdPinLink),
});
export type RemoteSiteList = z.infer<typeof RemoteSiteList>;
