/**
 * PP-REGISTER — the host's anti-robot step inside a light-DOM form, where a `<slot>` cannot be.
 *
 * The host puts its own element inside the widget, marked `slot="captcha"` (or
 * `data-vigie-captcha`): `<company-registration><div slot="captcha"></div></company-registration>`.
 * The widget moves that element, once, into the place the form keeps for it (after the password,
 * before the submit button), so that it sits inside the `<form>` with its label and its error.
 * Until then (and while the widget shows something else than its form) a direct child marked so is
 * hidden by the widget's sheet, never shown loose above the form. An element the host adds later
 * (its anti-robot script may render late) is noticed and moved the same way.
 *
 * Browsers reload an `<iframe>` that moves in the page: render the anti-robot widget into the
 * element once it is in place (after `await el.updateComplete`), not before.
 *
 * **With a framework, use `captchaRender` instead** (issue 11, point 13). Moving a node the host
 * owns is what React, Vue or Angular cannot accept (their next render puts it back, or fails to
 * remove it). A light-DOM form cannot have a real `<slot>`, so the widget gives the host a place it
 * owns itself: `captchaRender(place)` is called with an empty element inside the form, once per
 * place (again if the form is rendered anew), and may return a cleanup called when that place
 * goes. It is exactly what the anti-robot services expect (`turnstile.render(place, …)`,
 * `grecaptcha.render(place, …)`, `hcaptcha.render(place, …)`), and the host's own tree never moves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The host's anti-robot element, among the widget's direct children. */
export const CAPTCHA_SELECTOR = ':scope > [slot="captcha"], :scope > [data-vigie-captcha]';

/** The host's anti-robot renderer: draws into `place` (owned by the widget); may return a cleanup. */
export type CaptchaRender = (place: HTMLElement) => void | (() => void);

export class CaptchaSlotController implements ReactiveController {
  #observer?: MutationObserver;
  /** The place `captchaRender` drew into, the function that did, and its cleanup. */
  #rendered?: { place: Element; render: CaptchaRender; cleanup: (() => void) | undefined };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Where the element goes: the form's place for it (undefined while the form is not rendered). */
    private readonly place: () => Element | null | undefined,
    /** The host's renderer, when it gives one (then nothing of the host's is moved). */
    private readonly render: () => CaptchaRender | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A host that adds (or replaces) its element after the first render: move it in too.
    this.#observer = new MutationObserver(() => this.#adopt());
    this.#observer.observe(this.host, { childList: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#clear();
  }

  hostUpdated(): void {
    if (this.render()) this.#draw();
    else this.#adopt();
  }

  /** Whether the host gave an anti-robot step (an element, or a renderer). */
  get given(): boolean {
    return Boolean(this.render() || this.element);
  }

  #draw(): void {
    const place = this.place();
    const render = this.render();
    if (this.#rendered && this.#rendered.place === place && this.#rendered.render === render) return;
    this.#clear();
    if (!place || !render || !(place instanceof HTMLElement)) return;
    this.#rendered = { place, render, cleanup: undefined };
    const cleanup = render(place);
    this.#rendered.cleanup = typeof cleanup === 'function' ? cleanup : undefined;
  }

  #clear(): void {
    const done = this.#rendered;
    this.#rendered = undefined;
    done?.cleanup?.();
  }

  /** The host's element, where it is now (moved into the form, or still waiting). */
  get element(): Element | null {
    return this.place()?.firstElementChild ?? this.host.querySelector(CAPTCHA_SELECTOR);
  }

  #adopt(): void {
    const target = this.place();
    const waiting = this.host.querySelector(CAPTCHA_SELECTOR);
    if (!target || !waiting) return;
    // One anti-robot step: a newer element replaces the one in place.
    target.replaceChildren(waiting);
  }
}
