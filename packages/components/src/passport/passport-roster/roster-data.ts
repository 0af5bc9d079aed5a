/**
 * PP-ROSTER — where `<passport-roster>`'s rows come from: the host's `rows`, or the API page by page
 * (5,000 at a time, `employeePages`), each page added to core's roster index as it arrives, so the
 * rows loaded so far are shown, searched and sorted meanwhile. Holds the paging (its status, the
 * server's count, the cursor to resume from after a failure or a reconnection), the quiet reloads
 * of the poll (`roster-poll.ts`), and the index work left for idle time after the first paint
 * (each row's search text, the lookup by id: `prepareRosterIndex`).
 *
 * The element owns what is shown (the view, `roster-view.ts`); it hears of every change of the
 * index through `changed()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  appendRosterRows,
  buildRosterIndex,
  deleteRosterRow,
  prepareRosterIndex,
  rosterRowAt,
  viewRoster,
  type ApiFailure,
  type Employee,
  type PassportSession,
  type RosterIndex,
  type RosterLabels,
} from '@vigie/core';
import type { VigieServices } from '../../base/context.js';
import { whenIdle } from '../../base/virtual-table/virtual-table.js';
import { failureOf } from './roster-dialogs.js';
import { RosterPollController } from './roster-poll.js';

/** The list's loading: not started, pages arriving, every page in, or stopped by a failure. */
export type Paging =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'done' }
  | { readonly status: 'failed'; readonly failure: ApiFailure };

export interface RosterDataOptions {
  /** The host gave the rows (`rows`): nothing is fetched. */
  readonly fed: () => boolean;
  readonly services: () => VigieServices | undefined;
  readonly session: () => PassportSession | undefined;
  /** A 401: the session ends for every passport widget (true: it did). */
  readonly endIfRefused: (failure: ApiFailure) => boolean;
  readonly labels: () => RosterLabels;
  /** « Today » (`YYYY-MM-DD`, Paris) for the expiry states. */
  readonly today: () => string;
  /** How often to read the list again while visible, in ms (0: on visibility only). */
  readonly pollInterval: () => number;
  /** The index changed (rows added, replaced or dropped). */
  readonly changed: () => void;
  /** Every page is in (a loading that is not a poll): `total` rows. */
  readonly loaded: (total: number) => void;
  /** The idle work is done: the index has everything (search texts, ids, orders) for its rows. */
  readonly prepared: () => void;
}

