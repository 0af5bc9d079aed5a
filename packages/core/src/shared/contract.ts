/**
 * X-API — one contract table per service (issue 11, point 2). A service lists its problem types
 * once (`defineProblems`: status, title, type URI) and its operations once (`defineRoutes`:
 * method, path, body, response, problems, auth, If-Match, idempotency). From that table:
 * - the typed calls of its `api.ts` go through {@link callRoute};
 * - its OpenAPI paths are generated (`openapi-builders.ts`, `pathsOf`), with only the prose
 *   (summaries) written beside them;
 * - the mock registers its routes from it (`mock-api/src/contract.ts`), handlers keep their
 *   hand-written behaviour.
 *
 * No zod at run time here (types only): a widget that only reads a problem (`problems.ts`) does
 * not load the data layer.
 */
import type * as z from 'zod/mini';
import type { RequestAuth, RequestOptions, VigieClient } from '../api/client.js';
import { newIdempotencyKey } from '../api/idempotency.js';

// ── Problems ────────────────────────────────────────────────────────────────

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

/** `invalidCredentials` → `invalid-credentials`; a number starts a word too (`alarmPriority1` → `alarm-priority-1`). */
export type Kebab<S extends string, Prev extends string = ''> = S extends `${infer H}${infer T}`
  ? `${H extends Digit ? (Prev extends Digit | '' ? H : `-${H}`) : H extends Lowercase<H> ? H : `-${Lowercase<H>}`}${Kebab<T, H>}`
  : S;

export interface ProblemSpec {
  /** The HTTP status it comes with. */
  readonly status: number;
  /** Its RFC 9457 `title` (the same for every occurrence). */
  readonly title: string;
}

/** A problem type: its spec, its slug and its type URI (`/problems/<slug>`: a client matches on the last segment). */
export type Problem<N extends string = string> = ProblemSpec & {
  readonly name: N;
  readonly slug: Kebab<N>;
  readonly type: `/problems/${Kebab<N>}`;
};

export type Problems<P extends Record<string, ProblemSpec>> = { readonly [K in keyof P & string]: P[K] & Problem<K> };

const kebab = (name: string) => name.replace(/[A-Z]|(?<=\D)\d/g, (c) => `-${c.toLowerCase()}`);

/** A service's problem types, by name: the slug and the type URI derive from the name. */
export function defineProblems<const P extends Record<string, ProblemSpec>>(specs: P): Problems<P> {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [name, { ...spec, name, slug: kebab(name), type: `/problems/${kebab(name)}` }]),
  ) as unknown as Problems<P>;
}

/** `{ name: type URI }` of a service's problems (the shape `VAULT_PROBLEM_TYPES` always had). */
export function problemTypes<P extends Record<string, Problem>>(problems: P): { readonly [K in keyof P]: P[K]['type'] } {
  return Object.fromEntries(Object.entries(problems).map(([name, p]) => [name, p.type])) as { readonly [K in keyof P]: P[K]['type'] };
}

// ── Routes ──────────────────────────────────────────────────────────────────

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

/**
 * Who may call an operation:
 * - `public`: no token at all, and a 401 is final (a login attempt counts once);
 * - `session`: the service's session as bearer (a widget holds it), else the provider's token;
 * - `provider`: the provider's token, refreshed once after a 401;
 * - `optional`: the session if the caller has one, else no token; the server answers the same
 *   either way (a sign-out), so it asks for none.
 */
export type RouteAuth = 'public' | 'session' | 'provider' | 'optional';

/**
 * Whether a write may be retried:
 * - `keyed`: it carries an `Idempotency-Key` (a fresh one unless the caller gives one), and the
 *   server replays its first answer for the same key;
 * - `never`: sent once, never retried (a credential check: every attempt counts);
 * - `safe`: idempotent by its method (GET, PUT, DELETE): retried as such, no key.
 */
export type Idempotency = 'keyed' | 'never' | 'safe';

