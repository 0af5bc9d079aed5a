/**
 * RS-IDPIN — the flow of `<id-pin-links>` (seed 000 « Mes ID & PIN »): the user's links with their
 * sites, and what a person does with them, each a step of one pure machine returning
 * `{ state, effects }` (`shared/flow.ts`):
 *
 *   list:    loading ──links-loaded──► ready          (links-failed ► error ──retry──► loading)
 *   add:     closed ──add-opened──► open ──add-submitted (ID + PIN judged in the form)──► submitting
 *              submitting ──answered──► closed (link appended; `id-pin-linked`; toast; focus on it)
 *                         ├─refused──► open, generic « ID ou PIN incorrect » (same for an unknown ID)
 *                         ├─already-linked──► open, the ID field says so
 *                         ├─throttled──► open, « réessayez à 14 h 05 » until `waitUntil` (a deadline)
 *                         └─failed──► open, « service indisponible » (the PIN is kept for a retry)
 *   pin:     (one link) editing ──pin-submitted (the form's issues only)──► submitting ──► closed / editing
 *   rename:  (one site) editing ──rename-submitted──► saving ──► closed (`site-renamed`) / editing
 *   removal: (one link) confirming (a dialog naming its sites) ──remove-confirmed──► removing ──► gone (`id-pin-unlinked`)
 *   holder:  (one link) editing ──holder-submitted──► saving ──► closed / editing
 *
 * PINs never enter the machine: the form keeps them, checks them with core's rules and sends
 * only their issues (`add-submitted.pin`, `pin-submitted.problems`); a `call` names the request and
 * the element's runner reads the PINs from the form when it sends it, then empties the PIN fields
 * once the server has judged them (kept after a failure on the way, for the retry). Answers are
 * applied only to the step that is waiting for them (a late answer changes nothing). Pin, rename,
 * removal and holder are one edit at a time: opening one closes another that is not being sent.
 */
import type { ApiFailure } from '../../api/errors.js';
import type { Flow, FlowEffect, Step } from '../../shared/flow.js';
import type { MachineContext } from '../../shared/machine.js';
import { checkHolder, holderOf, type HolderDraft, type HolderField, type HolderIssue } from './holder.js';
import { formatIdPinId, idPinIdIssue, normalizeIdPinId, type IdPinIdIssue, type PinIssue } from './id-pin-format.js';
import { checkNickname, type NicknameIssue } from './nickname.js';
import type { PinChangeField, PinChangeIssue, PinChangeProblem } from './pin-change.js';
import type { IdPinAddResponse, IdPinHolder, IdPinLinkDetails } from './schemas.js';

// ── State ───────────────────────────────────────────────────────────────────

export type IdPinListState = { readonly status: 'loading' } | { readonly status: 'ready' } | { readonly status: 'error'; readonly failure: ApiFailure };

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
type Fx = FlowEffect<R, E>;

const CLOSED_ADD: IdPinAddState = { open: false, submitting: false, identifier: '', errors: {} };

const step = (state: S, ...effects: Fx[]): Step<S, R, E> => ({ state, effects });
const call = (request: R): Fx => ({ type: 'call', request, key: request.op === 'list' ? 'list' : undefined });
const focus = (target: string): Fx => ({ type: 'focus', target });

