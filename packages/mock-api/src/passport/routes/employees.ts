/** PP-ROSTER, PP-ENROLL, PP-BLOCK — the employees: the pages, enrolment, one row at a version, its passport, unblocking. */
import * as z from 'zod/mini';
import { PASSPORT_ROUTES as R, UnpgModule, EmployeePageQuery, type PassportRouteName } from '@vigie/core/passport';
import { PASSPORT_DEMO_COMPANY_ID } from '../store.js';
import { fail, ok } from '../../answers.js';
import {
  NOT_FOUND,
  badRequest,
  invalid,
  versionAnswer,
  withVersion,
  parse,
  ifMatch,
  param,
  ENROLLMENT_FIELDS,
  MALFORMED_EMPLOYEE,
  type PassportHandler,
} from './kit.js';

export const employeesHandlers: Pick<
  Record<PassportRouteName, PassportHandler>,
  'employees' | 'createEmployee' | 'employee' | 'updateEmployee' | 'deleteEmployee' | 'employeePassport' | 'unblockEmployee'
> = {
  // PP-ROSTER / PP-ENROLL / PP-BLOCK
  employees: {
    answer({ request, passport }, session) {
      const query = new URL(request.url).searchParams;
      const raw: Record<string, string> = {};
      for (const name of ['cursor', 'limit']) {
        const value = query.get(name);
        if (value !== null && value !== '') raw[name] = value;
      }
      const parsed = EmployeePageQuery.safeParse(raw);
      // Not a form: a bad cursor or limit is the caller's bug, not the user's (no field issue fits).
      if (!parsed.success) return badRequest(`limit must be a whole number from 1 to the maximum, and cursor the nextCursor of a page.`);
      const page = passport.employeePage(session.companyId, parsed.data.cursor, parsed.data.limit);
      return 'kind' in page ? badRequest('Unknown cursor: start again from the first page.') : ok(page);
    },
    malformed: ({ passport }) => ({
      items: passport
        .employees(PASSPORT_DEMO_COMPANY_ID)
        .slice(0, 5)
        .map((e) => ({ ...e, expiresOn: e.expiresOn && e.expiresOn.split('-').reverse().join(' '), version: String(e.version) })),
      total: 'quarante',
    }),
  },
  createEmployee: {
    async answer({ request, passport }, session) {
      const body = await parse(request, R.createEmployee.body, ENROLLMENT_FIELDS);
      if (!body.ok) return body.answer;
      const r = passport.createEmployee(session.companyId, body.value);
      return 'kind' in r ? invalid(r.errors) : ok(r, 201);
    },
    malformed: () => ({ employee: MALFORMED_EMPLOYEE, validatedModules: 'tous' }),
  },
  employee: {
    // Core's `getEmployee`: one row with its current version (the If-Match of the next write).
    answer(ctx, session) {
      const row = ctx.passport.employee(param(ctx, 'id'), session.companyId);
      return row ? withVersion(row) : NOT_FOUND;
    },
    malformed: () => MALFORMED_EMPLOYEE,
  },
  updateEmployee: {
    async answer(ctx, session) {
      const body = await parse(ctx.request, R.updateEmployee.body, ENROLLMENT_FIELDS);
      if (!body.ok) return body.answer;
      const r = ctx.passport.updateEmployee(session.companyId, param(ctx, 'id'), body.value, ifMatch(ctx.request));
      if (!('kind' in r)) return withVersion(r);
      if (r.kind === 'not-found') return NOT_FOUND;
      return r.kind === 'invalid' ? invalid(r.errors) : versionAnswer(r);
    },
    malformed: () => MALFORMED_EMPLOYEE,
  },
  deleteEmployee: {
    answer(ctx, session) {
      const r = ctx.passport.deleteEmployee(session.companyId, param(ctx, 'id'), ifMatch(ctx.request));
      if (r.kind === 'deleted') return { kind: 'empty' };
      return r.kind === 'not-found' ? NOT_FOUND : versionAnswer(r);
    },
    malformed: () => ({ deleted: 'oui' }),
  },
  // PP-ROSTER « Voir le passeport »: the employee's passport (core's `passportView` reads it).
  employeePassport: {
    answer(ctx, session) {
      const passport = ctx.passport.employeePassport(param(ctx, 'id'), session.companyId);
      return passport ? ok(passport) : NOT_FOUND;
    },
    malformed: () => ({ employee: MALFORMED_EMPLOYEE, modules: 'tous validés', snbpe: 'oui' }),
  },
  unblockEmployee: {
    answer(ctx, session) {
      const r = ctx.passport.unblockEmployee(session.companyId, param(ctx, 'id'));
      return 'kind' in r ? NOT_FOUND : withVersion(r);
    },
    malformed: () => ({ ...MALFORMED_EMPLOYEE, state: 'Actif' }),
  },
};

/** The mock's own route (not in the contract) that records a failed module attempt (PP-BLOCK). */
export const PASSPORT_MODULE_FAILURES_PATH = '__mock/passport/employees/:id/module-failures';
export const passportModuleFailuresPath = (id: string): string => `__mock/passport/employees/${encodeURIComponent(id)}/module-failures`;

const FailureRequest = z.object({ moduleId: UnpgModule });

/** The mock's own: a failed module attempt (PP-BLOCK), for demos and end-to-end tests. */
export const moduleFailureHandler: PassportHandler = {
  async answer(ctx, session) {
    const body = await parse(ctx.request, FailureRequest);
    if (!body.ok) return body.answer;
    const r = ctx.passport.recordModuleFailure(param(ctx, 'id'), body.value.moduleId, session.companyId);
    if (r.kind === 'not-found') return NOT_FOUND;
    if (r.kind === 'module-validated')
      return fail(
        409,
        'module-validated',
        'Module already validated',
        'The SNBPE reciprocity validated this module: it is not attempted any more.',
      );
    const { outcome } = r;
    return ok({
      employee: r.employee,
      blocked: outcome.blocked,
      failuresLeft: r.failuresLeft,
      alert: outcome.blocked && outcome.alert ? { moduleId: outcome.alert.moduleId, at: new Date(outcome.alert.at).toISOString() } : null,
    });
  },
  malformed: () => ({ blocked: 'peut-être' }),
};
