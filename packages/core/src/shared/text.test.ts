import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMAIL_PATTERN, EMAIL_PATTERN_SOURCE, isEmail } from './text.js';
import { Email } from '../vault/schemas.js';
import { PassportEmail } from '../passport/schemas.js';

// Issue 11 #4: one e-mail shape; the form's check derives from EMAIL_PATTERN_SOURCE (components test beside the forms).
test('e-mail shape: a@b..fr, a@.fr and a@b. are refused by the rule and both services’ schemas', () => {
  for (const bad of ['a@b..fr', 'a@.fr', 'a@b.', 'a@bfr', 'a b@c.fr', 'a@@b.fr', '@b.fr']) {
    assert.equal(isEmail(bad), false, bad);
    assert.equal(Email.safeParse(bad).success, false, bad);
    assert.equal(PassportEmail.safeParse(bad).success, false, bad);
  }
});

test('e-mail shape: ordinary addresses pass', () => {
  for (const good of ['a@b.fr', 'jean.dupont@exemple.co.uk', 'x+tag@sub.domaine.fr']) {
    assert.equal(isEmail(good), true, good);
    assert.equal(Email.safeParse(good).success, true, good);
  }
});

test('the pattern string is the regular expression’s source (one source)', () => {
  assert.equal(EMAIL_PATTERN.source, EMAIL_PATTERN_SOURCE);
  assert.equal(new RegExp(EMAIL_PATTERN_SOURCE).test('a@b..fr'), false);
});
