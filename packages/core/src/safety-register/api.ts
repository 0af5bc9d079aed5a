/** SR — typed calls of the safety register through the shared client. */
import type { RequestOptions, VigieClient } from '../api/client.js';
import { callRoute, pathOf } from '../shared/contract.js';
import { SR_INVOICE_ROUTES as R } from './invoice-routes.js';
import type { AccessResponse, Invoice } from './schemas.js';

export const INVOICES_PATH = R.listInvoices.path;
export const ACCESS_PATH = R.access.path;
export const paymentPath = (invoiceId: string) => pathOf(R.payInvoice, { id: invoiceId });
/** Where the mock (and the backend) serve an invoice's PDF; an invoice's `pdfUrl` names it. */
export const invoicePdfPath = (invoiceId: string) => pathOf(R.invoicePdf, { id: invoiceId });

type Opts = Pick<RequestOptions, 'signal'>;

/** Every invoice of the account (SR-INVOICE). */
export async function listInvoices(client: VigieClient, opts: Opts = {}): Promise<Invoice[]> {
  const body = await callRoute(client, R.listInvoices, opts);
  return body.invoices;
}

/** The level and access state as the server sees them (SR-INVOICE). */
export function getAccess(client: VigieClient, opts: Opts = {}): Promise<AccessResponse> {
  return callRoute(client, R.access, opts);
}

/**
 * Records the payment of one invoice. The `Idempotency-Key` makes the POST safe to retry:
 * the server answers the first result again instead of paying twice.
 */
export function payInvoice(client: VigieClient, invoiceId: string, idempotencyKey: string, opts: Opts = {}): Promise<Invoice> {
  return callRoute(client, R.payInvoice, { params: { id: invoiceId }, ...opts, idempotencyKey });
}

/**
 * The PDF of an invoice (SR-INVOICE), through the client (with the host's token), as a Blob the
 * widget shows and downloads from a `blob:` URL. Its `pdfUrl` when it has one, else the usual path.
 */
export function fetchInvoicePdf(client: VigieClient, invoice: Pick<Invoice, 'id' | 'pdfUrl'>, opts: Opts = {}): Promise<Blob> {
  return invoice.pdfUrl
    ? callRoute(client, R.invoicePdf, { url: invoice.pdfUrl, ...opts })
    : callRoute(client, R.invoicePdf, { params: { id: invoice.id }, ...opts });
}

// Each part's typed calls (the `@vigie/core/safety-register/api` entry carries them all).
export * from './access/api.js';
export * from './profiles/api.js';
export * from './interventions/api.js';
export * from './reports/api.js';
export * from './anomalies/api.js';
export * from './permits/api.js';
