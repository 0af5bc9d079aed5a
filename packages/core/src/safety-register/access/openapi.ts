/** SR — the current user and the synthesis in the OpenAPI document (tag `safety-register`), from the table (`routes.ts`). */
import { componentSchemas, openApiBuilders, pathsOf, type OperationDoc } from '../../shared/openapi-builders.js';
import { SR_PROBLEMS } from '../problems.js';
import { SR_PROBLEM_DOCS } from '../problem-docs.js';
import { SR_ACCESS_ROUTES } from './routes.js';
import { CurrentUser } from './schemas.js';

const COMPONENTS = { RegisterCurrentUser: CurrentUser };
type Name = keyof typeof COMPONENTS;
const { problem } = openApiBuilders<Name>('safety-register');
const UNAUTHORIZED = problem('No or an invalid bearer token');

const DOCS: Record<keyof typeof SR_ACCESS_ROUTES, OperationDoc> = {
  currentUser: {
    operationId: 'getRegisterCurrentUser',
    summary: 'SR: the signed-in user and their effective rights (answered even when the account is restricted)',
    ok: 'The user',
    answers: { '401': UNAUTHORIZED },
  },
  synthesis: {
    operationId: 'generateSiteSynthesis',
    summary: 'SR-INVOICE: the synthesis of the user’s sites as a PDF; the one action left when the account is suspended',
    ok: 'The synthesis',
    answers: { '401': UNAUTHORIZED, '403': problem('The user lacks `synthese:generer` (`/problems/forbidden`)') },
  },
};

export function registerAccessPaths(): Record<string, unknown> {
  return pathsOf({
    tag: 'safety-register',
    routes: SR_ACCESS_ROUTES,
    problems: SR_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: SR_PROBLEM_DOCS,
  });
}

export function registerAccessComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
