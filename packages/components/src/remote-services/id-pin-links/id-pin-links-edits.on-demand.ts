/**
 * RS-IDPIN — what `<id-pin-links>` loads when a person acts (a click, Enter or Space on « Ajouter
 * un ID & PIN », « Modifier le PIN », « Informations personnelles », « Surnom », « Retirer »; or on
 * intent, the pointer over or the focus on one of them): the forms, the removal dialog's content,
 * their texts (`rs.id-pin.edits`) and styles, the edits' part of the flow (core's
 * `idPinLinksEditTransition`) and the runner of their requests. The list, its states and the
 * buttons are the element's (its first screen).
 *
 * A PIN is read from its field when its request is sent, here and only here, and emptied once the
 * server has judged it (kept after a failure on the way, for the retry).
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  HOLDER_NAME_MAX_LENGTH,
  ID_PIN_ID_DIGITS,
  NICKNAME_MAX_LENGTH,
  PIN_MAX_DIGITS,
  PIN_MIN_DIGITS,
  checkPinChange,
  formatIdPinId,
  formatTimeOfDay,
  idPinFieldErrors,
  idPinFocus,
  idPinLinksEditTransition,
  idPinProblemOf,
  pinIssue,
  remoteIdPinEditsMessages,
  retryAtOf,
  serverJudgedPin,
  sitesOf,
  siteLabel,
  type HolderField,
  type IdPinLinkDetails,
  type IdPinLinksEvent,
  type IdPinLinksRequest,
  type IdPinLinksState,
  type MessageKey,
  type Params,
  type PinChangeField,
} from '@vigie/core';
import { ApiError, type ApiFailure } from '@vigie/core/api';
import type { VigieServices } from '../../base/context.js';
import { errorIcon } from '../../base/icons.js';
import { editStyles } from './id-pin-links-edits.styles.js';

type S = IdPinLinksState;
type E = IdPinLinksEvent;
type R = IdPinLinksRequest;
type Api = typeof import('@vigie/core/remote-services/api');

/** What the views and the runner need from the element. */
export interface IdPinEditsHost {
  /** The element's prefix of ids. */
  readonly id: string;
  services(): VigieServices;
  t(key: MessageKey, params?: Params): string;
  send(event: E): void;
  /** The element's `<input name=…>`. */
  input(name: string): HTMLInputElement | null;
}

export const messages = remoteIdPinEditsMessages;
export const styles = editStyles;
export const transition = idPinLinksEditTransition;

const PIN_FIELDS = ['current-pin', 'new-pin', 'pin-confirmation'];

const failureOf = (e: unknown): ApiFailure =>
  e instanceof ApiError ? e.failure : { kind: 'network', message: e instanceof Error ? e.message : String(e) };

/** Empties the PIN fields (after the server judged them, or when a form closes). */
function clearPins(h: IdPinEditsHost, ...names: string[]): void {
  for (const n of names) {
    const input = h.input(n);
    if (input) input.value = '';
  }
}

const value = (h: IdPinEditsHost, name: string): string => h.input(name)?.value ?? '';

// ── the runner of the edits' requests; PINs read from the form here, and only here ──

