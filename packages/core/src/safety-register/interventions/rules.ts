/**
 * SR-SIGN — the rules of the interventions and of their signature (seed 001, « INTERVENTIONS — CHOIX
 * DE L'INTERLOCUTEUR SIGNATAIRE »), as pure functions both ends apply.
 *
 * **Who signs.** The seed says « L'exploitant ou le prestataire et/ou l'interlocuteur ». Vigie reads
 * the plain « ou » as exclusive and « et/ou » as inclusive: one of the operator (l'exploitant) **or**
 * the provider (le prestataire), and/or the contact (l'interlocuteur). So the valid choices are
 * `operator`, `provider`, `contact`, `operator + contact`, `provider + contact`; never the operator
 * and the provider together, never nobody. Choosing the operator drops the provider and back
 * ({@link toggleSigner}). The contact can be chosen only when the intervention names one.
 *
 * **When it closes.** An intervention is closed once every chosen signer has signed (one signature
 * per role, each role once); the chosen set is fixed by the first signature.
 *
 * **Late.** An intervention not closed is late from the day after its due date (`today > dueDate`):
 * the due day itself is « à signer aujourd'hui », not late.
 */
import { daysBetween, type CalendarDate } from '../../shared/calendar.js';
import type { Right } from '../rights.js';

/** The three signers the seed names, in its order. */
export const SIGNER_ROLES = ['operator', 'provider', 'contact'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

/** The two roles of the seed's « ou »: choosing one drops the other. */
export const EXCLUSIVE_SIGNERS: readonly SignerRole[] = ['operator', 'provider'];

export const SIGNATURE_METHODS = ['drawn', 'typed'] as const;
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];

export const INTERVENTION_TYPES = ['controle', 'sav', 'installation', 'maintenance', 'travaux'] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

/** The list's tabs, in the seed's order of work: to sign, late, closed. */
export const INTERVENTION_GROUPS = ['to-sign', 'late', 'closed'] as const;
export type InterventionGroup = (typeof INTERVENTION_GROUPS)[number];

/** The right to sign an intervention (`rights.ts`). */
export const SIGN_RIGHT = 'interventions:signer' satisfies Right;

/** The longest printed name of a signer. */
export const SIGNER_NAME_MAX = 100;
/** At most this many strokes, and points per stroke, in a drawn signature (a bound for the server). */
export const MAX_STROKES = 200;
export const MAX_STROKE_POINTS = 2000;

/** What the rules read of an intervention. */
export interface SignableIntervention {
  readonly status: 'to-sign' | 'closed';
  readonly dueDate: CalendarDate;
  readonly contact: unknown | null;
  /** The chosen signers (fixed by the first signature), or null while none signed. */
  readonly signers: readonly SignerRole[] | null;
  readonly signatures: readonly { readonly role: SignerRole }[];
}

/** Whether a user with `rights` may sign interventions. */
export function maySign(rights: readonly Right[]): boolean {
  return rights.includes(SIGN_RIGHT);
}

/** The roles that can be chosen for this intervention (the contact only when it names one). */
export function availableSigners(i: Pick<SignableIntervention, 'contact'>): readonly SignerRole[] {
  return SIGNER_ROLES.filter((r) => r !== 'contact' || i.contact !== null);
}

/** Why a choice of signers is not valid, or undefined when it is. */
export type SignerChoiceIssue = 'none' | 'exclusive' | 'unavailable' | 'duplicate';

export function signerChoiceIssue(
  choice: readonly SignerRole[],
  available: readonly SignerRole[] = SIGNER_ROLES,
): SignerChoiceIssue | undefined {
  if (choice.length === 0) return 'none';
  if (new Set(choice).size !== choice.length) return 'duplicate';
  if (choice.some((r) => !available.includes(r))) return 'unavailable';
  if (EXCLUSIVE_SIGNERS.every((r) => choice.includes(r))) return 'exclusive';
  return undefined;
}

/** The choice after ticking or unticking `role`: the operator and the provider exclude each other. Kept in the seed's order. */
export function toggleSigner(choice: readonly SignerRole[], role: SignerRole): SignerRole[] {
  if (choice.includes(role)) return choice.filter((r) => r !== role);
  const next = new Set([...choice, role]);
  if (EXCLUSIVE_SIGNERS.includes(role)) for (const other of EXCLUSIVE_SIGNERS) if (other !== role) next.delete(other);
  return SIGNER_ROLES.filter((r) => next.has(r));
}

/** The signers that must still sign (chosen ones without a signature), in the seed's order. */
export function pendingSigners(signers: readonly SignerRole[], signatures: readonly { readonly role: SignerRole }[]): SignerRole[] {
  const signed = new Set(signatures.map((s) => s.role));
  return SIGNER_ROLES.filter((r) => signers.includes(r) && !signed.has(r));
}

