/**
 * RS-OVERVIEW — this part's routes in the mock API: exactly the paths, methods and bodies of core's
 * `remote-services/overview/api.ts`, over the Remote Services store (`ctx.remote`), applying core's
 * rules:
 *
 * - the test mode is started for one of core's `TEST_MODE_DURATIONS` and answers its absolute end
 *   (`until`, kept as `Site.testModeUntil` in the store) with the server's time; it is off from its end;
 * - the schedule is read for today … today + 30 at most (a day before or after: 422 on `from`/`to`);
 * - temporary changes are checked with core's `checkException` (422 `/problems/validation` with the
 *   field issues the form shows), one per date;
 * - the site log is generated per site (plausible French entries over the last 30 days: armed and
 *   disarmed by whom, alarms, test mode, schedule changes), and what is done through these routes is
 *   written to it; it is filtered with core's `filterLog`.
 */
import type { JsonBodyType } from 'msw';
import {
  addDays,
  calendarDateOf,
  checkException,
  filterLog,
  formatDateFr,
  formatTimeOfDay,
  horizonIssue,
  isCalendarDate,
  LOG_GROUPS,
  normalizeException,
  scheduleFor,
  scheduleHorizon,
  startOfDay,
  type LogEntry,
  type LogGroup,
  type ScheduleException,
  type ScheduleFieldError,
  type WeeklyPlan,
} from '@vigie/core';
import { ScheduleExceptionRequest, TestModeStartRequest, type SiteSchedule } from '@vigie/core/remote-services';
import type { RouteContext, RouteDefinition } from '../../http.js';
import { fail, ok, respond, type Answer } from '../../answers.js';
import type { RemoteStore } from '../store.js';
import { REMOTE_OVERVIEW_ROUTES } from '@vigie/core/remote-services';
import { routesFromTable, plainRoute } from '../../contract.js';

const MINUTE = 60_000;
// The paths of core's api.ts, msw style.
const iso = (ms: number) => new Date(ms).toISOString();

interface OverviewState {
  readonly plans: Map<string, WeeklyPlan>;
  readonly exceptions: Map<string, ScheduleException[]>;
  readonly logs: Map<string, LogEntry[]>;
}

const stateOf = (remote: RemoteStore) =>
  remote.part<OverviewState>('overview', () => ({ plans: new Map(), exceptions: new Map(), logs: new Map() }));
const indexOf = (siteId: string) => Number(/(\d+)$/.exec(siteId)?.[1] ?? 0);

/** The weekly plan of a site: weekdays with or without a lunch break, some Saturdays, Sundays closed. */
export function demoPlanOf(siteId: string): WeeklyPlan {
  const i = indexOf(siteId);
  const weekday =
    i % 3 === 0
      ? [{ start: '07:30', end: '19:00' }]
      : i % 3 === 1
        ? [
            { start: '08:00', end: '12:00' },
            { start: '13:30', end: '18:30' },
          ]
        : [{ start: '09:00', end: '18:00' }];
  const saturday = i % 2 === 0 ? [{ start: '09:00', end: '12:30' }] : [];
  return [weekday, weekday, weekday, weekday, weekday, saturday, []];
}

function planOf(remote: RemoteStore, siteId: string): WeeklyPlan {
  const s = stateOf(remote);
  let plan = s.plans.get(siteId);
  if (!plan) s.plans.set(siteId, (plan = demoPlanOf(siteId)));
  return plan;
}

function exceptionsOf(remote: RemoteStore, siteId: string): ScheduleException[] {
  const s = stateOf(remote);
  let list = s.exceptions.get(siteId);
  if (!list) {
    // One change already there on the demo sites: a day off next week (« Inventaire annuel »).
    const today = calendarDateOf(remote.now());
    list = indexOf(siteId) % 2 === 1 ? [{ id: `${siteId}-exc-1`, date: addDays(today, 8), ranges: [], reason: 'Inventaire annuel' }] : [];
    s.exceptions.set(siteId, list);
  }
  return list;
}

