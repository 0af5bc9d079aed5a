import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { PERMISSION_LEVELS, type Contact, type PermissionLevel } from '../schemas.js';
import { canGrant, grantableLevels, levelChangeRefusal, permissionRank, hasCapability } from './permissions.js';
import { PERMISSION_LEVEL_LIST } from './permission-levels.js';
import {
  INVITATION_VALID_DAYS,
  INVITATION_VALID_MS,
  invitationActionOf,
  invitationExpiresAt,
  invitationStateAt,
  sentInvitation,
} from './invitations.js';
import {
  MAX_CONTACT_EMAILS,
  canEditPersonalData,
  checkInvitation,
  checkPersonalData,
  isContactPhone,
  normalizeContactPhone,
  personalDataFormOf,
  samePersonalData,
  toContactUpdate,
} from './personal-data.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-10T12:00:00+01:00');
const level = fc.constantFrom(...PERMISSION_LEVELS);

const contact = (over: Partial<Contact> = {}): Contact => ({
  id: 'ct-1',
  siteId: 'site-01',
  firstName: 'Hélène',
  lastName: 'Dupont',
  phone: '06 12 34 56 78',
  emails: ['helene.dupont@exemple.fr'],
  permission: 'viewer',
  invitation: { state: 'not-invited', sentAt: null, expiresAt: null },
  ...over,
});

describe('RS-CONTACTS permission levels', () => {
  test('RS-CONTACTS the named list: four levels, most powerful first, each with capabilities and what it grants', () => {
    assert.deepEqual(
      PERMISSION_LEVEL_LIST.map((l) => l.id),
      ['administrator', 'manager', 'operator', 'viewer'],
    );
    assert.deepEqual(
      PERMISSION_LEVEL_LIST.map((l) => l.grants),
      [['administrator', 'manager', 'operator', 'viewer'], ['manager', 'operator', 'viewer'], [], []],
    );
    assert.ok(hasCapability('operator', 'cancel-alarms') && !hasCapability('operator', 'edit-call-lists'));
    assert.deepEqual(PERMISSION_LEVEL_LIST.find((l) => l.id === 'viewer')!.capabilities, ['view']);
  });

  test('RS-CONTACTS-GRANT a level one step above one’s own is refused, one’s own and below are accepted (manager)', () => {
    assert.equal(canGrant('manager', 'administrator'), false);
    assert.equal(canGrant('manager', 'manager'), true);
    assert.equal(canGrant('manager', 'operator'), true);
  });

  test('RS-CONTACTS-GRANT property: a granted level is never above the granter’s, and capabilities only grow with rank', () => {
    fc.assert(
      fc.property(level, level, (a, b) => {
        if (canGrant(a, b)) assert.ok(permissionRank(b) >= permissionRank(a));
        // A more powerful level can do everything a less powerful one can.
        if (permissionRank(a) <= permissionRank(b))
          for (const c of PERMISSION_LEVEL_LIST[permissionRank(b)]!.capabilities) assert.ok(hasCapability(a, c));
        // A level that grants anything grants every level below it.
        if (grantableLevels(a).length)
          assert.ok(grantableLevels(a).every((l, i, all) => i === 0 || permissionRank(l) === permissionRank(all[i - 1]!) + 1));
      }),
    );
  });

  test('RS-CONTACTS-CHANGE own level, a contact above the caller, a level above the caller, a caller who may not invite: refused with the reason', () => {
    const manager = { permission: 'manager' as const, contactId: 'me' };
    assert.equal(levelChangeRefusal(manager, { id: 'me', permission: 'manager' }, 'viewer'), 'own-level');
    assert.equal(levelChangeRefusal(manager, { id: 'x', permission: 'administrator' }, 'viewer'), 'contact-above-caller');
    assert.equal(levelChangeRefusal(manager, { id: 'x', permission: 'viewer' }, 'administrator'), 'level-not-grantable');
    assert.equal(levelChangeRefusal(manager, { id: 'x', permission: 'viewer' }, 'manager'), undefined);
    assert.equal(
      levelChangeRefusal({ permission: 'operator', contactId: null }, { id: 'x', permission: 'viewer' }, 'viewer'),
      'not-allowed',
    );
    assert.equal(
      levelChangeRefusal({ permission: 'administrator', contactId: null }, { id: 'x', permission: 'administrator' }, 'viewer'),
      undefined,
    );
  });

  test('RS-CONTACTS-CHANGE property: an allowed change never leaves anyone above the caller', () => {
    fc.assert(
      fc.property(level, level, level, fc.boolean(), (caller, from, to, self) => {
        const refusal = levelChangeRefusal({ permission: caller, contactId: 'me' }, { id: self ? 'me' : 'x', permission: from }, to);
        if (refusal === undefined) {
          assert.equal(self, false);
          assert.ok(permissionRank(to) >= permissionRank(caller) && permissionRank(from) >= permissionRank(caller));
        }
      }),
    );
  });
});

