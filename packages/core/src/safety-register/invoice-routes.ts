/** SR-INVOICE — the invoices' and the access state's rows of the safety register's contract table (see `routes.ts`). */
import { defineRoutes } from '../shared/contract.js';
import { SR_PROBLEMS } from './problems.js';
import { PdfDocument } from './access/schemas.js';
import { AccessResponse, Invoice, InvoiceListResponse } from './schemas.js';

export const SR_INVOICE_ROUTES = defineRoutes(SR_PROBLEMS, {
  listInvoices: {
    method: 'get',
    path: 'safety-register/invoices',
    response: InvoiceListResponse,
    problems: ['unauthorized'],
    auth: 'provider',
    idempotency: 'safe',
  },
  invoicePdf: {
    method: 'get',
    path: 'safety-register/invoices/{id}/pdf',
    response: PdfDocument,
    produces: 'application/pdf',
    problems: ['invoiceNotFound'],
    auth: 'provider',
    idempotency: 'safe',
  },
  payInvoice: {
    method: 'post',
    path: 'safety-register/invoices/{id}/payment',
    response: Invoice,
    problems: ['idempotencyKeyRequired', 'invoiceNotFound', 'invoiceAlreadyPaid', 'idempotencyKeyReused'],
    auth: 'provider',
    idempotency: 'keyed',
  },
  access: { method: 'get', path: 'safety-register/access', response: AccessResponse, problems: [], auth: 'provider', idempotency: 'safe' },
});
