/**
 * RS — the contract table of Remote Services: each operation once (method, path, body, answer,
 * problems, auth, If-Match, idempotency). Written per part (`<part>/routes.ts`, beside the part's
 * schemas) and gathered here as one table: a part's `api.ts` calls through its own rows only, so a
 * widget loading one part (e.g. `<active-alarms>` on demand) does not load every part's schemas;
 * `openapi.ts` documents the whole table and the mock registers its routes from it.
 *
 * - `provider`: the provider's bearer token (every route after the onboarding);
 *   `public` / `session`: the onboarding before / after its log-in.
 * - `keyed`: carries an `Idempotency-Key`; `never`: a POST sent once (a credential check, or a
 *   read by token); `safe`: GET, PUT, DELETE.
 */
import { REMOTE_SITES_ROUTES } from './sites/routes.js';
import { REMOTE_OVERVIEW_ROUTES } from './overview/routes.js';
import { REMOTE_CALL_LISTS_ROUTES } from './call-lists/routes.js';
import { REMOTE_CONTACTS_ROUTES } from './contacts/routes.js';
import { REMOTE_ALARMS_ROUTES } from './alarms/routes.js';
import { REMOTE_ID_PIN_ROUTES } from './id-pin/routes.js';
import { REMOTE_ONBOARDING_ROUTES } from './onboarding/routes.js';

export {
  REMOTE_SITES_ROUTES,
  REMOTE_OVERVIEW_ROUTES,
  REMOTE_CALL_LISTS_ROUTES,
  REMOTE_CONTACTS_ROUTES,
  REMOTE_ALARMS_ROUTES,
  REMOTE_ID_PIN_ROUTES,
  REMOTE_ONBOARDING_ROUTES,
};

export const REMOTE_ROUTES = {
  ...REMOTE_SITES_ROUTES,
  ...REMOTE_OVERVIEW_ROUTES,
  ...REMOTE_CALL_LISTS_ROUTES,
  ...REMOTE_CONTACTS_ROUTES,
  ...REMOTE_ALARMS_ROUTES,
  ...REMOTE_ID_PIN_ROUTES,
  ...REMOTE_ONBOARDING_ROUTES,
} as const;

export type RemoteRouteName = keyof typeof REMOTE_ROUTES;
