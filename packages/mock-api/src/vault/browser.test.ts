/**
 * X-MOCK VA in real Chromium: the vault routes through msw's service worker, as the demo and
 * Storybook use them — the lock after 3 wrong passwords, and a real PDF document as a Blob.
 */
import { expect } from '@open-wc/testing';
import { createClient, fetchVaultDocumentPdf, isApiError, listVaultDocuments, vaultLogin } from '@vigie/core';
import { startMockWorker, type MockWorker } from '../browser.js';

const NOW = Date.parse('2026-03-10T12:00:00+01:00');
let mock: MockWorker;

describe('X-MOCK VA in the browser worker', () => {
  before(async () => {
    mock = await startMockWorker({ now: () => NOW, scenario: 'vault:default' });
  });
  after(() => mock.stop());
  beforeEach(() => mock.reset());

  const client = () => createClient({ baseUrl: `${location.origin}/api`, getToken: () => 'host-token', retry: { limit: 0 } });

  it('VA-LOGIN 3 wrong passwords lock the demo identifier until now + 120 min', async () => {
    const c = client();
    const kinds: string[] = [];
    for (let i = 0; i < 3; i++) {
      try {
        await vaultLogin(c, '123456789012', 'wrong');
      } catch (e) {
        kinds.push(isApiError(e) ? e.failure.kind : String(e));
      }
    }
    expect(kinds).to.deep.equal(['http', 'http', 'locked']);
    expect(mock.vault.lockedUntil('123456789012')).to.equal(NOW + 120 * 60_000);
  });

  it('VA-DOCS a signed-in session fetches a real PDF (%PDF-) through the service worker', async () => {
    const c = client();
    const signed = await vaultLogin(c, 'paul.dupont@example.fr', 'Bulletin-2026!');
    if (signed.kind !== 'signed-in') throw new Error(signed.kind);
    const { documents } = await listVaultDocuments(c, { session: signed.session });
    const doc = documents.find((d) => !d.archived)!;
    const blob = await fetchVaultDocumentPdf(c, doc, { session: signed.session });
    expect(blob.type).to.equal('application/pdf');
    expect(blob.size).to.equal(doc.sizeBytes);
    expect(await blob.slice(0, 5).text()).to.equal('%PDF-');
  });
});
