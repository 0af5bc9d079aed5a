/** SR-PROFILES — the profile editor's flow in Node: create from a user, attach users, the summary, failures; properties. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { replay } from '../../shared/flow.js';
import { ALL_RIGHTS, MODULES, type Right } from '../rights.js';
import { SR_PROBLEM_TYPES } from '../problems.js';
import {
  profileEditorFlow,
  type EditorData,
  type ProfileEditorEvent,
  type ProfileEditorState,
  type ProfileEditing,
} from './editor-flow.js';
import { sameRights } from './rights-set.js';

const ctx = { now: 0 };
const sophie: Right[] = ['interventions:consulter', 'interventions:creer', 'batiment:consulter', 'synthese:generer'];
const data: EditorData = {
  users: [
    { id: 'karim', firstName: 'Karim', lastName: 'Benali', profileId: 'p-gardien', rights: ['interventions:consulter'] },
    { id: 'sophie', firstName: 'Sophie', lastName: 'Lefèvre', profileId: null, rights: sophie },
    { id: 'julien', firstName: 'Julien', lastName: 'Moreau', profileId: null, rights: ['batiment:creer'] },
  ],
  profiles: [{ id: 'p-gardien', name: 'Gardien', rights: ['interventions:consulter'], userIds: ['karim'] }],
};
const editing = (s: ProfileEditorState) => {
  assert.ok(s.phase === 'editing' || s.phase === 'reviewing' || s.phase === 'saving', s.phase);
  return s as ProfileEditing;
};

describe('SR-PROFILES profileEditorFlow', () => {
  it('demo path: from Sophie’s rights, edited, two users attached, reviewed, saved → profile-created, toast, focus on the profile', () => {
    const r = replay(
      profileEditorFlow,
      [
        { type: 'create-opened', data },
        { type: 'source-chosen', userId: 'sophie' },
        { type: 'name-changed', name: '  Gestionnaire de site ' },
        { type: 'right-toggled', right: 'synthese:generer' },
        { type: 'module-toggled', module: 'permis-feu' },
        { type: 'user-toggled', userId: 'julien' },
        { type: 'user-toggled', userId: 'karim' },
        { type: 'review' },
      ],
      ctx,
    );
    const s = editing(r.state);
    assert.equal(s.phase, 'reviewing');
    assert.deepEqual(s.draft.userIds, ['karim', 'julien'], 'the list’s order');
    assert.deepEqual(s.draft.rights, [
      'interventions:consulter',
      'interventions:creer',
      'batiment:consulter',
      'permis-feu:consulter',
      'permis-feu:creer',
      'permis-feu:signer',
    ]);
    const save = profileEditorFlow.transition(s, { type: 'save' }, ctx);
    assert.deepEqual(save.effects, [
      {
        type: 'call',
        request: { op: 'create-profile', name: 'Gestionnaire de site', rights: s.draft.rights, userIds: ['karim', 'julien'] },
      },
    ]);
    const done = profileEditorFlow.transition(
      save.state,
      { type: 'saved', profile: { id: 'p-9', name: 'Gestionnaire de site', rights: s.draft.rights, userIds: ['karim', 'julien'] } },
      ctx,
    );
    assert.equal(done.state.phase, 'closed');
    assert.deepEqual(done.effects[0], {
      type: 'emit',
      name: 'profile-created',
      detail: { profileId: 'p-9', name: 'Gestionnaire de site', rights: [...s.draft.rights], userIds: ['karim', 'julien'] },
    });
    assert.ok(done.effects.some((e) => e.type === 'announce' && e.tone === 'success'));
    assert.deepEqual(done.effects.at(-1), { type: 'focus', target: 'profile:p-9' });
  });

  it('review refuses an empty draft: the issues, focus on the name', () => {
    const r = replay(profileEditorFlow, [{ type: 'create-opened', data }, { type: 'review' }], ctx);
    const s = editing(r.state);
    assert.equal(s.phase, 'editing');
    assert.deepEqual(s.issues, [
      { field: 'name', issue: 'required' },
      { field: 'rights', issue: 'empty' },
    ]);
    assert.deepEqual(r.effects.at(-1), { type: 'focus', target: 'profile-name' });
    // Fixing the name drops its issue at once; the rights' stays until fixed.
    const typed = editing(profileEditorFlow.transition(s, { type: 'name-changed', name: 'Ronde' }, ctx).state);
    assert.deepEqual(typed.issues, [{ field: 'rights', issue: 'empty' }]);
  });

  it('a 422 name taken from the server goes back to the form with the issue, the draft kept', () => {
    const r = replay(
      profileEditorFlow,
      [
        { type: 'create-opened', data },
        { type: 'name-changed', name: 'Ronde' },
        { type: 'module-toggled', module: 'batiment' },
        { type: 'review' },
        { type: 'save' },
      ],
      ctx,
    );
    const failed = profileEditorFlow.transition(
      r.state,
      {
        type: 'save-failed',
        failure: { kind: 'http', status: 422, problem: { type: SR_PROBLEM_TYPES.validation, errors: [{ field: 'name', issue: 'taken' }] } },
      },
      ctx,
    );
    const s = editing(failed.state);
    assert.equal(s.phase, 'editing');
    assert.deepEqual(s.issues, [{ field: 'name', issue: 'taken' }]);
    assert.equal(s.draft.name, 'Ronde');
    assert.deepEqual(failed.effects, [{ type: 'focus', target: 'profile-name' }]);
  });

  it('a failure on the way stays on the summary with the failure; save again retries', () => {
    const r = replay(
      profileEditorFlow,
      [
        { type: 'create-opened', data },
        { type: 'name-changed', name: 'Ronde' },
        { type: 'module-toggled', module: 'batiment' },
        { type: 'review' },
        { type: 'save' },
        { type: 'save-failed', failure: { kind: 'network', message: 'offline' } },
      ],
      ctx,
    );
    const s = editing(r.state);
    assert.equal(s.phase, 'reviewing');
    assert.equal(s.failure?.kind, 'network');
    assert.equal(profileEditorFlow.transition(s, { type: 'save' }, ctx).effects[0]?.type, 'call');
  });

  it('attach: users already on the profile cannot be toggled; nobody chosen is refused; saved → profile-users-attached', () => {
    const r = replay(
      profileEditorFlow,
      [
        { type: 'view-opened', profileId: 'p-gardien', data },
        { type: 'attach-opened', profileId: 'p-gardien' },
        { type: 'user-toggled', userId: 'karim' },
        { type: 'review' },
      ],
      ctx,
    );
    const s = editing(r.state);
    assert.equal(s.mode, 'attach');
    assert.deepEqual(s.issues, [{ field: 'users', issue: 'empty' }]);
    const r2 = replay(profileEditorFlow, [{ type: 'user-toggled', userId: 'sophie' }, { type: 'review' }, { type: 'save' }], ctx, s);
    assert.deepEqual(r2.effects.at(-1), { type: 'call', request: { op: 'attach-users', profileId: 'p-gardien', userIds: ['sophie'] } });
    const done = profileEditorFlow.transition(
      r2.state,
      { type: 'saved', profile: { ...data.profiles[0]!, userIds: ['karim', 'sophie'] } },
      ctx,
    );
    assert.deepEqual(done.effects[0], {
      type: 'emit',
      name: 'profile-users-attached',
      detail: { profileId: 'p-gardien', userIds: ['sophie'] },
    });
  });

  it('edit: the profile’s name and rights in the form, saved with the version read; a 412 keeps the draft with the profile as it is now', () => {
    const d: EditorData = {
      ...data,
      profiles: [
        { ...data.profiles[0]!, version: 3 },
        { id: 'p-dir', name: 'Direction', rights: ['factures:consulter'], userIds: [], version: 1 },
      ],
    };
    const r = replay(
      profileEditorFlow,
      [
        { type: 'view-opened', profileId: 'p-gardien', data: d },
        { type: 'edit-opened', profileId: 'p-gardien' },
        { type: 'user-toggled', userId: 'sophie' },
        { type: 'right-toggled', right: 'synthese:generer' },
        { type: 'review' },
        { type: 'save' },
      ],
      ctx,
    );
    const s = editing(r.state);
    assert.equal(s.mode, 'edit');
    assert.deepEqual(s.draft.userIds, [], 'no user is toggled while editing');
    assert.deepEqual(r.effects.at(-1), {
      type: 'call',
      request: {
        op: 'update-profile',
        profileId: 'p-gardien',
        name: 'Gardien',
        rights: ['interventions:consulter', 'synthese:generer'],
        version: 3,
      },
    });
    const now: EditorData = { ...d, profiles: [{ ...d.profiles[0]!, version: 4 }, d.profiles[1]!] };
    const stale = profileEditorFlow.transition(
      s,
      { type: 'save-stale', failure: { kind: 'conflict', status: 412, problem: {} }, data: now },
      ctx,
    );
    const k = editing(stale.state);
    assert.equal(k.phase, 'reviewing');
    assert.deepEqual(k.draft.rights, ['interventions:consulter', 'synthese:generer']);
    const again = profileEditorFlow.transition(k, { type: 'save' }, ctx);
    assert.equal((again.effects[0] as { request: { version: number } }).request.version, 4);
    const done = profileEditorFlow.transition(
      again.state,
      { type: 'saved', profile: { ...now.profiles[0]!, rights: ['interventions:consulter', 'synthese:generer'], version: 5 } },
      ctx,
    );
    assert.deepEqual(done.effects[0], {
      type: 'emit',
      name: 'profile-updated',
      detail: { profileId: 'p-gardien', name: 'Gardien', rights: ['interventions:consulter', 'synthese:generer'] },
    });
    // Renaming it to another profile's name is refused; keeping its own name is not.
    const renamed = replay(
      profileEditorFlow,
      [{ type: 'edit-opened', profileId: 'p-gardien', data: d }, { type: 'name-changed', name: 'direction' }, { type: 'review' }],
      ctx,
    );
    assert.deepEqual(editing(renamed.state).issues, [{ field: 'name', issue: 'taken' }]);
  });

  const events = fc.oneof(
    fc.constant<ProfileEditorEvent>({ type: 'create-opened', data }),
    fc.constant<ProfileEditorEvent>({ type: 'view-opened', profileId: 'p-gardien', data }),
    fc.constant<ProfileEditorEvent>({ type: 'attach-opened', profileId: 'p-gardien' }),
    fc.constant<ProfileEditorEvent>({ type: 'edit-opened', profileId: 'p-gardien', data }),
    fc.constant<ProfileEditorEvent>({ type: 'close' }),
    fc.constantFrom('', ' ', 'Ronde', 'gardien', 'x'.repeat(61)).map((name): ProfileEditorEvent => ({ type: 'name-changed', name })),
    fc.constantFrom(null, 'sophie', 'karim').map((userId): ProfileEditorEvent => ({ type: 'source-chosen', userId })),
    fc.constantFrom(...ALL_RIGHTS).map((right): ProfileEditorEvent => ({ type: 'right-toggled', right })),
    fc.constantFrom(...MODULES).map((module): ProfileEditorEvent => ({ type: 'module-toggled', module })),
    fc.constantFrom('karim', 'sophie', 'julien').map((userId): ProfileEditorEvent => ({ type: 'user-toggled', userId })),
    fc.constantFrom<ProfileEditorEvent>(
      { type: 'review' },
      { type: 'back' },
      { type: 'save' },
      { type: 'save-failed', failure: { kind: 'network', message: 'x' } },
    ),
  );

  it('property: a save never sends an empty name, zero rights, a taken name, or an attachment of nobody', () => {
    fc.assert(
      fc.property(fc.array(events, { maxLength: 40 }), (list) => {
        for (const e of replay(profileEditorFlow, list, ctx).effects) {
          if (e.type !== 'call') continue;
          if (e.request.op === 'create-profile') {
            assert.ok(e.request.name.trim().length > 0 && e.request.name.length <= 60);
            assert.notEqual(e.request.name.toLowerCase(), 'gardien');
            assert.ok(e.request.rights.length > 0);
          } else if (e.request.op === 'update-profile') {
            assert.ok(e.request.name.trim().length > 0 && e.request.rights.length > 0);
          } else assert.ok(e.request.userIds.length > 0);
        }
      }),
    );
  });

  it('property: a draft from a user equals that user’s rights until a right or a module is toggled', () => {
    const edits = fc.array(
      fc.oneof(
        fc.constantFrom('', 'Ronde').map((name): ProfileEditorEvent => ({ type: 'name-changed', name })),
        fc.constantFrom('karim', 'julien').map((userId): ProfileEditorEvent => ({ type: 'user-toggled', userId })),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(fc.constantFrom('sophie', 'karim', 'julien'), edits, (id, more) => {
        const s = editing(
          replay(profileEditorFlow, [{ type: 'create-opened', data }, { type: 'source-chosen', userId: id }, ...more], ctx).state,
        );
        assert.ok(sameRights(s.draft.rights, data.users.find((u) => u.id === id)!.rights));
      }),
    );
  });

  it('property: while saving, nothing but the answer moves the flow (no second save, no close)', () => {
    fc.assert(
      fc.property(fc.array(events, { maxLength: 10 }), (list) => {
        const saving = replay(
          profileEditorFlow,
          [
            { type: 'create-opened', data },
            { type: 'name-changed', name: 'Ronde' },
            { type: 'right-toggled', right: 'synthese:generer' },
            { type: 'review' },
            { type: 'save' },
          ],
          ctx,
        ).state;
        assert.equal(saving.phase, 'saving');
        for (const e of list.filter((x) => x.type !== 'save-failed')) {
          const step = profileEditorFlow.transition(saving, e, ctx);
          assert.equal(step.state, saving);
          assert.equal(step.effects.length, 0);
        }
      }),
    );
  });
});
