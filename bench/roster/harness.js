/**
 * The in-page harness shared by the roster bench pages (bundled into each page). A page calls
 * `boot(page)` with its adapter:
 *
 *   {
 *     name, order,
 *     prepare(rows)?                 work done before the clock starts (only the floor page uses it)
 *     mount(rows, host, prepared) → view   creates the list with the rows, appends it (timed)
 *   }
 *   view = {
 *     visibleRows() → [{ top, first, last }]   data rows fully inside the list's viewport, read
 *                                              from the DOM (text of the Prénom and Nom cells)
 *     selectors: { search, sort: { firstName, lastName } }   Playwright selectors
 *   }
 *
 * Every page starts sorted by Nom, ascending (the roster's default), and says its order
 * (`page.order`): `collator` (stable sort with `Intl.Collator('fr')`: ties keep arrival order),
 * `code units` (stable sort with `<`, as the grid's sorters compare) or `roster` (collation, ties by
 * last name, first name, id: the roster's documented order). The harness computes what each page
 * should show in that page's own order, so every page is checked against itself.
 *
 * The harness fetches `roster-<n>.json` (`?n=` in the URL), mounts the list and exposes
 * `window.__roster` to the driver (bench/roster/run.mjs).
 *
 * "Painted": a frame is painted when its rendering update (rAF callbacks, style, layout,
 * ResizeObserver callbacks, paint) has run. The harness requests an animation frame, and from its
 * rAF callback posts a task with `scheduler.postTask(…, { priority: 'user-blocking' })`: that task
 * runs right after the frame's rendering task, before timers and ordinary tasks. There it reads
 * the DOM (layout is clean then, so reading costs no layout). If the list shows what is expected,
 * that frame painted it: the time is `performance.now()` in that task. Otherwise it waits for the
 * next frame. (The main thread has then recorded the frame's paint; rasterization and display
 * follow on other threads and are not counted, for any page.)
 */
import { collator, fold, haystackOf } from './columns.js';

const params = new URLSearchParams(location.search);
const SIZE = Number(params.get('n'));
/** A check needs at least this many visible rows (fewer only when fewer rows match). */
const MIN_VISIBLE = 5;
/** Expected rows computed for a check: more than a screen holds. */
const EXPECTED_ROWS = 40;
const TIMEOUT_MS = 30_000;

const afterFrameTask = globalThis.scheduler?.postTask
  ? (fn) => globalThis.scheduler.postTask(fn, { priority: 'user-blocking' })
  : (fn) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => fn();
      channel.port2.postMessage(0);
    };

/** The first painted frame (from now on) after which `check()` holds: `{ t, frames, timeout }`. */
function paintedWhen(check) {
  return new Promise((resolve) => {
    const deadline = performance.now() + TIMEOUT_MS;
    let frames = 0;
    const afterFrame = () => {
      const t = performance.now();
      if (check()) resolve({ t, frames, timeout: false });
      else if (t > deadline) resolve({ t: null, frames, timeout: true });
      else requestAnimationFrame(onFrame);
    };
    const onFrame = () => {
      frames++;
      afterFrameTask(afterFrame);
    };
    requestAnimationFrame(onFrame);
  });
}

const keyOf = (row) => `${row.firstName}\u0000${row.lastName}`;

/** The visible rows, strictly top to bottom (rows piled at one position are not laid out yet). */
function laidOut(visible) {
  for (let i = 1; i < visible.length; i++) if (visible[i].top < visible[i - 1].top + 1) return false;
  return true;
}

/** True when the list shows `expected` (keys) from its top: as many rows as fit, in that order. */
function shows(view, expected) {
  const visible = view.visibleRows();
  if (visible.length < Math.min(MIN_VISIBLE, expected.length) || visible.length > expected.length) return false;
  if (expected.length > 0 && visible.length === 0) return false;
  if (!laidOut(visible)) return false;
  return visible.every((row, i) => `${row.first}\u0000${row.last}` === expected[i]);
}

const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Comparators of a column's values, and of row indices in each page's initial order (Nom ascending). */
const VALUE_ORDERS = { 'code units': byCodeUnits, collator: collator.compare, roster: collator.compare };
const ROW_ORDERS = {
  'code units': (rows) => (a, b) => byCodeUnits(rows[a].lastName, rows[b].lastName),
  collator: (rows) => (a, b) => collator.compare(rows[a].lastName, rows[b].lastName),
  roster: (rows) => (a, b) =>
    collator.compare(rows[a].lastName, rows[b].lastName) || collator.compare(rows[a].firstName, rows[b].firstName) || byCodeUnits(rows[a].id, rows[b].id),
};

/** The first value of `column` once sorted ascending in the page's order. */
const firstValue = (rows, column, order) => [...new Set(rows.map((r) => r[column]))].sort(VALUE_ORDERS[order])[0];