/** A plausible French log of the last 30 days for a site (deterministic for a site and a day). */
function generateLog(remote: RemoteStore, siteId: string): LogEntry[] {
  const now = remote.now();
  const today = calendarDateOf(now);
  const people = remote.contactsOf(siteId).map((c) => `${c.firstName} ${c.lastName}`);
  const systems = remote.systemsOf(siteId);
  const main = systems[0]?.name ?? null;
  const plan = planOf(remote, siteId);
  const entries: LogEntry[] = [];
  const i = indexOf(siteId);
  let n = 0;
  const add = (at: number, kind: LogEntry['kind'], actor: string | null, systemName: string | null, detail: string | null) => {
    if (at <= now) entries.push({ id: `${siteId}-log-${++n}`, at: iso(at), kind, actor, systemName, detail });
  };
  for (let d = 29; d >= 0; d--) {
    const day = addDays(today, -d);
    const ranges = scheduleFor(plan, [], day, day)[0]!.ranges;
    const midnight = startOfDay(day);
    const who = people.length ? people[(d + i) % people.length]! : null;
    const at = (hhmm: string, jitter: number) =>
      midnight + (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))) * MINUTE + jitter * MINUTE;
    for (const [k, r] of ranges.entries()) {
      add(at(r.start, -((d * 7 + k * 3) % 12)), 'disarmed', who, main, null);
      add(at(r.end, (d * 5 + k) % 15), (d + k) % 9 === 4 && systems.length > 1 ? 'partial' : 'armed', who, main, null);
    }
    if ((d + i) % 11 === 3) add(at('21:40', d % 17), 'alarm', null, main, 'Zone 3 — Quai de chargement');
    if ((d + i) % 11 === 3) add(at('21:40', (d % 17) + 6), 'alarm-cancelled', who, main, null);
    if ((d + i) % 13 === 6) {
      add(at('10:00', d % 20), 'test-mode-on', who, null, '60 min');
      add(at('11:00', d % 20), 'test-mode-off', null, null, null);
    }
    if ((d + i) % 16 === 9) add(at('16:20', d % 30), 'schedule-changed', who, null, formatDateFr(addDays(day, 3)));
  }
  for (const a of remote.openAlarms(siteId))
    entries.push({
      id: `${siteId}-log-${a.id}`,
      at: a.raisedAt,
      kind: 'alarm',
      actor: null,
      systemName: systems.find((s) => s.id === a.systemId)?.name ?? null,
      detail: a.zone,
    });
  const site = remote.data.sites.find((s) => s.id === siteId);
  if (site?.testModeUntil)
    entries.push({
      id: `${siteId}-log-tm`,
      at: iso(now - 10 * MINUTE),
      kind: 'test-mode-on',
      actor: remote.userName,
      systemName: null,
      detail: `jusqu’à ${formatTimeOfDay(Date.parse(site.testModeUntil))}`,
    });
  return entries;
}

function logOf(remote: RemoteStore, siteId: string): LogEntry[] {
  const s = stateOf(remote);
  let log = s.logs.get(siteId);
  if (!log) s.logs.set(siteId, (log = generateLog(remote, siteId)));
  return log;
}

function write(remote: RemoteStore, siteId: string, kind: LogEntry['kind'], detail: string | null) {
  logOf(remote, siteId).push({ id: remote.nextId('log'), at: iso(remote.now()), kind, actor: remote.userName, systemName: null, detail });
}

const NOT_FOUND = fail(404, 'not-found', 'Not found', 'No such site for this user.');
const invalid = (errors: readonly ScheduleFieldError[] | readonly { field: string; issue: string }[]) =>
  fail(422, 'validation', 'Invalid request', 'Some fields are refused.', { errors });

