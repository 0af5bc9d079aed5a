/**
 * SR-PROFILES — the flow of the profile editor of `<user-profiles>` (seed 001): view a profile (the
 * eye), create one (the « + ») from A to Z or from a user's rights, attach users to a profile; each
 * a step of one pure machine returning `{ state, effects }` (`shared/flow.ts`):
 *
 *   closed ──view-opened──► viewing ──attach-opened──► editing (attach)
 *   viewing ──edit-opened──► editing (edit: its name and rights; a save goes with the version read, 412 ► save-stale)
 *   closed ──create-opened──► editing (create) ──review (draft checked)──► reviewing (the summary)
 *          reviewing ──back──► editing      reviewing ──save──► saving
 *          saving ──saved──► closed (`profile-created` / `profile-users-attached`; toast; focus on the profile)
 *                 └─save-failed──► editing with the server's issues (a name taken…) or reviewing with the failure
 *
 * The draft is never lost: a refusal or a failure keeps it as the person left it. A save is only
 * ever sent from the summary, with a draft that passes {@link checkProfileDraft} (a name, a right)
 * or, to attach, at least one user.
 */
import type { ApiFailure } from '../../api/errors.js';
import type { Flow, Step } from '../../shared/flow.js';
import { SR_PROBLEM_TYPES } from '../problems.js';
import type { Module, Right } from '../rights.js';
import {
  checkProfileDraft,
  draftFromUser,
  emptyDraft,
  rightsSet,
  toggleModule,
  toggleRight,
  type DraftIssue,
  type ProfileDraft,
  type ProfileUser,
  type RememberedSelections,
} from './rights-set.js';

/** A profile as the editor needs it. */
export interface EditorProfile {
  readonly id: string;
  readonly name: string;
  readonly rights: readonly Right[];
  readonly userIds: readonly string[];
  /** The version read, sent back to edit it (`If-Match`). */
  readonly version?: number;
}

/** The users and profiles the editor was opened with. */
export interface EditorData {
  readonly users: readonly ProfileUser[];
  readonly profiles: readonly EditorProfile[];
}

export type EditorIssue = DraftIssue | { readonly field: 'users'; readonly issue: 'empty' };

export type ProfileEditorMode = 'create' | 'attach' | 'edit';

export interface ProfileEditing {
  readonly phase: 'editing' | 'reviewing' | 'saving';
  readonly mode: ProfileEditorMode;
  /** The profile edited or users are attached to (`edit`, `attach`), null for a new one. */
  readonly profileId: string | null;
  readonly draft: ProfileDraft;
  /** What each module's « tout cocher » box remembers (APG mixed checkbox). */
  readonly remembered: RememberedSelections;
  readonly issues: readonly EditorIssue[];
  /** The last save failed on the way (network, server): said on the summary, with a retry. */
  readonly failure?: ApiFailure;
  readonly data: EditorData;
}

export type ProfileEditorState =
  { readonly phase: 'closed' } | { readonly phase: 'viewing'; readonly profileId: string; readonly data: EditorData } | ProfileEditing;

export type ProfileEditorEvent =
  | { readonly type: 'create-opened'; readonly data: EditorData }
  | { readonly type: 'view-opened'; readonly profileId: string; readonly data: EditorData }
  | { readonly type: 'attach-opened'; readonly profileId: string; readonly data?: EditorData }
  /** « Modifier le profil »: its name and rights in the form; its users get the new rights. */
  | { readonly type: 'edit-opened'; readonly profileId: string; readonly data?: EditorData }
  | { readonly type: 'close' }
  | { readonly type: 'name-changed'; readonly name: string }
  /** « À partir d’un utilisateur »: the draft takes a copy of their rights; null: from A to Z (no right). */
  | { readonly type: 'source-chosen'; readonly userId: string | null }
  | { readonly type: 'right-toggled'; readonly right: Right }
  | { readonly type: 'module-toggled'; readonly module: Module }
  | { readonly type: 'user-toggled'; readonly userId: string }
  | { readonly type: 'review' }
  | { readonly type: 'back' }
  | { readonly type: 'save' }
  | { readonly type: 'saved'; readonly profile: EditorProfile }
  | { readonly type: 'save-failed'; readonly failure: ApiFailure }
  /** 412: someone changed the profile since it was read; `data` is as it is now (the draft is kept). */
  | { readonly type: 'save-stale'; readonly failure: ApiFailure; readonly data: EditorData };

export type ProfileEditorRequest =
  | { readonly op: 'create-profile'; readonly name: string; readonly rights: readonly Right[]; readonly userIds: readonly string[] }
  | { readonly op: 'attach-users'; readonly profileId: string; readonly userIds: readonly string[] }
  | {
      readonly op: 'update-profile';
      readonly profileId: string;
      readonly name: string;
      readonly rights: readonly Right[];
      readonly version: number;
    };

