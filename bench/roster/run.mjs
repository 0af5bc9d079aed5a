/**
 * PP-ROSTER bench, browser side: drives the roster pages in one Chromium (Playwright) and
 * summarizes the figures. Called by `scripts/bench.mjs`, which bundles the pages, serves them and
 * launches the browser. Method: bench/README.md, part 3.
 */

/** `BENCH_ROSTER_PAGES=bare,ours`: only those pages (a quick look at ours against the floor); default every page. */
const ONLY_PAGES = (process.env.BENCH_ROSTER_PAGES ?? '')
  .split(',')
  .map((k) => k.trim())
  .filter(Boolean);

/** The pages, in the order of the report. `interactive`: typed into and sorted. */
export const ROSTER_PAGES = [
  { key: 'data', label: 'data only', entry: 'data.js', interactive: false },
  { key: 'bare', label: 'bare DOM (floor)', entry: 'bare.js', interactive: true },
  { key: 'vaadin', label: '@vaadin/grid', entry: 'vaadin.js', interactive: true, flung: true },
  { key: 'virtualizer', label: '@lit-labs/virtualizer', entry: 'virtualizer.js', interactive: true, flung: true },
  { key: 'ours', label: '<passport-roster>', entry: 'ours.js', interactive: true, flung: true, ours: true },
].filter((p) => ONLY_PAGES.length === 0 || ONLY_PAGES.includes(p.key));

export const VIEWPORT = { width: 1280, height: 720 };

/**
 * Keystrokes, each measured: « bern » typed letter by letter, a Backspace, clearing the field
 * (Ctrl+A, not measured, then Backspace), « jo », clearing again. Each one changes the first row
 * shown, in every page's order, at both sizes (checked on the data when the queries were chosen),
 * so the frame that shows the result is a new picture.
 */
export const KEYSTROKES = [
  { key: 'b', query: 'b' },
  { key: 'e', query: 'be' },
  { key: 'r', query: 'ber' },
  { key: 'n', query: 'bern' },
  { key: 'Backspace', query: 'ber' },
  { key: 'Backspace', query: '', selectAll: true },
  { key: 'j', query: 'j' },
  { key: 'o', query: 'jo' },
  { key: 'Backspace', query: '', selectAll: true },
];
/**
 * Header clicks, each measured, over every row (empty search), starting from the order by Nom:
 * Prénom, Nom, Prénom, Nom. Each is a click on another column than the current one: ascending.
 */
export const SORT_CLICKS = ['firstName', 'lastName', 'firstName', 'lastName'];

/**
 * Flings (issue 8, point 16): from the top, `FLING_EVENTS` wheel events of this many px each, one
 * every `FLING_PACE_MS` (a fast trackpad or wheel spin), over the middle of the list; every frame
 * is recorded until the list rests.
 */
export const FLINGS = [480, 1000];
export const FLING_EVENTS = 24;
export const FLING_PACE_MS = 16;

const MB = 2 ** 20;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function heap(cdp, tab) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const tree = await tab.evaluate(() => window.__roster.domSize());
  return {
    jsMB: usage.usedSize / MB,
    embedderMB: usage.embedderHeapUsedSize != null ? usage.embedderHeapUsedSize / MB : null,
    domNodes: counters.nodes,
    documents: counters.documents,
    listeners: counters.jsEventListeners,
    tree,
  };
}

const settle = (tab) => tab.evaluate(() => window.__roster.settle());
/** The measure of the last armed interaction and the page's own data steps, then lets the page settle. */
const collect = (tab) =>
  tab.evaluate(async () => {
    const r = await window.__roster.result();
    const dataSteps = window.__roster.dataSteps();
    await window.__roster.settle();
    return { ...r, dataSteps };
  });

async function typeQueries(tab, selectors, keystrokes = KEYSTROKES) {
  const search = tab.locator(selectors.search);
  await search.focus();
  await settle(tab);
  const samples = [];
  for (const step of keystrokes) {
    if (step.selectAll) await tab.keyboard.press('Control+A');
    await tab.evaluate((s) => window.__roster.arm(s), { kind: 'key', query: step.query });
    await tab.keyboard.press(step.key);
    samples.push({ ...(await collect(tab)), key: step.key, query: step.query });
  }
  return samples;
}

