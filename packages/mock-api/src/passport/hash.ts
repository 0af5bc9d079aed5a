/**
 * X-MOCK PP — how the passport mock keeps passwords: never in clear, a salted, iterated SHA-256
 * (`pp-sha256$<iterations>$<salt>$<hex>`). Synchronous and dependency-free so the same store runs
 * in the browser worker and in Node; a mock's protection, not a production KDF (a real backend uses
 * Argon2id, scrypt or bcrypt).
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** SHA-256 (FIPS 180-4) of bytes, as 32 bytes. */
export function sha256(bytes: Uint8Array): Uint8Array {
  const length = (((bytes.length + 9 + 63) >> 6) << 6) as number;
  const padded = new Uint8Array(length);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  view.setUint32(length - 8, Math.floor(bits / 0x1_0000_0000));
  view.setUint32(length - 4, bits >>> 0);
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  for (let off = 0; off < length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      w[i] = (w[i - 16]! + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + w[i - 7]! + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10))) | 0;
    }
    let [a, b, c, d, e, f, g, k] = [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!];
    for (let i = 0; i < 64; i++) {
      const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
    h[5] = (h[5]! + f) | 0;
    h[6] = (h[6]! + g) | 0;
    h[7] = (h[7]! + k) | 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]!);
  return out;
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = new TextEncoder();

export const sha256Hex = (text: string): string => hex(sha256(utf8.encode(text)));

/** Iterations of the mock's password hash (enough to never be "in clear", cheap enough for tests). */
export const PASSWORD_HASH_ITERATIONS = 64;

function randomSalt(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return hex(bytes);
}

function derive(password: string, salt: string, iterations: number): string {
  let digest = sha256(utf8.encode(`${salt}:${password}`));
  for (let i = 1; i < iterations; i++) {
    const next = new Uint8Array(digest.length + salt.length);
    next.set(digest);
    next.set(utf8.encode(salt), digest.length);
    digest = sha256(next);
  }
  return hex(digest);
}

/** A salted hash of `password` (a fresh salt each time: the same password never gives the same hash). */
export function hashPassword(password: string, salt: string = randomSalt()): string {
  return `pp-sha256$${PASSWORD_HASH_ITERATIONS}$${salt}$${derive(password, salt, PASSWORD_HASH_ITERATIONS)}`;
}

/** Whether `password` is the one `hash` was made from (compared in constant time over the digest). */
export function verifyPassword(password: string, hash: string | null): boolean {
  const [scheme, iterations, salt, digest] = (hash ?? `pp-sha256$${PASSWORD_HASH_ITERATIONS}$0$`).split('$');
  const candidate = derive(password, salt ?? '', Number(iterations) || PASSWORD_HASH_ITERATIONS);
  let diff = scheme === 'pp-sha256' && hash !== null && digest !== undefined && digest.length === candidate.length ? 0 : 1;
  for (let i = 0; i < candidate.length; i++) diff |= candidate.charCodeAt(i) ^ (digest ?? '').charCodeAt(i);
  return diff === 0;
}
