/**
 * RS-IDPIN — the first screen of `<id-pin-links>`'s flow: its state, events and requests, and the
 * list (load, failure, retry). What a person does with a link (add, PIN, nickname, removal,
 * personal information) is `links-edits.ts`, joined to this part by {@link idPinLinksFlowWith}: a
 * widget can show the list before the edits' code is there (it loads when the person acts), and
 * `idPinLinksFlow` (`links-flow.ts`) is both parts together. See `links-flow.ts` for the machine.
 */
import type { ApiFailure } from '../../api/errors.js';
import type { Flow, FlowEffect, Step } from '../../shared/flow.js';
import type { MachineContext } from '../../shared/machine.js';
import type { HolderDraft, HolderField, HolderIssue } from './holder.js';
import type { IdPinIdIssue, PinIssue } from './id-pin-format.js';
import type { NicknameIssue } from './nickname.js';
import type { PinChangeField, PinChangeIssue, PinChangeProblem } from './pin-change.js';
import type { IdPinAddResponse, IdPinHolder, IdPinLinkDetails } from './schemas.js';

// ── State ───────────────────────────────────────────────────────────────────

export type IdPinListState =
  { readonly status: 'loading' } | { readonly status: 'ready' } | { readonly status: 'error'; readonly failure: ApiFailure };

/** Why the last add or PIN change did not go through (shown above the form). */
export type IdPinNotice = 'invalid-pair' | 'throttled' | 'unavailable';

export interface IdPinAddState {
  readonly open: boolean;
  readonly submitting: boolean;
  /** The ID as last submitted (as typed, trimmed), kept in the field after a failure. */
  readonly identifier: string;
  readonly errors: { readonly identifier?: IdPinIdIssue | 'already-linked'; readonly pin?: PinIssue };
  readonly notice?: IdPinNotice;
  /** For `unavailable`: what went wrong on the way. */
  readonly failure?: ApiFailure;
}

export type PinChangeError = PinChangeIssue | 'pin-wrong-current';

export interface IdPinPinState {
  readonly linkId: string;
  readonly submitting: boolean;
  readonly errors: Partial<Record<PinChangeField, PinChangeError>>;
  readonly notice?: Exclude<IdPinNotice, 'invalid-pair'>;
  readonly failure?: ApiFailure;
}

export interface IdPinRenameState {
  readonly siteId: string;
  readonly saving: boolean;
  readonly error?: NicknameIssue | 'unavailable';
  readonly failure?: ApiFailure;
}

export interface IdPinRemovalState {
  readonly linkId: string;
  readonly removing: boolean;
  readonly failure?: ApiFailure;
}

export interface IdPinHolderState {
  readonly linkId: string;
  readonly saving: boolean;
  readonly errors: Partial<Record<HolderField, HolderIssue>>;
  readonly failure?: ApiFailure;
}

export interface IdPinLinksState {
  readonly list: IdPinListState;
  readonly links: readonly IdPinLinkDetails[];
  readonly add: IdPinAddState;
  readonly pin?: IdPinPinState;
  readonly rename?: IdPinRenameState;
  readonly removal?: IdPinRemovalState;
  readonly holder?: IdPinHolderState;
  /** Until when the server asks to wait before another pair or PIN (ms), as it said. */
  readonly waitUntil?: number;
}

// ── Events ──────────────────────────────────────────────────────────────────

export type IdPinLinksEvent =
  // The person
  | { readonly type: 'retry' }
  | { readonly type: 'add-opened' }
  | { readonly type: 'add-closed' }
  /** `pin`: the issue of the PIN typed (`pinIssue`), undefined when it is well formed. */
  | { readonly type: 'add-submitted'; readonly identifier: string; readonly pin: PinIssue | undefined }
  | { readonly type: 'pin-opened'; readonly linkId: string }
  | { readonly type: 'pin-closed' }
  /** `problems`: `checkPinChange` of what was typed (empty: it is sent). */
  | { readonly type: 'pin-submitted'; readonly problems: readonly PinChangeProblem[] }
  | { readonly type: 'rename-started'; readonly siteId: string }
  | { readonly type: 'rename-cancelled' }
  | { readonly type: 'rename-submitted'; readonly value: string }
  | { readonly type: 'remove-asked'; readonly linkId: string }
  | { readonly type: 'remove-cancelled' }
  | { readonly type: 'remove-confirmed' }
  | { readonly type: 'holder-opened'; readonly linkId: string }
  | { readonly type: 'holder-closed' }
  | { readonly type: 'holder-submitted'; readonly draft: HolderDraft }
  // The clock
  | { readonly type: 'wait-ended' }
  // The server (the element's runner turns answers and failures into these)
  | { readonly type: 'links-loaded'; readonly links: readonly IdPinLinkDetails[] }
  | { readonly type: 'links-failed'; readonly failure: ApiFailure }
  | { readonly type: 'add-answered'; readonly result: IdPinAddResponse }
  | { readonly type: 'add-refused' }
  | { readonly type: 'add-already-linked' }
  | { readonly type: 'add-invalid'; readonly identifier?: IdPinIdIssue; readonly pin?: PinIssue }
  | { readonly type: 'pin-answered'; readonly linkId: string; readonly pinChangedAt: string }
  | { readonly type: 'pin-refused'; readonly reason: 'pin-wrong-current' | 'pin-same' }
  | { readonly type: 'attempts-throttled'; readonly retryAt: number }
  | { readonly type: 'add-failed'; readonly failure: ApiFailure }
  | { readonly type: 'pin-failed'; readonly failure: ApiFailure }
  | { readonly type: 'rename-answered'; readonly siteId: string; readonly nickname: string | null }
  | { readonly type: 'rename-refused'; readonly issue: NicknameIssue }
  | { readonly type: 'rename-failed'; readonly failure: ApiFailure }
  | { readonly type: 'remove-answered'; readonly linkId: string; readonly removedSiteIds: readonly string[] }
  | { readonly type: 'remove-failed'; readonly failure: ApiFailure }
  | { readonly type: 'holder-answered'; readonly link: IdPinLinkDetails }
  | { readonly type: 'holder-refused'; readonly errors: Partial<Record<HolderField, HolderIssue>> }
  | { readonly type: 'holder-failed'; readonly failure: ApiFailure };

