/**
 * SR-PERMIT — the QR code the dialog draws decodes back to its URL. The SVG path is read back as a
 * browser fills it (nonzero rule) at the centre of every module, quiet zone included; the modules
 * are then decoded by a small decoder of this folder (`qr-decode.test-support.ts`: format
 * information, unmasking, de-interleaving, numeric / alphanumeric / byte segments; no new
 * dependency, lean-qr has no decoder). The read-back also equals lean-qr's own matrix, at
 * correction M or better.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { correction, generate } from 'lean-qr';
import fc from 'fast-check';
import { QR_QUIET_ZONE, qrDrawing } from './fire-permit-qr.js';
import { decodeQr } from './qr-decode.test-support.js';

type Pt = readonly [number, number];

/** The closed polygons of an `M x yLx y…Z` path. */
function polygons(d: string): Pt[][] {
  return d
    .split('Z')
    .filter((p) => p.trim())
    .map((p) =>
      p
        .replace(/^M/, '')
        .split('L')
        .map((xy) => xy.trim().split(/\s+/).map(Number) as unknown as Pt),
    );
}

/**
 * The path rasterised at module centres under the nonzero rule (SVG's default `fill-rule`): per
 * row, the vertical edges crossing it (a horizontal ray meets no horizontal edge), summed from
 * the right. Returns `filled(x, y)` for module (x, y), quiet zone included.
 */
function rasterise(d: string, from: number, to: number): (x: number, y: number) => boolean {
  const rows = new Map<number, boolean[]>();
  const polys = polygons(d);
  for (let y = from; y < to; y++) {
    const cy = y + 0.5;
    const crossings: [number, number][] = [];
    for (const poly of polys) {
      for (let i = 0; i < poly.length; i++) {
        const [x1, y1] = poly[i]!;
        const [x2, y2] = poly[(i + 1) % poly.length]!;
        if (x1 !== x2) continue;
        if (y1 <= cy && y2 > cy) crossings.push([x1, 1]);
        else if (y2 <= cy && y1 > cy) crossings.push([x1, -1]);
      }
    }
    const row: boolean[] = [];
    for (let x = from; x < to; x++) row.push(crossings.reduce((w, [ex, dir]) => (ex > x + 0.5 ? w + dir : w), 0) !== 0);
    rows.set(y, row);
  }
  return (x, y) => rows.get(y)?.[x - from] ?? false;
}

describe('SR-PERMIT QR drawing', () => {
  for (const url of [
    'https://app.registre-securite.example/permis/pf-101/signer?jeton=0123456789abcdef0123456789abcdef',
    'https://app.registre-securite.example/permis/pf-112/signer?jeton=ffffffffffffffffffffffffffffffff',
  ]) {
    it(`reads back to lean-qr's matrix of the URL, quiet zone clear (${url.slice(-12)})`, () => {
      const drawing = qrDrawing(url);
      const code = generate(url, { minCorrectionLevel: correction.M });
      assert.equal(drawing.size, code.size);
      const q = QR_QUIET_ZONE;
      assert.equal(drawing.viewBox, `${-q} ${-q} ${code.size + 2 * q} ${code.size + 2 * q}`);
      const filled = rasterise(drawing.d, -q, code.size + q);
      for (let y = -q; y < code.size + q; y++) {
        for (let x = -q; x < code.size + q; x++) {
          const want = x >= 0 && y >= 0 && x < code.size && y < code.size && code.get(x, y);
          assert.equal(filled(x, y), want, `module ${x},${y}`);
        }
      }
      assert.equal(decodeQr(filled, drawing.size), url);
    });
  }

  it('property: every demo signature link, drawn, decodes back to itself', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{32}$/);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), hex, (n, token) => {
        const url = `https://app.registre-securite.example/permis/pf-${n}/signer?jeton=${token}`;
        const drawing = qrDrawing(url);
        assert.equal(decodeQr(rasterise(drawing.d, 0, drawing.size), drawing.size), url);
      }),
      { numRuns: 25 },
    );
  });

  it('a different token draws a different code (the URL is what is encoded)', () => {
    const a = qrDrawing('https://app.registre-securite.example/permis/pf-101/signer?jeton=aaaa');
    const b = qrDrawing('https://app.registre-securite.example/permis/pf-101/signer?jeton=aaab');
    assert.notEqual(a.d, b.d);
  });
});
