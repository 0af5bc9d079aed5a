/**
 * Contender: a plain `<lit-virtualizer scroller>` list as its README shows it: `items` +
 * `renderItem` returning a Lit template per row, the flow layout, native scrolling. The header
 * row, the search field and the sort are the page's own straightforward code:
 * - search: each keystroke runs an array filter over haystacks folded once per row (built in an
 *   idle callback after the first paint) and hands the result to `items`;
 * - sort: a header click sorts the row indices with `Intl.Collator('fr').compare` on the column
 *   (`Array.prototype.sort` is stable: equal values keep arrival order), then filters again. The
 *   list starts sorted by Nom, like the roster (that first sort is part of its first paint).
 */
import '@lit-labs/virtualizer';
import { html } from 'lit';
import { COLUMNS, LIST_HEIGHT, NONE, ROW_HEIGHT, collator, dateText, fold, haystackOf, profileText, stateText } from './columns.js';
import { boot } from './harness.js';
import { contenderShell, recordDataStep } from './shell.js';

const TRACKS = '1fr 1fr 2fr 1.3fr 0.8fr 1fr 1.5fr';
const STYLE = `
.head, .row { display: grid; grid-template-columns: ${TRACKS}; align-items: center; height: ${ROW_HEIGHT}px; width: 100%; box-sizing: border-box; }
.head { font-weight: 600; border-bottom: 1px solid #ccc; }
.row { border-bottom: 1px solid #eee; }
.row > span, .head > span { padding: 0 8px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.head button { font: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
lit-virtualizer { height: ${LIST_HEIGHT - ROW_HEIGHT}px; flex: none; }
`;

const renderRow = (row) => html`<div class="row" role="row">
  <span role="cell">${row.firstName}</span><span role="cell">${row.lastName}</span><span role="cell">${profileText(row)}</span>
  <span role="cell">${row.passportUrl ? html`<a href=${row.passportUrl}>Voir le passeport</a>` : NONE}</span>
  <span role="cell">${stateText(row)}</span><span role="cell">${dateText(row.expiresOn)}</span>
  <span role="cell"><button>Modifier</button><button>Supprimer</button></span>
</div>`;

boot({
  name: 'virtualizer',
  order: 'collator',
  mount(rows, host) {
    const { search } = contenderShell(host, STYLE);
    const head = document.createElement('div');
    head.className = 'head';
    head.setAttribute('role', 'row');
    for (const { key, label } of COLUMNS) {
      const cell = head.appendChild(document.createElement('span'));
      cell.setAttribute('role', 'columnheader');
      cell.dataset.column = key;
      if (key === 'actions') cell.textContent = label;
      else cell.appendChild(document.createElement('button')).textContent = label;
    }
    const list = document.createElement('lit-virtualizer');
    list.setAttribute('scroller', '');
    list.setAttribute('role', 'rowgroup');
    list.renderItem = renderRow;

    let haystacks = null;
    const ensureHaystacks = () => (haystacks ??= rows.map(haystackOf));
    requestIdleCallback(ensureHaystacks);
    const sortBy = (column, direction) => {
      const sign = direction === 'ascending' ? 1 : -1;
      const values = rows.map((r) => r[column] ?? '');
      return Array.from(rows, (_, i) => i).sort((a, b) => sign * collator.compare(values[a], values[b]));
    };
    /** Row indices in display order; `null` = arrival order. */
    let order = sortBy('lastName', 'ascending');
    let sorted = { column: 'lastName', direction: 'ascending' };
    head.querySelector('[data-column="lastName"]').setAttribute('aria-sort', 'ascending');
    let token = '';
    const show = () => {
      if (token === '') {
        list.items = order ? order.map((i) => rows[i]) : rows;
        return;
      }
      const hay = ensureHaystacks();
      const out = [];
      if (order) {
        for (const i of order) if (hay[i].includes(token)) out.push(rows[i]);
      } else {
        for (let i = 0; i < rows.length; i++) if (hay[i].includes(token)) out.push(rows[i]);
      }
      list.items = out;
    };
    show();
    host.append(head, list);
    search.addEventListener('input', () => {
      const started = performance.now();
      token = fold(search.value.trim());
      show();
      recordDataStep('filter', performance.now() - started);
    });
    /** Same cycle as the grid's sorters: ascending → descending → none; another column starts ascending. */
    head.addEventListener('click', (event) => {
      const cell = event.target.closest('[data-column]');
      if (!cell || !event.target.closest('button')) return;
      const column = cell.dataset.column;
      const started = performance.now();
      const direction =
        sorted.column !== column
          ? 'ascending'
          : sorted.direction === 'ascending'
            ? 'descending'
            : sorted.direction === 'descending'
              ? null
              : 'ascending';
      sorted = { column: direction ? column : null, direction };
      for (const c of head.children) c.removeAttribute('aria-sort');
      if (direction) cell.setAttribute('aria-sort', direction);
      order = direction ? sortBy(column, direction) : null;
      show();
      recordDataStep('sort', performance.now() - started);
    });

    return {
      selectors: {
        search: '#search',
        sort: { firstName: '[data-column="firstName"] button', lastName: '[data-column="lastName"] button' },
      },
      visibleRows() {
        const box = list.getBoundingClientRect();
        const out = [];
        for (const el of list.children) {
          if (!el.classList.contains('row')) continue;
          const r = el.getBoundingClientRect();
          if (r.height === 0 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) continue;
          out.push({ top: r.top, first: el.children[0].textContent, last: el.children[1].textContent });
        }
        return out.sort((a, b) => a.top - b.top);
      },
      scroller: () => list,
      rowBoxes() {
        const box = list.getBoundingClientRect();
        const area = { top: box.top, bottom: box.bottom };
        const rows = [];
        for (const el of list.children) {
          if (!el.classList.contains('row')) continue;
          const r = el.getBoundingClientRect();
          rows.push({ top: r.top, bottom: r.bottom, filled: !!(el.children[0]?.textContent || el.children[1]?.textContent) });
        }
        return { area, rows };
      },
    };
  },
});
