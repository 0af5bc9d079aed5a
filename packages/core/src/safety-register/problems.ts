/**
 * SR — the problem types of the safety register (RFC 9457), and how a widget tells them apart.
 * No zod here: a widget imports this to read a failure without loading the data layer.
 */
import { isApiError, type ApiFailure } from '../api/errors.js';
import { defineProblems } from '../shared/contract.js';

/**
 * SR — the problem types of the safety register, once (`defineProblems`: status, title and type URI
 * `/problems/<kebab name>`). The parts' tables (`<part>/routes.ts`, `invoice-routes.ts`) list which
 * each operation may answer, the mock answers with them and the OpenAPI document describes them.
 */
export const SR_PROBLEMS = defineProblems({
  /** 401: no or an invalid bearer token. */
  unauthorized: { status: 401, title: 'Unauthorized' },
  /** 403: the account is suspended for unpaid invoices (SR-INVOICE); only the sites' synthesis stays. */
  accessRestricted: { status: 403, title: 'Access restricted' },
  /** 403: the user lacks the right this action needs; `right` names it. */
  forbidden: { status: 403, title: 'Forbidden' },
  /** 404: no such item on this account. */
  notFound: { status: 404, title: 'Not found' },
  /** 422: a field is missing or malformed; `errors` lists `{ field, issue }`. */
  validation: { status: 422, title: 'Validation failed' },
  /** 409: the action does not fit the item's state (already signed, already closed…). */
  stateConflict: { status: 409, title: 'State conflict' },
  /** 412: the item changed since it was read (`currentVersion`). */
  staleVersion: { status: 412, title: 'Stale version' },
  /** 428: a write to a shared item without `If-Match`. */
  preconditionRequired: { status: 428, title: 'Precondition required' },
  /** 404 (SR-INVOICE): no such invoice on this account. */
  invoiceNotFound: { status: 404, title: 'Invoice not found' },
  /** 409 (SR-INVOICE): the invoice is already paid (by another attempt, another person or a transfer). */
  invoiceAlreadyPaid: { status: 409, title: 'Invoice already paid' },
  /** 400 (SR-INVOICE): a payment must carry an `Idempotency-Key` header. */
  idempotencyKeyRequired: { status: 400, title: 'Idempotency-Key required' },
  /** 422 (SR-INVOICE): this `Idempotency-Key` already paid another invoice (a client bug). */
  idempotencyKeyReused: { status: 422, title: 'Idempotency-Key reused' },
});
export type SrProblemName = keyof typeof SR_PROBLEMS;

const P = SR_PROBLEMS;

/** The type URIs a widget matches (the names it always had: `conflict` is `state-conflict`). */
export const SR_PROBLEM_TYPES = {
  accessRestricted: P.accessRestricted.type,
  forbidden: P.forbidden.type,
  notFound: P.notFound.type,
  validation: P.validation.type,
  conflict: P.stateConflict.type,
  staleVersion: P.staleVersion.type,
  preconditionRequired: P.preconditionRequired.type,
  invoiceNotFound: P.invoiceNotFound.type,
  invoiceAlreadyPaid: P.invoiceAlreadyPaid.type,
  idempotencyKeyRequired: P.idempotencyKeyRequired.type,
  idempotencyKeyReused: P.idempotencyKeyReused.type,
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
