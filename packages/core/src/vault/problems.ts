/**
 * VA — the problem types of the vault (RFC 9457), and how a widget tells them apart. No zod
 * here: a widget imports this to read a failure without loading the data layer.
 */
import { isApiError, type ApiFailure } from '../api/errors.js';
import { problemOf } from '../api/problem.js';

/** VA — the problem types of the vault (a client matches on the last path segment). */
export const VAULT_PROBLEM_TYPES = {
  /** 401: wrong password OR unknown identifier, same body for both (VA-LOGIN, VA-PAPER). */
  invalidCredentials: '/problems/invalid-credentials',
  /** 423: the account (all its identifiers) or the unknown identifier is locked; `lockedUntil` says until when (VA-LOGIN). */
  locked: '/problems/locked',
  /** 422: wrong one-time code; `attemptsLeft` for this challenge. */
  invalidCode: '/problems/invalid-code',
  /** 410: the login challenge is over (code expired, too many wrong codes, or unknown): sign in again. */
  challengeExpired: '/problems/challenge-expired',
  /** 429: a new code was asked before `resendAt`. */
  resendTooEarly: '/problems/resend-too-early',
  /** 422: the new password breaks the policy; `issues` lists why. */
  passwordPolicy: '/problems/password-policy',
  /** 422: a field is missing or malformed; `errors` lists `{ field, issue }`. */
  validation: '/problems/validation',
  /** 410: the e-mailed link (reset or invitation) is past its validity. */
  tokenExpired: '/problems/token-expired',
  /** 410: the e-mailed link was already used. */
  tokenUsed: '/problems/token-used',
  /** 404: no such link token. */
  tokenUnknown: '/problems/token-unknown',
  /** 422: the current password given to change it is wrong (VA-PROFILE). */
  invalidCurrentPassword: '/problems/invalid-current-password',
  /** 422: this e-mail cannot be used for this account (VA-PROFILE: told when the confirmation link is followed). */
  emailUnavailable: '/problems/email-unavailable',
  /** 401: no vault session, or an expired one: sign in again. */
  sessionRequired: '/problems/session-required',
  /** 404: no such document, folder or draft on this account. */
  notFound: '/problems/not-found',
} as const;
export type VaultProblemName = keyof typeof VAULT_PROBLEM_TYPES;

const BY_SLUG = new Map(Object.entries(VAULT_PROBLEM_TYPES).map(([name, type]) => [type.slice('/problems/'.length), name as VaultProblemName]));


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
