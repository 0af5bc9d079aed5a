/**
 * Work that waits for idle time: a virtual table (`<passport-roster>`, `<site-list>`) paints its
 * first rows first, then prepares the rest of its index (what search needs) a slice at a time, so that neither its first
 * paint nor a keystroke waits for it (a keystroke that comes first does the missing part itself).
 */

/** Budget of one slice where the browser has no idle callbacks (then each slice is a task). */
const TASK_SLICE_MS = 8;
/** Idle time left under which a slice stops (the browser's next frame or input comes first). */
const IDLE_MARGIN_MS = 2;
/** Idle callbacks run at the latest after this delay, even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Calls `work(shouldStop)` in idle time until it answers true (done). `shouldStop` says when the
 * slice's time is up; `work` must move on at each call. Returns a function that cancels the rest.
 * Uses `requestIdleCallback` (with a timeout), or short tasks where it is missing (Safari).
 */
export function whenIdle(work: (shouldStop: () => boolean) => boolean): () => void {
  let cancelled = false;
  let handle = 0;
  const idle = typeof requestIdleCallback === 'function';
  const run = (deadline?: IdleDeadline) => {
    if (cancelled) return;
    const end = performance.now() + TASK_SLICE_MS;
    const shouldStop = deadline ? () => deadline.timeRemaining() < IDLE_MARGIN_MS : () => performance.now() > end;
    if (!work(shouldStop)) schedule();
  };
  const schedule = () => {
    handle = idle ? requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS }) : (setTimeout(run, 0) as unknown as number);
  };
  schedule();
  return () => {
    cancelled = true;
    if (idle) cancelIdleCallback(handle);
    else clearTimeout(handle);
  };
}
