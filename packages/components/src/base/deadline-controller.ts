/**
 * Re-renders a host at its next deadline (a machine's next level change, a lock's end…).
 * The deadline is read from the host after each update; timers never outlive the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '@vigie/core';

const MAX_TIMEOUT = 2_147_483_647;

export class DeadlineController implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;
  #at?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly next: () => { at: number | undefined; clock: Clock | undefined },
    private readonly onDeadline: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { at, clock } = this.next();
    if (at === this.#at) return;
    this.#clear();
    this.#at = at;
    if (at === undefined || !clock || clock.fixed) return;
    const wait = Math.min(Math.max(at - clock.now(), 0) + 50, MAX_TIMEOUT);
    this.#timer = setTimeout(() => {
      this.#at = undefined;
      this.onDeadline();
    }, wait);
  }

  hostDisconnected(): void {
    this.#clear();
    this.#at = undefined;
  }

  #clear() {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
