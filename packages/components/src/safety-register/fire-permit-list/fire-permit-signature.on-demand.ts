/**
 * SR-PERMIT — the QR-code dialog of `<fire-permit-list>`, loaded on demand (with `lean-qr`): the
 * dialog's flow (core's `signatureDialogFlow`) run by a `FlowController`, its rendering and its
 * styles. The link comes from the API and is never built here; the QR code is drawn as an SVG path
 * through Lit's `svg` template (no `innerHTML`, no `unsafeSVG`).
 */
import { adoptStyles, css, html, nothing, svg, type ReactiveControllerHost } from 'lit';
import {
  calendarDateOf,
  formatTimeOfDay,
  isAccessRestricted,
  signatureDialogFlow,
  signatureFocus,
  awaitedSigner,
  type FirePermit,
  type MessageKey,
  type SignatureDialogEvent,
  type SignatureDialogRequest,
  type SignatureDialogState,
} from '@vigie/core';
import { ApiError, type ApiFailure } from '@vigie/core/api';
import { formatDate, type Params } from '@vigie/core/i18n';
import { FlowController } from '../../base/flow-controller.js';
import { checkIcon, closeIcon, errorIcon, warningIcon } from '../../base/icons.js';
import type { VigieServices } from '../../base/context.js';
import { SignatureLinkCopiedEvent, SignatureLinkShownEvent } from './fire-permit-list.events.js';
import { qrDrawing } from './fire-permit-qr.js';

export interface SignatureDialogHost {
  services(): VigieServices;
  t(key: MessageKey, params?: Params): string;
  /** The permit (its number for the title, its state for whose signature it awaits). */
  permit(permitId: string): FirePermit | undefined;
  root(): HTMLElement | DocumentFragment;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
type S = SignatureDialogState;

const failureOf = (e: unknown): ApiFailure =>
  e instanceof ApiError ? e.failure : { kind: 'network', message: e instanceof Error ? e.message : String(e) };

export const styles = css`
  .dialog {
    inline-size: min(28rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .qr-body {
    position: relative;
    display: grid;
    gap: 0.85rem;
    padding: 1.25rem;
  }
  .qr-body h2 {
    margin: 0;
    font-size: 1.25rem;
    padding-inline-end: 2.5rem;
  }
  .qr-body h2:focus {
    outline: none;
  }
  .qr-body p {
    margin: 0;
  }
  .x {
    position: absolute;
    inset-block-start: 0.75rem;
    inset-inline-end: 0.75rem;
    display: inline-flex;
    padding: 0.4rem;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
  }
  .awaiting {
    font-weight: 600;
  }
  .nw {
    white-space: nowrap;
  }
  .qr {
    display: block;
    justify-self: center;
    inline-size: min(16rem, 100%);
    block-size: auto;
    background: #fff;
    border-radius: 4px;
  }
  .link {
    display: grid;
    gap: 0.35rem;
  }
  .link textarea {
    inline-size: 100%;
    resize: none;
    word-break: break-all;
    padding: 0.5rem;
    font: inherit;
    font-size: 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    color: var(--_text);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .copy-status,
  .muted {
    color: var(--_muted);
  }
  .copy-status:not(:empty) {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    color: var(--_success-fg);
    font-weight: 600;
  }
  .copy-status.manual {
    color: var(--_text);
    font-weight: 400;
  }
  .expired,
  .failed {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.75rem;
    border: 1px solid var(--_warning-border);
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    color: var(--_warning-fg);
  }
  .failed {
    border-color: var(--_danger-border);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .loading {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .foot {
    display: flex;
    justify-content: flex-end;
  }
`;

/** The dialog of one `<fire-permit-list>`: its flow and its content. */
export class SignatureDialog {
  readonly #el: Host;
  readonly #h: SignatureDialogHost;
  readonly flow: FlowController<S, SignatureDialogEvent, SignatureDialogRequest>;

  constructor(el: Host, h: SignatureDialogHost) {
    this.#el = el;
    this.#h = h;
    adoptStyles(el.renderRoot as ShadowRoot, [...(el.constructor as unknown as { elementStyles: never[] }).elementStyles, styles]);
    this.flow = new FlowController<S, SignatureDialogEvent, SignatureDialogRequest>(el, {
      flow: signatureDialogFlow,
      clock: () => h.services().clock,
      run: (request, signal) => this.#run(request, signal),
      events: {
        'signature-link-shown': (d) => {
          const { permitId, awaiting } = d as { permitId: string; awaiting: 'operator' | 'provider' };
          return new SignatureLinkShownEvent(permitId, awaiting);
        },
        'signature-link-copied': (d) => new SignatureLinkCopiedEvent((d as { permitId: string }).permitId),
      },
    });
  }