async function clickSorts(tab, selectors, clicks = SORT_CLICKS) {
  const samples = [];
  for (const column of clicks) {
    await tab.evaluate((s) => window.__roster.arm(s), { kind: 'click', sort: column });
    await tab.locator(selectors.sort[column]).first().click();
    samples.push({ ...(await collect(tab)), column });
  }
  return samples;
}

/**
 * A screencast frame is blank when its rows' area has a band with no ink (no text, no icon) taller
 * than this many row pitches: between two rows' texts there is less than one pitch of white, so
 * such a band is at least one row slot with no row painted in it.
 */
export const BLANK_BAND_PITCHES = 1.5;

/**
 * One fling per speed, watched two ways:
 * - as displayed: CDP `Page.startScreencast` hands every frame the compositor presents (JPEG; the
 *   next one after the bench's ack), from the first wheel event until the list rests; the harness
 *   decodes each one in the page, untimed, and finds the tallest band of the rows' area with no
 *   ink (`inkGap`). Blank: taller than `BLANK_BAND_PITCHES` row pitches. This is what a person
 *   sees, compositor scrolling included (the compositor can move the list before the page has
 *   rendered the rows there).
 * - in the DOM: each main-thread frame, the rows laid out in view (harness `blankOf`), from the
 *   first frame that moved to the last one.
 */
export async function fling(tab, cdp, pitch) {
  const samples = [];
  for (const px of FLINGS) {
    const at = await tab.evaluate(() => window.__roster.flingReady());
    const area = await tab.evaluate(() => window.__roster.rowArea());
    await tab.mouse.move(at.x, at.y);
    const shots = [];
    const onFrame = (f) => {
      shots.push({ data: f.data, t: f.metadata.timestamp * 1000, deviceWidth: f.metadata.deviceWidth });
      cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => {});
    };
    cdp.on('Page.screencastFrame', onFrame);
    await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 90, everyNthFrame: 1 });
    await sleep(100);
    await tab.evaluate(() => window.__roster.flingStart());
    const started = Date.now();
    for (let i = 0; i < FLING_EVENTS; i++) {
      await tab.mouse.wheel(0, px);
      await sleep(FLING_PACE_MS);
    }
    const frames = await tab.evaluate(() => window.__roster.flingStop());
    const rested = Date.now();
    await cdp.send('Page.stopScreencast');
    cdp.off('Page.screencastFrame', onFrame);
    const shown = shots.filter((s) => s.t >= started && s.t <= rested);
    const gaps = [];
    for (const s of shown) gaps.push(await tab.evaluate(([d, w, a]) => window.__roster.inkGap(d, w, a), [s.data, s.deviceWidth, area]));
    const blankShots = gaps.filter((g) => g > BLANK_BAND_PITCHES * pitch);
    let first = frames.findIndex((f) => f.top !== at.top);
    let last = -1;
    for (let i = 1; i < frames.length; i++) if (frames[i].top !== frames[i - 1].top) last = i;
    if (first < 0) first = 0;
    const moving = last >= first ? frames.slice(first, last + 1) : [];
    samples.push({
      px,
      frames: shown.length,
      blankFrames: blankShots.length,
      share: shown.length ? blankShots.length / shown.length : null,
      worstShare: Math.min(1, Math.max(0, ...gaps) / (area.bottom - area.top)),
      dom: {
        frames: moving.length,
        blankFrames: moving.filter((f) => f.blank).length,
        worstShare: Math.max(0, ...moving.map((f) => f.share)),
      },
      distance: moving.length ? moving.at(-1).top - at.top : 0,
    });
  }
  return samples;
}

/**
 * One fresh tab: load, first paint, heap, keystrokes, sorts, heap again. A page may bring its own
 * `keystrokes` and `sortClicks` (`<site-list>`, bench/sites/run.mjs); roster pages use the ones above.
 */
