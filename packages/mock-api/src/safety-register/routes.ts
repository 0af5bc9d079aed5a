/**
 * SR — every route of the safety register in the mock API, part by part. The invoices, the access
 * state, who is calling and the synthesis stay open to a suspended account; every other part is
 * {@link guarded} (403 access-restricted, as the real service does on web and mobile).
 */
import type { RouteDefinition } from '../http.js';
import { guarded } from './guard.js';
import { registerInvoicesRoutes } from './invoices/routes.js';
import { registerAccessRoutes } from './access/routes.js';
import { registerProfilesRoutes } from './profiles/routes.js';
import { registerInterventionsRoutes } from './interventions/routes.js';
import { registerReportsRoutes } from './reports/routes.js';
import { registerAnomaliesRoutes } from './anomalies/routes.js';
import { registerPermitsRoutes } from './permits/routes.js';

export function safetyRegisterRoutes(): RouteDefinition[] {
  return [
    ...registerInvoicesRoutes(),
    ...registerAccessRoutes(),
    ...guarded([
      ...registerProfilesRoutes(),
      ...registerInterventionsRoutes(),
      ...registerReportsRoutes(),
      ...registerAnomaliesRoutes(),
      ...registerPermitsRoutes(),
    ]),
  ];
}
