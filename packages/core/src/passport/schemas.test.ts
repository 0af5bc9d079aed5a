/** PP — the API contract: the roster row exactly, pages, requests as the server validates them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EMPLOYEE_STATES } from './blocking.js';
import type { RosterRow } from './roster-index.js';
import {
  EMPLOYEE_PAGE_MAX_LIMIT,
  Employee,
  EmployeeCreateRequest,
  EmployeePageQuery,
  type HandoverPassword,
  HandoverRequest,
  Identification,
  RegistrationRequest,
  type Employee as EmployeeRow,
} from './schemas.js';
import { HANDOVER_PASSWORD_MODES, type HandoverPasswordMode } from './spaces.js';

/** Compile-time checks: both directions must hold or the file does not type-check. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const handoverModesMatch: Same<HandoverPassword['mode'], HandoverPasswordMode> = true;
const rowIsRosterRow = (row: EmployeeRow): RosterRow => row;

const ROW = {
  id: 'emp-000002',
  firstName: 'Petit',
  lastName: 'SEBASTIEN',
  email: 'sebastien.petit@granulats-dupont.fr',
  profile: 'administrative',
  passportUrl: '/passeports/emp-000002',
  state: 'active',
  expiresOn: '2023-08-25',
  version: 1,
};

describe('PP-ROSTER Employee contract', () => {
  test('PP-ROSTER the row has exactly the nine fields of the contract, plus the optional block (PP-BLOCK)', () => {
    assert.deepEqual(Object.keys(Employee.shape).sort(), [
      'block',
      'email',
      'expiresOn',
      'firstName',
      'id',
      'lastName',
      'passportUrl',
      'profile',
      'state',
      'version',
    ]);
    assert.deepEqual(Employee.parse(ROW), ROW);
    assert.equal(rowIsRosterRow(Employee.parse(ROW)).id, 'emp-000002');
    assert.equal(handoverModesMatch, true);
  });

  test('PP-BLOCK a blocked row says the module and the instant that blocked it; an unknown module or a bare date is refused', () => {
    const blocked = { ...ROW, state: 'blocked', block: { moduleId: 'working-at-height', at: '2026-03-08T10:15:00.000Z' } };
    assert.deepEqual(Employee.parse(blocked), blocked);
    assert.ok(Employee.safeParse({ ...ROW, block: null }).success);
    assert.equal(Employee.safeParse({ ...blocked, block: { moduleId: 'juggling', at: '2026-03-08T10:15:00.000Z' } }).success, false);
    assert.equal(Employee.safeParse({ ...blocked, block: { moduleId: 'working-at-height', at: '2026-03-08' } }).success, false);
  });

  test('PP-ROSTER a not-started row: no passport, state null (« — »), no expiry', () => {
    assert.ok(Employee.safeParse({ ...ROW, passportUrl: null, state: null, expiresOn: null, email: null }).success);
  });

  test('PP-ROSTER states are active and blocked only; expiry is a real YYYY-MM-DD date', () => {
    assert.deepEqual(EMPLOYEE_STATES, ['active', 'blocked']);
    assert.equal(Employee.safeParse({ ...ROW, state: 'suspended' }).success, false);
    assert.equal(Employee.safeParse({ ...ROW, expiresOn: '25/08/2023' }).success, false);
    assert.equal(Employee.safeParse({ ...ROW, expiresOn: '2023-02-30' }).success, false);
    assert.equal(Employee.safeParse({ ...ROW, profile: 'technician' }).success, false);
  });

  test('PP-ROSTER page query: limit 1 to 5000 (from the query string); 0 and 5001 refused', () => {
    assert.equal(EMPLOYEE_PAGE_MAX_LIMIT, 5000);
    assert.deepEqual(EmployeePageQuery.parse({ limit: '5000', cursor: 'abc' }), { limit: 5000, cursor: 'abc' });
    assert.deepEqual(EmployeePageQuery.parse({}), {});
    for (const limit of ['0', '5001', '12.5', 'many']) assert.equal(EmployeePageQuery.safeParse({ limit }).success, false, limit);
  });
});

describe('PP contract of requests', () => {
  test('PP-REGISTER identification: a checked SIRET or a checked VAT number', () => {
    assert.ok(Identification.safeParse({ kind: 'siret', siret: '73282932000074' }).success);
    assert.equal(Identification.safeParse({ kind: 'siret', siret: '73282932000075' }).success, false);
    assert.equal(Identification.safeParse({ kind: 'siret', siret: '732 829 320 00074' }).success, false, 'normalised only');
    assert.ok(Identification.safeParse({ kind: 'vat', vat: 'FR40303265045' }).success);
    assert.equal(Identification.safeParse({ kind: 'vat', vat: 'FR41303265045' }).success, false);
  });

  test('PP-REGISTER regions: at least one, each once; the password by the policy', () => {
    const base = {
      identification: { kind: 'siret', siret: '73282932000074' },
      companyName: 'X',
      regions: ['84'],
      referent: { lastName: 'A', firstName: 'B', email: 'a@b.fr' },
      password: 'une phrase de passe',
      antiRobotToken: 't',
    };
    assert.ok(RegistrationRequest.safeParse(base).success);
    assert.equal(RegistrationRequest.safeParse({ ...base, regions: [] }).success, false);
    assert.equal(RegistrationRequest.safeParse({ ...base, regions: ['84', '84'] }).success, false);
    assert.equal(RegistrationRequest.safeParse({ ...base, password: 'court' }).success, false);
    assert.equal(RegistrationRequest.safeParse({ ...base, antiRobotToken: '' }).success, false);
  });

  test('PP-COMPANY handover: a temporary password is by the policy; keep and reset carry none', () => {
    const base = { referent: { lastName: 'LEFÈVRE', firstName: 'Hélène' }, email: 'helene@granulats-dupont.fr' };
    assert.deepEqual(HANDOVER_PASSWORD_MODES, ['keep', 'temporary', 'reset']);
    assert.ok(HandoverRequest.safeParse({ ...base, password: { mode: 'reset' } }).success);
    assert.ok(HandoverRequest.safeParse({ ...base, password: { mode: 'temporary', temporaryPassword: 'temporaire-2026' } }).success);
    assert.equal(HandoverRequest.safeParse({ ...base, password: { mode: 'temporary', temporaryPassword: 'court' } }).success, false);
    assert.equal(HandoverRequest.safeParse({ ...base, password: { mode: 'temporary' } }).success, false);
  });

  test('PP-ENROLL create: e-mail optional (null), the SNBPE date a real YYYY-MM-DD', () => {
    const base = {
      firstName: 'A',
      lastName: 'B',
      email: null,
      answers: { intervenesTechnically: true, leadsAwarenessSessions: false, checksPassports: true },
      snbpe: null,
    };
    assert.ok(EmployeeCreateRequest.safeParse(base).success);
    assert.ok(EmployeeCreateRequest.safeParse({ ...base, snbpe: { issuedOn: '2025-01-15' } }).success);
    assert.equal(EmployeeCreateRequest.safeParse({ ...base, snbpe: { issuedOn: '15/01/2025' } }).success, false);
    assert.equal(EmployeeCreateRequest.safeParse({ ...base, email: 'pas-une-adresse' }).success, false);
    assert.equal(EmployeeCreateRequest.safeParse({ ...base, answers: { intervenesTechnically: true } }).success, false);
  });
});
