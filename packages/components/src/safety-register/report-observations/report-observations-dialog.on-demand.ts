/**
 * SR-OBS — the window of `<report-observations>`, loaded when a person reaches for « Extraire obs »:
 * the tutorial, the report in `<pdf-text-picker>` (whose module imports pdfjs-dist when the PDF
 * arrives) and the form that saves the picked text.
 */
import { css, html, nothing } from 'lit';
import {
  MAX_EXTRACT_LENGTH,
  type ApiFailure,
  type ExtractionTarget,
  type Locale,
  type MessageKey,
  type Params,
  type ReportObservationsEvent as E,
  type ReportObservationsState as S,
} from '@vigie/core';
import { closeIcon, errorIcon } from '../../base/icons.js';
import '../../define/pdf-text-picker.js';
import type { PdfTextPickEvent } from '../pdf-text-picker/pdf-text-picker.events.js';

export interface DialogHost {
  readonly id: string;
  t(key: MessageKey, params?: Params): string;
  send(e: E): void;
  target(): ExtractionTarget;
  workerSrc(): string | undefined;
  pdf(): { status: 'idle' | 'loading' | 'error' } | { status: 'ready'; data: Blob };
  retryPdf(): void;
  describeFailure(f: ApiFailure): string;
  locale(): Locale;
}

export function renderDialog(host: DialogHost, s: S) {
  const did = `${host.id}-dialog`;
  return html`<div class="dlg">
    <div class="dlg-head">
      <h2 id="${did}-title">${host.t('sr.reports.dialog.title')}${s.source ? html` — <span class="src">${s.source.title}</span>` : nothing}</h2>
      <button type="button" class="icon-btn" aria-label=${host.t('common.close')} ?disabled=${s.saving} @click=${() => host.send({ type: 'close' })}>${closeIcon}</button>
    </div>
    ${s.dialog === 'tutorial' ? renderTutorial(host, did) : nothing}
    ${s.dialog === 'picker' || s.dialog === 'form' ? renderPicker(host, s, did) : nothing}
    ${s.dialog === 'form' ? renderForm(host, s, did) : nothing}
  </div>`;
}

function renderTutorial(host: DialogHost, did: string) {
  const action = host.t(`sr.reports.create.${host.target()}`);
  return html`<section class="tutorial" aria-labelledby="${did}-tuto">
    <h3 id="${did}-tuto" tabindex="-1" data-focus="tutorial">${host.t('sr.reports.tutorial.title')}</h3>
    <ol>
      <li>${host.t('sr.reports.tutorial.step1')}</li>
      <li>${host.t('sr.reports.tutorial.step2', { action })}</li>
      <li>${host.t('sr.reports.tutorial.step3')}</li>
    </ol>
    <p class="kbd">${host.t('sr.reports.tutorial.keyboard', { action })}</p>
    <button type="button" class="btn" @click=${() => host.send({ type: 'tutorial-done' })}>${host.t('sr.reports.tutorial.ok')}</button>
  </section>`;
}

function renderPicker(host: DialogHost, s: S, did: string) {
  const pdf = host.pdf();
  const hidden = s.dialog !== 'picker';
  return html`<section class="picker" aria-labelledby="${did}-doc" ?hidden=${hidden}>
    <div class="picker-head">
      <h3 id="${did}-doc" tabindex="-1" data-focus="picker">${s.source?.report?.fileName ?? ''}</h3>
      <button type="button" class="btn secondary" @click=${() => host.send({ type: 'show-tutorial' })}>${host.t('sr.reports.tutorial.again')}</button>
    </div>
    ${
      pdf.status === 'ready'
        ? html`<pdf-text-picker
          .data=${pdf.data}
          target=${host.target()}
          worker-src=${host.workerSrc() ?? nothing}
          @pdf-text-pick=${(e: PdfTextPickEvent) => host.send({ type: 'picked', text: e.text, page: e.page })}
        ></pdf-text-picker>`
        : pdf.status === 'error'
          ? html`<div class="state error" role="alert">${errorIcon}<div><p>${host.t('sr.reports.pdf.error')}</p>
            <button type="button" class="btn secondary" @click=${() => host.retryPdf()}>${host.t('common.retry')}</button></div></div>`
          : html`<p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${host.t('sr.reports.pdf.loading')}</p>`
    }
  </section>`;
}

