/**
 * X-API — the one HTTP client of Vigie, on ky.
 *
 * - bearer token from `getToken()`, asked again once (with `{ refresh: true }`) after a 401;
 * - retries: GET/PUT/DELETE only (idempotent), POST only when it carries an
 *   `Idempotency-Key`; full jitter; `Retry-After` honoured up to a cap;
 * - a per-attempt timeout and a total time limit over every attempt;
 * - every body validated with its zod schema; every failure an {@link ApiError}; a binary body
 *   (`application/pdf`, `application/octet-stream`) reaches the schema as a `Blob`;
 * - per request, `auth` may send no token or a given one, with no refresh nor replay after a
 *   401 (credential checks, where the 401 is the answer and replaying would count twice).
 */
import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance, type Options } from 'ky';
import type * as z from 'zod/mini';
import { ApiError, type ApiFailure } from './errors.js';
import { failureFromResponse } from './problem.js';

export interface TokenRequest {
  /** True when the previous token was refused (401): return a fresh one. */
  readonly refresh: boolean;
}

export type GetToken = (request: TokenRequest) => string | undefined | null | Promise<string | undefined | null>;

export interface RetryPolicy {
  /** Retries after the first attempt (default 2). */
  readonly limit?: number;
  /** Longest wait a `Retry-After` header may impose, in ms (default 10 000). */
  readonly maxRetryAfterMs?: number;
  /** Longest computed back-off between attempts, in ms (default 5 000). */
  readonly backoffLimitMs?: number;
}

export interface ClientOptions {
  /** The API base URL, e.g. `https://api.example.fr/v1/` (relative URLs resolve against the page). */
  readonly baseUrl: string;
  readonly getToken?: GetToken;
  /** A fetch implementation (tests, Node); defaults to the global one. */
  readonly fetch?: typeof fetch;
  /** Per-attempt timeout in ms (default 10 000). */
  readonly timeout?: number;
  /** Time limit over all attempts and waits, in ms (default 30 000). */
  readonly totalTimeout?: number;
  readonly retry?: RetryPolicy;
  /** Headers added to every request (e.g. `Accept-Language`). */
  readonly headers?: Record<string, string>;
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
  readonly searchParams?: Record<string, string | number | boolean>;
  /** Sent as `If-Match` on writes to shared resources. */
  readonly ifMatch?: string;
  /** Makes a POST safe to retry; sent as `Idempotency-Key`. */
  readonly idempotencyKey?: string;
  readonly headers?: Record<string, string>;
  /**
   * How the request is authenticated:
   * - `'provider'` (default): the token of `getToken()`, asked again once after a 401, and the
   *   request replayed once;
   * - `'none'`: no token, and a 401 is final: public endpoints whose 401 is the answer itself (a
   *   login attempt counts: replaying it would count it twice);
   * - `{ bearer }`: this token (e.g. a session a widget holds in memory), never refreshed, and a
   *   401 is final.
   */
  readonly auth?: RequestAuth;
}

export type RequestAuth = 'provider' | 'none' | { readonly bearer: string };

/** Content types whose body is handed to the schema as a `Blob` instead of parsed JSON. */
export const BINARY_CONTENT_TYPES: readonly string[] = ['application/pdf', 'application/octet-stream'];

type Schema<T> = z.ZodMiniType<T>;

export interface VigieClient {
  readonly baseUrl: string;
  get<T>(path: string, schema: Schema<T>, opts?: RequestOptions): Promise<T>;
  post<T>(path: string, body: unknown, schema: Schema<T>, opts?: RequestOptions): Promise<T>;
  put<T>(path: string, body: unknown, schema: Schema<T>, opts?: RequestOptions): Promise<T>;
  delete<T>(path: string, schema: Schema<T>, opts?: RequestOptions): Promise<T>;
  /**
   * Opens a long-lived `text/event-stream` response (RS-ALARMS live alarms) and hands over its
   * body unread. Optional: a custom client without it makes the widgets poll instead.
   */
  stream?(path: string, opts?: StreamOptions): Promise<Response>;
}

