/** SR — the safety register in the OpenAPI document: the invoices and access, then each part's paths and schemas. */
import { jsonSchemaOf } from '../shared/openapi-builders.js';
import { ACCESS_PATH, INVOICES_PATH } from './api.js';
import { AccessResponse, Invoice, InvoiceListResponse } from './schemas.js';
import { registerAccessComponents, registerAccessPaths } from './access/openapi.js';
import { registerProfilesComponents, registerProfilesPaths } from './profiles/openapi.js';
import { registerInterventionsComponents, registerInterventionsPaths } from './interventions/openapi.js';
import { registerReportsComponents, registerReportsPaths } from './reports/openapi.js';
import { registerAnomaliesComponents, registerAnomaliesPaths } from './anomalies/openapi.js';
import { registerPermitsComponents, registerPermitsPaths } from './permits/openapi.js';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
});

function registerInvoicesPaths(): Record<string, unknown> {
  return {
    [`/${INVOICES_PATH}`]: {
      get: {
        operationId: 'listInvoices',
        summary: 'Every invoice of the customer account (SR-INVOICE)',
        tags: ['safety-register'],
        responses: {
          '200': {
            description: 'The invoices',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/InvoiceListResponse' } } },
          },
          '401': problem('No or expired token'),
          default: problem('Any other failure'),
        },
      },
    },
    [`/${INVOICES_PATH}/{id}/pdf`]: {
      get: {
        operationId: 'getInvoicePdf',
        summary: 'The PDF of one invoice (its `pdfUrl`), open even while access is restricted (SR-INVOICE)',
        tags: ['safety-register'],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': { description: 'The invoice as a PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
          '404': problem('No such invoice (`/problems/invoice-not-found`)'),
          default: problem('Any other failure'),
        },
      },
    },
    [`/${INVOICES_PATH}/{id}/payment`]: {
      post: {
        operationId: 'payInvoice',
        summary: 'Records the payment of one invoice; safe to retry with the same Idempotency-Key',
        tags: ['safety-register'],
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
        responses: {
          '200': {
            description: 'The invoice, now paid',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Invoice' } } },
          },
          '400': problem('Idempotency-Key missing (`/problems/idempotency-key-required`)'),
          '404': problem('No such invoice (`/problems/invoice-not-found`)'),
          '409': problem('Already paid (`/problems/invoice-already-paid`)'),
          '422': problem('Idempotency-Key reused for another invoice (`/problems/idempotency-key-reused`)'),
          default: problem('Any other failure'),
        },
      },
    },
    [`/${ACCESS_PATH}`]: {
      get: {
        operationId: 'getAccess',
        summary: 'The invoice level and the resulting access state (full, or restricted from 30 days late)',
        tags: ['safety-register'],
        responses: {
          '200': {
            description: 'Level and access',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/AccessResponse' } } },
          },
          default: problem('Any other failure'),
        },
      },
    },
  };
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
