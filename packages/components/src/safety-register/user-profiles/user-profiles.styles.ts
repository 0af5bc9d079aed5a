import { css } from 'lit';

/** The first screen: the users' table, the profiles' list, loading / empty / error. The editor's are in `user-profiles-editor.styles.ts`. */
export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--user-profiles-max-width, 60rem);
  }
  .root,
  section {
    display: grid;
    gap: 0.75rem;
  }
  .root {
    gap: 1.25rem;
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  .title {
    font-size: 1.375rem;
    line-height: 1.25;
  }
  h4[tabindex]:focus {
    outline: none;
  }
  h4[tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .intro,
  .meta,
  .muted {
    color: var(--_muted);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
  }
  .status {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .problem {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_danger-border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_danger-fg);
  }
  .problem > div {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .empty {
    padding: 1.25rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    /* Words break only when one alone is wider than its column (« anywhere », the tokens' default,
       lets the table squeeze a column until « Localisation » breaks mid-word). */
    overflow-wrap: break-word;
  }
  th,
  td {
    padding: 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface-2);
    font-size: 0.875rem;
  }
  .job {
    display: block;
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5rem;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  li > div {
    display: grid;
    gap: 0.125rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .btn .icon {
    width: 1.1em;
    height: 1.1em;
  }
  .btn[aria-busy='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  dialog {
    inline-size: min(46rem, calc(100vw - 1rem));
    max-block-size: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
`;
