/** RS-SITES — this part's paths and schemas in the OpenAPI document (tag `remote-services`). */
import { componentSchemas, openApiBuilders } from '../../shared/openapi-builders.js';
import { IdPinLink, Site } from '../schemas.js';
import { REMOTE_SITES_PATH } from './api.js';
import { RemoteSiteList } from './schemas.js';

const COMPONENTS = { RemoteSite: Site, RemoteIdPinLink: IdPinLink, RemoteSiteList };
type Name = keyof typeof COMPONENTS;

export function remoteSitesPaths(): Record<string, unknown> {
  const { json, problem, operation } = openApiBuilders<Name>('remote-services');
  return {
    [`/${REMOTE_SITES_PATH}`]: {
      get: operation(
        'listRemoteSites',
        'RS-SITES: every site the user can see (state, nickname, address, test-mode end, open alarms) and the ID & PIN links they come through; one answer, no paging',
        undefined,
        { '200': json('RemoteSiteList', 'The sites and the links'), '401': problem('No or an invalid bearer token') },
      ),
    },
  };
}

export function remoteSitesComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
