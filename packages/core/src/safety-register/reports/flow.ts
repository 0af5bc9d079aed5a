/**
 * SR-OBS — the flow of `<report-observations>` as a pure machine (core `Flow`): load the source and
 * its extracts, open the report (a tutorial the first time), pick a text, edit it in a form, save it.
 * The typed text survives a failed save; a save adds the item to the list, closes the window,
 * announces it and focuses the new item.
 */
import type { ApiFailure } from '../../api/errors.js';
import type { Flow, Step } from '../../shared/flow.js';
import type { MachineContext } from '../../shared/machine.js';
import { extractIssue, normalizeExtract, type ExtractIssue } from './rules.js';
import type { Extract, ExtractionSource } from './schemas.js';

export type ExtractDialog = 'closed' | 'tutorial' | 'picker' | 'form';

export interface ExtractDraft {
  readonly text: string;
  readonly page: number | null;
  /** The Idempotency-Key of its creation, so a retried save never creates twice. */
  readonly key: string;
}

export interface ReportObservationsState {
  readonly phase: 'loading' | 'load-error' | 'ready';
  readonly source?: ExtractionSource;
  readonly items: readonly Extract[];
  readonly loadFailure?: ApiFailure;
  readonly dialog: ExtractDialog;
  readonly draft?: ExtractDraft;
  readonly issue?: ExtractIssue;
  readonly saving: boolean;
  readonly saveFailure?: ApiFailure;
}

export type ReportObservationsEvent =
  | { readonly type: 'loaded'; readonly source: ExtractionSource; readonly items: readonly Extract[] }
  | { readonly type: 'load-failed'; readonly failure: ApiFailure }
  | { readonly type: 'retry' }
  | { readonly type: 'open'; readonly tutorialSeen: boolean }
  | { readonly type: 'show-tutorial' }
  | { readonly type: 'tutorial-done' }
  | { readonly type: 'picked'; readonly text: string; readonly page: number | null }
  | { readonly type: 'edit'; readonly text: string }
  | { readonly type: 'back' }
  | { readonly type: 'submit' }
  | { readonly type: 'saved'; readonly item: Extract }
  | { readonly type: 'save-failed'; readonly failure: ApiFailure }
  | { readonly type: 'close' };

export type ReportObservationsRequest =
  { readonly op: 'load' } | { readonly op: 'create'; readonly text: string; readonly page: number | null; readonly key: string };

type S = ReportObservationsState;
type E = ReportObservationsEvent;
type R = ReportObservationsRequest;
type Out = Step<S, R, E>;

const load = (items: readonly Extract[] = []): Out => ({
  state: { phase: 'loading', items, dialog: 'closed', saving: false },
  effects: [{ type: 'call', request: { op: 'load' }, key: 'load' }],
});
const stay = (state: S): Out => ({ state, effects: [] });
const isOpen = (s: S) => s.phase === 'ready' && s.source?.eligible === true;

export const reportObservationsFlow: Flow<S, E, R, MachineContext> = {
  init: () => load(),
  transition(s, e, ctx) {
    switch (e.type) {
      case 'loaded':
        return s.phase === 'loading'
          ? stay({ phase: 'ready', source: e.source, items: e.items, dialog: 'closed', saving: false })
          : stay(s);
      case 'load-failed':
        return s.phase === 'loading' ? stay({ ...s, phase: 'load-error', loadFailure: e.failure }) : stay(s);
      case 'retry':
        return s.phase === 'load-error' ? load(s.items) : stay(s);
      case 'open':
        if (!isOpen(s) || s.dialog !== 'closed') return stay(s);
        return {
          state: { ...s, dialog: e.tutorialSeen ? 'picker' : 'tutorial' },
          effects: [{ type: 'focus', target: e.tutorialSeen ? 'picker' : 'tutorial' }],
        };
      case 'show-tutorial':
        return s.dialog === 'picker' ? { state: { ...s, dialog: 'tutorial' }, effects: [{ type: 'focus', target: 'tutorial' }] } : stay(s);
      case 'tutorial-done':
        return s.dialog === 'tutorial' ? { state: { ...s, dialog: 'picker' }, effects: [{ type: 'focus', target: 'picker' }] } : stay(s);
      case 'picked': {
        if (s.dialog !== 'picker') return stay(s);
        const draft: ExtractDraft = { text: normalizeExtract(e.text), page: e.page, key: `x-${ctx.now.toString(36)}-${s.items.length}` };
        const { issue: _i, saveFailure: _f, ...rest } = s;
        return { state: { ...rest, dialog: 'form', draft }, effects: [{ type: 'focus', target: 'text' }] };
      }
      case 'edit':
        if (s.dialog !== 'form' || !s.draft || s.saving) return stay(s);
        return stay({ ...s, draft: { ...s.draft, text: e.text }, ...(s.issue ? { issue: extractIssue(e.text) } : {}) } as S);
      case 'back': {
        if (s.dialog !== 'form' || s.saving) return stay(s);
        const { draft: _d, issue: _i, saveFailure: _f, ...rest } = s;
        return { state: { ...rest, dialog: 'picker' }, effects: [{ type: 'focus', target: 'picker' }] };
      }
      case 'submit': {
        if (s.dialog !== 'form' || !s.draft || s.saving) return stay(s);
        const issue = extractIssue(s.draft.text);
        if (issue) return { state: { ...s, issue }, effects: [{ type: 'focus', target: 'text' }] };
        const { issue: _i, saveFailure: _f, ...rest } = s;
        return {
          state: { ...rest, saving: true },
          effects: [
            {
              type: 'call',
              request: { op: 'create', text: normalizeExtract(s.draft.text), page: s.draft.page, key: s.draft.key },
              key: 'create',
            },
          ],
        };
      }
      case 'saved': {
        if (!s.saving) return stay(s);
        const items = s.items.some((i) => i.id === e.item.id) ? s.items : [...s.items, e.item];
        const { draft: _d, issue: _i, saveFailure: _f, ...rest } = s;
        return {
          state: { ...rest, items, saving: false, dialog: 'closed' },
          effects: [
            { type: 'emit', name: 'created', detail: { item: e.item, target: s.source!.target, sourceId: s.source!.id } },
            { type: 'announce', message: { key: `sr.reports.saved.${s.source!.target}` }, tone: 'success' },
            { type: 'focus', target: `item-${e.item.id}` },
          ],
        };
      }
      case 'save-failed':
        return s.saving
          ? { state: { ...s, saving: false, saveFailure: e.failure }, effects: [{ type: 'focus', target: 'save-error' }] }
          : stay(s);
      case 'close': {
        if (s.dialog === 'closed' || s.saving) return stay(s);
        const { draft: _d, issue: _i, saveFailure: _f, ...rest } = s;
        return { state: { ...rest, dialog: 'closed' }, effects: [{ type: 'focus', target: 'open' }] };
      }
    }
  },
};
