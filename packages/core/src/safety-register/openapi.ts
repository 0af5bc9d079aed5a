/** SR — the safety register in the OpenAPI document: the invoices and access (from `invoice-routes.ts`), then each part's paths and schemas. */
import { jsonSchemaOf, openApiBuilders, pathsOf, type OperationDoc } from '../shared/openapi-builders.js';
import { SR_INVOICE_ROUTES } from './invoice-routes.js';
import { SR_PROBLEMS } from './problems.js';
import { SR_PROBLEM_DOCS } from './problem-docs.js';
import { AccessResponse, Invoice, InvoiceListResponse } from './schemas.js';
import { registerAccessComponents, registerAccessPaths } from './access/openapi.js';
import { registerProfilesComponents, registerProfilesPaths } from './profiles/openapi.js';
import { registerInterventionsComponents, registerInterventionsPaths } from './interventions/openapi.js';
import { registerReportsComponents, registerReportsPaths } from './reports/openapi.js';
import { registerAnomaliesComponents, registerAnomaliesPaths } from './anomalies/openapi.js';
import { registerPermitsComponents, registerPermitsPaths } from './permits/openapi.js';

const COMPONENTS = { Invoice, InvoiceListResponse, AccessResponse };
const { problem } = openApiBuilders<keyof typeof COMPONENTS>('safety-register');

const DOCS: Record<keyof typeof SR_INVOICE_ROUTES, OperationDoc> = {
  listInvoices: {
    operationId: 'listInvoices',
    summary: 'Every invoice of the customer account (SR-INVOICE)',
    ok: 'The invoices',
    answers: { '401': problem('No or expired token') },
  },
  invoicePdf: {
    operationId: 'getInvoicePdf',
    summary: 'The PDF of one invoice (its `pdfUrl`), open even while access is restricted (SR-INVOICE)',
    ok: 'The invoice as a PDF',
    answers: { '404': problem('No such invoice (`/problems/invoice-not-found`)') },
  },
  payInvoice: {
    operationId: 'payInvoice',
    summary: 'Records the payment of one invoice; safe to retry with the same Idempotency-Key',
    ok: 'The invoice, now paid',
    parameters: [
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        schema: { type: 'string' },
        description: 'The same key replays the first answer; reused on another invoice → 422.',
      },
    ],
    answers: {
      '400': problem('Idempotency-Key missing (`/problems/idempotency-key-required`)'),
      '404': problem('No such invoice (`/problems/invoice-not-found`)'),
      '409': problem('Already paid (`/problems/invoice-already-paid`)'),
      '422': problem('Idempotency-Key reused for another invoice (`/problems/idempotency-key-reused`)'),
    },
  },
  access: {
    operationId: 'getAccess',
    summary: 'The invoice level and the resulting access state (full, or restricted from 30 days late)',
    ok: 'Level and access',
  },
};

function registerInvoicesPaths(): Record<string, unknown> {
  return pathsOf({
    tag: 'safety-register',
    routes: SR_INVOICE_ROUTES,
    problems: SR_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: SR_PROBLEM_DOCS,
  });
}

export function safetyRegisterPaths(): Record<string, unknown> {
  return {
    ...registerInvoicesPaths(),
    ...registerAccessPaths(),
    ...registerProfilesPaths(),
    ...registerInterventionsPaths(),
    ...registerReportsPaths(),
    ...registerAnomaliesPaths(),
    ...registerPermitsPaths(),
  };
}

export function safetyRegisterComponents(): Record<string, unknown> {
  return {
    Invoice: jsonSchemaOf(Invoice),
    InvoiceListResponse: jsonSchemaOf(InvoiceListResponse),
    AccessResponse: jsonSchemaOf(AccessResponse),
    ...registerAccessComponents(),
    ...registerProfilesComponents(),
    ...registerInterventionsComponents(),
    ...registerReportsComponents(),
    ...registerAnomaliesComponents(),
    ...registerPermitsComponents(),
  };
}