export async function measureLoad(context, origin, page, size, { warmUp = false, screenshot = null } = {}) {
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(`console.${m.type()}: ${m.text()}`));
  try {
    const cdp = await context.newCDPSession(tab);
    await tab.goto(`${origin}/roster-${page.key}.html?n=${size}`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__roster, null, { timeout: 120_000 });
    const info = await tab.evaluate(() => ({
      firstPaint: window.__roster.firstPaint,
      selectors: window.__roster.selectors,
      rowCount: window.__roster.rowCount,
      rowPitch: window.__roster.rowPitch,
    }));
    await settle(tab);
    if (screenshot) await tab.screenshot({ path: screenshot });
    if (warmUp) return { errors };
    const phases = {};
    const phase = async (name, f) => {
      const t = performance.now();
      const r = await f();
      phases[name] = Math.round(performance.now() - t);
      return r;
    };
    const heapAfterPaint = await phase('heap', () => heap(cdp, tab));
    const keys = page.interactive ? await phase('keys', () => typeQueries(tab, info.selectors, page.keystrokes)) : [];
    await tab.evaluate(() => window.__roster.release());
    const sorts = page.interactive ? await phase('sorts', () => clickSorts(tab, info.selectors, page.sortClicks)) : [];
    const heapAfterUse = page.interactive ? await phase('heap2', () => heap(cdp, tab)) : null;
    const flings = page.flung ? await phase('flings', () => fling(tab, cdp, info.rowPitch)) : [];
    return { ...info, heapAfterPaint, heapAfterUse, keys, sorts, flings, errors, phases };
  } finally {
    await tab.close();
  }
}

/**
 * Runs every page `runs` times at each size (pages rotated between runs, each load in a fresh
 * tab, after one warm-up load per page and size) and summarizes with `stats`.
 */
export async function runRoster({ browser, origin, sizes, runs, pages, stats, shotsDir, log }) {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light', deviceScaleFactor: 1 });
  const bySize = {};
  try {
    for (const size of sizes) {
      log(`bench: roster at ${size.toLocaleString('en')} rows: warm-up…`);
      const warmUpErrors = {};
      for (const page of pages) {
        warmUpErrors[page.key] = (
          await measureLoad(context, origin, page, size, { warmUp: true, screenshot: `${shotsDir}/roster-${page.key}-${size}.png` })
        ).errors;
      }
      const loads = Object.fromEntries(pages.map((p) => [p.key, []]));
      for (let i = 0; i < runs; i++) {
        // The data-only page is loaded once per size (its heap and DOM barely vary).
        const measured = pages.filter((p) => p.interactive || i === 0);
        const order = measured.map((_, k) => measured[(k + i) % measured.length]);
        for (const page of order) {
          const t = performance.now();
          const load = await measureLoad(context, origin, page, size);
          loads[page.key].push(load);
          log(
            `  ${size} ${page.key.padEnd(12)} run ${i + 1}/${runs} (${Math.round(performance.now() - t)} ms: ${Object.entries(load.phases)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')})`,
          );
        }
      }
      bySize[size] = Object.fromEntries(pages.map((p) => [p.key, summarize(loads[p.key], stats, warmUpErrors[p.key])]));
    }
  } finally {
    await context.close();
  }
  return bySize;
}

const latencies = (samples) => samples.filter((s) => !s.timeout).map((s) => s.latency);

