/**
 * X-API — the OpenAPI 3.1 document of the contract, generated from the zod schemas
 * (`npm run build` writes it to packages/core/dist/openapi.json; the mock server serves it).
 */
import { z } from 'zod/mini';
import { ProblemDetails } from './api/errors.js';
import { INVOICES_PATH } from './safety-register/api.js';
import { Invoice, InvoiceListResponse } from './safety-register/schemas.js';

const schema = (s: z.ZodMiniType) => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

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
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        ProblemDetails: schema(ProblemDetails),
        Invoice: schema(Invoice),
        InvoiceListResponse: schema(InvoiceListResponse),
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
    },
  } as const;
}
