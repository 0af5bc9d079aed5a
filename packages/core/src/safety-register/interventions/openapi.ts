/** SR — the interventions part's paths and schemas in the OpenAPI document (tag `safety-register`). */
import { componentSchemas, idParameter, idempotencyKey, openApiBuilders } from '../../shared/openapi-builders.js';
import { INTERVENTIONS_PATH } from './api.js';
import { Intervention, InterventionListResponse, SignatureRequest } from './schemas.js';

const COMPONENTS = {
  RegisterIntervention: Intervention,
  RegisterInterventionList: InterventionListResponse,
  RegisterSignatureRequest: SignatureRequest,
} as const;
type Name = keyof typeof COMPONENTS;

export function registerInterventionsPaths(): Record<string, unknown> {
  const { json, problem, operation } = openApiBuilders<Name>('safety-register');
  const RESTRICTED = problem('The account is suspended for unpaid invoices (`/problems/access-restricted`)');
  const NOT_FOUND = problem('No such intervention on this account (`/problems/not-found`)');
  return {
    [`/${INTERVENTIONS_PATH}`]: {
      get: operation(
        'listRegisterInterventions',
        'SR-SIGN: every intervention of the account: to sign, late (due date passed, not closed) and closed',
        undefined,
        {
          '200': json('RegisterInterventionList', 'The interventions'),
          '403': RESTRICTED,
        },
      ),
    },
    [`/${INTERVENTIONS_PATH}/{id}`]: {
      get: operation(
        'getRegisterIntervention',
        'SR-SIGN: one intervention, its chosen signers and signatures',
        undefined,
        {
          '200': json('RegisterIntervention', 'The intervention'),
          '403': RESTRICTED,
          '404': NOT_FOUND,
        },
        { parameters: [idParameter] },
      ),
    },
    [`/${INTERVENTIONS_PATH}/{id}/signatures`]: {
      post: operation(
        'signRegisterIntervention',
        'SR-SIGN: one chosen signer’s signature (drawn or typed, with consent). Signers: the operator OR the provider, and/or the contact; the first signature fixes the set. The server records the authenticated user, the printed name, the time and a SHA-256 of the canonical JSON of what was signed; the intervention closes when the last chosen signer signed.',
        'RegisterSignatureRequest',
        {
          '200': json('RegisterIntervention', 'The intervention as it now is (closed after the last signature)'),
          '403': problem(
            'The user lacks `interventions:signer` (`/problems/forbidden`), or the account is suspended (`/problems/access-restricted`)',
          ),
          '404': NOT_FOUND,
          '409': problem(
            'Already signed by this role, closed, or a signer set other than the one fixed (`/problems/state-conflict`, `reason`)',
          ),
          '422': problem('A field is missing or malformed (`/problems/validation`, `errors` as `{ field, issue }`)'),
        },
        { parameters: [idParameter, idempotencyKey] },
      ),
    },
  };
}

export function registerInterventionsComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
