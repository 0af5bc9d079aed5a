/**
 * RS-CALL — this part's routes in the mock API: exactly the paths, methods and bodies of core's
 * `remote-services/call-lists/api.ts`, over the Remote Services store (`ctx.remote`), applying core's rules.
 *
 * - `GET remote/sites/:siteId/call-lists`: the site's lists (normal first, each with its version) and
 *   its contacts, with a weak `ETag` of the whole answer;
 * - `GET remote/sites/:siteId/call-lists/:listId`: one list, its version as `ETag`;
 * - `PUT remote/sites/:siteId/call-lists/:listId` with `If-Match: "<version>"`: 428 without it, 412
 *   when stale (the problem carries `current`, the list as it is now: who saved it and when), 422
 *   when core's `callListIssues` refuses the order (a contact of another site, twice, too many). A
 *   stale save whose order is already the current one (a retried PUT whose answer was lost) gets the
 *   list, not a 412.
 *
 * Scenario `remote:conflict`: the first save of each list finds that « Jérôme Lefèvre » saved it just
 * before (he moved its first contact to the end and added the first site contact not in it), so that
 * save gets a 412; the next one, at the new version, goes through.
 */
import { HttpResponse } from 'msw';
import type { CallList } from '@vigie/core/remote-services';
import { CallListSaveRequest, callListIssues, callListVersionTag, parseCallListVersionTag } from '@vigie/core/remote-services';
import { problem, type RouteContext, type RouteDefinition } from '../../http.js';
import type { RemoteStore } from '../store.js';
import { REMOTE_CALL_LISTS_ROUTES } from '@vigie/core/remote-services';
import { routesFromTable, plainRoute } from '../../contract.js';

/** Who saves the list meanwhile in `remote:conflict`. */
export const CONFLICT_EDITOR_NAME = 'Jérôme Lefèvre';

interface CallListsPart {
  /** Lists someone else already saved over in `remote:conflict` (once each). */
  readonly overtaken: Set<string>;
}
const partOf = (remote: RemoteStore) => remote.part<CallListsPart>('call-lists', () => ({ overtaken: new Set() }));

const param = (ctx: RouteContext, name: string) => String(ctx.params[name] ?? '');
const etag = (list: CallList) => ({ ETag: callListVersionTag(list.version) });
const sorted = (lists: CallList[]) => [...lists].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'normal' ? -1 : 1));

function siteOr404(ctx: RouteContext): Response | undefined {
  return ctx.remote.data.sites.some((s) => s.id === param(ctx, 'siteId'))
    ? undefined
    : problem(404, 'not-found', 'Not found', 'No such site.', { instance: ctx.instance });
}

function listOf(ctx: RouteContext): CallList | undefined {
  return ctx.remote.callListsOf(param(ctx, 'siteId')).find((l) => l.id === param(ctx, 'listId'));
}

/** Saves an order as `who`, in place (the store's lists are the data, and its per-site index holds these objects). */
function write(remote: RemoteStore, list: CallList, contactIds: readonly string[], who: string): CallList {
  Object.assign(list, {
    contactIds: [...contactIds],
    version: list.version + 1,
    updatedAt: new Date(remote.now()).toISOString(),
    updatedBy: who,
  });
  return { ...list };
}

/** `remote:conflict`: « Jérôme Lefèvre » saves first — the first contact to the end, and one more contact of the site. */
function overtake(remote: RemoteStore, list: CallList): void {
  const part = partOf(remote);
  if (remote.scenario !== 'remote:conflict' || part.overtaken.has(list.id)) return;
  part.overtaken.add(list.id);
  const [first, ...rest] = list.contactIds;
  const order = first === undefined ? [] : [...rest, first];
  const extra = remote.contactsOf(list.siteId).find((c) => !order.includes(c.id));
  if (extra) order.push(extra.id);
  write(remote, list, order, CONFLICT_EDITOR_NAME);
}

export function remoteCallListsRoutes(): RouteDefinition[] {
  return routesFromTable(
    REMOTE_CALL_LISTS_ROUTES,
    {
      callLists: {
        ok: (ctx) => {
          const missing = siteOr404(ctx);
          if (missing) return missing;
          const lists = sorted(ctx.remote.callListsOf(param(ctx, 'siteId')));
          // A weak tag of the whole answer (each list's own version is in the body, the If-Match of its save).
          const tag = `W/"${lists.map((l) => `${l.id}.${l.version}`).join('+')}"`;
          return HttpResponse.json({ lists, contacts: ctx.remote.contactsOf(param(ctx, 'siteId')) }, { headers: { ETag: tag } });
        },
        malformed: (ctx) => ({
          lists: ctx.remote
            .callListsOf(param(ctx, 'siteId'))
            .map((l) => ({ ...l, version: `v${l.version}`, contactIds: l.contactIds.join(',') })),
          contacts: null,
        }),
      },
      callList: {
        ok: (ctx) => {
          const list = listOf(ctx);
          if (!list)
            return siteOr404(ctx) ?? problem(404, 'not-found', 'Not found', 'No such call list on this site.', { instance: ctx.instance });
          return HttpResponse.json(list, { headers: etag(list) });
        },
        malformed: (ctx) => ({ ...listOf(ctx), version: 'dernière', contactIds: null }),
      },
      saveCallList: {
        ok: async (ctx) => {
          const { instance, remote, request } = ctx;
          let list = listOf(ctx);
          if (!list) return siteOr404(ctx) ?? problem(404, 'not-found', 'Not found', 'No such call list on this site.', { instance });
          const header = request.headers.get('If-Match');
          if (header === null)
            return problem(428, 'precondition-required', 'Precondition required', 'Send If-Match: "<version>" with the version you read.', {
              instance,
            });
          let body: unknown;
          try {
            body = await request.json();
          } catch {
            return problem(400, 'bad-request', 'Bad request', 'The body is not JSON.', { instance });
          }
          const parsed = CallListSaveRequest.safeParse(body);
          if (!parsed.success)
            return problem(422, 'validation', 'Invalid request', 'The body must be { contactIds: string[] }.', {
              instance,
              extensions: { errors: [] },
            });
          const contactIds = parsed.data.contactIds;
          const issues = callListIssues(
            contactIds,
            remote.contactsOf(list.siteId).map((c) => c.id),
          );
          if (issues.length)
            return problem(422, 'validation', 'Invalid call list', 'Only contacts of the site, each once.', {
              instance,
              extensions: { errors: issues },
            });
          overtake(remote, list);
          list = listOf(ctx)!;
          const version = parseCallListVersionTag(header) ?? -1;
          if (version !== list.version) {
            // A retried save whose first answer was lost: the order is already saved.
            if (
              list.contactIds.length === contactIds.length &&
              list.contactIds.every((id, i) => id === contactIds[i]) &&
              list.updatedBy === remote.userName
            ) {
              return HttpResponse.json(list, { headers: etag(list) });
            }
            return problem(
              412,
              'precondition-failed',
              'Precondition failed',
              `${list.updatedBy} saved this list in between: replay your changes on the current one.`,
              {
                instance,
                headers: etag(list),
                extensions: { current: list },
              },
            );
          }
          const saved = write(remote, list, contactIds, remote.userName);
          return HttpResponse.json(saved, { headers: etag(saved) });
        },
        malformed: (ctx) => ({ ...listOf(ctx), version: null }),
      },
    },
    plainRoute,
  );
}