export interface RouteSpec {
  readonly method: HttpMethod;
  /** Under the API base, OpenAPI style: `vault/documents/{id}/archive`. */
  readonly path: string;
  /** The request body's schema (none: no body). */
  readonly body?: z.ZodMiniType;
  /** The success answer's schema (`z.undefined()` for a 204). */
  readonly response: z.ZodMiniType;
  /** The success status (200 unless told). */
  readonly status?: number;
  /** The success answer's media type when it is not JSON (e.g. `application/pdf`). */
  readonly produces?: string;
  /** The problem types it may answer (by name in the service's `defineProblems`). */
  readonly problems: readonly string[];
  readonly auth: RouteAuth;
  readonly idempotency: Idempotency;
  /** A write to a shared resource: sends `If-Match: "<version>"` (428 without, 412 when stale). */
  readonly ifMatch?: boolean;
}

/** The table of a service: its operations by name (the OpenAPI `operationId` is written beside the prose). */
export function defineRoutes<
  P extends Record<string, Problem>,
  const R extends Record<string, RouteSpec & { readonly problems: readonly (keyof P & string)[] }>,
>(_problems: P, routes: R): R {
  return routes;
}

/** The names of a path's `{parameters}`. */
export type PathParams<S extends string> = S extends `${string}{${infer P}}${infer T}` ? P | PathParams<T> : never;

/** The path of a route with its parameters filled in (each encoded). */
export function pathOf(route: RouteSpec, params: Readonly<Record<string, string>> = {}): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`[vigie] ${route.path}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}

type BodyOf<R extends RouteSpec> = R['body'] extends z.ZodMiniType ? { readonly body: z.input<R['body']> } : { readonly body?: undefined };
type ParamsOf<R extends RouteSpec> = [PathParams<R['path']>] extends [never]
  ? { readonly params?: undefined }
  : { readonly params: Readonly<Record<PathParams<R['path']>, string>> };

/** What a call adds to its route: the body, the path parameters, the auth of a `session` route, the signal, the key, the version. */
export type CallInput<R extends RouteSpec> = BodyOf<R> &
  (
    | ParamsOf<R>
    | {
        /** A server-given URL of this very route (e.g. a document's `pdfUrl`), in place of the filled-in path. */ readonly url: string;
        readonly params?: undefined;
      }
  ) & {
    readonly signal?: AbortSignal;
    /** `session` routes (default: the provider's token) and `optional` ones (default: none); a `public` route never sends one. */
    readonly auth?: RequestAuth;
    /** `keyed` routes only: the key of this submission (default: a fresh one). */
    readonly idempotencyKey?: string;
    /** `ifMatch` routes: the version tag (`"3"`). */
    readonly ifMatch?: string;
    readonly headers?: Record<string, string>;
    readonly searchParams?: RequestOptions['searchParams'];
  };

/** One call of a route through the shared client, as its table row says: auth, key, If-Match, answer schema. */
export function callRoute<R extends RouteSpec>(client: VigieClient, route: R, input: CallInput<R>): Promise<z.output<R['response']>> {
  const path = 'url' in input && input.url !== undefined ? input.url : pathOf(route, input.params as Record<string, string> | undefined);
  const auth: RequestAuth = route.auth === 'public' ? 'none' : (input.auth ?? (route.auth === 'optional' ? 'none' : 'provider'));
  const opts: RequestOptions = {
    auth,
    ...(input.signal ? { signal: input.signal } : {}),
    ...(route.idempotency === 'keyed' ? { idempotencyKey: input.idempotencyKey ?? newIdempotencyKey() } : {}),
    ...(input.ifMatch !== undefined ? { ifMatch: input.ifMatch } : {}),
    ...(input.headers ? { headers: input.headers } : route.produces ? { headers: { Accept: route.produces } } : {}),
    ...(input.searchParams ? { searchParams: input.searchParams } : {}),
  };
  const schema = route.response as z.ZodMiniType<z.output<R['response']>>;
  switch (route.method) {
    case 'get':
      return client.get(path, schema, opts);
    case 'delete':
      return client.delete(path, schema, opts);
    case 'post':
      return client.post(path, input.body, schema, opts);
    case 'put':
      return client.put(path, input.body, schema, opts);
  }
}
