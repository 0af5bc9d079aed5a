/**
 * The machine convention of Vigie: a machine is data plus a pure function.
 * `transition` does no I/O, starts no timer and reads time only from `ctx.now`.
 * Deadlines are timestamps in the state; whoever renders schedules the re-render.
 */
export interface MachineContext {
  /** Milliseconds since the epoch, from the injected clock. */
  readonly now: number;
}

export interface Machine<State, Event extends { type: string }, Ctx extends MachineContext = MachineContext> {
  readonly initial: (ctx: Ctx) => State;
  readonly transition: (state: State, event: Event, ctx: Ctx) => State;
}

/** Runs a sequence of events through a machine (tests, replays). */
export function run<S, E extends { type: string }, C extends MachineContext>(
  machine: Machine<S, E, C>,
  events: Iterable<E>,
  ctx: C,
  from: S = machine.initial(ctx),
): S {
  let state = from;
  for (const e of events) state = machine.transition(state, e, ctx);
  return state;
}
