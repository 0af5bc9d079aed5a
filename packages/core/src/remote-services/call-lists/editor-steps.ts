/**
 * RS-CALL — the small pieces the editor flow (`editor.ts`) and what follows a 412 (`merge.ts`) both
 * use: a step, a spoken message, the site's contact ids, a merge folded into plain operations.
 */
import type { MessageKey } from '../../i18n/index.js';
import type { FlowEffect, Step } from '../../shared/flow.js';
import type { Contact } from '../schemas.js';
import type { CallListDraft, CallListEditorEvent, CallListEditorRequest, CallListEditorState } from './editor.js';

export type CallListEditorEffect = FlowEffect<CallListEditorRequest, CallListEditorEvent>;
export type CallListEditorStep = Step<CallListEditorState, CallListEditorRequest, CallListEditorEvent>;

export const step = (state: CallListEditorState, ...effects: CallListEditorEffect[]): CallListEditorStep => ({ state, effects });
export const say = (
  key: MessageKey,
  params: Record<string, string | number> = {},
  tone: 'success' | 'error' | 'status' = 'status',
): CallListEditorEffect => ({
  type: 'announce',
  message: { key, params },
  tone,
});

export const siteIds = (contacts: readonly Contact[]) => contacts.map((c) => c.id);

/** A merge whose conflicts are all chosen becomes plain operations on the new base (before a further edit). */
export function folded(draft: CallListDraft): CallListDraft {
  const m = draft.merge;
  return m ? { base: draft.base, ops: [...m.applied, ...draft.ops], notice: draft.notice } : draft;
}
