/** PP-SPACES — linked spaces: preconditions, switching, dissociation, handover; refusals are typed, never silent. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { run } from '../shared/machine.js';
import {
  HANDOVER_PASSWORD_MODES,
  SPACE_KINDS,
  canLinkSpaces,
  checkDissociation,
  initialSpaces,
  linkedSpaces,
  loginOf,
  reachableSpaces,
  spacesMachine,
  spacesRefusal,
  spacesView,
  transition,
  type CompanyAccount,
  type SpacesEvent,
  type SpacesSetup,
  type SpacesState,
} from './spaces.js';

const CTX = { now: Date.parse('2026-03-10T09:00:00+01:00') };
const COMPANY: CompanyAccount = {
  login: 'claire.martin@granulats-dupont.fr',
  referent: { firstName: 'Claire', lastName: 'MARTIN' },
  password: 'set',
};
const REFERENT: SpacesSetup = { company: COMPANY, isReferent: true, userLogin: 'claire.martin@gmail.com' };
const SUCCESSOR = { referent: { firstName: 'Hélène', lastName: 'LEFÈVRE' }, email: 'helene.lefevre@granulats-dupont.fr' };

const apply = (state: SpacesState, ...events: SpacesEvent[]) => events.reduce((s, e) => transition(s, e, CTX), state);
const linked = (setup: SpacesSetup = REFERENT) => apply(initialSpaces(setup), { type: 'link' });

describe('PP-SPACES linking', () => {
  test('PP-SPACES the referent of an existing company links company and user spaces under the company login', () => {
    const s = linked();
    assert.equal(s.status, 'linked');
    assert.deepEqual(linkedSpaces(s), ['company', 'user']);
    assert.equal(loginOf(s, 'company'), COMPANY.login);
    assert.equal(loginOf(s, 'user'), COMPANY.login);
    assert.equal(s.refusal, null);
  });

  test('PP-SPACES a trainer’s trainer space is linked too', () => {
    assert.deepEqual(linkedSpaces(linked({ ...REFERENT, isTrainer: true })), ['company', 'user', 'trainer']);
  });

  test('PP-SPACES a referent without a user account may link: the account is created by the link', () => {
    const before = initialSpaces({ company: COMPANY, isReferent: true });
    assert.equal(before.person.hasUserAccount, false);
    assert.equal(canLinkSpaces(before), true);
    const after = apply(before, { type: 'link' });
    assert.equal(after.status, 'linked');
    assert.equal(after.person.hasUserAccount, true);
  });

  test('PP-SPACES linking is refused without a company account, or to someone who is not its referent', () => {
    const noCompany = apply(initialSpaces({ company: null, isReferent: true, userLogin: 'a@b.fr' }), { type: 'link' });
    assert.deepEqual(noCompany.refusal, { event: 'link', reason: 'no-company-account' });
    assert.equal(noCompany.status, 'separate');
    const notReferent = apply(initialSpaces({ ...REFERENT, isReferent: false }), { type: 'link' });
    assert.deepEqual(notReferent.refusal, { event: 'link', reason: 'not-referent' });
    assert.equal(notReferent.status, 'separate');
  });

  test('PP-SPACES linking twice is refused (already-linked), never a silent no-op', () => {
    const s = apply(linked(), { type: 'link' });
    assert.deepEqual(s.refusal, { event: 'link', reason: 'already-linked' });
  });

  test('PP-SPACES a trainer role without a user account is ignored (the trainer space belongs to the user account)', () => {
    assert.equal(initialSpaces({ company: COMPANY, isReferent: true, isTrainer: true }).person.isTrainer, false);
  });
});

describe('PP-SPACES switching', () => {
  test('PP-SPACES switch between linked spaces only', () => {
    const s = apply(linked({ ...REFERENT, isTrainer: true }), { type: 'switch', to: 'trainer' });
    assert.equal(s.active, 'trainer');
    assert.equal(apply(s, { type: 'switch', to: 'company' }).active, 'company');
  });

  test('PP-SPACES switch is refused while separate, to a space not linked, or to the current space', () => {
    assert.deepEqual(apply(initialSpaces(REFERENT), { type: 'switch', to: 'user' }).refusal, { event: 'switch', reason: 'not-linked' });
    assert.deepEqual(apply(linked(), { type: 'switch', to: 'trainer' }).refusal, { event: 'switch', reason: 'space-not-linked' });
    assert.deepEqual(apply(linked(), { type: 'switch', to: 'company' }).refusal, { event: 'switch', reason: 'already-active' });
  });
});

describe('PP-SPACES dissociating', () => {
  test('PP-SPACES dissociate: the user account gets its own login; the company keeps its login and password; still the referent', () => {
    const s = apply(linked(), { type: 'dissociate', userLogin: ' claire.perso@gmail.com ' });
    assert.equal(s.status, 'separate');
    assert.equal(loginOf(s, 'user'), 'claire.perso@gmail.com');
    assert.equal(loginOf(s, 'company'), COMPANY.login);
    assert.deepEqual(s.company, COMPANY);
    assert.equal(s.person.isReferent, true);
    assert.deepEqual(reachableSpaces(s), ['company']);
  });

  test('PP-SPACES dissociate is refused while separate, with a malformed e-mail, or onto the company login', () => {
    assert.deepEqual(apply(initialSpaces(REFERENT), { type: 'dissociate', userLogin: 'x@y.fr' }).refusal, {
      event: 'dissociate',
      reason: 'not-linked',
    });
    assert.deepEqual(apply(linked(), { type: 'dissociate', userLogin: 'claire' }).refusal, {
      event: 'dissociate',
      reason: 'invalid-email',
    });
    assert.deepEqual(apply(linked(), { type: 'dissociate', userLogin: 'Claire.Martin@granulats-dupont.fr' }).refusal, {
      event: 'dissociate',
      reason: 'same-email',
    });
  });

  test('PP-SPACES the dissociation form: a new login (not the company’s) and a password twice by the policy', () => {
    assert.deepEqual(
      checkDissociation(
        { userLogin: 'claire.perso@gmail.com', password: 'une phrase de passe', passwordConfirmation: 'une phrase de passe' },
        COMPANY.login,
      ),
      {},
    );
    assert.deepEqual(checkDissociation({ userLogin: COMPANY.login, password: 'court', passwordConfirmation: '' }, COMPANY.login), {
      userLogin: 'same-email',
      password: 'password-too-short',
      passwordConfirmation: 'required',
    });
    assert.deepEqual(
      checkDissociation({ userLogin: '', password: 'une phrase de passe', passwordConfirmation: 'une autre phrase' }, COMPANY.login),
      {
        userLogin: 'required',
        passwordConfirmation: 'password-mismatch',
      },
    );
  });
});

describe('PP-SPACES handover', () => {
  test('PP-SPACES handover while linked is refused: dissociate first (the seed’s two steps)', () => {
    const s = apply(linked(), { type: 'hand-over', ...SUCCESSOR, password: 'temporary' });
    assert.deepEqual(s.refusal, { event: 'hand-over', reason: 'dissociate-first' });
    assert.deepEqual(s.company, COMPANY);
  });

  test('PP-SPACES dissociate then hand over: new referent, new login; the former referent can no longer link', () => {
    const s = apply(
      linked(),
      { type: 'dissociate', userLogin: 'claire.perso@gmail.com' },
      { type: 'hand-over', ...SUCCESSOR, password: 'temporary' },
    );
    assert.equal(s.refusal, null);
    assert.deepEqual(s.company, { login: SUCCESSOR.email, referent: SUCCESSOR.referent, password: 'temporary' });
    assert.equal(s.person.isReferent, false);
    assert.equal(canLinkSpaces(s), false);
    assert.deepEqual(apply(s, { type: 'link' }).refusal, { event: 'link', reason: 'not-referent' });
  });

  test('PP-SPACES the password after a handover: kept, temporary (to change at first login) or to be reset', () => {
    const after = (password: (typeof HANDOVER_PASSWORD_MODES)[number]) =>
      apply(initialSpaces(REFERENT), { type: 'hand-over', ...SUCCESSOR, password }).company!.password;
    assert.equal(after('keep'), 'set');
    assert.equal(after('temporary'), 'temporary');
    assert.equal(after('reset'), 'reset-required');
  });

  test('PP-SPACES handover is refused to a non-referent, without names, with a malformed e-mail or the current login', () => {
    const s = initialSpaces(REFERENT);
    assert.equal(
      spacesRefusal(initialSpaces({ ...REFERENT, isReferent: false }), { type: 'hand-over', ...SUCCESSOR, password: 'keep' }),
      'not-referent',
    );
    assert.equal(
      spacesRefusal(s, { type: 'hand-over', ...SUCCESSOR, referent: { firstName: ' ', lastName: 'X' }, password: 'keep' }),
      'name-required',
    );
    assert.equal(spacesRefusal(s, { type: 'hand-over', ...SUCCESSOR, email: 'helene', password: 'keep' }), 'invalid-email');
    assert.equal(spacesRefusal(s, { type: 'hand-over', ...SUCCESSOR, email: COMPANY.login.toUpperCase(), password: 'keep' }), 'same-email');
    assert.equal(
      spacesRefusal(initialSpaces({ company: null, isReferent: false }), { type: 'hand-over', ...SUCCESSOR, password: 'keep' }),
      'no-company-account',
    );
  });
});

describe('PP-SPACES machine', () => {
  test('PP-SPACES spacesMachine runs events from the setup; spacesView is what the switcher shows', () => {
    const s = run(spacesMachine({ ...REFERENT, isTrainer: true }), [{ type: 'link' }, { type: 'switch', to: 'user' }], CTX);
    assert.deepEqual(spacesView(s), { linked: true, spaces: ['company', 'user', 'trainer'], active: 'user', canLink: false });
    assert.deepEqual(spacesView(initialSpaces(REFERENT)), { linked: false, spaces: ['company'], active: 'company', canLink: true });
  });

  test('PP-SPACES an accepted event clears the previous refusal', () => {
    const refused = apply(linked(), { type: 'switch', to: 'company' });
    assert.notEqual(refused.refusal, null);
    assert.equal(apply(refused, { type: 'switch', to: 'user' }).refusal, null);
  });
});

// ── Properties ───────────────────────────────────────────────────────────────

const emails = fc.constantFrom(
  'claire.perso@gmail.com',
  'helene.lefevre@granulats-dupont.fr',
  COMPANY.login,
  'pas-une-adresse',
  'jean@exemple.fr',
);
const event: fc.Arbitrary<SpacesEvent> = fc.oneof(
  fc.constant({ type: 'link' as const }),
  fc.record({ type: fc.constant('switch' as const), to: fc.constantFrom(...SPACE_KINDS) }),
  fc.record({ type: fc.constant('dissociate' as const), userLogin: emails }),
  fc.record({
    type: fc.constant('hand-over' as const),
    referent: fc.record({ firstName: fc.constantFrom('Hélène', '', 'Jean'), lastName: fc.constantFrom('LEFÈVRE', ' ') }),
    email: emails,
    password: fc.constantFrom(...HANDOVER_PASSWORD_MODES),
  }),
);
const setup: fc.Arbitrary<SpacesSetup> = fc.record({
  company: fc.option(fc.constant(COMPANY), { nil: null }),
  isReferent: fc.boolean(),
  userLogin: fc.option(fc.constant('claire.martin@gmail.com'), { nil: null }),
  isTrainer: fc.boolean(),
});

/** Every state along the way. */
function trace(from: SpacesState, events: readonly SpacesEvent[]): SpacesState[] {
  const states = [from];
  for (const e of events) states.push(transition(states.at(-1)!, e, CTX));
  return states;
}