// ── Requests (what the runner sends; PINs are read from the form, never here) ─

export type IdPinLinksRequest =
  | { readonly op: 'list' }
  | { readonly op: 'add'; readonly identifier: string }
  | { readonly op: 'change-pin'; readonly linkId: string }
  | { readonly op: 'rename'; readonly siteId: string; readonly nickname: string | null }
  | { readonly op: 'remove'; readonly linkId: string }
  | { readonly op: 'holder'; readonly linkId: string; readonly holder: IdPinHolder };

/** The names of the host events (`emit` effects). */
export const ID_PIN_EVENTS = ['id-pin-linked', 'id-pin-unlinked', 'pin-changed', 'site-renamed'] as const;

/** The `data-focus` targets of the element. */
export const idPinFocus = {
  heading: 'heading',
  addToggle: 'add-toggle',
  addIdentifier: 'add-identifier',
  addPin: 'add-pin',
  link: (linkId: string) => `link:${linkId}`,
  pinToggle: (linkId: string) => `pin-toggle:${linkId}`,
  pinField: (field: PinChangeField) => `pin-${field}`,
  pinNotice: 'pin-notice',
  renameInput: 'rename-input',
  renameButton: (siteId: string) => `rename:${siteId}`,
  removeButton: (linkId: string) => `remove:${linkId}`,
  removeCancel: 'remove-cancel',
  holderToggle: (linkId: string) => `holder-toggle:${linkId}`,
  holderField: (field: HolderField) => `holder-${field}`,
} as const;

type S = IdPinLinksState;
type E = IdPinLinksEvent;
type R = IdPinLinksRequest;

/** The events of the list; every other event is an edit's (`links-edits.ts`). */
export type IdPinListEvent = Extract<E, { readonly type: 'retry' | 'links-loaded' | 'links-failed' }>;
export type IdPinEditEvent = Exclude<E, IdPinListEvent>;
/** The transition of the edits (`idPinLinksEditTransition`), given to {@link idPinLinksFlowWith}. */
export type IdPinEditTransition = (s: S, e: IdPinEditEvent, ctx: MachineContext) => Step<S, R, E>;

/** The add form, closed. */
export const ID_PIN_ADD_CLOSED: IdPinAddState = { open: false, submitting: false, identifier: '', errors: {} };

const step = (state: S, ...effects: FlowEffect<R, E>[]): Step<S, R, E> => ({ state, effects });
const LIST: FlowEffect<R, E> = { type: 'call', request: { op: 'list' }, key: 'list' };

/** Every site of the user, once (a site reached through two links is one site). */
export function sitesOf(links: readonly IdPinLinkDetails[]): IdPinLinkDetails['sites'] {
  const seen = new Map<string, IdPinLinkDetails['sites'][number]>();
  for (const l of links) for (const s of l.sites) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

/** The site's shown name: its nickname, else its name. */
export const siteLabel = (site: { readonly name: string; readonly nickname: string | null }): string => site.nickname ?? site.name;

/** Whether one of pin, rename, removal, holder is on its way to the server. */
export const idPinBusy = (s: S): boolean => !!(s.pin?.submitting || s.rename?.saving || s.removal?.removing || s.holder?.saving);

/** The list's own step for `e`, or undefined when `e` is an edit's. */
function listTransition(s: S, e: E): Step<S, R, E> | undefined {
  switch (e.type) {
    case 'retry':
      return s.list.status === 'error' ? step({ ...s, list: { status: 'loading' } }, LIST) : step(s);
    case 'links-loaded':
      return s.list.status === 'loading' ? step({ ...s, list: { status: 'ready' }, links: e.links }) : step(s);
    case 'links-failed':
      return s.list.status === 'loading' ? step({ ...s, list: { status: 'error', failure: e.failure } }) : step(s);
    default:
      return undefined;
  }
}

/**
 * The flow of `<id-pin-links>` with the edits' transition as `edits()` gives it: until it does
 * (undefined), an edit's event changes nothing (no state, no effect) — a widget sends one only once
 * the edits are there. The throttle's deadline (`waitUntil`) is set by an edit, and ended by one.
 */
export function idPinLinksFlowWith(edits: () => IdPinEditTransition | undefined): Flow<S, E, R> {
  return {
    init: () => step({ list: { status: 'loading' }, links: [], add: ID_PIN_ADD_CLOSED }, LIST),
    deadline: (s) => (s.waitUntil === undefined ? undefined : { at: s.waitUntil, event: { type: 'wait-ended' } }),
    transition: (s, e, ctx) => listTransition(s, e) ?? edits()?.(s, e as IdPinEditEvent, ctx) ?? step(s),
  };
}
