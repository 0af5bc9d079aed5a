/** SR-OBS — the reports routes of the mock: eligibility, the real PDFs, observations / anomalies / prescriptions. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import { Extract, ExtractionSource, ExtractList, SR_PROBLEM_TYPES } from '@vigie/core';
import { createHandlers, type HandlerOptions } from '../../handlers.js';
import { wrap } from './pdfs.js';

const NOW = Date.parse('2026-12-07T10:00:00+01:00');

function mockApi(options: HandlerOptions = {}) {
  const mock = createHandlers({ now: () => NOW, scenario: 'register:default', ...options });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const h = new Headers({ Authorization: 'Bearer host-token', ...headers });
    if (body !== undefined) h.set('Content-Type', 'application/json');
    const response = await getResponse(
      mock.handlers,
      new Request(`http://localhost/api/${path}`, { method, headers: h, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) }),
    );
    assert.ok(response, `no handler for ${method} ${path}`);
    return response;
  };
  return { mock, call };
}

/** The text a PDF viewer shows: the literal strings of its `Tj` operators, decoded from WinAnsi escapes. */
function pdfLines(bytes: Uint8Array): string[] {
  const text = new TextDecoder('latin1').decode(bytes);
  return [...text.matchAll(/\((.*?)(?<!\\)\) Tj/g)].map((m) =>
    m[1]!
      .replace(
        /\\(\d{3})/g,
        (_, o: string) => ({ 0x92: '’', 0x97: '—', 0xa0: '\u00a0' })[parseInt(o, 8)] ?? String.fromCharCode(parseInt(o, 8)),
      )
      .replace(/\\([()\\])/g, '$1'),
  );
}

