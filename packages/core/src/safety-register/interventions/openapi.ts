/** SR — the interventions part's paths and schemas in the OpenAPI document (tag `safety-register`), from its table (`routes.ts`). */
import { componentSchemas, openApiBuilders, pathsOf, type OperationDoc } from '../../shared/openapi-builders.js';
import { SR_PROBLEMS } from '../problems.js';
import { SR_PROBLEM_DOCS } from '../problem-docs.js';
import { SR_INTERVENTIONS_ROUTES } from './routes.js';
import { Intervention, InterventionListResponse, SignatureRequest } from './schemas.js';

const COMPONENTS = {
  RegisterIntervention: Intervention,
  RegisterInterventionList: InterventionListResponse,
  RegisterSignatureRequest: SignatureRequest,
} as const;
type Name = keyof typeof COMPONENTS;

const { problem } = openApiBuilders<Name>('safety-register');
const RESTRICTED = problem('The account is suspended for unpaid invoices (`/problems/access-restricted`)');
const NOT_FOUND = problem('No such intervention on this account (`/problems/not-found`)');

const DOCS: Record<keyof typeof SR_INTERVENTIONS_ROUTES, OperationDoc> = {
  interventions: {
    operationId: 'listRegisterInterventions',
    summary: 'SR-SIGN: every intervention of the account: to sign, late (due date passed, not closed) and closed',
    ok: 'The interventions',
    answers: { '403': RESTRICTED },
  },
  intervention: {
    operationId: 'getRegisterIntervention',
    summary: 'SR-SIGN: one intervention, its chosen signers and signatures',
    ok: 'The intervention',
    answers: { '403': RESTRICTED, '404': NOT_FOUND },
  },
  signIntervention: {
    operationId: 'signRegisterIntervention',
    summary:
      'SR-SIGN: one chosen signer’s signature (drawn or typed, with consent). Signers: the operator OR the provider, and/or the contact; the first signature fixes the set. The server records the authenticated user, the printed name, the time and a SHA-256 of the canonical JSON of what was signed; the intervention closes when the last chosen signer signed.',
    ok: 'The intervention as it now is (closed after the last signature)',
    parameters: [
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        schema: { type: 'string' },
        description: 'Required: the same key replays the first answer, so a retry never signs twice.',
      },
    ],
    answers: {
      '403': problem(
        'The user lacks `interventions:signer` (`/problems/forbidden`), or the account is suspended (`/problems/access-restricted`)',
      ),
      '404': NOT_FOUND,
      '409': problem(
        'Already signed by this role, closed, or a signer set other than the one fixed (`/problems/state-conflict`, `reason`)',
      ),
      '422': problem('A field is missing or malformed (`/problems/validation`, `errors` as `{ field, issue }`)'),
    },
  },
};

export function registerInterventionsPaths(): Record<string, unknown> {
  return pathsOf({
    tag: 'safety-register',
    routes: SR_INTERVENTIONS_ROUTES,
    problems: SR_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: SR_PROBLEM_DOCS,
  });
}

export function registerInterventionsComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
