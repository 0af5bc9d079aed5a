/**
 * RS — the shared data model of Remote Services (alarm monitoring, seed 000), zod/mini. Each part
 * of the service (`sites/`, `overview/`, `call-lists/`, `contacts/`, `alarms/`, `id-pin/`,
 * `onboarding/`) adds its own request and response bodies in its folder; the entities several parts
 * share live here.
 *
 * Conventions (the vault's and the passport's):
 * - instants are ISO 8601 date-times with an offset; calendar dates are `YYYY-MM-DD`;
 * - every error is an RFC 9457 problem (`REMOTE_PROBLEM_TYPES`);
 * - shared resources (a call list…) carry a `version`; a write sends it as `If-Match: "<version>"`,
 *   428 without it, 412 when stale (failure kind `conflict`);
 * - a PIN never comes back from the server and is never kept by a widget.
 * - Private routes take the provider's bearer token (`getToken()`), like the invoices.
 */
import * as z from 'zod/mini';
import { ALARM_KINDS, CALL_LIST_KINDS, INVITATION_STATES, PERMISSION_LEVELS, SYSTEM_KINDS, SYSTEM_STATES } from './model.js';

// The lists and rules a widget needs up front live in model.ts, without zod: a widget that shows a
// state's label imports no schema, so zod stays in the data layer (loaded on the first request).
export * from './model.js';

/** An instant: ISO 8601 date-time with `Z` or an offset. */
export const RemoteInstant = z.iso.datetime({ offset: true });
/** A calendar date `YYYY-MM-DD`. */
export const RemoteDay = z.iso.date();
export const RemoteText = (max = 200) => z.string().check(z.minLength(1), z.maxLength(max));
export const RemoteId = z.string().check(z.minLength(1), z.maxLength(64));
export const RemoteVersion = z.int().check(z.gte(0));

export const RemoteAddress = z.object({
  street: RemoteText(),
  postalCode: z.string().check(z.regex(/^\d{5}$/)),
  city: RemoteText(),
});
export type RemoteAddress = z.infer<typeof RemoteAddress>;

/** RS-IDPIN: one ID & PIN link of the user (the PIN itself never leaves the server). */
export const IdPinLink = z.object({
  id: RemoteId,
  /** The ID of the pair, as printed on the invitation (see `id-pin/` for its format). */
  identifier: RemoteText(32),
  /** The sites this pair gives access to. */
  siteIds: z.array(RemoteId),
  /** When the pair was linked to the account. */
  linkedAt: RemoteInstant,
});
export type IdPinLink = z.infer<typeof IdPinLink>;

/** RS-SITES: a site as the list shows it. */
export const Site = z.object({
  id: RemoteId,
  name: RemoteText(),
  /** RS-IDPIN: the user's own name for the site, or null. */
  nickname: z.nullable(RemoteText(60)),
  address: RemoteAddress,
  /** The ID & PIN links it comes through (several pairs may lead to the same site). */
  linkIds: z.array(RemoteId),
  /** The site's alarm state, derived from its systems (`siteStateOf`). */
  state: z.enum(SYSTEM_STATES),
  /** RS-OVERVIEW: when the test mode ends by itself, or null when the site is not in test mode. */
  testModeUntil: z.nullable(RemoteInstant),
  /** How many alarms are open on the site. */
  openAlarms: z.int().check(z.gte(0)),
});
export type Site = z.infer<typeof Site>;

/** RS-OVERVIEW: an alarm system of a site. */
export const AlarmSystem = z.object({
  id: RemoteId,
  siteId: RemoteId,
  name: RemoteText(),
  kind: z.enum(SYSTEM_KINDS),
  state: z.enum(SYSTEM_STATES),
});
export type AlarmSystem = z.infer<typeof AlarmSystem>;

/** RS-ALARMS: an alarm as the operators' centre reports it. */
export const Alarm = z.object({
  id: RemoteId,
  siteId: RemoteId,
  siteName: RemoteText(),
  systemId: RemoteId,
  priority: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  kind: z.enum(ALARM_KINDS),
  /** Where on the site (« Zone 3 — Quai de chargement »). */
  zone: RemoteText(),
  raisedAt: RemoteInstant,
  /** When Securitas sent the mobile patrol, or null. */
  dispatchedAt: z.nullable(RemoteInstant),
  /** When the alarm was cancelled, or null. */
  cancelledAt: z.nullable(RemoteInstant),
});
export type Alarm = z.infer<typeof Alarm>;

/** RS-CONTACTS: a person of a site's contacts. */
export const Contact = z.object({
  id: RemoteId,
  siteId: RemoteId,
  firstName: RemoteText(80),
  lastName: RemoteText(80),
  /** French phone number as typed by the site (`06 12 34 56 78`, `+33 6…`). */
  phone: z.nullable(RemoteText(32)),
  emails: z.array(z.string().check(z.maxLength(254))),
  permission: z.enum(PERMISSION_LEVELS),
  invitation: z.object({
    state: z.enum(INVITATION_STATES),
    /** When the last invitation was sent (invited, expired, granted). */
    sentAt: z.nullable(RemoteInstant),
    /** When an invitation stops working (invited, expired). */
    expiresAt: z.nullable(RemoteInstant),
  }),
});
export type Contact = z.infer<typeof Contact>;

/** RS-CALL: a call list of a site (the normal one, and any specific one: « Fermeture estivale »…). */
export const CallList = z.object({
  id: RemoteId,
  siteId: RemoteId,
  kind: z.enum(CALL_LIST_KINDS),
  name: RemoteText(),
  /** The contacts to call, in order (ids of the site's contacts). */
  contactIds: z.array(RemoteId),
  version: RemoteVersion,
  updatedAt: RemoteInstant,
  /** Who saved it last (a display name). */
  updatedBy: RemoteText(),
});
export type CallList = z.infer<typeof CallList>;
