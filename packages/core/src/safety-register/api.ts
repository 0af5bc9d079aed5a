/** SR — typed calls of the safety register through the shared client. */
import type { VigieClient } from '../api/client.js';
import { InvoiceListResponse, type Invoice } from './schemas.js';

export const INVOICES_PATH = 'safety-register/invoices';

export async function listInvoices(client: VigieClient, opts: { signal?: AbortSignal } = {}): Promise<Invoice[]> {
  const body = await client.get(INVOICES_PATH, InvoiceListResponse, opts);
  return body.invoices;
}