/** Whether every chosen signer has signed: the intervention closes then (and only then). */
export function allSigned(signers: readonly SignerRole[] | null, signatures: readonly { readonly role: SignerRole }[]): boolean {
  return signers !== null && signers.length > 0 && pendingSigners(signers, signatures).length === 0;
}

/** Why `role` may not sign this intervention now, or undefined when it may. */
export type SignRefusal = 'closed' | 'already-signed' | 'not-chosen' | 'choice-changed' | 'invalid-choice';

export function signRefusal(i: SignableIntervention, role: SignerRole, choice: readonly SignerRole[]): SignRefusal | undefined {
  if (i.status === 'closed') return 'closed';
  if (i.signatures.some((s) => s.role === role)) return 'already-signed';
  if (signerChoiceIssue(choice, availableSigners(i))) return 'invalid-choice';
  if (i.signers !== null && (i.signers.length !== choice.length || i.signers.some((r) => !choice.includes(r)))) return 'choice-changed';
  if (!choice.includes(role)) return 'not-chosen';
  return undefined;
}

/**
 * How late an intervention is on `today`: `days` after its due date (negative before it). Closed
 * ones are never late. Boundaries: due yesterday → late by 1; due today → `due-today`; due tomorrow → `upcoming`.
 */
export function lateness(
  i: Pick<SignableIntervention, 'status' | 'dueDate'>,
  today: CalendarDate,
): { readonly kind: 'closed' | 'late' | 'due-today' | 'upcoming'; readonly days: number } {
  const days = daysBetween(i.dueDate, today);
  if (i.status === 'closed') return { kind: 'closed', days };
  return { kind: days > 0 ? 'late' : days === 0 ? 'due-today' : 'upcoming', days };
}

/** The list's tab of an intervention on `today`. */
export function groupOf(i: Pick<SignableIntervention, 'status' | 'dueDate'>, today: CalendarDate): InterventionGroup {
  const l = lateness(i, today).kind;
  return l === 'closed' ? 'closed' : l === 'late' ? 'late' : 'to-sign';
}

/**
 * The interventions by tab: to sign and late by due date (soonest / most overdue first), closed by
 * due date, newest first.
 */
export function groupInterventions<T extends Pick<SignableIntervention, 'status' | 'dueDate'> & { readonly id: string }>(
  list: readonly T[],
  today: CalendarDate,
): Record<InterventionGroup, T[]> {
  const out: Record<InterventionGroup, T[]> = { 'to-sign': [], late: [], closed: [] };
  for (const i of list) out[groupOf(i, today)].push(i);
  const asc = (a: T, b: T) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id);
  out['to-sign'].sort(asc);
  out.late.sort(asc);
  out.closed.sort((a, b) => -asc(a, b));
  return out;
}

/** A drawn signature's strokes, as `[x, y]` points. */
export type Strokes = readonly (readonly (readonly [number, number])[])[];

/** Whether a drawing holds at least one point. */
export function isDrawn(strokes: Strokes | undefined): boolean {
  return !!strokes && strokes.some((s) => s.length > 0);
}

/** What a signer submits (the body of `POST …/signatures` without the chosen set). */
export interface SignatureDraft {
  readonly role: SignerRole;
  readonly method: SignatureMethod;
  readonly name: string;
  readonly consent: boolean;
  readonly strokes?: Strokes;
}

export type SignatureField = 'name' | 'consent' | 'drawing';
export type SignatureIssue = 'required' | 'too-long' | 'consent-required' | 'drawing-empty';

/**
 * What is wrong with a signature before it is sent, field by field (empty when it may go): a
 * printed name (1–100 characters), the consent ticked, and for a drawing at least one stroke.
 * Both modes are equally valid once these hold.
 */
export function signatureIssues(d: SignatureDraft): Partial<Record<SignatureField, SignatureIssue>> {
  const out: Partial<Record<SignatureField, SignatureIssue>> = {};
  const name = d.name.trim();
  if (!name) out.name = 'required';
  else if (name.length > SIGNER_NAME_MAX) out.name = 'too-long';
  if (d.consent !== true) out.consent = 'consent-required';
  if (d.method === 'drawn' && !isDrawn(d.strokes)) out.drawing = 'drawing-empty';
  return out;
}

/**
 * JSON with its object keys sorted at every level and no spaces: the same value always gives the
 * same text, so its hash proves what was signed (arrays keep their order; `undefined` fields drop).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The SHA-256 of a text, in lower-case hex (WebCrypto: Node ≥ 20 and every browser). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