export function summarize(loads, stats, warmUpErrors) {
  const keys = loads.flatMap((l) => l.keys);
  const sorts = loads.flatMap((l) => l.sorts);
  const heapStats = (pick) => {
    const hs = loads.map(pick).filter(Boolean);
    if (!hs.length) return null;
    return {
      jsMB: stats(hs.map((h) => h.jsMB)),
      embedderMB: stats(hs.map((h) => h.embedderMB)),
      domNodes: stats(hs.map((h) => h.domNodes)),
      treeNodes: stats(hs.map((h) => h.tree.total)),
      treeElements: stats(hs.map((h) => h.tree.elements)),
    };
  };
  const steps = (samples, kind) => stats(samples.flatMap((s) => s.dataSteps.filter((d) => d.kind === kind).map((d) => d.ms)));
  return {
    loads: loads.length,
    rowPitch: stats(loads.map((l) => l.rowPitch)).median,
    firstPaint: {
      createToPainted: stats(loads.map((l) => l.firstPaint.tPainted - l.firstPaint.tCreate)),
      navToPainted: stats(loads.map((l) => l.firstPaint.tPainted)),
      navToData: stats(loads.map((l) => l.firstPaint.tData)),
      timeouts: loads.filter((l) => l.firstPaint.timeout).length,
    },
    keystroke: {
      ...stats(latencies(keys)),
      samples: keys.length,
      timeouts: keys.filter((s) => s.timeout).length,
      frames: stats(keys.map((s) => s.frames)),
      inputDelay: stats(keys.map((s) => s.handlerAt - s.t0)),
      ownFilterCode: steps(keys, 'filter'),
    },
    sort: {
      ...stats(latencies(sorts)),
      samples: sorts.length,
      timeouts: sorts.filter((s) => s.timeout).length,
      frames: stats(sorts.map((s) => s.frames)),
      ownSortCode: steps(sorts, 'sort'),
    },
    heapAfterPaint: heapStats((l) => l.heapAfterPaint),
    heapAfterUse: heapStats((l) => l.heapAfterUse),
    flings: Object.fromEntries(
      FLINGS.map((px) => {
        const of = loads.flatMap((l) => l.flings ?? []).filter((f) => f.px === px);
        const frames = of.reduce((t, f) => t + f.frames, 0);
        const blankFrames = of.reduce((t, f) => t + f.blankFrames, 0);
        const domFrames = of.reduce((t, f) => t + f.dom.frames, 0);
        const domBlank = of.reduce((t, f) => t + f.dom.blankFrames, 0);
        return [
          px,
          {
            flings: of.length,
            frames,
            blankFrames,
            share: frames ? blankFrames / frames : null,
            worstShare: of.length ? Math.max(...of.map((f) => f.worstShare)) : null,
            dom: { frames: domFrames, blankFrames: domBlank, share: domFrames ? domBlank / domFrames : null },
            distance: stats(of.map((f) => f.distance)).median,
          },
        ];
      }),
    ),
    errors: [...new Set([...warmUpErrors, ...loads.flatMap((l) => l.errors)])],
    runs: loads.map((l) => ({
      firstPaint: l.firstPaint,
      heapAfterPaint: l.heapAfterPaint,
      heapAfterUse: l.heapAfterUse,
      keys: l.keys.map(({ key, query, latency, frames, timeout }) => ({ key, query, latency, frames, timeout })),
      sorts: l.sorts.map(({ column, latency, frames, timeout }) => ({ column, latency, frames, timeout })),
      flings: l.flings,
    })),
  };
}

// ── Report ─────────────────────────────────────────────────────────────────────────────────────

/** Targets of issue 4 (« Scale »), as ratios measured in one run. */
export const ROSTER_TARGETS = {
  dataStepOverFloor: 1.5,
  frameOverFasterContender: 0.6,
  firstPaintOverFasterContender: 1,
  domNodes: 2000,
  blankFlingFrames: 0,
  keystrokeOverFloor: 1.2,
  firstPaintOverFloor: 2,
};

const fmt = (x, digits = 1) => (x == null || Number.isNaN(x) ? '—' : x.toFixed(digits));
const times = (x) => (x == null ? '—' : `${x.toFixed(2)}×`);
const pct = (x) => (x == null ? '—' : `${(x * 100).toFixed(1)} %`);
/** « 12.5 % (6/48) »: the share of frames with a blank row slot while flinging, and the counts. */
const blankText = (f) => (f && f.frames ? `${pct(f.share)} (${f.blankFrames}/${f.frames})` : '—');
const met = (ok) => (ok == null ? 'not measured' : ok ? 'met' : 'NOT MET');
const size$ = (n) => n.toLocaleString('en');

/**
 * The verdicts of every target, from the Node data step (`dataStep`, measureRosterData's result)
 * and the browser figures (`bySize`: size → page key → summary). A target whose figures are
 * missing is "not measured", never met.
 */
