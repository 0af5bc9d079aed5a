/**
 * RS-IDPIN — the problem types of the ID & PIN routes, and how a widget tells them apart (no zod:
 * read without loading the data layer).
 */
import type { ApiFailure } from '../../api/errors.js';
import { REMOTE_PROBLEMS as P } from '../problems.js';

/** The ID & PIN routes' problems by the names the widgets use (their URIs from `REMOTE_PROBLEMS`). */
export const ID_PIN_PROBLEM_TYPES = {
  /** 422: the ID and PIN do not match a pair — the same answer for an unknown ID and a wrong PIN. */
  invalidPair: P.idPinInvalid.type,
  /** 409: this pair is already linked to the account (`linkId` names the link). */
  alreadyLinked: P.idPinAlreadyLinked.type,
  /** 422: the current PIN of a change is wrong (counts toward the same throttle). */
  invalidCurrentPin: P.idPinInvalidCurrentPin.type,
  /** 422: the new PIN is the current one. */
  samePin: P.idPinSamePin.type,
  /** 429: too many wrong pairs or PINs in a row: wait `Retry-After` seconds (`retryAt`: the instant). */
  tooManyAttempts: P.tooManyAttempts.type,
  /** 422: the nickname is already another site's (case and accents ignored). */
  nicknameTaken: P.idPinNicknameTaken.type,
  /** 422: a field is malformed; `errors` lists `{ field, issue }`. */
  validation: P.validation.type,
  /** 404: no such link or site for this user. */
  notFound: P.notFound.type,
} as const;
export type IdPinProblem = keyof typeof ID_PIN_PROBLEM_TYPES;

/** Which ID & PIN problem a failure is, if it is one. */
export function idPinProblemOf(failure: ApiFailure): IdPinProblem | undefined {
  const type = 'problem' in failure ? failure.problem.type : undefined;
  if (!type) return undefined;
  const entry = Object.entries(ID_PIN_PROBLEM_TYPES).find(([, t]) => type === t || type.endsWith(t));
  return entry?.[0] as IdPinProblem | undefined;
}

/** A field error the server gave (`errors: [{ field, issue }]`). */
export function idPinFieldErrors(failure: ApiFailure): { field: string; issue: string }[] {
  const errors = 'problem' in failure ? (failure.problem as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return [];
  return errors.filter((e): e is { field: string; issue: string } => typeof e?.field === 'string' && typeof e?.issue === 'string');
}

/** When a throttled attempt may be made again (ms), from the problem's `retryAt` or `retryAfter` (s). */
export function retryAtOf(failure: ApiFailure, now: number): number | undefined {
  if (!('problem' in failure)) return undefined;
  const p = failure.problem as { retryAt?: unknown; retryAfter?: unknown };
  if (typeof p.retryAt === 'string' && Number.isFinite(Date.parse(p.retryAt))) return Date.parse(p.retryAt);
  if (typeof p.retryAfter === 'number' && p.retryAfter > 0) return now + p.retryAfter * 1000;
  return undefined;
}

/** Whether the server judged what was sent (an answer, not a failure on the way): then a PIN typed is cleared. */
export function serverJudgedPin(failure: ApiFailure): boolean {
  if (failure.kind !== 'http' && failure.kind !== 'conflict' && failure.kind !== 'locked') return false;
  const s = failure.status;
  return s >= 400 && s < 500 && s !== 408 && s !== 429;
}
