/**
 * RS-SITES bench, browser side (issue 9, « Speed and size »): `<site-list>` at 5,000 and 50,000
 * sites, measured in the same run as `<passport-roster>` at the same sizes, on the same harness
 * (bench/roster/harness.js, `measureLoad` of bench/roster/run.mjs: same Chromium, viewport, list
 * height, « painted frame » and settling). Each page types its own keystrokes (each changes the
 * rows shown in its data) and clicks its own headers (each a new column: ascending). Targets:
 * keystroke → next painted frame and sort → next painted frame within 1.2× of the roster's
 * (medians, same size), and fewer than 2,000 DOM nodes. Method: bench/README.md, part 4.
 */
import { ROSTER_PAGES, VIEWPORT, measureLoad, summarize } from '../roster/run.mjs';

export const SITE_SIZES = [5_000, 50_000];

/**
 * `<site-list>`'s keystrokes: « past » letter by letter (« rue Pasteur »), a Backspace, clearing
 * (Ctrl+A then Backspace), « zo » (« rue Émile-Zola »), clearing again: 9, as the roster's, each
 * changing the first rows shown (checked on the data when chosen).
 */
export const SITE_KEYSTROKES = [
  { key: 'p', query: 'p' },
  { key: 'a', query: 'pa' },
  { key: 's', query: 'pas' },
  { key: 't', query: 'past' },
  { key: 'Backspace', query: 'pas' },
  { key: 'Backspace', query: '', selectAll: true },
  { key: 'z', query: 'z' },
  { key: 'o', query: 'zo' },
  { key: 'Backspace', query: '', selectAll: true },
];
/** Header clicks from the default order (by name): Adresse, Site, Adresse, Site. */
export const SITE_SORT_CLICKS = ['location', 'name', 'location', 'name'];

export const SITE_PAGES = [
  { ...ROSTER_PAGES.find((p) => p.key === 'ours'), flung: false },
  {
    key: 'sites',
    label: '<site-list>',
    entry: '../sites/sites.js',
    interactive: true,
    flung: false,
    keystrokes: SITE_KEYSTROKES,
    sortClicks: SITE_SORT_CLICKS,
  },
];

export const SITE_TARGETS = { frameOverRoster: 1.2, domNodes: 2000 };

