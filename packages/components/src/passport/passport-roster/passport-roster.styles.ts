import { css } from 'lit';
import { rosterDialogStyles } from './roster-dialogs.styles.js';
import { rosterNarrowStyles } from './roster-narrow.styles.js';
import { rosterStateStyles } from './roster-states.styles.js';
import { rosterTableStyles } from './roster-table.styles.js';

/**
 * `<passport-roster>`'s own styles, after the shared virtual table's and lists'
 * (`virtualTableStyles`, `virtualListStyles`), in parts applied in this order: the host, heading,
 * search, count and progress (here, `styles`), the states, filters, summary and alert
 * (`roster-states.styles.ts`), the table and its buttons (`roster-table.styles.ts`), the dialogs
 * (`roster-dialogs.styles.ts`), and the narrow layout where rows stack (`roster-narrow.styles.ts`),
 * last, as it overrides the others. `rosterStyles` is the whole list, in that order.
 */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_row-h: var(--passport-roster-row-height, 3rem);
    --_head-h: 3rem;
    --_max-h: var(--passport-roster-height, 36rem);
    --_min-w: var(--passport-roster-min-width, 54rem);
  }

  /* ── heading, search, count, progress ──────────────────────────────────────────────── */
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem 1rem;
  }
  .title {
    letter-spacing: 0.03em;
    text-transform: uppercase;
  }
  .enroll {
    text-decoration: none;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem 1.25rem;
  }
  .search {
    position: relative;
    flex: 1 1 18rem;
    max-width: 30rem;
  }
  .search > .icon {
    position: absolute;
    top: 0.75rem;
    left: 0.75rem;
    color: var(--_muted);
    pointer-events: none;
  }
  .hint {
    margin-top: 0.25rem;
  }
  .count {
    margin-top: 0.65rem;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin-top: 0.7rem;
    gap: 0.25rem 0.6rem;
    color: var(--_muted);
    font-size: 0.9rem;
    font-variant-numeric: tabular-nums;
  }
  progress {
    width: 9rem;
    height: 0.6rem;
    accent-color: var(--_accent);
  }
`;

/** Every style of `<passport-roster>` after the shared ones, in cascade order. */
export const rosterStyles = [styles, rosterStateStyles, rosterTableStyles, rosterDialogStyles, rosterNarrowStyles];
