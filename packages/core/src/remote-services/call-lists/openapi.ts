/** RS-CALL — this part's paths and schemas in the OpenAPI document (tag `remote-services`), from its table (`routes.ts`). */
import { CallList } from '../schemas.js';
import { componentSchemas, openApiBuilders, pathsOf, type OperationDoc } from '../../shared/openapi-builders.js';
import { REMOTE_PROBLEMS } from '../problems.js';
import { REMOTE_PROBLEM_DOCS } from '../problem-docs.js';
import { REMOTE_CALL_LISTS_ROUTES } from './routes.js';
import { CallListConflictProblem, CallListSaveRequest, CallListsResponse, CallListValidationProblem } from './schemas.js';

const COMPONENTS = {
  RemoteCallList: CallList,
  RemoteCallListsResponse: CallListsResponse,
  RemoteCallListSaveRequest: CallListSaveRequest,
  RemoteCallListConflictProblem: CallListConflictProblem,
  RemoteCallListValidationProblem: CallListValidationProblem,
} as const;
type Component = keyof typeof COMPONENTS;

const { problem } = openApiBuilders<Component>('remote-services');
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

const DOCS: Record<keyof typeof REMOTE_CALL_LISTS_ROUTES, OperationDoc> = {
  callLists: {
    operationId: 'remoteGetCallLists',
    summary:
      'RS-CALL: the site’s call lists (the normal one first, then the specific ones), each with its `version`, and the site’s contacts (the only people a list may hold)',
    ok: 'The lists and the contacts',
    okHeaders: {
      ETag: {
        description: 'A weak tag of the whole answer; each list’s own `version` is the `If-Match` of its save',
        schema: { type: 'string' },
      },
    },
    answers: { '404': NOT_FOUND },
  },
  callList: {
    operationId: 'remoteGetCallList',
    summary: 'RS-CALL: one call list as it is now (its `version` also as `ETag`)',
    ok: 'The list',
    okHeaders: ETAG,
    answers: { '404': NOT_FOUND },
  },
  saveCallList: {
    operationId: 'remoteSaveCallList',
    summary:
      'RS-CALL: saves the whole order of a call list at the version read. Only contacts of the site, each once. A stale version gets 412 with the list as it is now (`current`: its order, version, who saved it and when), so the client replays its changes on it',
    ok: 'Saved: the list with its new `version`',
    okHeaders: ETAG,
    parameters: [siteId, listId, ifMatch],
    answers: {
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
  },
};

export function remoteCallListsPaths(): Record<string, unknown> {
  return pathsOf({
    tag: 'remote-services',
    routes: REMOTE_CALL_LISTS_ROUTES,
    problems: REMOTE_PROBLEMS,
    components: COMPONENTS,
    docs: DOCS,
    problemDocs: REMOTE_PROBLEM_DOCS,
  });
}

export function remoteCallListsComponents(): Record<string, unknown> {
  return componentSchemas(COMPONENTS);
}
