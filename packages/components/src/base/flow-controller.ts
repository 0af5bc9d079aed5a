/**
 * The one controller that runs a core flow for a Lit element (ARCHITECTURE « machines with
 * effects »). The element renders `controller.state` and sends user intents with `send()`; the
 * controller runs the effects through core's `createFlowRunner`:
 *
 * - `call`: the service's runner (a client call whose answer or typed failure becomes an event);
 * - `focus`: after the next render, focuses `[data-focus="<target>"]` in the element's render root;
 * - `emit`: dispatches the element's event for that name (`events[name](detail)`), which must be
 *   bubbling and composed; a cancelable one feeds back `ifCanceled` / `ifNotCanceled`;
 * - `announce`: a toast (`success`, `error`) or a polite live-region message (`status`), through
 *   the element's {@link ToastController};
 * - the flow's next deadline: the deadline's event is sent on time (never with a fixed clock), and
 *   again at once when the tab becomes visible after the deadline passed (timers sleep in hidden
 *   tabs).
 *
 * The runner starts on first use of `state` (so the element's services are there) and is dropped
 * when the element leaves the page (running calls are aborted); when the element comes back (moved
 * in the page, a tab panel re-attached), it re-renders and the flow starts afresh, so a load that
 * was aborted by the move is made again instead of showing « loading » for ever.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createFlowRunner, type CallRunner, type Clock, type Flow, type FlowRunner, type MachineContext } from '@vigie/core';
import type { ToastController } from './toast.js';

const MAX_TIMEOUT = 2_147_483_647;

export interface FlowControllerOptions<State, Event extends { readonly type: string }, Request, Ctx extends MachineContext> {
  readonly flow: Flow<State, Event, Request, Ctx>;
  /** The clock of the provider (deadlines are never scheduled against a fixed clock). */
  readonly clock: () => Clock;
  /** The machine's context; default `{ now: clock().now() }`. */
  readonly context?: () => Ctx;
  readonly run: CallRunner<Request, Event>;
  /** The element's event for each `emit` name. */
  readonly events?: Readonly<Record<string, (detail: unknown, cancelable: boolean) => Event | globalThis.Event>>;
  /** Where `announce` effects go. */
  readonly toasts?: ToastController;
  /**
   * A state to start from instead of `flow.init` (its effects are then not run), e.g. what the
   * element kept when it left the page, so that an edit survives a tab switch that unmounts it.
   */
  readonly resume?: () => State | undefined;
}

export class FlowController<
  State,
  Event extends { readonly type: string },
  Request,
  Ctx extends MachineContext = MachineContext,
> implements ReactiveController {
  #runner?: FlowRunner<State, Event>;
  #timer?: ReturnType<typeof setTimeout>;
  #deadlineAt?: number;
  #pendingFocus?: string;
  /** The element left the page while a run was going: start afresh when it comes back. */
  #stoppedByDisconnect = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: FlowControllerOptions<State, Event, Request, Ctx>,
  ) {
    host.addController(this);
  }

  get state(): State {
    return this.#start().state;
  }

  /** Whether the runner has started (the initial effects ran). */
  get started(): boolean {
    return this.#runner !== undefined;
  }

  send(event: Event): void {
    this.#start().send(event);
  }

  /** Drops the current run and starts the flow afresh (e.g. a new `site-id`). */
  restart(): void {
    this.#stop();
    this.host.requestUpdate();
  }

  /** Resolves when no call is running (tests). */
  settled(): Promise<void> {
    return this.#runner?.settled() ?? Promise.resolve();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisible);
    if (this.#stoppedByDisconnect) {
      this.#stoppedByDisconnect = false;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisible);
    if (this.#runner) this.#stoppedByDisconnect = true;
    this.#stop();
  }

  hostUpdated(): void {
    const target = this.#pendingFocus;
    if (target === undefined) return;
    this.#pendingFocus = undefined;
    const el = this.host.renderRoot.querySelector<HTMLElement>(`[data-focus="${CSS.escape(target)}"]`);
    el?.focus();
  }

  #start(): FlowRunner<State, Event> {
    if (this.#runner) return this.#runner;
    const { flow, clock, run } = this.options;
    const context = this.options.context ?? (() => ({ now: clock().now() }) as Ctx);
    const from = this.options.resume?.();
    this.#runner = createFlowRunner(flow, {
      context,
      run,
      ...(from === undefined ? {} : { from }),
      host: {
        changed: () => {
          this.host.requestUpdate();
          this.#schedule();
        },
        focus: (target) => {
          this.#pendingFocus = target;
          this.host.requestUpdate();
        },
        emit: (name, detail, cancelable) => {
          const make = this.options.events?.[name];
          if (!make) throw new Error(`[vigie] <${this.host.localName}> has no event for "${name}"`);
          return this.host.dispatchEvent(make(detail, cancelable) as globalThis.Event);
        },
        announce: (message, tone) => this.options.toasts?.show(message, tone),
        crashed: (error) => console.error(`[vigie] <${this.host.localName}>:`, error),
      },
    });
    this.#schedule();
    return this.#runner;
  }

  #stop() {
    this.#runner?.dispose();
    this.#runner = undefined;
    this.#clearTimer();
  }

  #schedule() {
    const runner = this.#runner;
    const next = runner ? this.options.flow.deadline?.(runner.state) : undefined;
    if (next?.at === this.#deadlineAt) return;
    this.#clearTimer();
    this.#deadlineAt = next?.at;
    const clock = this.options.clock();
    if (!next || clock.fixed) return;
    const wait = Math.min(Math.max(next.at - clock.now(), 0) + 20, MAX_TIMEOUT);
    this.#timer = setTimeout(() => this.#fire(), wait);
  }

  #fire() {
    this.#timer = undefined;
    this.#deadlineAt = undefined;
    const runner = this.#runner;
    if (!runner) return;
    // Sends the deadline's event if it has come (a timer may fire a little early); a transition
    // reschedules through `changed`, and nothing sent means the deadline is still ahead.
    if (!runner.tick()) this.#schedule();
  }

  /** A hidden tab's timers are late: recompute as soon as it is visible again. */
  #onVisible = () => {
    if (document.visibilityState !== 'visible' || !this.#runner) return;
    if (this.#runner.tick()) this.#schedule();
    this.host.requestUpdate();
  };

  #clearTimer() {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#deadlineAt = undefined;
  }
}
