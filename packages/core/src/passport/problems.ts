/**
 * PP — the problem types of the safety passport (RFC 9457), and how a widget tells them apart. No
 * zod here: a widget imports this to read a failure without loading the data layer.
 */
import { isApiError, type ApiFailure } from '../api/errors.js';
import { problemOf } from '../api/problem.js';

/** PP — the problem types of the passport (a client matches on the last path segment). */
export const PASSPORT_PROBLEM_TYPES = {
  /** 401: wrong password OR unknown e-mail, the same body for both (PP-LOGIN). */
  invalidCredentials: '/problems/invalid-credentials',
  /**
   * 429: too many failed logins in a row for this e-mail, known or unknown alike (PP-LOGIN,
   * `throttle.ts`): wait `retryAfter` seconds (also the `Retry-After` header), then try again.
   */
  tooManyAttempts: '/problems/too-many-attempts',
  /** 401: no passport session, or an expired one: sign in again. */
  sessionRequired: '/problems/session-required',
  /** 410: the must-change-password step is over (expired or unknown): sign in again. */
  challengeExpired: '/problems/challenge-expired',
  /** 410: the e-mailed password-reset link is past its validity, or its login changed since (PP-LOGIN): ask for a new one. */
  linkExpired: '/problems/link-expired',
  /** 410: the e-mailed password-reset link was already used (single use): ask for a new one if needed. */
  linkUsed: '/problems/link-used',
  /** 404: no such password-reset link (mistyped, or never issued). */
  linkUnknown: '/problems/link-unknown',
  /** 422: a field is missing or malformed; `errors` lists `{ field, issue }` (issues: `PASSPORT_FIELD_ISSUES`). */
  validation: '/problems/validation',
  /** 422: the host's anti-robot token was refused (PP-REGISTER): do the step again. */
  robotCheckFailed: '/problems/robot-check-failed',
  /** 409: a company with this SIRET or VAT number already has an account (PP-REGISTER). */
  companyExists: '/problems/company-exists',
  /** 409: this e-mail is already the login of another account (handover, dissociation; never the registration, which answers as for a new e-mail). */
  emailUnavailable: '/problems/email-unavailable',
  /** 409: a linked-spaces event was refused; `reason` is a `SpacesRefusalReason` (PP-SPACES, handover). */
  spacesRefused: '/problems/spaces-refused',
  /** 412: `If-Match` names an old version: someone else saved in between; reload. */
  versionMismatch: '/problems/version-mismatch',
  /** 428: a write to a shared resource came without `If-Match`. */
  versionRequired: '/problems/version-required',
  /** 404: no such employee in this company. */
  notFound: '/problems/not-found',
} as const;
export type PassportProblemName = keyof typeof PASSPORT_PROBLEM_TYPES;

const BY_SLUG = new Map(Object.entries(PASSPORT_PROBLEM_TYPES).map(([name, type]) => [type.slice('/problems/'.length), name as PassportProblemName]));

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
