/**
 * RS-IDPIN — this part's routes in the mock API: exactly the paths, methods and bodies of core's
 * `remote-services/id-pin/api.ts`, over the Remote Services store (`ctx.remote`), applying core's rules.
 */
import type { RouteDefinition } from '../../http.js';

export function remoteIdPinRoutes(): RouteDefinition[] {
  return [];
}
