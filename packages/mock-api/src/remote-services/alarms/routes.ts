/**
 * RS-ALARMS — this part's routes in the mock API: exactly the paths, methods and bodies of core's
 * `remote-services/alarms/api.ts`, over the Remote Services store (`ctx.remote`), applying core's rules.
 *
 * - `GET remote/alarms[?siteId=]`: the snapshot (open alarms, newest first, and the cursor);
 * - `POST remote/alarms/:id/cancel` (`Idempotency-Key` replays the first answer): the cancelled
 *   alarm, or the problem core's rule names (409 `/problems/alarm-priority-1`, `…/alarm-dispatched`,
 *   `…/alarm-already-cancelled`), 404 when it is no longer active;
 * - `GET remote/alarms/stream[?siteId=]` with `Accept: text/event-stream` exactly: the live stream,
 *   `id:` = sequence number, events `alarm-raised`, `alarm-updated`, `alarm-cancelled`,
 *   `alarm-closed`; `Last-Event-ID` replays what came after it. In the browser it is msw's `sse()`
 *   (see {@link remoteAlarmsSseHandlers}: msw's handler needs a global `EventSource`); where there is
 *   none (Node 22, the mock server) the same frames come from a plain streaming response.
 *
 * The mock's own route, outside the contract: `POST __mock/remote/alarms` `{ siteId?, kind? }` raises
 * an alarm (the demo's « Déclencher une alarme », the bench, end-to-end tests), as the operators'
 * centre would.
 */
import { sse, type HttpHandler } from 'msw';
import { ALARM_KINDS } from '@vigie/core/remote-services';
import {
  AlarmCancelBody,
  CANCEL_REFUSAL_PROBLEMS,
  REMOTE_ALARMS_STREAM_PATH,
  STREAM_KEEPALIVE_MS,
  type AlarmSnapshot,
  type AlarmStreamEventName,
} from '@vigie/core/remote-services';
import { problem, type RouteContext, type RouteDefinition } from '../../http.js';
import { fail, idempotencyKeyOf, ok, replayable, respond } from '../../answers.js';
import type { RemoteStore } from '../store.js';
import { alarmCursor, cancelAlarmIn, followAlarms, raiseAlarm, startBurst, type AlarmLogEntry } from './feed.js';
import { REMOTE_ALARMS_ROUTES } from '@vigie/core/remote-services';
import { routesFromTable, plainRoute } from '../../contract.js';

/** The mock's own route that raises an alarm (not in the contract). */
export const REMOTE_ALARMS_RAISE_PATH = '__mock/remote/alarms';

/** Whether msw's `sse()` can be created here (it throws without a global EventSource). */
export const canUseMswSse = (): boolean => typeof (globalThis as { EventSource?: unknown }).EventSource !== 'undefined';

/** The stream's events for msw's typed `sse()` client (each carries its JSON as text). */
type AlarmStreamEventMap = { message: string } & Record<AlarmStreamEventName, string>;

const SSE_HEADERS = { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' };

const siteOf = (request: Request): string | undefined => new URL(request.url).searchParams.get('siteId') || undefined;

function snapshot(ctx: RouteContext): Response {
  const siteId = siteOf(ctx.request);
  if (siteId !== undefined && !ctx.remote.site(siteId))
    return problem(404, 'not-found', 'Site not found', `No site ${siteId} on this account.`, { instance: ctx.instance });
  // remote:alarm-burst starts with the first read, whether the client streams or polls.
  startBurst(ctx.remote);
  const body: AlarmSnapshot = { items: ctx.remote.openAlarms(siteId), cursor: String(alarmCursor(ctx.remote)) };
  return Response.json(body);
}

async function cancel(ctx: RouteContext): Promise<Response> {
  const raw: unknown = await ctx.request.json().catch(() => undefined);
  if (!AlarmCancelBody.safeParse(raw).success)
    return problem(422, 'validation', 'Invalid body', 'Send an empty JSON object {}.', { instance: ctx.instance });
  const id = String(ctx.params.id);
  const answer = await replayable(ctx.remote, idempotencyKeyOf(ctx.request) && `alarm-cancel:${idempotencyKeyOf(ctx.request)}`, () => {
    const outcome = cancelAlarmIn(ctx.remote, id);
    switch (outcome.kind) {
      case 'cancelled':
        return ok(outcome.alarm);
      case 'not-found':
        return fail(404, 'not-found', 'Alarm not found', `No active alarm ${id}.`);
      case 'refused': {
        const slug = CANCEL_REFUSAL_PROBLEMS[outcome.reason].replace('/problems/', '');
        const detail = {
          'priority-1': 'A priority 1 alarm (fire, panic…) can never be cancelled, for safety reasons.',
          dispatched: 'The mobile patrol has already been dispatched: the alarm can no longer be cancelled.',
          'already-cancelled': 'This alarm is already cancelled.',
        }[outcome.reason];
        return fail(409, slug, 'The alarm cannot be cancelled', detail, { reason: outcome.reason });
      }
    }
  });
  return respond(answer, ctx.instance);
}

/** One log entry as the frames of an event (`id:`, `event:`, `data:`). */
const frame = (e: AlarmLogEntry): string => `id: ${e.seq}\nevent: ${e.event}\ndata: ${e.data}\n\n`;

/** The live stream as a plain streaming response (Node: no EventSource, so no msw `sse()`). */
function streamResponse(store: RemoteStore, request: Request): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      write(`retry: 5000\n\n`);
      const unfollow = followAlarms(store, { siteId: siteOf(request), lastEventId: request.headers.get('Last-Event-ID') }, (e) =>
        write(frame(e)),
      );
      const keepAlive = setInterval(() => write(': keep-alive\n\n'), STREAM_KEEPALIVE_MS);
      (keepAlive as { unref?: () => void }).unref?.();
      stop = () => {
        unfollow();
        clearInterval(keepAlive);
      };
      request.signal.addEventListener('abort', () => stop(), { once: true });
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, { status: 200, headers: SSE_HEADERS });
}

