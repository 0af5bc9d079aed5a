/**
 * X-MOCK — the mock's routes registered from core's contract tables (`core/src/<service>/routes.ts`):
 * method, path, public or not, keyed or not come from the table; each service writes only the
 * behaviour (`answer`) and the contract-breaking body of `any:malformed`. A handler map must name
 * every operation of the table, so the mock cannot forget one nor invent one.
 */
import type { JsonBodyType } from 'msw';
import type { RouteSpec } from '@vigie/core';
import type { Route, RouteContext, RouteDefinition, RouteMethod } from './http.js';

/** `vault/documents/{id}/pdf` → `vault/documents/:id/pdf` (msw's parameters). */
export const mswPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

/** What a service's mock needs of one row of its table. */
export interface MockRow {
  readonly name: string;
  readonly method: RouteMethod;
  /** msw style. */
  readonly path: string;
  /** No session needed (and none asked even with `requireAuth`). */
  readonly public: boolean;
  /** Replays its first answer for the same `Idempotency-Key`. */
  readonly idempotent: boolean;
  /** Needs `If-Match`. */
  readonly ifMatch: boolean;
}

/** The behaviour of one operation, hand-written. */
export interface MockHandler<A> {
  readonly answer: A;
  readonly malformed: (ctx: RouteContext) => JsonBodyType;
}

/** Every route of a table, each made by the service's `toRoute` from its row and its handler. */
export function routesFromTable<T extends Record<string, RouteSpec>, H>(
  table: T,
  handlers: { readonly [K in keyof T]: H },
  toRoute: (row: MockRow, handler: H) => RouteDefinition,
): RouteDefinition[] {
  return Object.entries<RouteSpec>(table).map(([name, spec]) =>
    toRoute(
      {
        name,
        method: spec.method,
        path: mswPath(spec.path),
        public: spec.auth === 'public' || spec.auth === 'optional',
        idempotent: spec.idempotency === 'keyed',
        ifMatch: !!spec.ifMatch,
      },
      handlers[name as keyof T],
    ),
  );
}

/** A behaviour written as a route (`ok`, `malformed`): its method, path and `public` come from the row. */
export type PlainHandler = Omit<Route, 'public'>;

/** The `toRoute` of a service whose handlers are plain routes (Remote Services, the safety register). */
export const plainRoute = (row: MockRow, handler: PlainHandler): RouteDefinition => ({
  method: row.method,
  path: row.path,
  route: { ...handler, public: row.public },
});
