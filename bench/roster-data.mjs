#!/usr/bin/env node
/**
 * PP-ROSTER — the roster's data engine at 10,000 and 100,000 employees (a benchmark, not a test:
 * nothing here fails on a figure).
 *
 *   cd /work/main && node_modules/.bin/node --conditions=@vigie/source --import tsx bench/roster-data.mjs
 *
 * Rows come from the mock API's generator (`generateEmployees`, seed 1). Every figure is the median
 * of several runs, after warm-up runs, with a full garbage collection before each run. Measured:
 * - search, for the last keystroke of a query typed letter by letter (« d », « du », « dup »):
 *   the naive filter (`toLowerCase().includes` on every cell of every row), the floor (one
 *   pre-folded haystack string per row + `includes`, nothing else), and ours (`viewRoster`, which
 *   refines the previous keystroke's matches), plus ours for the same query typed at once;
 * - sort by first name: `Intl.Collator('fr')` comparisons on the rows (with the roster's
 *   tie-breaks), the floor (placing each row at a precomputed rank: one write per row), and ours
 *   (`viewRoster` with the column's ranks already there: a counting sort of the tie order);
 * - the index build, and the first sort of a column (its ranks and the tie order).
 *
 * `measureRosterData()` returns the figures (the main bench calls it); run alone, the file prints them.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import { buildRosterIndex, normalizeRosterText, viewRoster } from '@vigie/core/passport';
import { generateEmployees } from '../packages/mock-api/src/passport/generate.ts';

v8.setFlagsFromString('--expose-gc');
/** A full collection before each timed run, so one run does not pay for the garbage of the previous one. */
const gc = vm.runInNewContext('gc');

/** The French labels the roster shows (as the passport catalog words them). */
const PROFILE_LABELS = {
  administrative: 'Salarié administratif',
  'administrative-trainer': 'Salarié administratif · formateur',
  'administrative-checker': 'Salarié administratif · contrôleur',
  'administrative-trainer-checker': 'Salarié administratif · formateur · contrôleur',
  technical: 'Salarié technique',
  'technical-trainer': 'Salarié technique · formateur',
  'technical-checker': 'Salarié technique · contrôleur',
  'technical-trainer-checker': 'Salarié technique · formateur · contrôleur',
};
const STATE_LABELS = { active: 'Actif', blocked: 'Bloqué' };
const LABELS = { profile: (id) => PROFILE_LABELS[id], state: (state) => STATE_LABELS[state] };

/** Queries typed letter by letter: the brief's « dup » (which also finds the company's e-mail domain, granulats-dupont.fr) and a selective one. */
const QUERIES = ['dup', 'lefè'];
const SORT_COLUMN = 'firstName';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Median duration (ms) of `run`, each run after `prepare` (not timed) and a full GC. `prepare`'s
 * result is passed to `run`.
 */
function time(run, { runs, warmup = 2, prepare = () => undefined }) {
  const durations = [];
  for (let i = 0; i < warmup + runs; i++) {
    const input = prepare();
    gc();
    const started = performance.now();
    run(input);
    const elapsed = performance.now() - started;
    if (i >= warmup) durations.push(elapsed);
  }
  return median(durations);
}

/** Naive filter: lower-cases every cell of every row at each keystroke. */
function naiveFilter(rows, query) {
  const q = query.toLowerCase();
  return rows.filter(
    (r) =>
      r.firstName.toLowerCase().includes(q) ||
      r.lastName.toLowerCase().includes(q) ||
      (r.email !== null && r.email.toLowerCase().includes(q)),
  );
}

/** Floor: one pre-folded haystack per row, `includes`, the matching positions. */
function floorFilter(haystacks, token) {
  const out = new Uint32Array(haystacks.length);
  let n = 0;
  for (let i = 0; i < haystacks.length; i++) if (haystacks[i].includes(token)) out[n++] = i;
  return out.subarray(0, n);
}

