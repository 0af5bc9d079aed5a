/**
 * RS-CALL — styles of `<call-list-editor>` (shadow DOM). Colours are the `--_*` tokens (dark theme
 * and a host's `--vigie-*` apply); every control is at least 44 px high (touch); under 30rem the
 * move buttons show their icons only (their names stay spoken) and the row wraps.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_max-width: var(--call-list-editor-max-width, 44rem);
  }
  .base {
    display: grid;
    gap: 1rem;
    max-width: var(--_max-width);
  }
  p,
  h2,
  h3 {
    margin: 0;
  }
  .title {
    font-size: 1.25rem;
    line-height: 1.25;
  }
  .header {
    display: grid;
    gap: 0.75rem;
  }
  .chooser {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
    max-width: 30rem;
  }
  .chooser select {
    width: 100%;
    min-width: 0;
  }
  select,
  input {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    min-height: 2.75rem;
    padding: 0.4rem 0.65rem;
    max-width: 100%;
  }
  select {
    font-weight: 400;
  }
  .facts {
    display: grid;
    gap: 0.2rem;
  }
  .list-name {
    font-size: 1.05rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.6rem;
    align-items: baseline;
  }
  .kind {
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--_muted);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.05rem 0.55rem;
  }
  .meta,
  .how-to,
  .hint {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .state.empty {
    border-style: dashed;
    color: var(--_muted);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .item {
    display: grid;
    grid-template-columns: auto auto minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.5rem;
    padding: 0.35rem 0.5rem 0.35rem 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    position: relative;
  }
  .item[data-dragging] {
    z-index: 1;
    border-color: var(--_accent);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.2);
  }
  @media (prefers-reduced-motion: no-preference) {
    .list:has([data-dragging]) .item:not([data-dragging]) {
      transition: transform 120ms ease;
    }
  }
  .handle,
  .move,
  .link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.3rem;
    min-height: 2.75rem;
    min-width: 2.75rem;
    border-radius: var(--_radius);
    color: var(--_accent);
    background: transparent;
    border: 1px solid transparent;
  }
  .handle {
    cursor: grab;
    touch-action: none;
    color: var(--_muted);
  }
  .item[data-dragging] .handle {
    cursor: grabbing;
  }
  .move {
    padding: 0 0.6rem;
    border-color: var(--_border);
    font-size: 0.9rem;
  }
  .move.remove {
    color: var(--_danger-fg);
  }
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.45;
  }
  .handle[aria-disabled='true'] {
    cursor: default;
  }
  .position {
    display: inline-grid;
    place-items: center;
    min-width: 1.75rem;
    height: 1.75rem;
    border-radius: 999px;
    background: var(--_surface-2);
    border: 1px solid var(--_border);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .who {
    display: grid;
    min-width: 0;
  }
  .name {
    font-weight: 600;
  }
  .phone {
    color: var(--_muted);
    font-size: 0.9rem;
    font-variant-numeric: tabular-nums;
  }
  .moves {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    justify-content: flex-end;
  }
  @container (max-width: 34rem) {
    .item {
      grid-template-columns: auto auto minmax(0, 1fr);
    }
    .moves {
      grid-column: 1 / -1;
      justify-content: flex-start;
      padding-inline-start: 0.25rem;
    }
  }
  @container (max-width: 22rem) {
    .move .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .moves {
      justify-content: flex-end;
    }
  }
  .add {
    display: grid;
    gap: 0.35rem;
    position: relative;
  }
  .add-label {
    font-weight: 600;
  }
  .combo {
    position: relative;
    display: flex;
    align-items: center;
  }
  .combo-icon {
    position: absolute;
    inset-inline-start: 0.65rem;
    color: var(--_muted);
    display: inline-flex;
  }
  .combo input {
    width: 100%;
    padding-inline-start: 2.4rem;
  }
  .options[hidden] {
    display: none;
  }
  .absent {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.4rem;
    font-size: 0.9rem;
    color: var(--_muted);
  }
  .link {
    padding: 0 0.25rem;
    min-width: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-align: start;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  .dirty {
    color: var(--_warning-fg);
    font-weight: 600;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-inline-start: auto;
  }
  .btn {
    min-height: 2.75rem;
  }
  .btn[aria-disabled='true'] {
    filter: none;
  }
  .spinner.on-accent {
    border-color: rgb(255 255 255 / 0.4);
    border-top-color: var(--_on-accent);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
