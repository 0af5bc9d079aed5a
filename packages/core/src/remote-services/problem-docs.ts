/**
 * RS — what each problem type of Remote Services means, in the OpenAPI document (its status, title
 * and type URI are in `problems.ts`). A part words a problem for one operation in its own
 * `openapi.ts` (`answers`) where the generic sentence would say less.
 */
import type { ProblemDoc } from '../shared/openapi-builders.js';
import type { RemoteProblemName } from './problems.js';

export const REMOTE_PROBLEM_DOCS: Record<RemoteProblemName, ProblemDoc<never>> = {
  unauthorized: { description: 'No or an invalid bearer token' },
  validation: { description: 'A field is missing or malformed (with `errors` as `{ field, issue }`)' },
  notFound: { description: 'No such site, list, contact, link or alarm for this user' },
  notAcceptable: { description: '`Accept` is not `text/event-stream`' },
  preconditionRequired: { description: '`If-Match` is missing' },
  preconditionFailed: { description: 'The version moved: someone else saved in between (with `current`)' },
  permissionDenied: { description: 'The caller’s level does not allow it' },
  contactLocked: { description: 'Access was granted: the person keeps their data' },
  invitationState: { description: 'Not in this invitation state' },
  alreadyContact: { description: 'One of this site’s contacts already has this address' },
  idPinInvalid: { description: 'The ID and PIN do not match a pair (the same for an unknown ID and a wrong PIN)' },
  idPinAlreadyLinked: { description: 'This pair is already linked to the account (with `linkId`)' },
  idPinInvalidCurrentPin: { description: 'The current PIN is wrong (counts toward the throttle)' },
  idPinSamePin: { description: 'The new PIN is the current one' },
  idPinNicknameTaken: { description: 'Already another site’s nickname' },
  tooManyAttempts: { description: 'Too many failures in a row: wait `Retry-After` seconds' },
  invitationUnknown: { description: 'No such invitation' },
  invitationExpired: { description: 'The invitation is past its validity' },
  linkUnknown: { description: 'No such link' },
  linkExpired: { description: 'The link is past its validity' },
  linkUsed: { description: 'The link was already used' },
  invalidCredentials: { description: 'Wrong password OR unknown e-mail: the same answer' },
  sessionRequired: { description: 'No onboarding session or an ended one: log in again' },
  passwordPolicy: { description: 'The password breaks the policy (with `issues`)' },
  idPinRefused: { description: 'This ID and PIN do not match' },
  stepNotAllowed: { description: 'This step is not the next one of the onboarding: fetch it again' },
  alarmPriority1: { description: 'A priority 1 alarm (fire, panic…) is never cancelled' },
  alarmDispatched: { description: 'The patrol is already dispatched' },
  alarmAlreadyCancelled: { description: 'The alarm is already cancelled' },
};
