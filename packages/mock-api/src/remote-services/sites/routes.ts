/**
 * RS-SITES — this part's routes in the mock API: exactly the paths, methods and bodies of core's
 * `remote-services/sites/api.ts`, over the Remote Services store (`ctx.remote`), applying core's rules.
 *
 * `GET remote/sites`: every site with its derived fields (state from its systems, open alarms, a test
 * mode whose end has passed is off), and the user's ID & PIN links. The nicknames, link changes and
 * test modes other parts make in the store show at the next read. One answer for `remote:large`
 * (5,000 sites) too: the list searches, sorts and groups every site on the client.
 */
import { HttpResponse } from 'msw';
import { type RemoteSiteList } from '@vigie/core/remote-services';
import type { RouteDefinition } from '../../http.js';
import { REMOTE_SITES_ROUTES } from '@vigie/core/remote-services';
import { routesFromTable, plainRoute } from '../../contract.js';

export function remoteSitesRoutes(): RouteDefinition[] {
  return routesFromTable(
    REMOTE_SITES_ROUTES,
    {
      listSites: {
        ok: ({ remote }) => {
          const body: RemoteSiteList = { sites: remote.sites(), links: remote.data.links };
          return HttpResponse.json(body);
        },
        // A site without its state: the contract is broken, the widget must say so (not show a blank).
        malformed: ({ remote }) => ({
          sites: remote
            .sites()
            .slice(0, 2)
            .map(({ state: _state, ...rest }) => rest),
          links: remote.data.links,
        }),
      },
    },
    plainRoute,
  );
}
