/**
 * RS-ALARMS bench page: `<active-alarms>` (minified, lit production) over the in-browser mock (msw,
 * the live stream through msw's `sse()`), as the demo runs it. The driver (run.mjs) asks
 * `window.__alarms.measure()` for one figure at a time:
 *
 *   t0 = performance.now() just before the mock writes an `alarm-raised` event (raiseAlarm on the
 *   store: the event goes to the stream at once) → t1 = the first painted frame whose DOM shows
 *   the new alarm at the top of the list (rAF, then a task right after the frame, as the roster
 *   harness does: bench/roster/harness.js).
 *
 * Each alarm is closed after its measure (and its row gone) so the list keeps its size.
 */
import '@vigie/components/define/vigie-provider.js';
import '@vigie/components/define/active-alarms.js';
import { createClient } from '@vigie/core';
import { startMockWorker } from '@vigie/mock-api/browser';
import { closeAlarm, raiseAlarm } from '@vigie/mock-api';

const TIMEOUT_MS = 10_000;
const afterFrameTask = globalThis.scheduler?.postTask
  ? (fn) => globalThis.scheduler.postTask(fn, { priority: 'user-blocking' })
  : (fn) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => fn();
      channel.port2.postMessage(0);
    };

/** The first painted frame (from now on) after which `check()` holds: `{ t, frames, timeout }`. */
function paintedWhen(check) {
  return new Promise((resolve) => {
    const deadline = performance.now() + TIMEOUT_MS;
    let frames = 0;
    const afterFrame = () => {
      const t = performance.now();
      if (check()) resolve({ t, frames, timeout: false });
      else if (t > deadline) resolve({ t: null, frames, timeout: true });
      else requestAnimationFrame(onFrame);
    };
    const onFrame = () => {
      frames++;
      afterFrameTask(afterFrame);
    };
    requestAnimationFrame(onFrame);
  });
}

const mock = await startMockWorker({ scenario: 'remote:default', quiet: true });
const provider = document.createElement('vigie-provider');
provider.setAttribute('locale', 'fr');
provider.client = createClient({ baseUrl: '/api', getToken: () => 'bench-token', retry: { limit: 0 } });
const el = document.createElement('active-alarms');
provider.append(el);
document.body.append(provider);

const root = () => el.shadowRoot;
const firstRow = () => root()?.querySelector('[part~=alarm]');
const live = await paintedWhen(() => firstRow() && root().querySelector('[data-link=live]'));
let n = 0;

window.__alarms = {
  ready: !live.timeout,
  rows: () => root().querySelectorAll('[part~=alarm]').length,
  async measure() {
    const zone = `Zone banc ${++n}`;
    const t0 = performance.now();
    const alarm = raiseAlarm(mock.remote, { zone, kind: 'intrusion' });
    const shown = await paintedWhen(() => firstRow()?.textContent.includes(zone));
    closeAlarm(mock.remote, alarm.id);
    await paintedWhen(() => !firstRow()?.textContent.includes(zone));
    return { ms: shown.timeout ? null : shown.t - t0, frames: shown.frames };
  },
};
