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
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The host's anti-robot element, among the widget's direct children. */
export const CAPTCHA_SELECTOR = ':scope > [slot="captcha"], :scope > [data-vigie-captcha]';

export class CaptchaSlotController implements ReactiveController {
  #observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Where the element goes: the form's place for it (undefined while the form is not rendered). */
    private readonly place: () => Element | null | undefined,
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
  }

  hostUpdated(): void {
    this.#adopt();
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