export function rosterVerdicts(dataStep, bySize) {
  const verdicts = [];
  const big = Math.max(...(dataStep?.results ?? []).map((r) => r.size), ...Object.keys(bySize ?? {}).map(Number));
  const data = dataStep?.results.find((r) => r.size === big);
  for (const s of data?.search ?? []) {
    const ratio = s.oursKeystrokeMs / s.floorMs;
    verdicts.push({
      target: `filter data step at ${size$(big)} rows, « ${s.query} » typed letter by letter: ours ≤ ${ROSTER_TARGETS.dataStepOverFloor}× the prebuilt-haystack floor`,
      ours: s.oursKeystrokeMs,
      reference: s.floorMs,
      ratio,
      limit: ROSTER_TARGETS.dataStepOverFloor,
      met: ratio <= ROSTER_TARGETS.dataStepOverFloor,
    });
  }
  if (data) {
    const ratio = data.sort.oursMs / data.sort.floorMs;
    verdicts.push({
      target: `sort data step at ${size$(big)} rows (${data.sort.column}): ours ≤ ${ROSTER_TARGETS.dataStepOverFloor}× the cached-rank floor`,
      ours: data.sort.oursMs,
      reference: data.sort.floorMs,
      ratio,
      limit: ROSTER_TARGETS.dataStepOverFloor,
      met: ratio <= ROSTER_TARGETS.dataStepOverFloor,
    });
  }
  const faster = (pages, pick) => {
    const values = ['vaadin', 'virtualizer'].map((k) => ({ k, v: pages?.[k] ? pick(pages[k]) : null })).filter((x) => x.v != null);
    return values.length === 2 ? values.reduce((a, b) => (b.v < a.v ? b : a)) : null;
  };
  const vsContenders = (label, size, pick, limit) => {
    const pages = bySize?.[size];
    const best = faster(pages, pick);
    const ours = pages?.ours ? pick(pages.ours) : null;
    const ratio = ours != null && best ? ours / best.v : null;
    verdicts.push({
      target: `${label} at ${size$(size)} rows: ours ≤ ${limit}× the faster contender${best ? ` (${best.k})` : ''}`,
      ours,
      reference: best?.v ?? null,
      ratio,
      limit,
      met: ratio == null ? null : ratio <= limit,
    });
  };
  /** Issue 11, point 3: the next mark is the bare-DOM floor of the same run (`bare.js`). */
  const vsFloor = (label, size, pick, limit) => {
    const pages = bySize?.[size];
    const floor = pages?.bare ? pick(pages.bare) : null;
    const ours = pages?.ours ? pick(pages.ours) : null;
    const ratio = ours != null && floor ? ours / floor : null;
    verdicts.push({
      target: `${label} at ${size$(size)} rows: ours ≤ ${limit}× the bare-DOM floor (issue 11)`,
      ours,
      reference: floor,
      ratio,
      limit,
      met: ratio == null ? null : ratio <= limit,
    });
  };
  vsFloor('keystroke → next painted frame (median)', big, (p) => p.keystroke.median, ROSTER_TARGETS.keystrokeOverFloor);
  vsFloor(
    'first paint (creation → rows painted, median)',
    big,
    (p) => p.firstPaint.createToPainted.median,
    ROSTER_TARGETS.firstPaintOverFloor,
  );
  vsContenders('keystroke → next painted frame (median)', big, (p) => p.keystroke.median, ROSTER_TARGETS.frameOverFasterContender);
  vsContenders('sort → next painted frame (median)', big, (p) => p.sort.median, ROSTER_TARGETS.frameOverFasterContender);
  const sizes = [...new Set([...(dataStep?.results ?? []).map((r) => r.size), ...Object.keys(bySize ?? {}).map(Number)])].sort(
    (a, b) => a - b,
  );
  for (const size of sizes) {
    vsContenders(
      'first paint (creation → rows painted, median)',
      size,
      (p) => p.firstPaint.createToPainted.median,
      ROSTER_TARGETS.firstPaintOverFasterContender,
    );
  }
  for (const size of sizes) {
    const ours = bySize?.[size]?.ours;
    const nodes = ours ? Math.max(ours.heapAfterPaint?.treeNodes.max ?? 0, ours.heapAfterUse?.treeNodes.max ?? 0) : null;
    verdicts.push({
      target: `DOM nodes in the document at ${size$(size)} rows (most seen, shadow trees included): ours < ${ROSTER_TARGETS.domNodes}`,
      ours: nodes,
      reference: null,
      ratio: null,
      limit: ROSTER_TARGETS.domNodes,
      met: nodes == null ? null : nodes < ROSTER_TARGETS.domNodes,
    });
  }
  for (const size of sizes) {
    for (const px of FLINGS) {
      const f = bySize?.[size]?.ours?.flings?.[px];
      const measured = f && f.frames > 0;
      verdicts.push({
        target: `frames with a blank row slot while flinging at ${px} px per wheel event, ${size$(size)} rows (issue 8): ours ${ROSTER_TARGETS.blankFlingFrames} %`,
        ours: measured ? blankText(f) : null,
        reference: null,
        ratio: null,
        limit: ROSTER_TARGETS.blankFlingFrames,
        met: measured ? f.blankFrames === 0 : null,
      });
    }
  }
  return verdicts;
}

