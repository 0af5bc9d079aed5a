/**
 * X-THEME — shared styles. Global tokens `--vigie-*` (set by the host or by the provider's
 * light/dark defaults) fall back to private `--_*` values so a widget renders well alone.
 */
import { css } from 'lit';

/**
 * The private `--_*` variables: every global `--vigie-*` token with its fallback. Shared by the
 * shadow-DOM widgets (`:host`, below) and the light-DOM ones (`forms/forms.styles.ts`).
 */
export const tokenDeclarations = css`
    --_font: var(--vigie-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--vigie-color-text, #1b1f24);
    --_muted: var(--vigie-color-text-muted, #57606a);
    --_surface: var(--vigie-color-surface, #ffffff);
    --_surface-2: var(--vigie-color-surface-raised, #f6f8fa);
    --_border: var(--vigie-color-border, #d0d7de);
    --_accent: var(--vigie-color-accent, #0b5cad);
    --_on-accent: var(--vigie-color-on-accent, #ffffff);
    --_focus: var(--vigie-color-focus, #0b5cad);
    --_warning-bg: var(--vigie-color-warning-bg, #fff4e5);
    --_warning-fg: var(--vigie-color-warning-fg, #6b3400);
    --_warning-border: var(--vigie-color-warning-border, #d46b08);
    --_danger-bg: var(--vigie-color-danger-bg, #fdecec);
    --_danger-fg: var(--vigie-color-danger-fg, #8a1c1c);
    --_danger-border: var(--vigie-color-danger-border, #c62828);
    --_on-danger: var(--vigie-color-on-danger, #ffffff);
    --_success-fg: var(--vigie-color-success-fg, #1a6b32);
    --_radius: var(--vigie-radius, 8px);
  font-family: var(--_font);
  color: var(--_text);
  line-height: 1.45;
  /* A string with no break (an invoice number, a file name, an e-mail address) wraps where it must
     instead of widening its cell, card or page: nothing a server sends may push a widget wider than
     its box. Words still break at spaces first; labels that must stay whole say white-space: nowrap. */
  overflow-wrap: anywhere;
`;

export const tokens = css`
  :host {
    ${tokenDeclarations}
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .missing {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.75rem 1rem;
    border: 1px dashed var(--_danger-border);
    border-radius: var(--_radius);
    color: var(--_danger-fg);
    background: var(--_danger-bg);
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
    min-height: 2.5rem;
    padding: 0.45rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-align: center;
  }
  .btn.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    .btn {
      transition: filter 120ms ease;
    }
  }
  .btn:hover {
    filter: brightness(1.1);
  }
`;

/** The loading spinner of shadow-DOM widgets (`<span class="spinner">`): still when motion is reduced. */
export const spinnerStyles = css`
  .spinner {
    display: inline-block;
    flex: none;
    width: 1.1rem;
    height: 1.1rem;
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: vigie-spinner 0.8s linear infinite;
    }
  }
  @keyframes vigie-spinner {
    to {
      transform: rotate(1turn);
    }
  }
`;

/**
 * A state box (`<div class="state loading|error">` with an icon and a `<div>` of text and a retry
 * button): a loading line, a load error. Shared by the widgets that draw it the same way
 * (`<passport-view>`, `<call-list-editor>`).
 */
export const stateStyles = css`
  .state {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    padding: 0.85rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .state > div {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .state.loading {
    align-items: center;
    border-style: dashed;
  }
  .state.error {
    border-color: var(--_danger-border);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .state.error .btn.secondary {
    background: var(--_surface);
  }
`;
