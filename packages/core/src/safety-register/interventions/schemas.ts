/** SR-SIGN — the interventions and their signatures: the contract (zod/mini). */
import * as z from 'zod/mini';
import { INTERVENTION_TYPES, MAX_STROKE_POINTS, MAX_STROKES, SIGNATURE_METHODS, SIGNER_NAME_MAX, SIGNER_ROLES } from './rules.js';

const Text = (max: number) => z.string().check(z.maxLength(max));
const Day = z.iso.date();
const Instant = z.iso.datetime({ offset: true });

export const SignerRoleSchema = z.enum(SIGNER_ROLES);
export const SignatureMethodSchema = z.enum(SIGNATURE_METHODS);

/** One signature on an intervention, as the server recorded it. */
export const InterventionSignature = z.object({
  role: SignerRoleSchema,
  method: SignatureMethodSchema,
  /** The signer's printed (or typed) name. */
  name: Text(SIGNER_NAME_MAX),
  /** When the server recorded it. */
  signedAt: Instant,
  /** The authenticated user who recorded it. */
  signedBy: z.object({ userId: z.string(), name: z.string() }),
  /** SHA-256 (hex) of the canonical JSON of what was signed (`signedContent`). */
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type InterventionSignature = z.infer<typeof InterventionSignature>;

/** The report of an intervention (SR-OBS reads it): a PDF or a scanned image. */
export const InterventionReport = z.object({
  id: z.string(),
  format: z.enum(['pdf', 'image']),
  fileName: z.string(),
});
export type InterventionReport = z.infer<typeof InterventionReport>;

export const Intervention = z.object({
  id: z.string().check(z.minLength(1)),
  /** Grows with every change (a signature): the signed content names it. */
  version: z.number().check(z.int(), z.minimum(1)),
  type: z.enum(INTERVENTION_TYPES),
  title: Text(200),
  /** The date the intervention is (was) carried out. */
  date: Day,
  /** The day it must be signed by; not closed after it, it is late. */
  dueDate: Day,
  /** Where on the site. */
  location: Text(200),
  /** What was done. */
  work: Text(2000),
  provider: z.object({ company: Text(120), technician: Text(120) }),
  /** The operator (l'exploitant) of the establishment. */
  operator: z.object({ name: Text(120) }),
  /** The contact (l'interlocuteur), or null when none is named. */
  contact: z.nullable(z.object({ name: Text(120), company: z.optional(Text(120)) })),
  status: z.enum(['to-sign', 'closed']),
  /** The chosen signers, fixed by the first signature (null while nobody signed). */
  signers: z.nullable(z.array(SignerRoleSchema)),
  signatures: z.array(InterventionSignature),
  closedAt: z.nullable(Instant),
  report: z.nullable(InterventionReport),
});
export type Intervention = z.infer<typeof Intervention>;

export const InterventionListResponse = z.object({ interventions: z.array(Intervention) });
export type InterventionListResponse = z.infer<typeof InterventionListResponse>;

const Point = z.tuple([z.number(), z.number()]);

/**
 * `POST safety-register/interventions/:id/signatures`: one signer's signature. `signers` is the
 * chosen set (the same on every signature of the intervention); `consent` must be true; a drawn
 * signature carries its strokes (CSS pixels of the box), a typed one none.
 */
export const SignatureRequest = z.object({
  role: SignerRoleSchema,
  signers: z.array(SignerRoleSchema).check(z.minLength(1), z.maxLength(SIGNER_ROLES.length)),
  method: SignatureMethodSchema,
  name: z.string().check(z.minLength(1), z.maxLength(SIGNER_NAME_MAX)),
  consent: z.literal(true),
  strokes: z.optional(z.array(z.array(Point).check(z.maxLength(MAX_STROKE_POINTS))).check(z.maxLength(MAX_STROKES))),
});
export type SignatureRequest = z.infer<typeof SignatureRequest>;
