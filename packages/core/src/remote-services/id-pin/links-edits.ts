/**
 * RS-IDPIN — what a person does with their links, the part of `<id-pin-links>`'s flow that only a
 * person's action reaches (the widget loads it then): add an ID & PIN, change a PIN, nickname a
 * site, remove a link, edit the personal information, and the server's throttle of wrong pairs and
 * PINs. Pure; joined to the list by `idPinLinksFlowWith` (`links-list.ts`); the machine is
 * described in `links-flow.ts`.
 */
import type { FlowEffect, Step } from '../../shared/flow.js';
import type { MachineContext } from '../../shared/machine.js';
import { checkHolder, holderOf, type HolderField, type HolderIssue } from './holder.js';
import { formatIdPinId, idPinIdIssue, normalizeIdPinId } from './id-pin-format.js';
import { checkNickname } from './nickname.js';
import type { PinChangeField } from './pin-change.js';
import {
  ID_PIN_ADD_CLOSED as CLOSED_ADD,
  idPinBusy as busy,
  idPinFocus,
  sitesOf,
  type IdPinEditEvent,
  type IdPinLinksEvent,
  type IdPinLinksRequest,
  type IdPinLinksState,
  type PinChangeError,
} from './links-list.js';

type S = IdPinLinksState;
type E = IdPinLinksEvent;
type R = IdPinLinksRequest;
type Fx = FlowEffect<R, E>;

const step = (state: S, ...effects: Fx[]): Step<S, R, E> => ({ state, effects });
const call = (request: R): Fx => ({ type: 'call', request });
const focus = (target: string): Fx => ({ type: 'focus', target });

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

