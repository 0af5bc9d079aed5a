/**
 * A polite live region's words, for the lists that announce their results (`<passport-roster>`,
 * `<site-list>`): the number of results once typing pauses, a sort, the end of loading.
 *
 * `announce(words, delay)` says something once `delay` has passed: `words()` then freezes the
 * data (a count…) and returns the sentence as a function of the locale, read at render, so that a
 * language switch re-words what the live region holds instead of leaving it in the former
 * language. The region is emptied first (one update), so the same words said again are heard
 * again. A newer announcement replaces a pending one; a disconnection drops it.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

export class LiveAnnouncer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #timer?: ReturnType<typeof setTimeout>;
  #words: () => string = () => '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** What the live region says now, in the current locale. */
  get text(): string {
    return this.#words();
  }

  /** Says `words()` politely once `delay` ms have passed (replacing what was pending). */
  announce(words: () => () => string, delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const text = words();
      this.#set(() => '');
      void this.#host.updateComplete.then(() => this.#set(text));
    }, delay);
  }

  /** The live region (`.sr-only`, `role="status"`, atomic), for the element's render. */
  region(className = 'sr-only') {
    return html`<p class=${className} role="status" aria-atomic="true">${this.text}</p>`;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  #set(words: () => string): void {
    this.#words = words;
    this.#host.requestUpdate();
  }
}