/** Where the editor moves the focus (`data-focus`). */
export const profileEditorFocus = {
  title: 'editor-title',
  name: 'profile-name',
  rights: 'profile-rights',
  users: 'profile-users',
  summary: 'profile-summary',
  retry: 'profile-save',
  profile: (id: string) => `profile:${id}`,
} as const;

type S = Step<ProfileEditorState, ProfileEditorRequest, ProfileEditorEvent>;
const stay = (state: ProfileEditorState): S => ({ state, effects: [] });
const focus = (target: string) => ({ type: 'focus', target }) as const;

/** What keeps the editing state from being saved. */
export function editorIssues(s: Pick<ProfileEditing, 'mode' | 'draft' | 'data' | 'profileId'>): EditorIssue[] {
  if (s.mode === 'attach') return s.draft.userIds.length === 0 ? [{ field: 'users', issue: 'empty' }] : [];
  return checkProfileDraft(
    s.draft,
    s.data.profiles.filter((p) => p.id !== s.profileId).map((p) => p.name),
  );
}

/** The first field to fix. */
const focusOf = (issues: readonly EditorIssue[]) =>
  issues[0]!.field === 'name'
    ? profileEditorFocus.name
    : issues[0]!.field === 'rights'
      ? profileEditorFocus.rights
      : profileEditorFocus.users;

