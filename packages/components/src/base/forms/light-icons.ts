/**
 * Icons for light-DOM templates: the same drawing as `../icons.ts`, with a `vigie-icon` class
 * (a bare `icon` class would pick up the host page's `.icon` rules) and no `part`.
 * Decorative: the text next to them carries the meaning.
 */
import { html, svg } from 'lit';

/** A decorative 24×24 stroke icon for light-DOM widgets (`vigie-icon`). */
export const icon = (body: ReturnType<typeof svg>) =>
  html`<svg class="vigie-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const errorIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 8v4"/><path d="M12 16h.01"/>`);
/** The state mark of the show-password toggle (a box, ticked while the password is shown). */
export const boxIcon = icon(svg`<rect x="3.5" y="3.5" width="17" height="17" rx="3"/>`);
export const boxCheckedIcon = icon(svg`<rect x="3.5" y="3.5" width="17" height="17" rx="3"/><path d="m7.5 12.5 3 3 6-7"/>`);
