/**
 * PP-ROSTER / PP-ENROLL — reading ONE employee: `GET passport/employees/{id}`, the row with its
 * current `version` (the `If-Match` of the next update).
 *
 * « Modifier un salarié » needs it when it opens without the roster's row at hand (an `employee-id`
 * alone), and after a 412 (someone else saved in between) to show the version now stored. Paging
 * the whole roster for one row (`employeePages`) would cost up to 20 requests at 100,000 employees.
 *
 * The same session rule as every private route of `api.ts`: the passport session's token as
 * `Authorization: Bearer`, or the provider's token without one. 404 `not-found` when the company has
 * no such employee (deleted in between); 401 `session-required` when the session is refused.
 */
import type { VigieClient } from '../api/client.js';
import { employeePath, type PassportSessionOpts } from './api.js';
import { Employee } from './schemas.js';

/** PP-ROSTER: one employee of the company, as the roster shows it (with its `version`). */
export function getEmployee(client: VigieClient, id: string, opts: PassportSessionOpts = {}): Promise<Employee> {
  const token = typeof opts.session === 'string' ? opts.session : opts.session?.token;
  return client.get(employeePath(id), Employee, { signal: opts.signal, auth: token ? { bearer: token } : 'provider' });
}
