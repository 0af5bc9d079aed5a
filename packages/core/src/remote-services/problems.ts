/**
 * RS — the RFC 9457 problem types of Remote Services. Each part adds its slugs here (one line each,
 * sorted by part), so a widget can tell a refusal from a failure.
 */
export const REMOTE_PROBLEM_TYPES = [
  '/problems/validation',
  '/problems/not-found',
  '/problems/precondition-required',
  '/problems/precondition-failed',
  // RS-CONTACTS
  '/problems/permission-denied',
  '/problems/contact-locked',
  '/problems/invitation-state',
  '/problems/already-contact',
  // id-pin (RS-IDPIN; see id-pin/problems.ts)
  '/problems/id-pin-invalid',
  '/problems/id-pin-already-linked',
  '/problems/id-pin-invalid-current-pin',
  '/problems/id-pin-same-pin',
  '/problems/id-pin-nickname-taken',
  '/problems/too-many-attempts',
  // RS-ONB (onboarding/): the invitation and the e-mailed link, the log-in and its throttle, the steps.
  '/problems/invitation-unknown',
  '/problems/invitation-expired',
  '/problems/link-unknown',
  '/problems/link-expired',
  '/problems/link-used',
  '/problems/invalid-credentials',
  '/problems/session-required',
  '/problems/password-policy',
  '/problems/id-pin-refused',
  '/problems/step-not-allowed',
  '/problems/alarm-priority-1',
  '/problems/alarm-dispatched',
  '/problems/alarm-already-cancelled',
] as const;
export type RemoteProblemType = (typeof REMOTE_PROBLEM_TYPES)[number];
