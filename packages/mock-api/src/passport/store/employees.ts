/** PP-ROSTER, PP-ENROLL, PP-BLOCK — the roster: pages, enrolment, changes at a version, blocking, passports. */
import { calendarDateOf, formatDateFr, isBlank } from '@vigie/core';
import {
  checkEnrollment,
  EMPLOYEE_PAGE_DEFAULT_LIMIT,
  employeeState,
  failuresLeft as failuresLeftOf,
  failuresOf,
  fieldIssueList,
  isBlocked,
  profileFor,
  reciprocity,
  recordModuleFailure as recordFailure,
  unblock as unblockEmployee,
  UNPG_MODULE_IDS,
  type Employee,
} from '@vigie/core/passport';
import { employeeId } from '../generate.js';
import { PASSPORT_DEMO_COMPANY_ID, type PassportStore } from './data.js';
import { iso, lowerBound, cursorOf, seqOfCursor, passedOf, sameAnswers, issues } from './kit.js';
import type { PassportContext } from './context.js';

export function employeesOf(
  st: PassportContext,
): Pick<
  PassportStore,
  | 'employeePage'
  | 'employees'
  | 'employee'
  | 'createEmployee'
  | 'updateEmployee'
  | 'deleteEmployee'
  | 'unblockEmployee'
  | 'recordModuleFailure'
  | 'failures'
  | 'validatedModules'
  | 'employeePassport'
