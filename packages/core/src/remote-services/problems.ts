/**
 * RS — the RFC 9457 problem types of Remote Services, once (`defineProblems`: status, title and type
 * URI `/problems/<kebab name>`), so a widget can tell a refusal from a failure. The parts' tables
 * (`<part>/routes.ts`) list which each operation may answer, the mock answers with them and the
 * OpenAPI document describes them. No zod here.
 */
import { defineProblems, problemTypes } from '../shared/contract.js';

export const REMOTE_PROBLEMS = defineProblems({
  /** 401: no or an invalid bearer token (the provider's). */
  unauthorized: { status: 401, title: 'Unauthorized' },
  /** 422: a field is missing or malformed; `errors` lists `{ field, issue }`. */
  validation: { status: 422, title: 'Invalid request' },
  /** 404: no such site, list, contact, link or alarm for this user. */
  notFound: { status: 404, title: 'Not found' },
  /** 406: a stream asked without `Accept: text/event-stream`. */
  notAcceptable: { status: 406, title: 'Not Acceptable' },
  /** 428: a write to a shared resource without `If-Match`. */
  preconditionRequired: { status: 428, title: 'Precondition required' },
  /** 412: the version moved (someone else saved in between); the problem carries `current`. */
  preconditionFailed: { status: 412, title: 'Stale version' },
  // RS-CONTACTS
  /** 403: the caller's level does not allow it (`reason` for a level change). */
  permissionDenied: { status: 403, title: 'Permission denied' },
  /** 409: access was granted: the person keeps their data. */
  contactLocked: { status: 409, title: 'Contact locked' },
  /** 409: no such action in this invitation state. */
  invitationState: { status: 409, title: 'Not in this invitation state' },
  /** 409: one of this site's contacts already has this address. */
  alreadyContact: { status: 409, title: 'Already a contact' },
  // RS-IDPIN (see id-pin/problems.ts)
  /** 422: the ID and PIN do not match a pair (the same for an unknown ID and a wrong PIN). */
  idPinInvalid: { status: 422, title: 'ID and PIN do not match' },
  /** 409: this pair is already linked to the account (`linkId`). */
  idPinAlreadyLinked: { status: 409, title: 'Already linked' },
  /** 422: the current PIN of a change is wrong. */
  idPinInvalidCurrentPin: { status: 422, title: 'Wrong current PIN' },
  /** 422: the new PIN is the current one. */
  idPinSamePin: { status: 422, title: 'Same PIN' },
  /** 422: the nickname is already another site's. */
  idPinNicknameTaken: { status: 422, title: 'Nickname taken' },
  /** 429: too many failures in a row: wait `Retry-After` seconds. */
  tooManyAttempts: { status: 429, title: 'Too many attempts' },
  // RS-ONB (onboarding/): the invitation and the e-mailed link, the log-in and its throttle, the steps.
  invitationUnknown: { status: 404, title: 'Unknown invitation' },
  invitationExpired: { status: 410, title: 'Invitation expired' },
  linkUnknown: { status: 404, title: 'Unknown link' },
  linkExpired: { status: 410, title: 'Link expired' },
  linkUsed: { status: 410, title: 'Link already used' },
  invalidCredentials: { status: 401, title: 'Invalid credentials' },
  sessionRequired: { status: 401, title: 'Session required' },
  passwordPolicy: { status: 422, title: 'Password refused' },
  idPinRefused: { status: 422, title: 'ID and PIN refused' },
  stepNotAllowed: { status: 409, title: 'Step not allowed' },
  // RS-ALARMS: the refusals of a cancellation (core's `CANCEL_REFUSAL_PROBLEMS`).
  alarmPriority1: { status: 409, title: 'Priority 1 alarm' },
  alarmDispatched: { status: 409, title: 'Patrol dispatched' },
  alarmAlreadyCancelled: { status: 409, title: 'Already cancelled' },
});
export type RemoteProblemName = keyof typeof REMOTE_PROBLEMS;
export type RemoteProblemType = (typeof REMOTE_PROBLEMS)[RemoteProblemName]['type'];

/** Every problem type of Remote Services (what `REMOTE_PROBLEM_TYPES` always listed, from `REMOTE_PROBLEMS`). */
export const REMOTE_PROBLEM_TYPES: readonly RemoteProblemType[] = Object.values(problemTypes(REMOTE_PROBLEMS));
