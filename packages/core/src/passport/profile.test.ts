/** PP-ENROLL — the awareness profile from the three yes/no questions (profile.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { PROFILE_IDS, PROFILE_QUESTIONS, PROFILE_TABLE, answersFor, isProfileId, profileFor } from './profile.js';
import { passportFr } from './messages.fr.js';

const answers = fc.record({ intervenesTechnically: fc.boolean(), leadsAwarenessSessions: fc.boolean(), checksPassports: fc.boolean() });

describe('PP-ENROLL profiles', () => {
  test('PP-ENROLL the seed’s two base profiles: technical when intervening on installations, administrative otherwise', () => {
    assert.equal(profileFor({ intervenesTechnically: false, leadsAwarenessSessions: false, checksPassports: false }), 'administrative');
    assert.equal(profileFor({ intervenesTechnically: true, leadsAwarenessSessions: false, checksPassports: false }), 'technical');
    assert.equal(passportFr['passport.profile.administrative'], 'Salarié administratif');
    assert.equal(passportFr['passport.profile.technical'], 'Salarié technique');
  });

  test('PP-ENROLL three questions, eight profiles, every combination listed once', () => {
    assert.equal(PROFILE_QUESTIONS.length, 3);
    assert.equal(PROFILE_IDS.length, 8);
    assert.deepEqual(new Set(Object.values(PROFILE_TABLE)), new Set(PROFILE_IDS));
    for (const id of PROFILE_IDS) assert.ok(passportFr[`passport.profile.${id}`], id);
  });

  test('PP-ENROLL isProfileId', () => {
    assert.equal(isProfileId('technical-trainer-checker'), true);
    assert.equal(isProfileId('technician'), false);
    assert.equal(isProfileId(undefined), false);
  });

  test('property: answersFor is the inverse of profileFor (both ways)', () => {
    fc.assert(fc.property(answers, (a) => assert.deepEqual(answersFor(profileFor(a)), { ...a })));
    for (const id of PROFILE_IDS) assert.equal(profileFor(answersFor(id)), id);
  });
});
