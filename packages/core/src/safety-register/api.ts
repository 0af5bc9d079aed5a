/** SR — typed calls of the safety register through the shared client. */
import type { RequestOptions, VigieClient } from '../api/client.js';
import { AccessResponse, Invoice, InvoiceListResponse } from './schemas.js';
import { PdfDocument } from './access/schemas.js';

export const INVOICES_PATH = 'safety-register/invoices';
export const ACCESS_PATH = 'safety-register/access';
export const paymentPath = (invoiceId: string) => `${INVOICES_PATH}/${encodeURIComponent(invoiceId)}/payment`;
/** Where the mock (and the backend) serve an invoice's PDF; an invoice's `pdfUrl` names it. */
export const invoicePdfPath = (invoiceId: string) => `${INVOICES_PATH}/${encodeURIComponent(invoiceId)}/pdf`;

type Opts = Pick<RequestOptions, 'signal'>;

/** Every invoice of the account (SR-INVOICE). */
export async function listInvoices(client: VigieClient, opts: Opts = {}): Promise<Invoice[]> {
  const body = await client.get(INVOICES_PATH, InvoiceListResponse, opts);
  return body.invoices;
}

/** The level and access state as the server sees them (SR-INVOICE). */
export function getAccess(client: VigieClient, opts: Opts = {}): Promise<AccessResponse> {
  return client.get(ACCESS_PATH, AccessResponse, opts);
}

/**
 * Records the payment of one invoice. The `Idempotency-Key` makes the POST safe to retry:
 * the server answers the first result again instead of paying twice.
 */
export function payInvoice(client: VigieClient, invoiceId: string, idempotencyKey: string, opts: Opts = {}): Promise<Invoice> {
  return client.post(paymentPath(invoiceId), undefined, Invoice, { ...opts, idempotencyKey });
}

/**
 * The PDF of an invoice (SR-INVOICE), through the client (with the host's token), as a Blob the
 * widget shows and downloads from a `blob:` URL. Its `pdfUrl` when it has one, else the usual path.
 */
export function fetchInvoicePdf(client: VigieClient, invoice: Pick<Invoice, 'id' | 'pdfUrl'>, opts: Opts = {}): Promise<Blob> {
  return client.get(invoice.pdfUrl ?? invoicePdfPath(invoice.id), PdfDocument, { ...opts, headers: { Accept: 'application/pdf' } });
}

// Each part's typed calls (the `@vigie/core/safety-register/api` entry carries them all).
export * from './access/api.js';
export * from './profiles/api.js';
export * from './interventions/api.js';
export * from './reports/api.js';
export * from './anomalies/api.js';
export * from './permits/api.js';
