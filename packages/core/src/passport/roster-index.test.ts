/**
 * PP-ROSTER — the roster's search-and-sort index, checked against a naive reference: fold each
 * text and `includes` for search, `Intl.Collator('fr')` comparisons and a stable sort for order.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { EMPLOYEE_STATES, type EmployeeState } from './blocking.js';
import { PROFILE_IDS, type ProfileId } from './profile.js';
import type { Employee } from './schemas.js';
import {
  ROSTER_LETTER_FOLDS,
  ROSTER_SORT_COLUMNS,
  ROSTER_SORT_DIRECTIONS,
  appendRosterRows,
  emailLocalPart,
  buildRosterIndex,
  deleteRosterRow,
  normalizeRosterText,
  prepareRosterIndex,
  rosterPositionOf,
  rosterRowAt,
  setRosterLabels,
  tokenizeRosterQuery,
  updateRosterRow,
  viewRoster,
  viewRosterStart,
  type RosterIndex,
  type RosterLabels,
  type RosterRow,
  type RosterSort,
} from './roster-index.js';

// ── Labels, rows ─────────────────────────────────────────────────────────────────────────────

const labelsFrom = (profiles: Record<ProfileId, string>, states: Record<EmployeeState, string>): RosterLabels => ({
  profile: (id) => profiles[id],
  state: (state) => states[state],
});

const FR = labelsFrom(
  {
    administrative: 'Salarié administratif',
    'administrative-trainer': 'Salarié administratif formateur',
    'administrative-checker': 'Salarié administratif contrôleur',
    'administrative-trainer-checker': 'Salarié administratif formateur et contrôleur',
    technical: 'Salarié technique',
    'technical-trainer': 'Salarié technique formateur',
    'technical-checker': 'Salarié technique contrôleur',
    'technical-trainer-checker': 'Salarié technique formateur et contrôleur',
  },
  { active: 'Actif', blocked: 'Bloqué' },
);

const EN = labelsFrom(
  {
    administrative: 'Office employee',
    'administrative-trainer': 'Office employee, trainer',
    'administrative-checker': 'Office employee, checker',
    'administrative-trainer-checker': 'Office employee, trainer and checker',
    technical: 'Technical employee',
    'technical-trainer': 'Technical employee, trainer',
    'technical-checker': 'Technical employee, checker',
    'technical-trainer-checker': 'Technical employee, trainer and checker',
  },
  { active: 'Active', blocked: 'Blocked' },
);

/** Labels that collide (two profiles, one label) and sort against their ids' order. */
const ODD = labelsFrom(
  {
    administrative: 'Zèbre',
    'administrative-trainer': 'zebre',
    'administrative-checker': 'Œil',
    'administrative-trainer-checker': 'âne',
    technical: 'Agent 10',
    'technical-trainer': 'Agent 2',
    'technical-checker': "L'atelier",
    'technical-trainer-checker': 'Ébène',
  },
  { active: 'Œuvre', blocked: 'actif' },
);

const LABEL_SETS = [FR, EN, ODD] as const;

let nextId = 0;
function row(fields: Partial<RosterRow> = {}): RosterRow {
  nextId++;
  return {
    id: `r${String(nextId).padStart(4, '0')}`,
    firstName: 'Prénom',
    lastName: 'NOM',
    email: null,
    profile: 'administrative',
    passportUrl: null,
    state: null,
    expiresOn: null,
    version: 1,
    ...fields,
  };
}

const ids = (index: RosterIndex, query: { query?: string; sort?: RosterSort } = {}) =>
  Array.from(viewRoster(index, query), (position) => rosterRowAt(index, position)!.id);

const names = (index: RosterIndex, query: { query?: string; sort?: RosterSort } = {}) =>
  Array.from(viewRoster(index, query), (position) => rosterRowAt(index, position)!.firstName);

// ── The naive reference ──────────────────────────────────────────────────────────────────────

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const APOSTROPHES = "'\u2018\u2019\u02bc`\u00b4";
const IGNORABLES = '\u00ad\u200b\u200c\u200d\u2060\ufeff';

/** Folds character by character: decomposed, lowered, marks, apostrophes and ignorables dropped, letters spelled out. */
function naiveFold(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD').toLowerCase()) {
    if (/\p{M}/u.test(ch) || APOSTROPHES.includes(ch) || IGNORABLES.includes(ch)) continue;
    out += ROSTER_LETTER_FOLDS[ch] ?? ch;
  }
  return out;
}

const naiveTokens = (query: string) =>
  naiveFold(query)
    .split(/[\s\-\u2010-\u2015\u2212]+/u)
    .filter((t) => t !== '');

function naiveMatches(r: RosterRow, tokens: readonly string[], labels: RosterLabels): boolean {
  const texts = [r.firstName, r.lastName, emailLocalPart(r.email), labels.profile(r.profile), r.state ? labels.state(r.state) : ''].map(
    naiveFold,
  );
  return tokens.every((token) => texts.some((text) => text.includes(token)));
}