/**
 * The stream through msw's `sse()` (browser). The route of {@link remoteAlarmsRoutes} comes first:
 * it applies the scenario and the auth, then lets this handler answer.
 */
export function remoteAlarmsSseHandlers(base: string, remoteOf: (request: Request) => RemoteStore): HttpHandler[] {
  if (!canUseMswSse()) return [];
  return [
    sse<AlarmStreamEventMap>(`${base}/${REMOTE_ALARMS_STREAM_PATH}`, ({ client, request, finalize }) => {
      const store = remoteOf(request);
      client.send({ retry: 5000 });
      const unfollow = followAlarms(store, { siteId: siteOf(request), lastEventId: request.headers.get('Last-Event-ID') }, (e) =>
        client.send({ id: String(e.seq), event: e.event, data: e.data }),
      );
      // msw's client cannot write a comment: a `retry:` line keeps the stream warm instead.
      const keepAlive = setInterval(() => client.send({ retry: 5000 }), STREAM_KEEPALIVE_MS);
      finalize(() => {
        unfollow();
        clearInterval(keepAlive);
      });
    }),
  ];
}

export function remoteAlarmsRoutes(): RouteDefinition[] {
  return [
    ...routesFromTable(
      REMOTE_ALARMS_ROUTES,
      {
        alarms: {
          ok: snapshot,
          malformed: (ctx) => ({ items: ctx.remote.openAlarms().map((a) => ({ ...a, priority: `P${a.priority}` })), cursor: 'now' }),
        },
        alarmStream: {
          ok: (ctx) => {
            if (ctx.request.headers.get('Accept') !== 'text/event-stream') {
              return problem(406, 'not-acceptable', 'Not Acceptable', 'Ask for the stream with Accept: text/event-stream.', {
                instance: ctx.instance,
              });
            }
            const siteId = siteOf(ctx.request);
            if (siteId !== undefined && !ctx.remote.site(siteId))
              return problem(404, 'not-found', 'Site not found', `No site ${siteId} on this account.`, { instance: ctx.instance });
            // In the browser, msw's sse() handler (next in the list) answers: returning nothing lets it.
            if (canUseMswSse()) return undefined as unknown as Response;
            return streamResponse(ctx.remote, ctx.request);
          },
          malformed: () => ({ alarms: 'not a stream' }),
        },
        cancelAlarm: {
          ok: cancel,
          malformed: (ctx) => ({ id: String(ctx.params.id), cancelled: 'oui' }),
        },
      },
      plainRoute,
    ),
    {
      method: 'post',
      path: REMOTE_ALARMS_RAISE_PATH,
      route: {
        ok: async (ctx) => {
          const raw = (await ctx.request.json().catch(() => ({}))) as { siteId?: unknown; kind?: unknown } | null;
          const siteId = typeof raw?.siteId === 'string' ? raw.siteId : undefined;
          const kind = ALARM_KINDS.find((k) => k === raw?.kind);
          if (siteId !== undefined && !ctx.remote.site(siteId))
            return problem(404, 'not-found', 'Site not found', `No site ${siteId}.`, { instance: ctx.instance });
          return Response.json({ alarm: raiseAlarm(ctx.remote, { siteId, kind }) }, { status: 201 });
        },
        malformed: () => ({ alarm: null }),
      },
    },
  ];
}
