/**
 * RS-OVERVIEW « Bannière pop-up », RS-ALARMS, X-A11Y — the toasts of a widget: a message telling
 * whether a change succeeded, in a polite live region that is always in the page (so screen readers
 * hear what is put in it). A success fades after {@link TOAST_SUCCESS_MS}; an error stays until it
 * is closed (WCAG 2.2.1: nobody must read against a clock what went wrong). A `status` message is
 * only spoken (visually hidden). Texts come from the catalogs; nothing a server sent is rendered as
 * HTML (the message is a text binding).
 *
 * Use: `toasts = new ToastController(this, (m) => this.t(m.key, m.params))`, render
 * `${this.toasts.render()}` once in the element, add `toastStyles` to its styles.
 *
 * Nested widgets (the overview's call-list editor and contacts) show one stack, not two piled up
 * at the same place: a widget's toast is offered to the widgets around it first (a cancelable
 * `vigie-toast` event through the shadow roots), and the outermost one that has toasts shows it.
 * Spoken `status` messages stay in each widget's own live region.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { FlowMessage } from '@vigie/core';
import { checkIcon, closeIcon, errorIcon } from './icons.js';

export const TOAST_SUCCESS_MS = 6000;

export type ToastTone = 'success' | 'error' | 'status';

interface Toast {
  readonly id: number;
  readonly text: string;
  readonly tone: ToastTone;
}

/** A toast offered to the widgets around the one that shows it (see the header). */
class ToastOfferEvent extends Event {
  constructor(
    readonly text: string,
    readonly tone: Exclude<ToastTone, 'status'>,
  ) {
    super('vigie-toast', { bubbles: true, composed: true, cancelable: true });
  }
}

export class ToastController implements ReactiveController {
  #toasts: Toast[] = [];
  #spoken = '';
  #next = 1;
  #timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly translate: (message: FlowMessage) => string,
    private readonly closeLabel: () => string,
  ) {
    host.addController(this);
  }

  /** The toasts on screen (tests, stories). */
  get current(): readonly { text: string; tone: ToastTone }[] {
    return this.#toasts;
  }

  show(message: FlowMessage, tone: ToastTone = 'status'): void {
    this.#show(this.translate(message), tone);
  }

  #show(text: string, tone: ToastTone): void {
    if (tone === 'status') {
      // The same text twice in a row is still spoken: clear, then set on the next frame.
      this.#spoken = '';
      this.host.requestUpdate();
      queueMicrotask(() => {
        this.#spoken = text;
        this.host.requestUpdate();
      });
      return;
    }
    // A widget around this one that has toasts shows it (one stack on the page).
    const offer = new ToastOfferEvent(text, tone);
    if (this.host instanceof EventTarget) this.host.dispatchEvent(offer);
    if (!offer.defaultPrevented) this.#add(text, tone);
  }

  hostConnected(): void {
    if (this.host instanceof EventTarget) this.host.addEventListener('vigie-toast', this.#onOffer);
  }

  /** A toast of a widget inside this one: shown here (or further out, if a widget around takes it). */
  #onOffer = (e: Event) => {
    if (!(e instanceof ToastOfferEvent) || e.composedPath()[0] === (this.host as unknown as EventTarget)) return;
    e.stopPropagation();
    e.preventDefault();
    this.#show(e.text, e.tone);
  };

  #add(text: string, tone: Exclude<ToastTone, 'status'>): void {
    const id = this.#next++;
    // At most three on screen; the newest last.
    this.#toasts = [...this.#toasts.slice(-2), { id, text, tone }];
    if (tone === 'success')
      this.#timers.set(
        id,
        setTimeout(() => this.dismiss(id), TOAST_SUCCESS_MS),
      );
    this.host.requestUpdate();
  }

  dismiss(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    this.#toasts = this.#toasts.filter((t) => t.id !== id);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.host instanceof EventTarget) this.host.removeEventListener('vigie-toast', this.#onOffer);
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
    this.#toasts = [];
  }

  render() {
    return html`<div class="vigie-toasts" part="toasts" role="status" aria-live="polite">
      ${this.#toasts.map(
        (t) =>
          html`<div class="vigie-toast" part="toast toast-${t.tone}" data-tone=${t.tone}>
            ${t.tone === 'success' ? checkIcon : errorIcon}<span class="vigie-toast-text">${t.text}</span>
            <button type="button" class="vigie-toast-close" aria-label=${this.closeLabel()} @click=${() => this.dismiss(t.id)}>${closeIcon}</button>
          </div>`,
      )}
      ${this.#spoken ? html`<span class="vigie-visually-hidden">${this.#spoken}</span>` : nothing}
    </div>`;
  }
}

export const toastStyles = css`
  .vigie-toasts {
    position: fixed;
    inset-block-end: var(--vigie-toast-inset, 1rem);
    inset-inline: var(--vigie-toast-inset, 1rem);
    z-index: var(--vigie-toast-z-index, 1000);
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5rem;
    pointer-events: none;
  }
  .vigie-toast {
    pointer-events: auto;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    max-inline-size: min(36rem, 100%);
    padding: 0.625rem 0.5rem 0.625rem 0.875rem;
    border-radius: var(--_radius, 8px);
    border: 1px solid var(--_border, #d0d7de);
    border-inline-start-width: 4px;
    background: var(--_surface, #fff);
    color: var(--_text, #1b1f24);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
  }
  .vigie-toast[data-tone='success'] {
    border-inline-start-color: var(--_success-fg, #1a6b32);
  }
  .vigie-toast[data-tone='success'] .icon {
    color: var(--_success-fg, #1a6b32);
  }
  .vigie-toast[data-tone='error'] {
    border-inline-start-color: var(--_danger-border, #c62828);
    background: var(--_danger-bg, #fdecec);
    color: var(--_danger-fg, #8a1c1c);
  }
  .vigie-toast .icon {
    flex: none;
  }
  .vigie-toast-text {
    flex: 1;
  }
  .vigie-toast-close {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    border: 0;
    border-radius: var(--_radius, 8px);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .vigie-toast-close:focus-visible {
    outline: 3px solid var(--_focus, #0b5cad);
    outline-offset: 2px;
  }
  .vigie-visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    .vigie-toast {
      animation: vigie-toast-in 160ms ease-out;
    }
    @keyframes vigie-toast-in {
      from {
        opacity: 0;
        transform: translateY(0.5rem);
      }
    }
  }
`;