function renderForm(host: DialogHost, s: S, did: string) {
  const target = host.target();
  const draft = s.draft!;
  const fid = `${did}-text`;
  const issue = s.issue;
  const describedBy = [`${fid}-hint`, issue ? `${fid}-issue` : ''].filter(Boolean).join(' ');
  return html`<section class="form" aria-labelledby="${did}-form">
    <h3 id="${did}-form">${host.t(`sr.reports.form.title.${target}`)}</h3>
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        host.send({ type: 'submit' });
      }}
    >
      <label for=${fid}>${host.t('sr.reports.form.text')}</label>
      <textarea
        id=${fid}
        name="text"
        rows="5"
        data-focus="text"
        maxlength=${MAX_EXTRACT_LENGTH + 200}
        aria-describedby=${describedBy}
        aria-invalid=${issue ? 'true' : 'false'}
        ?readonly=${s.saving}
        .value=${draft.text}
        @input=${(e: Event) => host.send({ type: 'edit', text: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      <p id="${fid}-hint" class="hint">
        ${host.t('sr.reports.form.hint', { max: MAX_EXTRACT_LENGTH })}${draft.page ? html` ${host.t('sr.reports.form.page', { page: draft.page })}` : nothing}
      </p>
      ${issue ? html`<p id="${fid}-issue" class="issue">${errorIcon}${host.t(issue === 'empty' ? 'sr.reports.form.empty' : 'sr.reports.form.too-long', { max: MAX_EXTRACT_LENGTH })}</p>` : nothing}
      ${
        s.saveFailure
          ? html`<div class="state error" role="alert" tabindex="-1" data-focus="save-error">${errorIcon}<div><p><strong>${host.t('sr.reports.form.error')}</strong></p><p>${host.describeFailure(s.saveFailure)}</p></div></div>`
          : nothing
      }
      <div class="form-actions">
        <button type="submit" class="btn" aria-busy=${s.saving ? 'true' : 'false'}>${s.saving ? host.t('sr.reports.form.saving') : host.t('sr.reports.form.save')}</button>
        <button type="button" class="btn secondary" ?disabled=${s.saving} @click=${() => host.send({ type: 'back' })}>${host.t('sr.reports.form.back')}</button>
      </div>
    </form>
  </section>`;
}

/** The window's styles, adopted by the element when this module arrives. */
export const dialogStyles = css`
  .dlg {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
  }
  .dlg-head {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    justify-content: space-between;
  }
  .dlg-head h2 {
    margin: 0;
    font-size: 1.15rem;
  }
  .dlg-head .src {
    font-weight: 400;
  }
  .icon-btn {
    display: inline-grid;
    place-items: center;
    min-width: 2.5rem;
    min-height: 2.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
  }
  h3 {
    margin: 0;
    font-size: 1rem;
  }
  .tutorial ol {
    margin: 0.5rem 0;
    padding-inline-start: 1.5rem;
    display: grid;
    gap: 0.35rem;
  }
  .tutorial .kbd {
    color: var(--_muted);
  }
  .picker {
    display: grid;
    gap: 0.5rem;
  }
  .picker-head,
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
  }
  .form-actions {
    justify-content: flex-start;
  }
  .form form {
    display: grid;
    gap: 0.4rem;
  }
  .form label {
    font-weight: 600;
  }
  textarea {
    font: inherit;
    width: 100%;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_danger-border);
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .issue {
    display: flex;
    gap: 0.4rem;
    margin: 0;
    color: var(--_danger-fg);
  }
  [hidden] {
    display: none !important;
  }
`;
