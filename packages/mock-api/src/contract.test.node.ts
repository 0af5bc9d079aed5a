/** X-MOCK (issue 11, point 2) — the mock registers every operation of core's contract tables, as each row says, and nothing else. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PASSPORT_ROUTES, SR_ROUTES, VAULT_ROUTES, type RouteSpec } from '@vigie/core';
import { REMOTE_ONBOARDING_ROUTES, REMOTE_ROUTES } from '@vigie/core/remote-services';
import { mswPath } from './contract.js';
import type { RouteDefinition } from './http.js';
import { vaultRoutes } from './vault/routes.js';
import { passportRoutes } from './passport/routes.js';
import { remoteServicesRoutes } from './remote-services/routes.js';
import { REMOTE_ALARMS_RAISE_PATH } from './remote-services/alarms/routes.js';
import { safetyRegisterRoutes } from './safety-register/routes.js';

/** The steps after the onboarding's log-in check their own session (401 `session-required`), not the mock's bearer check. */
const SELF_CHECKED = new Set(Object.values<RouteSpec>(REMOTE_ONBOARDING_ROUTES).map((r) => `${r.method} ${mswPath(r.path)}`));

const SERVICES: readonly [string, Record<string, RouteSpec>, RouteDefinition[], readonly string[]][] = [
  ['vault', VAULT_ROUTES, vaultRoutes(), []],
  ['passport', PASSPORT_ROUTES, passportRoutes(), ['post __mock/passport/employees/:id/module-failures']],
  ['remote-services', REMOTE_ROUTES, remoteServicesRoutes(), [`post ${REMOTE_ALARMS_RAISE_PATH}`]],
  ['safety-register', SR_ROUTES, safetyRegisterRoutes(), []],
];

describe('X-MOCK routes from the contract tables', () => {
  for (const [service, table, routes, mockOnly] of SERVICES) {
    test(`X-MOCK ${service}: one route per row (method, path, public), and only the mock's own hooks beside them`, () => {
      const registered = new Map(routes.map((d) => [`${d.method} ${d.path}`, d]));
      assert.equal(registered.size, routes.length, 'no route registered twice');
      for (const [name, row] of Object.entries(table)) {
        const key = `${row.method} ${mswPath(row.path)}`;
        const route = registered.get(key);
        assert.ok(route, `${name}: ${key}`);
        const open = row.auth === 'public' || row.auth === 'optional' || SELF_CHECKED.has(key);
        assert.equal(!!route.route.public, open, `${name} public`);
        registered.delete(key);
      }
      assert.deepEqual([...registered.keys()], mockOnly);
    });
  }
});
