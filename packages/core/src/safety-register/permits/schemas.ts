/** SR-PERMIT — the fire permits' contract (zod/mini): the list and the short-lived signature link. */
import * as z from 'zod/mini';

/** Where a permit stands: awaiting the operator's or the provider's signature, in progress, closed. */
export const FIRE_PERMIT_STATES = ['awaiting-operator', 'awaiting-provider', 'in-progress', 'closed'] as const;
export const FirePermitStateSchema = z.enum(FIRE_PERMIT_STATES);
export type FirePermitState = (typeof FIRE_PERMIT_STATES)[number];

/** Whose signature a permit awaits. */
export const SIGNERS = ['operator', 'provider'] as const;
export const SignerSchema = z.enum(SIGNERS);
export type Signer = (typeof SIGNERS)[number];

const Instant = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), { message: 'Not an instant' }));

/** One fire (hot-work) permit. */
export const FirePermit = z.object({
  id: z.string().check(z.minLength(1)),
  /** The permit's number, as printed (« PF-2026-014 »). */
  number: z.string().check(z.minLength(1)),
  /** The hot work (« Soudure de canalisation en chaufferie »). */
  work: z.string(),
  /** The company doing the work (the provider). */
  company: z.string(),
  /** Where the work is done. */
  place: z.string(),
  startsAt: Instant,
  endsAt: Instant,
  state: FirePermitStateSchema,
  /** How long after the end of the works the fire watch (levée de doute) may be recorded, in minutes (usually 120). */
  watchMinutes: z.number().check(z.int(), z.minimum(0)),
  /** When the levée de doute was recorded, or null. */
  watchDoneAt: z.nullable(Instant),
});
export type FirePermit = z.infer<typeof FirePermit>;

export const FirePermitListResponse = z.object({ permits: z.array(FirePermit) });
export type FirePermitListResponse = z.infer<typeof FirePermitListResponse>;

/**
 * The link to the mobile app's signature page, made by the server with a short-lived token (never
 * built by the client), and whose signature it awaits.
 */
export const SignatureLink = z.object({
  url: z.string().check(z.refine((s) => /^https:\/\/[^\s]+$/.test(s), { message: 'Not an https URL' })),
  expiresAt: Instant,
  awaiting: SignerSchema,
});
export type SignatureLink = z.infer<typeof SignatureLink>;
