/**
 * X-API — every failure of the client is one typed union, never a bare `Error`.
 * Hosts narrow on `error.failure.kind`.
 */
import { z } from 'zod/mini';

/** RFC 9457 problem details (extensions are kept). */
export const ProblemDetails = z.looseObject({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.int()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** Extension used by `locked` problems: when the lock ends (ISO date-time). */
  lockedUntil: z.optional(z.iso.datetime({ offset: true })),
});
export type ProblemDetails = z.infer<typeof ProblemDetails>;

export interface ContractIssue {
  readonly path: string;
  readonly message: string;
}

export type ApiFailure =
  | { readonly kind: 'network'; readonly message: string }
  | { readonly kind: 'timeout'; readonly message: string }
  | { readonly kind: 'aborted'; readonly message: string }
  | { readonly kind: 'http'; readonly status: number; readonly problem: ProblemDetails }
  | { readonly kind: 'contract'; readonly status: number; readonly issues: readonly ContractIssue[] }
  | { readonly kind: 'locked'; readonly status: number; readonly lockedUntil: string | undefined; readonly problem: ProblemDetails }
  | { readonly kind: 'conflict'; readonly status: number; readonly problem: ProblemDetails };

export type ApiFailureKind = ApiFailure['kind'];

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly failure: ApiFailure;
  /** The method and path that failed (never the query string: it may carry secrets). */
  readonly request: string;

  constructor(failure: ApiFailure, request: string, options?: { cause?: unknown }) {
    super(describe(failure), options);
    this.failure = failure;
    this.request = request;
  }

  get kind(): ApiFailureKind {
    return this.failure.kind;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError || (value instanceof Error && value.name === 'ApiError' && 'failure' in value);
}

function describe(f: ApiFailure): string {
  switch (f.kind) {
    case 'http':
    case 'conflict':
      return `HTTP ${f.status}${f.problem.title ? `: ${f.problem.title}` : ''}`;
    case 'locked':
      return `Locked${f.lockedUntil ? ` until ${f.lockedUntil}` : ''}`;
    case 'contract':
      return `The response does not match the API contract (${f.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')})`;
    default:
      return f.message;
  }
}

/** Turns an HTTP error status and body into the right member of the union. */
export function failureFromResponse(status: number, body: unknown): ApiFailure {
  const parsed = ProblemDetails.safeParse(body);
  const problem: ProblemDetails = parsed.success ? parsed.data : { status, title: typeof body === 'string' ? body.slice(0, 200) : undefined };
  if (status === 423 || problem.type?.endsWith('/locked')) {
    return { kind: 'locked', status, lockedUntil: problem.lockedUntil, problem };
  }
  if (status === 409 || status === 412) return { kind: 'conflict', status, problem };
  return { kind: 'http', status, problem };
}
