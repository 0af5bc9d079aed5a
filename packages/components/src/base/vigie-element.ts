/**
 * The base of every Vigie widget: it consumes the provider's services and renders a clear
 * error state (plus one console error) when used outside a provider. It never throws.
 */
import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { MessageKey, Params } from '@vigie/core';
import { loadMessages, messagesLoaded, registerMessages, translate, toLocale, type MessageBundle } from '@vigie/core/i18n';
import { vigieContext, type VigieServices } from './context.js';
import { DEV, devCheckAttributes } from './dev.js';
import { errorIcon } from './icons.js';

export class VigieElement extends LitElement {
  /** The message bundles this widget's texts come from (a page carries only those of its widgets). */
  static messages: readonly MessageBundle[] = [];

  /** The options of the attributes that take one of a list (`{ filter: INVOICE_FILTERS }`): the development build warns about any other value. */
  static attributeValues: Readonly<Record<string, readonly unknown[]>> = {};

  constructor() {
    super();
    registerMessages(...(this.constructor as typeof VigieElement).messages);
    // After every render, whatever the subclass does with `updated()`.
    this.addController({ hostUpdated: () => this.#syncLang() });
    // Development build only (dropped from production): unknown attributes, values outside their options.
    if (DEV) {
      const ctor = this.constructor as typeof VigieElement;
      this.addController({ hostUpdated: () => devCheckAttributes(this, ctor.observedAttributes, ctor.attributeValues) });
    }
  }

  @consume({ context: vigieContext, subscribe: true })
  @state()
  protected services?: VigieServices;

  /** Set once we are sure no provider answers: only then is the error shown (no flash). */
  @state() private missingProvider = false;

  /** A message in the provider's locale (or the page's language when there is no provider). */
  protected t(key: MessageKey, params?: Params): string {
    return this.services ? this.services.t(key, params) : translate(toLocale(document.documentElement.lang), key, params);
  }

  /** Waits (renders nothing yet) while the provider loads the page's language. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const s = this.services;
    const bundles = (this.constructor as typeof VigieElement).messages;
    // A widget that arrives after a language switch waits for its own texts (never a mix).
    if (s && !messagesLoaded(s.locale, bundles)) {
      void loadMessages(s.locale, bundles).then(() => this.requestUpdate());
      return false;
    }
    return super.shouldUpdate(changed) && (s?.ready ?? true);
  }

  /** Whether the `lang` attribute is ours (a host's own `lang` on the element is never touched). */
  #ownLang = false;

  /**
   * X-I18N — a widget in another language than the text around it says so (`lang="en"` in a French
   * page), so that screen readers pronounce it in the right voice and the browser hyphenates and
   * quotes it right. Where both agree, the attribute is left out.
   */
  #syncLang(): void {
    const locale = this.services?.locale;
    if (!locale || (this.hasAttribute('lang') && !this.#ownLang)) return;
    const around = (this.parentElement?.closest('[lang]') as HTMLElement | null)?.lang ?? document.documentElement.lang;
    if (around.slice(0, 2).toLowerCase() !== locale) {
      if (this.getAttribute('lang') !== locale) this.setAttribute('lang', locale);
      this.#ownLang = true;
    } else if (this.#ownLang) {
      this.removeAttribute('lang');
      this.#ownLang = false;
    }
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Let a provider that upgrades late answer first; then say it once, plainly.
    setTimeout(() => {
      if (!this.services && this.isConnected && !this.missingProvider) {
        this.missingProvider = true;
        console.error(
          `[vigie] <${this.localName}> is not inside a <vigie-provider>. Wrap it: <vigie-provider api-url="…"><${this.localName}></${this.localName}></vigie-provider>`,
        );
      }
    });
  }

  /** What a widget renders instead of itself when no provider is around (nothing until sure). */
  protected renderMissingProvider() {
    if (!this.missingProvider) return nothing;
    return html`<div part="base error" class="missing" role="alert">${errorIcon} <span>${this.t('provider.missing')}</span></div>`;
  }
}