export class RosterData implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #o: RosterDataOptions;
  /** The index of the rows (undefined before the first page, or without a session). */
  index?: RosterIndex<Employee>;
  #paging: Paging = { status: 'idle' };
  /** The server's count of employees (the progress bar's end). */
  expected = 0;
  #abort?: AbortController;
  /** Loading was cut by a disconnection: resume when connected again. */
  #resume = false;
  /**
   * Where the last loading stands: the cursor of the next page (none: the first) and the ids this
   * loading has received (to drop, at the end of a reload, the rows the server no longer has).
   * « Réessayer » and a reconnection go on from there; undefined once every page is in.
   */
  #resumeFrom?: { readonly cursor: string | undefined; readonly seen: Set<string> | undefined };
  #client?: unknown;
  /** A quiet load is under way (a poll). */
  #polling = false;
  /** The index work waiting for idle time: its cancel function, `null` once done for the rows there. */
  #idleWork?: (() => void) | null;
  /** PP-ROSTER / PP-BLOCK: the list is read again when the tab becomes visible, and at intervals while visible. */
  readonly poll: RosterPollController;

  constructor(host: ReactiveControllerHost, options: RosterDataOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
    this.poll = new RosterPollController(host, () => this.#pollNow(), options.pollInterval);
  }

  get paging(): Paging {
    return this.#paging;
  }

  set paging(paging: Paging) {
    this.#paging = paging;
    this.#host.requestUpdate();
  }

  /** The index, made empty when there is none yet (an enrolment before the first page). */
  ensureIndex(): RosterIndex<Employee> {
    return (this.index ??= buildRosterIndex([], this.#o.labels(), { today: this.#o.today() }));
  }

  hostConnected(): void {
    if (this.#resume) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.#paging.status === 'loading') {
      this.#abort?.abort();
      this.#resume = true;
    } else if (this.#polling) this.#abort?.abort();
    this.restartIdleWork();
  }

  /** After each update: the rest of the index is prepared in idle time (once per change of the rows). */
  hostUpdated(): void {
    if (this.index && this.#idleWork === undefined) this.#prepareWhenIdle(this.index);
  }

  /** `rows` set or changed: the list is that array (nothing fetched); unset: back to the API. */
  useRows(rows: readonly Employee[] | undefined): void {
    this.restartIdleWork();
    this.#abort?.abort();
    this.#resume = false;
    this.#resumeFrom = undefined;
    if (rows) {
      this.index = buildRosterIndex(rows, this.#o.labels(), { today: this.#o.today() });
      this.expected = rows.length;
      this.paging = { status: 'done' };
    } else {
      this.index = undefined;
      this.expected = 0;
      this.paging = { status: 'idle' };
      this.#client = undefined;
    }
  }

  /** With a session and no `rows`: loads when the client is new, after a disconnection, or at first. */
  follow(): void {
    const s = this.#o.services();
    if (!s || !this.#o.session()) return;
    if (s.client !== this.#client || this.#resume || this.#paging.status === 'idle') {
      const resume = this.#resume && s.client === this.#client;
      this.#client = s.client;
      this.#resume = false;
      void this.loadAll(resume);
    }
  }

  /** Another session (or none): nothing of the previous company may stay. */
  reset(): void {
    this.#abort?.abort();
    this.index = undefined;
    this.#resumeFrom = undefined;
    this.expected = 0;
    this.paging = { status: 'idle' };
    this.#client = undefined;
  }

  /**
   * Every page, one after the other, each added to the index as it arrives (the rows loaded so far
   * are shown, searched and sorted meanwhile). Loading again keeps the rows shown: each page
   * replaces its rows, and rows the server no longer has are dropped at the end. `resume`: from
   * the page after the last one received (« Réessayer » after a failure, a reconnection), not
   * from the first. `quiet` (a poll): no progress bar, no announcement, and a failure keeps the
   * list as it was without an error (the next poll tries again).
   */
  async loadAll(resume = false, quiet = false): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#polling = quiet;
    const s = this.#o.services()!;
    const from = resume ? this.#resumeFrom : undefined;
    const seen = from ? from.seen : this.index ? new Set<string>() : undefined;
    this.#resumeFrom = { cursor: from?.cursor, seen };
    if (!quiet) this.paging = { status: 'loading' };
    try {
      const { employeePages } = await import('@vigie/core/passport/api');
      const pages = employeePages(s.client, { session: this.#o.session(), signal: abort.signal, cursor: from?.cursor });
      for await (const page of pages) {
        if (abort.signal.aborted) return;
        this.#receive(page.items, page.total, seen);
        this.#resumeFrom = { cursor: page.nextCursor ?? undefined, seen };
      }
      if (abort.signal.aborted) return;
      this.#resumeFrom = undefined;
      const index = this.ensureIndex();
      if (seen) this.#prune(seen);
      this.paging = { status: 'done' };
      if (!quiet) this.#o.loaded(index.total);
    } catch (e) {
      if (abort.signal.aborted) return;
      const failure = failureOf(e);
      if (failure.kind === 'aborted') return;
      if (this.#o.endIfRefused(failure)) return;
      if (!quiet) this.paging = { status: 'failed', failure };
    } finally {
      if (this.#abort === abort) this.#polling = false;
    }
  }

  /**
   * A poll (the tab became visible, or the interval): the list is loaded again in place, quietly,
   * when it is fully loaded from the API and signed in (never over a loading, a failure or `rows`).
   */
  #pollNow(): void {
    if (this.#o.fed() || !this.#o.session() || !this.#o.services() || this.#paging.status !== 'done' || this.#polling) return;
    void this.loadAll(false, true);
  }

  #receive(items: readonly Employee[], total: number, seen: Set<string> | undefined): void {
    if (this.index) appendRosterRows(this.index, items);
    else this.index = buildRosterIndex(items, this.#o.labels(), { today: this.#o.today() });
    if (seen) for (const item of items) seen.add(item.id);
    this.expected = total;
    this.#o.changed();
  }

  /** After loading again: the rows the server no longer has leave the list. */
  #prune(seen: ReadonlySet<string>): void {
    const index = this.index!;
    const gone: string[] = [];
    for (const position of viewRoster(index)) {
      const row = rosterRowAt(index, position);
      if (row && !seen.has(row.id)) gone.push(row.id);
    }
    for (const id of gone) deleteRosterRow(index, id);
    this.#o.changed();
  }

  /**
   * After the rows are painted, the rest of the index (each row's search text, the lookup by id)
   * is prepared in idle time; a keystroke that comes first prepares what it needs itself.
   */
  #prepareWhenIdle(index: RosterIndex<Employee>): void {
    const work = whenIdle((shouldStop) => {
      if (index !== this.index || this.#idleWork !== work) return true;
      const done = prepareRosterIndex(index, shouldStop);
      if (done) {
        this.#idleWork = null;
        this.#o.prepared();
      }
      return done;
    });
    this.#idleWork = work;
  }

  /** New rows or another index: idle preparation starts again after the next paint. */
  restartIdleWork(): void {
    this.#idleWork?.();
    this.#idleWork = undefined;
  }
}
