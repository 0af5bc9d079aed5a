/**
 * PP — the routes of the safety passport in the mock API: exactly the paths, methods and bodies of
 * core's `passport/api.ts`. Each validates its body with the zod schema of core's contract, asks the
 * passport store (which applies core's rules) and answers with the contract's bodies and RFC 9457
 * problems (`PASSPORT_PROBLEM_TYPES`). `createHandlers` wraps them with the scenario effects
 * (`any:slow`, `any:error-500`, `any:malformed`) and `requireAuth`, like every route.
 *
 * - Private routes need the bearer token of a passport session (`passport/login`, or the demo's
 *   {@link PASSPORT_DEMO_SESSION_TOKEN}): 401 `/problems/session-required` otherwise, whether or
 *   not the mock runs with `requireAuth` (unlike the vault, there is no demo-account fallback).
 * - No enumeration: a wrong password, an unknown e-mail, a user-account login and a password
 *   awaiting a reset get the very same 401; the forgotten-password request always answers the
 *   same 202; a registered SIRET gets a 409 that names nothing of the company; a registration
 *   with an e-mail that is already a login gets the very 201 of a new one (its owner is e-mailed).
 * - Writes to the company and to an employee need `If-Match: "<version>"`: 428 without, 412 with
 *   an old one (core's client reads both 409 and 412 as the failure kind `conflict`). A PUT retried
 *   after a lost answer, that finds its own change already saved, gets 200; a DELETE retried gets 204.
 * - A POST with an `Idempotency-Key` replays its first successful answer for the same key (and the
 *   same session); refusals are not kept, so a corrected request goes through.
 * - Field issues (422 `/problems/validation`) use the form fields and issue codes of core's form
 *   checks (`siret`, `referentEmail`, `snbpeIssuedOn`… / `siret-checksum`, `same-domain`…), so a
 *   widget shows them where the user typed.
 *
 * One route is the mock's own, outside the contract: `POST __mock/passport/employees/:id/module-failures`
 * `{ "moduleId": … }` records a failed module attempt (PP-BLOCK), so a demo or an end-to-end test can
 * block an employee (the 4th failure on a module blocks and alerts the referent). It stands for the
 * report the e-learning platform makes to a real backend, which is not part of the widgets' contract;
 * the demo's « Faire échouer un module » calls it.
 */
import { PASSPORT_ROUTES } from '@vigie/core/passport';
import type { RouteDefinition } from '../http.js';
import { mswPath, routesFromTable } from '../contract.js';
import { toRoute } from './routes/kit.js';
import { accessHandlers } from './routes/access.js';
import { companyHandlers } from './routes/company.js';
import { spacesHandlers } from './routes/spaces.js';
import { employeesHandlers, moduleFailureHandler, PASSPORT_MODULE_FAILURES_PATH } from './routes/employees.js';

export { PASSPORT_MODULE_FAILURES_PATH, passportModuleFailuresPath } from './routes/employees.js';

/** PP — every route of the safety passport, for `createHandlers`: registered from core's table (`PASSPORT_ROUTES`), plus the mock's own module-failure route. */
export function passportRoutes(): RouteDefinition[] {
  return [
    ...routesFromTable(PASSPORT_ROUTES, { ...accessHandlers, ...companyHandlers, ...spacesHandlers, ...employeesHandlers }, toRoute),
    toRoute(
      {
        name: 'moduleFailure',
        method: 'post',
        path: mswPath(PASSPORT_MODULE_FAILURES_PATH),
        public: false,
        idempotent: false,
        ifMatch: false,
      },
      moduleFailureHandler,
    ),
  ];
}
