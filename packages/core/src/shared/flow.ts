/**
 * The flow convention of Vigie (ARCHITECTURE « A machine is data + a pure function »): every
 * multi-step flow is a pure machine
 *
 *     transition(state, event, ctx) → { state, effects }
 *
 * that does no I/O, starts no timer and reads time only from `ctx.now`. What should happen in
 * the world is returned as **effects, plain data**:
 *
 * - `call`: an API request to make, described as data (`{ op: 'save-call-list', … }`). The
 *   service's {@link CallRunner} turns it into a client call and turns the answer (or the typed
 *   failure) into the event fed back to the machine;
 * - `focus`: move the focus to a named target of the element (`data-focus="<target>"`);
 * - `emit`: fire a host event (its name and payload); a cancelable one says which event to feed
 *   back when the host did, or did not, cancel it;
 * - `announce`: say a catalog message in a live region (a toast for `success`/`error`).
 *
 * One interpreter, {@link createFlowRunner}, owns the state and runs the effects. It has no DOM:
 * a Node test drives a whole flow, effects included, with a fake or mock-backed runner. In the
 * browser, `components/src/base/flow-controller.ts` wraps it for a Lit element (focus, events,
 * toasts, the next deadline, `visibilitychange`).
 *
 * Deadlines (a test mode's end, a lock's end) are instants in the state: `flow.deadline(state)`
 * names the next one and the event to send at it; the controller sends it on time, and again when
 * a hidden tab becomes visible after it passed.
 */
import type { MessageKey, Params } from '../i18n/index.js';
import type { MachineContext } from './machine.js';

/** A catalog message with its parameters (what an `announce` effect says). */
export interface FlowMessage {
  readonly key: MessageKey;
  readonly params?: Params;
}

export type FlowEffect<Request, Event> =
  | {
      readonly type: 'call';
      readonly request: Request;
      /**
       * Calls with the same key replace each other: starting one aborts the one still running
       * (e.g. a newer search), and the answer of an aborted call is never fed back.
       */
      readonly key?: string;
    }
  | { readonly type: 'focus'; readonly target: string }
  | {
      readonly type: 'emit';
      /** The event's name (`call-list-saved`…): the element maps it to its event class. */
      readonly name: string;
      readonly detail?: unknown;
      readonly cancelable?: boolean;
      /** For a cancelable event: what to feed back when no listener cancelled it. */
      readonly ifNotCanceled?: Event;
      /** For a cancelable event: what to feed back when a listener cancelled it. */
      readonly ifCanceled?: Event;
    }
  | {
      readonly type: 'announce';
      readonly message: FlowMessage;
      /** `success` and `error` show a toast; `status` only speaks (a polite live region). */
      readonly tone?: 'success' | 'error' | 'status';
    };

export interface Step<State, Request, Event> {
  readonly state: State;
  readonly effects: readonly FlowEffect<Request, Event>[];
}

export interface Flow<State, Event extends { readonly type: string }, Request, Ctx extends MachineContext = MachineContext> {
  readonly init: (ctx: Ctx) => Step<State, Request, Event>;
  readonly transition: (state: State, event: Event, ctx: Ctx) => Step<State, Request, Event>;
  /** The next instant the state changes by itself, and the event to send then. */
  readonly deadline?: (state: State) => { readonly at: number; readonly event: Event } | undefined;
}

/** Turns a `call` request into an API call, and its answer or typed failure into an event. */
export type CallRunner<Request, Event> = (request: Request, signal: AbortSignal) => Promise<Event>;

/** What the world does with the effects that are not API calls (all optional: Node tests record them). */
export interface FlowHost<Event> {
  focus?(target: string): void;
  /** Fires the host event; returns false when a listener cancelled it. */
  emit?(name: string, detail: unknown, cancelable: boolean): boolean;
  announce?(message: FlowMessage, tone: 'success' | 'error' | 'status'): void;
  /** Called after each transition (re-render). */
  changed?(): void;
  /** A call's runner threw instead of answering with an event (a bug in the runner). */
  crashed?(error: unknown, event?: Event): void;
}

export interface FlowRunner<State, Event> {
  readonly state: State;
  send(event: Event): void;
  /**
   * Sends the deadline's event if its instant has come (`flow.deadline(state).at <= ctx.now`), and
   * again while the next one has come too (a tab hidden past two deadlines); returns how many it
   * sent. The browser's controller calls it from its timer and on `visibilitychange`; a Node test
   * moves its clock and calls it.
   */
  tick(): number;
  /** Resolves once no call is running (tests). */
  settled(): Promise<void>;
  /** Aborts every running call; their answers are dropped. */
  dispose(): void;
}

