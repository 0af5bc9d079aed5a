/**
 * SR-PERMIT — the QR code the dialog draws reads back to lean-qr's matrix of the URL, module by
 * module, with a clear 4-module quiet zone: the SVG path is filled (nonzero rule, as the browser
 * does) at the centre of every dark module and of no light one. A full decode (reading the URL back
 * out of the modules) would need a QR decoder, which the project does not depend on; lean-qr has
 * none. What is checked here is that the drawing is exactly lean-qr's code for that URL, at
 * correction M or better.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { correction, generate } from 'lean-qr';
import { QR_QUIET_ZONE, qrDrawing } from './fire-permit-qr.js';

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

/** Whether (x, y) is inside the path under the nonzero rule (SVG's default `fill-rule`). */
function filled(polys: readonly Pt[][], x: number, y: number): boolean {
  let winding = 0;
  for (const poly of polys) {
    for (let i = 0; i < poly.length; i++) {
      const [x1, y1] = poly[i]!;
      const [x2, y2] = poly[(i + 1) % poly.length]!;
      if (y1 <= y && y2 > y) {
        if (x1 + ((y - y1) * (x2 - x1)) / (y2 - y1) > x) winding++;
      } else if (y2 <= y && y1 > y) {
        if (x1 + ((y - y1) * (x2 - x1)) / (y2 - y1) > x) winding--;
      }
    }
  }
  return winding !== 0;
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
      const polys = polygons(drawing.d);
      let dark = 0;
      for (let y = -q; y < code.size + q; y++) {
        for (let x = -q; x < code.size + q; x++) {
          const want = x >= 0 && y >= 0 && x < code.size && y < code.size && code.get(x, y);
          assert.equal(filled(polys, x + 0.5, y + 0.5), want, `module ${x},${y}`);
          if (want) dark++;
        }
      }
      assert.ok(dark > code.size * 4);
      // The three finder patterns: 7×7 dark rings at three corners.
      for (const [fx, fy] of [[0, 0], [code.size - 7, 0], [0, code.size - 7]] as const) {
        for (let i = 0; i < 7; i++) assert.ok(filled(polys, fx + i + 0.5, fy + 0.5) && filled(polys, fx + 0.5, fy + i + 0.5));
      }
    });
  }

  it('a different token draws a different code (the URL is what is encoded)', () => {
    const a = qrDrawing('https://app.registre-securite.example/permis/pf-101/signer?jeton=aaaa');
    const b = qrDrawing('https://app.registre-securite.example/permis/pf-101/signer?jeton=aaab');
    assert.notEqual(a.d, b.d);
  });
});
