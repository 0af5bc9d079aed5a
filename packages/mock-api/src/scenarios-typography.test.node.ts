/**
 * X-I18N (issue 8, point 19) — the scenarios' French descriptions are read in the demo's scenario
 * list, Storybook and the mock server's help: French typography as in the catalogs, a narrow
 * no-break space (U+202F) before « ? ! : ; » and inside « ».
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SCENARIOS } from './scenarios.js';

describe('X-MOCK scenario descriptions', () => {
  test('X-I18N fr: U+202F before « ? ! : ; » (never an ordinary space) and inside « »', () => {
    const bad = SCENARIOS.filter((s) => /[ \u00a0][?!:;]|«(?!\u202f)|(?<!\u202f)»/.test(s.fr)).map((s) => `${s.name}: ${s.fr}`);
    assert.deepEqual(bad, []);
  });
});
