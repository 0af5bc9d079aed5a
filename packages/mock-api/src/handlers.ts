/**
 * X-MOCK — the msw handlers of the mock API, shared by the browser worker, the Node server,
 * Storybook and tests. Scenario effects (slow, 500, malformed) and auth are applied in one
 * place, so every route behaves the same way under a scenario.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { openApiDocument } from '@vigie/core/openapi';
import { problem, type Route, type RouteContext, type RouteMethod } from './http.js';
import { passportRoutes } from './passport/routes.js';
import { createPassportStore, type PassportStore } from './passport/store.js';
import { createInvoiceStore, type InvoiceStore } from './safety-register/store.js';
import { createRegisterStore, type RegisterStore } from './safety-register/register-store.js';
import { safetyRegisterRoutes } from './safety-register/routes.js';
import { vaultRoutes } from './vault/routes.js';
import { remoteServicesRoutes } from './remote-services/routes.js';
import { createRemoteStore, type RemoteStore } from './remote-services/store.js';
import { remoteAlarmsSseHandlers } from './remote-services/alarms/routes.js';
import { createVaultStore, type VaultStore } from './vault/store.js';
import {
  DEFAULT_SCENARIO,
  invoiceDataOf,
  isAnyScenario,
  isInvoiceScenario,
  isPassportScenario,
  isRegisterScenario,
  isRemoteScenario,
  isScenarioName,
  isVaultScenario,
  passportDataOf,
  registerDataOf,
  remoteDataOf,
  SCENARIO_NAMES,
  vaultDataOf,
  type InvoiceScenario,
  type PassportScenario,
  type RegisterScenario,
  type RemoteScenario,
  type ScenarioName,
  type VaultScenario,
} from './scenarios.js';

export { problem, type ProblemInit, type Route, type RouteContext, type RouteDefinition, type RouteMethod } from './http.js';

export const OPENAPI_PATH = 'openapi.json';
/** A request header that picks the scenario for that request only (tests). */
export const SCENARIO_HEADER = 'X-Vigie-Scenario';
export const DEFAULT_SLOW_MS = 2500;

export interface HandlerOptions {
  /** The msw path prefix of the API (default `*\/api`: any origin). */
  readonly baseUrl?: string;
  readonly scenario?: ScenarioName;
  /** The clock "today" is read from (default the system clock). */
  readonly now?: () => number;
  /** How long `any:slow` waits before answering, in ms (default 2500). */
  readonly slowMs?: number;
  /**
   * X-MOCK: answer 401 to a private route's request without `Authorization: Bearer …`, as a real
   * backend does (default **true**). `false` is an explicit opt-out for a harness whose host page
   * gives its provider no token (the element tests); it never opens the vault's or the passport's
   * private routes, which want their own session whatever this says.
   */
  readonly requireAuth?: boolean;
}

export interface MockApi {
  readonly handlers: HttpHandler[];
  /** The invoice store behind the current scenario. */
  readonly store: InvoiceStore;
  /** The payslip vault behind the current scenario. */
  readonly vault: VaultStore;
  /** The safety passport behind the current scenario (e.g. its `outbox()`, `recordModuleFailure()`). */
  readonly passport: PassportStore;
  /** Remote Services behind the current scenario. */
  readonly remote: RemoteStore;
  /** The safety register (beyond its invoices) behind the current scenario. */
  readonly register: RegisterStore;
  readonly scenario: ScenarioName;
  /**
   * Switches scenario, with fresh data for what it concerns (its service; every one for `any:*`);
   * throws a TypeError on an unknown name.
   */
  setScenario(name: ScenarioName): void;
  /** Back to the first scenario and fresh data everywhere. */
  reset(): void;
}

