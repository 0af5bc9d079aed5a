/**
 * X-API — the OpenAPI 3.1 document of the contract, generated from the zod schemas
 * (`npm run build` writes it to packages/core/dist/openapi.json; the mock server serves it).
 */
import { jsonSchemaOf } from './shared/openapi-builders.js';
import { ProblemDetails } from './api/problem.js';
import { ACCESS_PATH, INVOICES_PATH } from './safety-register/api.js';
import { AccessResponse, Invoice, InvoiceListResponse } from './safety-register/schemas.js';
import { vaultComponents, vaultPaths } from './vault/openapi.js';
import { passportComponents, passportPaths } from './passport/openapi.js';
import { remoteServicesComponents, remoteServicesPaths } from './remote-services/openapi.js';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
});

export function openApiDocument(version = '0.1.0') {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vigie API',
      version,
      description:
        'The contract the Vigie widgets call. Every body is validated by the same zod schemas on the client. Errors are RFC 9457 problem details; 423 carries `lockedUntil`.',
    },
    servers: [{ url: '/api' }],
    tags: [
      { name: 'safety-register', description: 'SR — the safety register (seed 001)' },
      { name: 'vault', description: 'VA — the payslip vault (seeds 002, 003). Public routes declare `security: []`; private ones take the vault session as bearer token.' },
      { name: 'passport', description: 'PP — the subcontractors’ safety passport (seed 004). Public routes declare `security: []`; private ones take the passport session as bearer token; writes to the company and to an employee send `If-Match: "<version>"`.' },
      { name: 'remote-services', description: 'RS — Remote Services, alarm monitoring (seed 000). Private routes take the provider’s bearer token; call lists send `If-Match: "<version>"` (428 without, 412 when stale); live alarms stream as `text/event-stream` with event ids (resume with `Last-Event-ID`).' },
    ],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        ProblemDetails: jsonSchemaOf(ProblemDetails),
        Invoice: jsonSchemaOf(Invoice),
        InvoiceListResponse: jsonSchemaOf(InvoiceListResponse),
        AccessResponse: jsonSchemaOf(AccessResponse),
        ...vaultComponents(),
        ...passportComponents(),
        ...remoteServicesComponents(),
      },
    },
    security: [{ bearer: [] }],
    paths: {
      [`/${INVOICES_PATH}`]: {
        get: {
          operationId: 'listInvoices',
          summary: 'Every invoice of the customer account (SR-INVOICE)',
          tags: ['safety-register'],
          responses: {
            '200': { description: 'The invoices', content: { 'application/json': { schema: { $ref: '#/components/schemas/InvoiceListResponse' } } } },
            '401': problem('No or expired token'),
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
            { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string' }, description: 'The same key replays the first answer; reused on another invoice → 422.' },
          ],
          responses: {
            '200': { description: 'The invoice, now paid', content: { 'application/json': { schema: { $ref: '#/components/schemas/Invoice' } } } },
            '400': problem('Idempotency-Key missing'),
            '404': problem('No such invoice'),
            '409': problem('Already paid'),
            '422': problem('Idempotency-Key reused for another invoice'),
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
            '200': { description: 'Level and access', content: { 'application/json': { schema: { $ref: '#/components/schemas/AccessResponse' } } } },
            default: problem('Any other failure'),
          },
        },
      },
      ...vaultPaths(),
      ...passportPaths(),
      ...remoteServicesPaths(),
    },
  } as const;
}