export interface FlowRunnerOptions<State, Event, Request, Ctx extends MachineContext> {
  readonly context: () => Ctx;
  readonly run: CallRunner<Request, Event>;
  readonly host?: FlowHost<Event>;
  /** Start from this state instead of `flow.init` (its effects are then not run). */
  readonly from?: State;
}

/** The one interpreter of flows: owns the state, runs the effects, feeds the answers back. */
export function createFlowRunner<State, Event extends { readonly type: string }, Request, Ctx extends MachineContext>(
  flow: Flow<State, Event, Request, Ctx>,
  options: FlowRunnerOptions<NoInfer<State>, NoInfer<Event>, NoInfer<Request>, NoInfer<Ctx>>,
): FlowRunner<State, Event> {
  const { host = {}, run } = options;
  const running = new Set<Promise<void>>();
  const byKey = new Map<string, AbortController>();
  const all = new Set<AbortController>();
  let disposed = false;
  let state: State;
  let queue: Event[] = [];
  let draining = false;

  const apply = (step: Step<State, Request, Event>) => {
    state = step.state;
    host.changed?.();
    for (const effect of step.effects) perform(effect);
  };

  const perform = (effect: FlowEffect<Request, Event>) => {
    switch (effect.type) {
      case 'call': {
        const controller = new AbortController();
        if (effect.key !== undefined) {
          byKey.get(effect.key)?.abort();
          byKey.set(effect.key, controller);
        }
        all.add(controller);
        // A runner that throws instead of rejecting is a crash too, never an exception in send().
        const p = new Promise<Event>((resolve) => resolve(run(effect.request, controller.signal))).then(
          (answer) => {
            if (!controller.signal.aborted && !disposed) send(answer);
          },
          (error: unknown) => {
            if (!controller.signal.aborted && !disposed) host.crashed?.(error);
          },
        );
        const done = p.finally(() => {
          all.delete(controller);
          if (effect.key !== undefined && byKey.get(effect.key) === controller) byKey.delete(effect.key);
          running.delete(done);
        });
        running.add(done);
        break;
      }
      case 'focus':
        host.focus?.(effect.target);
        break;
      case 'emit': {
        const notCanceled = host.emit ? host.emit(effect.name, effect.detail, effect.cancelable ?? false) : true;
        const next = notCanceled ? effect.ifNotCanceled : effect.ifCanceled;
        if (next) send(next);
        break;
      }
      case 'announce':
        host.announce?.(effect.message, effect.tone ?? 'status');
        break;
    }
  };

  // Events sent while effects run are queued, so each transition sees the state of the last.
  const send = (event: Event) => {
    if (disposed) return;
    queue.push(event);
    if (draining) return;
    draining = true;
    try {
      while (queue.length) {
        const [next, ...rest] = queue;
        queue = rest;
        apply(flow.transition(state, next!, options.context()));
      }
    } catch (error) {
      // A transition (or a host) threw: the events queued behind it were meant for a state that
      // never came; drop them rather than replay them later against the wrong one.
      queue = [];
      throw error;
    } finally {
      draining = false;
    }
  };

  const tick = () => {
    let sent = 0;
    // Bounded: a flow whose deadline event leaves its deadline in the past would loop forever.
    for (let i = 0; i < 100 && !disposed; i++) {
      const next = flow.deadline?.(state);
      if (!next || next.at > options.context().now) break;
      const before = state;
      send(next.event);
      sent++;
      if (state === before) break;
    }
    return sent;
  };

  if (options.from !== undefined) state = options.from;
  else {
    draining = true;
    try {
      apply(flow.init(options.context()));
    } finally {
      draining = false;
    }
    const pending = queue;
    queue = [];
    for (const e of pending) send(e);
  }

  return {
    get state() {
      return state;
    },
    send,
    tick,
    async settled() {
      while (running.size) await Promise.all([...running]);
    },
    dispose() {
      disposed = true;
      for (const c of all) c.abort();
      all.clear();
      byKey.clear();
    },
  };
}

/** Runs events through a flow without running effects; returns the last state and every effect (tests). */
export function replay<State, Event extends { readonly type: string }, Request, Ctx extends MachineContext>(
  flow: Flow<State, Event, Request, Ctx>,
  events: Iterable<NoInfer<Event>>,
  ctx: NoInfer<Ctx>,
  from?: NoInfer<State>,
): { state: State; effects: FlowEffect<Request, Event>[] } {
  const first = from === undefined ? flow.init(ctx) : { state: from, effects: [] };
  let state = first.state;
  const effects = [...first.effects];
  for (const e of events) {
    const step = flow.transition(state, e, ctx);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

/** A step with no effect. */
export const stay = <State>(state: State): { state: State; effects: readonly never[] } => ({ state, effects: [] });
