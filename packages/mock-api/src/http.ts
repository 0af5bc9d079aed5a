/**
 * X-MOCK — what every route of the mock shares: the RFC 9457 problem response and the shape of a
 * route (its normal answer and its contract-breaking one for `any:malformed`).
 */
import { HttpResponse, type JsonBodyType } from 'msw';
import type { PassportStore } from './passport/store.js';
import type { InvoiceStore } from './safety-register/store.js';
import type { VaultStore } from './vault/store.js';
import type { RemoteStore } from './remote-services/store.js';
import type { RegisterStore } from './safety-register/register-store.js';

export interface ProblemInit {
  readonly instance?: string;
  readonly headers?: Record<string, string>;
  /** Extension members (e.g. `lockedUntil`, `attemptsLeft`, `errors`). */
  readonly extensions?: Record<string, unknown>;
}

/** An RFC 9457 problem response; every error of the mock goes through here. */
export function problem(status: number, slug: string, title: string, detail?: string, init: ProblemInit = {}): Response {
  const body = {
    type: `/problems/${slug}`,
    title,
    status,
    ...(detail ? { detail } : {}),
    ...(init.instance ? { instance: init.instance } : {}),
    ...init.extensions,
  };
  return HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json', ...init.headers } });
}

export interface RouteContext {
  readonly request: Request;
  /** The request path, quoted as `instance` by problems. */
  readonly instance: string;
  readonly params: Record<string, string | readonly string[] | undefined>;
  /** The invoices of the scenario (SR-INVOICE); its `access()` is the account's access state. */
  readonly store: InvoiceStore;
  /** The safety register beyond its invoices (SR-PROFILES, SIGN, OBS, ANOMALY, PERMIT). */
  readonly register: RegisterStore;
  /** The payslip vault of the scenario (VA). */
  readonly vault: VaultStore;
  /** The safety passport of the scenario (PP). */
  readonly passport: PassportStore;
  /** Remote Services of the scenario (RS). */
  readonly remote: RemoteStore;
  /** True when the mock requires a bearer token on private routes (the default). */
  readonly requireAuth: boolean;
}

export type RouteMethod = 'get' | 'post' | 'put' | 'delete';

export interface Route {
  /** The normal answer. */
  readonly ok: (ctx: RouteContext) => Response | Promise<Response>;
  /** A 200 body that breaks the contract, for `any:malformed`. */
  readonly malformed: (ctx: RouteContext) => JsonBodyType;
  /** A public route needs no `Authorization` even with `requireAuth` (login, reset, activation…). */
  readonly public?: boolean;
}

export interface RouteDefinition {
  readonly method: RouteMethod;
  /** The path under the API base, msw style (`vault/documents/:id/pdf`). */
  readonly path: string;
  readonly route: Route;
}