async function jsonBody(request: Request): Promise<unknown> {
  try {
    const text = await request.text();
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

const param = (ctx: RouteContext, name: string) => String(ctx.params[name] ?? '');

function testModeAnswer(remote: RemoteStore, siteId: string): Answer {
  const site = remote.site(siteId);
  return site ? ok({ siteId, until: site.testModeUntil, serverTime: iso(remote.now()) }) : NOT_FOUND;
}

function scheduleAnswer(remote: RemoteStore, siteId: string, from: string, to: string): JsonBodyType {
  const plan = planOf(remote, siteId);
  const exceptions = exceptionsOf(remote, siteId).filter((e) => e.date >= from && e.date <= to);
  const body: SiteSchedule = JSON.parse(
    JSON.stringify({ siteId, from, to, plan, exceptions, days: scheduleFor(plan, exceptions, from, to) }),
  );
  return body;
}

async function saveException(ctx: RouteContext, id: string | undefined): Promise<Answer> {
  const { remote } = ctx;
  const siteId = param(ctx, 'siteId');
  if (!remote.site(siteId)) return NOT_FOUND;
  const list = exceptionsOf(remote, siteId);
  const existing = id === undefined ? undefined : list.find((e) => e.id === id);
  if (id !== undefined && !existing) return fail(404, 'not-found', 'Not found', 'No such temporary change on this site.');
  const body = ScheduleExceptionRequest.safeParse(await jsonBody(ctx.request));
  if (!body.success)
    return invalid(
      body.error.issues.map((i) => ({ field: i.path.filter((k) => typeof k !== 'symbol').join('.') || 'body', issue: 'required' })),
    );
  const draft = { ...body.data, reason: body.data.reason ?? '' };
  const errors = checkException(
    draft,
    list.filter((e) => e.id !== id),
    calendarDateOf(remote.now()),
  );
  if (errors.length) return invalid(errors);
  const saved: ScheduleException = { id: id ?? remote.nextId('exc'), ...normalizeException(draft) };
  if (existing) list.splice(list.indexOf(existing), 1, saved);
  else list.push(saved);
  write(remote, siteId, 'schedule-changed', formatDateFr(saved.date));
  return ok(saved, id === undefined ? 201 : 200);
}

interface Handler {
  readonly answer: (ctx: RouteContext) => Answer | Promise<Answer>;
  readonly malformed: (ctx: RouteContext) => JsonBodyType;
}

const HANDLERS: Record<keyof typeof REMOTE_OVERVIEW_ROUTES, Handler> = {
  siteOverview: {
    answer(ctx) {
      const site = ctx.remote.site(param(ctx, 'siteId'));
      return site ? ok({ site, systems: ctx.remote.systemsOf(site.id), serverTime: iso(ctx.remote.now()) }) : NOT_FOUND;
    },
    malformed: () => ({ site: { id: 1, name: null }, systems: 'armed' }),
  },
  testMode: {
    answer: (ctx) => testModeAnswer(ctx.remote, param(ctx, 'siteId')),
    malformed: () => ({ until: 'bientôt' }),
  },
  startTestMode: {
    async answer(ctx) {
      const siteId = param(ctx, 'siteId');
      const site = ctx.remote.data.sites.find((s) => s.id === siteId);
      if (!site) return NOT_FOUND;
      const body = TestModeStartRequest.safeParse(await jsonBody(ctx.request));
      if (!body.success) return invalid([{ field: 'minutes', issue: 'duration' }]);
      site.testModeUntil = iso(ctx.remote.now() + body.data.minutes * MINUTE);
      write(ctx.remote, siteId, 'test-mode-on', `jusqu’à ${formatTimeOfDay(Date.parse(site.testModeUntil))}`);
      return testModeAnswer(ctx.remote, siteId);
    },
    malformed: () => ({ until: 60 }),
  },
  stopTestMode: {
    answer(ctx) {
      const siteId = param(ctx, 'siteId');
      const site = ctx.remote.data.sites.find((s) => s.id === siteId);
      if (!site) return NOT_FOUND;
      if (ctx.remote.site(siteId)!.testModeUntil !== null) write(ctx.remote, siteId, 'test-mode-off', null);
      site.testModeUntil = null;
      return testModeAnswer(ctx.remote, siteId);
    },
    malformed: () => ({ until: false }),
  },
  schedule: {
    answer(ctx) {
      const siteId = param(ctx, 'siteId');
      if (!ctx.remote.site(siteId)) return NOT_FOUND;
      const today = calendarDateOf(ctx.remote.now());
      const url = new URL(ctx.request.url);
      const horizon = scheduleHorizon(today);
      const from = url.searchParams.get('from') ?? horizon.from;
      const to = url.searchParams.get('to') ?? horizon.to;
      const errors: { field: string; issue: string }[] = [];
      for (const [field, date] of [
        ['from', from],
        ['to', to],
      ] as const) {
        if (!isCalendarDate(date)) errors.push({ field, issue: 'date-format' });
        else {
          const issue = horizonIssue(date, today);
          if (issue) errors.push({ field, issue });
        }
      }
      if (!errors.length && from > to) errors.push({ field: 'to', issue: 'end-before-start' });
      return errors.length ? invalid(errors) : ok(scheduleAnswer(ctx.remote, siteId, from, to));
    },
    malformed: () => ({ days: [{ date: 'lundi' }] }),
  },
  createScheduleException: {
    answer: (ctx) => saveException(ctx, undefined),
    malformed: () => ({ id: 7, date: 'demain' }),
  },
  updateScheduleException: {
    answer: (ctx) => saveException(ctx, param(ctx, 'exceptionId')),
    malformed: () => ({ id: 7, date: 'demain' }),
  },
  deleteScheduleException: {
    answer(ctx) {
      const siteId = param(ctx, 'siteId');
      if (!ctx.remote.site(siteId)) return NOT_FOUND;
      const list = exceptionsOf(ctx.remote, siteId);
      const at = list.findIndex((e) => e.id === param(ctx, 'exceptionId'));
      if (at < 0) return fail(404, 'not-found', 'Not found', 'No such temporary change on this site.');
      const [gone] = list.splice(at, 1);
      write(ctx.remote, siteId, 'schedule-changed', formatDateFr(gone!.date));
      return { kind: 'empty' };
    },
    malformed: () => ({ deleted: 'oui' }),
  },
  siteLog: {
    answer(ctx) {
      const siteId = param(ctx, 'siteId');
      if (!ctx.remote.site(siteId)) return NOT_FOUND;
      const q = new URL(ctx.request.url).searchParams;
      const groups = (q.get('groups') ?? '').split(',').filter((g): g is LogGroup => (LOG_GROUPS as readonly string[]).includes(g));
      const day = (name: string) => {
        const v = q.get(name);
        return v && isCalendarDate(v) ? v : undefined;
      };
      return ok({ siteId, entries: filterLog(logOf(ctx.remote, siteId), { groups, from: day('from'), to: day('to') }) });
    },
    malformed: () => ({ entries: [{ kind: 'boum' }] }),
  },
};

/** RS-OVERVIEW — every route of this part, registered from core's table (`REMOTE_OVERVIEW_ROUTES`). */
export function remoteOverviewRoutes(): RouteDefinition[] {
  return routesFromTable(REMOTE_OVERVIEW_ROUTES, HANDLERS, (row, h: Handler) =>
    plainRoute(row, { malformed: h.malformed, ok: async (ctx) => respond(await h.answer(ctx), ctx.instance) }),
  );
}