describe('PP-SPACES properties', () => {
  test('property: no sequence of events links the spaces of a non-referent (or without a company account)', () => {
    fc.assert(
      fc.property(setup, fc.array(event, { maxLength: 25 }), (s, events) => {
        fc.pre(!s.isReferent || s.company === null);
        for (const state of trace(initialSpaces(s), events)) assert.equal(state.status, 'separate');
      }),
    );
  });

  test('property: switching never leaves the linked set; the active space is always reachable', () => {
    fc.assert(
      fc.property(setup, fc.array(event, { maxLength: 25 }), (s, events) => {
        for (const state of trace(initialSpaces(s), events)) {
          assert.ok(reachableSpaces(state).includes(state.active), JSON.stringify(state));
          if (state.status === 'linked') assert.ok(linkedSpaces(state).includes(state.active));
        }
      }),
    );
  });

  test('property: dissociate then link round-trips to the same linked state', () => {
    fc.assert(
      fc.property(setup, fc.array(event, { maxLength: 10 }), emails, (s, events, userLogin) => {
        const state = trace(linked({ ...s, company: COMPANY, isReferent: true }), events).at(-1)!;
        fc.pre(state.status === 'linked' && spacesRefusal(state, { type: 'dissociate', userLogin }) === undefined);
        const clean = { ...state, refusal: null };
        assert.deepEqual(apply(clean, { type: 'dissociate', userLogin }, { type: 'link' }), clean);
      }),
    );
  });

  test('property: a refused event changes nothing but `refusal`, which names it', () => {
    fc.assert(
      fc.property(setup, fc.array(event, { maxLength: 15 }), event, (s, events, e) => {
        const before = trace(initialSpaces(s), events).at(-1)!;
        const after = transition(before, e, CTX);
        const reason = spacesRefusal(before, e);
        if (reason) assert.deepEqual(after, { ...before, refusal: { event: e.type, reason } });
        else assert.equal(after.refusal, null);
      }),
    );
  });

  test('property: after a handover the former referent never links again', () => {
    fc.assert(
      fc.property(setup, fc.array(event, { maxLength: 25 }), (s, events) => {
        let handedOver = false;
        let state: SpacesState = initialSpaces(s);
        for (const e of events) {
          const next = transition(state, e, CTX);
          if (e.type === 'hand-over' && next.refusal === null) handedOver = true;
          if (handedOver) assert.equal(next.status, 'separate');
          state = next;
        }
      }),
    );
  });
});
