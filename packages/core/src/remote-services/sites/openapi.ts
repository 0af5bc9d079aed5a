/** RS-SITES — this part's paths and schemas in the OpenAPI document (tag `remote-services`), from its table (`routes.ts`). */
import { componentSchemas, openApiBuilders, pathsOf, type OperationDoc } from '../../shared/openapi-builders.js';
import { REMOTE_PROBLEMS } from '../problems.js';
import { REMOTE_PROBLEM_DOCS } from '../problem-docs.js';
import { IdPinLink, Site } from '../schemas.js';
import { REMOTE_SITES_ROUTES } from './routes.js';
import { RemoteSiteList } from './schemas.js';

const COMPONENTS = { RemoteSite: Site, RemoteIdPinLink: IdPinLink, RemoteSiteList };
type Name = keyof typeof COMPONENTS;
const { problem } = openApiBuilders<Name>('remote-services');

const DOCS: Record<keyof typeof REMOTE_SITES_ROUTES, OperationDoc> = {
  listSites: {
    operationId: 'listRemoteSites',
    summary:
      'RS-SITES: every site the user can see (state, nickname, address, test-mode end, open alarms) and the ID & PIN links they come through; one answer, no paging',
    ok: 'The sites and the links',
    answers: { '401': problem('No or an invalid bearer token') },
  },
};

export function remoteSitesPaths(): Record<string, unknown> {
  return pathsOf({
    tag: 'remote-services',
    routes: REMOTE_SITES_ROUTES,
    problems: REMOTE_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: REMOTE_PROBLEM_DOCS,
  });
}

export function remoteSitesComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
