/**
 * SR-SIGN — signing an intervention on the web (seed 001: « Vous avez la possibilité de choisir QUI
 * va signer l'intervention … Cliquez sur le bouton “SIGNER L'INTERVENTION” afin de la clôturer …
 * un encadré … pour vous permettre de signer directement sur la version web »), as a pure flow:
 *
 * 1. `choose`: the intervention's summary and the signers to choose ({@link toggleSigner}: the
 *    operator or the provider, and/or the contact). Once someone signed, the choice is fixed.
 * 2. `sign`: « Signer l'intervention » opens the signature box of the next signer still to sign,
 *    one signer after the other; each signs once, by drawing or by typing their name (two modes of
 *    equal rank), with the consent ticked. Nothing is sent while {@link signatureIssues} finds a
 *    problem (no consent, an empty drawing, no name). One signature is on its way at a time, with an
 *    `Idempotency-Key` kept until the server judged it (a retry re-uses it: never signed twice).
 * 3. `closed`: reached only when every chosen signer's signature is in the server's answer
 *    ({@link allSigned}); the flow emits `intervention-closed` then, and `intervention-signed` for each.
 *
 * A 409 (someone else signed, the intervention closed meanwhile) reloads the intervention and says so.
 */
import type { ApiFailure } from '../../api/errors.js';
import type { Flow, Step } from '../../shared/flow.js';
import {
  allSigned,
  availableSigners,
  pendingSigners,
  signatureIssues,
  signerChoiceIssue,
  toggleSigner,
  type SignatureField,
  type SignatureIssue,
  type SignatureMethod,
  type SignerChoiceIssue,
  type SignerRole,
  type Strokes,
} from './rules.js';
import type { Intervention, SignatureRequest } from './schemas.js';

export type SigningNotice = 'conflict' | 'forbidden' | 'invalid' | 'unavailable';

export interface SigningState {
  readonly id: string;
  readonly load: 'loading' | 'failed' | 'ready';
  readonly loadFailure?: ApiFailure;
  readonly intervention?: Intervention;
  readonly step: 'choose' | 'sign' | 'closed';
  readonly choice: readonly SignerRole[];
  readonly choiceIssue?: SignerChoiceIssue;
  readonly mode: SignatureMethod;
  readonly errors: Partial<Record<SignatureField, SignatureIssue>>;
  readonly submitting: boolean;
  /** The key of the signature on its way (or failed on the way), re-used by its retry. */
  readonly pendingKey?: string;
  readonly notice?: SigningNotice;
  readonly failure?: ApiFailure;
}

export type SigningEvent =
  | { readonly type: 'loaded'; readonly intervention: Intervention }
  | { readonly type: 'load-failed'; readonly failure: ApiFailure }
  | { readonly type: 'retry-load' }
  | { readonly type: 'signer-toggled'; readonly role: SignerRole }
  /** « Signer l'intervention »: opens the box of the next signer (its mode: `typed` when reached by keyboard). */
  | { readonly type: 'signing-started'; readonly mode?: SignatureMethod }
  | { readonly type: 'back-to-choice' }
  | { readonly type: 'mode-changed'; readonly mode: SignatureMethod }
  /** The signer submits: `key` is a fresh Idempotency-Key (used only if none is pending). */
  | { readonly type: 'submitted'; readonly name: string; readonly consent: boolean; readonly strokes?: Strokes; readonly key: string }
  | { readonly type: 'signed'; readonly intervention: Intervention }
  | { readonly type: 'sign-refused'; readonly reason: 'conflict' | 'forbidden' | 'invalid' }
  | { readonly type: 'sign-failed'; readonly failure: ApiFailure };

export type SigningRequest =
  | { readonly op: 'load'; readonly id: string }
  | { readonly op: 'sign'; readonly id: string; readonly body: SignatureRequest; readonly key: string };

/** The focus targets (`data-focus`) the flow moves to. */
export const signingFocus = {
  choice: 'choice',
  box: 'sign-box',
  firstError: (f: SignatureField) => `field-${f}`,
  notice: 'notice',
  closed: 'closed',
} as const;

type S = Step<SigningState, SigningRequest, SigningEvent>;

/** The signer whose box is open: the first chosen one still to sign. */
export function currentSigner(s: SigningState): SignerRole | undefined {
  return s.intervention ? pendingSigners(s.choice, s.intervention.signatures)[0] : undefined;
}

const ready = (s: SigningState, i: Intervention): SigningState => {
  const choice = i.signers ?? s.choice.filter((r) => availableSigners(i).includes(r));
  const closed = i.status === 'closed' || allSigned(i.signers, i.signatures);
  return {
    ...s,
    load: 'ready',
    loadFailure: undefined,
    intervention: i,
    choice,
    step: closed ? 'closed' : s.step === 'sign' && pendingSigners(choice, i.signatures).length > 0 ? 'sign' : 'choose',
  };
};

