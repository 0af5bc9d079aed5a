/**
 * Ours: `<passport-roster>` inside `<vigie-provider>`, fed through its `rows` property (it then
 * fetches nothing), as its documentation says for hosts that already hold the rows. Everything
 * else is the element's own: its search field, its header sort buttons, its index (core's
 * `buildRosterIndex` / `viewRoster`), its virtual table. Sorted by Nom at first (its default).
 * Only its two size properties are set, to the row height and list height of every page, and
 * the provider's `now`, to the fixed « today » every page rates the state with.
 */
import '../../packages/components/src/define/vigie-provider.ts';
import '../../packages/components/src/define/passport-roster.ts';
import { LIST_HEIGHT, ROW_HEIGHT, TODAY } from './columns.js';
import { boot } from './harness.js';

boot({
  name: 'ours',
  order: 'roster',
  mount(rows, host) {
    const provider = document.createElement('vigie-provider');
    // The same « today » as the contenders rate the state with (« Expiré », « Expire bientôt »).
    provider.setAttribute('now', TODAY);
    const roster = document.createElement('passport-roster');
    roster.style.setProperty('--passport-roster-row-height', `${ROW_HEIGHT}px`);
    roster.style.setProperty('--passport-roster-height', `${LIST_HEIGHT}px`);
    roster.rows = rows;
    provider.append(roster);
    host.append(provider);

    return {
      selectors: {
        search: 'passport-roster input[type="search"]',
        sort: {
          firstName: 'passport-roster button.sort[data-column="firstName"]',
          lastName: 'passport-roster button.sort[data-column="lastName"]',
        },
      },
      visibleRows() {
        const scroller = roster.shadowRoot?.querySelector('[part~="scroller"]');
        const thead = scroller?.querySelector('thead');
        if (!scroller || !thead) return [];
        const box = scroller.getBoundingClientRect();
        const top = thead.getBoundingClientRect().bottom;
        const out = [];
        for (const tr of scroller.querySelectorAll('tbody > tr:not(.spacer)')) {
          const r = tr.getBoundingClientRect();
          if (r.height === 0 || r.top < top - 0.5 || r.bottom > box.bottom + 0.5) continue;
          // The last-name cell also holds the e-mail on a second line (homonyms): compare the name only.
          const last = tr.cells[1]?.querySelector('.line:not(.email)') ?? tr.cells[1];
          out.push({ top: r.top, first: tr.cells[0]?.textContent ?? '', last: last?.textContent ?? '' });
        }
        return out.sort((a, b) => a.top - b.top);
      },
      scroller: () => roster.shadowRoot?.querySelector('[part~="scroller"]'),
      rowBoxes() {
        const scroller = roster.shadowRoot?.querySelector('[part~="scroller"]');
        // The header cells are sticky (the header row itself scrolls away).
        const th = scroller?.querySelector('thead th');
        if (!scroller || !th) return null;
        const area = { top: th.getBoundingClientRect().bottom, bottom: scroller.getBoundingClientRect().bottom };
        const rows = [];
        for (const tr of scroller.querySelectorAll('tbody > tr:not(.spacer)')) {
          const r = tr.getBoundingClientRect();
          rows.push({ top: r.top, bottom: r.bottom, filled: !!(tr.cells[0]?.textContent || tr.cells[1]?.textContent) });
        }
        return { area, rows };
      },
    };
  },
});
