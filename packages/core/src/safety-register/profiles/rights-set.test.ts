/** SR-PROFILES — rights as sets, drafts and the attachment summary, in Node (boundaries and properties). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ALL_RIGHTS, MODULES, rightsOfModule, type Right } from '../rights.js';
import {
  PROFILE_NAME_MAX_LENGTH,
  attachUsers,
  attachmentSummary,
  checkProfileDraft,
  diffRights,
  draftFromUser,
  emptyDraft,
  minusRights,
  moduleState,
  rightsSet,
  sameRights,
  setModule,
  toggleModule,
  unionRights,
  type ProfileUser,
} from './rights-set.js';

const rights = fc.subarray([...ALL_RIGHTS]).chain((r) => fc.shuffledSubarray(r, { minLength: r.length }));
const aModule = fc.constantFrom(...MODULES);
const user = (id: string, r: Right[], profileId: string | null = null): ProfileUser => ({
  id,
  firstName: id,
  lastName: 'X',
  profileId,
  rights: r,
});

describe('SR-PROFILES rights sets', () => {
  it('rightsSet: canonical (catalog order, no duplicate, unknown values dropped)', () => {
    assert.deepEqual(rightsSet(['synthese:generer', 'interventions:consulter', 'interventions:consulter', 'nope:x']), [
      'interventions:consulter',
      'synthese:generer',
    ]);
  });
  it('property: union, minus and diff are set operations', () => {
    fc.assert(
      fc.property(rights, rights, (a, b) => {
        const u = unionRights(a, b);
        assert.ok(a.every((r) => u.includes(r)) && b.every((r) => u.includes(r)));
        assert.ok(minusRights(a, b).every((r) => a.includes(r) && !b.includes(r)));
        const d = diffRights(a, b);
        // before + gained − lost = after
        assert.ok(sameRights(minusRights(unionRights(a, d.gained), d.lost), b));
        assert.deepEqual(diffRights(a, a), { gained: [], lost: [] });
      }),
    );
  });
  it('SR-PROFILES module state at its boundaries: none (0), mixed (1 … n−1), all (n)', () => {
    const own = rightsOfModule('interventions');
    assert.equal(moduleState([], 'interventions'), 'none');
    assert.equal(moduleState(own.slice(0, 1), 'interventions'), 'mixed');
    assert.equal(moduleState(own.slice(0, own.length - 1), 'interventions'), 'mixed');
    assert.equal(moduleState([...own], 'interventions'), 'all');
    assert.equal(moduleState(['synthese:generer'], 'synthese'), 'all');
  });
  it('property: « tout cocher » then uncheck returns the same set (from none or all), and never touches another module', () => {
    fc.assert(
      fc.property(rights, aModule, (r, m) => {
        const once = toggleModule(r, m);
        for (const other of MODULES.filter((x) => x !== m)) assert.equal(moduleState(once.rights, other), moduleState(r, other));
        if (moduleState(r, m) !== 'mixed') assert.ok(sameRights(toggleModule(once.rights, m, once.remembered).rights, r));
      }),
    );
  });
  it('property: a mixed module cycles all → none → back to the person’s selection (APG mixed checkbox)', () => {
    fc.assert(
      fc.property(rights, aModule, (r, m) => {
        fc.pre(moduleState(r, m) === 'mixed');
        const a = toggleModule(r, m);
        assert.equal(moduleState(a.rights, m), 'all');
        const b = toggleModule(a.rights, m, a.remembered);
        assert.equal(moduleState(b.rights, m), 'none');
        const c = toggleModule(b.rights, m, b.remembered);
        assert.ok(sameRights(c.rights, r));
      }),
    );
  });
  it('setModule: all or none of a module', () => {
    assert.equal(moduleState(setModule([], 'batiment', true), 'batiment'), 'all');
    assert.deepEqual(setModule(setModule([], 'batiment', true), 'batiment', false), []);
  });
});

describe('SR-PROFILES drafts', () => {
  it('property: a draft from a user has exactly that user’s rights, and keeps its name and users', () => {
    fc.assert(
      fc.property(rights, fc.string(), (r, name) => {
        const d = draftFromUser({ ...emptyDraft(), name, userIds: ['u2'] }, user('u1', r));
        assert.ok(sameRights(d.rights, r));
        assert.equal(d.name, name);
        assert.deepEqual(d.userIds, ['u2']);
        assert.equal(d.fromUserId, 'u1');
      }),
    );
  });
  it(`SR-PROFILES name length at its boundary: ${PROFILE_NAME_MAX_LENGTH - 1} and ${PROFILE_NAME_MAX_LENGTH} characters pass, ${PROFILE_NAME_MAX_LENGTH + 1} do not`, () => {
    const ok = (n: number) => checkProfileDraft({ name: 'é'.repeat(n), rights: ['synthese:generer'] }, []);
    assert.deepEqual(ok(PROFILE_NAME_MAX_LENGTH - 1), []);
    assert.deepEqual(ok(PROFILE_NAME_MAX_LENGTH), []);
    assert.deepEqual(ok(PROFILE_NAME_MAX_LENGTH + 1), [{ field: 'name', issue: 'too-long' }]);
  });
  it('SR-PROFILES rights count at its boundary: 0 refused, 1 accepted', () => {
    assert.deepEqual(checkProfileDraft({ name: 'Gardien', rights: [] }, []), [{ field: 'rights', issue: 'empty' }]);
    assert.deepEqual(checkProfileDraft({ name: 'Gardien', rights: ['interventions:consulter'] }, []), []);
  });
  it('SR-PROFILES a blank name is required; a name taken ignoring case, accents and spaces is refused', () => {
    assert.deepEqual(checkProfileDraft({ name: '   ', rights: ['synthese:generer'] }, []), [{ field: 'name', issue: 'required' }]);
    assert.deepEqual(checkProfileDraft({ name: '  securite   INCENDIE ', rights: ['synthese:generer'] }, ['Sécurité incendie']), [
      { field: 'name', issue: 'taken' },
    ]);
    assert.deepEqual(checkProfileDraft({ name: 'Sécurité incendie 2', rights: ['synthese:generer'] }, ['Sécurité incendie']), []);
  });
});

describe('SR-PROFILES attachment summary', () => {
  const karim = user('karim', ['interventions:consulter', 'interventions:signer', 'batiment:creer']);
  const nadia = user('nadia', ['interventions:consulter'], 'p-1');
  const profile: Right[] = ['interventions:consulter', 'interventions:creer', 'interventions:modifier'];
  it('per user, in the list’s order: rights gained and lost, and the profile they leave', () => {
    const s = attachmentSummary([karim, nadia], ['nadia', 'karim'], profile);
    assert.deepEqual(
      s.map((x) => x.userId),
      ['karim', 'nadia'],
    );
    assert.deepEqual(s[0]!.gained, ['interventions:creer', 'interventions:modifier']);
    assert.deepEqual(s[0]!.lost, ['interventions:signer', 'batiment:creer']);
    assert.equal(s[1]!.fromProfileId, 'p-1');
  });
  it('users already on the profile are left out', () => {
    assert.deepEqual(attachmentSummary([karim, nadia], ['nadia'], profile, 'p-1'), []);
  });
  it('property: after attaching, every chosen user has the profile’s rights and the others are untouched', () => {
    fc.assert(
      fc.property(rights, fc.subarray(['karim', 'nadia']), (r, ids) => {
        const after = attachUsers([karim, nadia], ids, 'p-9', r);
        for (const u of after) {
          if (ids.includes(u.id)) assert.ok(sameRights(u.rights, r) && u.profileId === 'p-9');
          else assert.deepEqual(u, u.id === 'karim' ? karim : nadia);
        }
        for (const line of attachmentSummary([karim, nadia], ids, r)) {
          const before = line.userId === 'karim' ? karim.rights : nadia.rights;
          assert.ok(sameRights(minusRights(unionRights(before, line.gained), line.lost), r));
        }
      }),
    );
  });
});