/** The edits' transition (every event but the list's). */
export function idPinLinksEditTransition(s: S, e: IdPinEditEvent, ctx: MachineContext): Step<S, R, E> {
  switch (e.type) {
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
      if (idIssue || e.pin)
        return step(
          { ...s, add: { ...s.add, identifier, errors, notice: undefined, failure: undefined } },
          focus(idIssue ? idPinFocus.addIdentifier : idPinFocus.addPin),
        );
      if (waiting(s, ctx)) return step({ ...s, add: { ...s.add, identifier, errors: {}, notice: 'throttled' } }, focus(idPinFocus.addPin));
      return step(
        { ...s, add: { ...s.add, identifier, errors: {}, submitting: true, notice: undefined, failure: undefined } },
        call({ op: 'add', identifier: normalizeIdPinId(identifier) }),
      );
    }
    case 'add-answered': {
      if (!s.add.submitting) return step(s);
      const link = e.result.link;
      const newSites = e.result.newSiteIds.length;
      return step(
        { ...s, links: [...s.links.filter((l) => l.id !== link.id), link], add: CLOSED_ADD, waitUntil: undefined },
        {
          type: 'announce',
          tone: 'success',
          message: { key: 'rs.id-pin.add.done', params: { count: newSites, id: formatIdPinId(link.identifier) } },
        },
        { type: 'emit', name: 'id-pin-linked', detail: { linkId: link.id } },
        focus(idPinFocus.link(link.id)),
      );
    }
    case 'add-refused':
      return s.add.submitting
        ? step({ ...s, add: { ...s.add, submitting: false, notice: 'invalid-pair' } }, focus(idPinFocus.addPin))
        : step(s);
    case 'add-already-linked':
      return s.add.submitting
        ? step({ ...s, add: { ...s.add, submitting: false, errors: { identifier: 'already-linked' } } }, focus(idPinFocus.addIdentifier))
        : step(s);
    case 'add-invalid': {
      if (!s.add.submitting) return step(s);
      const errors = { ...(e.identifier ? { identifier: e.identifier } : {}), ...(e.pin ? { pin: e.pin } : {}) };
      return step(
        { ...s, add: { ...s.add, submitting: false, errors } },
        focus(e.identifier ? idPinFocus.addIdentifier : idPinFocus.addPin),
      );
    }
    case 'add-failed':
      return s.add.submitting
        ? step({ ...s, add: { ...s.add, submitting: false, notice: 'unavailable', failure: e.failure } }, focus(idPinFocus.addPin))
        : step(s);
    case 'attempts-throttled': {
      if (s.add.submitting)
        return step({ ...s, waitUntil: e.retryAt, add: { ...s.add, submitting: false, notice: 'throttled' } }, focus(idPinFocus.addPin));
      if (s.pin?.submitting)
        return step({ ...s, waitUntil: e.retryAt, pin: { ...s.pin, submitting: false, notice: 'throttled' } }, focus(idPinFocus.pinNotice));
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
        return step(
          { ...s, pin: { ...s.pin, errors, notice: undefined, failure: undefined } },
          focus(idPinFocus.pinField(e.problems[0]!.field)),
        );
      }
      if (waiting(s, ctx)) return step({ ...s, pin: { ...s.pin, errors: {}, notice: 'throttled' } }, focus(idPinFocus.pinNotice));
      return step(
        { ...s, pin: { ...s.pin, errors: {}, submitting: true, notice: undefined, failure: undefined } },
        call({ op: 'change-pin', linkId: s.pin.linkId }),
      );
    }
    case 'pin-answered': {
      if (!s.pin?.submitting || s.pin.linkId !== e.linkId) return step(s);
      return step(
        {
          ...s,
          pin: undefined,
          waitUntil: undefined,
          links: s.links.map((l) => (l.id === e.linkId ? { ...l, pinChangedAt: e.pinChangedAt } : l)),
        },
        {
          type: 'announce',
          tone: 'success',
          message: { key: 'rs.id-pin.pin.done', params: { id: formatIdPinId(s.links.find((l) => l.id === e.linkId)?.identifier ?? '') } },
        },
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
      return s.pin?.submitting
        ? step({ ...s, pin: { ...s.pin, submitting: false, notice: 'unavailable', failure: e.failure } }, focus(idPinFocus.pinNotice))
        : step(s);

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
      if (check.issue)
        return step({ ...s, rename: { ...s.rename, error: check.issue, failure: undefined } }, focus(idPinFocus.renameInput));
      // Nothing changed: close, as Escape would.
      if (check.nickname === site.nickname) return step({ ...s, rename: undefined }, focus(idPinFocus.renameButton(site.id)));
      return step(
        { ...s, rename: { ...s.rename, saving: true, error: undefined, failure: undefined } },
        call({ op: 'rename', siteId: site.id, nickname: check.nickname }),
      );
    }
    case 'rename-answered': {
      if (!s.rename?.saving || s.rename.siteId !== e.siteId) return step(s);
      const links = s.links.map((l) =>
        l.sites.some((x) => x.id === e.siteId)
          ? { ...l, sites: l.sites.map((x) => (x.id === e.siteId ? { ...x, nickname: e.nickname } : x)) }
          : l,
      );
      const site = sitesOf(links).find((x) => x.id === e.siteId);
      return step(
        { ...s, links, rename: undefined },
        {
          type: 'announce',
          tone: 'success',
          message:
            e.nickname === null
              ? { key: 'rs.id-pin.rename.cleared', params: { name: site?.name ?? '' } }
              : { key: 'rs.id-pin.rename.done', params: { name: site?.name ?? '', nickname: e.nickname } },
        },
        { type: 'emit', name: 'site-renamed', detail: { siteId: e.siteId, nickname: e.nickname } },
        focus(idPinFocus.renameButton(e.siteId)),
      );
    }
    case 'rename-refused':
      return s.rename?.saving
        ? step({ ...s, rename: { ...s.rename, saving: false, error: e.issue } }, focus(idPinFocus.renameInput))
        : step(s);
    case 'rename-failed':
      return s.rename?.saving
        ? step({ ...s, rename: { ...s.rename, saving: false, error: 'unavailable', failure: e.failure } }, focus(idPinFocus.renameInput))
        : step(s);

    // ── remove a link ──
    case 'remove-asked':
      if (busy(s) || !s.links.some((l) => l.id === e.linkId)) return step(s);
      return step(only(s, { removal: { linkId: e.linkId, removing: false } }), focus(idPinFocus.removeCancel));
    case 'remove-cancelled':
      if (!s.removal || s.removal.removing) return step(s);
      return step({ ...s, removal: undefined }, focus(idPinFocus.removeButton(s.removal.linkId)));
    case 'remove-confirmed':
      if (!s.removal || s.removal.removing) return step(s);
      return step(
        { ...s, removal: { ...s.removal, removing: true, failure: undefined } },
        call({ op: 'remove', linkId: s.removal.linkId }),
      );
    case 'remove-answered': {
      if (!s.removal?.removing || s.removal.linkId !== e.linkId) return step(s);
      const link = s.links.find((l) => l.id === e.linkId);
      const links = s.links.filter((l) => l.id !== e.linkId);
      return step(
        { ...s, links, removal: undefined },
        {
          type: 'announce',
          tone: 'success',
          message: { key: 'rs.id-pin.remove.done', params: { id: formatIdPinId(link?.identifier ?? ''), count: e.removedSiteIds.length } },
        },
        { type: 'emit', name: 'id-pin-unlinked', detail: { linkId: e.linkId } },
        focus(links.length > 0 ? idPinFocus.heading : idPinFocus.addToggle),
      );
    }
    case 'remove-failed':
      return s.removal?.removing
        ? step({ ...s, removal: { ...s.removal, removing: false, failure: e.failure } }, focus(idPinFocus.removeCancel))
        : step(s);

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
      return step(
        { ...s, holder: { ...s.holder, saving: true, errors: {}, failure: undefined } },
        call({ op: 'holder', linkId: s.holder.linkId, holder: holderOf(e.draft) }),
      );
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
      return step(
        { ...s, holder: { ...s.holder, saving: false, errors: e.errors } },
        ...(first ? [focus(idPinFocus.holderField(first))] : []),
      );
    }
    case 'holder-failed':
      return s.holder?.saving
        ? step({ ...s, holder: { ...s.holder, saving: false, failure: e.failure } }, focus(idPinFocus.holderField('firstName')))
        : step(s);
  }
}
