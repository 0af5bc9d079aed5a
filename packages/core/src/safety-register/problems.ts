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
  /** 404 (SR-INVOICE): no such invoice on this account. */
  invoiceNotFound: '/problems/invoice-not-found',
  /** 409 (SR-INVOICE): the invoice is already paid (by another attempt, another person or a transfer). */
  invoiceAlreadyPaid: '/problems/invoice-already-paid',
  /** 400 (SR-INVOICE): a payment must carry an `Idempotency-Key` header. */
  idempotencyKeyRequired: '/problems/idempotency-key-required',
  /** 422 (SR-INVOICE): this `Idempotency-Key` already paid another invoice (a client bug). */
  idempotencyKeyReused: '/problems/idempotency-key-reused',
} as const;

/** The slug of a problem type (`invoice-not-found`), as the mock's `problem()` takes it. */
export const srProblemSlug = (type: SrProblemType): string => type.slice('/problems/'.length);

export type SrProblemType = (typeof SR_PROBLEM_TYPES)[keyof typeof SR_PROBLEM_TYPES];

/** The problem type of an HTTP failure, or undefined. */
export function srProblemOf(failure: ApiFailure | undefined): string | undefined {
  return failure && (failure.kind === 'http' || failure.kind === 'conflict') ? failure.problem.type : undefined;
}

/** Whether an error is the server saying the account is restricted (403 access-restricted). */
export function isAccessRestricted(error: unknown): boolean {
  return isApiError(error) && srProblemOf(error.failure) === SR_PROBLEM_TYPES.accessRestricted;
}
