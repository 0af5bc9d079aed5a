/**
 * Floor page ("bare"): the least any list can do to show the same thing. No virtualization
 * library, no framework: a fixed pool of row elements filled with `textContent` from the first
 * rows of the current view (no scrolling: the pool is a screen's worth of rows). Its data work is
 * done before the clock starts (`prepare`: the order by Nom) or in an idle callback after the
 * first paint (the folded haystacks, the order by Prénom: the cached-rank floor). A keystroke scans
 * the haystacks in display order until a screen of matches is found; a header click takes the
 * column's ready order. Its figures are what the browser costs with next to no work from the page.
 */
import { COLUMNS, LIST_HEIGHT, NONE, ROW_HEIGHT, collator, dateText, fold, haystackOf, profileText, stateText } from './columns.js';
import { boot } from './harness.js';
import { contenderShell, recordDataStep } from './shell.js';

const TRACKS = '1fr 1fr 2fr 1.3fr 0.8fr 1fr 1.5fr';
const STYLE = `
.head, .row { display: grid; grid-template-columns: ${TRACKS}; align-items: center; height: ${ROW_HEIGHT}px; box-sizing: border-box; }
.head { font-weight: 600; border-bottom: 1px solid #ccc; }
.row { border-bottom: 1px solid #eee; }
.row > span, .head > span { padding: 0 8px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.head button { font: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
.pool { height: ${LIST_HEIGHT - ROW_HEIGHT}px; flex: none; overflow: hidden; }
`;

const columnOrder = (rows, column) => Array.from(rows, (_, i) => i).sort((a, b) => collator.compare(rows[a][column], rows[b][column]));

boot({
  name: 'bare',
  order: 'collator',
  prepare: (rows) => ({ lastName: columnOrder(rows, 'lastName') }),
  mount(rows, host, orders) {
    const { search } = contenderShell(host, STYLE);
    const head = document.createElement('div');
    head.className = 'head';
    for (const { key, label } of COLUMNS) {
      const cell = head.appendChild(document.createElement('span'));
      cell.dataset.column = key;
      if (key === 'actions') cell.textContent = label;
      else cell.appendChild(document.createElement('button')).textContent = label;
    }
    const pool = document.createElement('div');
    pool.className = 'pool';
    host.append(head, pool);
    const slots = Math.ceil(pool.clientHeight / ROW_HEIGHT) + 1;
    const cells = [];
    for (let s = 0; s < slots; s++) {
      const row = pool.appendChild(document.createElement('div'));
      row.className = 'row';
      const spans = COLUMNS.map(() => row.appendChild(document.createElement('span')));
      spans[6].append(
        Object.assign(document.createElement('button'), { textContent: 'Modifier' }),
        Object.assign(document.createElement('button'), { textContent: 'Supprimer' }),
      );
      cells.push({ row, spans });
    }
    const fill = (positions, count) => {
      for (let s = 0; s < slots; s++) {
        const { row, spans } = cells[s];
        row.hidden = s >= count;
        if (s >= count) continue;
        const r = rows[positions[s]];
        spans[0].textContent = r.firstName;
        spans[1].textContent = r.lastName;
        spans[2].textContent = profileText(r);
        spans[3].textContent = r.passportUrl ? 'Voir le passeport' : NONE;
        spans[4].textContent = stateText(r);
        spans[5].textContent = dateText(r.expiresOn);
      }
    };
    let order = orders.lastName;
    fill(order, Math.min(slots, rows.length));

    let haystacks = null;
    const orderOf = (column) => (orders[column] ??= columnOrder(rows, column));
    requestIdleCallback(() => {
      haystacks ??= rows.map(haystackOf);
      orderOf('firstName');
    });
    let token = '';
    const show = () => {
      if (token === '') return fill(order, Math.min(slots, rows.length));
      haystacks ??= rows.map(haystackOf);
      // The floor only needs the first screen of matches.
      const out = [];
      for (let k = 0; k < order.length && out.length < slots; k++) {
        if (haystacks[order[k]].includes(token)) out.push(order[k]);
      }
      fill(out, out.length);
    };
    search.addEventListener('input', () => {
      const started = performance.now();
      token = fold(search.value.trim());
      show();
      recordDataStep('filter', performance.now() - started);
    });
    head.addEventListener('click', (event) => {
      const cell = event.target.closest('[data-column]');
      if (!cell || !event.target.closest('button')) return;
      const started = performance.now();
      order = orderOf(cell.dataset.column);
      show();
      recordDataStep('sort', performance.now() - started);
    });

    return {
      selectors: {
        search: '#search',
        sort: { firstName: '[data-column="firstName"] button', lastName: '[data-column="lastName"] button' },
      },
      visibleRows() {
        const box = pool.getBoundingClientRect();
        const out = [];
        for (const { row, spans } of cells) {
          if (row.hidden) continue;
          const r = row.getBoundingClientRect();
          if (r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) continue;
          out.push({ top: r.top, first: spans[0].textContent, last: spans[1].textContent });
        }
        return out;
      },
    };
  },
});
