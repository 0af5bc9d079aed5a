// `npm run new:widget` (issue 11, point 6): the plan for a new widget in each service, and its list edits
// applied to the repository's real list files (in memory: nothing is written).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdit, plan } from './new-widget.mjs';

const root = join(import.meta.dirname, '..');

for (const service of ['remote-services', 'safety-register', 'vault', 'passport']) {
  test(`new:widget plans a widget in ${service} in the shape of the others, and its list lines apply`, () => {
    const { files, edits } = plan(root, service, 'sample-notes');
    const paths = Object.keys(files);
    for (const p of [
      `packages/components/src/${service}/sample-notes/sample-notes.ts`,
      `packages/components/src/${service}/sample-notes/sample-notes.styles.ts`,
      `packages/components/src/${service}/sample-notes/sample-notes.events.ts`,
      `packages/components/src/${service}/sample-notes/sample-notes.test.ts`,
      'packages/components/src/define/sample-notes.ts',
      `packages/react-bindings/src/${service}/sample-notes.ts`,
      `stories/${service}/sample-notes.stories.ts`,
      `packages/core/src/${service}/messages/sample-notes.fr.ts`,
      `packages/core/src/${service}/messages/sample-notes.en.ts`,
    ])
      assert.ok(paths.includes(p), p);
    assert.match(files[`packages/components/src/${service}/sample-notes/sample-notes.ts`], /@tagname sample-notes/);
    assert.match(
      files[`packages/react-bindings/src/${service}/sample-notes.ts`],
      /define\/sample-notes\.js/,
      'the wrapper imports its own define entry only',
    );
    for (const edit of edits) {
      const before = readFileSync(join(root, edit.file), 'utf8');
      const after = applyEdit(before, edit);
      assert.ok(after.length > before.length, edit.file);
      assert.ok(after.includes('sample-notes') || after.includes('sampleNotes'), edit.file);
    }
  });
}

test('new:widget refuses a tag without a hyphen, an unknown service and a widget that exists', () => {
  assert.throws(() => plan(root, 'vault', 'notes'), /hyphen/);
  assert.throws(() => plan(root, 'billing', 'site-notes'), /service/);
  assert.throws(() => plan(root, 'safety-register', 'invoice-banner'), /exists already/);
});
