import { adoptStyles, html, nothing, type CSSResultOrNative, type ReactiveElement, type TemplateResult } from 'lit';
import { loadMessages, registerMessages, type MessageBundle, type MessageKey } from '@vigie/core/i18n';
import { errorIcon } from '../../base/icons.js';
import { OnDemand } from '../../base/on-demand.js';

/** The loading line of a part not there yet. */
export const loadingLine = (t: (key: MessageKey) => string) =>
  html`<p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('common.loading')}</p>`;

/** A failure, with « Réessayer »: `message` (and the reason, when known). */
export const failedBox = (
  t: (key: MessageKey) => string,
  message: string,
  retry: () => unknown,
  reason?: string,
): TemplateResult => html`<div class="state error" role="alert">
  ${errorIcon}
  <div>
    <p>${message}</p>
    ${reason ? html`<p>${reason}</p>` : nothing}
    <button class="btn" type="button" @click=${retry}>${t('common.retry')}</button>
  </div>
</div>`;

/** What an on-demand view of the overview brings besides its code: its texts and its styles. */
export interface OnDemandView {
  readonly texts: MessageBundle;
  readonly styles: readonly CSSResultOrNative[];
}

/**
 * RS-OVERVIEW — code behind a user's action (`*.on-demand.ts`) for the overview and its schedule: its
 * texts are registered and its styles adopted beside the element's; `act()` runs the action at once
 * when the code is there, else once it loaded — the control that asked is busy meanwhile (`busy()`),
 * and a failed load shows one line with « Réessayer » (`failure()`), which asks again.
 */
export class OnDemandAction<M extends OnDemandView> extends OnDemand<M> {
  #asked?: { readonly key: string; readonly run: (m: M) => void };

  constructor(
    private readonly el: ReactiveElement,
    /** The element's `t` and locale (both protected in `VigieElement`). */
    private readonly t: (key: MessageKey) => string,
    locale: () => Parameters<typeof loadMessages>[0],
    importer: () => Promise<M>,
  ) {
    super(el, async () => {
      const m = await importer();
      registerMessages(m.texts);
      await loadMessages(locale(), [m.texts]);
      adoptStyles(el.renderRoot as ShadowRoot, [...(el.constructor as typeof ReactiveElement).elementStyles, ...m.styles]);
      return m;
    });
  }

  /** Prepare on intent (pointer over, focus): a click rarely waits. */
  intent = () => void this.load().catch(() => undefined);

  act(key: string, run: (m: M) => void): void {
    if (this.module) return run(this.module);
    if (this.#asked && !this.failed) return;
    this.#asked = { key, run };
    this.el.requestUpdate();
    this.load().then(
      (m) => {
        this.#asked = undefined;
        run(m);
      },
      () => undefined,
    );
  }

  /** `aria-busy` of the control `key`. */
  busy = (key: string) => (this.#asked?.key === key && !this.failed ? 'true' : 'false');

  /** The failed load's line, with « Réessayer », which asks again. */
  failure() {
    const asked = this.#asked;
    return asked && this.failed ? failedBox(this.t, this.t('common.error.network'), () => this.act(asked.key, asked.run)) : nothing;
  }
}