export function createHandlers(options: HandlerOptions = {}): MockApi {
  const { now = () => Date.now(), slowMs = DEFAULT_SLOW_MS, requireAuth = true } = options;
  const base = (options.baseUrl ?? '*/api').replace(/\/+$/, '');
  const initial = options.scenario ?? DEFAULT_SCENARIO;
  assertScenario(initial);
  let current: ScenarioName = initial;
  // One store per data set, so a per-request scenario keeps its own state across requests.
  const stores = new Map<InvoiceScenario, InvoiceStore>();
  const storeFor = (name: InvoiceScenario) => {
    let store = stores.get(name);
    if (!store) stores.set(name, (store = createInvoiceStore(name, now)));
    return store;
  };
  const vaults = new Map<VaultScenario, VaultStore>();
  const vaultFor = (name: VaultScenario) => {
    let vault = vaults.get(name);
    if (!vault) vaults.set(name, (vault = createVaultStore(name, now)));
    return vault;
  };
  const passports = new Map<PassportScenario, PassportStore>();
  const passportFor = (name: PassportScenario) => {
    let passport = passports.get(name);
    if (!passport) passports.set(name, (passport = createPassportStore(name, now)));
    return passport;
  };

  const remotes = new Map<RemoteScenario, RemoteStore>();
  const remoteFor = (name: RemoteScenario) => {
    let remote = remotes.get(name);
    if (!remote) remotes.set(name, (remote = createRemoteStore(name, now)));
    return remote;
  };

  const registers = new Map<RegisterScenario, RegisterStore>();
  const registerFor = (name: RegisterScenario) => {
    let register = registers.get(name);
    if (!register) registers.set(name, (register = createRegisterStore(name, now)));
    return register;
  };

  const route = (method: RouteMethod, path: string, r: Route) =>
    http[method](`${base}/${path}`, async ({ request, params }) => {
      const instance = new URL(request.url).pathname;
      const asked = request.headers.get(SCENARIO_HEADER);
      if (asked !== null && !isScenarioName(asked)) {
        return problem(400, 'unknown-scenario', 'Unknown scenario', `${SCENARIO_HEADER} must be one of: ${SCENARIO_NAMES.join(', ')}`, {
          instance,
        });
      }
      const scenario = asked ?? current;
      if (scenario === 'any:slow') await delay(slowMs);
      if (requireAuth && !r.public && !/^Bearer\s+\S/i.test(request.headers.get('Authorization') ?? '')) {
        return problem(401, 'unauthorized', 'Unauthorized', 'Send Authorization: Bearer <token>.', {
          instance,
          headers: { 'WWW-Authenticate': 'Bearer' },
        });
      }
      if (scenario === 'any:error-500') {
        return problem(500, 'internal-error', 'Internal Server Error', 'The mock API is in scenario any:error-500.', { instance });
      }
      const ctx: RouteContext = {
        request,
        instance,
        params,
        store: storeFor(invoiceDataOf(scenario)),
        vault: vaultFor(vaultDataOf(scenario)),
        passport: passportFor(passportDataOf(scenario)),
        remote: remoteFor(remoteDataOf(scenario)),
        register: registerFor(registerDataOf(scenario)),
        requireAuth,
      };
      return scenario === 'any:malformed' ? HttpResponse.json(r.malformed(ctx)) : r.ok(ctx);
    });

  const handlers: HttpHandler[] = [
    // The contract itself is documentation: always served, whatever the scenario or auth.
    http.get(`${base}/${OPENAPI_PATH}`, () => HttpResponse.json(openApiDocument())),

    // SR — the safety register (safety-register/routes.ts).
    ...safetyRegisterRoutes().map((r) => route(r.method, r.path, r.route)),

    // VA — the payslip vault (vault/routes.ts).
    ...vaultRoutes().map((v) => route(v.method, v.path, v.route)),

    // PP — the safety passport (passport/routes.ts).
    ...passportRoutes().map((p) => route(p.method, p.path, p.route)),

    // RS — Remote Services (remote-services/routes.ts).
    ...remoteServicesRoutes().map((r) => route(r.method, r.path, r.route)),
    // RS-ALARMS — the live stream through msw's sse() where it can exist (the browser): the route above
    // has applied the scenario and the auth, then let it answer.
    ...remoteAlarmsSseHandlers(base, (request) => {
      const asked = request.headers.get(SCENARIO_HEADER);
      return remoteFor(remoteDataOf(asked !== null && isScenarioName(asked) ? asked : current));
    }),
  ];

  return {
    handlers,
    get store() {
      return storeFor(invoiceDataOf(current));
    },
    get vault() {
      return vaultFor(vaultDataOf(current));
    },
    get passport() {
      return passportFor(passportDataOf(current));
    },
    get remote() {
      return remoteFor(remoteDataOf(current));
    },
    get register() {
      return registerFor(registerDataOf(current));
    },
    get scenario() {
      return current;
    },
    setScenario(name) {
      assertScenario(name);
      current = name;
      // Fresh data for what the scenario is about: its own service, or every one for `any:*`.
      const any = isAnyScenario(name);
      if (any || isInvoiceScenario(name)) stores.delete(invoiceDataOf(name));
      if (any || isVaultScenario(name)) vaults.delete(vaultDataOf(name));
      if (any || isPassportScenario(name)) passports.delete(passportDataOf(name));
      if (any || isRemoteScenario(name)) remotes.delete(remoteDataOf(name));
      if (any || isRegisterScenario(name)) {
        registers.delete(registerDataOf(name));
        stores.delete(invoiceDataOf(name));
      }
    },
    reset() {
      current = initial;
      stores.clear();
      vaults.clear();
      passports.clear();
      remotes.clear();
      registers.clear();
    },
  };
}

function assertScenario(name: unknown): asserts name is ScenarioName {
  if (!isScenarioName(name)) throw new TypeError(`Unknown mock scenario "${String(name)}"; expected one of: ${SCENARIO_NAMES.join(', ')}`);
}
