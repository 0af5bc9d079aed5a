/**
 * X-MOCK — a route's answer as data (a JSON body, a problem, nothing, a PDF), so that an
 * `Idempotency-Key` can replay it exactly; how an answer becomes a response; and the memory of
 * keyed answers. The vault and passport routes build their answers with these.
 */
import { HttpResponse, type JsonBodyType } from 'msw';
import { problem } from './http.js';

export type Answer =
  | { readonly kind: 'json'; readonly status: number; readonly body: JsonBodyType; readonly headers?: Record<string, string> }
  | {
      readonly kind: 'problem';
      readonly status: number;
      readonly slug: string;
      readonly title: string;
      readonly detail?: string;
      readonly extensions?: Record<string, unknown>;
      readonly headers?: Record<string, string>;
    }
  | { readonly kind: 'empty' }
  | { readonly kind: 'pdf'; readonly bytes: Uint8Array; readonly filename: string };

/** A JSON body (200 unless told). */
export const ok = (body: JsonBodyType, status = 200, headers?: Record<string, string>): Answer => ({
  kind: 'json',
  status,
  body,
  ...(headers ? { headers } : {}),
});

/** An RFC 9457 problem `/problems/<slug>`, with its extension members and headers. */
export const fail = (
  status: number,
  slug: string,
  title: string,
  detail?: string,
  extensions?: Record<string, unknown>,
  headers?: Record<string, string>,
): Answer => ({
  kind: 'problem',
  status,
  slug,
  title,
  ...(detail ? { detail } : {}),
  ...(extensions ? { extensions } : {}),
  ...(headers ? { headers } : {}),
});

/** The response of an answer; problems quote `instance` (the request path). */
export function respond(answer: Answer, instance: string): Response {
  switch (answer.kind) {
    case 'json':
      return HttpResponse.json(answer.body, { status: answer.status, headers: answer.headers });
    case 'problem':
      return problem(answer.status, answer.slug, answer.title, answer.detail, {
        instance,
        extensions: answer.extensions,
        headers: answer.headers,
      });
    case 'empty':
      return new HttpResponse(null, { status: 204 });
    case 'pdf':
      return new HttpResponse(answer.bytes.slice().buffer as ArrayBuffer, {
        status: 200,
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Length': String(answer.bytes.length),
          'Content-Disposition': `inline; filename="${answer.filename}"`,
          'Cache-Control': 'private, no-store',
        },
      });
  }
}

/** The request's `Idempotency-Key`, if it sent one. */
export const idempotencyKeyOf = (request: Request): string | undefined => request.headers.get('Idempotency-Key')?.trim() || undefined;

/** The memory of keyed answers lives beside each store (a fresh store, a fresh scenario, forgets them). */
const replays = new WeakMap<object, Map<string, Answer>>();

/**
 * The answer of a keyed request: the first answer kept under `id` in `store`'s memory, replayed
 * as it was; without an id, simply `compute()`. Only what changed something is kept: a refused or
 * failed request may be corrected and sent again for real.
 */
export async function replayable(store: object, id: string | undefined, compute: () => Answer | Promise<Answer>): Promise<Answer> {
  if (!id) return compute();
  let memory = replays.get(store);
  if (!memory) replays.set(store, (memory = new Map()));
  let answer = memory.get(id);
  if (!answer) {
    answer = await compute();
    if (answer.kind !== 'problem') memory.set(id, answer);
  }
  return answer;
}
