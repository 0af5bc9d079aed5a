/** RS-CALL — this part's paths and schemas in the OpenAPI document (tag `remote-services`). */
import { CallList } from '../schemas.js';
import { componentSchemas, openApiBuilders } from '../../shared/openapi-builders.js';
import { CallListConflictProblem, CallListSaveRequest, CallListsResponse, CallListValidationProblem } from './schemas.js';

const COMPONENTS = {
  RemoteCallList: CallList,
  RemoteCallListsResponse: CallListsResponse,
  RemoteCallListSaveRequest: CallListSaveRequest,
  RemoteCallListConflictProblem: CallListConflictProblem,
  RemoteCallListValidationProblem: CallListValidationProblem,
} as const;
type Component = keyof typeof COMPONENTS;

const { json, problem, operation: op } = openApiBuilders<Component>('remote-services');
const siteId = { name: 'siteId', in: 'path', required: true, schema: { type: 'string' } };
const listId = { name: 'listId', in: 'path', required: true, schema: { type: 'string' } };
const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: 'The `version` of the list as read, quoted: `"3"`. An older one gets 412; none gets 428.',
};
const ETAG = {
  ETag: { description: 'The `version` of the list, quoted: `"3"` (the `If-Match` of its next save)', schema: { type: 'string' } },
};
const NOT_FOUND = problem('No such site, or no such list on it (`/problems/not-found`)');

export function remoteCallListsPaths(): Record<string, unknown> {
  return {
    '/remote/sites/{siteId}/call-lists': {
      get: op(
        'remoteGetCallLists',
        'RS-CALL: the site’s call lists (the normal one first, then the specific ones), each with its `version`, and the site’s contacts (the only people a list may hold)',
        undefined,
        {
          '200': {
            ...json('RemoteCallListsResponse', 'The lists and the contacts'),
            headers: {
              ETag: {
                description: 'A weak tag of the whole answer; each list’s own `version` is the `If-Match` of its save',
                schema: { type: 'string' },
              },
            },
          },
          '404': NOT_FOUND,
        },
        { parameters: [siteId] },
      ),
    },
    '/remote/sites/{siteId}/call-lists/{listId}': {
      get: op(
        'remoteGetCallList',
        'RS-CALL: one call list as it is now (its `version` also as `ETag`)',
        undefined,
        { '200': { ...json('RemoteCallList', 'The list'), headers: ETAG }, '404': NOT_FOUND },
        { parameters: [siteId, listId] },
      ),
      put: op(
        'remoteSaveCallList',
        'RS-CALL: saves the whole order of a call list at the version read. Only contacts of the site, each once. A stale version gets 412 with the list as it is now (`current`: its order, version, who saved it and when), so the client replays its changes on it',
        'RemoteCallListSaveRequest',
        {
          '200': { ...json('RemoteCallList', 'Saved: the list with its new `version`'), headers: ETAG },
          '404': NOT_FOUND,
          '412': problem(
            'The version moved: someone else saved in between (`/problems/precondition-failed`, with `current`)',
            'RemoteCallListConflictProblem',
          ),
          '422': problem(
            'A contact is not the site’s, is there twice, or too many (`/problems/validation`, `errors` as `{ contactId, issue }`)',
            'RemoteCallListValidationProblem',
          ),
          '428': problem('`If-Match` is missing (`/problems/precondition-required`)'),
        },
        { parameters: [siteId, listId, ifMatch] },
      ),
    },
  };
}

export function remoteCallListsComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
