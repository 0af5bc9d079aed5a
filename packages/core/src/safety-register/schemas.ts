/** SR — the API contract of the safety register (zod/mini: one schema per body). */
import * as z from 'zod/mini';

export const InvoiceStatus = z.enum(['paid', 'unpaid']);

export const Invoice = z.object({
  id: z.string().check(z.minLength(1)),
  /** The invoice number printed on the document, e.g. `FA-2026-0142`. */
  number: z.string().check(z.minLength(1)),
  /** Calendar date `YYYY-MM-DD` (Europe/Paris). */
  dueDate: z.iso.date(),
  /** Amount including VAT, in euro cents. */
  amountCents: z.int(),
  status: InvoiceStatus,
  /** When the invoice was issued, if known. */
  issueDate: z.optional(z.iso.date()),
  /** A link to the invoice PDF, if the backend serves one. */
  pdfUrl: z.optional(z.string()),
});
export type Invoice = z.infer<typeof Invoice>;

export const InvoiceListResponse = z.object({ invoices: z.array(Invoice) });
export type InvoiceListResponse = z.infer<typeof InvoiceListResponse>;

export const BannerLevelSchema = z.enum(['none', 'warning', 'overdue', 'suspended']);

/** SR-INVOICE: `full`, or `restricted` (suspended) where only the listed features stay reachable. */
export const AccessStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('full') }),
  z.object({ kind: z.literal('restricted'), reason: z.literal('invoices-suspended'), allowed: z.readonly(z.array(z.string())) }),
]);

/** The account's invoice level and access state, as the backend computes them. */
export const AccessResponse = z.object({ level: BannerLevelSchema, access: AccessStateSchema });
export type AccessResponse = z.infer<typeof AccessResponse>;
