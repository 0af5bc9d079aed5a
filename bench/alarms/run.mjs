/**
 * RS-ALARMS — the alarm stream's latency in Chromium (`npm run bench`, part `alarms`): from an event
 * written by the mock to the row painted, median of `BENCH_ALARM_RUNS` (default 40) alarms after 5
 * warm-up ones; target < 50 ms. Its own page (bench/alarms/page.js, bundled minified like the
 * others), the msw worker at the site's root, its own browser context. Touches no roster file.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const ALARM_TARGET_MS = 50;
export const ALARM_WARMUP = 5;

export async function runAlarms({ build, root, site, browser, origin, stats, log, runs = 40 }) {
  log('bench: building the alarm stream page…');
  const r = await build(join(root, 'bench/alarms/page.js'));
  const dir = join(site, 'alarms');
  mkdirSync(dir, { recursive: true });
  for (const f of r.files) writeFileSync(join(dir, f.fileName), f.code);
  const entry = r.files.find((f) => f.isEntry).fileName;
  writeFileSync(
    join(site, 'alarms.html'),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>alarms bench</title><link rel="icon" href="data:,"></head><body><script type="module" src="alarms/${entry}"></script></body></html>\n`,
  );
  // msw's worker must be served from the root (scope /).
  copyFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), join(site, 'mockServiceWorker.js'));

  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()}`));
  try {
    await page.goto(`${origin}/alarms.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__alarms, null, { timeout: 30_000 });
    if (!(await page.evaluate(() => window.__alarms.ready))) throw new Error('the alarm list never went live');
    log(`bench: ${runs} streamed alarms (+${ALARM_WARMUP} warm-up)…`);
    const samples = [];
    for (let i = 0; i < ALARM_WARMUP + runs; i++) {
      const s = await page.evaluate(() => window.__alarms.measure());
      if (i >= ALARM_WARMUP) samples.push(s);
      await page.waitForTimeout(30);
    }
    const latency = stats(samples.map((s) => s.ms));
    return {
      method:
        'performance.now() just before the in-page mock writes alarm-raised (raiseAlarm on the store; msw sse() → service worker → fetch stream → eventsource-parser → feed flow → Lit) → the first painted frame (rAF, then a user-blocking task after it) whose DOM shows the alarm on top',
      runs,
      warmup: ALARM_WARMUP,
      rows: await page.evaluate(() => window.__alarms.rows()),
      latencyMs: latency,
      frames: stats(samples.map((s) => s.frames)),
      timeouts: samples.filter((s) => s.ms == null).length,
      targetMs: ALARM_TARGET_MS,
      verdict: latency.median != null && latency.median < ALARM_TARGET_MS ? 'OK' : 'OVER',
      pageErrors: [...new Set(errors)],
      samples: samples.map((s) => s.ms),
    };
  } finally {
    await context.close();
  }
}

/** The report's lines. */
export function alarmsReport(a, table) {
  const ms = (x) => (x == null ? '—' : x.toFixed(1));
  const lines = [
    `4. RS-ALARMS alarm stream: event written by the mock → row painted (<active-alarms>, ${a.rows} rows, ${a.runs} alarms after ${a.warmup} warm-up)`,
    table(
      ['metric', 'median', 'p90', 'min', 'max'],
      [
        ['latency ms', ms(a.latencyMs.median), ms(a.latencyMs.p90), ms(a.latencyMs.min), ms(a.latencyMs.max)],
        ['frames waited', ms(a.frames.median), ms(a.frames.p90), ms(a.frames.min), ms(a.frames.max)],
      ],
      ['l', 'r', 'r', 'r', 'r'],
    ),
    `   Target median < ${a.targetMs} ms: ${ms(a.latencyMs.median)} ms → ${a.verdict}`,
  ];
  if (a.timeouts) lines.push(`   !! ${a.timeouts} alarms never painted`);
  if (a.pageErrors.length) lines.push(`   !! page errors: ${a.pageErrors.join(' | ')}`);
  return lines;
}

/** The README block's line. */
export const alarmsReadme = (a) =>
  `Alarm stream (RS-ALARMS): from an event written by the mock to the row painted, median ${a.latencyMs.median?.toFixed(1)} ms over ${a.runs} alarms (p90 ${a.latencyMs.p90?.toFixed(1)} ms; target < ${a.targetMs} ms ${a.verdict}).`;
