/** SR-SIGN — the signature flow in Node: choose the signers, sign one after the other, close; and its properties (fast-check). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { FlowEffect } from '../../shared/flow.js';
import { allSigned, SIGNER_ROLES, type SignatureMethod, type SignerRole, type Strokes } from './rules.js';
import type { Intervention } from './schemas.js';
import { currentSigner, signatureFlow, type SigningEvent, type SigningRequest, type SigningState } from './signature-flow.js';

const ctx = { now: Date.parse('2026-03-10T10:00:00Z') };
const HASH = 'a'.repeat(64);
const base: Intervention = {
  id: 'int-102',
  version: 1,
  type: 'maintenance',
  title: 'Maintenance annuelle des extincteurs',
  date: '2026-02-27',
  dueDate: '2026-02-28',
  location: 'Bâtiment A',
  work: 'Vérification de 24 extincteurs',
  provider: { company: 'Extincteurs de l’Ouest', technician: 'Marc Lemoine' },
  operator: { name: 'Claire Martin' },
  contact: { name: 'Karim Benali' },
  status: 'to-sign',
  signers: null,
  signatures: [],
  closedAt: null,
  report: null,
};
const stroke: Strokes = [
  [
    [10, 10],
    [20, 15],
    [30, 12],
  ],
];

/** A fake server applying the rules: records a signature, closes when all signed. */
function answer(i: Intervention, req: Extract<SigningRequest, { op: 'sign' }>): Intervention {
  const signatures = [
    ...i.signatures,
    {
      role: req.body.role,
      method: req.body.method,
      name: req.body.name,
      signedAt: '2026-03-10T10:00:00+01:00',
      signedBy: { userId: 'u', name: 'Claire Martin' },
      hash: HASH,
    },
  ];
  const signers = i.signers ?? req.body.signers;
  const closed = allSigned(signers, signatures);
  return {
    ...i,
    version: i.version + 1,
    signers,
    signatures,
    status: closed ? 'closed' : 'to-sign',
    closedAt: closed ? '2026-03-10T10:00:00+01:00' : null,
  };
}

function start(i = base) {
  const flow = signatureFlow(i.id);
  let step = flow.init(ctx);
  const effects: FlowEffect<SigningRequest, SigningEvent>[] = [...step.effects];
  const send = (e: SigningEvent) => {
    step = flow.transition(step.state, e, ctx);
    effects.push(...step.effects);
    return step;
  };
  send({ type: 'loaded', intervention: i });
  return {
    send,
    effects,
    get state() {
      return step.state;
    },
  };
}
const lastCall = (effects: readonly FlowEffect<SigningRequest, SigningEvent>[]) => [...effects].reverse().find((e) => e.type === 'call')!;

