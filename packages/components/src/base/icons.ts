/** Inline SVG icons (decorative: the text next to them carries the meaning). */
import { svg, html } from 'lit';

/** A decorative 24×24 stroke icon for shadow-DOM widgets (`part="icon"`). */
export const icon = (body: ReturnType<typeof svg>) =>
  html`<svg class="icon" part="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const warningIcon = icon(
  svg`<path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z"/><path d="M12 9v4"/><path d="M12 17h.01"/>`,
);
export const errorIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 8v4"/><path d="M12 16h.01"/>`);
export const lockIcon = icon(svg`<rect x="3" y="11" width="18" height="11" rx="2"/><path d="M7 11V7a5 5 0 0 1 10 0v4"/>`);
export const checkIcon = icon(svg`<path d="M20 6 9 17l-5-5"/>`);
export const clockIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 6v6l4 2"/>`);
export const closeIcon = icon(svg`<path d="M18 6 6 18"/><path d="m6 6 12 12"/>`);
/** The lists' search field (`<passport-roster>`, `<site-list>`); pure: a page without them drops it. */
export const searchIcon = /* @__PURE__ */ icon(svg`<circle cx="11" cy="11" r="7"/><path d="m20 20-3.5-3.5"/>`);
/** An information state (no row, no result). */
export const infoIcon = /* @__PURE__ */ icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 16v-4"/><path d="M12 8h.01"/>`);
export const downloadIcon = icon(svg`<path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><path d="m7 10 5 5 5-5"/><path d="M12 15V3"/>`);
