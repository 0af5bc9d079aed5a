/**
 * X-API — every failure of the client is one typed union, never a bare `Error`.
 * Hosts narrow on `error.failure.kind`. (No zod here: widgets import this to tell failures
 * apart without loading the data layer.)
 */

import type { ProblemDetails } from './problem.js';

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
