/**
 * RS-CALL — paths and typed calls of the call lists through the shared client. Private routes: the
 * provider's bearer token. A save sends the version read as `If-Match: "<version>"`: 428 without it,
 * 412 (failure kind `conflict`) when someone else saved in between, its problem carrying `current`
 * (read it with {@link callListConflictOf}).
 */
import type { RequestOptions, VigieClient } from '../../api/client.js';
import { ApiError, type ApiFailure } from '../../api/errors.js';
import { callRoute, pathOf } from '../../shared/contract.js';
import type { CallListEditorEvent, CallListEditorRequest } from './editor.js';
import type { CallList } from '../schemas.js';
import { REMOTE_CALL_LISTS_ROUTES as R } from './routes.js';
import { CallListConflictProblem, type CallListsResponse, type CallListSaveRequest } from './schemas.js';

type Opts = Pick<RequestOptions, 'signal'>;

/** The site's call lists (and its contacts). */
export const callListsPath = (siteId: string): string => pathOf(R.callLists, { siteId });
/** One call list of the site. */
export const callListPath = (siteId: string, listId: string): string => pathOf(R.callList, { siteId, listId });

/** The `If-Match` / `ETag` value of a call list's version: `"3"`. */
export const callListVersionTag = (version: number): string => `"${version}"`;

/** The version an `If-Match` header names (`"3"`, or weak `W/"3"`); undefined for anything else. */
export function parseCallListVersionTag(header: string | null | undefined): number | undefined {
  const m = /^(?:W\/)?"(\d{1,15})"$/.exec((header ?? '').trim());
  return m ? Number(m[1]) : undefined;
}

/** RS-CALL: the site's lists (normal first, then the specific ones), each with its version, and the site's contacts. */
export function getCallLists(client: VigieClient, siteId: string, opts: Opts = {}): Promise<CallListsResponse> {
  return callRoute(client, R.callLists, { params: { siteId }, ...opts });
}

/** RS-CALL: one list as it is now (after a 412 whose problem did not carry it). */
export function getCallList(client: VigieClient, siteId: string, listId: string, opts: Opts = {}): Promise<CallList> {
  return callRoute(client, R.callList, { params: { siteId, listId }, ...opts });
}

/**
 * RS-CALL: saves the whole order at `version` (the one read). Answers the list with its new version;
 * 412 `conflict` when it moved (see {@link callListConflictOf}); 422 `validation` when a contact is
 * not the site's, twice, or too many; 404 `not-found`.
 */
export function saveCallList(
  client: VigieClient,
  siteId: string,
  listId: string,
  version: number,
  request: CallListSaveRequest,
  opts: Opts = {},
): Promise<CallList> {
  return callRoute(client, R.saveCallList, { params: { siteId, listId }, body: request, ...opts, ifMatch: callListVersionTag(version) });
}

/** The list as someone else saved it, from a 412's problem; null for any other failure (or a problem without it). */
export function callListConflictOf(failure: ApiFailure): CallList | null {
  if (failure.kind !== 'conflict' || failure.status !== 412) return null;
  const parsed = CallListConflictProblem.safeParse(failure.problem);
  return parsed.success ? parsed.data.current : null;
}

/**
 * RS-CALL — the editor flow's call runner: each request as a client call, each answer or typed
 * failure as the event fed back (a 412 becomes `stale`, with the list its problem carries).
 */
export async function runCallListRequest(
  client: VigieClient,
  request: CallListEditorRequest,
  signal: AbortSignal,
): Promise<CallListEditorEvent> {
  try {
    switch (request.op) {
      case 'read': {
        const r = await getCallLists(client, request.siteId, { signal });
        return { type: 'loaded', lists: r.lists, contacts: r.contacts };
      }
      case 'read-list':
        return { type: 'theirs', list: await getCallList(client, request.siteId, request.listId, { signal }) };
      case 'save':
        return {
          type: 'saved',
          list: await saveCallList(
            client,
            request.siteId,
            request.listId,
            request.version,
            { contactIds: [...request.contactIds] },
            { signal },
          ),
        };
    }
  } catch (e) {
    const failure: ApiFailure =
      e instanceof ApiError ? e.failure : { kind: 'network', message: e instanceof Error ? e.message : String(e) };
    if (request.op === 'read') return { type: 'load-failed', failure };
    if (request.op === 'save' && failure.kind === 'conflict' && failure.status === 412)
      return { type: 'stale', listId: request.listId, current: callListConflictOf(failure) };
    return { type: 'save-failed', failure };
  }
}