/** Collator comparison with the roster's tie-breaks (last name, first name, id). */
function collatorSort(rows, collator) {
  return [...rows].sort(
    (a, b) =>
      collator.compare(a[SORT_COLUMN], b[SORT_COLUMN]) ||
      collator.compare(a.lastName, b.lastName) ||
      collator.compare(a.firstName, b.firstName) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function measureSearch(rows, index, query, runs) {
  const haystacks = rows.map((r) => normalizeRosterText(`${r.firstName}\n${r.lastName}\n${r.email ?? ''}`));
  const token = normalizeRosterText(query);
  const prefixes = Array.from({ length: query.length - 1 }, (_, i) => query.slice(0, i + 1));
  const typeUpToLast = () => {
    viewRoster(index, { query: '' });
    for (const prefix of prefixes) viewRoster(index, { query: prefix });
  };
  const freshSearch = () => viewRoster(index, { query: '' });
  const naiveMs = time(() => naiveFilter(rows, query), { runs });
  const floorMs = time(() => floorFilter(haystacks, token), { runs });
  const oursKeystrokeMs = time(() => viewRoster(index, { query }), { runs, prepare: typeUpToLast });
  const oursAtOnceMs = time(() => viewRoster(index, { query }), { runs, prepare: freshSearch });
  return {
    query,
    matches: viewRoster(index, { query }).length,
    floorMatches: floorFilter(haystacks, token).length,
    naiveMs,
    floorMs,
    oursKeystrokeMs,
    oursAtOnceMs,
    oursOverFloor: oursKeystrokeMs / floorMs,
  };
}

function measureSort(rows, index, runs) {
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  const ascending = { column: SORT_COLUMN, direction: 'ascending' };
  const descending = { column: SORT_COLUMN, direction: 'descending' };
  // The floor's ranks: each row's place in our ascending order, computed once.
  const order = viewRoster(index, { sort: ascending });
  const ranks = new Uint32Array(order.length);
  order.forEach((position, rank) => (ranks[position] = rank));
  const scatter = () => {
    const out = new Uint32Array(ranks.length);
    for (let i = 0; i < ranks.length; i++) out[ranks[i]] = i;
    return out;
  };
  let flip = false;
  const collatorRuns = rows.length > 50_000 ? 3 : runs;
  const collatorMs = time(() => collatorSort(rows, collator), { runs: collatorRuns, warmup: 1 });
  const floorMs = time(scatter, { runs });
  // Alternating directions: the index keeps only the last order, so each run really sorts.
  // eslint-disable-next-line no-cond-assign -- flips the order at each run, on purpose
  const oursMs = time(() => viewRoster(index, { sort: (flip = !flip) ? descending : ascending }), { runs });
  const firstSortMs = time((fresh) => viewRoster(fresh, { sort: ascending }), { runs, prepare: () => buildRosterIndex(rows, LABELS) });
  return {
    column: SORT_COLUMN,
    collatorMs,
    floorMs,
    oursMs,
    oursOverFloor: oursMs / floorMs,
    collatorOverOurs: collatorMs / oursMs,
    firstSortMs,
  };
}

/**
 * PP-ROSTER: measures the roster's data engine at each size (figures in ms, medians of `runs`).
 * @param {{ sizes?: number[], runs?: number }} [options]
 */
export async function measureRosterData({ sizes = [10_000, 100_000], runs = 11 } = {}) {
  const results = [];
  for (const size of sizes) {
    const generateMs = time(() => generateEmployees(size), { runs: 3, warmup: 1 });
    const rows = generateEmployees(size);
    const buildMs = time(() => buildRosterIndex(rows, LABELS), { runs });
    const index = buildRosterIndex(rows, LABELS);
    const search = QUERIES.map((query) => measureSearch(rows, index, query, runs));
    const sort = measureSort(rows, index, runs);
    results.push({ size, generateMs, buildMs, search, sort });
  }
  return { node: process.version, runs, results };
}

const ms = (value) => value.toFixed(value < 10 ? 2 : 1).padStart(8);
const ratio = (value) => `${value.toFixed(2)}×`.padStart(8);

function print({ node, runs, results }) {
  console.log(`PP-ROSTER data engine — Node ${node}, medians of ${runs} runs (ms)\n`);
  console.log('    rows  generate     build  1st sort');
  for (const r of results) console.log(`${String(r.size).padStart(8)}${ms(r.generateMs)}  ${ms(r.buildMs)}  ${ms(r.sort.firstSortMs)}`);
  console.log('\nSearch, last keystroke of the query typed letter by letter');
  console.log('    rows  query      matches     naive     floor  ours/key  ours/all  ours/floor');
  for (const r of results) {
    for (const s of r.search) {
      console.log(
        `${String(r.size).padStart(8)}  ${s.query.padEnd(8)}${String(s.matches).padStart(9)}  ${ms(s.naiveMs)}  ${ms(s.floorMs)}  ${ms(s.oursKeystrokeMs)}  ${ms(s.oursAtOnceMs)}    ${ratio(s.oursOverFloor)}`,
      );
    }
  }
  console.log(`\nSort by ${SORT_COLUMN} (ours: ranks already there)`);
  console.log('    rows  collator     floor      ours  ours/floor  collator/ours');
  for (const r of results) {
    const s = r.sort;
    console.log(
      `${String(r.size).padStart(8)}  ${ms(s.collatorMs)}  ${ms(s.floorMs)}  ${ms(s.oursMs)}    ${ratio(s.oursOverFloor)}       ${ratio(s.collatorOverOurs)}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  print(await measureRosterData());
}