export async function run(h: IdPinEditsHost, request: Exclude<R, { op: 'list' }>, signal: AbortSignal, api: Api): Promise<E> {
  const client = h.services().client;
  const now = () => h.services().clock.now();
  const throttled = (failure: ApiFailure): E => ({ type: 'attempts-throttled', retryAt: retryAtOf(failure, now()) ?? now() + 30_000 });
  switch (request.op) {
    case 'add': {
      const pin = value(h, 'add-pin');
      try {
        const result = await api.addIdPin(client, { identifier: request.identifier, pin }, { signal });
        clearPins(h, 'add-pin');
        return { type: 'add-answered', result };
      } catch (e) {
        const failure = failureOf(e);
        if (serverJudgedPin(failure)) clearPins(h, 'add-pin');
        const problem = idPinProblemOf(failure);
        if (problem === 'tooManyAttempts') return throttled(failure);
        if (problem === 'invalidPair') return { type: 'add-refused' };
        if (problem === 'alreadyLinked') return { type: 'add-already-linked' };
        if (problem === 'validation') {
          const fields = idPinFieldErrors(failure).map((f) => f.field);
          return {
            type: 'add-invalid',
            identifier: fields.includes('identifier') ? 'id-format' : undefined,
            pin: fields.includes('pin') ? 'pin-length' : undefined,
          };
        }
        return { type: 'add-failed', failure };
      }
    }
    case 'change-pin': {
      const currentPin = value(h, 'current-pin');
      const newPin = value(h, 'new-pin');
      try {
        const r = await api.changeIdPinPin(client, request.linkId, { currentPin, newPin }, { signal });
        clearPins(h, ...PIN_FIELDS);
        return { type: 'pin-answered', linkId: r.linkId, pinChangedAt: r.pinChangedAt };
      } catch (e) {
        const failure = failureOf(e);
        if (serverJudgedPin(failure)) clearPins(h, ...PIN_FIELDS);
        const problem = idPinProblemOf(failure);
        if (problem === 'tooManyAttempts') return throttled(failure);
        if (problem === 'invalidCurrentPin') return { type: 'pin-refused', reason: 'pin-wrong-current' };
        if (problem === 'samePin') return { type: 'pin-refused', reason: 'pin-same' };
        return { type: 'pin-failed', failure };
      }
    }
    case 'rename':
      try {
        const r = await api.setSiteNickname(client, request.siteId, request.nickname, { signal });
        return { type: 'rename-answered', siteId: r.siteId, nickname: r.nickname };
      } catch (e) {
        const failure = failureOf(e);
        const problem = idPinProblemOf(failure);
        if (problem === 'nicknameTaken') return { type: 'rename-refused', issue: 'nickname-taken' };
        const issue = idPinFieldErrors(failure).find((f) => f.field === 'nickname')?.issue;
        if (issue === 'nickname-too-long' || issue === 'nickname-control') return { type: 'rename-refused', issue };
        return { type: 'rename-failed', failure };
      }
    case 'remove':
      try {
        const r = await api.removeIdPinLink(client, request.linkId, { signal });
        return { type: 'remove-answered', linkId: r.linkId, removedSiteIds: r.removedSiteIds };
      } catch (e) {
        return { type: 'remove-failed', failure: failureOf(e) };
      }
    case 'holder':
      try {
        return { type: 'holder-answered', link: await api.updateIdPinHolder(client, request.linkId, request.holder, { signal }) };
      } catch (e) {
        const failure = failureOf(e);
        const errors = Object.fromEntries(
          idPinFieldErrors(failure)
            .filter((f) => ['firstName', 'lastName', 'phone', 'email'].includes(f.field))
            .map((f) => [
              f.field,
              ['required', 'too-long', 'invalid-phone', 'invalid-email'].includes(f.issue)
                ? f.issue
                : f.field === 'phone'
                  ? 'invalid-phone'
                  : f.field === 'email'
                    ? 'invalid-email'
                    : 'required',
            ]),
        );
        return Object.keys(errors).length > 0 ? { type: 'holder-refused', errors } : { type: 'holder-failed', failure };
      }
  }
}

// ── the views ──

/** A notice above a form: a wrong pair, a wait, a failure on the way. */
function notice(
  h: IdPinEditsHost,
  n: S['add']['notice'],
  failure: ApiFailure | undefined,
  waitUntil: number | undefined,
  focusTarget?: string,
) {
  if (!n) return nothing;
  const text =
    n === 'throttled'
      ? h.t('rs.id-pin.notice.throttled', { time: waitUntil === undefined ? '' : formatTimeOfDay(waitUntil) })
      : n === 'invalid-pair'
        ? h.t('rs.id-pin.notice.invalid-pair')
        : h.t('rs.id-pin.notice.unavailable');
  return html`<div class="notice" role="alert" tabindex="-1" data-focus=${focusTarget ?? nothing}>
    ${errorIcon}
    <p>${text}${n === 'unavailable' && failure ? html` <span class="detail">${h.services().describeFailure(failure)}</span>` : nothing}</p>
  </div>`;
}

