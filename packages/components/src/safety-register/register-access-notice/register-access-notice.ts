import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  calendarDateOf,
  registerAccessMessages,
  synthesisFlow,
  type MessageKey,
  type Module,
  type SynthesisEvent,
  type SynthesisRequest,
  type SynthesisState,
} from '@vigie/core';
import { FlowController } from '../../base/flow-controller.js';
import { downloadIcon, lockIcon } from '../../base/icons.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { VigieElement } from '../../base/vigie-element.js';
import { styles } from './register-access-notice.styles.js';

const api = () => import('@vigie/core/safety-register/api');

/**
 * SR-INVOICE — what a safety-register widget shows instead of itself while the account is
 * suspended (an invoice 30 days late): the seed's words, which module is unavailable, and the one
 * action the seed keeps, « Générer la synthèse de mes sites », for users holding
 * `synthese:generer` (others are told which right it needs). Renders nothing while access is full.
 *
 * Every register widget renders it through `restrictedNotice()`; a host may also place it.
 *
 * @tagname register-access-notice
 * @summary The restricted-access notice of the safety register, with the sites' synthesis (SR-INVOICE).
 * @csspart notice - The notice box.
 * @csspart synthesis - The « Générer la synthèse de mes sites » button.
 * @csspart open - The link that opens the generated synthesis.
 * @csspart download - The link that downloads it.
 */
export class RegisterAccessNotice extends VigieElement {
  static override messages = [registerAccessMessages];
  static override styles = [tokens, spinnerStyles, styles];

  /** The module the widget belongs to (its name is said: « Interventions : indisponible… »). */
  @property({ reflect: true }) feature?: Module;

  /** Heading level of the notice's title (2 by default; 3 when nested under an h2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  #flow = new FlowController<SynthesisState, SynthesisEvent, SynthesisRequest>(this, {
    flow: synthesisFlow,
    clock: () => this.services!.clock,
    run: async (request, signal): Promise<SynthesisEvent> => {
      const m = await api();
      if (request.op === 'current-user') {
        return m.getCurrentUser(this.services!.client, { signal }).then(
          (user) => ({ type: 'user-loaded', user }),
          () => ({ type: 'user-failed' }),
        );
      }
      return m.generateSynthesis(this.services!.client, { signal }).then(
        (pdf) => ({ type: 'generated', pdf }),
        () => ({ type: 'generate-failed' }),
      );
    },
  });

  #url?: { blob: Blob; href: string };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#revoke();
  }

  #revoke() {
    if (this.#url) URL.revokeObjectURL(this.#url.href);
    this.#url = undefined;
  }

  #href(blob: Blob): string {
    if (this.#url?.blob !== blob) {
      this.#revoke();
      this.#url = { blob, href: URL.createObjectURL(blob) };
    }
    return this.#url.href;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.services?.ensureAccess();
  }

  protected override render() {
    const s = this.services;
    if (!s || s.access.kind !== 'restricted') return nothing;
    const state = this.#flow.state;
    const level = Math.min(Math.max(this.headingLevel, 2), 6);
    return html`<section class="notice" part="notice" role="region" aria-labelledby="title">
      <div role="heading" aria-level=${level} id="title" class="title">${lockIcon} ${this.t('sr.access.title')}</div>
      ${this.feature ? html`<p class="feature">${this.t('sr.access.feature', { feature: this.t(`sr.module.${this.feature}` as MessageKey) })}</p>` : nothing}
      <p>${this.t('sr.access.suspended')}</p>
      ${this.#renderSynthesis(state)}
    </section>`;
  }

  #renderSynthesis(state: SynthesisState) {
    switch (state.phase) {
      case 'checking':
        return html`<p class="hint" role="status"><span class="spinner" aria-hidden="true"></span></p>`;
      case 'check-failed':
        return html`<p class="hint" role="alert">${this.t('common.error.network')}</p>
          <div class="actions"><button class="btn secondary" type="button" @click=${() => this.#flow.send({ type: 'retry-check' })}>${this.t('common.retry')}</button></div>`;
      case 'no-right':
        return html`<p class="hint">${this.t('sr.access.synthesis.no-right')}</p>`;
      default: {
        const busy = state.phase === 'generating';
        const date = calendarDateOf(this.services!.clock.now());
        return html`<div class="actions">
            <button class="btn" type="button" part="synthesis" aria-disabled=${busy ? 'true' : 'false'} @click=${() => !busy && this.#flow.send({ type: 'generate' })}>
              ${busy ? html`<span class="spinner" aria-hidden="true"></span> ${this.t('sr.access.synthesis.busy')}` : this.t('sr.access.synthesis')}
            </button>
            ${
              state.phase === 'ready'
                ? html`<a class="btn secondary" part="open" data-focus="synthesis-open" href=${this.#href(state.pdf)} target="_blank" rel="noopener">${this.t('sr.access.synthesis.open')}</a>
                  <a class="btn secondary" part="download" href=${this.#href(state.pdf)} download=${this.t('sr.access.synthesis.file', { date })}>${downloadIcon} ${this.t('sr.access.synthesis.download')}</a>`
                : nothing
            }
          </div>
          <p class="sr-only" role="status">${state.phase === 'ready' ? this.t('sr.access.synthesis.ready') : busy ? this.t('sr.access.synthesis.busy') : ''}</p>
          ${state.phase === 'failed' ? html`<p class="hint" role="alert">${this.t('sr.access.synthesis.error')}</p>` : nothing}`;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'register-access-notice': RegisterAccessNotice;
  }
}
