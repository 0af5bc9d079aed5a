/**
 * SR-PERMIT — a minimal QR decoder for the Node test of the drawn code (versions 1–40 geometry, numeric / alphanumeric / byte
 * segments, no error correction applied: the matrix is read as drawn). Follows ISO/IEC 18004 as
 * nayuki's reference generator lays it out.
 */
const ECC: Record<number, number[]> = {
  1: [
    -1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30,
  ],
  0: [
    -1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    28, 28, 28, 28, 28, 28, 28,
  ],
  3: [
    -1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30,
  ],
  2: [
    -1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30,
  ],
};
const BLOCKS: Record<number, number[]> = {
  1: [
    -1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24,
    25,
  ],
  0: [
    -1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40,
    43, 45, 47, 49,
  ],
  3: [
    -1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56,
    59, 62, 65, 68,
  ],
  2: [
    -1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63,
    66, 70, 74, 77, 81,
  ],
};
const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

function formatBits(ecl: number, mask: number): number {
  const data = (ecl << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

function alignmentPositions(ver: number, size: number): number[] {
  if (ver === 1) return [];
  const n = Math.floor(ver / 7) + 2;
  const step = ver === 32 ? 26 : Math.ceil((ver * 4 + 4) / (n * 2 - 2)) * 2;
  const result = [6];
  for (let pos = size - 7; result.length < n; pos -= step) result.splice(1, 0, pos);
  return result;
}

function rawCodewords(ver: number): number {
  let r = (16 * ver + 128) * ver + 64;
  if (ver >= 2) {
    const n = Math.floor(ver / 7) + 2;
    r -= (25 * n - 10) * n - 55;
    if (ver >= 7) r -= 36;
  }
  return Math.floor(r / 8);
}

export function decodeQr(get: (x: number, y: number) => boolean, size: number): string {
  const ver = (size - 17) / 4;
  if (!Number.isInteger(ver) || ver < 1 || ver > 40) throw new Error(`bad size ${size}`);
  // Format information (first copy), bit i at nayuki's positions.
  const at: [number, number][] = [];
  for (let i = 0; i <= 5; i++) at.push([8, i]);
  at.push([8, 7], [8, 8], [7, 8]);
  for (let i = 9; i < 15; i++) at.push([14 - i, 8]);
  let read = 0;
  at.forEach(([x, y], i) => (read |= (get(x, y) ? 1 : 0) << i));
  let ecl = -1;
  let mask = -1;
  for (let e = 0; e < 4; e++) for (let m = 0; m < 8; m++) if (formatBits(e, m) === read) [ecl, mask] = [e, m];
  if (ecl < 0) throw new Error('no format information');
  // Function modules.
  const fn = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const mark = (x0: number, y0: number, w: number, h: number) => {
    for (let y = Math.max(0, y0); y < Math.min(size, y0 + h); y++)
      for (let x = Math.max(0, x0); x < Math.min(size, x0 + w); x++) fn[y]![x] = true;
  };
  mark(0, 0, 9, 9);
  mark(size - 8, 0, 8, 9);
  mark(0, size - 8, 9, 8);
  mark(6, 0, 1, size);
  mark(0, 6, size, 1);
  const align = alignmentPositions(ver, size);
  align.forEach((cx, i) =>
    align.forEach((cy, j) => {
      const n = align.length - 1;
      if ((i === 0 && j === 0) || (i === 0 && j === n) || (i === n && j === 0)) return;
      mark(cx - 2, cy - 2, 5, 5);
    }),
  );
  if (ver >= 7) {
    mark(size - 11, 0, 3, 6);
    mark(0, size - 11, 6, 3);
  }
  // Codewords in zigzag order, unmasked.
  const total = rawCodewords(ver);
  const bytes = new Uint8Array(total);
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < size; vert++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const y = ((right + 1) & 2) === 0 ? size - 1 - vert : vert;
        if (fn[y]![x] || i >= total * 8) continue;
        if (get(x, y) !== MASKS[mask]!(x, y)) bytes[i >>> 3]! |= 1 << (7 - (i & 7));
        i++;
      }
    }
  }
  // De-interleave the data codewords.
  const numBlocks = BLOCKS[ecl]![ver]!;
  const eccLen = ECC[ecl]![ver]!;
  const numShort = numBlocks - (total % numBlocks);
  const shortLen = Math.floor(total / numBlocks);
  const dataLen = (b: number) => shortLen - eccLen + (b >= numShort ? 1 : 0);
  const blocks: number[][] = Array.from({ length: numBlocks }, () => []);
  let k = 0;
  for (let col = 0; col <= shortLen - eccLen; col++) {
    for (let b = 0; b < numBlocks; b++) if (col < dataLen(b)) blocks[b]!.push(bytes[k++]!);
  }
  const data = blocks.flat();
  // Segments.
  let bit = 0;
  const take = (n: number) => {
    let v = 0;
    for (let t = 0; t < n; t++, bit++) v = (v << 1) | ((data[bit >>> 3]! >>> (7 - (bit & 7))) & 1);
    return v;
  };
  const cls = ver <= 9 ? 0 : ver <= 26 ? 1 : 2;
  const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
  const out: number[] = [];
  let text = '';
  const flush = () => {
    text += new TextDecoder().decode(new Uint8Array(out));
    out.length = 0;
  };
  while (bit + 4 <= data.length * 8) {
    const mode = take(4);
    if (mode === 0) break;
    if (mode === 1) {
      flush();
      let n = take([10, 12, 14][cls]!);
      for (; n >= 3; n -= 3) text += String(take(10)).padStart(3, '0');
      if (n === 2) text += String(take(7)).padStart(2, '0');
      if (n === 1) text += String(take(4));
    } else if (mode === 2) {
      flush();
      let n = take([9, 11, 13][cls]!);
      for (; n >= 2; n -= 2) {
        const v = take(11);
        text += ALNUM[Math.floor(v / 45)]! + ALNUM[v % 45]!;
      }
      if (n === 1) text += ALNUM[take(6)]!;
    } else if (mode === 4) {
      const n = take([8, 16, 16][cls]!);
      for (let c = 0; c < n; c++) out.push(take(8));
    } else throw new Error(`unsupported mode ${mode}`);
  }
  flush();
  return text;
}
