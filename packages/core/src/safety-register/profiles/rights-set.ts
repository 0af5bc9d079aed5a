/**
 * SR-PROFILES — rights as sets (seed 001 « Gestion des profils utilisateurs »): a profile is a name
 * and a set of `module:action` rights; a user attached to a profile has exactly its rights. Pure
 * functions only: set operations in catalog order, a module's « tout cocher » state (all, none,
 * mixed) and its APG mixed-checkbox cycle, the difference between two sets (what a user gains and
 * loses), a draft made from a user's rights, the check of a draft before saving, and the summary of
 * whose rights change when users are attached.
 */
import { ALL_RIGHTS, MODULES, isRight, moduleOf, rightsOfModule, type Module, type Right } from '../rights.js';

/** The rights of `list`, without duplicates or unknown values, in catalog order (a canonical set). */
export function rightsSet(list: Iterable<string>): Right[] {
  const has = new Set([...list].filter(isRight));
  return ALL_RIGHTS.filter((r) => has.has(r));
}

export function unionRights(a: readonly Right[], b: readonly Right[]): Right[] {
  return rightsSet([...a, ...b]);
}

/** The rights of `a` that `b` lacks. */
export function minusRights(a: readonly Right[], b: readonly Right[]): Right[] {
  const drop = new Set(b);
  return rightsSet(a.filter((r) => !drop.has(r)));
}

export function sameRights(a: readonly Right[], b: readonly Right[]): boolean {
  const x = rightsSet(a);
  const y = rightsSet(b);
  return x.length === y.length && x.every((r, i) => r === y[i]);
}

/** Adds or removes one right. */
export function toggleRight(rights: readonly Right[], right: Right): Right[] {
  return rights.includes(right) ? minusRights(rights, [right]) : unionRights(rights, [right]);
}

/** The state of a module's « tout cocher » box: every right of the module, none, or some (mixed). */
export type ModuleState = 'all' | 'none' | 'mixed';

export function moduleState(rights: readonly Right[], module: Module): ModuleState {
  const own = rightsOfModule(module);
  const held = own.filter((r) => rights.includes(r)).length;
  return held === 0 ? 'none' : held === own.length ? 'all' : 'mixed';
}

/** Every right of the module (`on`) or none of them; the other modules are untouched. */
export function setModule(rights: readonly Right[], module: Module, on: boolean): Right[] {
  return on ? unionRights(rights, rightsOfModule(module)) : minusRights(rights, rightsOfModule(module));
}

/** The modules holding at least one right of the set, in catalog order. */
export function modulesOf(rights: readonly Right[]): Module[] {
  return MODULES.filter((m) => moduleState(rights, m) !== 'none');
}

/** The partial selections a « tout cocher » box remembers (APG mixed checkbox), by module. */
export type RememberedSelections = Readonly<Partial<Record<Module, readonly Right[]>>>;

/**
 * One press on a module's « tout cocher » box, as the APG mixed-state checkbox does: mixed → all
 * (the partial selection is remembered) → none → back to the remembered selection (or all when
 * there is none); none → all; all → none. The other modules are never touched.
 */
export function toggleModule(
  rights: readonly Right[],
  module: Module,
  remembered: RememberedSelections = {},
): { rights: Right[]; remembered: RememberedSelections } {
  const state = moduleState(rights, module);
  const { [module]: partial, ...others } = remembered;
  if (state === 'mixed') {
    return { rights: setModule(rights, module, true), remembered: { ...others, [module]: rights.filter((r) => moduleOf(r) === module) } };
  }
  if (state === 'all') return { rights: setModule(rights, module, false), remembered };
  if (partial && partial.length > 0) return { rights: unionRights(rights, partial), remembered: others };
  return { rights: setModule(rights, module, true), remembered: others };
}

/** What changes for a user going from `before` to `after`: the rights gained and the rights lost. */
export interface RightsDiff {
  readonly gained: readonly Right[];
  readonly lost: readonly Right[];
}

export function diffRights(before: readonly Right[], after: readonly Right[]): RightsDiff {
  return { gained: minusRights(after, before), lost: minusRights(before, after) };
}

/** A user as the profiles part sees them (the contract's `RegisterUser`). */
export interface ProfileUser {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly profileId: string | null;
  readonly rights: readonly Right[];
}

/** A profile being built: its name, its rights, the users to attach, and the user it started from. */
export interface ProfileDraft {
  readonly name: string;
  readonly rights: readonly Right[];
  readonly userIds: readonly string[];
  /** The user whose rights the draft was made from, or null (from A to Z). */
  readonly fromUserId: string | null;
}

export const emptyDraft = (): ProfileDraft => ({ name: '', rights: [], userIds: [], fromUserId: null });

/**
 * « Créer un profil à partir d’un utilisateur » (seed 001): the draft takes a copy of the user's
 * rights (then the person edits it); the name and the users to attach are kept.
 */
export function draftFromUser(draft: ProfileDraft, user: ProfileUser): ProfileDraft {
  return { ...draft, rights: rightsSet(user.rights), fromUserId: user.id };
}

/** The longest name of a profile. */
export const PROFILE_NAME_MAX_LENGTH = 60;

/** Two names are the same profile name when they differ only in case, accents or spaces. */
export function foldProfileName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('fr');
}

export type DraftIssue =
  { readonly field: 'name'; readonly issue: 'required' | 'too-long' | 'taken' } | { readonly field: 'rights'; readonly issue: 'empty' };

/** What keeps a draft from being saved (the server judges the same, 422 `/problems/validation`). */
export function checkProfileDraft(draft: Pick<ProfileDraft, 'name' | 'rights'>, takenNames: readonly string[]): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const name = draft.name.trim();
  if (!name) issues.push({ field: 'name', issue: 'required' });
  else if ([...name].length > PROFILE_NAME_MAX_LENGTH) issues.push({ field: 'name', issue: 'too-long' });
  else if (takenNames.some((n) => foldProfileName(n) === foldProfileName(name))) issues.push({ field: 'name', issue: 'taken' });
  if (rightsSet(draft.rights).length === 0) issues.push({ field: 'rights', issue: 'empty' });
  return issues;
}

/** One line of the summary before saving: whose rights change, and how. */
export interface AttachmentChange extends RightsDiff {
  readonly userId: string;
  readonly firstName: string;
  readonly lastName: string;
  /** The profile the user leaves (null: own rights). */
  readonly fromProfileId: string | null;
}

/**
 * SR-PROFILES: for each user to attach (in the list's order), what their rights become once they
 * have the profile's. Users already on the profile are left out (nothing changes for them).
 */
export function attachmentSummary(
  users: readonly ProfileUser[],
  userIds: readonly string[],
  rights: readonly Right[],
  profileId?: string,
): AttachmentChange[] {
  const chosen = new Set(userIds);
  return users
    .filter((u) => chosen.has(u.id) && (profileId === undefined || u.profileId !== profileId))
    .map((u) => ({
      userId: u.id,
      firstName: u.firstName,
      lastName: u.lastName,
      fromProfileId: u.profileId,
      ...diffRights(u.rights, rights),
    }));
}

/** The users of `users` with the profile's id and rights (what attaching does, on both ends). */
export function attachUsers<U extends ProfileUser>(
  users: readonly U[],
  userIds: readonly string[],
  profileId: string,
  rights: readonly Right[],
): U[] {
  const chosen = new Set(userIds);
  return users.map((u) => (chosen.has(u.id) ? { ...u, profileId, rights: rightsSet(rights) } : u));
}
