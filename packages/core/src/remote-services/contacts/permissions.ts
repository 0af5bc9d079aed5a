/**
 * RS-CONTACTS — the permission levels of a site's contacts (seed 000 « niveau d'autorisation »),
 * each with what it lets its holder do and what it lets them grant.
 *
 * Where the seed is silent (it names the levels' existence, not their content), Vigie decides:
 *
 * | level | may do | may grant |
 * |---|---|---|
 * | administrator | everything below, and grant every level | administrator, manager, operator, viewer |
 * | manager | view; arm/disarm & test mode; cancel alarms (priority 2–3); edit schedules, call lists and contacts; invite | manager, operator, viewer |
 * | operator | view; arm/disarm & test mode; cancel alarms (priority 2–3) | nothing |
 * | viewer | view the site, its alarms, schedules, call lists and contacts | nothing |
 *
 * Rules ({@link canGrant}, {@link canChangeLevel}):
 * - RS-CONTACTS-GRANT: one grants only levels at or below one's own, and only with the `invite` capability
 *   (administrators and managers);
 * - RS-CONTACTS-CHANGE: one changes the level of a contact only when their current level is one
 *   the caller may grant (a manager cannot demote an administrator), and never one's own (so a site
 *   never loses its last administrator by mistake).
 */
import type { PERMISSION_LEVELS, PermissionLevel } from '../schemas.js';

/**
 * The levels, most powerful first: `PERMISSION_LEVELS` of the model, repeated here (and checked equal
 * below) so that a widget using these rules does not load the model's zod schemas with them.
 */
export const PERMISSION_LEVEL_ORDER = ['administrator', 'manager', 'operator', 'viewer'] as const satisfies readonly PermissionLevel[];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameLevels: Same<typeof PERMISSION_LEVEL_ORDER, typeof PERMISSION_LEVELS> = true;
void _sameLevels;

/** What a level lets its holder do (each has a catalog text `rs.contacts.capability.<id>`). */
export const PERMISSION_CAPABILITIES = [
  'view',
  'arm-and-test',
  'cancel-alarms',
  'edit-schedules',
  'edit-call-lists',
  'edit-contacts',
  'invite',
  'grant-administrator',
] as const;
export type PermissionCapability = (typeof PERMISSION_CAPABILITIES)[number];

const CAPABILITIES: Readonly<Record<PermissionLevel, readonly PermissionCapability[]>> = {
  administrator: [
    'view',
    'arm-and-test',
    'cancel-alarms',
    'edit-schedules',
    'edit-call-lists',
    'edit-contacts',
    'invite',
    'grant-administrator',
  ],
  manager: ['view', 'arm-and-test', 'cancel-alarms', 'edit-schedules', 'edit-call-lists', 'edit-contacts', 'invite'],
  operator: ['view', 'arm-and-test', 'cancel-alarms'],
  viewer: ['view'],
};

/** The rank of a level: 0 for administrator, 3 for viewer. */
export const permissionRank = (level: PermissionLevel): number => PERMISSION_LEVEL_ORDER.indexOf(level);

export const hasCapability = (level: PermissionLevel, capability: PermissionCapability): boolean =>
  CAPABILITIES[level].includes(capability);

/** RS-CONTACTS-GRANT: the levels `caller` may give (at or below their own, and only with `invite`). */
export function grantableLevels(caller: PermissionLevel): readonly PermissionLevel[] {
  if (!hasCapability(caller, 'invite')) return [];
  return PERMISSION_LEVEL_ORDER.filter((l) => permissionRank(l) >= permissionRank(caller));
}

/** RS-CONTACTS-GRANT: whether `caller` may give `level` to someone. */
export const canGrant = (caller: PermissionLevel, level: PermissionLevel): boolean => grantableLevels(caller).includes(level);

/** Who is calling, on this site: their level, and their own contact (null when they are not one of the site's contacts). */
export interface ContactsCaller {
  readonly permission: PermissionLevel;
  readonly contactId: string | null;
}

/** Why a level change is refused (the problem `level-not-grantable` carries it as `reason`). */
export type LevelChangeRefusal = 'not-allowed' | 'level-not-grantable' | 'contact-above-caller' | 'own-level';

/**
 * RS-CONTACTS-CHANGE: whether `caller` may move `contact` (its id and current level) to `level`;
 * undefined when allowed, else why not. Choosing the level it already has is allowed (nothing changes).
 */
export function levelChangeRefusal(
  caller: ContactsCaller,
  contact: { readonly id: string; readonly permission: PermissionLevel },
  level: PermissionLevel,
): LevelChangeRefusal | undefined {
  if (!hasCapability(caller.permission, 'invite')) return 'not-allowed';
  if (caller.contactId !== null && caller.contactId === contact.id) return 'own-level';
  if (!canGrant(caller.permission, contact.permission)) return 'contact-above-caller';
  if (!canGrant(caller.permission, level)) return 'level-not-grantable';
  return undefined;
}

export const canChangeLevel = (caller: ContactsCaller, contact: { readonly id: string; readonly permission: PermissionLevel }): boolean =>
  levelChangeRefusal(caller, contact, contact.permission) === undefined;

/** Whether `caller` may edit contacts' personal data, invite, grant access and resend invitations on the site. */
export const canManageContacts = (caller: ContactsCaller): boolean => hasCapability(caller.permission, 'edit-contacts');
