/**
 * SR-SIGN — what `<intervention-signature>` loads when a person reaches for « Signer l'intervention »
 * (its click, or on intent: the pointer over it, the focus on it): the signature box at the bottom of
 * the page (seed 001: « Un encadré … pour vous permettre de signer directement sur la version web
 * sans passer par l'application mobile »), its texts (`sr.interventions.box`) and styles.
 *
 * One box per chosen signer, one after the other, each with two modes of equal rank:
 * - « Dessiner »: a canvas driven by `signature_pad` (loaded only when the drawing box first opens),
 *   sized to its box × `devicePixelRatio` and redrawn on resize; « Annuler le dernier trait »,
 *   « Effacer »; `role="img"` with a label that counts the strokes; an empty drawing is never sent;
 * - « Saisir »: the signer's name typed, with a preview: the keyboard path, as valid as a drawing.
 * In both, the printed name and the consent « Je certifie … et je signe l'intervention » are required.
 * What was typed or drawn survives a failed request (the fields are not re-rendered).
 */
import { css, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import {
  pendingSigners,
  registerInterventionsBoxMessages,
  signingFocus,
  type ApiFailure,
  type Intervention,
  type Locale,
  type MessageKey,
  type Params,
  type SignerRole,
  type SigningEvent,
  type SigningState,
  type Strokes,
} from '@vigie/core';
import type SignaturePad from 'signature_pad';
import { errorIcon } from '../../base/icons.js';

/** What the box's views use of the element. */
export interface BoxHost {
  readonly id: string;
  t(key: MessageKey, params?: Params): string;
  send(event: SigningEvent): void;
  /** Re-render the element. */
  update(): void;
  root(): HTMLElement | DocumentFragment;
  locale(): Locale;
  describe(failure: ApiFailure): string;
}

export const messages = registerInterventionsBoxMessages;

/** The drawing of one signer: its pad (once `signature_pad` is there), its canvas, its strokes. */
class Drawing {
  pad?: SignaturePad;
  canvas?: HTMLCanvasElement;
  strokes = 0;
  loading = false;
  failed = false;
  #ro?: ResizeObserver;
  #size = '';

  constructor(private readonly host: BoxHost) {}

  /** Loads `signature_pad` (once per page) and attaches the pad to the canvas. */
  load(): void {
    if (this.pad || this.loading) return;
    this.loading = true;
    this.failed = false;
    this.host.update();
    (padModule ??= import('signature_pad').then((m) => m.default)).then(
      (Pad) => {
        this.loading = false;
        if (this.canvas) this.#attachPad(Pad, this.canvas);
        this.host.update();
      },
      () => {
        padModule = undefined;
        this.loading = false;
        this.failed = true;
        this.host.update();
      },
    );
  }

  canvasRef = (el: Element | undefined) => {
    if (!(el instanceof HTMLCanvasElement) || el === this.canvas) return;
    this.canvas = el;
    void padModule?.then((Pad) => this.#attachPad(Pad, el));
  };

  #attachPad(Pad: typeof SignaturePad, canvas: HTMLCanvasElement): void {
    if (this.pad) return;
    const pad = (this.pad = new Pad(canvas, { penColor: getComputedStyle(canvas).color || '#000', minWidth: 0.8, maxWidth: 2.6 }));
    pad.addEventListener('endStroke', () => {
      this.strokes = pad.toData().length;
      this.host.update();
    });
    this.#ro = new ResizeObserver(() => this.#resize());
    this.#ro.observe(canvas);
    this.#resize();
  }

  /** The canvas's pixels follow its CSS box × the device pixel ratio; the strokes are redrawn. */
  #resize(): void {
    const { pad, canvas } = this;
    if (!pad || !canvas) return;
    const r = canvas.getBoundingClientRect();
    const dpr = Math.max(window.devicePixelRatio || 1, 1);
    const size = `${r.width}x${r.height}x${dpr}`;
    if (size === this.#size || r.width === 0) return;
    this.#size = size;
    const data = pad.toData();
    canvas.width = Math.round(r.width * dpr);
    canvas.height = Math.round(r.height * dpr);
    canvas.getContext('2d')!.scale(dpr, dpr);
    pad.clear();
    if (data.length) pad.fromData(data);
  }

  undo(): void {
    const pad = this.pad;
    if (!pad) return;
    const data = pad.toData();
    data.pop();
    pad.fromData(data);
    this.strokes = data.length;
    this.host.update();
  }

  clear(): void {
    this.pad?.clear();
    this.strokes = 0;
    this.host.update();
  }

  /** The strokes, in CSS pixels of the box, rounded. */
  points(): Strokes {
    return (this.pad?.toData() ?? []).map((g) => g.points.map((p) => [Math.round(p.x), Math.round(p.y)] as const));
  }

  dispose(): void {
    this.#ro?.disconnect();
    this.pad?.off();
  }
}

let padModule: Promise<typeof SignaturePad> | undefined;

/** Each element's drawing per signer, and the name typed (for the preview). */
const drawings = new WeakMap<BoxHost, Map<SignerRole, Drawing>>();
const typedNames = new WeakMap<BoxHost, Map<SignerRole, string>>();

function drawingOf(h: BoxHost, role: SignerRole): Drawing {
  let byRole = drawings.get(h);
  if (!byRole) drawings.set(h, (byRole = new Map()));
  let d = byRole.get(role);
  if (!d) byRole.set(role, (d = new Drawing(h)));
  return d;
}

const field = <T extends Element>(h: BoxHost, selector: string) => h.root().querySelector<T>(selector);

const uuid = (): string =>
  globalThis.crypto.randomUUID?.() ??
  [...globalThis.crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');

function defaultName(i: Intervention, role: SignerRole): string {
  return role === 'operator' ? i.operator.name : role === 'provider' ? i.provider.technician : (i.contact?.name ?? '');
}

/** The box of the next signer still to sign. */
export function renderBox(h: BoxHost, s: SigningState, i: Intervention) {
  const pending = pendingSigners(s.choice, i.signatures);
  const role = pending[0];
  if (!role) return nothing;
  return keyed(role, renderSigner(h, s, i, role, s.choice.length - pending.length + 1));
}

function renderSigner(h: BoxHost, s: SigningState, i: Intervention, role: SignerRole, n: number) {
  const fid = `${h.id}-box-${role}`;
  const drawing = drawingOf(h, role);
  const drawn = s.mode === 'drawn';
  // The drawing box opens: its library loads (once; after a failure, only « Réessayer » tries again).
  if (drawn && !drawing.failed) drawing.load();
  const names = (typedNames.get(h) ?? typedNames.set(h, new Map()).get(h))!;
  const typed = names.get(role) ?? defaultName(i, role);
  const err = s.errors;
  const nameError = err.name
    ? h.t(`sr.interventions.box.error.name.${err.name === 'too-long' ? 'too-long' : 'required'}`, { max: 100 })
    : undefined;
  const notice = s.notice
    ? html`<div class="problem" role="alert" tabindex="-1" data-focus=${signingFocus.notice}>
        ${errorIcon}
        <p>${h.t(`sr.interventions.box.notice.${s.notice}`)}${s.notice === 'unavailable' && s.failure ? html` <span class="muted">${h.describe(s.failure)}</span>` : nothing}</p>
      </div>`
    : nothing;
  const onSubmit = (ev: SubmitEvent) => {
    ev.preventDefault();
    h.send({
      type: 'submitted',
      name: field<HTMLInputElement>(h, `#${fid}-name`)?.value ?? '',
      consent: field<HTMLInputElement>(h, `#${fid}-consent`)?.checked ?? false,
      strokes: drawn ? drawing.points() : undefined,
      key: uuid(),
    });
  };
  const canvasLabel =
    drawing.strokes === 0 ? h.t('sr.interventions.box.draw.empty') : h.t('sr.interventions.box.draw.strokes', { count: drawing.strokes });
  const busy = s.submitting;
  return html`<section class="box" part="box" aria-labelledby="${fid}-title">
    <p class="web">${h.t('sr.interventions.sign.web')}</p>
    <h3 id="${fid}-title" tabindex="-1" data-focus=${signingFocus.box}>${h.t(`sr.interventions.box.title.${role}`)}</h3>
    <p class="muted">${h.t('sr.interventions.box.step', { n, total: s.choice.length })}</p>
    ${notice}
    <form novalidate @submit=${onSubmit} aria-labelledby="${fid}-title">
      <fieldset class="modes">
        <legend>${h.t('sr.interventions.box.modes')}</legend>
        ${(['drawn', 'typed'] as const).map(
          (m) => html`<label class="mode">
            <input type="radio" name="${fid}-mode" value=${m} .checked=${s.mode === m} ?disabled=${busy} @change=${() => h.send({ type: 'mode-changed', mode: m })} />
            <span>${h.t(`sr.interventions.box.mode.${m}`)}</span>
          </label>`,
        )}
      </fieldset>
      <div class="draw" ?hidden=${!drawn}>
        <p class="hint" id="${fid}-draw-hint">${h.t('sr.interventions.box.draw.hint')}</p>
        <div class="pad">
          <canvas
            part="canvas"
            role="img"
            tabindex="-1"
            aria-label=${canvasLabel}
            aria-describedby="${fid}-draw-hint${err.drawing ? ` ${fid}-draw-error` : ''}"
            data-focus=${signingFocus.firstError('drawing')}
            ${ref(drawing.canvasRef)}
          ></canvas>
          ${drawing.loading ? html`<p class="pad-state" role="status"><span class="spinner" aria-hidden="true"></span>${h.t('sr.interventions.box.draw.loading')}</p>` : nothing}
          ${
            drawing.failed
              ? html`<div class="pad-state" role="alert">
                <p>${h.t('sr.interventions.box.draw.failed')}</p>
                <button type="button" class="btn secondary" @click=${() => drawing.load()}>${h.t('common.retry')}</button>
              </div>`
              : nothing
          }
        </div>
        <div class="pad-actions">
          <button type="button" class="btn secondary small" ?disabled=${busy || drawing.strokes === 0} @click=${() => drawing.undo()}>${h.t('sr.interventions.box.draw.undo')}</button>
          <button type="button" class="btn secondary small" ?disabled=${busy || drawing.strokes === 0} @click=${() => drawing.clear()}>${h.t('sr.interventions.box.draw.clear')}</button>
        </div>
        ${err.drawing ? html`<p class="error" id="${fid}-draw-error">${errorIcon}<span>${h.t('sr.interventions.box.error.drawing')}</span></p>` : nothing}
      </div>
      <div class="typed" ?hidden=${drawn}>
        <p class="hint">${h.t('sr.interventions.box.typed.hint')}</p>
      </div>
      <div class="field">
        <label for="${fid}-name">${h.t('sr.interventions.box.name')}</label>
        <p class="hint" id="${fid}-name-hint">${h.t('sr.interventions.box.name.hint')}</p>
        <input
          id="${fid}-name"
          name="signer-name"
          type="text"
          autocomplete="name"
          maxlength="100"
          .value=${typed}
          ?readonly=${busy}
          data-focus=${signingFocus.firstError('name')}
          aria-invalid=${nameError ? 'true' : 'false'}
          aria-describedby="${fid}-name-hint${nameError ? ` ${fid}-name-error` : ''}"
          @input=${(ev: InputEvent) => {
            names.set(role, (ev.target as HTMLInputElement).value);
            h.update();
          }}
        />
        ${nameError ? html`<p class="error" id="${fid}-name-error">${errorIcon}<span>${nameError}</span></p>` : nothing}
      </div>
      ${drawn ? nothing : html`<div class="preview-box"><p class="muted">${h.t('sr.interventions.box.typed.preview')}</p><p class="preview" aria-hidden="true">${typed}</p></div>`}
      <div class="field">
        <label class="check">
          <input
            id="${fid}-consent"
            type="checkbox"
            name="consent"
            ?disabled=${busy}
            data-focus=${signingFocus.firstError('consent')}
            aria-invalid=${err.consent ? 'true' : 'false'}
            aria-describedby=${err.consent ? `${fid}-consent-error` : nothing}
          />
          <span>${h.t('sr.interventions.box.consent')}</span>
        </label>
        ${err.consent ? html`<p class="error" id="${fid}-consent-error">${errorIcon}<span>${h.t('sr.interventions.box.error.consent')}</span></p>` : nothing}
      </div>
      <div class="actions">
        <button type="submit" class="btn" ?disabled=${busy}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${h.t('sr.interventions.box.submitting')}` : h.t('sr.interventions.box.submit')}
        </button>
        ${i.signatures.length === 0 ? html`<button type="button" class="btn secondary" ?disabled=${busy} @click=${() => h.send({ type: 'back-to-choice' })}>${h.t('sr.interventions.box.back')}</button>` : nothing}
      </div>
    </form>
  </section>`;
}

/** Releases the pads of an element (it left the page). */
export function disposeBox(h: BoxHost): void {
  for (const d of drawings.get(h)?.values() ?? []) d.dispose();
  drawings.delete(h);
}

export const styles = css`
  .box {
    margin-top: 1.25rem;
    padding: 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .box h3 {
    margin: 0.25rem 0 0;
  }
  .web {
    margin: 0;
    font-weight: 600;
  }
  .modes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    border: 0;
    padding: 0;
    margin: 1rem 0;
  }
  .modes legend {
    font-weight: 600;
    margin-bottom: 0.4rem;
  }
  .mode {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    padding: 0.4rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .mode:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 600;
  }
  .pad {
    position: relative;
  }
  canvas {
    display: block;
    width: 100%;
    height: 11rem;
    border: 1px dashed var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    color: var(--intervention-signature-pen, var(--_text));
    touch-action: none;
    cursor: crosshair;
  }
  .pad-state {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    margin: 0;
    background: color-mix(in srgb, var(--_surface) 85%, transparent);
  }
  .pad-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .btn.small {
    min-height: 2.25rem;
    padding: 0.3rem 0.75rem;
  }
  .btn:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .field {
    margin-top: 1rem;
  }
  .field > label {
    display: block;
    font-weight: 600;
  }
  input[type='text'] {
    font: inherit;
    width: 100%;
    max-width: 28rem;
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .preview-box {
    margin-top: 0.75rem;
  }
  .preview {
    margin: 0;
    min-height: 2.5rem;
    font-family: 'Segoe Script', 'Bradley Hand', 'Brush Script MT', cursive;
    font-size: 1.8rem;
    border-bottom: 1px solid var(--_border);
  }
`;