  async #run(request: SignatureDialogRequest, signal: AbortSignal): Promise<SignatureDialogEvent> {
    const api = await import('@vigie/core/safety-register/api');
    try {
      return { type: 'link-loaded', link: await api.getSignatureLink(this.#h.services().client, request.permitId, { signal }) };
    } catch (e) {
      if (isAccessRestricted(e)) void this.#h.services().refreshAccess();
      return { type: 'link-failed', failure: failureOf(e) };
    }
  }

  open(permitId: string): void {
    this.flow.send({ type: 'open', permitId });
  }

  close(): void {
    this.flow.send({ type: 'close' });
  }

  /** After each update: the native dialog open while the flow's is (focus on its title when it opens). */
  sync(): void {
    const dialog = this.#h.root().querySelector<HTMLDialogElement>('dialog');
    if (!dialog) return;
    const open = this.flow.state.phase !== 'closed';
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>(`[data-focus="${signatureFocus.title}"]`)?.focus();
    } else if (!open && dialog.open) dialog.close();
  }

  async #copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.flow.send({ type: 'copied' });
    } catch {
      this.flow.send({ type: 'copy-refused' });
      await this.#el.updateComplete;
      this.#h.root().querySelector<HTMLTextAreaElement>(`[data-focus="${signatureFocus.link}"]`)?.select();
    }
  }

  #until(iso: string): Params {
    const at = Date.parse(iso);
    return { date: formatDate(this.#h.services().locale, calendarDateOf(at)), time: formatTimeOfDay(at) };
  }

  render(id: string) {
    const s = this.flow.state;
    if (s.phase === 'closed') return nothing;
    const t = this.#h.t;
    const permit = this.#h.permit(s.permitId);
    const number = permit?.number ?? s.permitId;
    // Whose signature: the link says it; before it comes, the permit's state.
    const awaiting = 'link' in s ? s.link.awaiting : permit && awaitedSigner(permit.state);
    // The number kept whole on a narrow screen (« PF-2026-031 » never split at its hyphens).
    const [before, after = ''] = t('sr.permits.qr.title', { number: '\u0001' }).split('\u0001');
    const awaitingLine = awaiting ? html`<p class="awaiting">${t(`sr.permits.qr.awaiting.${awaiting}`)}</p>` : nothing;
    const regenerate = (label: MessageKey) =>
      html`<button type="button" class="btn" data-focus=${signatureFocus.regenerate} @click=${() => this.flow.send({ type: 'regenerate' })}>${t(label)}</button>`;
    let body;
    switch (s.phase) {
      case 'loading':
        body = html`${awaitingLine}<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('sr.permits.qr.loading')}</p>`;
        break;
      case 'failed':
        body = html`${awaitingLine}<div class="failed" role="alert">${errorIcon}<div><p>${t('sr.permits.qr.error')}</p><p>${this.#h.services().describeFailure(s.failure)}</p></div></div>
          <div class="row">${regenerate('common.retry')}</div>`;
        break;
      case 'expired':
        body = html`${awaitingLine}
          <div class="expired" role="status">${warningIcon}<p>${t('sr.permits.qr.expired')}</p></div>
          <div class="row">${regenerate('sr.permits.qr.regenerate')}</div>`;
        break;
      case 'ready': {
        const qr = qrDrawing(s.link.url);
        body = html`${awaitingLine}
          <p id="${id}-scan">${t('sr.permits.qr.scan')}</p>
          <svg part="qr" class="qr" role="img" aria-label=${t('sr.permits.qr.alt', { number })} viewBox=${qr.viewBox} shape-rendering="crispEdges" focusable="false">
            ${svg`<rect x="-4" y="-4" width=${qr.size + 8} height=${qr.size + 8} fill="#fff"/><path d=${qr.d} fill="#000"/>`}
          </svg>
          <div class="link">
            <label for="${id}-url">${t('sr.permits.qr.link')}</label>
            <textarea id="${id}-url" readonly rows="3" .value=${s.link.url} data-focus=${signatureFocus.link} aria-describedby="${id}-expires" spellcheck="false"></textarea>
          </div>
          <div class="row">
            <button type="button" class="btn" @click=${() => void this.#copy(s.link.url)}>${t('sr.permits.qr.copy')}</button>
          </div>
          <p class="copy-status ${s.copy}" role="status">${s.copy === 'copied' ? html`${checkIcon}${t('sr.permits.qr.copied')}` : s.copy === 'manual' ? t('sr.permits.qr.manual') : nothing}</p>
          <p id="${id}-expires" class="muted">${t('sr.permits.qr.expires', this.#until(s.link.expiresAt))}</p>`;
        break;
      }
    }
    return html`<div class="qr-body">
      <h2 id="${id}-title" tabindex="-1" data-focus=${signatureFocus.title}>${before}<span class="nw">${number}</span>${after}</h2>
      <button type="button" class="x" aria-label=${t('sr.permits.qr.close')} @click=${() => this.close()}>${closeIcon}</button>
      ${body}
      <div class="foot"><button type="button" class="btn secondary" @click=${() => this.close()}>${t('sr.permits.qr.close')}</button></div>
    </div>`;
  }
}
