/**
 * X-STATES — runs one API read for an element and exposes loading / error / success.
 * A new run aborts the previous one; disconnecting aborts too. (A few lines instead of
 * @lit/task, which would add ~1.5 KB to every widget.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type ApiFailure } from '@vigie/core/api';

export type LoadState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'success'; readonly value: T }
  | { readonly status: 'error'; readonly failure: ApiFailure };

export class LoadController<T> implements ReactiveController {
  state: LoadState<T> = { status: 'idle' };
  #abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: (signal: AbortSignal) => Promise<T>,
    private readonly onValue?: (value: T) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    if (this.state.status === 'loading') this.state = { status: 'idle' };
  }

  async run(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    try {
      const value = await this.load(abort.signal);
      if (abort.signal.aborted) return;
      this.state = { status: 'success', value };
      this.onValue?.(value);
    } catch (e) {
      if (abort.signal.aborted) return;
      const failure: ApiFailure =
        e instanceof ApiError ? e.failure : { kind: 'network', message: e instanceof Error ? e.message : String(e) };
      this.state = { status: 'error', failure };
    }
    this.host.requestUpdate();
  }
}
