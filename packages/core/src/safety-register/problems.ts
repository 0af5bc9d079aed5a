/**
 * SR — the problem types of the safety register (RFC 9457), and how a widget tells them apart.
 * No zod here: a widget imports this to read a failure without loading the data layer.
 */
import { isApiError, type ApiFailure } from '../api/errors.js';

export const SR_PROBLEM_TYPES = {
  /** 403: the account is suspended for unpaid invoices (SR-INVOICE); only the sites' synthesis stays. */
  accessRestricted: '/problems/access-restricted',
  /** 403: the user lacks the right this action needs; `right` names it. */
  forbidden: '/problems/forbidden',
  /** 404: no such item on this account. */
  notFound: '/problems/not-found',
  /** 422: a field is missing or malformed; `errors` lists `{ field, issue }`. */
  validation: '/problems/validation',
  /** 409: the action does not fit the item's state (already signed, already closed…). */
  conflict: '/problems/state-conflict',
} as const;

export type SrProblemType = (typeof SR_PROBLEM_TYPES)[keyof typeof SR_PROBLEM_TYPES];

/** The problem type of an HTTP failure, or undefined. */
export function srProblemOf(failure: ApiFailure | undefined): string | undefined {
  return failure && (failure.kind === 'http' || failure.kind === 'conflict') ? failure.problem.type : undefined;
}

/** Whether an error is the server saying the account is restricted (403 access-restricted). */
export function isAccessRestricted(error: unknown): boolean {
  return isApiError(error) && srProblemOf(error.failure) === SR_PROBLEM_TYPES.accessRestricted;
}
