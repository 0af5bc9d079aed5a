/**
 * PP-ROSTER / PP-BLOCK — keeps `<passport-roster>` up to date without a manual `refresh()`: a
 * blocked account, an expiry, an employee enrolled elsewhere show up by themselves.
 *
 * The list is read again when the tab becomes visible (`visibilitychange`: the referent comes back
 * to the page) and every `interval` while it stays visible; never while hidden (no traffic for a
 * tab nobody looks at). What a poll does is the host's: the roster loads its pages again in place,
 * keeping the scroll position, the focus, the selection and the search.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** PP-ROSTER: how often a visible roster reads its list again, by default (2 minutes). */
export const ROSTER_POLL_INTERVAL_MS = 120_000;

export class RosterPollController implements ReactiveController {
  readonly #poll: () => void;
  readonly #interval: () => number;
  #timer?: ReturnType<typeof setInterval>;
  #every = 0;

  /**
   * `poll` is called when the tab becomes visible and every `interval()` ms while visible
   * (`interval()` ≤ 0: on visibility only). Call {@link sync} after the interval changes.
   */
  constructor(host: ReactiveControllerHost, poll: () => void, interval: () => number) {
    this.#poll = poll;
    this.#interval = interval;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.sync();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stop();
  }

  /** Starts, restarts or stops the timer for the current interval and visibility. */
  sync(): void {
    const every = document.visibilityState === 'visible' ? Math.max(0, this.#interval()) : 0;
    if (every === this.#every && (every === 0) === (this.#timer === undefined)) return;
    this.#stop();
    this.#every = every;
    if (every > 0) this.#timer = setInterval(() => document.visibilityState === 'visible' && this.#poll(), every);
  }

  #stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#every = 0;
  }

  #onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.#poll();
    this.sync();
  };
}
