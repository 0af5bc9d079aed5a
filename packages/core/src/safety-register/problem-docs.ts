/**
 * SR — what each problem type of the safety register means, in the OpenAPI document (its status,
 * title and type URI are in `problems.ts`). A part words a problem for one operation in its own
 * `openapi.ts` (`answers`) where the generic sentence would say less.
 */
import type { ProblemDoc } from '../shared/openapi-builders.js';
import type { SrProblemName } from './problems.js';

export const SR_PROBLEM_DOCS: Record<SrProblemName, ProblemDoc<never>> = {
  unauthorized: { description: 'No or an invalid bearer token' },
  accessRestricted: { description: 'The account is suspended for unpaid invoices' },
  forbidden: { description: 'The user lacks the right this action needs (`right`)' },
  notFound: { description: 'No such item on this account' },
  validation: { description: 'A field is missing or malformed (`errors` as `{ field, issue }`)' },
  stateConflict: { description: 'The action does not fit the item’s state (`reason`)' },
  staleVersion: { description: 'The item changed since it was read (with `currentVersion`)' },
  preconditionRequired: { description: '`If-Match` missing' },
  invoiceNotFound: { description: 'No such invoice' },
  invoiceAlreadyPaid: { description: 'Already paid' },
  idempotencyKeyRequired: { description: 'Idempotency-Key missing' },
  idempotencyKeyReused: { description: 'Idempotency-Key reused for another invoice' },
};
