/** SR-SIGN — the rules of the interventions and their signature, in Node (boundaries: the day before, of, after). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays } from '../../shared/calendar.js';
import {
  SIGNER_ROLES,
  allSigned,
  availableSigners,
  canonicalJson,
  groupInterventions,
  groupOf,
  lateness,
  maySign,
  pendingSigners,
  sha256Hex,
  signRefusal,
  signatureIssues,
  signerChoiceIssue,
  toggleSigner,
  type SignerRole,
} from './rules.js';

const TODAY = '2026-03-10';
const open = (dueDate: string) => ({ status: 'to-sign' as const, dueDate });

describe('SR-SIGN lateness (late = not signed and due date passed)', () => {
  it('SR-SIGN due the day before today: late by 1 day', () => {
    assert.deepEqual(lateness(open(addDays(TODAY, -1)), TODAY), { kind: 'late', days: 1 });
    assert.equal(groupOf(open(addDays(TODAY, -1)), TODAY), 'late');
  });
  it('SR-SIGN due today: to sign today, not late', () => {
    assert.deepEqual(lateness(open(TODAY), TODAY), { kind: 'due-today', days: 0 });
    assert.equal(groupOf(open(TODAY), TODAY), 'to-sign');
  });
  it('SR-SIGN due the day after today: upcoming', () => {
    assert.equal(lateness(open(addDays(TODAY, 1)), TODAY).kind, 'upcoming');
    assert.equal(groupOf(open(addDays(TODAY, 1)), TODAY), 'to-sign');
  });
  it('SR-SIGN a closed intervention is never late, whatever its due date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -400, max: 400 }),
        (d) => groupOf({ status: 'closed', dueDate: addDays(TODAY, d) }, TODAY) === 'closed',
      ),
    );
  });
  it('SR-SIGN groups: to sign and late soonest first, closed newest first', () => {
    const list = [
      { id: 'a', ...open(addDays(TODAY, 5)) },
      { id: 'b', ...open(addDays(TODAY, -10)) },
      { id: 'c', ...open(TODAY) },
      { id: 'd', ...open(addDays(TODAY, -1)) },
      { id: 'e', status: 'closed' as const, dueDate: addDays(TODAY, -60) },
      { id: 'f', status: 'closed' as const, dueDate: addDays(TODAY, -20) },
    ];
    const g = groupInterventions(list, TODAY);
    assert.deepEqual(
      g['to-sign'].map((i) => i.id),
      ['c', 'a'],
    );
    assert.deepEqual(
      g.late.map((i) => i.id),
      ['b', 'd'],
    );
    assert.deepEqual(
      g.closed.map((i) => i.id),
      ['f', 'e'],
    );
  });
});

describe('SR-SIGN who signs: « L’exploitant ou le prestataire et/ou l’interlocuteur »', () => {
  it('the operator or the provider (exclusive), and/or the contact; at least one', () => {
    assert.equal(signerChoiceIssue([]), 'none');
    assert.equal(signerChoiceIssue(['operator', 'provider']), 'exclusive');
    assert.equal(signerChoiceIssue(['operator', 'contact']), undefined);
    assert.equal(signerChoiceIssue(['provider', 'contact']), undefined);
    assert.equal(signerChoiceIssue(['contact']), undefined);
    assert.equal(signerChoiceIssue(['contact'], ['operator', 'provider']), 'unavailable');
    assert.equal(signerChoiceIssue(['operator', 'operator']), 'duplicate');
  });
  it('ticking the operator drops the provider and back; the contact stays', () => {
    assert.deepEqual(toggleSigner(['provider', 'contact'], 'operator'), ['operator', 'contact']);
    assert.deepEqual(toggleSigner(['operator'], 'provider'), ['provider']);
    assert.deepEqual(toggleSigner(['operator'], 'operator'), []);
  });
  it('property: toggling never yields both the operator and the provider', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<SignerRole>(...SIGNER_ROLES), { maxLength: 20 }), (taps) => {
        let c: SignerRole[] = [];
        for (const r of taps) {
          c = toggleSigner(c, r);
          assert.notEqual(signerChoiceIssue(c), 'exclusive');
          assert.notEqual(signerChoiceIssue(c), 'duplicate');
        }
      }),
    );
  });
  it('the contact can be chosen only when the intervention names one', () => {
    assert.deepEqual(availableSigners({ contact: null }), ['operator', 'provider']);
    assert.deepEqual(availableSigners({ contact: { name: 'X' } }), ['operator', 'provider', 'contact']);
  });
  it('who may sign: the right interventions:signer', () => {
    assert.equal(maySign(['interventions:signer']), true);
    assert.equal(maySign(['interventions:consulter']), false);
  });
});

describe('SR-SIGN when an intervention closes', () => {
  const sig = (role: SignerRole) => ({ role });
  it('closes only once every chosen signer signed', () => {
    assert.equal(allSigned(['operator', 'contact'], [sig('operator')]), false);
    assert.equal(allSigned(['operator', 'contact'], [sig('contact'), sig('operator')]), true);
    assert.equal(allSigned(null, []), false);
    assert.deepEqual(pendingSigners(['operator', 'contact'], [sig('operator')]), ['contact']);
  });
  it('refuses a second signature of a role, a closed intervention, a changed choice', () => {
    const i = {
      status: 'to-sign' as const,
      dueDate: TODAY,
      contact: { name: 'X' },
      signers: ['operator', 'contact'] as SignerRole[],
      signatures: [sig('operator')],
    };
    assert.equal(signRefusal(i, 'operator', ['operator', 'contact']), 'already-signed');
    assert.equal(signRefusal(i, 'contact', ['contact']), 'choice-changed');
    assert.equal(signRefusal(i, 'provider', ['provider', 'contact']), 'choice-changed');
    assert.equal(signRefusal(i, 'contact', ['operator', 'contact']), undefined);
    assert.equal(signRefusal({ ...i, status: 'closed' }, 'contact', ['operator', 'contact']), 'closed');
    assert.equal(signRefusal({ ...i, signers: null, signatures: [] }, 'provider', ['operator']), 'not-chosen');
    assert.equal(signRefusal({ ...i, signers: null, signatures: [] }, 'provider', ['operator', 'provider']), 'invalid-choice');
  });
});

describe('SR-SIGN a signature before it is sent', () => {
  it('typed: a name and the consent; drawn: a stroke too', () => {
    assert.deepEqual(signatureIssues({ role: 'operator', method: 'typed', name: 'Claire Martin', consent: true }), {});
    assert.deepEqual(signatureIssues({ role: 'operator', method: 'typed', name: '  ', consent: false }), {
      name: 'required',
      consent: 'consent-required',
    });
    assert.deepEqual(signatureIssues({ role: 'operator', method: 'drawn', name: 'A', consent: true, strokes: [[]] }), {
      drawing: 'drawing-empty',
    });
    assert.deepEqual(signatureIssues({ role: 'operator', method: 'drawn', name: 'A', consent: true, strokes: [[[1, 2]]] }), {});
    assert.equal(signatureIssues({ role: 'operator', method: 'typed', name: 'x'.repeat(101), consent: true }).name, 'too-long');
  });
});

describe('SR-SIGN the proof: canonical JSON and SHA-256', () => {
  it('the same value in any key order gives the same text', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } }), '{"a":{"c":null,"d":[1,"x"]},"b":1}');
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (o) => {
        const shuffled = Object.fromEntries(Object.entries(o).reverse());
        assert.equal(canonicalJson(shuffled), canonicalJson(o));
        assert.deepEqual(JSON.parse(canonicalJson(o)), JSON.parse(JSON.stringify(o)));
      }),
    );
  });
  it('sha256Hex is WebCrypto SHA-256', async () => {
    assert.equal(await sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
