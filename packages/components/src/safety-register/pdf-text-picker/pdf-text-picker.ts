import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { normalizeExtract, registerReportsMessages, type ExtractionTarget } from '@vigie/core';
import type { PDFDocumentProxy, PDFPageProxy, TextLayer as PdfTextLayer } from 'pdfjs-dist';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';
import { errorIcon } from '../../base/icons.js';
import { spinnerStyles, stateStyles, tokens } from '../../base/styles.js';
import { VigieElement } from '../../base/vigie-element.js';
import { PdfTextPickEvent, type PickVia } from './pdf-text-picker.events.js';
import { styles, textLayerStyles } from './pdf-text-picker.styles.js';

/**
 * Where the PDF.js worker is loaded from when `worker-src` is not set: `/pdfjs/pdf.worker.min.mjs` on
 * the host page's origin (the build copies `pdfjs-dist/build/pdf.worker.min.mjs` to
 * `dist/cdn/pdfjs/pdf.worker.min.mjs`; serve it there). Same origin → the CSP needs `worker-src 'self'`.
 */
export const DEFAULT_PDF_WORKER_SRC = '/pdfjs/pdf.worker.min.mjs';

type Pdfjs = typeof import('./pdfjs.on-demand.js');
let pdfjsModule: Promise<Pdfjs> | undefined;
/** pdfjs-dist's display layer, loaded the first time a picker opens a document (never before). */
const loadPdfjs = () =>
  (pdfjsModule ??= import('./pdfjs.on-demand.js').catch((e: unknown) => {
    pdfjsModule = undefined;
    throw e;
  }));

let uid = 0;

/** The lines of a page's text content: items joined until one ends a line. */
export function linesOf(items: readonly (TextItem | TextMarkedContent)[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (!('str' in item)) continue;
    line += item.str;
    if (item.hasEOL) {
      if (line.trim()) lines.push(normalizeExtract(line));
      line = '';
    }
  }
  if (line.trim()) lines.push(normalizeExtract(line));
  return lines;
}

/**
 * The text of a range inside a text layer: the selected part of each text node, a line break for each
 * `<br>` the text layer put at a line's end (`Range.toString()` would glue the lines together).
 */
export function textOfRange(range: Range, layer: Element): string {
  const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!range.intersectsNode(n)) continue;
    if (n.nodeType === Node.TEXT_NODE) {
      const t = n.textContent ?? '';
      const start = n === range.startContainer ? range.startOffset : 0;
      const end = n === range.endContainer ? range.endOffset : t.length;
      out += t.slice(start, end);
    } else if ((n as Element).localName === 'br') out += '\n';
  }
  return out;
}

/**
 * SR-OBS — shows a PDF (its pages drawn with `pdfjs-dist`'s display layer and its `TextLayer`, not the
 * PDF.js viewer) and lets a person pick text in it:
 * - with the pointer: select text in the page; a button (« Créer une observation », or the
 *   `action-label`) appears by the selection; the selection is read with
 *   `getSelection().getComposedRanges({ shadowRoots: [this.renderRoot] })`, so it works in the shadow DOM;
 * - with the keyboard: « Choisir dans le texte de la page » lists the page's lines as checkboxes;
 *   tick some, then the same button.
 * Either way it fires `pdf-text-pick` with the text, whitespace normalised, and its page.
 *
 * The same element serves observations (intervention reports), anomalies (building audits) and
 * prescriptions (commissions' procès-verbaux): `target` only changes the button's words.
 *
 * The PDF's bytes come from the host (`data`: fetch them with the API client so the token is sent);
 * pdfjs-dist is imported when the first document arrives; its worker comes from `worker-src`.
 *
 * @tagname pdf-text-picker
 * @summary Pick text in a PDF, with the pointer or the keyboard (SR-OBS).
 * @fires {PdfTextPickEvent} pdf-text-pick - A text was picked and the create button pressed (`text`, `page`, `via`).
 * @csspart base - The wrapper.
 * @csspart page - The page (canvas and text layer).
 * @csspart pick - The create button by the selection.
 * @csspart lines - The keyboard list of the page's lines.
 * @cssprop --pdf-text-picker-max-height - The tallest the page view grows before it scrolls (default `70vh`).
 */
export class PdfTextPicker extends VigieElement {
  static override messages = [registerReportsMessages];
  static override styles = [tokens, spinnerStyles, stateStyles, textLayerStyles, styles];

  /** The PDF's bytes. Setting it (again) opens the document on its first page. */
  @property({ attribute: false }) data?: Blob | Uint8Array;

  /** The URL of `pdf.worker.min.mjs` (default {@link DEFAULT_PDF_WORKER_SRC}, on the page's origin). */
  @property({ attribute: 'worker-src' }) workerSrc = DEFAULT_PDF_WORKER_SRC;

  /** What the picked text becomes: `observation` (default), `anomaly` or `prescription` (the button's words). */
  @property() target: ExtractionTarget = 'observation';

  /** The page shown, 1-based. */
  @property({ type: Number, reflect: true }) page = 1;