describe('SR-SIGN signatureFlow', () => {
  it('loads the intervention, then asks who signs; nothing to sign without a choice', () => {
    const f = start();
    assert.deepEqual(f.effects[0], { type: 'call', request: { op: 'load', id: 'int-102' }, key: 'load' });
    assert.equal(f.state.step, 'choose');
    f.send({ type: 'signing-started' });
    assert.equal(f.state.choiceIssue, 'none');
    assert.equal(f.state.step, 'choose');
  });

  it('signs by drawing (operator) then by typing (contact), and closes only at the last one', () => {
    const f = start();
    f.send({ type: 'signer-toggled', role: 'provider' });
    f.send({ type: 'signer-toggled', role: 'operator' });
    f.send({ type: 'signer-toggled', role: 'contact' });
    assert.deepEqual(f.state.choice, ['operator', 'contact']);
    f.send({ type: 'signing-started' });
    assert.equal(f.state.step, 'sign');
    assert.equal(currentSigner(f.state), 'operator');
    // An empty drawing is never sent.
    f.send({ type: 'submitted', name: 'Claire Martin', consent: true, strokes: [], key: 'k1' });
    assert.equal(f.state.errors.drawing, 'drawing-empty');
    assert.equal(f.state.submitting, false);
    f.send({ type: 'submitted', name: 'Claire Martin', consent: true, strokes: stroke, key: 'k1' });
    const call1 = lastCall(f.effects);
    assert.ok(call1.type === 'call' && call1.request.op === 'sign');
    assert.deepEqual(call1.request.body, {
      role: 'operator',
      signers: ['operator', 'contact'],
      method: 'drawn',
      name: 'Claire Martin',
      consent: true,
      strokes: [
        [
          [10, 10],
          [20, 15],
          [30, 12],
        ],
      ],
    });
    assert.equal(call1.request.key, 'k1');
    f.send({ type: 'signed', intervention: answer(base, call1.request) });
    assert.equal(f.state.step, 'sign');
    assert.equal(currentSigner(f.state), 'contact');
    assert.ok(!f.effects.some((e) => e.type === 'emit' && e.name === 'intervention-closed'));
    // The typed mode: the consent is required.
    f.send({ type: 'mode-changed', mode: 'typed' });
    f.send({ type: 'submitted', name: 'Karim Benali', consent: false, key: 'k2' });
    assert.equal(f.state.errors.consent, 'consent-required');
    f.send({ type: 'submitted', name: 'Karim Benali', consent: true, key: 'k2' });
    const call2 = lastCall(f.effects);
    assert.ok(call2.type === 'call' && call2.request.op === 'sign');
    assert.equal(call2.request.body.method, 'typed');
    assert.equal(call2.request.body.strokes, undefined);
    f.send({ type: 'signed', intervention: answer(f.state.intervention!, call2.request) });
    assert.equal(f.state.step, 'closed');
    const emits = f.effects.filter((e) => e.type === 'emit').map((e) => e.type === 'emit' && e.name);
    assert.deepEqual(emits, ['intervention-signed', 'intervention-signed', 'intervention-closed']);
  });

  it('a failure on the way keeps the key for the retry; a conflict reloads', () => {
    const f = start();
    f.send({ type: 'signer-toggled', role: 'provider' });
    f.send({ type: 'signing-started', mode: 'typed' });
    f.send({ type: 'submitted', name: 'Marc Lemoine', consent: true, key: 'first' });
    f.send({ type: 'sign-failed', failure: { kind: 'network', message: 'offline' } });
    assert.equal(f.state.notice, 'unavailable');
    f.send({ type: 'submitted', name: 'Marc Lemoine', consent: true, key: 'second' });
    const retry = lastCall(f.effects);
    assert.ok(retry.type === 'call' && retry.request.op === 'sign' && retry.request.key === 'first');
    f.send({ type: 'sign-refused', reason: 'conflict' });
    assert.equal(f.state.notice, 'conflict');
    assert.deepEqual(lastCall(f.effects), { type: 'call', request: { op: 'load', id: 'int-102' }, key: 'load' });
  });

  it('an intervention already closed opens closed; one partly signed keeps its signers', () => {
    const closed = start({
      ...base,
      status: 'closed',
      signers: ['provider'],
      signatures: [
        {
          role: 'provider',
          method: 'typed',
          name: 'M',
          signedAt: '2026-03-01T10:00:00+01:00',
          signedBy: { userId: 'u', name: 'C' },
          hash: HASH,
        },
      ],
      closedAt: '2026-03-01T10:00:00+01:00',
    });
    assert.equal(closed.state.step, 'closed');
    const partial = start({
      ...base,
      signers: ['operator', 'contact'],
      signatures: [
        {
          role: 'operator',
          method: 'typed',
          name: 'C',
          signedAt: '2026-03-01T10:00:00+01:00',
          signedBy: { userId: 'u', name: 'C' },
          hash: HASH,
        },
      ],
    });
    partial.send({ type: 'signer-toggled', role: 'provider' });
    assert.deepEqual(partial.state.choice, ['operator', 'contact']);
    partial.send({ type: 'signing-started' });
    assert.equal(currentSigner(partial.state), 'contact');
  });

  const userEvents = fc.oneof(
    fc.constantFrom<SignerRole>(...SIGNER_ROLES).map((role): SigningEvent => ({ type: 'signer-toggled', role })),
    fc
      .constantFrom<SignatureMethod | undefined>('drawn', 'typed', undefined)
      .map((mode): SigningEvent => (mode ? { type: 'signing-started', mode } : { type: 'signing-started' })),
    fc.constantFrom<SignatureMethod>('drawn', 'typed').map((mode): SigningEvent => ({ type: 'mode-changed', mode })),
    fc.constant<SigningEvent>({ type: 'back-to-choice' }),
    fc
      .record({
        name: fc.constantFrom('', ' ', 'Claire Martin'),
        consent: fc.boolean(),
        strokes: fc.constantFrom<Strokes | undefined>(undefined, [], [[]], stroke),
      })
      .map((d): SigningEvent => ({ type: 'submitted', ...d, ...(d.strokes === undefined ? { strokes: undefined } : {}), key: 'k' })),
    fc.constant<SigningEvent>({ type: 'submitted', name: 'Claire Martin', consent: true, strokes: stroke, key: 'k' }),
    fc.constant<SigningEvent>({ type: 'server' as never }),
    fc.constant<SigningEvent>({ type: 'server' as never }),
    fc.constant<SigningEvent>({ type: 'sign-failed', failure: { kind: 'network', message: 'x' } }),
  );

  let closedRuns = 0;
  it('property: never closed before every chosen signer signed; never sent without consent or with an empty drawing; each signer signs once', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.array(userEvents, { maxLength: 60 }), (withContact, primed, random) => {
        // Half the runs start with a signer chosen and the box open, so that many reach the closing.
        const events: SigningEvent[] = primed
          ? [{ type: 'signer-toggled', role: 'operator' }, { type: 'signing-started' }, ...random]
          : random;
        let server: Intervention = withContact ? base : { ...base, contact: null };
        const f = start(server);
        let inFlight: Extract<SigningRequest, { op: 'sign' }> | undefined;
        const signedRoles: SignerRole[] = [];
        for (const e of events) {
          const before = f.effects.length;
          if ((e.type as string) === 'server') {
            // The server answers the request on its way.
            if (!inFlight) continue;
            server = answer(server, inFlight);
            inFlight = undefined;
            f.send({ type: 'signed', intervention: server });
          } else {
            if (e.type === 'sign-failed') {
              if (!inFlight) continue;
              // Lost on the way: the server never recorded it, the retry may send it again.
              signedRoles.splice(signedRoles.indexOf(inFlight.body.role), 1);
              inFlight = undefined;
            }
            f.send(e);
          }
          for (const x of f.effects.slice(before)) {
            if (x.type !== 'call' || x.request.op !== 'sign') continue;
            const b = x.request.body;
            assert.equal(inFlight, undefined, 'one signature on its way at a time');
            assert.equal(b.consent, true);
            assert.ok(b.name.trim().length > 0);
            if (b.method === 'drawn') assert.ok(b.strokes && b.strokes.some((s) => s.length > 0), 'never an empty drawing');
            else assert.equal(b.strokes, undefined);
            assert.ok(!signedRoles.includes(b.role), `${b.role} signs once`);
            assert.ok(!server.signatures.some((s) => s.role === b.role));
            assert.ok(b.signers.includes(b.role));
            assert.ok(!(b.signers.includes('operator') && b.signers.includes('provider')));
            inFlight = x.request;
            signedRoles.push(b.role);
          }
          const st: SigningState = f.state;
          if (st.step === 'closed') closedRuns++;
          if (st.step === 'closed') assert.ok(allSigned(st.intervention!.signers, st.intervention!.signatures));
          if (f.effects.slice(before).some((x) => x.type === 'emit' && x.name === 'intervention-closed'))
            assert.ok(allSigned(server.signers, server.signatures));
        }
      }),
      { numRuns: 300 },
    );
    assert.ok(closedRuns > 0, 'some runs reach the closing');
  });
});
