/**
 * VA-DOCS — the list part of `<vault-documents>`: the folder navigation, the documents of the
 * folder shown by year, the notice, the action error, the empty states and the help. Pure
 * rendering of the flow's state; every press is an intent sent to the flow.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  documentsByYear,
  documentsFocus,
  emptyReason,
  folderCounts,
  folderOf,
  formatFileSize,
  isDocumentBusy,
  isPayslipsFolder,
  latestPayslip,
  moveTargets,
  sortFolders,
  type DocumentAction,
  type DocumentsEvent,
  type DocumentsResponse,
  type DocumentsState,
  type Locale,
  type MessageKey,
  type Params,
  type SupportContact,
  type VaultDocument,
  type YearGroup,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { checkIcon, closeIcon, downloadIcon, errorIcon } from '../../base/icons.js';
import { documentIcons } from './document-icons.js';
import { supportContact } from '../vault-helpers.js';

// Decorative icons (the buttons carry their names).
const {
  folder: folderIcon,
  archive: archiveIcon,
  restore: restoreIcon,
  print: printIcon,
  move: moveIcon,
  file: fileIcon,
  info: infoIcon,
} = documentIcons;
export const spinner = html`<span class="spinner" aria-hidden="true"></span>`;

/** The actions of a document row, with a button each. */
type RowAction = Exclude<DocumentAction, 'open'>;

/** What the partials need of the element. */
export interface DocumentsView {
  readonly id: string;
  readonly state: DocumentsState;
  readonly locale: Locale;
  readonly vaultSite: string;
  readonly support: SupportContact;
  t(key: MessageKey, params?: Params): string;
  describeFailure(failure: import('@vigie/core').ApiFailure): string;
  send(event: DocumentsEvent): void;
}

export function renderFolders(v: DocumentsView, data: DocumentsResponse) {
  const s = v.state;
  const counts = folderCounts(data.folders, data.documents);
  const archived = data.documents.filter((d) => d.archived).length;
  const button = (current: boolean, name: string, count: number, onClick: () => void, iconTpl = folderIcon) =>
    html`<li>
      <button part="folder" class="folder" aria-current=${current ? 'true' : 'false'} @click=${onClick}>
        ${iconTpl}<span class="name">${name}</span><span class="count" aria-hidden="true">${count}</span
        ><span class="sr-only">, ${v.t('vault.documents.folder.count', { count })}</span>
      </button>
    </li>`;
  return html`<nav part="folders" class="folders" aria-label=${v.t('vault.documents.folders')}>
    <ul role="list">
      ${sortFolders(data.folders).map((f) =>
        button(!s.archives && f.id === s.folderId, f.name, counts.get(f.id) ?? 0, () => v.send({ type: 'show-folder', folderId: f.id })),
      )}
      ${button(s.archives, v.t('vault.documents.archives'), archived, () => v.send({ type: 'show-archives' }), archiveIcon)}
    </ul>
  </nav>`;
}

export function renderContent(v: DocumentsView, data: DocumentsResponse) {
  const s = v.state;
  const folder = s.archives ? undefined : data.folders.find((f) => f.id === s.folderId);
  const filter = s.archives ? { archived: true as const } : { folderId: folder?.id, archived: false as const };
  const groups = documentsByYear(data.documents, filter);
  const reason = emptyReason(data.folders, data.documents, filter);
  const heading = s.archives ? v.t('vault.documents.archives') : (folder?.name ?? '');
  const count = groups.reduce((n, g) => n + g.documents.length, 0);
  const payslips = !s.archives && !!folder && isPayslipsFolder(folder);
  const latest = payslips ? latestPayslip(data.folders, data.documents) : undefined;
  return html`<div part="content" class="content">
    <div class="content-head">
      <h3 id="${v.id}-folder">${heading}</h3>
      ${count > 0 ? html`<span class="content-count">${v.t('vault.documents.folder.count', { count })}</span>` : nothing}
    </div>
    <div part="notice" class="notice" role="status">${renderNotice(v)}</div>
    ${renderActionError(v)}
    ${
      latest && count > 0
        ? html`<button part="latest" class="latest" data-focus=${documentsFocus.latest} @click=${() => v.send({ type: 'open', documentId: latest.id, from: documentsFocus.latest })}>
          ${fileIcon}<span>${v.t('vault.documents.latest', { title: latest.title })}</span>${isDocumentBusy(s, 'open', latest.id) ? spinner : nothing}
        </button>`
        : nothing
    }
    ${reason ? renderEmpty(v, reason) : groups.map((g) => renderYear(v, g))}
    ${payslips && reason !== 'no-payslip-yet' ? renderHelp(v, false) : nothing}
  </div>`;
}

function renderNotice(v: DocumentsView) {
  const n = v.state.notice;
  if (!n) return nothing;
  return html`<p class="notice-box" tabindex="-1" data-focus=${documentsFocus.notice}>
    ${checkIcon}<span class="notice-text">${v.t(n.key, n.params)}</span>
    ${n.undo ? html`<button class="btn secondary small" @click=${() => v.send({ type: 'undo' })}>${v.t('vault.documents.undo')}</button>` : nothing}
    <button class="icon-btn" aria-label=${v.t('common.close')} @click=${() => v.send({ type: 'dismiss-notice' })}>${closeIcon}</button>
  </p>`;
}

