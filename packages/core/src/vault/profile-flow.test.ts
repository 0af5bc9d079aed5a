import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { ApiError, type ApiFailure } from '../api/errors.js';
import type { VigieClient } from '../api/client.js';
import { createFlowRunner, replay, type FlowEffect } from '../shared/flow.js';
import {
  profileCallRunner,
  profileFlow,
  profileFocus,
  VAULT_PROFILE_FORMS,
  type ProfileEvent,
  type ProfileRequest,
  type ProfileState,
} from './profile-flow.js';
import type { VaultProfile } from './schemas.js';

const ctx = { now: Date.parse('2026-03-10T12:00:00+01:00') };
const PROFILE = {
  identifier: '123456789012',
  firstName: 'Paul',
  lastName: 'Dupont',
  email: 'paul@exemple.fr',
  secondFactor: 'sms',
  paperless: true,
} as unknown as VaultProfile;
const ready = (): ProfileState => replay(profileFlow, [{ type: 'loaded', profile: PROFILE }], ctx).state;
const run = (events: ProfileEvent[], from: ProfileState = ready()) => replay(profileFlow, events, ctx, from);
type Effect = FlowEffect<ProfileRequest, ProfileEvent>;
const kinds = (effects: readonly Effect[]) =>
  effects.map((e) =>
    e.type === 'emit' ? `emit ${e.name}` : e.type === 'focus' ? `focus ${e.target}` : e.type === 'call' ? `call ${e.request.op}` : e.type,
  );
const http = (status: number, type: string): ApiFailure => ({ kind: 'http', status, problem: { type: `/problems/${type}`, status } });

describe('VA-PROFILE the flow of <vault-profile>', () => {
  test('VA-PROFILE loads at once; a form the host asked for is open from the start', () => {
    assert.deepEqual(kinds(profileFlow.init(ctx).effects), ['call get']);
    assert.equal(profileFlow.init({ ...ctx, editing: 'password' }).state.editing, 'password');
    assert.deepEqual(ready().profile, PROFILE);
  });

  test('VA-PROFILE a failed load says why, « Réessayer » loads again; a 401 ends the session', () => {
    const failed = replay(profileFlow, [{ type: 'load-failed', failure: http(500, 'x') }, { type: 'load' }], ctx);
    assert.equal(failed.state.load, 'loading');
    assert.deepEqual(kinds(failed.effects), ['call get', 'call get']);
    const refused = replay(profileFlow, [{ type: 'load-failed', failure: http(401, 'session-required') }], ctx).state;
    assert.deepEqual(refused.sessionRefused, http(401, 'session-required'));
  });

  test('VA-PROFILE one form at a time: opening one closes the other and moves the focus into it; pressing it again closes it', () => {
    const email = run([{ type: 'toggle', form: 'email' }]);
    assert.equal(email.state.editing, 'email');
    assert.deepEqual(kinds(email.effects), [`focus ${profileFocus.panel('email')}`]);
    const password = run([{ type: 'toggle', form: 'password' }], email.state);
    assert.equal(password.state.editing, 'password');
    const closed = run([{ type: 'toggle', form: 'password' }], password.state);
    assert.equal(closed.state.editing, undefined);
    assert.deepEqual(kinds(closed.effects), [`focus ${profileFocus.toggle('password')}`]);
    const cancelled = run([{ type: 'cancel', form: 'email' }], email.state);
    assert.equal(cancelled.state.editing, undefined);
    assert.deepEqual(kinds(cancelled.effects), [`focus ${profileFocus.toggle('email')}`]);
  });

  test('VA-PROFILE saved: the form closes, the confirmation is said, the focus is on the toggle, the host hears of it (no secret)', () => {
    const pending = { ...PROFILE, pendingEmail: 'neuf@exemple.fr' };
    const email = run([
      { type: 'toggle', form: 'email' },
      { type: 'email-change-requested', profile: pending },
    ]);
    assert.equal(email.state.editing, undefined);
    assert.equal(email.state.saved, 'vault.profile.email.sent');
    assert.deepEqual(email.state.profile, pending);
    const emitted = email.effects.at(-1);
    assert.deepEqual(emitted, { type: 'emit', name: 'vault-email-change-requested', detail: { email: 'neuf@exemple.fr' } });
    const password = run([{ type: 'toggle', form: 'password' }, { type: 'password-changed' }]);
    assert.equal(password.state.saved, 'vault.profile.password.saved');
    assert.deepEqual(kinds(password.effects).slice(1), [`focus ${profileFocus.toggle('password')}`, 'emit vault-password-changed']);
    assert.equal(
      password.effects.at(-1)?.type === 'emit' && password.effects.at(-1)!.type === 'emit'
        ? (password.effects.at(-1) as { detail?: unknown }).detail
        : 'x',
      undefined,
    );
    // Opening a form again forgets the confirmation; the host's `editing` does not.
    assert.equal(run([{ type: 'toggle', form: 'email' }], password.state).state.saved, undefined);
    assert.equal(run([{ type: 'edit', form: 'email' }], password.state).state.saved, 'vault.profile.password.saved');
  });

  test('VA-PROFILE the runner, effects included: the profile is read with the session; a typed failure is fed back', async () => {
    const session = { token: 'tok' } as never;
    let fail = true;
    const seen: string[] = [];
    const runner = createFlowRunner(profileFlow, {
      context: () => ctx,
      run: profileCallRunner(
        () => ({}) as VigieClient,
        () => session,
        () => ({
          getVaultProfile: async (_c, o) => {
            seen.push((o?.session as { token: string }).token);
            if (fail) throw new ApiError(http(503, 'unavailable'), 'GET vault/profile');
            return PROFILE;
          },
        }),
      ),
    });
    await runner.settled();
    assert.equal(runner.state.load, 'failed');
    fail = false;
    runner.send({ type: 'load' });
    await runner.settled();
    assert.equal(runner.state.load, 'done');
    assert.deepEqual(seen, ['tok', 'tok']);
  });

  test('VA-PROFILE property: at most one form open, and `saved` only ever after a save', () => {
    const form = fc.constantFrom(...VAULT_PROFILE_FORMS);
    const event: fc.Arbitrary<ProfileEvent> = fc.oneof(
      form.map((f) => ({ type: 'toggle' as const, form: f })),
      form.map((f) => ({ type: 'cancel' as const, form: f })),
      fc.option(form, { nil: undefined }).map((f) => ({ type: 'edit' as const, form: f })),
      fc.constant({ type: 'password-changed' as const }),
      fc.constant({ type: 'email-change-requested' as const, profile: PROFILE }),
      fc.constant({ type: 'load' as const }),
      fc.constant({ type: 'load-failed' as const, failure: http(500, 'x') }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        let state = ready();
        let saves = 0;
        for (const e of events) {
          const s = profileFlow.transition(state, e, ctx);
          if (e.type === 'password-changed' || e.type === 'email-change-requested') {
            saves++;
            assert.equal(s.state.editing, undefined);
          }
          // Every focus names a form's toggle or its panel.
          for (const eff of s.effects) if (eff.type === 'focus') assert.match(eff.target, /^(email|password)-(toggle|panel)$/);
          if (e.type === 'toggle' && state.editing !== e.form) assert.equal(s.state.editing, e.form);
          state = s.state;
          if (state.saved) assert.ok(saves > 0);
          assert.ok(state.editing === undefined || VAULT_PROFILE_FORMS.includes(state.editing));
        }
      }),
      { numRuns: 300 },
    );
  });
});