/** The console report of part 3 (lines). */
export function rosterReport({ dataStep, bySize, pages, table }) {
  const out = [];
  out.push(`3. PP-ROSTER — the same rows (generateEmployees(n, seed 1)) everywhere; method in bench/README.md`);
  if (dataStep) {
    out.push(`   Data step in Node, no DOM (bench/roster-data.mjs, medians of ${dataStep.runs} runs, ms)`);
    const rows = [];
    for (const r of dataStep.results) {
      for (const s of r.search)
        rows.push([
          size$(r.size),
          `filter « ${s.query} », last keystroke (${s.matches} matches)`,
          `naive ${fmt(s.naiveMs, 2)}`,
          fmt(s.floorMs, 2),
          fmt(s.oursKeystrokeMs, 2),
          times(s.oursKeystrokeMs / s.floorMs),
        ]);
      rows.push([
        size$(r.size),
        `sort by ${r.sort.column}, ranks cached`,
        `collator ${fmt(r.sort.collatorMs, 1)}`,
        fmt(r.sort.floorMs, 2),
        fmt(r.sort.oursMs, 2),
        times(r.sort.oursMs / r.sort.floorMs),
      ]);
      rows.push([size$(r.size), 'index build / first sort of a column', '', '', `${fmt(r.buildMs)} / ${fmt(r.sort.firstSortMs)}`, '']);
    }
    out.push(table(['rows', 'step', 'straightforward', 'floor', 'ours', 'ours/floor'], rows, ['r', 'l', 'r', 'r', 'r', 'r']));
  }
  for (const [size, byPage] of Object.entries(bySize ?? {})) {
    const shown = pages.filter((p) => byPage[p.key]);
    const col = (pick) => shown.map((p) => pick(byPage[p.key], p));
    const ifInteractive = (f) => (s, p) => (p.interactive ? f(s) : '—');
    out.push('');
    const loadsOf = Math.max(...shown.map((p) => byPage[p.key].loads));
    out.push(
      `   Chromium, ${size$(Number(size))} rows — ${loadsOf} loads per page (data only: 1), ${KEYSTROKES.length} keystrokes and ${SORT_CLICKS.length} sorts per load, ${VIEWPORT.width}×${VIEWPORT.height}; medians (p90) in ms, heap in MB`,
    );
    const rows = [
      [
        'first paint: creation → rows painted',
        ...col((s, p) =>
          p.key === 'data' ? '—' : `${fmt(s.firstPaint.createToPainted.median)} (${fmt(s.firstPaint.createToPainted.p90)})`,
        ),
      ],
      ['first paint: navigation → rows painted', ...col((s) => fmt(s.firstPaint.navToPainted.median))],
      ['keystroke → next painted frame', ...col(ifInteractive((s) => `${fmt(s.keystroke.median)} (${fmt(s.keystroke.p90)})`))],
      [
        "  of which the page's own filter code",
        ...col((s, p) => (p.interactive && s.keystroke.ownFilterCode.n ? fmt(s.keystroke.ownFilterCode.median) : '—')),
      ],
      ['sort → next painted frame', ...col(ifInteractive((s) => `${fmt(s.sort.median)} (${fmt(s.sort.p90)})`))],
      [
        "  of which the page's own sort code",
        ...col((s, p) => (p.interactive && s.sort.ownSortCode.n ? fmt(s.sort.ownSortCode.median) : '—')),
      ],
      ['JS heap after first paint', ...col((s) => fmt(s.heapAfterPaint?.jsMB.median))],
      ['JS heap after the keystrokes and sorts', ...col(ifInteractive((s) => fmt(s.heapAfterUse?.jsMB.median)))],
      ['Blink heap (DOM…) after them', ...col((s) => fmt((s.heapAfterUse ?? s.heapAfterPaint)?.embedderMB.median))],
      ['DOM nodes in the document, shadow trees incl.', ...col((s) => fmt((s.heapAfterUse ?? s.heapAfterPaint)?.treeNodes.median, 0))],
      ['live DOM nodes (CDP, detached incl.)', ...col((s) => fmt((s.heapAfterUse ?? s.heapAfterPaint)?.domNodes.median, 0))],
      ['page bundle, min+gz kB', ...col((_, p) => fmt(p.bundle.gzBytes / 1000))],
      ['row pitch as laid out, px', ...col((s) => fmt(s.rowPitch))],
      ...FLINGS.map((px) => [
        `fling at ${px} px/wheel: frames with a blank row (all loads)`,
        ...col((s, p) => (p.flung ? blankText(s.flings?.[px]) : '—')),
      ]),
      ...FLINGS.map((px) => [
        `  most of the rows' area blank in one frame (${px} px)`,
        ...col((s, p) => (p.flung && s.flings?.[px]?.frames ? pct(s.flings[px].worstShare) : '—')),
      ]),
    ];
    out.push(table(['metric', ...shown.map((p) => p.label)], rows, ['l', ...shown.map(() => 'r')]));
    const bad = shown.flatMap((p) => {
      const s = byPage[p.key];
      const n = s.firstPaint.timeouts + s.keystroke.timeouts + s.sort.timeouts;
      return n ? [`${p.label}: ${n} measurement(s) never showed the expected rows (left out of the medians)`] : [];
    });
    for (const b of bad) out.push(`   !! ${b}`);
    for (const p of shown)
      if (byPage[p.key].errors.length) out.push(`   !! ${p.label} page errors: ${byPage[p.key].errors.slice(0, 3).join(' | ')}`);
  }
  out.push('');
  out.push('   Targets (issues 4 and 8, ratios within this run)');
  for (const v of rosterVerdicts(dataStep, bySize)) {
    const figures =
      v.ratio != null ? `${fmt(v.ours, 2)} vs ${fmt(v.reference, 2)} → ${times(v.ratio)}` : v.ours != null ? String(v.ours) : '—';
    out.push(`   - ${v.target}: ${figures} → ${met(v.met)}`);
  }
  return out;
}

