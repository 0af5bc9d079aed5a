/** SR — who is calling (their rights) and the sites' synthesis: the contract (zod/mini). */
import * as z from 'zod/mini';
import { ALL_RIGHTS, type Right } from '../rights.js';

export const RightSchema = z.enum(ALL_RIGHTS as unknown as readonly [Right, ...Right[]]);

/** SR: the signed-in user of the register and their effective rights (from their profile or their own). */
export const CurrentUser = z.object({
  id: z.string().check(z.minLength(1)),
  firstName: z.string(),
  lastName: z.string(),
  rights: z.array(RightSchema),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

/** A PDF answered by the API (the synthesis, a report, an invoice). */
export const PdfDocument = z
  .instanceof(Blob)
  .check(z.refine((b) => b.type.split(';')[0]!.trim().toLowerCase() === 'application/pdf', { message: 'Not a PDF' }));
