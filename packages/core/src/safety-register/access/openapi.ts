/** SR — the current user and the synthesis in the OpenAPI document (tag `safety-register`). */
import { componentSchemas, openApiBuilders } from '../../shared/openapi-builders.js';
import { CURRENT_USER_PATH, SYNTHESIS_PATH } from './api.js';
import { CurrentUser } from './schemas.js';

const COMPONENTS = { RegisterCurrentUser: CurrentUser };
type Name = keyof typeof COMPONENTS;

export function registerAccessPaths(): Record<string, unknown> {
  const { json, problem, operation } = openApiBuilders<Name>('safety-register');
  return {
    [`/${CURRENT_USER_PATH}`]: {
      get: operation(
        'getRegisterCurrentUser',
        'SR: the signed-in user and their effective rights (answered even when the account is restricted)',
        undefined,
        {
          '200': json('RegisterCurrentUser', 'The user'),
          '401': problem('No or an invalid bearer token'),
        },
      ),
    },
    [`/${SYNTHESIS_PATH}`]: {
      post: {
        operationId: 'generateSiteSynthesis',
        summary: 'SR-INVOICE: the synthesis of the user’s sites as a PDF; the one action left when the account is suspended',
        tags: ['safety-register'],
        responses: {
          '200': { description: 'The synthesis', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
          '401': problem('No or an invalid bearer token'),
          '403': problem('The user lacks `synthese:generer` (`/problems/forbidden`)'),
        },
      },
    },
  };
}

export function registerAccessComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