> {
  return {
    employeePage(companyId, cursor, limit = EMPLOYEE_PAGE_DEFAULT_LIMIT) {
      const { rows } = st.roster(companyId);
      let start = 0;
      if (cursor !== undefined) {
        const after = seqOfCursor(cursor);
        if (after === undefined) return { kind: 'bad-cursor' };
        start = lowerBound(rows, after + 1);
      }
      const items = rows.slice(start, start + limit);
      const more = start + items.length < rows.length;
      return { items, total: rows.length, nextCursor: more && items.length ? cursorOf(items.at(-1)!) : null };
    },

    employees: (companyId = PASSPORT_DEMO_COMPANY_ID) => st.roster(companyId).rows,

    employee(id, companyId = PASSPORT_DEMO_COMPANY_ID) {
      const found = st.findEmployee(companyId, id);
      return found && found.roster.rows[found.index];
    },

    createEmployee(companyId, request) {
      const today = calendarDateOf(st.now());
      const form = {
        firstName: request.firstName,
        lastName: request.lastName,
        email: request.email ?? '',
        answers: request.answers,
        hasSnbpePassport: request.snbpe !== null,
        snbpeIssuedOn: request.snbpe ? formatDateFr(request.snbpe.issuedOn) : '',
      };
      const invalid = issues(fieldIssueList(checkEnrollment(form, { mode: 'create', today })));
      if (invalid) return invalid;
      // PP-ENROLL: the SNBPE reciprocity, only here (the update has no SNBPE passport at all).
      const r = reciprocity({ hasSnbpePassport: request.snbpe !== null, issuedOn: request.snbpe?.issuedOn ?? null }, today);
      const validatedModules = r.kind === 'validated' ? [...r.modules] : [];
      const c = st.companyById(companyId);
      const ro = st.roster(companyId);
      const employee: Employee = {
        id: employeeId(ro.nextIndex++),
        firstName: request.firstName.trim(),
        lastName: request.lastName.trim(),
        email: request.email === null || isBlank(request.email) ? null : request.email.trim(),
        profile: profileFor(request.answers),
        passportUrl: null,
        state: null,
        expiresOn: null,
        version: 1,
      };
      ro.rows.push(employee);
      if (validatedModules.length) ro.validated.set(employee.id, validatedModules);
      if (request.snbpe) ro.snbpe.set(employee.id, { issuedOn: request.snbpe.issuedOn, linkedOn: today });
      const firstLoginSentTo = employee.email === null ? 'referent' : 'employee';
      st.outbox.push({ kind: 'employee-created', to: c.login, employeeId: employee.id, employeeName: st.nameOf(employee) });
      st.outbox.push({ kind: 'first-login', to: employee.email ?? c.login, recipient: firstLoginSentTo, employeeId: employee.id });
      return { employee, validatedModules, firstLoginSentTo };
    },

    updateEmployee(companyId, id, request, version) {
      const found = st.findEmployee(companyId, id);
      if (!found) return { kind: 'not-found' };
      const row = found.roster.rows[found.index]!;
      const form = {
        firstName: request.firstName,
        lastName: request.lastName,
        email: request.email ?? '',
        answers: request.answers,
        hasSnbpePassport: null,
        snbpeIssuedOn: '',
      };
      const invalid = issues(fieldIssueList(checkEnrollment(form, { mode: 'edit' })));
      if (invalid) return invalid;
      const refusal = st.versionRefusal(row.version, version);
      if (refusal) return refusal.kind === 'version-mismatch' && sameAnswers(row, request) ? row : refusal;
      return st.replaceRow(found.roster, found.index, {
        ...row,
        firstName: request.firstName.trim(),
        lastName: request.lastName.trim(),
        email: request.email === null || isBlank(request.email) ? null : request.email.trim(),
        profile: profileFor(request.answers),
        version: row.version + 1,
      });
    },

    deleteEmployee(companyId, id, version) {
      const found = st.findEmployee(companyId, id);
      if (!found) return st.roster(companyId).deleted.has(id) ? { kind: 'deleted' } : { kind: 'not-found' };
      const row = found.roster.rows[found.index]!;
      const refusal = st.versionRefusal(row.version, version);
      if (refusal) return refusal;
      const r = found.roster;
      r.rows.splice(found.index, 1);
      r.blocking = unblockEmployee(r.blocking, id);
      r.validated.delete(id);
      r.snbpe.delete(id);
      r.passed.delete(id);
      r.deleted.add(id);
      return { kind: 'deleted' };
    },

    unblockEmployee(companyId, id) {
      const found = st.findEmployee(companyId, id);
      if (!found) return { kind: 'not-found' };
      const r = found.roster;
      const row = r.rows[found.index]!;
      if (!isBlocked(r.blocking, id)) return row;
      r.blocking = unblockEmployee(r.blocking, id);
      return st.replaceRow(r, found.index, { ...row, state: employeeState(r.blocking, id), block: null, version: row.version + 1 });
    },

    recordModuleFailure(employeeIdArg, moduleId, companyId = PASSPORT_DEMO_COMPANY_ID) {
      const found = st.findEmployee(companyId, employeeIdArg);
      if (!found) return { kind: 'not-found' };
      const r = found.roster;
      // A module the SNBPE reciprocity validated is not attempted any more. A module passed and
      // attempted again (the awareness being renewed) is to pass again: its pass is dropped.
      if ((r.validated.get(employeeIdArg) ?? []).includes(moduleId)) return { kind: 'module-validated' };
      const passed = passedOf(r, r.rows[found.index]!);
      if (passed.has(moduleId)) {
        const again = new Map(passed);
        again.delete(moduleId);
        r.passed.set(employeeIdArg, again);
      }
      const { state, outcome } = recordFailure(r.blocking, employeeIdArg, moduleId, st.now());
      r.blocking = state;
      let row = r.rows[found.index]!;
      // A failure means the awareness has started; the state follows PP-BLOCK; a blocked row says which module and since when.
      const nextState = employeeState(r.blocking, employeeIdArg);
      // PP-BLOCK: a blocked row carries the module and the instant of the failure that blocked it.
      const blockedBy = outcome.blocked && outcome.alert ? { block: { moduleId: outcome.alert.moduleId, at: iso(outcome.alert.at) } } : {};
      if (row.state !== nextState)
        row = st.replaceRow(r, found.index, { ...row, state: nextState, ...blockedBy, version: row.version + 1 });
      if (outcome.blocked && outcome.alert) {
        const c = st.companyById(companyId);
        st.outbox.push({
          kind: 'blocking-alert',
          to: c.login,
          employeeId: row.id,
          employeeName: st.nameOf(row),
          moduleId,
          at: iso(outcome.alert.at),
        });
      }
      return { kind: 'recorded', employee: row, outcome, failuresLeft: failuresLeftOf(r.blocking, employeeIdArg, moduleId) };
    },

    failures: (id, moduleId, companyId = PASSPORT_DEMO_COMPANY_ID) => failuresOf(st.roster(companyId).blocking, id, moduleId),

    validatedModules: (id, companyId = PASSPORT_DEMO_COMPANY_ID) => st.roster(companyId).validated.get(id) ?? [],

    employeePassport(id, companyId = PASSPORT_DEMO_COMPANY_ID) {
      const found = st.findEmployee(companyId, id);
      if (!found) return undefined;
      const r = found.roster;
      const employee = r.rows[found.index]!;
      const passed = passedOf(r, employee);
      return {
        employee,
        snbpe: r.snbpe.get(id) ?? null,
        modules: UNPG_MODULE_IDS.map((moduleId) => ({
          id: moduleId,
          passedOn: passed.get(moduleId) ?? null,
          failures: failuresOf(r.blocking, id, moduleId),
        })),
      };
    },
  };
}
