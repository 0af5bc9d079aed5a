import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hashPassword, sha256Hex, verifyPassword } from './hash.js';

describe('X-MOCK PP password hash', () => {
  it('is SHA-256 (FIPS 180-4 vectors, and node:crypto on any text)', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(
      sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        assert.equal(sha256Hex(text), createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps no password in clear: salted (two hashes of one password differ), and verifies', () => {
    const a = hashPassword('Passeport-2026!');
    const b = hashPassword('Passeport-2026!');
    assert.notEqual(a, b);
    assert.ok(!a.includes('Passeport-2026!'));
    assert.match(a, /^pp-sha256\$\d+\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    assert.ok(verifyPassword('Passeport-2026!', a));
    assert.ok(verifyPassword('Passeport-2026!', b));
    assert.ok(!verifyPassword('passeport-2026!', a), 'case matters');
    assert.ok(!verifyPassword('Passeport-2026!', null), 'no password: nothing matches');
    assert.ok(!verifyPassword('Passeport-2026!', 'garbage'));
  });
});
