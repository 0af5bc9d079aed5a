/**
 * X-API — the OpenAPI 3.1 document of the contract, generated from the zod schemas
 * (`npm run build` writes it to packages/core/dist/openapi.json; the mock server serves it).
 */
import { jsonSchemaOf } from './shared/openapi-builders.js';
import { ProblemDetails } from './api/problem.js';
import { safetyRegisterComponents, safetyRegisterPaths } from './safety-register/openapi.js';
import { vaultComponents, vaultPaths } from './vault/openapi.js';
import { passportComponents, passportPaths } from './passport/openapi.js';
import { remoteServicesComponents, remoteServicesPaths } from './remote-services/openapi.js';

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
      {
        name: 'vault',
        description:
          'VA — the payslip vault (seeds 002, 003). Public routes declare `security: []`; private ones take the vault session as bearer token.',
      },
      {
        name: 'passport',
        description:
          'PP — the subcontractors’ safety passport (seed 004). Public routes declare `security: []`; private ones take the passport session as bearer token; writes to the company and to an employee send `If-Match: "<version>"`.',
      },
      {
        name: 'remote-services',
        description:
          'RS — Remote Services, alarm monitoring (seed 000). Private routes take the provider’s bearer token; call lists send `If-Match: "<version>"` (428 without, 412 when stale); live alarms stream as `text/event-stream` with event ids (resume with `Last-Event-ID`).',
      },
    ],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        ProblemDetails: jsonSchemaOf(ProblemDetails),
        ...safetyRegisterComponents(),
        ...vaultComponents(),
        ...passportComponents(),
        ...remoteServicesComponents(),
      },
    },
    security: [{ bearer: [] }],
    paths: {
      ...safetyRegisterPaths(),
      ...vaultPaths(),
      ...passportPaths(),
      ...remoteServicesPaths(),
    },
  } as const;
}