function field(o: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  focus: string;
  value?: string;
  type?: string;
  inputmode?: string;
  autocomplete: string;
  required?: boolean;
  maxlength?: number;
  readonly?: boolean;
}): TemplateResult {
  const describedBy = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    <input
      id=${o.id}
      name=${o.name}
      type=${o.type ?? 'text'}
      inputmode=${o.inputmode ?? nothing}
      autocomplete=${o.autocomplete}
      .value=${o.value ?? ''}
      maxlength=${o.maxlength ?? nothing}
      ?required=${o.required ?? false}
      ?readonly=${o.readonly ?? false}
      spellcheck="false"
      data-focus=${o.focus}
      aria-describedby=${describedBy || nothing}
      aria-invalid=${o.error ? 'true' : 'false'}
    />
    ${o.error ? html`<p class="error" id="${o.id}-error">${errorIcon}<span>${o.error}</span></p>` : nothing}
  </div>`;
}

const pinError = (h: IdPinEditsHost, issue: string | undefined): string | undefined =>
  issue === undefined
    ? undefined
    : h.t(`rs.id-pin.error.${issue}` as MessageKey, { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS, digits: ID_PIN_ID_DIGITS });

/** The submit button: its label, or a spinner and « …ing » while sent. */
const submit = (h: IdPinEditsHost, busy: boolean, label: MessageKey, busyLabel: MessageKey) =>
  html`<button type="submit" class="btn" ?disabled=${busy}>${busy ? html`<span class="spinner" aria-hidden="true"></span>${h.t(busyLabel)}` : h.t(label)}</button>`;

const cancel = (h: IdPinEditsHost, busy: boolean, onClick: () => void) =>
  html`<button type="button" class="btn secondary" ?disabled=${busy} @click=${onClick}>${h.t('rs.id-pin.cancel')}</button>`;

/** The add form, open (`id`: what the « Ajouter » button controls). */
export function renderAdd(h: IdPinEditsHost, s: S, fid: string) {
  const a = s.add;
  const onSubmit = (ev: SubmitEvent) => {
    ev.preventDefault();
    h.send({ type: 'add-submitted', identifier: value(h, 'add-identifier'), pin: pinIssue(value(h, 'add-pin')) });
  };
  return html`<section class="add" id=${fid} aria-labelledby="${fid}-title">
    <h3 id="${fid}-title">${h.t('rs.id-pin.add.title')}</h3>
    <p class="hint">${h.t('rs.id-pin.allRequired')}</p>
    ${notice(h, a.notice, a.failure, s.waitUntil)}
    <form @submit=${onSubmit} novalidate aria-labelledby="${fid}-title">
      ${field({
        id: `${fid}-id`,
        name: 'add-identifier',
        label: h.t('rs.id-pin.add.identifier'),
        hint: h.t('rs.id-pin.add.identifier.hint', { digits: ID_PIN_ID_DIGITS }),
        error: pinError(h, a.errors.identifier),
        focus: idPinFocus.addIdentifier,
        value: a.identifier,
        inputmode: 'numeric',
        autocomplete: 'off',
        required: true,
        maxlength: 16,
        readonly: a.submitting,
      })}
      ${field({
        id: `${fid}-pin`,
        name: 'add-pin',
        label: h.t('rs.id-pin.add.pin'),
        hint: h.t('rs.id-pin.add.pin.hint', { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS }),
        error: pinError(h, a.errors.pin),
        focus: idPinFocus.addPin,
        type: 'password',
        inputmode: 'numeric',
        autocomplete: 'off',
        required: true,
        maxlength: PIN_MAX_DIGITS,
        readonly: a.submitting,
      })}
      <div class="actions">
        ${submit(h, a.submitting, 'rs.id-pin.add.submit', 'rs.id-pin.add.submitting')}
        ${cancel(h, a.submitting, () => {
          clearPins(h, 'add-pin');
          h.send({ type: 'add-closed' });
        })}
      </div>
    </form>
  </section>`;
}

/** Closes the PIN form, its fields emptied first (the toggle closes it too). */
export function closePin(h: IdPinEditsHost): void {
  clearPins(h, ...PIN_FIELDS);
  h.send({ type: 'pin-closed' });
}

/** The PIN change of `link`: the current PIN, the new one twice (never echoed, never kept). */
export function renderPin(h: IdPinEditsHost, s: S, link: IdPinLinkDetails, panelId: string) {
  const p = s.pin!;
  const fid = `${h.id}-pin-${link.id}`;
  const pinField = (name: string, key: PinChangeField, label: MessageKey, hint?: string) =>
    field({
      id: `${fid}-${key}`,
      name,
      label: h.t(label),
      hint,
      error: pinError(h, p.errors[key]),
      focus: idPinFocus.pinField(key),
      type: 'password',
      inputmode: 'numeric',
      autocomplete: 'off',
      required: true,
      maxlength: PIN_MAX_DIGITS,
      readonly: p.submitting,
    });
  const onSubmit = (ev: SubmitEvent) => {
    ev.preventDefault();
    h.send({ type: 'pin-submitted', problems: checkPinChange(value(h, 'current-pin'), value(h, 'new-pin'), value(h, 'pin-confirmation')) });
  };
  return html`<div class="panel" id=${panelId}>
    <h4 id="${fid}-title">${h.t('rs.id-pin.pin.title', { id: formatIdPinId(link.identifier) })}</h4>
    <p class="hint">${h.t('rs.id-pin.allRequired')}</p>
    ${notice(h, p.notice, p.failure, s.waitUntil, idPinFocus.pinNotice)}
    <form @submit=${onSubmit} novalidate aria-labelledby="${fid}-title">
      ${pinField('current-pin', 'currentPin', 'rs.id-pin.pin.current')}
      ${pinField('new-pin', 'newPin', 'rs.id-pin.pin.new', h.t('rs.id-pin.add.pin.hint', { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS }))}
      ${pinField('pin-confirmation', 'confirmation', 'rs.id-pin.pin.confirmation')}
      <div class="actions">${submit(h, p.submitting, 'rs.id-pin.pin.submit', 'rs.id-pin.pin.submitting')} ${cancel(h, p.submitting, () => closePin(h))}</div>
    </form>
  </div>`;
}

/** The personal information of `link`. */
export function renderHolder(h: IdPinEditsHost, s: S, link: IdPinLinkDetails, panelId: string) {
  const hs = s.holder!;
  const fid = `${h.id}-holder-${link.id}`;
  const holderField = (key: HolderField, label: MessageKey, type: string, autocomplete: string, hint?: string) =>
    field({
      id: `${fid}-${key}`,
      name: `holder-${key}`,
      label: h.t(label),
      hint,
      error: hs.errors[key] ? h.t(`rs.id-pin.error.${hs.errors[key]}`, { max: HOLDER_NAME_MAX_LENGTH }) : undefined,
      focus: idPinFocus.holderField(key),
      type,
      autocomplete,
      value: key === 'phone' ? (link.holder.phone ?? '') : link.holder[key],
      required: key !== 'phone',
      readonly: hs.saving,
    });
  const onSubmit = (ev: SubmitEvent) => {
    ev.preventDefault();
    const v = (n: string) => value(h, `holder-${n}`);
    h.send({
      type: 'holder-submitted',
      draft: { firstName: v('firstName'), lastName: v('lastName'), phone: v('phone'), email: v('email') },
    });
  };
  return html`<div class="panel" id=${panelId}>
    <h4 id="${fid}-title">${h.t('rs.id-pin.holder.title', { id: formatIdPinId(link.identifier) })}</h4>
    <p class="hint">${h.t('rs.id-pin.holder.intro')}</p>
    ${hs.failure ? notice(h, 'unavailable', hs.failure, undefined) : nothing}
    <form @submit=${onSubmit} novalidate aria-labelledby="${fid}-title">
      <div class="grid">
        ${holderField('firstName', 'rs.id-pin.holder.firstName', 'text', 'given-name')} ${holderField('lastName', 'rs.id-pin.holder.lastName', 'text', 'family-name')}
        ${holderField('phone', 'rs.id-pin.holder.phone', 'tel', 'tel', h.t('rs.id-pin.holder.phone.hint'))} ${holderField('email', 'rs.id-pin.holder.email', 'email', 'email')}
      </div>
      <div class="actions">${submit(h, hs.saving, 'rs.id-pin.holder.submit', 'rs.id-pin.holder.saving')} ${cancel(h, hs.saving, () => h.send({ type: 'holder-closed' }))}</div>
    </form>
  </div>`;
}

/** A site's nickname, edited inline: Enter saves, Escape cancels. */
export function renderRename(h: IdPinEditsHost, s: S, site: IdPinLinkDetails['sites'][number]) {
  const r = s.rename!;
  const fid = `${h.id}-nick-${site.id}`;
  const error =
    r.error === undefined
      ? undefined
      : r.error === 'unavailable'
        ? h.t('rs.id-pin.notice.unavailable')
        : h.t(`rs.id-pin.error.${r.error}`, { max: NICKNAME_MAX_LENGTH });
  const onSubmit = (ev: SubmitEvent) => {
    ev.preventDefault();
    h.send({ type: 'rename-submitted', value: value(h, 'nickname') });
  };
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'Escape') {
      ev.preventDefault();
      ev.stopPropagation();
      h.send({ type: 'rename-cancelled' });
    }
  };
  return html`<li class="site editing">
    <form class="rename" @submit=${onSubmit} @keydown=${onKey} novalidate>
      <label for=${fid}>${h.t('rs.id-pin.rename.field', { name: site.name })}</label>
      <p class="hint" id="${fid}-hint">${h.t('rs.id-pin.rename.hint', { max: NICKNAME_MAX_LENGTH })}</p>
      <input
        id=${fid}
        name="nickname"
        type="text"
        autocomplete="off"
        .value=${site.nickname ?? ''}
        data-focus=${idPinFocus.renameInput}
        aria-describedby="${fid}-hint ${error ? `${fid}-error` : ''}"
        aria-invalid=${error ? 'true' : 'false'}
        ?readonly=${r.saving}
      />
      ${error ? html`<p class="error" id="${fid}-error">${errorIcon}<span>${error}</span></p>` : nothing}
      <div class="actions">
        <button type="submit" class="btn" ?disabled=${r.saving}>${r.saving ? h.t('rs.id-pin.rename.saving') : h.t('rs.id-pin.rename.save')}</button>
        ${cancel(h, r.saving, () => h.send({ type: 'rename-cancelled' }))}
      </div>
    </form>
  </li>`;
}

/** The content of the removal dialog (`did`: its ids' prefix): the sites the link takes away, and those another link keeps. */
export function renderRemoval(h: IdPinEditsHost, s: S, did: string) {
  const r = s.removal;
  const link = r && s.links.find((l) => l.id === r.linkId);
  if (!r || !link) return nothing;
  const others = new Set(sitesOf(s.links.filter((l) => l.id !== r.linkId)).map((x) => x.id));
  const lost = link.sites.filter((x) => !others.has(x.id));
  const kept = link.sites.filter((x) => others.has(x.id));
  const named = (sites: typeof lost) => html`<ul class="named">${sites.map((x) => html`<li>${siteLabel(x)}</li>`)}</ul>`;
  return html`<h3 id="${did}-title">${h.t('rs.id-pin.remove.title', { id: formatIdPinId(link.identifier) })}</h3>
    <div class="dialog-body" id="${did}-body">
      <p>${h.t('rs.id-pin.remove.lost', { count: lost.length })}</p>
      ${lost.length ? named(lost) : nothing}
      ${kept.length ? html`<p>${h.t('rs.id-pin.remove.kept', { count: kept.length })}</p>${named(kept)}` : nothing}
      ${lost.length ? html`<p class="hint">${h.t('rs.id-pin.remove.again')}</p>` : nothing}
    </div>
    ${r.failure ? html`<p class="error" role="alert">${errorIcon}<span>${h.t('rs.id-pin.remove.failed')} ${h.services().describeFailure(r.failure)}</span></p>` : nothing}
    <div class="actions">
      <button type="button" class="btn secondary" data-focus=${idPinFocus.removeCancel} ?disabled=${r.removing} @click=${() => h.send({ type: 'remove-cancelled' })}>
        ${h.t('rs.id-pin.cancel')}
      </button>
      <button type="button" class="btn danger" ?disabled=${r.removing} @click=${() => h.send({ type: 'remove-confirmed' })}>
        ${r.removing ? html`<span class="spinner" aria-hidden="true"></span>${h.t('rs.id-pin.remove.removing')}` : h.t('rs.id-pin.remove.confirm')}
      </button>
    </div>`;
}
