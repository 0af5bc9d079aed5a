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
  '/problems/alarm-priority-1', '/problems/alarm-dispatched', '/problems/alarm-already-cancelled',
] as const;
export type RemoteProblemType = (typeof REMOTE_PROBLEM_TYPES)[number];