describe('SR-OBS report routes (mock)', () => {
  it('SR-OBS GET …/report: eligible only for the closed contrôle / maintenance / SAV / installation with a PDF; each other says why', async () => {
    const { call } = mockApi();
    const expected = {
      'int-201': [true, undefined],
      'int-202': [true, undefined],
      'int-203': [true, undefined],
      'int-204': [true, undefined],
      'int-101': [false, 'not-closed'],
      'int-205': [false, 'type-not-concerned'],
      'int-206': [false, 'not-pdf'],
      'int-207': [false, 'no-report'],
    } as const;
    for (const [id, [eligible, reason]] of Object.entries(expected)) {
      const r = await call('GET', `safety-register/interventions/${id}/report`);
      assert.equal(r.status, 200, id);
      const s = ExtractionSource.parse(await r.json());
      assert.equal(s.eligible, eligible, id);
      assert.equal(s.reason, reason, id);
    }
    assert.equal((await call('GET', 'safety-register/interventions/int-999/report')).status, 404);
  });

  it('SR-OBS GET …/report.pdf: a real multi-page PDF with selectable French text; an image or no report is a 409', async () => {
    const { call } = mockApi();
    const r = await call('GET', 'safety-register/interventions/int-201/report.pdf');
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'application/pdf');
    const bytes = new Uint8Array(await r.arrayBuffer());
    assert.match(new TextDecoder('latin1').decode(bytes), /\/Count 2 /);
    const lines = pdfLines(bytes);
    const joined = lines.join(' ');
    assert.ok(joined.includes('Observation n°\u00a03\u00a0: l’extincteur du local poubelles n’est pas accessible'), joined);
    assert.ok(
      lines.every((l) => l.length <= 90),
      'every line fits the page',
    );
    for (const [id, reason] of [
      ['int-206', 'not-pdf'],
      ['int-207', 'no-report'],
    ] as const) {
      const bad = await call('GET', `safety-register/interventions/${id}/report.pdf`);
      assert.equal(bad.status, 409);
      assert.equal(((await bad.json()) as { reason: string }).reason, reason);
    }
  });

  it('SR-OBS POST …/observations: normalised text saved, listed, idempotent; 409 when not eligible, 422 when empty or too long', async () => {
    const { call } = mockApi();
    const before = ExtractList.parse(await (await call('GET', 'safety-register/interventions/int-201/observations')).json());
    assert.equal(before.items.length, 0);
    const body = { text: '  Observation n° 3 : l’extincteur\n du local   poubelles ', page: 1 };
    const r = await call('POST', 'safety-register/interventions/int-201/observations', body, { 'Idempotency-Key': 'k1' });
    assert.equal(r.status, 201);
    const item = Extract.parse(await r.json());
    assert.equal(item.text, 'Observation n° 3 : l’extincteur du local poubelles');
    assert.equal(item.createdBy, 'Claire Martin');
    const replay = Extract.parse(
      await (await call('POST', 'safety-register/interventions/int-201/observations', body, { 'Idempotency-Key': 'k1' })).json(),
    );
    assert.equal(replay.id, item.id);
    const after = ExtractList.parse(await (await call('GET', 'safety-register/interventions/int-201/observations')).json());
    assert.deepEqual(
      after.items.map((i) => i.id),
      [item.id],
    );

    const refused = await call('POST', 'safety-register/interventions/int-205/observations', { text: 'x' });
    assert.equal(refused.status, 409);
    const p = (await refused.json()) as { type: string; reason: string };
    assert.equal(p.type, SR_PROBLEM_TYPES.conflict);
    assert.equal(p.reason, 'type-not-concerned');
    for (const text of ['   ', 'x'.repeat(2001)]) {
      const bad = await call('POST', 'safety-register/interventions/int-201/observations', { text });
      assert.equal(bad.status, 422);
      assert.equal(((await bad.json()) as { type: string }).type, SR_PROBLEM_TYPES.validation);
    }
  });

  it('SR-OBS documents: an audit report gives anomalies, a commission’s PV prescriptions, never the other way round', async () => {
    const { call } = mockApi();
    const audit = ExtractionSource.parse(await (await call('GET', 'safety-register/documents/doc-audit-1')).json());
    assert.equal(audit.target, 'anomaly');
    const pv = ExtractionSource.parse(await (await call('GET', 'safety-register/documents/doc-cs-1')).json());
    assert.equal(pv.target, 'prescription');
    const pdf = await call('GET', 'safety-register/documents/doc-cs-1/document.pdf');
    assert.ok(
      pdfLines(new Uint8Array(await pdf.arrayBuffer()))
        .join(' ')
        .includes('Prescription n°\u00a02\u00a0: maintenir libres en permanence'),
    );
    assert.equal((await call('POST', 'safety-register/documents/doc-audit-1/anomalies', { text: 'Anomalie n° 1', page: 1 })).status, 201);
    assert.equal(
      (await call('POST', 'safety-register/documents/doc-cs-1/prescriptions', { text: 'Prescription n° 1', page: 1 })).status,
      201,
    );
    assert.equal((await call('POST', 'safety-register/documents/doc-cs-1/anomalies', { text: 'x' })).status, 409);
    assert.equal(ExtractList.parse(await (await call('GET', 'safety-register/documents/doc-audit-1/anomalies')).json()).items.length, 1);
  });

  it('SR-OBS register:restricted: 403 access-restricted; register:empty: no intervention', async () => {
    const restricted = mockApi({ scenario: 'register:restricted' });
    const r = await restricted.call('GET', 'safety-register/interventions/int-201/report');
    assert.equal(r.status, 403);
    assert.equal(((await r.json()) as { type: string }).type, SR_PROBLEM_TYPES.accessRestricted);
    const empty = mockApi({ scenario: 'register:empty' });
    assert.equal((await empty.call('GET', 'safety-register/interventions/int-201/report')).status, 404);
  });

  it('SR-OBS wrap: lines at spaces within the width; joined with spaces they give the paragraph back', () => {
    const p =
      'Observation n° 3 : l’extincteur du local poubelles n’est pas accessible, des conteneurs sont stockés devant. Dégager l’accès et rappeler la consigne au gardien.';
    const lines = wrap(p, 40);
    assert.ok(lines.every((l) => l.length <= 40));
    assert.equal(lines.join(' '), p);
  });
});
