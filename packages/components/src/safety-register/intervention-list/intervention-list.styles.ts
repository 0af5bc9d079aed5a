/** SR-SIGN — `<intervention-list>`: tabs, rows (cards that fit 360 px), the open intervention. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: var(--intervention-list-max-width, 60rem);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 1rem 0 0;
    border-bottom: 1px solid var(--_border);
  }
  .tab {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    padding: 0.4rem 0.9rem;
    border: 1px solid transparent;
    border-bottom: 3px solid transparent;
    background: none;
    color: var(--_text);
  }
  .tab[aria-selected='true'] {
    border-bottom-color: var(--_accent);
    font-weight: 700;
    color: var(--_accent);
  }
  .count {
    min-width: 1.5rem;
    padding: 0 0.4rem;
    border-radius: 999px;
    background: var(--_surface-2);
    border: 1px solid var(--_border);
    font-size: 0.85em;
    color: var(--_text);
  }
  .panel {
    padding-top: 0.75rem;
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .row-main {
    flex: 1 1 16rem;
    min-width: 0;
  }
  .row-main p {
    margin: 0 0 0.2rem;
  }
  .row-title {
    font-weight: 600;
  }
  .type {
    display: inline-block;
    margin-right: 0.35rem;
    padding: 0 0.4rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
  }
  .empty {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    color: var(--_muted);
  }
  .empty p {
    margin: 0;
  }
  .open-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    margin-top: 1rem;
  }
  intervention-signature {
    margin-top: 1.5rem;
  }
`;
