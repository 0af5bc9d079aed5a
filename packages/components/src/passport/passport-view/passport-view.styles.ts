/**
 * PP-ROSTER — styles of `<passport-view>` (shadow DOM). Colours are the `--_*` tokens, so the dark
 * theme and a host's `--vigie-*` values apply; the state is said in words and an icon, never by
 * colour alone. Narrow containers (360 px) stack each module's name and status.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_max-width: var(--passport-view-max-width, 44rem);
  }
  .base {
    max-width: var(--_max-width);
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  .passport {
    display: grid;
    gap: 1rem;
  }
  .header {
    display: grid;
    gap: 0.2rem;
  }
  .eyebrow {
    color: var(--_muted);
    font-size: 0.85rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .name {
    margin: 0;
    font-size: 1.35rem;
    line-height: 1.25;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 1rem;
    color: var(--_muted);
  }
  .status {
    display: flex;
    gap: 0.65rem;
    align-items: flex-start;
    padding: 0.85rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .status > div {
    display: grid;
    gap: 0.35rem;
  }
  .status-valid .status {
    border-color: var(--_success-fg);
  }
  .status-valid .status > .icon {
    color: var(--_success-fg);
  }
  .status-expired .status {
    border-color: var(--_warning-border);
    background: var(--_warning-bg);
    color: var(--_warning-fg);
  }
  .status-blocked .status {
    border-color: var(--_danger-border);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .see-manager {
    font-size: 1.05rem;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0.75rem 1.5rem;
    margin: 0;
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  .snbpe {
    padding: 0.6rem 0.85rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .modules-title {
    margin: 0.25rem 0 0;
    font-size: 1.05rem;
  }
  .modules {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .module {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) minmax(0, auto);
    gap: 0.25rem 0.65rem;
    align-items: start;
    padding: 0.6rem 0.85rem;
  }
  .module + .module {
    border-top: 1px solid var(--_border);
  }
  .module > .icon {
    margin-top: 0.1rem;
  }
  .module.validated > .icon {
    color: var(--_success-fg);
  }
  .module.to-do > .icon {
    color: var(--_muted);
  }
  .module.blocking {
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .module-name {
    font-weight: 600;
  }
  .module-status {
    display: grid;
    gap: 0.15rem;
    text-align: end;
  }
  .module.to-do .module-status {
    color: var(--_muted);
  }
  .failures {
    color: var(--_text);
  }
  .module.blocking .failures,
  .module.blocking .module-status {
    color: inherit;
  }
  /* Narrow (a phone, a side panel): each module's status goes under its name. */
  @container (max-width: 32rem) {
    .module {
      grid-template-columns: auto minmax(0, 1fr);
    }
    .module-status {
      grid-column: 2;
      text-align: start;
    }
  }
`;