/** The server's 422 issues, as the editor's (unknown ones dropped). */
function serverIssues(failure: ApiFailure): EditorIssue[] {
  if (failure.kind !== 'http' || failure.problem.type !== SR_PROBLEM_TYPES.validation) return [];
  const errors = (failure.problem as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((e: { field?: unknown; issue?: unknown }): EditorIssue[] => {
    if (e.field === 'name' && (e.issue === 'required' || e.issue === 'too-long' || e.issue === 'taken'))
      return [{ field: 'name', issue: e.issue }];
    if (e.field === 'rights') return [{ field: 'rights', issue: 'empty' }];
    if (e.field === 'userIds') return [{ field: 'users', issue: 'empty' }];
    return [];
  });
}

function edit(state: ProfileEditorState, change: (s: ProfileEditing) => Partial<ProfileEditing>): S {
  if (state.phase !== 'editing') return stay(state);
  const next = { ...state, ...change(state) };
  // An issue the person fixed goes away as they type; new ones wait for the next review.
  const now = editorIssues(next);
  const issues = state.issues.filter((i) => now.some((x) => x.field === i.field && x.issue === i.issue));
  return stay({ ...next, issues });
}

export const profileEditorFlow: Flow<ProfileEditorState, ProfileEditorEvent, ProfileEditorRequest> = {
  init: () => stay({ phase: 'closed' }),
  transition(state, event): S {
    const busy = state.phase === 'saving';
    switch (event.type) {
      case 'create-opened':
        if (busy) return stay(state);
        return {
          state: { phase: 'editing', mode: 'create', profileId: null, draft: emptyDraft(), remembered: {}, issues: [], data: event.data },
          effects: [focus(profileEditorFocus.title)],
        };
      case 'view-opened':
        if (busy || !event.data.profiles.some((p) => p.id === event.profileId)) return stay(state);
        return { state: { phase: 'viewing', profileId: event.profileId, data: event.data }, effects: [focus(profileEditorFocus.title)] };
      case 'attach-opened': {
        if (busy) return stay(state);
        const data = event.data ?? (state.phase === 'closed' ? undefined : state.data);
        const profile = data?.profiles.find((p) => p.id === event.profileId);
        if (!data || !profile) return stay(state);
        const draft: ProfileDraft = { name: profile.name, rights: rightsSet(profile.rights), userIds: [], fromUserId: null };
        return {
          state: { phase: 'editing', mode: 'attach', profileId: profile.id, draft, remembered: {}, issues: [], data },
          effects: [focus(profileEditorFocus.title)],
        };
      }
      case 'edit-opened': {
        if (busy) return stay(state);
        const data = event.data ?? (state.phase === 'closed' ? undefined : state.data);
        const profile = data?.profiles.find((p) => p.id === event.profileId);
        if (!data || !profile) return stay(state);
        const draft: ProfileDraft = { name: profile.name, rights: rightsSet(profile.rights), userIds: [], fromUserId: null };
        return {
          state: { phase: 'editing', mode: 'edit', profileId: profile.id, draft, remembered: {}, issues: [], data },
          effects: [focus(profileEditorFocus.title)],
        };
      }
      case 'close':
        return busy || state.phase === 'closed' ? stay(state) : stay({ phase: 'closed' });
      case 'name-changed':
        return edit(state, (s) => (s.mode !== 'attach' ? { draft: { ...s.draft, name: event.name } } : {}));
      case 'source-chosen':
        return edit(state, (s) => {
          if (s.mode === 'attach') return {};
          if (event.userId === null) return { draft: { ...s.draft, rights: [], fromUserId: null }, remembered: {} };
          const user = s.data.users.find((u) => u.id === event.userId);
          return user ? { draft: draftFromUser(s.draft, user), remembered: {} } : {};
        });
      case 'right-toggled':
        return edit(state, (s) => (s.mode !== 'attach' ? { draft: { ...s.draft, rights: toggleRight(s.draft.rights, event.right) } } : {}));
      case 'module-toggled':
        return edit(state, (s) => {
          if (s.mode === 'attach') return {};
          const t = toggleModule(s.draft.rights, event.module, s.remembered);
          return { draft: { ...s.draft, rights: t.rights }, remembered: t.remembered };
        });
      case 'user-toggled':
        return edit(state, (s) => {
          const user = s.data.users.find((u) => u.id === event.userId);
          if (!user || s.mode === 'edit' || (s.profileId !== null && user.profileId === s.profileId)) return {};
          const has = s.draft.userIds.includes(user.id);
          const chosen = has ? s.draft.userIds.filter((id) => id !== user.id) : [...s.draft.userIds, user.id];
          // Kept in the list's order, so the summary reads like the list.
          return { draft: { ...s.draft, userIds: s.data.users.map((u) => u.id).filter((id) => chosen.includes(id)) } };
        });
      case 'review': {
        if (state.phase !== 'editing') return stay(state);
        const issues = editorIssues(state);
        if (issues.length) return { state: { ...state, issues }, effects: [focus(focusOf(issues))] };
        const { failure: _f, ...rest } = state;
        return { state: { ...rest, phase: 'reviewing', issues: [] }, effects: [focus(profileEditorFocus.summary)] };
      }
      case 'back':
        if (state.phase !== 'reviewing') return stay(state);
        return { state: { ...state, phase: 'editing' }, effects: [focus(profileEditorFocus.title)] };
      case 'save': {
        if (state.phase !== 'reviewing' || editorIssues(state).length) return stay(state);
        const { draft } = state;
        const version = state.data.profiles.find((p) => p.id === state.profileId)?.version;
        const request: ProfileEditorRequest =
          state.mode === 'create' || state.profileId === null
            ? { op: 'create-profile', name: draft.name.trim(), rights: rightsSet(draft.rights), userIds: draft.userIds }
            : state.mode === 'edit'
              ? {
                  op: 'update-profile',
                  profileId: state.profileId,
                  name: draft.name.trim(),
                  rights: rightsSet(draft.rights),
                  version: version ?? 1,
                }
              : { op: 'attach-users', profileId: state.profileId, userIds: draft.userIds };
        const { failure: _f, ...rest } = state;
        return { state: { ...rest, phase: 'saving' }, effects: [{ type: 'call', request }] };
      }
      case 'saved': {
        if (state.phase !== 'saving') return stay(state);
        const created = state.mode === 'create';
        if (state.mode === 'edit') {
          return {
            state: { phase: 'closed' },
            effects: [
              {
                type: 'emit',
                name: 'profile-updated',
                detail: { profileId: event.profile.id, name: event.profile.name, rights: [...event.profile.rights] },
              },
              {
                type: 'announce',
                tone: 'success',
                message: { key: 'sr.profiles.saved.updated', params: { name: event.profile.name, count: event.profile.userIds.length } },
              },
              focus(profileEditorFocus.profile(event.profile.id)),
            ],
          };
        }
        return {
          state: { phase: 'closed' },
          effects: [
            created
              ? {
                  type: 'emit',
                  name: 'profile-created',
                  detail: {
                    profileId: event.profile.id,
                    name: event.profile.name,
                    rights: [...event.profile.rights],
                    userIds: [...state.draft.userIds],
                  },
                }
              : {
                  type: 'emit',
                  name: 'profile-users-attached',
                  detail: { profileId: event.profile.id, userIds: [...state.draft.userIds] },
                },
            {
              type: 'announce',
              tone: 'success',
              message: created
                ? { key: 'sr.profiles.saved.created', params: { name: event.profile.name, count: state.draft.userIds.length } }
                : { key: 'sr.profiles.saved.attached', params: { name: event.profile.name, count: state.draft.userIds.length } },
            },
            focus(profileEditorFocus.profile(event.profile.id)),
          ],
        };
      }
      case 'save-failed': {
        if (state.phase !== 'saving') return stay(state);
        const issues = serverIssues(event.failure);
        if (issues.length) return { state: { ...state, phase: 'editing', issues }, effects: [focus(focusOf(issues))] };
        return { state: { ...state, phase: 'reviewing', failure: event.failure }, effects: [focus(profileEditorFocus.retry)] };
      }
      case 'save-stale':
        if (state.phase !== 'saving') return stay(state);
        // The profile as it is now (its new version): the person's draft is kept; saving again applies it.
        return {
          state: { ...state, phase: 'reviewing', data: event.data, failure: event.failure },
          effects: [focus(profileEditorFocus.retry)],
        };
    }
  },
};
