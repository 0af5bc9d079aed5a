/** VA-DOCS — folders (« Bulletins de paie » first), years newest first, archive, file into a folder. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  PAYSLIPS_FOLDER_NAME,
  archiveDocument,
  defaultFolder,
  documentFileName,
  documentsByYear,
  emptyReason,
  filterDocuments,
  folderCounts,
  formatFileSize,
  isPayslipsFolder,
  latestPayslip,
  moveDocument,
  restoreDocument,
  sortFolders,
} from './documents.js';
import type { VaultDocument, VaultFolder } from './schemas.js';

const FOLDERS: VaultFolder[] = [
  { id: 'perso', name: 'Personnel', kind: 'other' },
  { id: 'rh', name: 'Documents RH', kind: 'other' },
  { id: 'payslips', name: 'Bulletins de paie', kind: 'payslips' },
  { id: 'attest', name: 'Attestations', kind: 'other' },
  { id: 'eco', name: 'Écoles', kind: 'other' },
];

const doc = (id: string, date: string, extra: Partial<VaultDocument> = {}): VaultDocument => ({
  id,
  folderId: 'payslips',
  title: `Bulletin ${id}`,
  year: Number(date.slice(0, 4)),
  date,
  sizeBytes: 900,
  pdfUrl: `vault/documents/${id}/pdf`,
  archived: false,
  ...extra,
});

const DOCS: VaultDocument[] = [
  doc('2025-11', '2025-11-28', { period: '2025-11' }),
  doc('2026-02', '2026-02-27', { period: '2026-02' }),
  // The December payslip is deposited in January: it belongs to 2025.
  doc('2025-12', '2026-01-05', { period: '2025-12', year: 2025 }),
  doc('2026-01', '2026-01-30', { period: '2026-01' }),
  doc('attestation', '2026-01-15', { folderId: 'attest', title: 'Attestation employeur' }),
  doc('old', '2024-06-28', { archived: true, period: '2024-06' }),
];

describe('VA-DOCS folders', () => {
  test('VA-DOCS « Bulletins de paie » first, then the others by name in French order (É sorts with E)', () => {
    assert.deepEqual(
      sortFolders(FOLDERS).map((f) => f.name),
      ['Bulletins de paie', 'Attestations', 'Documents RH', 'Écoles', 'Personnel'],
    );
    assert.equal(defaultFolder(FOLDERS)?.id, 'payslips');
    assert.equal(PAYSLIPS_FOLDER_NAME, 'Bulletins de paie');
  });

  test('VA-DOCS the payslips folder is recognised by its kind or by its name (case and accents aside)', () => {
    assert.equal(isPayslipsFolder({ kind: 'other', name: 'bulletins de paie' }), true);
    assert.equal(isPayslipsFolder({ kind: 'other', name: ' BULLETINS DE PAIE ' }), true);
    assert.equal(isPayslipsFolder({ kind: 'payslips', name: 'Payslips' }), true);
    assert.equal(isPayslipsFolder({ kind: 'other', name: 'Bulletins' }), false);
  });

  test('VA-DOCS numbers in names compare as numbers; sortFolders does not mutate its input', () => {
    const input = [
      { id: 'b', name: 'Dossier 10', kind: 'other' as const },
      { id: 'a', name: 'Dossier 2', kind: 'other' as const },
    ];
    assert.deepEqual(
      sortFolders(input).map((f) => f.name),
      ['Dossier 2', 'Dossier 10'],
    );
    assert.equal(input[0]!.id, 'b');
  });

  test('VA-DOCS property: the payslips folder is always first, whatever the names and the order', () => {
    const names = fc.constantFrom('Attestations', 'Arrêts', 'Zèbre', 'aaa', 'Bulletins', 'Bulletins de paie 2', '0 dossier', 'Épargne');
    fc.assert(
      fc.property(fc.uniqueArray(names, { maxLength: 7 }), fc.nat(), (others, at) => {
        const list: VaultFolder[] = others.map((name, i) => ({ id: `f${i}`, name, kind: 'other' }));
        list.splice(at % (list.length + 1), 0, { id: 'p', name: 'Bulletins de paie', kind: 'payslips' });
        const sorted = sortFolders(list);
        assert.equal(sorted[0]!.id, 'p');
        const rest = sorted.slice(1).map((f) => f.name);
        const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
        for (let i = 1; i < rest.length; i++) assert.ok(collator.compare(rest[i - 1]!, rest[i]!) <= 0, rest.join(' | '));
      }),
    );
  });
});

describe('VA-DOCS documents by year', () => {
  test('VA-DOCS the payslips folder by year, newest year first, newest document first; archived ones apart', () => {
    const groups = documentsByYear(DOCS, { folderId: 'payslips' });
    assert.deepEqual(
      groups.map((g) => [g.year, g.documents.map((d) => d.id)]),
      [
        [2026, ['2026-02', '2026-01']],
        [2025, ['2025-12', '2025-11']],
      ],
    );
    assert.deepEqual(
      documentsByYear(DOCS, { archived: true }).map((g) => [g.year, g.documents.map((d) => d.id)]),
      [[2024, ['old']]],
    );
    assert.equal(filterDocuments(DOCS, { archived: 'all' }).length, DOCS.length);
  });

  test('VA-DOCS the latest payslip (seed 002, question 6: current year, last payslip)', () => {
    assert.equal(latestPayslip(FOLDERS, DOCS)?.id, '2026-02');
    assert.equal(latestPayslip(FOLDERS, []), undefined);
  });

  test('VA-DOCS folder counts leave archived documents out', () => {
    const counts = folderCounts(FOLDERS, DOCS);
    assert.equal(counts.get('payslips'), 4);
    assert.equal(counts.get('attest'), 1);
    assert.equal(counts.get('perso'), 0);
  });

  test('VA-DOCS empty states: no payslip yet (question 5), an empty folder, no archive', () => {
    assert.equal(emptyReason(FOLDERS, [], {}), 'no-payslip-yet');
    assert.equal(emptyReason(FOLDERS, [], { folderId: 'payslips' }), 'no-payslip-yet');
    const onlyOther = DOCS.filter((d) => d.folderId === 'attest');
    assert.equal(emptyReason(FOLDERS, onlyOther, { folderId: 'payslips' }), 'no-payslip-yet');
    assert.equal(emptyReason(FOLDERS, DOCS, { folderId: 'perso' }), 'empty-folder');
    assert.equal(
      emptyReason(
        FOLDERS,
        DOCS.filter((d) => !d.archived),
        { archived: true },
      ),
      'no-archive',
    );
    assert.equal(emptyReason(FOLDERS, DOCS, { folderId: 'payslips' }), undefined);
  });

  test('VA-DOCS property: groups are by descending year, each newest first, and hold every filtered document once', () => {
    const docArb = fc.record({
      id: fc.uuid(),
      date: fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)),
      archived: fc.boolean(),
      folderId: fc.constantFrom('payslips', 'attest'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(docArb, { selector: (d) => d.id, maxLength: 25 }), (rows) => {
        const docs = rows.map((r) => doc(r.id, r.date, { archived: r.archived, folderId: r.folderId }));
        const groups = documentsByYear(docs);
        const years = groups.map((g) => g.year);
        assert.deepEqual(
          years,
          [...years].sort((a, b) => b - a),
        );
        assert.equal(new Set(years).size, years.length);
        for (const g of groups) {
          for (let i = 1; i < g.documents.length; i++) assert.ok(g.documents[i - 1]!.date >= g.documents[i]!.date);
          for (const d of g.documents) assert.equal(d.year, g.year);
        }
        assert.deepEqual(
          groups.flatMap((g) => g.documents.map((d) => d.id)).sort(),
          docs
            .filter((d) => !d.archived)
            .map((d) => d.id)
            .sort(),
        );
      }),
    );
  });
});

describe('VA-DOCS archive and move', () => {
  test('VA-DOCS archive then restore; archiving twice changes nothing', () => {
    const a = archiveDocument(DOCS, '2026-02');
    assert.equal(a.kind, 'changed');
    assert.ok(a.kind === 'changed');
    assert.equal(a.document.archived, true);
    assert.equal(DOCS.find((d) => d.id === '2026-02')!.archived, false, 'the input is not mutated');
    assert.equal(latestPayslip(FOLDERS, a.documents)?.id, '2026-01');
    assert.equal(archiveDocument(a.documents, '2026-02').kind, 'unchanged');
    const r = restoreDocument(a.documents, '2026-02');
    assert.ok(r.kind === 'changed' && r.document.archived === false);
    assert.equal(archiveDocument(DOCS, 'nope').kind, 'unknown-document');
  });

  test('VA-DOCS move into another folder; unknown folder or document refused; moving in place changes nothing', () => {
    const m = moveDocument(DOCS, FOLDERS, 'attestation', 'rh');
    assert.ok(m.kind === 'changed');
    assert.equal(m.document.folderId, 'rh');
    assert.equal(moveDocument(DOCS, FOLDERS, 'attestation', 'nowhere').kind, 'unknown-folder');
    assert.equal(moveDocument(DOCS, FOLDERS, 'nope', 'rh').kind, 'unknown-document');
    assert.equal(moveDocument(DOCS, FOLDERS, 'nope', 'nowhere').kind, 'unknown-document');
    assert.equal(moveDocument(DOCS, FOLDERS, 'attestation', 'attest').kind, 'unchanged');
  });

  test('VA-DOCS file names and sizes', () => {
    assert.equal(documentFileName({ id: 'x', title: 'Bulletin de paie — mars 2026' }), 'bulletin-de-paie-mars-2026.pdf');
    assert.equal(documentFileName({ id: 'doc 1', title: '—' }), 'doc-1.pdf');
    assert.equal(formatFileSize('fr', 812), '812\u00a0octets');
    assert.equal(formatFileSize('fr', 1500).replace(/\s/g, ' '), '1,5 Ko');
    assert.equal(formatFileSize('en', 1500).replace(/\s/g, ' '), '1.5 kB');
    assert.equal(formatFileSize('en', 12_345_678).replace(/\s/g, ' '), '12 MB');
  });
});
