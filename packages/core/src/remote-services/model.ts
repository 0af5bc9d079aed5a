/**
 * RS — the lists and derived values of the Remote Services model that widgets need up front, with
 * no zod: importing them never brings the contract (schemas.ts) or zod into a page before its first
 * request (issue 9 « Speed and size »: an RS widget's own code ≤ 8 kB). `schemas.ts` builds its
 * schemas on these lists and re-exports them, so `@vigie/core/remote-services` offers both.
 */

/** RS-OVERVIEW: the state of an alarm system (seed 000 « activé / partiel / désactivé »). */
export const SYSTEM_STATES = ['armed', 'partial', 'disarmed'] as const;
export type SystemState = (typeof SYSTEM_STATES)[number];

/** What an alarm system watches over. */
export const SYSTEM_KINDS = ['intrusion', 'fire', 'video', 'access'] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];

/** RS-ALARMS: 1 is the highest (fire, panic…: never cancellable); 2 and 3 may be cancelled before dispatch. */
export const ALARM_PRIORITIES = [1, 2, 3] as const;
export type AlarmPriority = (typeof ALARM_PRIORITIES)[number];

export const ALARM_KINDS = ['fire', 'panic', 'intrusion', 'technical', 'tamper', 'power', 'medical'] as const;
export type AlarmKind = (typeof ALARM_KINDS)[number];

/**
 * RS-CONTACTS: the permission levels, most powerful first (their descriptions and what each may grant
 * are in `contacts/`).
 */
export const PERMISSION_LEVELS = ['administrator', 'manager', 'operator', 'viewer'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

/** RS-CONTACTS: where a contact is with MySecuritas. */
export const INVITATION_STATES = ['not-invited', 'invited', 'granted', 'expired'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export const CALL_LIST_KINDS = ['normal', 'specific'] as const;
export type CallListKind = (typeof CALL_LIST_KINDS)[number];

/**
 * RS-OVERVIEW: a site's state follows its systems: all armed → armed; none armed (all disarmed) →
 * disarmed; anything else (some armed, or one partial) → partial. A site without systems is disarmed.
 */
export function siteStateOf(systems: readonly { readonly state: SystemState }[]): SystemState {
  if (systems.length === 0) return 'disarmed';
  if (systems.every((s) => s.state === 'armed')) return 'armed';
  if (systems.every((s) => s.state === 'disarmed')) return 'disarmed';
  return 'partial';
}
