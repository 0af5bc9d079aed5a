/**
 * The shared list index (`list-index.ts`, used by PP-ROSTER and RS-SITES): folding for search,
 * collation keys checked against `Intl.Collator('fr')`, and the column sorts (ranks per distinct
 * value, stable counting sorts) checked against a plain sort. The lists' own tests
 * (`passport/roster-index.test.ts`, `remote-services/sites/site-list.test.ts`) check the indexes
 * built on it against their references.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  IdColumn,
  LIST_COLLATION_PUNCTUATION,
  LIST_LETTER_FOLDS,
  ListColumn,
  NO_VALUE,
  descendingTable,
  foldListText,
  labelTable,
  listSortKey,
  refines,
  sortByBuckets,
  tokenizeListQuery,
} from './list-index.js';

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const NAME_CHARS = [...'aAbBeEéÉèêëàÀâîïôöùûüçÇzZ', 'œ', 'Œ', 'æ', 'Æ', 'ß', 'ø', "'", '\u2019', '-', ' ', '0', '1', '2'];

describe('list index: folding for search', () => {
  test('PP-ROSTER RS-SITES case, accents, ligatures and apostrophes are folded; spaces and hyphens kept', () => {
    assert.equal(foldListText('Œuvre Lætitia Strauß'), 'oeuvre laetitia strauss');
    assert.equal(foldListText("Hélène N'Diaye-Zoé"), 'helene ndiaye-zoe');
    assert.equal(foldListText('Entrepôt Évreux'), 'entrepot evreux');
  });
  test('PP-ROSTER RS-SITES tokens: split on spaces and hyphens, no duplicates, longest first', () => {
    assert.deepEqual(tokenizeListQuery("  Jean-Pierre   d'Almeida jean "), ['dalmeida', 'pierre', 'jean']);
    assert.deepEqual(tokenizeListQuery('  '), []);
  });
  test('a query extending another refines it', () => {
    assert.equal(refines(['dupo'], ['dup']), true);
    assert.equal(refines(['dup', 'jean'], ['dup']), true);
    assert.equal(refines(['du'], ['dup']), false);
  });
});

describe('list index: collation keys', () => {
  test('PP-ROSTER RS-SITES property: the sort key orders as Intl.Collator("fr", { sensitivity: "base", numeric: true })', () => {
    const text = fc.string({ unit: fc.constantFrom(...NAME_CHARS, 'ĳ', 'ﬁ', 'ſ', '.', '_', '@', '\u00a0', '\u00ad', '9'), maxLength: 7 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const [ka, kb] = [listSortKey(a), listSortKey(b)];
        assert.equal(Math.sign(byCodeUnit(ka, kb)), Math.sign(collator.compare(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      }),
      { numRuns: 5000 },
    );
  });

  test('PP-ROSTER RS-SITES the folding tables agree with Intl.Collator("fr")', () => {
    for (const [letter, spelled] of Object.entries(LIST_LETTER_FOLDS)) {
      assert.equal(collator.compare(letter, spelled), 0, letter);
      assert.equal(collator.compare(letter.toUpperCase(), spelled), 0, letter.toUpperCase());
    }
    const groups = LIST_COLLATION_PUNCTUATION.map((group) => [...group]);
    groups.forEach((group, i) => {
      for (const ch of group) assert.equal(collator.compare(ch, group[0]!), 0, `${JSON.stringify(ch)} in its group`);
      const next = groups[i + 1];
      if (next) assert.equal(collator.compare(group[0]!, next[0]!), -1, `${JSON.stringify(group[0])} < ${JSON.stringify(next[0])}`);
    });
    assert.equal(collator.compare(groups.at(-1)![0]!, '0'), -1, 'punctuation and symbols before digits');
  });
});

describe('list index: sorting by column', () => {
  interface Row {
    readonly id: string;
    readonly name: string | null;
  }
  const arbRows = fc.array(
    fc.record({
      id: fc.string({ maxLength: 3 }),
      name: fc.option(fc.constantFrom('Zèbre', 'école', 'Agence 10', 'Agence 9', 'Élan', 'elan'), { nil: null }),
    }),
    { maxLength: 30 },
  );
  const reference = (rows: readonly Row[], order: readonly number[], direction: 1 | -1) =>
    [...order].sort((a, b) => {
      const [x, y] = [rows[a]!.name, rows[b]!.name];
      if (x === null || y === null) return x === y ? 0 : (x === null ? 1 : -1) * direction;
      return collator.compare(x, y) * direction;
    });

  test('PP-ROSTER RS-SITES property: a column sort is stable over the tie order; descending reverses the values only, « no value » last then first', () => {
    fc.assert(
      fc.property(arbRows, (rows) => {
        const ids = new IdColumn().ensure(rows);
        const ties = sortByBuckets(
          Uint32Array.from(rows, (_, i) => i),
          ids.keyIds,
          ids.table,
        );
        assert.deepEqual(
          [...ties],
          Array.from(rows, (_, i) => i).sort((a, b) => byCodeUnit(rows[a]!.id, rows[b]!.id) || a - b),
        );
        const column = new ListColumn<Row>((row) => row.name, listSortKey);
        const keyIds = column.ensure(rows, rows.length);
        const table = column.ascendingTable();
        assert.deepEqual([...sortByBuckets(ties, keyIds, table)], reference(rows, [...ties], 1));
        assert.deepEqual([...sortByBuckets(ties, keyIds, descendingTable(table), table[NO_VALUE])], reference(rows, [...ties], -1));
      }),
      { numRuns: 300 },
    );
  });

  test('a column follows a changed row; a column of fixed values sorts by their labels', () => {
    const rows: Row[] = [
      { id: 'a', name: 'B' },
      { id: 'b', name: 'A' },
    ];
    const column = new ListColumn<Row>((row) => row.name, listSortKey);
    const keyIds = column.ensure(rows, 2);
    assert.deepEqual([...sortByBuckets(Uint32Array.of(0, 1), keyIds, column.ascendingTable())], [1, 0]);
    rows[1] = { id: 'b', name: 'C' };
    assert.equal(column.write(1, rows[1]), true);
    assert.deepEqual([...sortByBuckets(Uint32Array.of(0, 1), column.keyIds, column.ascendingTable())], [0, 1]);
    // Key ids 1…3 for three values labelled « Zèbre », « école », « Élan »: école < Élan < Zèbre; no value last.
    assert.deepEqual([...labelTable(['Zèbre', 'école', 'Élan'])], [3, 2, 0, 1]);
  });
});
