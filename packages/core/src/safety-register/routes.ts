/**
 * SR — the contract table of the safety register: each operation once (method, path, body, answer,
 * problems, auth, If-Match, idempotency). Written per part (`<part>/routes.ts`, the invoices in
 * `invoice-routes.ts`) beside the part's schemas, and gathered here as one table: a part's `api.ts`
 * calls through its own rows only, so a widget that loads one part does not load every part's
 * schemas; `openapi.ts` documents the whole table and the mock registers its routes from it.
 *
 * Every route takes the provider's bearer token; while the account is suspended, every route but
 * the invoices, the access state, the current user and the synthesis answers 403
 * `access-restricted`.
 */
import { SR_INVOICE_ROUTES } from './invoice-routes.js';
import { SR_ACCESS_ROUTES } from './access/routes.js';
import { SR_PROFILES_ROUTES } from './profiles/routes.js';
import { SR_INTERVENTIONS_ROUTES } from './interventions/routes.js';
import { SR_REPORTS_ROUTES } from './reports/routes.js';
import { SR_ANOMALIES_ROUTES } from './anomalies/routes.js';
import { SR_PERMITS_ROUTES } from './permits/routes.js';

export {
  SR_INVOICE_ROUTES,
  SR_ACCESS_ROUTES,
  SR_PROFILES_ROUTES,
  SR_INTERVENTIONS_ROUTES,
  SR_REPORTS_ROUTES,
  SR_ANOMALIES_ROUTES,
  SR_PERMITS_ROUTES,
};

export const SR_ROUTES = {
  ...SR_INVOICE_ROUTES,
  ...SR_ACCESS_ROUTES,
  ...SR_PROFILES_ROUTES,
  ...SR_INTERVENTIONS_ROUTES,
  ...SR_REPORTS_ROUTES,
  ...SR_ANOMALIES_ROUTES,
  ...SR_PERMITS_ROUTES,
} as const;

export type SrRouteName = keyof typeof SR_ROUTES;