describe('RS-CONTACTS-EXPIRY invitations', () => {
  const invited = (sentAt: number) => ({
    state: 'invited' as const,
    sentAt: new Date(sentAt).toISOString(),
    expiresAt: new Date(invitationExpiresAt(sentAt)).toISOString(),
  });

  test(`RS-CONTACTS-EXPIRY an invitation works ${INVITATION_VALID_DAYS} days: the day before its end it is pending, at its end and the day after it is expired`, () => {
    assert.equal(INVITATION_VALID_DAYS, 7);
    const inv = invited(T0);
    assert.equal(invitationStateAt(inv, T0 + 6 * DAY), 'invited');
    assert.equal(invitationStateAt(inv, T0 + 7 * DAY - 1), 'invited');
    assert.equal(invitationStateAt(inv, T0 + 7 * DAY), 'expired');
    assert.equal(invitationStateAt(inv, T0 + 8 * DAY), 'expired');
  });

  test('RS-CONTACTS-RESEND a resend gives 7 more days from the moment it is sent', () => {
    const again = sentInvitation(T0 + 10 * DAY);
    assert.equal(Date.parse(again.expiresAt!) - Date.parse(again.sentAt!), INVITATION_VALID_MS);
    assert.equal(invitationStateAt(again, T0 + 10 * DAY + 7 * DAY - 1), 'invited');
  });

  test('RS-CONTACTS the action each state offers: grant, resend, resend, none', () => {
    assert.deepEqual(
      ['not-invited', 'invited', 'expired', 'granted'].map((s) => invitationActionOf(s as never)),
      ['grant', 'resend', 'resend', undefined],
    );
  });

  test('RS-CONTACTS-EXPIRY property: the state only moves forward in time (pending, then expired for good); other states never change', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 * DAY }),
        fc.integer({ min: 0, max: 30 * DAY }),
        fc.constantFrom('not-invited', 'granted', 'expired'),
        (a, b, other) => {
          const inv = invited(T0);
          const [t1, t2] = a <= b ? [a, b] : [b, a];
          if (invitationStateAt(inv, T0 + t1) === 'expired') assert.equal(invitationStateAt(inv, T0 + t2), 'expired');
          assert.equal(invitationStateAt(inv, T0 + t1) === 'expired', t1 >= INVITATION_VALID_MS);
          assert.equal(invitationStateAt({ state: other, sentAt: null, expiresAt: null }, T0 + t1), other);
        },
      ),
    );
  });
});