/** Ascending, « no value » (null) after every value; values compared with `compare`. */
function nullsLast<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return compare(a, b);
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The column's own order, ascending (0: same value in that column). */
function naiveColumnCompare(a: RosterRow, b: RosterRow, column: RosterSort['column'], labels: RosterLabels): number {
  return {
    firstName: () => nullsLast(a.firstName, b.firstName, collator.compare),
    lastName: () => nullsLast(a.lastName, b.lastName, collator.compare),
    profile: () => nullsLast(labels.profile(a.profile), labels.profile(b.profile), collator.compare),
    passport: () => nullsLast(a.passportUrl, b.passportUrl, () => 0),
    state: () => nullsLast(a.state && labels.state(a.state), b.state && labels.state(b.state), collator.compare),
    expiresOn: () => nullsLast(a.expiresOn, b.expiresOn, byCodeUnit),
  }[column]();
}

/** Descending reverses the column's order, nulls included; ties always ascending by last name, first name, id. */
function naiveCompare(a: RosterRow, b: RosterRow, sort: RosterSort, labels: RosterLabels): number {
  const primary = naiveColumnCompare(a, b, sort.column, labels) * (sort.direction === 'descending' ? -1 : 1);
  return primary || collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || byCodeUnit(a.id, b.id);
}

/** Positions of the live rows (index = position) that match, in display order (`sort` is stable). */
function naiveView(rows: readonly (RosterRow | undefined)[], query: string, sort: RosterSort | undefined, labels: RosterLabels): number[] {
  const tokens = naiveTokens(query);
  const positions = rows.flatMap((r, position) => (r && naiveMatches(r, tokens, labels) ? [position] : []));
  return sort ? positions.sort((p, q) => naiveCompare(rows[p]!, rows[q]!, sort, labels)) : positions;
}

// ── Arbitraries ──────────────────────────────────────────────────────────────────────────────

const NAME_CHARS = [...'aAbBeEéÉèêëàÀâîïôöùûüçÇzZ', 'œ', 'Œ', 'æ', 'Æ', 'ß', 'ø', "'", '\u2019', '-', ' ', '0', '1', '2'];
const nameArb = fc.oneof(
  fc.constantFrom(
    'Hélène',
    'helene',
    'HELENE',
    'Œuvre',
    'oeuvre',
    'Jean-Pierre',
    "D'ALMEIDA",
    'Léa',
    'LEA',
    'Zoé',
    'Noël',
    'Agent 2',
    'Agent 10',
    '',
  ),
  fc.string({ unit: fc.constantFrom(...NAME_CHARS), maxLength: 6 }),
);
const emailArb = fc.option(
  fc.constantFrom('helene.petit@granulats-dupont.fr', 'JP.Dupre@Exemple.COM', "o'neil@chantier.fr", 'zoé@exemple.fr', 'b@a'),
  { nil: null },
);
const dayArb = fc.constantFrom('2025-01-01', '2026-06-30', '2026-07-01', '2028-12-31');

const rowArb: fc.Arbitrary<RosterRow> = fc.record({
  id: fc.string({ unit: fc.constantFrom('a', 'b', 'A', '1', '2', '-'), minLength: 1, maxLength: 4 }),
  firstName: nameArb,
  lastName: nameArb,
  email: emailArb,
  profile: fc.constantFrom(...PROFILE_IDS),
  passportUrl: fc.option(fc.constant('/passeports/x'), { nil: null }),
  state: fc.option(fc.constantFrom(...EMPLOYEE_STATES), { nil: null }),
  expiresOn: fc.option(dayArb, { nil: null }),
  version: fc.constant(1),
});
const rowsArb = fc.uniqueArray(rowArb, { selector: (r) => r.id, maxLength: 40 });

const queryArb = fc.oneof(
  fc.constantFrom('', 'hel', 'HÉL', 'oe', 'œ', 'actif', 'bloq', 'salarié tech', 'jean-p', "d'al", 'dal', '@', 'a  e', 'agent 1', 'z'),
  fc.string({ unit: fc.constantFrom(...NAME_CHARS, 'A', '@', '.'), maxLength: 4 }),
);
const sortArb = fc.option(
  fc.record({ column: fc.constantFrom(...ROSTER_SORT_COLUMNS), direction: fc.constantFrom(...ROSTER_SORT_DIRECTIONS) }),
  { nil: undefined },
);
const labelsArb = fc.constantFrom(...LABEL_SETS);

const RUNS = { numRuns: 300 };

// ── Tests ────────────────────────────────────────────────────────────────────────────────────

