import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReactiveControllerHost } from 'lit';
import { OnDemand } from './on-demand.js';

function host() {
  const h = {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      h.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return h as typeof h & ReactiveControllerHost;
}

test('loads once however often it is asked, and re-renders the host when the module is there', async () => {
  const h = host();
  let imports = 0;
  const c = new OnDemand(h, async () => ({ n: ++imports }));
  const [a, b] = await Promise.all([c.load(), c.load()]);
  assert.equal(a, b);
  assert.equal(imports, 1);
  assert.deepEqual(c.module, { n: 1 });
  assert.equal(h.updates, 1);
});

test('a failed load says so and can be tried again', async () => {
  const h = host();
  let fail = true;
  const c = new OnDemand(h, async () => {
    if (fail) throw new Error('offline');
    return 'ok';
  });
  await assert.rejects(c.load(), /offline/);
  assert.equal(c.failed, true);
  assert.equal(c.module, undefined);
  fail = false;
  assert.equal(await c.load(), 'ok');
  assert.equal(c.failed, false);
  assert.equal(h.updates, 2);
});