function renderActionError(v: DocumentsView) {
  const e = v.state.actionError;
  if (!e) return nothing;
  return html`<div part="error" class="state error action-error" role="alert">
    ${errorIcon}
    <div>
      <p><strong>${v.t(e.key)}</strong></p>
      ${e.failure ? html`<p>${v.describeFailure(e.failure)}</p>` : nothing}
      <div class="row">
        <button class="btn" @click=${() => v.send({ type: 'retry' })}>${v.t('common.retry')}</button>
        <button class="btn secondary" @click=${() => v.send({ type: 'dismiss-error' })}>${v.t('common.close')}</button>
      </div>
    </div>
  </div>`;
}

function renderEmpty(v: DocumentsView, reason: NonNullable<ReturnType<typeof emptyReason>>) {
  if (reason === 'no-payslip-yet') {
    return html`<div part="empty" class="state empty">
        ${infoIcon}
        <div>
          <h4>${v.t('vault.documents.empty.noPayslip.title')}</h4>
          <p>${v.t('vault.documents.empty.noPayslip')}</p>
        </div>
      </div>
      ${renderHelp(v, true)}`;
  }
  const text = reason === 'no-archive' ? v.t('vault.documents.empty.archive') : v.t('vault.documents.empty.folder');
  return html`<p part="empty" class="state empty small">${infoIcon}<span>${text}</span></p>`;
}

/**
 * Seed 002, question 6: the vault's site, then « Bulletins de paie », the current year, the latest
 * payslip. Question 7 (VA-SUPPORT): documents may be in another vault of the person's; merging
 * vaults goes through support only, whose contact the provider gives.
 */
function renderHelp(v: DocumentsView, open: boolean) {
  return html`<details part="help" class="help" ?open=${open}>
    <summary>${v.t('vault.documents.notSeeing.title')}</summary>
    <p>${v.t('vault.documents.notSeeing', { site: v.vaultSite })}</p>
    <p class="merge">${v.t('vault.support.merge')}</p>
    <p class="support">${supportContact((key, params) => v.t(key, params), v.locale, v.support)}</p>
  </details>`;
}

function renderYear(v: DocumentsView, group: YearGroup) {
  const id = `${v.id}-y${group.year}`;
  return html`<section part="year" class="year" aria-labelledby=${id}>
    <h4 id=${id}>${v.t('vault.documents.year', { year: group.year })}</h4>
    <ul role="list" class="documents">
      ${group.documents.map((d) => renderDocument(v, d))}
    </ul>
  </section>`;
}

function renderDocument(v: DocumentsView, doc: VaultDocument) {
  const s = v.state;
  const size = formatFileSize(v.locale, doc.sizeBytes);
  const title = doc.title;
  // Each button: its icon and short name (« Télécharger »), and a full name for assistive technologies (« Télécharger « … » (PDF, 180 Ko) »).
  const btn = (action: RowAction, label: string, iconTpl: TemplateResult, event: DocumentsEvent, focus?: string) => {
    const busy = isDocumentBusy(s, action, doc.id);
    const short = v.t(`vault.documents.action.${action}`);
    return html`<button
      class="action-btn"
      aria-label=${label}
      title=${short}
      data-focus=${ifDefined(focus)}
      aria-disabled=${ifDefined(busy ? 'true' : undefined)}
      @click=${() => {
        if (!busy) v.send(event);
      }}
    >
      ${busy ? spinner : iconTpl}<span class="action-name" aria-hidden="true">${short}</span>
    </button>`;
  };
  const opening = isDocumentBusy(s, 'open', doc.id);
  const openFocus = documentsFocus.open(doc.id);
  const printFocus = documentsFocus.print(doc.id);
  const moveFocus = documentsFocus.move(doc.id);
  return html`<li part="document" class="document">
    ${fileIcon}
    <div class="doc-main">
      <button
        class="doc-title"
        data-focus=${openFocus}
        aria-label=${v.t('vault.documents.open', { title })}
        aria-disabled=${ifDefined(opening ? 'true' : undefined)}
        @click=${() => v.send({ type: 'open', documentId: doc.id, from: openFocus })}
      >
        ${title}${opening ? spinner : nothing}
      </button>
      <p class="doc-meta">
        <span>${v.t('vault.documents.column.date')} ${formatDate(v.locale, doc.date)}</span>
        <span><span class="sr-only">${v.t('vault.documents.column.size')} </span>${size}</span>
        ${s.archives ? html`<span class="doc-folder">${folderIcon}${v.t('vault.documents.folder.origin', { folder: folderOf(s, doc)?.name ?? '' })}</span>` : nothing}
      </p>
    </div>
    <div part="actions" class="actions" role="group" aria-label=${v.t('vault.documents.column.actions')}>
      ${btn('download', v.t('vault.documents.download', { title, size }), downloadIcon, { type: 'download', documentId: doc.id })}
      ${btn('print', v.t('vault.documents.print', { title }), printIcon, { type: 'print', documentId: doc.id, from: printFocus }, printFocus)}
      ${
        doc.archived
          ? btn('restore', v.t('vault.documents.restore', { title }), restoreIcon, { type: 'restore', documentId: doc.id })
          : html`${moveTargets(s, doc).length ? btn('move', v.t('vault.documents.move', { title }), moveIcon, { type: 'open-move', documentId: doc.id, from: moveFocus }, moveFocus) : nothing}
          ${btn('archive', v.t('vault.documents.archive', { title }), archiveIcon, { type: 'archive', documentId: doc.id })}`
      }
    </div>
  </li>`;
}
