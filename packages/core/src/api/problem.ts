/** X-API — RFC 9457 problem details: the zod schema and the mapping of an HTTP failure to the union. */
import * as z from 'zod/mini';
import type { ApiFailure } from './errors.js';

/** RFC 9457 problem details (extensions are kept). */
export const ProblemDetails = z.looseObject({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.int()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** Extension used by `locked` problems: when the lock ends (ISO date-time). */
  lockedUntil: z.optional(z.iso.datetime({ offset: true })),
});
export type ProblemDetails = z.infer<typeof ProblemDetails>;

/** Turns an HTTP error status and body into the right member of the union. */
export function failureFromResponse(status: number, body: unknown): ApiFailure {
  const parsed = ProblemDetails.safeParse(body);
  const problem: ProblemDetails = parsed.success
    ? parsed.data
    : { status, title: typeof body === 'string' ? body.slice(0, 200) : undefined };
  if (status === 423 || problem.type?.endsWith('/locked')) {
    return { kind: 'locked', status, lockedUntil: problem.lockedUntil, problem };
  }
  if (status === 409 || status === 412) return { kind: 'conflict', status, problem };
  return { kind: 'http', status, problem };
}

/** The problem of a failure, if it carries one (HTTP failures with an RFC 9457 body). */
export function problemOf(failure: ApiFailure): ProblemDetails | undefined {
  return 'problem' in failure ? failure.problem : undefined;
}
