/** PP-ROSTER — « Voir le passeport » links only to web addresses (never `javascript:`). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { safePassportUrl } from './passport-link.js';

describe('PP-ROSTER safePassportUrl', () => {
  test('PP-ROSTER http(s) and relative addresses are links, as given', () => {
    for (const url of [
      '/passeports/emp-000001',
      'passeports/emp-000001',
      '../passeports/1',
      '?id=1',
      '#passeport',
      '//passeport-securite.com/p/1',
      'https://passeport-securite.com/passeports/emp-000001',
      'HTTP://passeport-securite.com/p/1',
      'https:passeport-securite.com',
      'emp:1/passeport',
    ]) {
      const expected = url === 'emp:1/passeport' ? undefined : url;
      assert.equal(safePassportUrl(url), expected, url);
    }
  });

  test('PP-ROSTER script and data schemes are never links, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'jav\rascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'blob:https://example.com/1',
      'file:///etc/passwd',
      'mailto:a@b.fr',
    ]) {
      assert.equal(safePassportUrl(url), undefined, JSON.stringify(url));
    }
  });

  test('PP-ROSTER no address, an empty one or only spaces: no link', () => {
    assert.equal(safePassportUrl(null), undefined);
    assert.equal(safePassportUrl(undefined), undefined);
    assert.equal(safePassportUrl(''), undefined);
    assert.equal(safePassportUrl(' \t\n '), undefined);
  });

  test('PP-ROSTER edges and tabs or line breaks are dropped as a browser drops them', () => {
    assert.equal(safePassportUrl('  /passeports/1\n'), '/passeports/1');
    assert.equal(safePassportUrl('htt\tps://a.fr/p'), 'https://a.fr/p');
  });

  test('PP-ROSTER property: whatever the text, a link it gives has no scheme or an http(s) one', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const url = safePassportUrl(text);
        if (url === undefined) return;
        const scheme = /^([a-zA-Z][a-zA-Z\d+.-]*):/.exec(url)?.[1]?.toLowerCase();
        assert.ok(scheme === undefined || scheme === 'http' || scheme === 'https', url);
        assert.doesNotMatch(url, /[\t\n\r]/);
      }),
    );
  });
});