  @state() private status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private pages = 0;
  @state() private lines: readonly string[] = [];
  @state() private showLines = false;
  @state() private checked: ReadonlySet<number> = new Set();
  /** The current pointer selection: its text and where to put the button (in the page's box). */
  @state() private selection?: { readonly text: string; readonly x: number; readonly y: number };

  readonly #id = `ptp${++uid}`;
  #doc?: PDFDocumentProxy;
  #task?: { destroy(): Promise<void> };
  #textLayer?: PdfTextLayer;
  #renderTask?: { cancel(): void; promise: Promise<unknown> };
  #generation = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.#onSelectionChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.#onSelectionChange);
    this.#close();
  }

  #close(): void {
    this.#generation++;
    this.#textLayer?.cancel();
    this.#renderTask?.cancel();
    void this.#task?.destroy();
    this.#task = undefined;
    this.#doc = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) {
      this.#close();
      if (this.data) {
        this.status = 'loading';
        this.page = 1;
        void this.#open(this.data);
      } else this.status = 'idle';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('page') && this.#doc && changed.get('page') !== undefined) void this.#renderPage();
    // Placed through the CSSOM: a style attribute (lit's styleMap writes one on its first render) is
    // blocked by a page's style-src 'self' CSP, and the button then sits below the page.
    const pick = this.renderRoot.querySelector<HTMLElement>('.pick');
    if (pick && this.selection) {
      pick.style.left = `${this.selection.x}px`;
      pick.style.top = `${this.selection.y}px`;
    }
  }

  /** Opens the document: pdfjs-dist on demand, the worker from `worker-src`, the bytes as `data`. */
  async #open(data: Blob | Uint8Array): Promise<void> {
    const generation = this.#generation;
    try {
      const pdfjs = await loadPdfjs();
      const workerHref = new URL(this.workerSrc, document.baseURI).href;
      pdfjs.GlobalWorkerOptions.workerSrc = workerHref;
      // Same origin: Vigie starts the worker itself, through its Trusted Types policy (X-SEC).
      const port = await pdfjs.pdfWorker(workerHref);
      if (port) pdfjs.GlobalWorkerOptions.workerPort = port;
      // A copy: pdf.js transfers (detaches) the buffer it is given.
      const bytes = data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data.slice();
      const task = pdfjs.getDocument({ data: bytes });
      this.#task = task;
      const doc = await task.promise;
      if (generation !== this.#generation) return void task.destroy();
      this.#doc = doc;
      this.pages = doc.numPages;
      this.status = 'ready';
      await this.updateComplete;
      await this.#renderPage();
    } catch (e) {
      if (generation !== this.#generation) return;
      console.error('[vigie] <pdf-text-picker> could not open the document', e);
      this.status = 'error';
    }
  }

  async #renderPage(): Promise<void> {
    const doc = this.#doc;
    const box = this.renderRoot.querySelector<HTMLElement>('.page');
    if (!doc || !box) return;
    const generation = ++this.#generation;
    this.#textLayer?.cancel();
    this.#renderTask?.cancel();
    const pdfjs = await loadPdfjs();
    this.selection = undefined;
    this.checked = new Set();
    const page: PDFPageProxy = await doc.getPage(Math.min(Math.max(1, this.page), doc.numPages));
    if (generation !== this.#generation) return;
    const natural = page.getViewport({ scale: 1 });
    const width = Math.max(280, (this.renderRoot.querySelector<HTMLElement>('.viewport')?.clientWidth ?? 600) - 2);
    const scale = width / natural.width;
    const viewport = page.getViewport({ scale });
    const canvas = document.createElement('canvas');
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    canvas.setAttribute('aria-hidden', 'true');
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    box.style.setProperty('--scale-factor', String(scale));
    box.style.setProperty('--total-scale-factor', String(scale));
    box.style.width = `${Math.floor(viewport.width)}px`;
    box.style.height = `${Math.floor(viewport.height)}px`;
    box.replaceChildren(canvas, layer);
    const task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
    this.#renderTask = task;
    const content = await page.getTextContent();
    if (generation !== this.#generation) return;
    this.lines = linesOf(content.items);
    const textLayer = new pdfjs.TextLayer({ textContentSource: content, container: layer, viewport });
    this.#textLayer = textLayer;
    await Promise.all([textLayer.render(), task.promise.catch(() => {})]);
    if (generation !== this.#generation) return;
    // The end-of-content block keeps a drag past the last line inside the layer (as the viewer does).
    const end = document.createElement('div');
    end.className = 'endOfContent';
    layer.append(end);
  }

  // ── pointer selection ──

  #onSelectionChange = () => {
    if (this.status !== 'ready') return;
    const layer = this.renderRoot.querySelector('.textLayer');
    const sel = document.getSelection();
    if (!layer || !sel) return;
    const range = this.#composedRange(sel);
    if (!range || range.collapsed || !layer.contains(range.startContainer) || !layer.contains(range.endContainer)) {
      if (this.selection) this.selection = undefined;
      return;
    }
    const text = normalizeExtract(textOfRange(range, layer));
    if (!text) {
      this.selection = undefined;
      return;
    }
    const page = this.renderRoot.querySelector<HTMLElement>('.page')!.getBoundingClientRect();
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const last = rects.at(-1) ?? range.getBoundingClientRect();
    this.selection = { text, x: Math.max(0, Math.min(last.left - page.left, page.width - 200)), y: last.bottom - page.top + 6 };
  };

  /** The selection as a live Range in this shadow root (Selection.getComposedRanges, shadow-aware). */
  #composedRange(sel: Selection): Range | undefined {
    if (sel.rangeCount === 0) return undefined;
    const root = this.renderRoot as ShadowRoot;
    const composed = (sel as Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] }).getComposedRanges;
    // Without getComposedRanges (browsers before 2025), Firefox's getRangeAt still reports the
    // shadow-internal nodes; Chromium's and Safari's then fall outside the layer and nothing is picked.
    const stat: AbstractRange | undefined = composed ? composed.call(sel, { shadowRoots: [root] })[0] : sel.getRangeAt(0);
    if (!stat) return undefined;
    const range = document.createRange();
    try {
      range.setStart(stat.startContainer, stat.startOffset);
      range.setEnd(stat.endContainer, stat.endOffset);
    } catch {
      return undefined;
    }
    return range;
  }

  #pick(text: string, via: PickVia): void {
    const event = new PdfTextPickEvent(text, this.page, via);
    this.dispatchEvent(event);
  }

  // ── keyboard: the page's lines ──

  #toggle(i: number, on: boolean) {
    const next = new Set(this.checked);
    if (on) next.add(i);
    else next.delete(i);
    this.checked = next;
  }

  #checkedText(): string {
    return normalizeExtract(
      [...this.checked]
        .sort((a, b) => a - b)
        .map((i) => this.lines[i])
        .join(' '),
    );
  }

  // ── rendering ──

  #label(): string {
    return this.t(`sr.reports.create.${this.target}`);
  }

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    if (this.status === 'error') {
      return html`<div part="base" class="state error" role="alert">${errorIcon}<div><p>${this.t('sr.reports.pdf.error')}</p></div></div>`;
    }
    if (this.status !== 'ready') {
      return html`<div part="base" aria-busy="true"><p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('sr.reports.pdf.loading')}</p></div>`;
    }
    const sel = this.selection;
    const lid = `${this.#id}-lines`;
    return html`<div part="base">
      <div class="bar">
        <span class="count" aria-live="polite">${this.t('sr.reports.pdf.page', { page: this.page, pages: this.pages })}</span>
        ${
          this.pages > 1
            ? html`<button type="button" class="btn secondary" ?disabled=${this.page <= 1} @click=${() => this.page--}>${this.t('sr.reports.pdf.previous')}</button>
              <button type="button" class="btn secondary" ?disabled=${this.page >= this.pages} @click=${() => this.page++}>${this.t('sr.reports.pdf.next')}</button>`
            : nothing
        }
        <button type="button" class="btn secondary" aria-expanded=${this.showLines ? 'true' : 'false'} aria-controls=${lid} @click=${() => (this.showLines = !this.showLines)}>
          ${this.t('sr.reports.pdf.lines')}
        </button>
      </div>
      <div class="viewport" role="document" tabindex="0" aria-label=${this.t('sr.reports.pdf.label', { page: this.page, pages: this.pages })}>
        <div part="page" class="page"></div>
        ${
          sel
            ? html`<button
              type="button"
              part="pick"
              class="btn pick"
              @pointerdown=${(e: Event) => e.preventDefault()}
              @click=${() => this.#pick(sel.text, 'pointer')}
            >
              ${this.#label()}
            </button>`
            : nothing
        }
      </div>
      <div id=${lid} ?hidden=${!this.showLines}>
        ${this.showLines ? this.#renderLines() : nothing}
      </div>
    </div>`;
  }

  #renderLines() {
    if (this.lines.length === 0) return html`<p class="hint">${this.t('sr.reports.pdf.lines.empty')}</p>`;
    const count = this.#checkedText().length;
    return html`<fieldset part="lines" class="lines">
      <legend>${this.t('sr.reports.pdf.lines.legend', { page: this.page })}</legend>
      <p class="hint">${this.t('sr.reports.pdf.lines.hint')}</p>
      <ul>
        ${this.lines.map(
          (line, i) => html`<li>
            <label><input type="checkbox" .checked=${this.checked.has(i)} @change=${(e: Event) => this.#toggle(i, (e.target as HTMLInputElement).checked)} /><span>${line}</span></label>
          </li>`,
        )}
      </ul>
      <p class="hint" aria-live="polite">${count > 0 ? this.t('sr.reports.pdf.selection', { count }) : nothing}</p>
      <button type="button" class="btn" aria-disabled=${count === 0 ? 'true' : 'false'} @click=${() => count > 0 && this.#pick(this.#checkedText(), 'keyboard')}>${this.#label()}</button>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pdf-text-picker': PdfTextPicker;
  }
}
