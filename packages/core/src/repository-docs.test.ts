/**
 * Issue 8, point 24 — the README and the docs stand alone in a clone: every link of README.md,
 * docs/ and bench/README.md points at a file of this repository that exists (no `../shared/…`,
 * nothing outside the clone), and the requirement ids the tests cite are written in docs/requirements.md.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const docs = [
  'README.md',
  'bench/README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
].filter((f) => existsSync(join(root, f)));

describe('README and docs in a clone', () => {
  test('every link points inside the repository, at a file that exists', () => {
    const bad: string[] = [];
    for (const doc of docs) {
      const text = readFileSync(join(root, doc), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (target!.startsWith('#')) continue;
        if (/^[a-z]+:/i.test(target!)) {
          bad.push(`${doc}: ${target} (outside the repository)`);
          continue;
        }
        const file = resolve(root, dirname(doc), target!.split('#')[0]!);
        if (relative(root, file).startsWith('..') || !existsSync(file)) bad.push(`${doc}: ${target}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  test('the requirement ids are in docs/requirements.md, and the README links it', () => {
    const requirements = readFileSync(join(root, 'docs/requirements.md'), 'utf8');
    for (const id of [
      'SR-INVOICE',
      'VA-LOGIN',
      'VA-RESET',
      'VA-LOSTID',
      'VA-ACTIVATE',
      'VA-PROFILE',
      'VA-DOCS',
      'VA-PAPER',
      'VA-SUPPORT',
      'PP-REGISTER',
      'PP-LOGIN',
      'PP-COMPANY',
      'PP-ROSTER',
      'PP-ENROLL',
      'PP-BLOCK',
      'PP-SPACES',
      'X-PROVIDER',
      'X-API',
      'X-MOCK',
      'X-STATES',
      'X-EVENTS',
      'X-THEME',
      'X-A11Y',
      'X-I18N',
      'X-NAMES',
      'X-SEC',
    ]) {
      assert.match(requirements, new RegExp(`\\| ${id} \\|`), id);
    }
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.match(readme, /\]\(docs\/requirements\.md\)/);
    assert.match(readme, /\]\(docs\/architecture\.md\)/);
  });
});