/** The first `EXPECTED_ROWS` rows (keys) matching `query` in `order` (reference: folded haystack + includes). */
function expectedFor(rows, order, query) {
  const token = fold(query.trim());
  const out = [];
  for (let k = 0; k < order.length && out.length < EXPECTED_ROWS; k++) {
    const row = rows[order[k]];
    if (token === '' || haystackOf(row).includes(token)) out.push(keyOf(row));
  }
  return out;
}

/** True when at least a screen's first rows are laid out and every one has `value` in `field`. */
function allHave(view, field, value) {
  const visible = view.visibleRows();
  return visible.length >= MIN_VISIBLE && laidOut(visible) && visible.every((row) => row[field] === value);
}

/** Counts the nodes of the document, shadow trees included (elements, text, comments, shadow roots). */
function domSize() {
  const count = { elements: 0, text: 0, comments: 0, shadowRoots: 0 };
  const walk = (root) => {
    const it = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
    for (let node = it.nextNode(); node; node = it.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) count.text++;
      else if (node.nodeType === Node.COMMENT_NODE) count.comments++;
      else {
        count.elements++;
        if (node.shadowRoot) {
          count.shadowRoots++;
          walk(node.shadowRoot);
        }
      }
    }
  };
  walk(document.documentElement);
  return { ...count, total: count.elements + count.text + count.comments + count.shadowRoots };
}

/**
 * Lets pending work run before the next measure: an idle period (at most 200 ms: Chromium may hold
 * idle periods back for seconds after a click), then two frames.
 */
function settle() {
  return new Promise((resolve) =>
    requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), { timeout: 200 }),
  );
}

/**
 * Mounts the page's list and exposes `window.__roster`:
 * - `firstPaint`: `{ tData, tCreate, tPainted, frames }` (ms from navigation start) once the first
 *   rows are painted; `ready` resolves then;
 * - `arm({ kind: 'key', query })` / `arm({ kind: 'click', sort })`, then the driver presses a key /
 *   clicks a header, then `result()`: `{ t0, handlerAt, painted, latency, frames, timeout }`. `t0`
 *   is the `keydown` (or `click`) event's `timeStamp`, caught on `window` in the capture phase. The
 *   expected DOM: the first rows matching `query` in the page's initial order, or every visible
 *   row having the column's first value (in the page's order) once sorted by `sort`, ascending;
 * - `settle()`, `domSize()`, `rowCount`, `release()`, `dataSteps()` (what a page's own data code
 *   took, when it says).
 */
export async function boot(page) {
  const response = await fetch(`roster-${SIZE}.json`);
  const rows = await response.json();
  const tData = performance.now();
  const host = document.getElementById('app');
  // Untimed: the floor page's ready-made data, and what the first screen must show (every row
  // visible at the top has the first last name in the page's order).
  const prepared = page.prepare?.(rows);
  const firstLastName = page.mount ? firstValue(rows, 'lastName', page.order) : null;

  const tCreate = performance.now();
  const view = page.mount ? page.mount(rows, host, prepared) : null;
  const first = await paintedWhen(view ? () => allHave(view, 'last', firstLastName) : () => true);

  /** Row pitch as laid out (px): the median gap between the tops of consecutive visible rows. */
  const rowPitch = (() => {
    const tops = view?.visibleRows().map((r) => r.top) ?? [];
    const gaps = tops.slice(1).map((t, i) => t - tops[i]).sort((a, b) => a - b);
    return gaps.length ? gaps[gaps.length >> 1] : null;
  })();
  /** The page's initial order (row indices), computed on the first keystroke's arming, untimed. */
  let model = null;
  let pending = null;
  window.__roster = {
    name: page.name,
    rowCount: rows.length,
    selectors: view?.selectors ?? null,
    firstPaint: { tData, tCreate, tPainted: first.t, frames: first.frames, timeout: first.timeout },
    rowPitch,
    settle,
    domSize,
    dataSteps: () => {
      const steps = globalThis.__rosterDataSteps ?? [];
      globalThis.__rosterDataSteps = [];
      return steps;
    },
    /** Drops the reference order (before the heap is measured again). */
    release: () => {
      model = null;
    },
    arm(spec) {
      let check;
      if (spec.kind === 'key') {
        model ??= Array.from(rows, (_, i) => i).sort(ROW_ORDERS[page.order](rows));
        const keys = expectedFor(rows, model, spec.query);
        check = () => shows(view, keys);
      } else {
        const value = firstValue(rows, spec.sort, page.order);
        check = () => allHave(view, spec.sort === 'firstName' ? 'first' : 'last', value);
      }
      const type = spec.kind === 'key' ? 'keydown' : 'click';
      pending = new Promise((resolve) => {
        addEventListener(
          type,
          (event) => {
            const t0 = event.timeStamp;
            const handlerAt = performance.now();
            paintedWhen(check).then((p) =>
              resolve({ t0, handlerAt, painted: p.t, latency: p.t === null ? null : p.t - t0, frames: p.frames, timeout: p.timeout }),
            );
          },
          { capture: true, once: true },
        );
      });
    },
    result: () => pending,
  };
}