/** Each page `runs` times at each size (rotated, fresh tabs, one warm-up load per page and size). */
export async function runSites({ browser, origin, sizes = SITE_SIZES, runs, pages, stats, log }) {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light', deviceScaleFactor: 1 });
  const bySize = {};
  try {
    for (const size of sizes) {
      log(`bench: sites at ${size.toLocaleString('en')}: warm-up…`);
      const warmUpErrors = {};
      for (const page of pages) warmUpErrors[page.key] = (await measureLoad(context, origin, page, size, { warmUp: true })).errors;
      const loads = Object.fromEntries(pages.map((p) => [p.key, []]));
      for (let i = 0; i < runs; i++) {
        const order = pages.map((_, k) => pages[(k + i) % pages.length]);
        for (const page of order) {
          const t = performance.now();
          const load = await measureLoad(context, origin, page, size);
          loads[page.key].push(load);
          log(
            `  ${size} ${page.key.padEnd(6)} run ${i + 1}/${runs} (${Math.round(performance.now() - t)} ms: ${Object.entries(load.phases)
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

const fmt = (x, digits = 1) => (x == null || Number.isNaN(x) ? '—' : x.toFixed(digits));
const times = (x) => (x == null ? '—' : `${x.toFixed(2)}×`);
const met = (ok) => (ok == null ? 'not measured' : ok ? 'met' : 'NOT MET');
const size$ = (n) => n.toLocaleString('en');

/** The verdicts: frames against the roster's at each size, and the DOM. A missing figure is « not measured ». */
export function sitesVerdicts(bySize) {
  const verdicts = [];
  for (const [size, pages] of Object.entries(bySize ?? {})) {
    const vs = (label, pick) => {
      const ours = pages.sites ? pick(pages.sites) : null;
      const roster = pages.ours ? pick(pages.ours) : null;
      const ratio = ours != null && roster ? ours / roster : null;
      verdicts.push({
        target: `${label} at ${size$(Number(size))}: <site-list> ≤ ${SITE_TARGETS.frameOverRoster}× <passport-roster>`,
        ours,
        reference: roster,
        ratio,
        limit: SITE_TARGETS.frameOverRoster,
        met: ratio == null ? null : ratio <= SITE_TARGETS.frameOverRoster,
      });
    };
    vs('keystroke → next painted frame (median)', (p) => p.keystroke.median);
    vs('sort → next painted frame (median)', (p) => p.sort.median);
    const s = pages.sites;
    const nodes = s ? Math.max(s.heapAfterPaint?.treeNodes.max ?? 0, s.heapAfterUse?.treeNodes.max ?? 0) : null;
    verdicts.push({
      target: `DOM nodes in the document at ${size$(Number(size))} sites (most seen, shadow trees included): < ${SITE_TARGETS.domNodes}`,
      ours: nodes,
      reference: null,
      ratio: null,
      limit: SITE_TARGETS.domNodes,
      met: nodes == null ? null : nodes < SITE_TARGETS.domNodes,
    });
  }
  return verdicts;
}

/** The console report of part 4 (lines). */
export function sitesReport({ bySize, pages, runs, table }) {
  const out = [
    `4. RS-SITES — <site-list> and <passport-roster> at the same sizes, same harness (${runs} loads per page and size); method in bench/README.md`,
  ];
  for (const [size, byPage] of Object.entries(bySize ?? {})) {
    const shown = pages.filter((p) => byPage[p.key]);
    const col = (pick) => shown.map((p) => pick(byPage[p.key], p));
    out.push('');
    out.push(`   Chromium, ${size$(Number(size))} rows — medians (p90) in ms`);
    out.push(
      table(
        ['metric', ...shown.map((p) => p.label)],
        [
          [
            'first paint: creation → rows painted',
            ...col((s) => `${fmt(s.firstPaint.createToPainted.median)} (${fmt(s.firstPaint.createToPainted.p90)})`),
          ],
          ['keystroke → next painted frame', ...col((s) => `${fmt(s.keystroke.median)} (${fmt(s.keystroke.p90)})`)],
          ['sort → next painted frame', ...col((s) => `${fmt(s.sort.median)} (${fmt(s.sort.p90)})`)],
          ['JS heap after use, MB', ...col((s) => fmt(s.heapAfterUse?.jsMB.median))],
          ['DOM nodes in the document, shadow trees incl.', ...col((s) => fmt((s.heapAfterUse ?? s.heapAfterPaint)?.treeNodes.max, 0))],
          ['row pitch as laid out, px', ...col((s) => fmt(s.rowPitch))],
          ['page bundle, min+gz kB', ...col((_, p) => (p.bundle ? fmt(p.bundle.gzBytes / 1000) : '—'))],
        ],
        ['l', ...shown.map(() => 'r')],
      ),
    );
    for (const p of shown) {
      const s = byPage[p.key];
      const n = s.firstPaint.timeouts + s.keystroke.timeouts + s.sort.timeouts;
      if (n) out.push(`   !! ${p.label}: ${n} measurement(s) never showed the expected rows (left out of the medians)`);
      if (s.errors.length) out.push(`   !! ${p.label} page errors: ${s.errors.slice(0, 3).join(' | ')}`);
    }
  }
  out.push('', '   Targets (issue 9, ratios within this run)');
  for (const v of sitesVerdicts(bySize)) {
    const figures =
      v.ratio != null ? `${fmt(v.ours, 2)} vs ${fmt(v.reference, 2)} → ${times(v.ratio)}` : v.ours != null ? String(v.ours) : '—';
    out.push(`   - ${v.target}: ${figures} → ${met(v.met)}`);
  }
  return out;
}

/** The README rows of part 4 (markdown). */
export function sitesReadme({ bySize }) {
  const lines = [];
  const sizes = Object.keys(bySize ?? {});
  if (!sizes.length) return lines;
  const esc = (t) => t.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
  lines.push('| Sites, medians | rows | &lt;passport-roster&gt; | &lt;site-list&gt; |', '| --- | ---: | ---: | ---: |');
  const row = (label, pick) => {
    for (const n of sizes)
      lines.push(
        `| ${label} | ${size$(Number(n))} | ${fmt(bySize[n].ours ? pick(bySize[n].ours) : null)} | ${fmt(bySize[n].sites ? pick(bySize[n].sites) : null)} |`,
      );
  };
  row('Keystroke → next painted frame, ms', (s) => s.keystroke.median);
  row('Sort → next painted frame, ms', (s) => s.sort.median);
  row('DOM nodes (shadow trees incl.)', (s) => (s.heapAfterUse ?? s.heapAfterPaint)?.treeNodes.max);
  lines.push('', '| Sites target (issue 9) | measured | verdict |', '| --- | --- | --- |');
  for (const v of sitesVerdicts(bySize)) {
    const figures =
      v.ratio != null ? `${fmt(v.ours, 2)} vs ${fmt(v.reference, 2)} ms → ${times(v.ratio)}` : v.ours != null ? String(v.ours) : '—';
    lines.push(`| ${esc(v.target)} | ${figures} | ${met(v.met)} |`);
  }
  return lines;
}
