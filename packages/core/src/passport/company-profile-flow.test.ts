/** PP-COMPANY — the flow of `<company-profile>`: load, save call after call, handover, conflict, spaces dialog (effects included). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { ApiFailure } from '../api/errors.js';
import { createFlowRunner, replay, type FlowEffect } from '../shared/flow.js';
import {
  COMPANY_PROFILE_START,
  companyProfileFlow,
  type CompanyProfileEvent,
  type CompanyProfileRequest,
  type CompanyProfileState,
} from './company-profile-flow.js';
import { companyFormOf, type CompanyForm } from './company.js';
import type { CompanyInfo, SpacesStatus } from './schemas.js';

const ctx = { now: Date.parse('2026-03-10T12:00:00+01:00') };
const INFO: CompanyInfo = {
  identification: { kind: 'siret', siret: '73282932000074' },
  companyName: 'Granulats Dupont',
  regions: ['84', '93'],
  referent: { lastName: 'MARTIN', firstName: 'Claire', email: 'claire.martin@granulats-dupont.fr' },
  version: 3,
};
const SECRET = 'SECRET-phrase-de-passe-42';
const SEPARATE: SpacesStatus = { linked: false, spaces: ['company'], active: 'company', canLink: true };
const FORM = companyFormOf(INFO);
const RENAMED: CompanyForm = { ...FORM, companyName: 'Granulats Dupont & Fils' };
const WITH_PASSWORD: CompanyForm = { ...RENAMED, password: SECRET, passwordConfirmation: SECRET };
const HANDOVER: CompanyForm = {
  ...FORM,
  referentLastName: 'LEFÈVRE',
  referentFirstName: 'Hélène',
  referentEmail: 'helene.lefevre@granulats-dupont.fr',
  handoverPassword: 'temporary',
  password: SECRET,
  passwordConfirmation: SECRET,
};
const v = (version: number, over: Partial<CompanyInfo> = {}): CompanyInfo => ({ ...INFO, ...over, version });
const failure = (status: number, type: string): ApiFailure => ({
  kind: status === 412 || status === 409 ? 'conflict' : 'http',
  status,
  problem: { type: `/problems/${type}`, status },
});
const STALE = failure(412, 'version-mismatch');
const SERVER = failure(500, 'internal');
const run = (events: CompanyProfileEvent[], from?: CompanyProfileState) => replay(companyProfileFlow, events, ctx, from);
const kinds = (effects: readonly FlowEffect<CompanyProfileRequest, CompanyProfileEvent>[]) =>
  effects.map((e) =>
    e.type === 'emit' ? `emit ${e.name}` : e.type === 'focus' ? `focus ${e.target}` : e.type === 'call' ? `call ${e.request.op}` : e.type,
  );
const ready = () => run([{ type: 'start' }, { type: 'loaded', company: INFO, spaces: SEPARATE }]).state;

describe('PP-COMPANY the flow of <company-profile>', () => {
  test('PP-COMPANY waits for the session; start loads (once), the form takes the values', () => {
    assert.deepEqual(companyProfileFlow.init(ctx), { state: COMPANY_PROFILE_START, effects: [] });
    const loading = run([{ type: 'start' }]);
    assert.deepEqual([loading.state.phase, kinds(loading.effects)], ['loading', ['call load']]);
    const loaded = run([{ type: 'loaded', company: INFO, spaces: SEPARATE }], loading.state).state;
    assert.deepEqual([loaded.phase, loaded.company, loaded.values], ['ready', INFO, { seq: 1 }]);
    assert.deepEqual(run([{ type: 'submit', form: RENAMED }], loading.state).effects, [], 'nothing sent before loaded');
  });

  test('PP-COMPANY a first load that fails takes the form’s place; « Réessayer » loads again', () => {
    const failed = run([{ type: 'start' }, { type: 'load-failed', failure: SERVER }]).state;
    assert.deepEqual([failed.phase, failed.loadFailure], ['load-failed', SERVER]);
    assert.deepEqual(kinds(run([{ type: 'refresh' }], failed).effects), ['call load']);
  });

  test('PP-COMPANY a refresh keeps the form and what was typed over (keepTypedFrom); its failure keeps the form too', () => {
    const refreshing = run([{ type: 'refresh' }], ready());
    assert.deepEqual([refreshing.state.refreshing, kinds(refreshing.effects)], [true, ['call load']]);
    assert.deepEqual(run([{ type: 'refresh' }], refreshing.state).effects, [], 'one load at a time');
    const after = run([{ type: 'loaded', company: v(4, { companyName: 'Autre' }) }], refreshing.state).state;
    assert.deepEqual(after.values, { seq: 2, keepTypedFrom: INFO });
    const failed = run([{ type: 'load-failed', failure: SERVER }], refreshing.state).state;
    assert.deepEqual([failed.phase, failed.company, failed.loadFailure], ['ready', INFO, SERVER]);
  });

  test('PP-COMPANY a refresh that answers while a save runs leaves the save running (its answer decides; found by the property)', () => {
    const saving = run([{ type: 'refresh' }, { type: 'submit', form: RENAMED }], ready()).state;
    const after = run([{ type: 'loaded', company: v(9), spaces: SEPARATE }], saving).state;
    assert.deepEqual([after.phase, after.refreshing, after.company], ['saving', false, INFO]);
  });

  test('PP-COMPANY nothing changed: no call, « nothing to save »; a form with issues is never sent', () => {
    const same = run([{ type: 'submit', form: FORM }], ready());
    assert.deepEqual([same.effects, same.state.result], [[], { kind: 'nothing' }]);
    assert.deepEqual(run([{ type: 'submit', form: { ...RENAMED, companyName: ' ' } }], ready()).effects, []);
  });

  test('PP-COMPANY update then the password change: each call after the other, the version from the last answer; company-updated', () => {
    const first = run([{ type: 'submit', form: WITH_PASSWORD }], ready());
    assert.deepEqual(first.effects, [
      {
        type: 'call',
        request: {
          op: 'update',
          request: { companyName: 'Granulats Dupont & Fils', regions: ['84', '93'], referent: { lastName: 'MARTIN', firstName: 'Claire' } },
          version: 3,
          then: { password: SECRET },
        },
      },
    ]);
    assert.ok(!JSON.stringify(first.state).includes(SECRET), 'the password is in the request only');
    const second = run(
      [{ type: 'updated', company: v(4, { companyName: 'Granulats Dupont & Fils' }), then: { password: SECRET } }],
      first.state,
    );
    assert.deepEqual(second.effects, [{ type: 'call', request: { op: 'password', request: { password: SECRET } } }]);
    const done = run([{ type: 'password-changed' }], second.state);
    assert.deepEqual(kinds(done.effects), ['emit company-updated']);
    assert.deepEqual(done.effects[0]?.type === 'emit' && done.effects[0].detail, { company: second.state.company, passwordChanged: true });
    assert.deepEqual([done.state.phase, done.state.answer, done.state.values?.seq], ['ready', { seq: 1 }, 2]);
    assert.deepEqual(done.state.result, { kind: 'saved', outcome: { withPassword: true, updated: true, passwordChanged: true } });
  });

  test('PP-COMPANY handover: the dialog asks first (no call); confirmed, the next submit sends it; company-handed-over', () => {
    const asked = run([{ type: 'submit', form: HANDOVER }], ready());
    assert.deepEqual(asked.effects, []);
    const summary = {
      referent: { lastName: 'LEFÈVRE', firstName: 'Hélène' },
      email: 'helene.lefevre@granulats-dupont.fr',
      mode: 'temporary',
    };
    assert.deepEqual(asked.state.confirming, summary);
    assert.deepEqual(kinds(run([{ type: 'confirm-closed' }], asked.state).effects), ['focus submit']);
    const sent = run([{ type: 'confirm-handover' }, { type: 'submit', form: HANDOVER }], asked.state);
    assert.deepEqual(kinds(sent.effects), ['call hand-over']);
    const call = sent.effects[0];
    assert.ok(call?.type === 'call' && call.request.op === 'hand-over' && call.request.version === 3);
    assert.ok(!JSON.stringify(sent.state).includes(SECRET));
    const done = run([{ type: 'handed-over', company: v(4, { referent: { ...INFO.referent, email: summary.email } }) }], sent.state);
    assert.deepEqual(kinds(done.effects), ['emit company-handed-over']);
    assert.equal(done.state.handoverConfirmed, false, 'the confirmation holds for one submit');
  });

  test('PP-COMPANY a stale version (412): the conflict (passwords cleared), then reload: what changed, focus on the notice', () => {
    const sending = run([{ type: 'submit', form: WITH_PASSWORD }], ready()).state;
    const stale = run([{ type: 'save-failed', failure: STALE }], sending);
    assert.deepEqual(stale.state.conflict, { phase: 'stale', secretsCleared: true });
    assert.deepEqual(stale.state.answer, { seq: 1, failure: STALE });
    const reloading = run([{ type: 'reload-conflict' }], stale.state);
    assert.deepEqual(kinds(reloading.effects), ['call reload']);
    const reloaded = run([{ type: 'reloaded', company: v(5, { companyName: 'Autre' }) }], reloading.state);
    assert.deepEqual([reloaded.state.conflict, kinds(reloaded.effects)], [{ phase: 'reloaded', before: INFO }, ['focus conflict']]);
    const failed = run([{ type: 'reload-failed', failure: SERVER }], reloading.state).state;
    assert.deepEqual(failed.conflict, { phase: 'stale', failure: SERVER });
  });

  test('PP-COMPANY a failure after the update was saved: company-updated says what was saved', () => {
    const second = run(
      [
        { type: 'submit', form: WITH_PASSWORD },
        { type: 'updated', company: v(4), then: { password: SECRET } },
      ],
      ready(),
    );
    const failed = run([{ type: 'save-failed', failure: SERVER }], second.state);
    assert.deepEqual(kinds(failed.effects), ['emit company-updated']);
    assert.deepEqual([failed.state.phase, failed.state.conflict], ['ready', undefined]);
  });

  test('PP-COMPANY « Annuler »: the server’s values again (reset), the conflict dropped', () => {
    const s = run([{ type: 'restore' }], ready()).state;
    assert.deepEqual([s.result, s.values], [{ kind: 'restored' }, { seq: 2, reset: true }]);
  });

  test('PP-SPACES « Lier ce compte… »: cancelable spaces-link-requested; not canceled opens the dialog; closing it focuses back', () => {
    const asked = run([{ type: 'request-spaces', flow: 'link' }], ready());
    assert.deepEqual(asked.effects, [
      {
        type: 'emit',
        name: 'spaces-link-requested',
        detail: { flow: 'link' },
        cancelable: true,
        ifNotCanceled: { type: 'open-spaces', flow: 'link' },
      },
    ]);
    const open = run([{ type: 'open-spaces', flow: 'link' }], ready()).state;
    assert.equal(open.spacesFlow, 'link');
    assert.deepEqual(kinds(run([{ type: 'spaces-closed', then: 'referentEmail' }], open).effects), ['focus referentEmail']);
  });

  test('PP-COMPANY signed out: everything from before is dropped', () => {
    const s = run([{ type: 'signed-out' }], ready()).state;
    assert.deepEqual([s.phase, s.company, s.spaces], ['idle', undefined, undefined]);
  });

  test('PP-COMPANY createFlowRunner with fake calls: load, save name + password, the host hears company-updated', async () => {
    const calls: string[] = [];
    const emitted: string[] = [];
    const runner = createFlowRunner(companyProfileFlow, {
      context: () => ctx,
      run: async (r): Promise<CompanyProfileEvent> => {
        calls.push(`${r.op}${'version' in r ? `@${r.version}` : ''}`);
        switch (r.op) {
          case 'load':
          case 'reload':
            return { type: 'loaded', company: INFO, spaces: SEPARATE };
          case 'update':
            return {
              type: 'updated',
              company: v(r.version + 1, { companyName: r.request.companyName }),
              ...(r.then ? { then: r.then } : {}),
            };
          case 'hand-over':
            return { type: 'handed-over', company: v(r.version + 1) };
          case 'password':
            return { type: 'password-changed' };
        }
      },
      host: { emit: (name) => (emitted.push(name), true) },
    });
    runner.send({ type: 'start' });
    await runner.settled();
    runner.send({ type: 'submit', form: WITH_PASSWORD });
    await runner.settled();
    assert.deepEqual(calls, ['load', 'update@3', 'password']);
    assert.deepEqual([emitted, runner.state.company?.version, runner.state.phase], [['company-updated'], 4, 'ready']);
  });

  test('PP-COMPANY property: one request at a time, nothing sent before loaded, no password in the state', () => {
    const event = fc.oneof(
      fc.constantFrom<CompanyProfileEvent>(
        { type: 'start' },
        { type: 'signed-out' },
        { type: 'refresh' },
        { type: 'loaded', company: INFO, spaces: SEPARATE },
        { type: 'load-failed', failure: SERVER },
        { type: 'updated', company: v(4) },
        { type: 'updated', company: v(4), then: { password: SECRET } },
        { type: 'handed-over', company: v(4) },
        { type: 'password-changed' },
        { type: 'save-failed', failure: STALE },
        { type: 'save-failed', failure: SERVER },
        { type: 'confirm-handover' },
        { type: 'confirm-closed' },
        { type: 'reload-conflict' },
        { type: 'reloaded', company: v(5) },
        { type: 'reload-failed', failure: SERVER },
        { type: 'restore' },
        { type: 'request-spaces', flow: 'link' },
        { type: 'open-spaces', flow: 'dissociate' },
        { type: 'spaces-closed' },
      ),
      fc.constantFrom(FORM, RENAMED, WITH_PASSWORD, HANDOVER).map((form): CompanyProfileEvent => ({ type: 'submit', form })),
    );
    fc.assert(
      // Half the runs start on the loaded form, so the save's paths are reached often.
      fc.property(fc.boolean(), fc.array(event, { maxLength: 40 }), (loaded, events) => {
        let state = loaded ? ready() : companyProfileFlow.init(ctx).state;
        for (const e of events) {
          const next = companyProfileFlow.transition(state, e, ctx);
          const saves = next.effects.filter((x) => x.type === 'call' && x.request.op !== 'load' && x.request.op !== 'reload');
          assert.ok(saves.length <= 1);
          if (saves.length) {
            assert.ok(state.company, 'a request before the company is loaded');
            assert.ok(state.phase === 'ready' || state.phase === 'saving');
            if (state.phase === 'ready') assert.equal(next.state.phase, 'saving');
            else assert.ok(e.type === 'updated', 'a request while another runs');
          }
          state = next.state;
          assert.ok(!JSON.stringify(state).includes(SECRET));
          if (state.phase === 'saving') assert.ok(state.saving && state.company);
          if (state.saving) assert.equal(state.phase, 'saving', 'a save left half-way');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