/** Every site of the user, once (a site reached through two links is one site). */
export function sitesOf(links: readonly IdPinLinkDetails[]): IdPinLinkDetails['sites'] {
  const seen = new Map<string, IdPinLinkDetails['sites'][number]>();
  for (const l of links) for (const s of l.sites) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

/** The site's shown name: its nickname, else its name. */
export const siteLabel = (site: { readonly name: string; readonly nickname: string | null }): string => site.nickname ?? site.name;

/** Whether one of pin, rename, removal, holder is on its way to the server. */
const busy = (s: S): boolean => !!(s.pin?.submitting || s.rename?.saving || s.removal?.removing || s.holder?.saving);

/** Opening one edit closes the others (when none is being sent). */
const only = (s: S, open: Partial<Pick<S, 'pin' | 'rename' | 'removal' | 'holder'>>): S => ({
  ...s,
  pin: undefined,
  rename: undefined,
  removal: undefined,
  holder: undefined,
  ...open,
});

const waiting = (s: S, ctx: MachineContext): boolean => s.waitUntil !== undefined && ctx.now < s.waitUntil;

export const idPinLinksFlow: Flow<S, E, R> = {
  init: () => step({ list: { status: 'loading' }, links: [], add: CLOSED_ADD }, call({ op: 'list' })),

  deadline: (s) => (s.waitUntil === undefined ? undefined : { at: s.waitUntil, event: { type: 'wait-ended' } }),

  transition(s, e, ctx) {
    switch (e.type) {
      // ── the list ──
      case 'retry':
        return s.list.status === 'error' ? step({ ...s, list: { status: 'loading' } }, call({ op: 'list' })) : step(s);
      case 'links-loaded':
        return s.list.status === 'loading' ? step({ ...s, list: { status: 'ready' }, links: e.links }) : step(s);
      case 'links-failed':
        return s.list.status === 'loading' ? step({ ...s, list: { status: 'error', failure: e.failure } }) : step(s);

      // ── add an ID & PIN ──
      case 'add-opened':
        return step({ ...s, add: { ...CLOSED_ADD, open: true } }, focus(idPinFocus.addIdentifier));
      case 'add-closed':
        return s.add.submitting ? step(s) : step({ ...s, add: CLOSED_ADD }, focus(idPinFocus.addToggle));
      case 'add-submitted': {
        if (!s.add.open || s.add.submitting) return step(s);
        // The field keeps what was typed (spaces and all); the server gets the normalised ID.
        const identifier = e.identifier.trim();
        const idIssue = idPinIdIssue(e.identifier);
        const errors = { ...(idIssue ? { identifier: idIssue } : {}), ...(e.pin ? { pin: e.pin } : {}) };
        if (idIssue || e.pin) return step({ ...s, add: { ...s.add, identifier, errors, notice: undefined, failure: undefined } }, focus(idIssue ? idPinFocus.addIdentifier : idPinFocus.addPin));
        if (waiting(s, ctx)) return step({ ...s, add: { ...s.add, identifier, errors: {}, notice: 'throttled' } }, focus(idPinFocus.addPin));
        return step({ ...s, add: { ...s.add, identifier, errors: {}, submitting: true, notice: undefined, failure: undefined } }, call({ op: 'add', identifier: normalizeIdPinId(identifier) }));
      }
      case 'add-answered': {
        if (!s.add.submitting) return step(s);
        const link = e.result.link;
        const newSites = e.result.newSiteIds.length;
        return step(
          { ...s, links: [...s.links.filter((l) => l.id !== link.id), link], add: CLOSED_ADD, waitUntil: undefined },
          { type: 'announce', tone: 'success', message: { key: 'rs.id-pin.add.done', params: { count: newSites, id: formatIdPinId(link.identifier) } } },
          { type: 'emit', name: 'id-pin-linked', detail: { linkId: link.id } },
          focus(idPinFocus.link(link.id)),
        );
      }
      case 'add-refused':
        return s.add.submitting ? step({ ...s, add: { ...s.add, submitting: false, notice: 'invalid-pair' } }, focus(idPinFocus.addPin)) : step(s);
      case 'add-already-linked':
        return s.add.submitting ? step({ ...s, add: { ...s.add, submitting: false, errors: { identifier: 'already-linked' } } }, focus(idPinFocus.addIdentifier)) : step(s);
      case 'add-invalid': {
        if (!s.add.submitting) return step(s);
        const errors = { ...(e.identifier ? { identifier: e.identifier } : {}), ...(e.pin ? { pin: e.pin } : {}) };
        return step({ ...s, add: { ...s.add, submitting: false, errors } }, focus(e.identifier ? idPinFocus.addIdentifier : idPinFocus.addPin));
      }
      case 'add-failed':
        return s.add.submitting ? step({ ...s, add: { ...s.add, submitting: false, notice: 'unavailable', failure: e.failure } }, focus(idPinFocus.addPin)) : step(s);
      case 'attempts-throttled': {
        if (s.add.submitting) return step({ ...s, waitUntil: e.retryAt, add: { ...s.add, submitting: false, notice: 'throttled' } }, focus(idPinFocus.addPin));
        if (s.pin?.submitting) return step({ ...s, waitUntil: e.retryAt, pin: { ...s.pin, submitting: false, notice: 'throttled' } }, focus(idPinFocus.pinNotice));
        return step(s);
      }
      case 'wait-ended': {
        if (s.waitUntil === undefined || ctx.now < s.waitUntil) return step(s);
        const add = s.add.notice === 'throttled' ? { ...s.add, notice: undefined } : s.add;
        const pin = s.pin?.notice === 'throttled' ? { ...s.pin, notice: undefined } : s.pin;
        return step({ ...s, waitUntil: undefined, add, pin });
      }

      // ── change a PIN ──
      case 'pin-opened':
        if (busy(s) || !s.links.some((l) => l.id === e.linkId)) return step(s);
        return step(only(s, { pin: { linkId: e.linkId, submitting: false, errors: {} } }), focus(idPinFocus.pinField('currentPin')));
      case 'pin-closed':
        if (!s.pin || s.pin.submitting) return step(s);
        return step({ ...s, pin: undefined }, focus(idPinFocus.pinToggle(s.pin.linkId)));
      case 'pin-submitted': {
        if (!s.pin || s.pin.submitting) return step(s);
        if (e.problems.length > 0) {
          const errors: Partial<Record<PinChangeField, PinChangeError>> = {};
          for (const p of e.problems) errors[p.field] ??= p.issue;
          return step({ ...s, pin: { ...s.pin, errors, notice: undefined, failure: undefined } }, focus(idPinFocus.pinField(e.problems[0]!.field)));
        }
        if (waiting(s, ctx)) return step({ ...s, pin: { ...s.pin, errors: {}, notice: 'throttled' } }, focus(idPinFocus.pinNotice));
        return step({ ...s, pin: { ...s.pin, errors: {}, submitting: true, notice: undefined, failure: undefined } }, call({ op: 'change-pin', linkId: s.pin.linkId }));
      }
      case 'pin-answered': {
        if (!s.pin?.submitting || s.pin.linkId !== e.linkId) return step(s);
        return step(
          { ...s, pin: undefined, waitUntil: undefined, links: s.links.map((l) => (l.id === e.linkId ? { ...l, pinChangedAt: e.pinChangedAt } : l)) },
          { type: 'announce', tone: 'success', message: { key: 'rs.id-pin.pin.done', params: { id: formatIdPinId(s.links.find((l) => l.id === e.linkId)?.identifier ?? '') } } },
          { type: 'emit', name: 'pin-changed', detail: { linkId: e.linkId } },
          focus(idPinFocus.pinToggle(e.linkId)),
        );
      }
      case 'pin-refused': {
        if (!s.pin?.submitting) return step(s);
        const field: PinChangeField = e.reason === 'pin-same' ? 'newPin' : 'currentPin';
        return step({ ...s, pin: { ...s.pin, submitting: false, errors: { [field]: e.reason } } }, focus(idPinFocus.pinField(field)));
      }
      case 'pin-failed':
        return s.pin?.submitting ? step({ ...s, pin: { ...s.pin, submitting: false, notice: 'unavailable', failure: e.failure } }, focus(idPinFocus.pinNotice)) : step(s);

      // ── nickname a site ──
      case 'rename-started':
        if (busy(s) || !sitesOf(s.links).some((x) => x.id === e.siteId)) return step(s);
        return step(only(s, { rename: { siteId: e.siteId, saving: false } }), focus(idPinFocus.renameInput));
      case 'rename-cancelled':
        if (!s.rename || s.rename.saving) return step(s);
        return step({ ...s, rename: undefined }, focus(idPinFocus.renameButton(s.rename.siteId)));
      case 'rename-submitted': {
        if (!s.rename || s.rename.saving) return step(s);
        const sites = sitesOf(s.links);
        const site = sites.find((x) => x.id === s.rename!.siteId);
        if (!site) return step({ ...s, rename: undefined });
        const check = checkNickname(
          e.value,
          sites.filter((x) => x.id !== site.id).map((x) => x.nickname),
        );
        if (check.issue) return step({ ...s, rename: { ...s.rename, error: check.issue, failure: undefined } }, focus(idPinFocus.renameInput));
        // Nothing changed: close, as Escape would.
        if (check.nickname === site.nickname) return step({ ...s, rename: undefined }, focus(idPinFocus.renameButton(site.id)));
        return step({ ...s, rename: { ...s.rename, saving: true, error: undefined, failure: undefined } }, call({ op: 'rename', siteId: site.id, nickname: check.nickname }));
      }
      case 'rename-answered': {
        if (!s.rename?.saving || s.rename.siteId !== e.siteId) return step(s);
        const links = s.links.map((l) => (l.sites.some((x) => x.id === e.siteId) ? { ...l, sites: l.sites.map((x) => (x.id === e.siteId ? { ...x, nickname: e.nickname } : x)) } : l));
        const site = sitesOf(links).find((x) => x.id === e.siteId);
        return step(
          { ...s, links, rename: undefined },
          {
            type: 'announce',
            tone: 'success',
            message: e.nickname === null ? { key: 'rs.id-pin.rename.cleared', params: { name: site?.name ?? '' } } : { key: 'rs.id-pin.rename.done', params: { name: site?.name ?? '', nickname: e.nickname } },
          },
          { type: 'emit', name: 'site-renamed', detail: { siteId: e.siteId, nickname: e.nickname } },
          focus(idPinFocus.renameButton(e.siteId)),
        );
      }
      case 'rename-refused':
        return s.rename?.saving ? step({ ...s, rename: { ...s.rename, saving: false, error: e.issue } }, focus(idPinFocus.renameInput)) : step(s);
      case 'rename-failed':
        return s.rename?.saving ? step({ ...s, rename: { ...s.rename, saving: false, error: 'unavailable', failure: e.failure } }, focus(idPinFocus.renameInput)) : step(s);

      // ── remove a link ──
      case 'remove-asked':
        if (busy(s) || !s.links.some((l) => l.id === e.linkId)) return step(s);
        return step(only(s, { removal: { linkId: e.linkId, removing: false } }), focus(idPinFocus.removeCancel));
      case 'remove-cancelled':
        if (!s.removal || s.removal.removing) return step(s);
        return step({ ...s, removal: undefined }, focus(idPinFocus.removeButton(s.removal.linkId)));
      case 'remove-confirmed':
        if (!s.removal || s.removal.removing) return step(s);
        return step({ ...s, removal: { ...s.removal, removing: true, failure: undefined } }, call({ op: 'remove', linkId: s.removal.linkId }));
      case 'remove-answered': {
        if (!s.removal?.removing || s.removal.linkId !== e.linkId) return step(s);
        const link = s.links.find((l) => l.id === e.linkId);
        const links = s.links.filter((l) => l.id !== e.linkId);
        return step(
          { ...s, links, removal: undefined },
          { type: 'announce', tone: 'success', message: { key: 'rs.id-pin.remove.done', params: { id: formatIdPinId(link?.identifier ?? ''), count: e.removedSiteIds.length } } },
          { type: 'emit', name: 'id-pin-unlinked', detail: { linkId: e.linkId } },
          focus(links.length > 0 ? idPinFocus.heading : idPinFocus.addToggle),
        );
      }
      case 'remove-failed':
        return s.removal?.removing ? step({ ...s, removal: { ...s.removal, removing: false, failure: e.failure } }, focus(idPinFocus.removeCancel)) : step(s);

      // ── personal information ──
      case 'holder-opened':
        if (busy(s) || !s.links.some((l) => l.id === e.linkId)) return step(s);
        return step(only(s, { holder: { linkId: e.linkId, saving: false, errors: {} } }), focus(idPinFocus.holderField('firstName')));
      case 'holder-closed':
        if (!s.holder || s.holder.saving) return step(s);
        return step({ ...s, holder: undefined }, focus(idPinFocus.holderToggle(s.holder.linkId)));
      case 'holder-submitted': {
        if (!s.holder || s.holder.saving) return step(s);
        const problems = checkHolder(e.draft);
        if (problems.length > 0) {
          const errors: Partial<Record<HolderField, HolderIssue>> = {};
          for (const p of problems) errors[p.field] ??= p.issue;
          return step({ ...s, holder: { ...s.holder, errors, failure: undefined } }, focus(idPinFocus.holderField(problems[0]!.field)));
        }
        return step({ ...s, holder: { ...s.holder, saving: true, errors: {}, failure: undefined } }, call({ op: 'holder', linkId: s.holder.linkId, holder: holderOf(e.draft) }));
      }
      case 'holder-answered': {
        if (!s.holder?.saving || s.holder.linkId !== e.link.id) return step(s);
        return step(
          { ...s, holder: undefined, links: s.links.map((l) => (l.id === e.link.id ? e.link : l)) },
          { type: 'announce', tone: 'success', message: { key: 'rs.id-pin.holder.done', params: { id: formatIdPinId(e.link.identifier) } } },
          focus(idPinFocus.holderToggle(e.link.id)),
        );
      }
      case 'holder-refused': {
        if (!s.holder?.saving) return step(s);
        const first = (['firstName', 'lastName', 'phone', 'email'] as const).find((f) => e.errors[f]);
        return step({ ...s, holder: { ...s.holder, saving: false, errors: e.errors } }, ...(first ? [focus(idPinFocus.holderField(first))] : []));
      }
      case 'holder-failed':
        return s.holder?.saving ? step({ ...s, holder: { ...s.holder, saving: false, failure: e.failure } }, focus(idPinFocus.holderField('firstName'))) : step(s);
    }
  },
};
