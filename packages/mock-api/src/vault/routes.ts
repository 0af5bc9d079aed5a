/**
 * VA — the routes of the payslip vault in the mock API. Each validates its body with the zod
 * schema of core's contract, asks the vault store (which applies core's rules) and answers with
 * the contract's bodies and problems. `createHandlers` wraps them with the scenario effects
 * (`any:slow`, `any:error-500`, `any:malformed`) and auth, like every route.
 *
 * No enumeration: a wrong password and an unknown identifier get the very same 401 (status, body,
 * headers); both count toward a lock the same way (per account when the identifier has one, else
 * per identifier); the reset and lost-identifier requests always answer
 * the same 202. Secrets are never echoed in a problem.
 */
import { VAULT_ROUTES } from '@vigie/core';
import type { RouteDefinition } from '../http.js';
import { routesFromTable } from '../contract.js';
import { toRoute } from './routes/kit.js';
import { loginHandlers } from './routes/login.js';
import { linksHandlers } from './routes/links.js';
import { profileHandlers } from './routes/profile.js';
import { documentsHandlers } from './routes/documents.js';
import { paperHandlers } from './routes/paper.js';

/** VA — every route of the vault, for `createHandlers`: registered from core's table (`VAULT_ROUTES`), one behaviour per operation. */
export function vaultRoutes(): RouteDefinition[] {
  return routesFromTable(
    VAULT_ROUTES,
    { ...loginHandlers, ...linksHandlers, ...profileHandlers, ...documentsHandlers, ...paperHandlers },
    toRoute,
  );
}
