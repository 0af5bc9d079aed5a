/**
 * Contender: `<vaadin-grid>` as its documentation shows it for data already in memory: the rows
 * go to `items` (the grid wraps them in its array data provider; a `dataProvider` function is the
 * documented path for lazy loading from a backend, which this is not), one
 * `<vaadin-grid-sort-column>` per sortable column (the grid's own sorters, clicked in the header),
 * renderer functions that reuse their cell content; sorted by Nom at first (`direction = 'asc'` on
 * that column), like the roster. The grid's in-memory sorting compares values with `<` (code units:
 * not French order, « É » after « Z »), on a copy of the items, for each page of 50 rows it asks
 * for. Search: a field above the grid; each keystroke
 * runs a plain array filter over haystacks folded once per row (built in an idle callback after
 * the first paint, so they do not weigh on it) and gives the grid the filtered array.
 */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import '@vaadin/grid/vaadin-grid-sort-column.js';
import { LIST_HEIGHT, NONE, ROW_HEIGHT, dateText, fold, haystackOf, profileText, stateText } from './columns.js';
import { boot } from './harness.js';
import { contenderShell, recordDataStep } from './shell.js';

/** Cell renderers: text, or elements made once per cell and updated (Vaadin reuses cells). */
const text =
  (read) =>
  (root, _column, { item }) => {
    root.textContent = read(item);
  };
const passport = (root, _column, { item }) => {
  let link = root.firstElementChild;
  if (!item.passportUrl) {
    if (link) link.remove();
    root.textContent = NONE;
    return;
  }
  if (!link) {
    root.textContent = '';
    link = root.appendChild(document.createElement('a'));
    link.textContent = 'Voir le passeport';
  }
  link.href = item.passportUrl;
};
const actions = (root) => {
  if (root.firstElementChild) return;
  for (const label of ['Modifier', 'Supprimer']) root.appendChild(document.createElement('button')).textContent = label;
};

const STYLE = `
vaadin-grid { height: ${LIST_HEIGHT}px; flex: none; --vaadin-grid-cell-padding: 0 8px; }
vaadin-grid-cell-content { height: ${ROW_HEIGHT - 1}px; line-height: ${ROW_HEIGHT - 1}px; } /* + the grid's 1px row border */
`;

boot({
  name: 'vaadin',
  order: 'code units',
  mount(rows, host) {
    const { search } = contenderShell(host, STYLE);
    const grid = document.createElement('vaadin-grid');
    grid.setAttribute('aria-label', 'Liste des salariés inscrits');
    const sortColumn = (path, header, renderer) => {
      const column = document.createElement('vaadin-grid-sort-column');
      column.path = path;
      column.header = header;
      if (renderer) column.renderer = renderer;
      if (path === 'lastName') column.direction = 'asc'; // sorted by Nom at first, as the roster
      return column;
    };
    const actionsColumn = document.createElement('vaadin-grid-column');
    actionsColumn.header = 'Actions';
    actionsColumn.renderer = actions;
    grid.append(
      sortColumn('firstName', 'Prénom'),
      sortColumn('lastName', 'Nom'),
      sortColumn('profile', 'Profil', text(profileText)),
      sortColumn('passportUrl', 'Passeport sécurité', passport),
      sortColumn('state', 'État', text(stateText)),
      sortColumn(
        'expiresOn',
        'Expiration',
        text((r) => dateText(r.expiresOn)),
      ),
      actionsColumn,
    );
    grid.items = rows;
    host.append(grid);

    let haystacks = null;
    const ensureHaystacks = () => (haystacks ??= rows.map(haystackOf));
    requestIdleCallback(ensureHaystacks);
    search.addEventListener('input', () => {
      const started = performance.now();
      const token = fold(search.value.trim());
      const hay = ensureHaystacks();
      const items = token === '' ? rows : rows.filter((_, i) => hay[i].includes(token));
      recordDataStep('filter', performance.now() - started);
      grid.items = items; // the grid renders synchronously from here
    });

    const shadow = grid.shadowRoot;
    return {
      selectors: {
        search: '#search',
        sort: { firstName: 'vaadin-grid-sorter:text-is("Prénom")', lastName: 'vaadin-grid-sorter:text-is("Nom")' },
      },
      visibleRows() {
        const table = shadow.getElementById('table').getBoundingClientRect();
        const top = shadow.getElementById('header').getBoundingClientRect().bottom;
        const out = [];
        for (const tr of shadow.getElementById('items').children) {
          if (tr.hidden) continue;
          const box = tr.getBoundingClientRect();
          if (box.height === 0 || box.top < top - 0.5 || box.bottom > table.bottom + 0.5) continue;
          const cell = (i) => tr.children[i]?.firstElementChild?.assignedElements()[0]?.textContent ?? '';
          out.push({ top: box.top, first: cell(0), last: cell(1) });
        }
        return out.sort((a, b) => a.top - b.top);
      },
      scroller: () => shadow.getElementById('table'),
      rowBoxes() {
        const table = shadow.getElementById('table').getBoundingClientRect();
        const area = { top: shadow.getElementById('header').getBoundingClientRect().bottom, bottom: table.bottom };
        const rows = [];
        for (const tr of shadow.getElementById('items').children) {
          if (tr.hidden) continue;
          const r = tr.getBoundingClientRect();
          const cell = (i) => tr.children[i]?.firstElementChild?.assignedElements()[0]?.textContent ?? '';
          rows.push({ top: r.top, bottom: r.bottom, filled: !!(cell(0) || cell(1)) });
        }
        return { area, rows };
      },
    };
  },
});
