/**
 * VA-DOCS — the dialogs of `<vault-documents>`: the PDF viewer and « Classer » (file a document
 * into another folder). Pure rendering of the flow's state; the element opens and closes the
 * native `<dialog>`s to follow it.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { documentFileName, documentsFocus, findDocument, formatFileSize, isDocumentBusy, moveTargets } from '@vigie/core';
import { closeIcon, downloadIcon, errorIcon } from '../../base/icons.js';
import { withParts } from '../../base/forms/helpers.js';
import { documentIcons } from './document-icons.js';
import { spinner, type DocumentsView } from './documents-list.js';

const { folder: folderIcon, print: printIcon, file: fileIcon } = documentIcons;

export interface DialogHandlers {
  /** The viewer's `close` event (Escape, the close button). */
  readonly onViewerClose: () => void;
  /** A download link of the viewer was followed. */
  readonly onViewerDownload: () => void;
  readonly onMoveClose: () => void;
}

export function renderViewer(v: DocumentsView, on: DialogHandlers) {
  const viewer = v.state.viewer;
  if (!viewer) return nothing;
  const doc = viewer.document;
  const id = `${v.id}-viewer`;
  const size = formatFileSize(v.locale, doc.sizeBytes);
  const close = (e: Event) => (e.currentTarget as HTMLElement).closest('dialog')?.close();
  return html`<dialog part="viewer" class="viewer" aria-labelledby=${id} @close=${on.onViewerClose}>
    <div class="dialog-head">
      <h2 id=${id}>${doc.title}</h2>
      <div class="viewer-actions">
        <a
          class="icon-btn"
          href=${viewer.url}
          download=${documentFileName(doc)}
          aria-label=${v.t('vault.documents.download', { title: doc.title, size })}
          title=${v.t('vault.documents.action.download')}
          @click=${on.onViewerDownload}
          >${downloadIcon}</a
        >
        <button
          class="icon-btn print"
          aria-label=${v.t('vault.documents.print', { title: doc.title })}
          title=${v.t('vault.documents.action.print')}
          @click=${() => v.send({ type: 'print-viewer' })}
        >
          ${printIcon}
        </button>
        <button class="icon-btn close" autofocus data-focus=${documentsFocus.viewerClose} aria-label=${v.t('common.close')} title=${v.t('common.close')} @click=${close}>
          ${closeIcon}
        </button>
      </div>
    </div>
    <iframe class="pdf" src=${viewer.url} title=${doc.title}></iframe>
    <p class="viewer-fallback">
      ${withParts(v.t('vault.documents.viewer.fallback'), {
        download: html`<a href=${viewer.url} download=${documentFileName(doc)} @click=${on.onViewerDownload}>${v.t('vault.documents.viewer.download')}</a>`,
      })}
    </p>
  </dialog>`;
}

export function renderMove(v: DocumentsView, on: DialogHandlers) {
  const s = v.state;
  const moving = s.moving;
  const doc = moving ? findDocument(s, moving.documentId) : undefined;
  if (!moving || !doc) return nothing;
  const id = `${v.id}-move`;
  const busy = isDocumentBusy(s, 'move', doc.id);
  const error = moving.failure ? `${v.t('vault.documents.error.action')} ${v.describeFailure(moving.failure)}`.trim() : undefined;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    v.send({ type: 'submit-move' });
  };
  const close = (e: Event) => (e.currentTarget as HTMLElement).closest('dialog')?.close();
  return html`<dialog part="move-dialog" class="move" aria-labelledby=${id} @close=${on.onMoveClose}>
    <form class="move-form" method="dialog" @submit=${submit}>
      <h2 id=${id}>${v.t('vault.documents.move', { title: doc.title })}</h2>
      <fieldset>
        <legend>${v.t('vault.documents.move.label')}</legend>
        ${moveTargets(s, doc).map(
          (f) => html`<label class="radio">
            <input
              type="radio"
              name="${v.id}-target"
              value=${f.id}
              data-focus=${ifDefined(f.id === moving.target ? documentsFocus.moveTarget : undefined)}
              .checked=${f.id === moving.target}
              @change=${() => v.send({ type: 'choose-target', folderId: f.id })}
            />
            ${f.kind === 'payslips' ? fileIcon : folderIcon}<span>${f.name}</span>
          </label>`,
        )}
      </fieldset>
      ${error ? html`<p class="move-error" role="alert">${errorIcon}<span>${error}</span></p>` : nothing}
      <div class="row">
        <button type="submit" class="btn" aria-disabled=${ifDefined(busy ? 'true' : undefined)}>${busy ? spinner : nothing}${v.t('vault.documents.move.submit')}</button>
        <button type="button" class="btn secondary" @click=${close}>${v.t('vault.documents.move.cancel')}</button>
      </div>
    </form>
  </dialog>`;
}
