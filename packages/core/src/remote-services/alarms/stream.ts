/**
 * RS-ALARMS — the stream client (no DOM; Node and browsers): `fetch` with the provider's bearer token
 * through the client's `stream()` (an `EventSource` cannot send one), the body parsed with
 * `eventsource-parser`, each event checked against the contract.
 *
 * Resolves when the server ends the stream; throws an `ApiError` when it cannot open, breaks the
 * contract, or stays silent longer than {@link STREAM_IDLE_TIMEOUT_MS} (the server sends a
 * keep-alive every {@link STREAM_KEEPALIVE_MS}: a half-open connection is noticed).
 */
import { createParser } from 'eventsource-parser';
import type { VigieClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import { parseAlarmStreamMessage, type AlarmStreamEvent } from './schemas.js';

/** RS-ALARMS: how often the server writes something (a comment, or a `retry:` line) on a quiet stream. */
export const STREAM_KEEPALIVE_MS = 15_000;
/** RS-ALARMS: a stream silent this long is taken for dead (three keep-alives missed). */
export const STREAM_IDLE_TIMEOUT_MS = 3 * STREAM_KEEPALIVE_MS;

export const REMOTE_ALARMS_STREAM_PATH = 'remote/alarms/stream';

export interface AlarmStreamOptions {
  readonly siteId?: string;
  /** Resume after this event (`Last-Event-ID`). */
  readonly lastEventId?: string;
  readonly signal?: AbortSignal;
  /** The stream is open (the server answered 200 `text/event-stream`). */
  readonly onOpen?: () => void;
  readonly onEvent: (event: AlarmStreamEvent) => void;
  readonly idleTimeoutMs?: number;
}

/** Reads the live alarm stream until it ends (see the module's comment). */
export async function readAlarmStream(client: VigieClient, options: AlarmStreamOptions): Promise<void> {
  const label = `GET ${REMOTE_ALARMS_STREAM_PATH}`;
  if (!client.stream)
    throw new ApiError({ kind: 'contract', status: 0, issues: [{ path: '', message: 'This client cannot stream' }] }, label);
  const { signal } = options;
  const response = await client.stream(REMOTE_ALARMS_STREAM_PATH, {
    signal,
    lastEventId: options.lastEventId,
    ...(options.siteId ? { searchParams: { siteId: options.siteId } } : {}),
  });
  if (signal?.aborted) {
    await response.body?.cancel();
    return;
  }
  options.onOpen?.();

  let broken: ApiError | undefined;
  const parser = createParser({
    onEvent: (message) => {
      if (broken || signal?.aborted) return;
      try {
        const event = parseAlarmStreamMessage(message);
        if (event) options.onEvent(event);
      } catch (e) {
        broken = new ApiError(
          { kind: 'contract', status: 200, issues: [{ path: message.event ?? '', message: e instanceof Error ? e.message : String(e) }] },
          label,
        );
      }
    },
  });

  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const idleMs = options.idleTimeoutMs ?? STREAM_IDLE_TIMEOUT_MS;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const stop = () => void reader.cancel().catch(() => undefined);
  const arm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => ((timedOut = true), stop()), idleMs);
  };
  signal?.addEventListener('abort', stop, { once: true });
  try {
    arm();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      arm();
      parser.feed(value);
      if (broken) {
        stop();
        throw broken;
      }
    }
  } catch (e) {
    if (e instanceof ApiError) throw e;
    if (signal?.aborted) return;
    throw new ApiError({ kind: 'network', message: 'The alarm stream was cut' }, label, { cause: e });
  } finally {
    clearTimeout(idle);
    signal?.removeEventListener('abort', stop);
  }
  if (timedOut) throw new ApiError({ kind: 'timeout', message: 'The alarm stream went silent' }, label);
}
