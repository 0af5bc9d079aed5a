/**
 * RS-OVERVIEW — this part's routes in the mock API: exactly the paths, methods and bodies of core's
 * `remote-services/overview/api.ts`, over the Remote Services store (`ctx.remote`), applying core's rules.
 */
import type { RouteDefinition } from '../../http.js';

export function remoteOverviewRoutes(): RouteDefinition[] {
  return [];
}
