/** PP-ROSTER — « Voir le passeport »: which modules are validated and why, the state, the expiry (PP-ENROLL, PP-BLOCK). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../shared/calendar.js';
import { BLOCKING_FAILURE, MAX_FAILURES_PER_MODULE } from './blocking.js';
import {
  blockingModule,
  moduleStatuses,
  passportStatus,
  passportView,
  snbpeValidatedModules,
  type ModuleRecord,
  type PassportFacts,
  type PassportHolder,
} from './employee-passport.js';
import { UNPG_MODULE_IDS, type UnpgModuleId } from './modules.js';
import { EmployeePassport } from './schemas.js';
import { SNBPE_COMMON_MODULES, snbpeValidUntil } from './snbpe.js';

const TODAY = '2026-12-07';
const active: PassportHolder = { state: 'active', expiresOn: null };
const facts = (employee: PassportHolder, modules: readonly ModuleRecord[] = [], snbpe: PassportFacts['snbpe'] = null): PassportFacts => ({
  employee,
  snbpe,
  modules,
});
const statusOf = (f: PassportFacts, id: UnpgModuleId) => moduleStatuses(f).find((m) => m.id === id)!.status;

describe('PP-ROSTER the state of the passport', () => {
  test('PP-ROSTER not started (no state) and in progress (active, no expiry date yet)', () => {
    assert.equal(passportStatus({ state: null, expiresOn: null }, TODAY), 'not-started');
    assert.equal(passportStatus(active, TODAY), 'in-progress');
  });

  test('PP-ROSTER valid through its expiry date included: the day before, the day of, the day after', () => {
    const expiresOn = '2026-12-07';
    assert.equal(passportStatus({ state: 'active', expiresOn }, addDays(expiresOn, -1)), 'valid');
    assert.equal(passportStatus({ state: 'active', expiresOn }, expiresOn), 'valid');
    assert.equal(passportStatus({ state: 'active', expiresOn }, addDays(expiresOn, 1)), 'expired');
    // Seed 004's « Petit SEBASTIEN … Actif … 25 08 2023 »: expired long ago.
    assert.equal(passportStatus({ state: 'active', expiresOn: '2023-08-25' }, TODAY), 'expired');
  });

  test('PP-BLOCK blocked comes before everything, even a valid or expired passport', () => {
    for (const expiresOn of [null, '2023-08-25', '2030-01-01'])
      assert.equal(passportStatus({ state: 'blocked', expiresOn }, TODAY), 'blocked');
  });
});

describe('PP-ENROLL modules validated by the SNBPE reciprocity', () => {
  const issuedOn = '2024-03-15';
  const validUntil = snbpeValidUntil(issuedOn); // 2027-03-14

  test('PP-ENROLL a passport within its validity on the day it was linked validates exactly the common modules', () => {
    const f = facts(active, [], { issuedOn, linkedOn: '2026-01-10' });
    assert.deepEqual([...snbpeValidatedModules(f.snbpe)].sort(), [...SNBPE_COMMON_MODULES].sort());
    for (const id of UNPG_MODULE_IDS) {
      const s = statusOf(f, id);
      if ((SNBPE_COMMON_MODULES as readonly string[]).includes(id))
        assert.deepEqual(s, { kind: 'validated', by: 'snbpe', on: '2026-01-10', issuedOn, failures: 0 }, id);
      else assert.equal(s.kind, 'to-do', id);
    }
  });

  test('PP-ENROLL judged on the day it was linked: linked the day before / of its last valid day validates; linked the day after validates nothing', () => {
    assert.equal(snbpeValidatedModules({ issuedOn, linkedOn: addDays(validUntil, -1) }).size, SNBPE_COMMON_MODULES.length);
    assert.equal(snbpeValidatedModules({ issuedOn, linkedOn: validUntil }).size, SNBPE_COMMON_MODULES.length);
    assert.equal(snbpeValidatedModules({ issuedOn, linkedOn: addDays(validUntil, 1) }).size, 0);
  });

  test('PP-ENROLL what the reciprocity validated stays validated after the SNBPE passport itself expired', () => {
    const f = facts(active, [], { issuedOn, linkedOn: '2026-01-10' });
    assert.equal(passportView(f, '2035-01-01').validated, SNBPE_COMMON_MODULES.length);
  });

  test('PP-ENROLL without an SNBPE passport nothing is validated at once', () => {
    assert.equal(snbpeValidatedModules(null).size, 0);
    assert.ok(moduleStatuses(facts(active)).every((m) => m.status.kind === 'to-do'));
  });

  test('PP-ENROLL a common module also passed on the platform is shown as validated by the reciprocity (it came first); a quarry module passed, by the e-learning', () => {
    const f = facts(
      active,
      [
        { id: 'site-rules', passedOn: '2026-02-01', failures: 0 },
        { id: 'blasting', passedOn: '2026-02-02', failures: 2 },
      ],
      { issuedOn, linkedOn: '2026-01-10' },
    );
    assert.equal(statusOf(f, 'site-rules').kind === 'validated' && (statusOf(f, 'site-rules') as { by: string }).by, 'snbpe');
    assert.deepEqual(statusOf(f, 'blasting'), { kind: 'validated', by: 'e-learning', on: '2026-02-02', failures: 2 });
  });
});

describe('PP-BLOCK the failures on each module', () => {
  test(`PP-BLOCK failures left before the blocking one: 0 failures → ${MAX_FAILURES_PER_MODULE} left; 2 → 1; 3 → 0 (the next one blocks)`, () => {
    const left = (failures: number) => {
      const s = statusOf(facts(active, [{ id: 'working-at-height', passedOn: null, failures }]), 'working-at-height');
      return s.kind === 'to-do' ? s.failuresLeft : undefined;
    };
    assert.equal(left(0), MAX_FAILURES_PER_MODULE);
    assert.equal(left(2), 1);
    assert.equal(left(MAX_FAILURES_PER_MODULE), 0);
  });

  test('PP-BLOCK the module the server names blocked the account, with its date', () => {
    const employee: PassportHolder = {
      state: 'blocked',
      expiresOn: null,
      block: { moduleId: 'working-at-height', at: '2026-12-05T09:00:00.000Z' },
    };
    const f = facts(employee, [
      { id: 'working-at-height', passedOn: null, failures: BLOCKING_FAILURE },
      { id: 'blasting', passedOn: null, failures: 3 },
    ]);
    const view = passportView(f, TODAY);
    assert.equal(view.status, 'blocked');
    assert.deepEqual(view.blocked, { module: 'working-at-height', since: '2026-12-05T09:00:00.000Z' });
    assert.deepEqual(statusOf(f, 'working-at-height'), { kind: 'blocking', failures: BLOCKING_FAILURE });
    assert.deepEqual(statusOf(f, 'blasting'), { kind: 'to-do', failures: 3, failuresLeft: 0 });
  });

  test('PP-BLOCK with no module named, the one failed more than 3 times; an active account has no blocking module even with 4 failures on record', () => {
    const modules = [
      { id: 'blasting', passedOn: null, failures: MAX_FAILURES_PER_MODULE },
      { id: 'dust-noise', passedOn: null, failures: BLOCKING_FAILURE },
    ] as const;
    assert.equal(blockingModule(facts({ state: 'blocked', expiresOn: null }, modules)), 'dust-noise');
    assert.equal(blockingModule(facts(active, modules)), undefined);
    assert.equal(passportView(facts(active, modules), TODAY).blocked, null);
  });
});

describe('PP-ROSTER properties', () => {
  const day = fc.integer({ min: 0, max: 5000 }).map((n) => addDays('2018-01-01', n));
  const record = fc.record({
    id: fc.constantFrom(...UNPG_MODULE_IDS),
    passedOn: fc.option(day, { nil: null }),
    failures: fc.integer({ min: 0, max: 6 }),
  });
  const holder = fc.record({
    state: fc.constantFrom('active' as const, 'blocked' as const, null),
    expiresOn: fc.option(day, { nil: null }),
  });
  const snbpe = fc.option(fc.record({ issuedOn: day, linkedOn: day }), { nil: null });

  test('PP-ROSTER every module of the programme appears once, in its order; validated + to do + blocking = all; at most one blocks, and only when blocked', () => {
    fc.assert(
      fc.property(holder, fc.array(record, { maxLength: 12 }), snbpe, day, (employee, modules, linked, today) => {
        const view = passportView(facts(employee, modules, linked), today);
        assert.deepEqual(
          view.modules.map((m) => m.id),
          [...UNPG_MODULE_IDS],
        );
        assert.equal(view.total, UNPG_MODULE_IDS.length);
        const blocking = view.modules.filter((m) => m.status.kind === 'blocking').length;
        assert.ok(blocking <= 1);
        if (employee.state !== 'blocked') assert.equal(blocking, 0);
        assert.equal(view.validated + blocking + view.modules.filter((m) => m.status.kind === 'to-do').length, view.total);
        assert.equal(view.status === 'blocked', employee.state === 'blocked');
      }),
    );
  });

  test('PP-ROSTER once expired, a passport stays expired as time goes forward (until a new expiry date)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (expiresOn, after, later) => {
        const employee: PassportHolder = { state: 'active', expiresOn };
        assert.equal(passportStatus(employee, addDays(expiresOn, after)), 'expired');
        assert.equal(passportStatus(employee, addDays(expiresOn, after + later)), 'expired');
      }),
    );
  });
});

describe('PP-ROSTER contract', () => {
  test('PP-ROSTER the passport body: the row (with `blocked` while blocked), the linked SNBPE passport, the modules', () => {
    const body = {
      employee: {
        id: 'emp-000003',
        firstName: 'John',
        lastName: 'WEST',
        email: null,
        profile: 'technical',
        passportUrl: null,
        state: 'blocked',
        expiresOn: null,
        version: 2,
        block: { moduleId: 'working-at-height', at: '2026-12-05T09:00:00.000Z' },
      },
      snbpe: { issuedOn: '2024-03-15', linkedOn: '2026-01-10' },
      modules: [{ id: 'working-at-height', passedOn: null, failures: 4 }],
    };
    assert.deepEqual(EmployeePassport.parse(body), body);
    assert.equal(EmployeePassport.safeParse({ ...body, modules: [{ id: 'unknown', passedOn: null, failures: 0 }] }).success, false);
    assert.equal(
      EmployeePassport.safeParse({ ...body, employee: { ...body.employee, block: { moduleId: 'working-at-height', at: '05/12/2026' } } })
        .success,
      false,
    );
  });
});
