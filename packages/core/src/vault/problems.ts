/**
 * VA — the problem types of the vault (RFC 9457), and how a widget tells them apart. No zod
 * here: a widget imports this to read a failure without loading the data layer.
 */
import { isApiError, type ApiFailure } from '../api/errors.js';
import { problemOf } from '../api/problem.js';
import { defineProblems, problemTypes } from '../shared/contract.js';

/**
 * VA — the problem types of the vault, once: status, title and type URI (`/problems/<kebab name>`;
 * a client matches on the last path segment). The mock answers with them, the routes table
 * (`routes.ts`) lists which each operation may answer, and the OpenAPI document describes them.
 */
export const VAULT_PROBLEMS = defineProblems({
  /** 401: wrong password OR unknown identifier, same body for both (VA-LOGIN, VA-PAPER). */
  invalidCredentials: { status: 401, title: 'Invalid credentials' },
  /** 423: the account (all its identifiers) or the unknown identifier is locked; `lockedUntil` says until when (VA-LOGIN). */
  locked: { status: 423, title: 'Account locked' },
  /** 422: wrong one-time code; `attemptsLeft` for this challenge. */
  invalidCode: { status: 422, title: 'Wrong code' },
  /** 410: the login challenge is over (code expired, too many wrong codes, or unknown): sign in again. */
  challengeExpired: { status: 410, title: 'Challenge over' },
  /** 429: a new code was asked before `resendAt`. */
  resendTooEarly: { status: 429, title: 'Too early' },
  /** 422: the new password breaks the policy; `issues` lists why. */
  passwordPolicy: { status: 422, title: 'Password refused' },
  /** 422: a field is missing or malformed; `errors` lists `{ field, issue }`. */
  validation: { status: 422, title: 'Invalid request' },
  /** 410: the e-mailed link (reset or invitation) is past its validity. */
  tokenExpired: { status: 410, title: 'Link expired' },
  /** 410: the e-mailed link was already used. */
  tokenUsed: { status: 410, title: 'Link already used' },
  /** 404: no such link token. */
  tokenUnknown: { status: 404, title: 'Unknown link' },
  /** 422: the current password given to change it is wrong (VA-PROFILE). */
  invalidCurrentPassword: { status: 422, title: 'Wrong current password' },
  /** 422: this e-mail cannot be used for this account (VA-PROFILE: told when the confirmation link is followed). */
  emailUnavailable: { status: 422, title: 'E-mail unavailable' },
  /** 401: no vault session, or an expired one: sign in again. */
  sessionRequired: { status: 401, title: 'Session required' },
  /** 404: no such document, folder or draft on this account. */
  notFound: { status: 404, title: 'Not found' },
  /** 409: an SMS code was asked for an invitation that asks for none (VA-ACTIVATE). */
  noSmsCode: { status: 409, title: 'No SMS code' },
});

/** VA — the problem types of the vault by name (a client matches on the last path segment). */
export const VAULT_PROBLEM_TYPES = problemTypes(VAULT_PROBLEMS);
export type VaultProblemName = keyof typeof VAULT_PROBLEM_TYPES;

const BY_SLUG = new Map(
  Object.entries(VAULT_PROBLEM_TYPES).map(([name, type]) => [type.slice('/problems/'.length), name as VaultProblemName]),
);

/**
 * Which vault problem an error is (by the last segment of its `type`, so relative and absolute
 * type URIs both match), or undefined (network, timeout, contract, another problem…). A 423
 * without a type is `locked`.
 */
export function vaultProblemOf(error: unknown): VaultProblemName | undefined {
  return isApiError(error) ? vaultProblemOfFailure(error.failure) : undefined;
}

/** The same, from the failure a widget already holds (`LoadController`, form controller…). */
export function vaultProblemOfFailure(failure: ApiFailure): VaultProblemName | undefined {
  const slug = problemOf(failure)?.type?.split(/[/#]/).at(-1);
  const name = slug ? BY_SLUG.get(slug) : undefined;
  if (name) return name;
  return failure.kind === 'locked' ? 'locked' : undefined;
}
