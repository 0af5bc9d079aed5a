/**
 * SR-INVOICE — the register's routes refuse to work for a suspended account, as the real service
 * does (web and mobile): 403 `/problems/access-restricted`. Only the invoices, the access state,
 * who is calling and the sites' synthesis stay open. Wrap each part's routes with {@link guarded}.
 */
import { SR_PROBLEM_TYPES } from '@vigie/core';
import { problem, type RouteContext, type RouteDefinition } from '../http.js';

/** The 403 a suspended account gets, or undefined when access is full. */
export function restrictedProblem(ctx: RouteContext): Response | undefined {
  if (ctx.store.access().kind !== 'restricted') return undefined;
  return problem(
    403,
    SR_PROBLEM_TYPES.accessRestricted.slice('/problems/'.length),
    'Access restricted',
    'The account is suspended until its overdue invoices are paid; only the sites synthesis remains available.',
    {
      instance: ctx.instance,
    },
  );
}

/** The same routes, answering 403 access-restricted while the account is suspended. */
export function guarded(routes: readonly RouteDefinition[]): RouteDefinition[] {
  return routes.map((d) => ({
    ...d,
    route: { ...d.route, ok: (ctx) => restrictedProblem(ctx) ?? d.route.ok(ctx) },
  }));
}
