/**
 * A disclosure section of a light-DOM widget (« Changer de mot de passe », « Changer le nom de
 * domaine »): a toggle button (`aria-expanded`, `aria-controls`) and the panel it opens, whose
 * content is rendered only while open. Styled by `panelStyles` (`vigie-disclosure`,
 * `vigie-disclosure-toggle`, `vigie-disclosure-panel`); the widget adds its own documented hook
 * classes next to them.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface DisclosureOptions {
  /** The base of the ids: the toggle is `<id>-toggle`, the panel `<id>-panel`. */
  readonly id: string;
  readonly open: boolean;
  /** The decorative icon before the label. */
  readonly mark: TemplateResult;
  readonly label: string;
  readonly onToggle: () => void;
  /** What the panel shows while open. */
  readonly content: () => TemplateResult;
  /** The widget's own hook classes for the section, its toggle and its panel. */
  readonly classes: { readonly section: string; readonly toggle: string; readonly panel: string };
}

export const disclosureSection = (o: DisclosureOptions): TemplateResult => {
  const panelId = `${o.id}-panel`;
  return html`<section class="vigie-disclosure ${o.classes.section}${o.open ? ' is-open' : ''}">
    <button
      type="button"
      class="vigie-disclosure-toggle ${o.classes.toggle}"
      id="${o.id}-toggle"
      aria-expanded=${o.open ? 'true' : 'false'}
      aria-controls=${panelId}
      @click=${o.onToggle}
    >
      ${o.mark}<span>${o.label}</span>
    </button>
    <div class="vigie-disclosure-panel ${o.classes.panel}" id=${panelId} ?hidden=${!o.open}>${o.open ? o.content() : nothing}</div>
  </section>`;
};