describe('RS-CONTACTS-EDIT personal data', () => {
  test('RS-CONTACTS-EDIT editable before access is granted, read only after', () => {
    assert.deepEqual(
      ['not-invited', 'invited', 'expired', 'granted'].map((s) => canEditPersonalData(s as never)),
      [true, true, true, false],
    );
  });

  test('RS-CONTACTS French phone numbers: landlines, mobiles, +33 and 0033, with spaces, dots or dashes; normalised', () => {
    for (const ok of [
      '0612345678',
      '06 12 34 56 78',
      '06.12.34.56.78',
      '01-23-45-67-89',
      '+33 6 12 34 56 78',
      '+33612345678',
      '0033 1 23 45 67 89',
      '+33 (0)6 12 34 56 78',
      '09 87 65 43 21',
    ]) {
      assert.ok(isContactPhone(ok), ok);
    }
    for (const ko of ['', '00 12 34 56 78', '06 12 34 56 7', '06 12 34 56 789', '+44 7700 900123', '612345678', 'abc', '06 12 34 56 7a'])
      assert.ok(!isContactPhone(ko), ko);
    assert.equal(normalizeContactPhone('+33 (0)6.12.34.56.78'), '06 12 34 56 78');
    assert.equal(normalizeContactPhone('0033123456789'), '01 23 45 67 89');
  });

  test('RS-CONTACTS-EDIT names required, phone French, e-mails valid and distinct; an invited contact keeps one address', () => {
    const form = { firstName: ' ', lastName: 'Dupont', phone: '12', emails: ['a@b', 'x@exemple.fr', 'X@exemple.fr '] };
    assert.deepEqual(checkPersonalData(form, 'not-invited'), [
      { field: 'firstName', issue: 'required' },
      { field: 'phone', issue: 'invalid-phone' },
      { field: 'emails.0', issue: 'invalid-email' },
      { field: 'emails.2', issue: 'duplicate-email' },
    ]);
    const none = { firstName: 'A', lastName: 'B', phone: '', emails: ['', ''] };
    assert.deepEqual(checkPersonalData(none, 'not-invited'), []);
    assert.deepEqual(checkPersonalData(none, 'invited'), [{ field: 'emails.0', issue: 'email-required' }]);
    assert.deepEqual(checkPersonalData(none, 'expired'), [{ field: 'emails.0', issue: 'email-required' }]);
    const tooMany = { ...none, emails: ['a@x.fr', 'b@x.fr', 'c@x.fr', 'd@x.fr'] };
    assert.equal(MAX_CONTACT_EMAILS, 3);
    assert.deepEqual(checkPersonalData({ ...tooMany, emails: tooMany.emails.slice(0, 3) }, 'invited'), []);
    assert.deepEqual(checkPersonalData(tooMany, 'invited'), [{ field: 'emails.3', issue: 'too-long' }]);
    assert.deepEqual(checkPersonalData({ ...none, firstName: 'x'.repeat(80) }, 'not-invited'), []);
    assert.deepEqual(checkPersonalData({ ...none, firstName: 'x'.repeat(81) }, 'not-invited'), [{ field: 'firstName', issue: 'too-long' }]);
  });

  test('RS-CONTACTS-EDIT the form of a contact round-trips: unchanged means nothing to send', () => {
    const c = contact();
    const form = personalDataFormOf(c);
    assert.deepEqual(form.emails, ['helene.dupont@exemple.fr', '']);
    assert.ok(samePersonalData(c, form));
    assert.deepEqual(toContactUpdate({ ...form, phone: '+33612345678', emails: [' a@x.fr ', ''] }), {
      firstName: 'Hélène',
      lastName: 'Dupont',
      phone: '06 12 34 56 78',
      emails: ['a@x.fr'],
    });
  });

  test('RS-CONTACTS-EDIT property: a form that passes the checks gives a body the same checks accept', () => {
    const email = fc.constantFrom('', 'a@x.fr', 'b.c@exemple.fr', 'not-an-email', 'A@X.FR');
    fc.assert(
      fc.property(
        fc.string({ maxLength: 90 }),
        fc.string({ maxLength: 5 }),
        fc.constantFrom('', '0612345678', '+33 1 23 45 67 89', '12'),
        fc.array(email, { maxLength: 4 }),
        fc.constantFrom('not-invited', 'invited', 'expired'),
        (first, last, phone, emails, state) => {
          const form = { firstName: first, lastName: `${last}Z`, phone, emails };
          if (checkPersonalData(form, state).length) return;
          const body = toContactUpdate(form);
          assert.deepEqual(checkPersonalData({ ...body, phone: body.phone ?? '', emails: body.emails }, state), []);
          assert.ok(body.emails.length <= MAX_CONTACT_EMAILS);
        },
      ),
    );
  });

  test('RS-CONTACTS invite: names, a valid address no contact of the site has, a level the caller may grant', () => {
    const contacts = [contact()];
    const form = { firstName: 'Zoé', lastName: 'Girard', email: 'zoe.girard@exemple.fr', permission: 'viewer' as PermissionLevel | '' };
    assert.deepEqual(checkInvitation(form, grantableLevels('manager'), contacts), []);
    assert.deepEqual(checkInvitation({ ...form, permission: 'administrator' }, grantableLevels('manager'), contacts), [
      { field: 'permission', issue: 'required' },
    ]);
    assert.deepEqual(checkInvitation({ ...form, email: 'HELENE.dupont@exemple.fr' }, grantableLevels('manager'), contacts), [
      { field: 'email', issue: 'already-contact' },
    ]);
    assert.deepEqual(checkInvitation({ ...form, email: 'zoé@' }, grantableLevels('manager'), contacts), [
      { field: 'email', issue: 'invalid-email' },
    ]);
    assert.deepEqual(checkInvitation({ ...form, email: '', firstName: '' }, grantableLevels('manager'), contacts), [
      { field: 'firstName', issue: 'required' },
      { field: 'email', issue: 'required' },
    ]);
  });
});
