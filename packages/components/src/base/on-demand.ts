/**
 * Code a widget needs only when the user acts (a dialog, a form, a later step) lives in a module
 * named `*.on-demand.ts` and loads through this controller, so the widget's first screen does not
 * pay for it (issue 9's size budgets; `bench/rs-sizes.mjs` counts every other `import()`).
 *
 * `load()` is idempotent: call it on intent (pointer over or focus on the control that opens the
 * view) as well as on the action, so a click rarely waits. The host re-renders when the module is
 * there, and after a failure (`failed`), so it can offer a retry; a failed load can be tried again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class OnDemand<M> implements ReactiveController {
  /** The module, once loaded. */
  module?: M;
  /** The last load failed (offline, a new deploy): the host shows a retry. */
  failed = false;
  #pending?: Promise<M>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<M>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  load(): Promise<M> {
    this.#pending ??= this.importer().then(
      (m) => {
        this.module = m;
        this.failed = false;
        this.host.requestUpdate();
        return m;
      },
      (e: unknown) => {
        this.#pending = undefined;
        this.failed = true;
        this.host.requestUpdate();
        throw e;
      },
    );
    return this.#pending;
  }
}
