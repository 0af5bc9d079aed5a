/** RS — every route of Remote Services in the mock API, part by part. */
import type { RouteDefinition } from '../http.js';
import { remoteSitesRoutes } from './sites/routes.js';
import { remoteOverviewRoutes } from './overview/routes.js';
import { remoteCallListsRoutes } from './call-lists/routes.js';
import { remoteContactsRoutes } from './contacts/routes.js';
import { remoteAlarmsRoutes } from './alarms/routes.js';
import { remoteIdPinRoutes } from './id-pin/routes.js';
import { remoteOnboardingRoutes } from './onboarding/routes.js';

export function remoteServicesRoutes(): RouteDefinition[] {
  return [
    ...remoteSitesRoutes(),
    ...remoteOverviewRoutes(),
    ...remoteCallListsRoutes(),
    ...remoteContactsRoutes(),
    ...remoteAlarmsRoutes(),
    ...remoteIdPinRoutes(),
    ...remoteOnboardingRoutes(),
  ];
}