/** Options of {@link VigieClient.stream}. */
export interface StreamOptions {
  readonly signal?: AbortSignal;
  readonly searchParams?: Record<string, string>;
  /** Sent as `Last-Event-ID`: the server resumes after it. */
  readonly lastEventId?: string;
  readonly auth?: RequestAuth;
}

type Method = 'get' | 'post' | 'put' | 'delete';

/** Methods that may be repeated without changing the outcome. */
export const IDEMPOTENT_METHODS: readonly Method[] = ['get', 'put', 'delete'];

export function createClient(options: ClientOptions): VigieClient {
  const { baseUrl, getToken, retry = {} } = options;
  const base: Options = {
    baseUrl: absolute(baseUrl),
    timeout: options.timeout ?? 10_000,
    totalTimeout: options.totalTimeout ?? 30_000,
    throwHttpErrors: true,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  };
  const http: KyInstance = ky.create(base);

  async function send<T>(method: Method, path: string, schema: Schema<T>, body: unknown, opts: RequestOptions = {}): Promise<T> {
    const label = `${method.toUpperCase()} ${path.split('?')[0]}`;
    // The token is for the API only: a path may not leave the base URL (absolute URL, `//host`, `../`).
    const target = new URL(path.replace(/^\/(?!\/)/, ''), base.baseUrl as string);
    if (!target.href.startsWith(base.baseUrl as string)) {
      throw new TypeError(
        `[vigie] ${label} resolves outside the API base URL (${base.baseUrl as string}); refused so the token never leaves it.`,
      );
    }
    const retryable = IDEMPOTENT_METHODS.includes(method) || (method === 'post' && !!opts.idempotencyKey);
    const auth = opts.auth ?? 'provider';
    const refreshable = auth === 'provider' && !!getToken;
    const attempt = async (refresh: boolean): Promise<Response> => {
      const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
      const token = auth === 'provider' ? (getToken ? await getToken({ refresh }) : undefined) : auth === 'none' ? undefined : auth.bearer;
      if (token) headers.Authorization = `Bearer ${token}`;
      if (opts.ifMatch) headers['If-Match'] = opts.ifMatch;
      if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;
      return http(target.href, {
        method,
        headers,
        ...(body === undefined ? {} : { json: body }),
        ...(opts.searchParams ? { searchParams: opts.searchParams } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
        retry: {
          limit: retryable ? (retry.limit ?? 2) : 0,
          methods: retryable ? [method] : [],
          statusCodes: [408, 429, 500, 502, 503, 504],
          afterStatusCodes: [429, 503],
          maxRetryAfter: retry.maxRetryAfterMs ?? 10_000,
          backoffLimit: retry.backoffLimitMs ?? 5_000,
          jitter: true,
          retryOnTimeout: retryable,
        },
      });
    };

    let response: Response;
    try {
      try {
        response = await attempt(false);
      } catch (e) {
        if (refreshable && isHTTPError(e) && e.response.status === 401) response = await attempt(true);
        else throw e;
      }
    } catch (e) {
      // fetch rejects with whatever reason the caller aborted with: the signal tells the truth.
      if (opts.signal?.aborted) throw new ApiError({ kind: 'aborted', message: 'The request was cancelled' }, label, { cause: e });
      throw await toApiError(e, label);
    }

    let data: unknown;
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (response.status === 204) data = undefined;
    else if (BINARY_CONTENT_TYPES.includes(type)) data = await response.blob();
    else {
      const text = await response.text();
      try {
        data = text === '' ? undefined : JSON.parse(text);
      } catch (cause) {
        throw new ApiError({ kind: 'contract', status: response.status, issues: [{ path: '', message: 'The body is not JSON' }] }, label, {
          cause,
        });
      }
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
      throw new ApiError({ kind: 'contract', status: response.status, issues }, label);
    }
    return parsed.data;
  }

  /**
   * A stream is read with `fetch` (EventSource cannot send a bearer token): the same base-URL guard
   * and token (asked again once after a 401), `Accept: text/event-stream` exactly (msw's `sse()`
   * matches nothing else), no time limit and no retry (the caller reconnects with its own back-off).
   */
  async function stream(path: string, opts: StreamOptions = {}): Promise<Response> {
    const label = `GET ${path.split('?')[0]}`;
    const target = new URL(path.replace(/^\/(?!\/)/, ''), base.baseUrl as string);
    if (!target.href.startsWith(base.baseUrl as string)) {
      throw new TypeError(
        `[vigie] ${label} resolves outside the API base URL (${base.baseUrl as string}); refused so the token never leaves it.`,
      );
    }
    for (const [k, v] of Object.entries(opts.searchParams ?? {})) target.searchParams.set(k, v);
    const auth = opts.auth ?? 'provider';
    const refreshable = auth === 'provider' && !!getToken;
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const attempt = async (refresh: boolean): Promise<Response> => {
      const headers = new Headers(options.headers);
      headers.set('Accept', 'text/event-stream');
      const token = auth === 'provider' ? (getToken ? await getToken({ refresh }) : undefined) : auth === 'none' ? undefined : auth.bearer;
      if (token) headers.set('Authorization', `Bearer ${token}`);
      if (opts.lastEventId) headers.set('Last-Event-ID', opts.lastEventId);
      return doFetch(target.href, { method: 'GET', headers, ...(opts.signal ? { signal: opts.signal } : {}) });
    };
    let response: Response;
    try {
      response = await attempt(false);
      if (response.status === 401 && refreshable) {
        await response.body?.cancel();
        response = await attempt(true);
      }
    } catch (e) {
      if (opts.signal?.aborted) throw new ApiError({ kind: 'aborted', message: 'The request was cancelled' }, label, { cause: e });
      throw new ApiError({ kind: 'network', message: 'The server could not be reached' }, label, { cause: e });
    }
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON: the text is the problem's title */
      }
      throw new ApiError(failureFromResponse(response.status, body), label);
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'text/event-stream' || !response.body) {
      await response.body?.cancel();
      throw new ApiError(
        { kind: 'contract', status: response.status, issues: [{ path: '', message: 'The body is not an event stream' }] },
        label,
      );
    }
    return response;
  }

  return {
    baseUrl: base.baseUrl as string,
    stream,
    get: (path, schema, opts) => send('get', path, schema, undefined, opts),
    post: (path, body, schema, opts) => send('post', path, schema, body, opts),
    put: (path, body, schema, opts) => send('put', path, schema, body, opts),
    delete: (path, schema, opts) => send('delete', path, schema, undefined, opts),
  };
}

function absolute(url: string): string {
  const withSlash = url.endsWith('/') ? url : `${url}/`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(withSlash)) return withSlash;
  const here = (globalThis as { location?: { href: string } }).location?.href;
  if (!here) throw new TypeError(`A relative API base URL needs a page to resolve against: ${url}`);
  return new URL(withSlash, here).href;
}

async function toApiError(e: unknown, label: string): Promise<ApiError> {
  if (e instanceof ApiError) return e;
  let failure: ApiFailure;
  if (isHTTPError(e)) failure = failureFromResponse(e.response.status, e.data);
  else if (isTimeoutError(e)) failure = { kind: 'timeout', message: 'The server took too long to answer' };
  else if (isNetworkError(e)) failure = { kind: 'network', message: 'The server could not be reached' };
  else if (e instanceof DOMException && e.name === 'AbortError') failure = { kind: 'aborted', message: 'The request was cancelled' };
  else if (e instanceof TypeError) failure = { kind: 'network', message: 'The server could not be reached' };
  else failure = { kind: 'network', message: e instanceof Error ? e.message : String(e) };
  return new ApiError(failure, label, { cause: e });
}
