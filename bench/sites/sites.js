/**
 * RS-SITES: `<site-list>` inside `<vigie-provider>`, fed through its documented `sites` and `links`
 * properties (it then fetches nothing), on the shared harness of the roster bench
 * (bench/roster/harness.js). Everything else is the element's own: its search field, its header
 * sort buttons, core's site index, the shared virtual table. Grouped by ID & PIN and sorted by name
 * (its defaults). The list is as tall as the roster pages' (`--site-list-height`); its rows keep
 * their own default height (3.5rem: a name and a second line, the 2.75rem target of the site's
 * button), so it shows fewer rows per screen than the roster's 40 px. The provider's `now` is the
 * day the data was generated for.
 *
 * The harness checks it against bench/sites/reference.js (a plain folded `includes`, collator
 * sorts, then the groups): each row's key is its title and its street.
 */
import '../../packages/components/src/define/vigie-provider.ts';
import '../../packages/components/src/define/site-list.ts';
import { LIST_HEIGHT } from '../roster/columns.js';
import { boot } from '../roster/harness.js';
import { expected } from './reference.js';

boot({
  name: 'sites',
  data: 'sites',
  reference: { expected },
  mount(data, host) {
    const provider = document.createElement('vigie-provider');
    provider.setAttribute('now', '2026-03-10T12:00:00+01:00');
    const list = document.createElement('site-list');
    list.style.setProperty('--site-list-height', `${LIST_HEIGHT}px`);
    list.sites = data.sites;
    list.links = data.links;
    provider.append(list);
    host.append(provider);
    const scroller = () => list.shadowRoot?.querySelector('[part~="scroller"]');
    return {
      selectors: {
        search: 'site-list input[type="search"][part~="search-input"]',
        sort: { name: 'site-list button.sort[data-column="name"]', location: 'site-list button.sort[data-column="location"]' },
      },
      visibleRows() {
        const s = scroller();
        const thead = s?.querySelector('thead');
        if (!s || !thead) return [];
        const box = s.getBoundingClientRect();
        const top = thead.getBoundingClientRect().bottom;
        const out = [];
        for (const tr of s.querySelectorAll('tbody > tr:not(.spacer):not(.group)')) {
          const r = tr.getBoundingClientRect();
          if (r.height === 0 || r.top < top - 0.5 || r.bottom > box.bottom + 0.5) continue;
          out.push({
            top: r.top,
            first: tr.querySelector('.open .title')?.textContent ?? '',
            last: tr.querySelector('td.address .line')?.textContent ?? '',
          });
        }
        return out.sort((a, b) => a.top - b.top);
      },
      scroller,
      rowBoxes() {
        const s = scroller();
        const th = s?.querySelector('thead th');
        if (!s || !th) return null;
        const area = { top: th.getBoundingClientRect().bottom, bottom: s.getBoundingClientRect().bottom };
        const rows = [];
        for (const tr of s.querySelectorAll('tbody > tr:not(.spacer)')) {
          const r = tr.getBoundingClientRect();
          rows.push({ top: r.top, bottom: r.bottom, filled: !!tr.textContent });
        }
        return { area, rows };
      },
    };
  },
});
