/**
 * The base of widgets whose credential inputs must be found by browser password managers
 * (`<vault-login>`, password reset, activation, registration…).
 *
 * Why light DOM. Password managers (the browsers' own, 1Password, Bitwarden, Dashlane…) look
 * for `<form>`/`<input autocomplete=…>` with `document.querySelectorAll` and the forms
 * collection; most of them never walk into shadow roots, and the ones that do disagree on
 * closed roots, slots and nested roots. Form-associated custom elements (`ElementInternals`)
 * give a shadow-DOM control a form value, but not an `autocomplete` the managers recognise, nor
 * the "save password?" prompt. So these widgets render their template into their own light
 * DOM (`createRenderRoot() { return this; }`): a real `<form>` with native `<input>`s that
 * `document.querySelector('input[autocomplete="current-password"]')` reaches (a test proves it).
 *
 * What it costs, and how it is paid:
 * - No `:host`, no style encapsulation: the styles (`static lightStyles`) are a constructable
 *   stylesheet adopted once into the element's root node (the document, or the shadow root of
 *   whatever encloses the widget), and every selector carries the `vigie-` prefix so the page's
 *   CSS and ours do not collide (see `forms.styles.ts`). No inline `style`: CSP-safe.
 * - No `<slot>`: a light-DOM widget takes no children (anything the host puts inside stays
 *   before the rendered template).
 * - No `::part`: hosts style the documented `vigie-*` classes and the `--vigie-*` tokens.
 * - Ids live in the page: build them from a per-instance prefix (`FormController` does).
 *
 * Everything else is `VigieElement`: `services` from the provider, `t()`, waiting for the
 * provider's catalog (`shouldUpdate`) and the missing-provider notice (re-rendered here with
 * prefixed classes, since the shadow styles of `../styles.ts` do not reach the light DOM).
 */
import { html, nothing, type CSSResult } from 'lit';
import { VigieElement } from '../vigie-element.js';
import { adoptLightStyles } from './adopt-styles.js';
import { FormController, type FieldSpecs, type FormOptions } from './form-controller.js';
import { lightBase } from './forms.styles.js';
import { errorIcon } from './light-icons.js';

/**
 * The styling hooks every light-DOM widget shares (issue 11, point 13). These widgets have no shadow
 * root, hence no `::part`: their classes are the public styling API, listed in custom-elements.json
 * (`cssClasses`, with each widget's own classes from its styles file) and in the editor data. Style
 * them under the widget's tag (`vault-login .vigie-button { … }`) or with the `--vigie-*` tokens.
 *
 * @cssclass vigie-scope - The widget's root (every selector of ours sits under it or the form).
 * @cssclass vigie-form - The native `<form>` (password managers find its inputs).
 * @cssclass vigie-field - One field: label, hint, input, error; `vigie-field--invalid` when in error.
 * @cssclass vigie-label - A field's label (`vigie-required` marks a required one).
 * @cssclass vigie-hint - A field's hint under its label.
 * @cssclass vigie-input - A native text input (`vigie-input--code` for a one-time code).
 * @cssclass vigie-field-error - A field's error message, tied to the input by `aria-describedby`.
 * @cssclass vigie-error-summary - The list of errors at the top of a form after a failed submit.
 * @cssclass vigie-fieldset - A group of fields or choices.
 * @cssclass vigie-check - A checkbox or radio with its label (`vigie-check-input` on the input).
 * @cssclass vigie-toggle - The show/hide button of a password field.
 * @cssclass vigie-actions - The buttons of a form.
 * @cssclass vigie-button - A button (`vigie-button--secondary` for the secondary one).
 * @cssclass vigie-failure - A message after a failed answer (`role=alert`; `vigie-title` its title).
 * @cssclass vigie-status - A polite live status line.
 * @cssclass vigie-spinner - The busy indicator.
 * @cssclass vigie-disclosure - A show-more block (`vigie-disclosure-toggle`, `vigie-disclosure-panel`).
 * @cssclass vigie-panel - A panel outside the form: a step's heading, intro, result and links.
 * @cssclass vigie-panel-heading - A panel's heading.
 * @cssclass vigie-panel-intro - A panel's introduction (`vigie-panel-note`: a smaller note).
 * @cssclass vigie-panel-message - A message block; `vigie-panel-message--error`, `--warning`, `--success`, `--info`; its `vigie-panel-message-title` and `vigie-panel-message-body`.
 * @cssclass vigie-panel-result - A live region that is empty until a result comes.
 * @cssclass vigie-panel-facts - A list of facts (term, value).
 * @cssclass vigie-panel-count - The live count under a new password (`vigie-panel-new-password`).
 * @cssclass vigie-panel-actions - The buttons of a panel (`vigie-panel-action` one of them).
 * @cssclass vigie-panel-link - A link, or a button that looks like one (`vigie-panel-link--inline` in text; `vigie-panel-external` for one leaving the site).
 * @cssclass vigie-panel-loading - The placeholder while a panel loads.
 */
export class LightDomElement extends VigieElement {
  /**
   * The sheets this widget needs in its root node, in addition to the shared base (tokens,
   * focus ring, screen-reader text). Usually `[formStyles, myWidgetStyles]`.
   */
  static lightStyles: readonly CSSResult[] = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    // Before the first render (a microtask later): the widget never paints unstyled.
    adoptLightStyles(this, [lightBase, ...(this.constructor as typeof LightDomElement).lightStyles]);
    super.connectedCallback();
  }

  /** The missing-provider notice of `VigieElement`, with light-DOM class names. */
  protected override renderMissingProvider() {
    if (super.renderMissingProvider() === nothing) return nothing;
    return html`<div class="vigie-missing" role="alert">${errorIcon} <span>${this.t('provider.missing')}</span></div>`;
  }

  /**
   * A {@link FormController} wired to this element's provider (its `t()` and failure texts).
   * Call it in a field initializer: `#form = this.createForm({ fields, validators, submit })`.
   */
  protected createForm<F extends FieldSpecs, R>(options: Omit<FormOptions<F, R>, 'services'>): FormController<F, R> {
    return new FormController(this, { ...options, services: () => this.services });
  }
}