describe('PP-ROSTER search', () => {
  test('PP-ROSTER « Hélène » is found by « helene », « HELENE » and « hélène », and « Helene » by « Hélène »', () => {
    const index = buildRosterIndex([row({ firstName: 'Hélène' }), row({ firstName: 'Helene' }), row({ firstName: 'Hélio' })], FR);
    for (const query of ['helene', 'HELENE', 'hélène', 'Hélène', 'HÉLÈNE'])
      assert.deepEqual(names(index, { query }), ['Hélène', 'Helene'], query);
  });

  test('PP-ROSTER ligatures and special letters: « Œuvre » / « oeuvre », « æ » / « ae », « ß » / « ss », « ø » / « o »', () => {
    const index = buildRosterIndex(
      [
        row({ lastName: 'ŒUVRE' }),
        row({ lastName: 'oeuvre' }),
        row({ firstName: 'Lætitia' }),
        row({ lastName: 'STRAUß' }),
        row({ lastName: 'SØRENSEN' }),
      ],
      FR,
    );
    assert.equal(viewRoster(index, { query: 'oeuvre' }).length, 2);
    assert.equal(viewRoster(index, { query: 'Œuvre' }).length, 2);
    assert.equal(viewRoster(index, { query: 'laetitia' }).length, 1);
    assert.equal(viewRoster(index, { query: 'strauss' }).length, 1);
    assert.equal(viewRoster(index, { query: 'sorensen' }).length, 1);
    assert.equal(normalizeRosterText('Œuvre Lætitia Strauß'), 'oeuvre laetitia strauss');
  });

  test('PP-ROSTER apostrophes are ignored, hyphens separate words like spaces', () => {
    const index = buildRosterIndex(
      [row({ lastName: "N'DIAYE" }), row({ firstName: 'Jean-Pierre' }), row({ firstName: 'Pierre', lastName: 'JEAN' })],
      FR,
    );
    for (const query of ['ndiaye', "n'diaye", 'n’diaye', 'diaye', 'N’DIAYE']) assert.equal(viewRoster(index, { query }).length, 1, query);
    for (const query of ['jean-pierre', 'jean pierre', 'Jean–Pierre'])
      assert.deepEqual(names(index, { query }), ['Jean-Pierre', 'Pierre'], query);
    assert.deepEqual(tokenizeRosterQuery("  Jean-Pierre   d'Almeida jean "), ['dalmeida', 'pierre', 'jean']);
  });

  test('PP-ROSTER every token must be found, each in the first name, last name, e-mail or a label', () => {
    const index = buildRosterIndex(
      [
        row({ firstName: 'Hélène', lastName: 'PETIT', email: 'h.petit@granulats-dupont.fr', profile: 'technical', state: 'active' }),
        row({ firstName: 'Hélène', lastName: 'DURAND', profile: 'administrative', state: 'blocked' }),
        row({ firstName: 'Sébastien', lastName: 'PETIT' }),
      ],
      FR,
    );
    assert.deepEqual(ids(index, { query: 'helene petit' }).length, 1);
    assert.equal(viewRoster(index, { query: 'helene' }).length, 2);
    assert.equal(viewRoster(index, { query: 'helene bloque' }).length, 1, 'state label');
    assert.equal(viewRoster(index, { query: 'technique helene' }).length, 1, 'profile label');
    assert.equal(viewRoster(index, { query: 'h.petit' }).length, 1, 'e-mail (its part before the @)');
    assert.equal(viewRoster(index, { query: 'granulats-dupont' }).length, 0, 'not the domain');
    assert.equal(viewRoster(index, { query: 'petit durand' }).length, 0, 'two tokens, no row has both');
    assert.equal(viewRoster(index, { query: 'salarie' }).length, 3, 'every row has a profile label');
    assert.equal(viewRoster(index, { query: '   ' }).length, 3, 'no token: every row');
  });

  test('PP-ROSTER labels follow the locale: « bloqué » in French, « blocked » in English', () => {
    const index = buildRosterIndex([row({ state: 'blocked' }), row({ state: 'active' }), row({ state: null })], FR);
    assert.equal(viewRoster(index, { query: 'bloq' }).length, 1);
    assert.equal(viewRoster(index, { query: 'blocked' }).length, 0);
    setRosterLabels(index, EN);
    assert.equal(viewRoster(index, { query: 'bloq' }).length, 0);
    assert.equal(viewRoster(index, { query: 'blocked' }).length, 1);
    assert.equal(viewRoster(index, { query: 'technical' }).length, 0);
    assert.equal(viewRoster(index, { query: 'office' }).length, 3);
  });

  test('PP-ROSTER a query extending the previous one gives what a fresh search gives (typed letter by letter)', () => {
    const rows = [
      row({ lastName: 'DUPONT' }),
      row({ lastName: 'DUPRÉ' }),
      row({ lastName: 'DURAND' }),
      row({ lastName: 'MARTIN', email: 'dup@x.fr' }),
    ];
    const index = buildRosterIndex(rows, FR);
    for (const query of ['d', 'du', 'dup', 'dupr', 'dupré', 'dupr', 'du', 'dupo']) {
      assert.deepEqual(ids(index, { query }), ids(buildRosterIndex(rows, FR), { query }), query);
    }
  });

  test('PP-ROSTER property: a view equals the naive filter and collator sort', () => {
    fc.assert(
      fc.property(rowsArb, queryArb, sortArb, labelsArb, (rows, query, sort, labels) => {
        assert.deepEqual(Array.from(viewRoster(buildRosterIndex(rows, labels), { query, sort })), naiveView(rows, query, sort, labels));
      }),
      RUNS,
    );
  });

  test('PP-ROSTER property: successive views on one index (incremental search, sort changes) equal fresh views', () => {
    const stepArb = fc.record({ query: queryArb, typed: fc.nat(3), sort: sortArb });
    fc.assert(
      fc.property(rowsArb, fc.array(stepArb, { maxLength: 8 }), labelsArb, (rows, steps, labels) => {
        const index = buildRosterIndex(rows, labels);
        for (const step of steps) {
          // Types the query letter by letter, then a few letters more of it again (refinements), then it whole.
          const prefixes = [
            ...Array.from({ length: step.query.length }, (_, i) => step.query.slice(0, i + 1)),
            step.query.slice(0, step.typed),
          ];
          for (const query of prefixes) {
            assert.deepEqual(Array.from(viewRoster(index, { query, sort: step.sort })), naiveView(rows, query, step.sort, labels), query);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('PP-ROSTER sort', () => {
  test('PP-ROSTER first names sort in French order: accents and case do not count, digits by value', () => {
    const index = buildRosterIndex(
      ['Zoé', 'Émilie', 'adrien', 'Éric', 'eric', 'Agent 10', 'Agent 2'].map((firstName) => row({ firstName })),
      FR,
    );
    assert.deepEqual(names(index, { sort: { column: 'firstName', direction: 'ascending' } }), [
      'adrien',
      'Agent 2',
      'Agent 10',
      'Émilie',
      'Éric',
      'eric',
      'Zoé',
    ]);
    assert.deepEqual(names(index, { sort: { column: 'firstName', direction: 'descending' } }), [
      'Zoé',
      'Éric',
      'eric',
      'Émilie',
      'Agent 10',
      'Agent 2',
      'adrien',
    ]);
  });

  test('PP-ROSTER « - » (no passport, not started, no expiry) comes last ascending and first descending', () => {
    const rows = [
      row({ firstName: 'a', expiresOn: '2026-07-01', state: 'active', passportUrl: '/p/a' }),
      row({ firstName: 'b' }),
      row({ firstName: 'c', expiresOn: '2025-01-01', state: 'blocked' }),
      row({ firstName: 'd', expiresOn: '2028-12-31', state: 'active', passportUrl: '/p/d' }),
    ];
    const index = buildRosterIndex(rows, FR);
    const sorted = (column: RosterSort['column'], direction: RosterSort['direction']) => names(index, { sort: { column, direction } });
    assert.deepEqual(sorted('expiresOn', 'ascending'), ['c', 'a', 'd', 'b']);
    assert.deepEqual(sorted('expiresOn', 'descending'), ['b', 'd', 'a', 'c']);
    assert.deepEqual(sorted('state', 'ascending'), ['a', 'd', 'c', 'b'], 'Actif < Bloqué');
    assert.deepEqual(sorted('state', 'descending'), ['b', 'c', 'a', 'd'], 'ties (a, d: Actif) stay in tie order');
    assert.deepEqual(sorted('passport', 'ascending'), ['a', 'd', 'b', 'c']);
    assert.deepEqual(sorted('passport', 'descending'), ['b', 'c', 'a', 'd'], 'issue 8, point 16: « - » first, each group in tie order');
  });

  test('PP-ROSTER « Passeport sécurité » (issue 8, point 16): boundaries of its two values, both directions', () => {
    const passport = (firstName: string, url: string | null, lastName = 'MARTIN') => row({ firstName, lastName, passportUrl: url });
    const sorted = (rows: RosterRow[], direction: RosterSort['direction']) =>
      names(buildRosterIndex(rows, FR), { sort: { column: 'passport', direction } });
    // One row: the same either way.
    assert.deepEqual(sorted([passport('a', null)], 'descending'), ['a']);
    assert.deepEqual(sorted([passport('a', '/p/a')], 'descending'), ['a']);
    // Two rows with different values: the two directions are reversed.
    const two = [passport('a', null), passport('b', '/p/b')];
    assert.deepEqual(sorted(two, 'ascending'), ['b', 'a']);
    assert.deepEqual(sorted(two, 'descending'), ['a', 'b']);
    // Two rows with the same value: tie order (last name, first name) both ways.
    for (const url of [null, '/p/x']) {
      const tie = [passport('b', url, 'ANDRÉ'), passport('a', url, 'ZOLA'), passport('c', url, 'ANDRÉ')];
      assert.deepEqual(sorted(tie, 'ascending'), ['b', 'c', 'a'], String(url));
      assert.deepEqual(sorted(tie, 'descending'), ['b', 'c', 'a'], String(url));
    }
  });

  test('PP-ROSTER property (issue 8, point 16): for every column, descending reverses ascending for different values and keeps ties in tie order', () => {
    fc.assert(
      fc.property(rowsArb, fc.constantFrom(...ROSTER_SORT_COLUMNS), labelsArb, (rows, column, labels) => {
        const index = buildRosterIndex(rows, labels);
        const ascending = Array.from(viewRoster(index, { sort: { column, direction: 'ascending' } }));
        const descending = Array.from(viewRoster(index, { sort: { column, direction: 'descending' } }));
        assert.equal(descending.length, ascending.length);
        const at = new Map(descending.map((position, i) => [position, i]));
        for (let i = 0; i < ascending.length; i++) {
          for (let j = i + 1; j < ascending.length; j++) {
            const [p, q] = [ascending[i]!, ascending[j]!];
            const same = naiveColumnCompare(rows[p]!, rows[q]!, column, labels) === 0;
            assert.equal(at.get(p)! < at.get(q)!, same, `${column}: ${JSON.stringify([rows[p], rows[q]])}`);
          }
        }
      }),
      RUNS,
    );
  });

  test('PP-ROSTER equal values are ordered by last name, first name, then id, whatever the direction', () => {
    const rows = [
      row({ id: 'e-3', firstName: 'Léa', lastName: 'PETIT', profile: 'technical' }),
      row({ id: 'e-2', firstName: 'Lea', lastName: 'Petit', profile: 'technical' }),
      row({ id: 'e-1', firstName: 'Zoé', lastName: 'ANDRÉ', profile: 'technical' }),
      row({ id: 'e-0', firstName: 'Anne', lastName: 'PETIT', profile: 'technical' }),
    ];
    const index = buildRosterIndex(rows, FR);
    for (const direction of ROSTER_SORT_DIRECTIONS) {
      assert.deepEqual(ids(index, { sort: { column: 'profile', direction } }), ['e-1', 'e-0', 'e-2', 'e-3'], direction);
    }
  });

  test('PP-ROSTER the profile and state columns sort by their labels, and follow a locale change', () => {
    const rows = [row({ firstName: 'a', profile: 'technical' }), row({ firstName: 'b', profile: 'administrative' })];
    const index = buildRosterIndex(rows, FR);
    const byProfile = () => names(index, { sort: { column: 'profile', direction: 'ascending' } });
    assert.deepEqual(byProfile(), ['b', 'a'], 'Salarié administratif < Salarié technique');
    setRosterLabels(index, ODD);
    assert.deepEqual(byProfile(), ['a', 'b'], 'Agent 10 < Zèbre');
  });
});

describe('PP-ROSTER changes in place', () => {
  test('PP-ROSTER property: appending pages gives the view of an index built at once', () => {
    fc.assert(
      fc.property(rowsArb, fc.array(fc.nat(40), { maxLength: 5 }), queryArb, sortArb, labelsArb, (rows, cuts, query, sort, labels) => {
        const index = buildRosterIndex<RosterRow>([], labels);
        let from = 0;
        for (const cut of [...cuts, rows.length]) {
          const to = Math.max(from, Math.min(rows.length, cut));
          appendRosterRows(index, rows.slice(from, to));
          viewRoster(index, { query, sort }); // keeps caches that the next page must not corrupt
          from = to;
        }
        assert.deepEqual(
          Array.from(viewRoster(index, { query, sort })),
          Array.from(viewRoster(buildRosterIndex(rows, labels), { query, sort })),
        );
        assert.equal(index.total, rows.length);
      }),
      RUNS,
    );
  });

  type Op =
    | { readonly kind: 'append'; readonly rows: readonly RosterRow[] }
    | { readonly kind: 'update'; readonly pick: number; readonly row: RosterRow }
    | { readonly kind: 'delete'; readonly pick: number }
    | { readonly kind: 'labels'; readonly labels: RosterLabels }
    | { readonly kind: 'view'; readonly query: string; readonly sort: RosterSort | undefined };

  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('append' as const), rows: fc.array(rowArb, { maxLength: 6 }) }),
    fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), row: rowArb }),
    fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('labels' as const), labels: labelsArb }),
    fc.record({ kind: fc.constant('view' as const), query: queryArb, sort: sortArb }),
  );

  test('PP-ROSTER property: appends, edits, unblocks, deletes and locale changes keep every view equal to the reference', () => {
    fc.assert(
      fc.property(rowsArb, fc.array(opArb, { maxLength: 12 }), queryArb, sortArb, (rows, ops, query, sort) => {
        let labels: RosterLabels = FR;
        const index = buildRosterIndex(rows, labels);
        const model: (RosterRow | undefined)[] = [...rows];
        const live = () => model.flatMap((r) => (r ? [r] : []));
        const check = (q: string, s: RosterSort | undefined) => {
          assert.deepEqual(
            Array.from(viewRoster(index, { query: q, sort: s })),
            naiveView(model, q, s, labels),
            `${q} ${JSON.stringify(s)}`,
          );
        };
        for (const op of ops) {
          if (op.kind === 'append') {
            appendRosterRows(index, op.rows);
            for (const r of op.rows) {
              const at = model.findIndex((m) => m?.id === r.id);
              if (at >= 0) model[at] = r;
              else model.push(r);
            }
          } else if (op.kind === 'update' || op.kind === 'delete') {
            const target = live()[op.pick % Math.max(1, live().length)];
            if (!target) continue;
            const at = model.indexOf(target);
            if (op.kind === 'update') {
              const changed = { ...op.row, id: target.id, version: target.version + 1 };
              assert.equal(updateRosterRow(index, changed), true);
              model[at] = changed;
            } else {
              assert.equal(deleteRosterRow(index, target.id), true);
              assert.equal(deleteRosterRow(index, target.id), false, 'already deleted');
              model[at] = undefined;
            }
          } else if (op.kind === 'labels') {
            labels = op.labels;
            setRosterLabels(index, labels);
          } else check(op.query, op.sort);
          check(query, sort);
        }
        assert.equal(index.total, live().length);
        model.forEach((r, position) => assert.equal(rosterRowAt(index, position), r));
      }),
      RUNS,
    );
  });

  test('PP-ROSTER unblocking (« Bloqué » → confirm) moves the row in the state sort and in a state search', () => {
    const blocked = row({ firstName: 'John', lastName: 'WEST', state: 'blocked' });
    const index = buildRosterIndex([row({ firstName: 'Dominique', lastName: 'MIXTE', state: 'active' }), blocked], FR);
    const byState = { sort: { column: 'state', direction: 'descending' } } as const;
    assert.deepEqual(names(index, byState), ['John', 'Dominique']);
    assert.deepEqual(names(index, { ...byState, query: 'bloq' }), ['John']);
    assert.equal(updateRosterRow(index, { ...blocked, state: 'active', version: 2 }), true);
    assert.deepEqual(names(index, byState), ['Dominique', 'John']);
    assert.deepEqual(names(index, { ...byState, query: 'bloq' }), []);
    assert.equal(rosterRowAt(index, rosterPositionOf(index, blocked.id)!)?.version, 2);
  });

  test('PP-ROSTER a deleted row leaves its position empty; the others keep theirs; counts follow', () => {
    const rows = [row({ firstName: 'Xavier' }), row({ firstName: 'Yves' }), row({ firstName: 'Zoé' })];
    const index = buildRosterIndex(rows, FR);
    assert.deepEqual([index.total, index.matches], [3, 3]);
    viewRoster(index, { query: 'yves', sort: { column: 'firstName', direction: 'ascending' } });
    assert.equal(index.matches, 1);
    assert.equal(deleteRosterRow(index, rows[1]!.id), true);
    assert.equal(rosterRowAt(index, 1), undefined);
    assert.equal(rosterPositionOf(index, rows[1]!.id), undefined);
    assert.equal(rosterPositionOf(index, rows[2]!.id), 2);
    assert.deepEqual(Array.from(viewRoster(index, { sort: { column: 'firstName', direction: 'ascending' } })), [0, 2]);
    assert.deepEqual([index.total, index.matches], [2, 2]);
  });

  test('PP-ROSTER unknown ids: update and delete answer false and change nothing', () => {
    const index = buildRosterIndex([row({ firstName: 'a' })], FR);
    assert.equal(updateRosterRow(index, row({ firstName: 'b' })), false);
    assert.equal(deleteRosterRow(index, 'nobody'), false);
    assert.deepEqual(names(index), ['a']);
  });

  test('PP-ROSTER a page repeating an id replaces that row where it is', () => {
    const first = row({ firstName: 'a' });
    const index = buildRosterIndex([first, row({ firstName: 'b' })], FR);
    appendRosterRows(index, [row({ firstName: 'c' }), { ...first, firstName: 'z', version: 2 }]);
    assert.deepEqual(names(index), ['z', 'b', 'c']);
    assert.equal(index.total, 3);
  });

  test('PP-ROSTER rows with an unknown profile are refused; only indexes built here are accepted', () => {
    const bad = { ...row(), profile: 'manager' } as unknown as RosterRow;
    assert.throws(() => buildRosterIndex([bad], FR), RangeError);
    assert.throws(() => viewRoster({ total: 0, matches: 0 }), TypeError);
  });

  test('PP-ROSTER the API’s Employee is a roster row', () => {
    const asRow = (employee: Employee): RosterRow => employee;
    const employee: Employee = { ...row({ state: 'active', expiresOn: '2027-01-31', passportUrl: '/passeports/x' }) };
    assert.equal(rosterRowAt(buildRosterIndex([asRow(employee)], FR), 0), employee);
  });
});

describe('PP-ROSTER search ignores the e-mail domain', () => {
  test('« dup » finds M. Dupont, not everyone whose address is at granulats-dupont.fr', () => {
    const at = (firstName: string, lastName: string) => ({
      id: `${firstName}-${lastName}`,
      firstName,
      lastName,
      email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@granulats-dupont.fr`,
      profile: 'administrative' as const,
      passportUrl: null,
      state: null,
      expiresOn: null,
      version: 1,
    });
    const index = buildRosterIndex([at('Paul', 'DUPONT'), at('Léa', 'MARTIN'), at('Noël', 'BÉNARD')], {
      profile: (p) => p,
      state: (s) => s,
    });
    const found = [...viewRoster(index, { query: 'dup' })].map((p) => rosterRowAt(index, p)!.lastName);
    assert.deepEqual(found, ['DUPONT']);
    assert.equal(emailLocalPart('a.b@c.fr'), 'a.b');
    assert.equal(emailLocalPart(null), '');
  });
});

// ── Work done late: the start of the default view, idle preparation ─────────────────────────

const BY_LAST_NAME: RosterSort = { column: 'lastName', direction: 'ascending' };
/** Rows as the API pages them: ids in ascending order (the index then looks no id up to append). */
const byId = (rows: readonly RosterRow[]) => [...rows].sort((a, b) => byCodeUnit(a.id, b.id));
/** A `shouldStop` that stops after every slice. */
const everySlice = () => true;

/** `n` rows with names from small pools (many ties), ids in ascending order, some accented or odd. */
function manyRows(n: number): RosterRow[] {
  const last = [
    'PETIT',
    'Petit',
    'ÉMERY',
    'emery',
    'ANDRÉ',
    'André',
    "D'ALMEIDA",
    'Dalmeida',
    'Œuvre',
    'oeuvre',
    'B',
    'b2',
    '2B',
    '',
    'Zoé',
    'ZOE',
    'Agent 10',
    'Agent 2',
  ];
  const first = ['Léa', 'Lea', 'Hélène', 'Jean-Pierre', 'Zoé', 'Noël', 'Éric', 'eric'];
  const states = [null, 'active', 'blocked'] as const;
  return Array.from({ length: n }, (_, i) => ({
    id: `e${String(i).padStart(6, '0')}`,
    firstName: first[(i * 7) % first.length]!,
    lastName: last[(i * 13 + (i >> 3)) % last.length]!,
    email: i % 3 === 0 ? null : `p${i}.dupont@granulats-dupont.fr`,
    profile: PROFILE_IDS[i % PROFILE_IDS.length]!,
    passportUrl: i % 4 === 0 ? null : `/passeports/${i}`,
    state: states[i % 3]!,
    expiresOn: i % 5 === 0 ? null : `202${i % 9}-0${1 + (i % 9)}-1${i % 10}`,
    version: 1,
  }));
}

describe('PP-ROSTER work done late', () => {
  test('PP-ROSTER property: the start of a view is the start of the view; its length, when given, the view’s (ids in any order, rows deleted)', () => {
    const startSortArb = fc.oneof(fc.constant(BY_LAST_NAME), sortArb);
    fc.assert(
      fc.property(
        rowsArb,
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.nat(45),
        fc.oneof(fc.constant(''), queryArb),
        startSortArb,
        labelsArb,
        (rows, sorted, deletes, count, query, sort, labels) => {
          const input = sorted ? byId(rows) : rows;
          const build = () => {
            const index = buildRosterIndex(input, labels);
            for (const pick of deletes) if (input.length) deleteRosterRow(index, input[pick % input.length]!.id);
            return index;
          };
          const index = build();
          const start = viewRosterStart(index, { query, sort }, count);
          const whole = viewRoster(build(), { query, sort });
          if (start.length !== undefined) assert.equal(start.length, whole.length);
          else
            assert.ok(
              query.trim() !== '' && start.positions.length === count && whole.length >= count,
              'only a search stops, at its first matches',
            );
          assert.ok(start.positions.length >= Math.min(count, whole.length));
          assert.deepEqual(Array.from(start.positions), Array.from(whole.subarray(0, start.positions.length)));
          // The whole view afterwards is the same as without the start.
          assert.deepEqual(Array.from(viewRoster(index, { query, sort })), Array.from(whole));
        },
      ),
      RUNS,
    );
  });

  test('PP-ROSTER a keystroke’s start stops at its first matches; the whole view counts them all, and the next keystroke refines it', () => {
    const rows = manyRows(12_000);
    const index = buildRosterIndex(rows, FR);
    const model = [...rows];
    const start = viewRosterStart(index, { query: 'lea', sort: BY_LAST_NAME }, 30);
    assert.equal(start.length, undefined);
    assert.deepEqual(Array.from(start.positions), naiveView(model, 'lea', BY_LAST_NAME, FR).slice(0, 30));
    const whole = viewRoster(index, { query: 'lea', sort: BY_LAST_NAME });
    assert.deepEqual(Array.from(whole), naiveView(model, 'lea', BY_LAST_NAME, FR));
    assert.equal(index.matches, whole.length);
    // Fewer matches than asked: the start looked at every row, it is the whole view, with its count.
    const none = viewRosterStart(index, { query: 'lea xyz', sort: BY_LAST_NAME }, 30);
    assert.deepEqual([none.length, Array.from(none.positions)], [0, []]);
    const expected = naiveView(model, 'lea dalmeida', BY_LAST_NAME, FR);
    assert.ok(expected.length > 30 && expected.length < 5_000);
    const some = viewRosterStart(index, { query: 'lea dalmeida', sort: BY_LAST_NAME }, 5_000);
    assert.deepEqual([some.length, Array.from(some.positions)], [expected.length, expected]);
    assert.equal(index.matches, expected.length);
    // … and the next keystroke refines it (the same answer as a fresh search).
    assert.deepEqual(
      Array.from(viewRoster(index, { query: 'lea dalmeida p1', sort: BY_LAST_NAME })),
      naiveView(model, 'lea dalmeida p1', BY_LAST_NAME, FR),
    );
  });

  test('PP-ROSTER the start of the default view ranks only the first rows, and says the whole count; other views come whole', () => {
    const rows = manyRows(20_000);
    const whole = viewRoster(buildRosterIndex(rows, FR), { sort: BY_LAST_NAME });
    const index = buildRosterIndex(rows, FR);
    const start = viewRosterStart(index, { sort: BY_LAST_NAME }, 50);
    assert.deepEqual([start.positions.length, start.length, index.matches], [50, 20_000, 20_000]);
    assert.deepEqual(Array.from(start.positions), Array.from(whole.subarray(0, 50)));
    // A search stops at its first matches; another sort, or the order already there: the whole view.
    assert.deepEqual(
      [
        viewRosterStart(index, { sort: BY_LAST_NAME, query: 'lea' }, 50).positions.length,
        viewRosterStart(index, { sort: BY_LAST_NAME, query: 'lea' }, 50).length,
      ],
      [50, undefined],
    );
    assert.equal(viewRosterStart(index, { sort: { column: 'firstName', direction: 'ascending' } }, 50).positions.length, 20_000);
    assert.equal(viewRosterStart(index, { sort: BY_LAST_NAME }, 50).positions.length, 20_000);
    // One last name for everyone: too many rows share the first bucket, the whole order it is.
    const same = rows.map((r) => ({ ...r, lastName: 'DUPONT' }));
    const alike = viewRosterStart(buildRosterIndex(same, FR), { sort: BY_LAST_NAME }, 10);
    assert.deepEqual(Array.from(alike.positions), Array.from(viewRoster(buildRosterIndex(same, FR), { sort: BY_LAST_NAME })));
  });

  test('PP-ROSTER a search before the idle preparation is over finds the right rows; so do lookups, edits and deletes', () => {
    const rows = manyRows(9_000);
    const index = buildRosterIndex(rows, FR);
    const model: (RosterRow | undefined)[] = [...rows];
    viewRosterStart(index, { sort: BY_LAST_NAME }, 40);
    const check = (query: string, sort?: RosterSort) =>
      assert.deepEqual(
        Array.from(viewRoster(index, { query, sort })),
        naiveView(model, query, sort, FR),
        `${query} ${JSON.stringify(sort)}`,
      );
    const steps: (() => void)[] = [
      () => check('helene dup', BY_LAST_NAME),
      () => check('bloq', { column: 'expiresOn', direction: 'descending' }),
      () => {
        const edited = { ...rows[8_500]!, firstName: 'Zacharie', lastName: 'AARON', version: 2 };
        assert.equal(updateRosterRow(index, edited), true);
        model[8_500] = edited;
        check('zach', BY_LAST_NAME);
      },
      () => {
        assert.equal(rosterPositionOf(index, rows[7_000]!.id), 7_000);
        assert.equal(deleteRosterRow(index, rows[7_000]!.id), true);
        model[7_000] = undefined;
        check('', BY_LAST_NAME);
      },
    ];
    // One slice per call (as when every idle period is short), a view or a change in between
    // (which does at once what it needs and is not prepared yet).
    assert.equal(prepareRosterIndex(index, everySlice), false, 'a slice, then it stops');
    assert.equal(prepareRosterIndex(index, everySlice), false);
    let calls = 0;
    let done = false;
    while (!done) {
      steps[calls % steps.length]!();
      done = prepareRosterIndex(index, everySlice);
      calls++;
      assert.ok(calls < 100, 'preparation moves on at every call');
    }
    steps.forEach((step) => step());
    assert.equal(prepareRosterIndex(index), true, 'nothing left');
    const more = manyRows(14_000).slice(9_000);
    appendRosterRows(index, more);
    model.push(...more);
    assert.equal(prepareRosterIndex(index, everySlice), false, 'new rows make more to do');
    check('dupont', BY_LAST_NAME);
    assert.equal(prepareRosterIndex(index), true);
  });

  test('PP-ROSTER property: preparing in slices between appends, edits, deletes and views changes no answer', () => {
    const opArb = fc.oneof(
      fc.record({ kind: fc.constant('prepare' as const), slices: fc.nat(3) }),
      fc.record({ kind: fc.constant('append' as const), rows: fc.array(rowArb, { maxLength: 6 }) }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('view' as const), query: queryArb, sort: sortArb }),
    );
    fc.assert(
      fc.property(rowsArb, fc.boolean(), fc.array(opArb, { maxLength: 10 }), queryArb, sortArb, (rows, sorted, ops, query, sort) => {
        const input = sorted ? byId(rows) : rows;
        const index = buildRosterIndex(input, FR);
        const model: (RosterRow | undefined)[] = [...input];
        const check = (q: string, s: RosterSort | undefined) =>
          assert.deepEqual(Array.from(viewRoster(index, { query: q, sort: s })), naiveView(model, q, s, FR));
        for (const op of ops) {
          if (op.kind === 'prepare') {
            let left = op.slices;
            prepareRosterIndex(index, () => left-- <= 0);
          } else if (op.kind === 'append') {
            appendRosterRows(index, op.rows);
            for (const r of op.rows) {
              const at = model.findIndex((m) => m?.id === r.id);
              if (at >= 0) model[at] = r;
              else model.push(r);
            }
          } else if (op.kind === 'delete') {
            const live = model.filter((m) => m !== undefined);
            const target = live[op.pick % Math.max(1, live.length)];
            if (!target) continue;
            assert.equal(deleteRosterRow(index, target.id), true);
            model[model.indexOf(target)] = undefined;
          } else check(op.query, op.sort);
        }
        check(query, sort);
        model.forEach((r, position) => r && assert.equal(rosterPositionOf(index, r.id), position));
      }),
      RUNS,
    );
  });

  test('PP-ROSTER pages in id order are appended without lookups; a page that repeats an id still replaces the row', () => {
    const rows = manyRows(3_000);
    const index = buildRosterIndex(rows.slice(0, 1_000), FR);
    appendRosterRows(index, rows.slice(1_000, 2_000));
    appendRosterRows(index, [{ ...rows[10]!, firstName: 'Zoé', version: 2 }, ...rows.slice(2_000)]);
    assert.equal(index.total, 3_000);
    assert.equal(rosterRowAt(index, 10)!.firstName, 'Zoé');
    const model = [...rows];
    model[10] = rosterRowAt(index, 10)!;
    assert.deepEqual(Array.from(viewRoster(index, { query: 'zoe', sort: BY_LAST_NAME })), naiveView(model, 'zoe', BY_LAST_NAME, FR));
  });
});