export function signatureFlow(id: string): Flow<SigningState, SigningEvent, SigningRequest> {
  const load = { type: 'call', request: { op: 'load', id }, key: 'load' } as const;
  return {
    init: (): S => ({
      state: { id, load: 'loading', step: 'choose', choice: [], mode: 'drawn', errors: {}, submitting: false },
      effects: [load],
    }),
    transition(s, e): S {
      const stay: S = { state: s, effects: [] };
      const i = s.intervention;
      switch (e.type) {
        case 'loaded':
          if (e.intervention.id !== id) return stay;
          return { state: ready(s, e.intervention), effects: [] };
        case 'load-failed':
          return s.load === 'loading' ? { state: { ...s, load: 'failed', loadFailure: e.failure }, effects: [] } : stay;
        case 'retry-load':
          return s.load === 'failed' ? { state: { ...s, load: 'loading' }, effects: [load] } : stay;
        case 'signer-toggled': {
          // The choice is fixed once someone signed, and while a signature is on its way.
          if (!i || s.step !== 'choose' || s.submitting || i.signers !== null) return stay;
          if (!availableSigners(i).includes(e.role)) return stay;
          return { state: { ...s, choice: toggleSigner(s.choice, e.role), choiceIssue: undefined }, effects: [] };
        }
        case 'signing-started': {
          if (!i || s.step !== 'choose' || s.submitting) return stay;
          const issue = signerChoiceIssue(s.choice, availableSigners(i));
          if (issue) return { state: { ...s, choiceIssue: issue }, effects: [{ type: 'focus', target: signingFocus.choice }] };
          return {
            state: { ...s, step: 'sign', mode: e.mode ?? s.mode, errors: {}, notice: undefined, failure: undefined },
            effects: [{ type: 'focus', target: signingFocus.box }],
          };
        }
        case 'back-to-choice':
          if (s.step !== 'sign' || s.submitting || !i || i.signatures.length > 0) return stay;
          return {
            state: { ...s, step: 'choose', errors: {}, notice: undefined },
            effects: [{ type: 'focus', target: signingFocus.choice }],
          };
        case 'mode-changed':
          if (s.step !== 'sign' || s.submitting) return stay;
          return { state: { ...s, mode: e.mode, errors: {} }, effects: [] };
        case 'submitted': {
          const role = currentSigner(s);
          if (!i || s.step !== 'sign' || s.submitting || !role) return stay;
          const draft = { role, method: s.mode, name: e.name, consent: e.consent, strokes: e.strokes };
          const errors = signatureIssues(draft);
          const first = (['name', 'drawing', 'consent'] as const).find((f) => errors[f]);
          if (first) return { state: { ...s, errors }, effects: [{ type: 'focus', target: signingFocus.firstError(first) }] };
          const key = s.pendingKey ?? e.key;
          const body: SignatureRequest = {
            role,
            signers: [...s.choice],
            method: s.mode,
            name: e.name.trim(),
            consent: true,
            ...(s.mode === 'drawn'
              ? { strokes: e.strokes!.filter((x) => x.length > 0).map((x) => x.map(([a, b]) => [a, b] as [number, number])) }
              : {}),
          };
          return {
            state: { ...s, errors: {}, submitting: true, pendingKey: key, notice: undefined, failure: undefined },
            effects: [{ type: 'call', request: { op: 'sign', id, body, key } }],
          };
        }
        case 'signed': {
          if (!s.submitting || e.intervention.id !== id) return stay;
          const role = currentSigner(s);
          const next = ready({ ...s, submitting: false, pendingKey: undefined, errors: {} }, e.intervention);
          const signedNow = role !== undefined && e.intervention.signatures.some((x) => x.role === role);
          const effects: S['effects'][number][] = [];
          if (signedNow) effects.push({ type: 'emit', name: 'intervention-signed', detail: { interventionId: id, role, method: s.mode } });
          if (next.step === 'closed') {
            effects.push(
              { type: 'emit', name: 'intervention-closed', detail: { interventionId: id } },
              { type: 'announce', message: { key: 'sr.interventions.sign.closed' }, tone: 'success' },
              { type: 'focus', target: signingFocus.closed },
            );
          } else if (signedNow) {
            const nextRole = currentSigner(next);
            effects.push(
              {
                type: 'announce',
                message: { key: nextRole ? (`sr.interventions.sign.next.${nextRole}` as const) : 'sr.interventions.sign.recorded' },
                tone: 'success',
              },
              { type: 'focus', target: signingFocus.box },
            );
          }
          return { state: { ...next, step: next.step === 'closed' ? 'closed' : 'sign' }, effects };
        }
        case 'sign-refused': {
          if (!s.submitting) return stay;
          // The server judged it: the key is spent. A conflict reloads what is now true.
          const state: SigningState = { ...s, submitting: false, pendingKey: undefined, notice: e.reason };
          return {
            state: e.reason === 'conflict' ? { ...state, load: 'loading' } : state,
            effects: [...(e.reason === 'conflict' ? [load] : []), { type: 'focus', target: signingFocus.notice }],
          };
        }
        case 'sign-failed':
          // Failed on the way: everything typed or drawn is kept, the key too (the retry is the same request).
          if (!s.submitting) return stay;
          return {
            state: { ...s, submitting: false, notice: 'unavailable', failure: e.failure },
            effects: [{ type: 'focus', target: signingFocus.notice }],
          };
      }
    },
  };
}
