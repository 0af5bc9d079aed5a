/**
 * RS-CONTACTS — the permission levels as a named list, for a view of what each level allows (the
 * rules are `permissions.ts`). A module of its own: the list of contacts does not need it, the
 * levels' help and the level dialog do (they load on demand).
 */
import type { PermissionLevel } from '../schemas.js';
import {
  PERMISSION_CAPABILITIES,
  PERMISSION_LEVEL_ORDER,
  grantableLevels,
  hasCapability,
  permissionRank,
  type PermissionCapability,
} from './permissions.js';

/** One permission level: its id, its rank (0 is the most powerful), what it may do and what it may grant. */
export interface PermissionLevelInfo {
  readonly id: PermissionLevel;
  readonly rank: number;
  readonly capabilities: readonly PermissionCapability[];
  /** The levels its holder may give to someone else (most powerful first). */
  readonly grants: readonly PermissionLevel[];
}

/** The named list of the levels, most powerful first (capabilities in the order of `PERMISSION_CAPABILITIES`). */
export const PERMISSION_LEVEL_LIST: readonly PermissionLevelInfo[] = PERMISSION_LEVEL_ORDER.map((id) => ({
  id,
  rank: permissionRank(id),
  capabilities: PERMISSION_CAPABILITIES.filter((c) => hasCapability(id, c)),
  grants: grantableLevels(id),
}));
