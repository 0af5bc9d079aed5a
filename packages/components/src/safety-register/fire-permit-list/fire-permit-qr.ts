/**
 * SR-PERMIT — the QR code of a signature link as one SVG path, with `lean-qr` (`generate` +
 * `toSvgPath`), error correction M. The dialog draws it with Lit's `svg` template inside a
 * `viewBox` that adds the 4-module quiet zone, black on white in every theme. Imported only by the
 * dialog's on-demand module, so `lean-qr` loads only with it.
 */
import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

/** The quiet zone around the code, in modules (ISO/IEC 18004: 4). */
export const QR_QUIET_ZONE = 4;

export interface QrDrawing {
  /** The path of the dark modules, in module units from (0, 0). */
  readonly d: string;
  /** The code's width in modules, without the quiet zone. */
  readonly size: number;
  /** The `viewBox` with the quiet zone. */
  readonly viewBox: string;
}

export function qrDrawing(url: string): QrDrawing {
  const code = generate(url, { minCorrectionLevel: correction.M });
  const q = QR_QUIET_ZONE;
  return { d: toSvgPath(code), size: code.size, viewBox: `${-q} ${-q} ${code.size + 2 * q} ${code.size + 2 * q}` };
}