/** The README rows of part 3 (markdown). */
export function rosterReadme({ dataStep, bySize, pages }) {
  const lines = [];
  const sizes = Object.keys(bySize ?? {}).map(Number);
  if (sizes.length) {
    const shown = pages.filter((p) => p.key !== 'data' && sizes.every((n) => bySize[n][p.key]));
    lines.push(
      `| Roster, medians | rows | ${shown.map((p) => p.label.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))).join(' | ')} |`,
    );
    lines.push(`| --- | ---: | ${shown.map(() => '---:').join(' | ')} |`);
    const row = (label, pick) => {
      for (const n of sizes) lines.push(`| ${label} | ${size$(n)} | ${shown.map((p) => pick(bySize[n][p.key], p)).join(' | ')} |`);
    };
    row('First paint (creation → rows painted), ms', (s) => fmt(s.firstPaint.createToPainted.median));
    row('Keystroke → next painted frame, ms', (s) => fmt(s.keystroke.median));
    row('Sort → next painted frame, ms', (s) => fmt(s.sort.median));
    // Issue 11: each page's first paint and keystroke against the bare-DOM floor of the same run.
    const overFloor = (n, p, pick) => {
      const floor = bySize[n].bare;
      return p.key === 'bare' || !floor ? '—' : times(pick(bySize[n][p.key]) / pick(floor));
    };
    for (const n of sizes)
      lines.push(
        `| First paint, × the bare-DOM floor | ${size$(n)} | ${shown.map((p) => overFloor(n, p, (s) => s.firstPaint.createToPainted.median)).join(' | ')} |`,
      );
    for (const n of sizes)
      lines.push(
        `| Keystroke → frame, × the bare-DOM floor | ${size$(n)} | ${shown.map((p) => overFloor(n, p, (s) => s.keystroke.median)).join(' | ')} |`,
      );
    row('JS heap after use, MB', (s) => fmt(s.heapAfterUse?.jsMB.median));
    row('DOM nodes (shadow trees incl.)', (s) => fmt(s.heapAfterUse?.treeNodes.median, 0));
    for (const px of FLINGS) row(`Fling at ${px} px/wheel: frames with a blank row`, (s, p) => (p.flung ? blankText(s.flings?.[px]) : '—'));
    lines.push('');
  }
  const verdicts = rosterVerdicts(dataStep, bySize);
  if (verdicts.length) {
    lines.push('| Roster target (issues 4 and 8) | measured | verdict |');
    lines.push('| --- | --- | --- |');
    for (const v of verdicts) {
      const figures =
        v.ratio != null ? `${fmt(v.ours, 2)} vs ${fmt(v.reference, 2)} ms → ${times(v.ratio)}` : v.ours != null ? String(v.ours) : '—';
      lines.push(`| ${v.target.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))} | ${figures} | ${met(v.met)} |`);
    }
  }
  return lines;
}
