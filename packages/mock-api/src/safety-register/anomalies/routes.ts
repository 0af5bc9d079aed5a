/** SR — the anomalies part's routes in the mock API (guarded: a suspended account gets 403 access-restricted). */
import type { RouteDefinition } from '../../http.js';

export function registerAnomaliesRoutes(): RouteDefinition[] {
  return [];
}
