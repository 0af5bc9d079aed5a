/**
 * PP — the problem types of the safety passport (RFC 9457), and how a widget tells them apart. No
 * zod here: a widget imports this to read a failure without loading the data layer.
 */
import { isApiError, type ApiFailure } from '../api/errors.js';
import { problemOf } from '../api/problem.js';
import { defineProblems, problemTypes } from '../shared/contract.js';

/**
 * PP — the problem types of the passport, once: status, title and type URI (`/problems/<kebab
 * name>`; a client matches on the last path segment). The mock answers with them, the routes
 * table (`routes.ts`) lists which each operation may answer, and the OpenAPI document describes them.
 */
export const PASSPORT_PROBLEMS = defineProblems({
  /** 401: wrong password OR unknown e-mail, the same body for both (PP-LOGIN). */
  invalidCredentials: { status: 401, title: 'Invalid credentials' },
  /**
   * 429: too many failed logins in a row for this e-mail, known or unknown alike (PP-LOGIN,
   * `throttle.ts`): wait `retryAfter` seconds (also the `Retry-After` header), then try again.
   */
  tooManyAttempts: { status: 429, title: 'Too many attempts' },
  /** 401: no passport session, or an expired one: sign in again. */
  sessionRequired: { status: 401, title: 'Session required' },
  /** 410: the must-change-password step is over (expired or unknown): sign in again. */
  challengeExpired: { status: 410, title: 'Step over' },
  /** 410: the e-mailed password-reset link is past its validity, or its login changed since (PP-LOGIN): ask for a new one. */
  linkExpired: { status: 410, title: 'Link expired' },
  /** 410: the e-mailed password-reset link was already used (single use): ask for a new one if needed. */
  linkUsed: { status: 410, title: 'Link already used' },
  /** 404: no such password-reset link (mistyped, or never issued). */
  linkUnknown: { status: 404, title: 'Unknown link' },
  /** 422: a field is missing or malformed; `errors` lists `{ field, issue }` (issues: `PASSPORT_FIELD_ISSUES`). */
  validation: { status: 422, title: 'Invalid request' },
  /** 422: the host's anti-robot token was refused (PP-REGISTER): do the step again. */
  robotCheckFailed: { status: 422, title: 'Anti-robot check failed' },
  /** 409: a company with this SIRET or VAT number already has an account (PP-REGISTER). */
  companyExists: { status: 409, title: 'Company already registered' },
  /** 409: this e-mail is already the login of another account (handover, dissociation; never the registration, which answers as for a new e-mail). */
  emailUnavailable: { status: 409, title: 'E-mail unavailable' },
  /** 409: a linked-spaces event was refused; `reason` is a `SpacesRefusalReason` (PP-SPACES, handover). */
  spacesRefused: { status: 409, title: 'Refused by the linked-spaces rules' },
  /** 412: `If-Match` names an old version: someone else saved in between; reload. */
  versionMismatch: { status: 412, title: 'Version mismatch' },
  /** 428: a write to a shared resource came without `If-Match`. */
  versionRequired: { status: 428, title: 'Version required' },
  /** 404: no such employee in this company. */
  notFound: { status: 404, title: 'Not found' },
});

/** PP — the problem types of the passport by name (a client matches on the last path segment). */
export const PASSPORT_PROBLEM_TYPES = problemTypes(PASSPORT_PROBLEMS);
export type PassportProblemName = keyof typeof PASSPORT_PROBLEM_TYPES;

const BY_SLUG = new Map(
  Object.entries(PASSPORT_PROBLEM_TYPES).map(([name, type]) => [type.slice('/problems/'.length), name as PassportProblemName]),
);

/**
 * Which passport problem a failure is (by the last segment of its `type`, so relative and
 * absolute type URIs both match), or undefined (network, timeout, contract, another problem…).
 */
export function passportProblemOfFailure(failure: ApiFailure): PassportProblemName | undefined {
  const slug = problemOf(failure)?.type?.split(/[/#]/).at(-1);
  return slug ? BY_SLUG.get(slug) : undefined;
}

/** The same, from whatever a call threw. */
export function passportProblemOf(error: unknown): PassportProblemName | undefined {
  return isApiError(error) ? passportProblemOfFailure(error.failure) : undefined;
}
