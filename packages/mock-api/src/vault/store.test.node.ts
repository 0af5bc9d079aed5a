/** X-MOCK VA — the vault store's demo data and its real PDF files. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { calendarDateOf, DocumentsResponse, identifierKind, isAcceptablePassword, parseInstant, VaultProfile } from '@vigie/core';
import { makePdf, pdfString } from '../shared/pdf.js';
import { createVaultStore, DEMO_ACCOUNTS, DEMO_ONE_TIME_CODE, maskEmail, maskPhone } from './store.js';

const T0 = parseInstant('2026-03-10T09:00:00+01:00');

/** Checks the structure a PDF reader relies on: header, every xref offset at its `n 0 obj`, startxref at `xref`, stream lengths, %%EOF. */
function assertWellFormedPdf(bytes: Uint8Array) {
  const text = new TextDecoder('latin1').decode(bytes);
  assert.ok(text.startsWith('%PDF-1.4\n'), 'header');
  assert.ok(text.endsWith('%%EOF\n'), 'trailer end');
  for (const b of bytes) assert.ok(b < 0x80, 'ASCII only (non-ASCII text is escaped)');
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  assert.equal(text.slice(startxref, startxref + 4), 'xref');
  const [, count] = /^xref\n0 (\d+)\n/.exec(text.slice(startxref)) ?? [];
  const entries = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
  assert.equal(entries.length + 1, Number(count));
  entries.forEach((offset, i) => assert.ok(text.startsWith(`${i + 1} 0 obj\n`, offset), `object ${i + 1} at ${offset}`));
  for (const m of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = m.index + m[0].length;
    assert.equal(text.slice(start + Number(m[1]), start + Number(m[1]) + 10), '\nendstream', 'stream length');
  }
  assert.match(text, /\/Root 1 0 R/);
}

describe('X-MOCK VA-DOCS real PDF files', () => {
  it('VA-DOCS makePdf gives a well-formed one-page PDF of a few hundred bytes', () => {
    const bytes = makePdf([{ text: 'Bulletin de paie — mars 2026', size: 18 }, { text: 'Salarié : Paul Dupont' }]);
    assertWellFormedPdf(bytes);
    assert.ok(bytes.length > 300 && bytes.length < 1500, `${bytes.length} bytes`);
    assert.match(new TextDecoder().decode(bytes), /\/Type \/Page \/Parent 2 0 R \/MediaBox \[0 0 595 842\]/);
  });

  it('VA-DOCS French text in WinAnsi: é, —, « », €, ’ and the PDF delimiters escaped', () => {
    assert.equal(pdfString('Bulletin de paie — mars'), '(Bulletin de paie \\227 mars)');
    assert.equal(pdfString('Salarié'), '(Salari\\351)');
    assert.equal(pdfString('« 100 € »'), '(\\253 100 \\200 \\273)');
    assert.equal(pdfString('l’année'), '(l\\222ann\\351e)');
    assert.equal(pdfString('a(b)c\\'), '(a\\(b\\)c\\\\)');
    assert.equal(pdfString('日本'), '(\\077\\077)');
  });

  it('VA-DOCS property: any text makes a well-formed PDF', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 60 }), { minLength: 1, maxLength: 6 }),
        fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
        (lines, title) => {
          assertWellFormedPdf(
            makePdf(
              lines.map((text) => ({ text })),
              title,
            ),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('VA-DOCS every demo document’s PDF is well-formed and its size is the one listed', () => {
    const store = createVaultStore('vault:default', () => T0);
    const { documents } = DocumentsResponse.parse(store.documents('paul-dupont'));
    assert.ok(documents.length >= 15);
    for (const d of documents) {
      const bytes = store.pdf('paul-dupont', d.id)!;
      assertWellFormedPdf(bytes);
      assert.equal(bytes.length, d.sizeBytes, d.id);
      assert.match(new TextDecoder().decode(bytes), /Paul Dupont/);
    }
    assert.equal(store.pdf('paul-dupont', 'nope'), undefined);
    assert.equal(store.pdf('camille-martin', documents[0]!.id)?.length !== undefined, true, 'each account has its own');
  });
});

describe('X-MOCK VA demo data', () => {
  it('VA-LOGIN the demo accounts: 12-digit identifiers, e-mails, passwords that meet the policy, one of each case', () => {
    assert.equal(DEMO_ONE_TIME_CODE, '123456');
    for (const a of DEMO_ACCOUNTS) {
      assert.equal(identifierKind(a.identifier), 'number', a.id);
      assert.equal(identifierKind(a.email), 'email', a.id);
      if (a.password !== undefined) assert.ok(isAcceptablePassword(a.password), a.id);
    }
    assert.equal(new Set(DEMO_ACCOUNTS.map((a) => a.identifier)).size, DEMO_ACCOUNTS.length);
    const paul = DEMO_ACCOUNTS.find((a) => a.id === 'paul-dupont')!;
    assert.deepEqual([paul.identifier, paul.email, paul.password], ['123456789012', 'paul.dupont@example.fr', 'Bulletin-2026!']);
    assert.ok(DEMO_ACCOUNTS.some((a) => a.secondFactor === 'sms'));
    assert.ok(DEMO_ACCOUNTS.some((a) => a.secondFactor === 'email'));
    assert.ok(DEMO_ACCOUNTS.some((a) => a.temporary));
    assert.ok(DEMO_ACCOUNTS.some((a) => a.password === undefined));
  });

  it('VA-PROFILE profiles match the contract; numbers and e-mails are masked', () => {
    const store = createVaultStore('vault:default', () => T0);
    for (const a of DEMO_ACCOUNTS) assert.ok(VaultProfile.safeParse(store.profile(a.id)).success, a.id);
    assert.equal(maskPhone('06 75 82 45 32'), '06 •• •• •• 32');
    assert.equal(maskPhone('+33 7 12 34 56 78'), '07 •• •• •• 78');
    assert.equal(maskEmail('camille.martin@example.fr'), 'c•••@example.fr');
  });

  it('VA-DOCS payslips are dated from today: the last 14 months current, the 15th archived; whatever the date', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 11, 31) }), (t) => {
        const store = createVaultStore('vault:default', () => t);
        const { documents } = DocumentsResponse.parse(store.documents('paul-dupont'));
        const payslips = documents.filter((d) => d.folderId === 'bulletins');
        assert.equal(payslips.length, 15);
        assert.equal(payslips.filter((d) => d.archived).length, 1);
        const thisMonth = `${calendarDateOf(t).slice(0, 7)}-01`;
        for (const d of payslips) assert.ok(d.date < thisMonth, `${d.date} is not before ${thisMonth}`);
        assert.equal(new Set(payslips.map((d) => d.period)).size, 15, 'one payslip per month');
      }),
      { numRuns: 60 },
    );
  });

  it('VA-LOGIN the outbox records the codes a real vault would send (never anything else shown to the client)', () => {
    const store = createVaultStore('vault:default', () => T0);
    store.login('234567890123', 'Coffre-fort-2026');
    assert.deepEqual(store.outbox(), [{ kind: 'one-time-code', channel: 'sms', to: '07 12 34 56 78', code: '123456' }]);
    store.reset();
    assert.deepEqual(store.outbox(), []);
  });
});
