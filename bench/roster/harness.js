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
 *     scroller()?  → the element that scrolls the rows (pages that scroll: flung)
 *     rowBoxes()?  → { area: { top, bottom }, rows: [{ top, bottom, filled }] }: the part of the
 *                    viewport where rows show (below a sticky header), and every row element laid
 *                    out in the list, `filled` when its Prénom or Nom cell has text
 *   }
 *
 * Every page starts sorted by Nom, ascending (the roster's default), and says its order
 * (`page.order`): `collator` (stable sort with `Intl.Collator('fr')`: ties keep arrival order),
 * `code units` (stable sort with `<`, as the grid's sorters compare) or `roster` (collation, ties by
 * last name, first name, id: the roster's documented order). The harness computes what each page
 * should show in that page's own order, so every page is checked against itself.
 *
 * The harness fetches `roster-<n>.json` (`?n=` in the URL; `page.data` names another file:
 * `sites-<n>.json` for `<site-list>`), mounts the list and exposes `window.__roster` to the driver
 * (bench/roster/run.mjs).
 *
 * A page whose rows are not employees (`<site-list>`, bench/sites/) gives its own reference:
 * `page.reference.expected(data, { query, sort })` → the keys (`first\u0000last` of `visibleRows()`)
 * of the first rows it must show, from the top, in its documented order; its first paint, each
 * keystroke and each sort are then checked against that list.
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
    collator.compare(rows[a].lastName, rows[b].lastName) ||
    collator.compare(rows[a].firstName, rows[b].firstName) ||
    byCodeUnits(rows[a].id, rows[b].id),
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

/** A pixel darker than this (luminance, 0–255) is ink: text or an icon of a row. */
const INK_LUMINANCE = 110;
/** An uncovered band of the rows' area taller than this (px) is a blank row slot (edges round to the pixel). */
const BLANK_TOLERANCE_PX = 1;

/**
 * What is blank in the rows' area: the bands of `area` that no filled row covers. A row slot in
 * view with no row painted (or a row painted with no text) is blank; a row showing other rows'
 * text is not (the frame shows rows, just not settled ones). Returns the tallest band and the
 * blank share of the area.
 */
function blankOf(boxes) {
  if (!boxes) return { gap: 0, share: 0 };
  const { area, rows } = boxes;
  const spans = rows
    .filter((r) => r.filled && r.bottom > area.top && r.top < area.bottom)
    .map((r) => [Math.max(area.top, r.top), Math.min(area.bottom, r.bottom)])
    .sort((a, b) => a[0] - b[0]);
  let at = area.top;
  let gap = 0;
  let blank = 0;
  for (const [top, bottom] of spans) {
    if (top > at) {
      gap = Math.max(gap, top - at);
      blank += top - at;
    }
    at = Math.max(at, bottom);
  }
  if (area.bottom > at) {
    gap = Math.max(gap, area.bottom - at);
    blank += area.bottom - at;
  }
  const height = Math.max(1, area.bottom - area.top);
  return { gap, share: blank / height };
}

/**
 * Records every painted frame from now until `stop()`: the scroll position and what was blank in
 * it (read in the task after the frame, as for the other measures).
 */
function recordFrames(view) {
  const frames = [];
  let on = true;
  const scroller = view.scroller();
  const afterFrame = () => {
    if (!on) return;
    const { gap, share } = blankOf(view.rowBoxes());
    frames.push({ t: performance.now(), top: scroller.scrollTop, gap, share, blank: gap > BLANK_TOLERANCE_PX });
    requestAnimationFrame(onFrame);
  };
  const onFrame = () => afterFrameTask(afterFrame);
  requestAnimationFrame(onFrame);
  return {
    stop() {
      on = false;
      return frames;
    },
  };
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
  const response = await fetch(`${page.data ?? 'roster'}-${SIZE}.json`);
  const rows = await response.json();
  const tData = performance.now();
  const host = document.getElementById('app');
  // Untimed: the floor page's ready-made data, and what the first screen must show (every row
  // visible at the top has the first last name in the page's order).
  const prepared = page.prepare?.(rows);
  const reference = page.reference;
  const firstLastName = page.mount && !reference ? firstValue(rows, 'lastName', page.order) : null;
  const firstKeys = reference ? reference.expected(rows, {}).slice(0, EXPECTED_ROWS) : null;

  const tCreate = performance.now();
  const view = page.mount ? page.mount(rows, host, prepared) : null;
  const first = await paintedWhen(
    view ? (reference ? () => shows(view, firstKeys) : () => allHave(view, 'last', firstLastName)) : () => true,
  );

  /** Row pitch as laid out (px): the median gap between the tops of consecutive visible rows. */
  const rowPitch = (() => {
    const tops = view?.visibleRows().map((r) => r.top) ?? [];
    const gaps = tops
      .slice(1)
      .map((t, i) => t - tops[i])
      .sort((a, b) => a - b);
    return gaps.length ? gaps[gaps.length >> 1] : null;
  })();
  /** The page's initial order (row indices), computed on the first keystroke's arming, untimed. */
  let model = null;
  let pending = null;
  let fling = null;
  let lastMove = 0;
  window.__roster = {
    name: page.name,
    rowCount: rows.length ?? rows.sites?.length,
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
      if (reference) {
        const keys = reference.expected(rows, spec.kind === 'key' ? { query: spec.query } : { sort: spec.sort }).slice(0, EXPECTED_ROWS);
        check = () => shows(view, keys);
      } else if (spec.kind === 'key') {
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
    /** Flinging: back to the top (settled), then `flingStart()` before the wheel events and `flingStop()` once the list rests. */
    flingReady: async () => {
      const scroller = view.scroller();
      scroller.scrollTop = 0;
      await settle();
      await settle();
      const r = scroller.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, top: scroller.scrollTop };
    },
    flingStart() {
      fling = recordFrames(view);
    },
    /** The rows' area in CSS px (page coordinates: the bench scrolls no page), for the screencast frames. */
    rowArea() {
      const boxes = view.rowBoxes();
      const r = view.scroller().getBoundingClientRect();
      return { top: boxes.area.top, bottom: boxes.area.bottom, left: r.left, right: r.left + view.scroller().clientWidth };
    },
    /**
     * Ink in a screencast frame (JPEG, base64), decoded here: for each CSS pixel line of `area`,
     * whether any pixel is dark (text, icons); returns the tallest run of lines without ink.
     */
    async inkGap(data, deviceWidth, area) {
      const blob = await (await fetch(`data:image/jpeg;base64,${data}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const scale = bitmap.width / deviceWidth;
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      ctx.drawImage(bitmap, 0, 0);
      const x0 = Math.ceil(area.left * scale);
      const x1 = Math.floor(area.right * scale);
      const y0 = Math.ceil(area.top * scale);
      const y1 = Math.floor(area.bottom * scale);
      const pixels = ctx.getImageData(x0, y0, x1 - x0, y1 - y0).data;
      const width = x1 - x0;
      let run = 0;
      let gap = 0;
      for (let y = 0; y < y1 - y0; y++) {
        let ink = false;
        for (let x = 0, i = y * width * 4; x < width; x++, i += 4) {
          if (0.299 * pixels[i] + 0.587 * pixels[i + 1] + 0.114 * pixels[i + 2] < INK_LUMINANCE) {
            ink = true;
            break;
          }
        }
        run = ink ? 0 : run + 1;
        gap = Math.max(gap, run);
      }
      return gap / scale;
    },
    /** When the list last moved (epoch ms, as the screencast's timestamps), once `flingStop()` resolved. */
    lastMove: () => lastMove,
    /** Resolves once the scroll position has not moved for `still` frames; then the frames recorded. */
    flingStop: (still = 20) =>
      new Promise((resolve) => {
        const scroller = view.scroller();
        let last = scroller.scrollTop;
        let calm = 0;
        const check = () => {
          const top = scroller.scrollTop;
          if (top !== last) lastMove = Date.now();
          calm = top === last ? calm + 1 : 0;
          last = top;
          if (calm >= still) resolve(fling.stop());
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  };
}
