/**
 * RS-IDPIN — this part's routes in the mock API: exactly the paths, methods and bodies of core's
 * `remote-services/id-pin/api.ts`, over the Remote Services store (`ctx.remote`), applying core's rules.
 *
 * - Every pair the mock knows (the links of the scenario, and {@link DEMO_ID_PIN_PAIRS} not yet
 *   linked) has its PIN kept hashed (`passport/hash.ts`), never returned. The scenario's own links
 *   all have the PIN {@link DEMO_LINKED_PIN}.
 * - A wrong pair (unknown ID or wrong PIN: the same 422) and a wrong current PIN count toward the
 *   account's throttle (core `id-pin/throttle.ts`): 429 with `Retry-After` during a wait, whatever
 *   was sent, nothing checked.
 * - A nickname is written to `data.sites[i].nickname`, so the site list and the overview show it.
 * - Removing a link takes its sites off the user's list unless another link reaches them; they are
 *   kept aside (systems, contacts, call lists, alarms) and come back if the pair is linked again.
 */
import type { JsonBodyType } from 'msw';
import type * as z from 'zod/mini';
import {
  IdPinAddRequest,
  IdPinHolder,
  NicknameRequest,
  PinChangeRequest,
  checkHolder,
  checkNickname,
  decideIdPinAttempt,
  holderOf,
  idPinWaitUntil,
  type IdPinHolder as Holder,
  type IdPinLinkDetails,
} from '@vigie/core/remote-services';
import { EMPTY_THROTTLE, retryAfterSeconds, type ThrottleState } from '@vigie/core';
import type { Alarm, AlarmSystem, CallList, Contact } from '@vigie/core/remote-services';
import { fail, ok, respond, type Answer } from '../../answers.js';
import type { RouteContext, RouteDefinition } from '../../http.js';
import { hashPassword, verifyPassword } from '../../passport/hash.js';
import type { RemoteData } from '../generate.js';
import type { RemoteStore } from '../store.js';
import { REMOTE_ID_PIN_ROUTES } from '@vigie/core/remote-services';
import { routesFromTable, plainRoute, type PlainHandler } from '../../contract.js';

/** The PIN of every link the scenarios start with (for the PIN-change demo). */
export const DEMO_LINKED_PIN = '1234';

/** The pairs that link more sites in the demo (shown in the demo's help, used by stories and tests). */
export const DEMO_ID_PIN_PAIRS = [
  /** Links two sites the user did not reach. */
  { identifier: '51002024', pin: '2468', sites: 2, newSites: 2 },
  /** Links one new site and one already reached through another pair. */
  { identifier: '51003031', pin: '135790', sites: 2, newSites: 1 },
] as const;

/** Who the demo user is for each link (until changed). */
const DEMO_HOLDER: Holder = { firstName: 'Claire', lastName: 'Martin', phone: '06 12 34 56 78', email: 'claire.martin@exemple.fr' };
/** The throttle's account key: the mock has one user. */
const ACCOUNT = 'demo-user';

type StoredSite = RemoteData['sites'][number];
interface Shelved {
  readonly site: StoredSite;
  readonly systems: AlarmSystem[];
  readonly contacts: Contact[];
  readonly callLists: CallList[];
  readonly alarms: Alarm[];
}
interface Pair {
  pinHash: string;
  siteIds: string[];
  holder: Holder;
  pinChangedAt: string | null;
  linkedAt: string | null;
}
interface IdPinPart {
  /** Every pair the mock knows, by ID. */
  readonly pairs: Map<string, Pair>;
  /** Sites the user does not reach now (a demo pair not yet linked, a removed link), by id. */
  readonly shelf: Map<string, Shelved>;
  throttle: ThrottleState;
}

const iso = (ms: number) => new Date(ms).toISOString();

function shelfSite(remote: RemoteStore, id: string, name: string, street: string, postalCode: string, city: string): Shelved {
  const now = remote.now();
  const contacts: Contact[] = [
    {
      id: `${id}-ct-1`,
      siteId: id,
      firstName: DEMO_HOLDER.firstName,
      lastName: DEMO_HOLDER.lastName,
      phone: DEMO_HOLDER.phone,
      emails: [DEMO_HOLDER.email],
      permission: 'administrator',
      invitation: { state: 'granted', sentAt: iso(now - 86_400_000 * 30), expiresAt: null },
    },
    {
      id: `${id}-ct-2`,
      siteId: id,
      firstName: 'Bruno',
      lastName: 'Lemaire',
      phone: '06 45 12 78 90',
      emails: ['bruno.lemaire@exemple.fr'],
      permission: 'operator',
      invitation: { state: 'not-invited', sentAt: null, expiresAt: null },
    },
  ];
  return {
    site: { id, name, nickname: null, address: { street, postalCode, city }, linkIds: [], testModeUntil: null },
    systems: [{ id: `${id}-sys-1`, siteId: id, name: 'Centrale intrusion', kind: 'intrusion', state: 'armed' }],
    contacts,
    callLists: [
      {
        id: `${id}-cl-normal`,
        siteId: id,
        kind: 'normal',
        name: 'Liste d’appels normale',
        contactIds: contacts.map((c) => c.id),
        version: 1,
        updatedAt: iso(now - 86_400_000 * 30),
        updatedBy: DEMO_HOLDER.firstName + ' ' + DEMO_HOLDER.lastName,
      },
    ],
    alarms: [],
  };
}

/** The part's state, made on first use for the store's scenario. */
function partOf(remote: RemoteStore): IdPinPart {
  return remote.part<IdPinPart>('id-pin', () => {
    const pairs = new Map<string, Pair>();
    const shelf = new Map<string, Shelved>();
    // One hash for the demo PIN, shared by the scenario's links (a salted hash each would cost 25× at 5,000 sites for nothing).
    const linkedHash = hashPassword(DEMO_LINKED_PIN);
    for (const l of remote.data.links)
      pairs.set(l.identifier, {
        pinHash: linkedHash,
        siteIds: [...l.siteIds],
        holder: { ...DEMO_HOLDER },
        pinChangedAt: null,
        linkedAt: l.linkedAt,
      });
    const [two, one] = DEMO_ID_PIN_PAIRS;
    const a = shelfSite(remote, 'site-n1', 'Dépôt Nantes Île de Nantes', '12 quai de l’Écluse', '44000', 'Nantes');
    const b = shelfSite(remote, 'site-n2', 'Bureaux Lille Vieux-Lille', '3 rue des Écoles', '59000', 'Lille');
    const c = shelfSite(remote, 'site-n3', 'Atelier Caen Vaucelles', '8 rue Pasteur', '14000', 'Caen');
    for (const s of [a, b, c]) shelf.set(s.site.id, s);
    pairs.set(two.identifier, {
      pinHash: hashPassword(two.pin),
      siteIds: [a.site.id, b.site.id],
      holder: { ...DEMO_HOLDER },
      pinChangedAt: null,
      linkedAt: null,
    });
    // The second pair also reaches a site the user already has (the scenario's fifth, or its first).
    const known = remote.data.sites[4]?.id ?? remote.data.sites[0]?.id;
    pairs.set(one.identifier, {
      pinHash: hashPassword(one.pin),
      siteIds: [c.site.id, ...(known ? [known] : [])],
      holder: { ...DEMO_HOLDER },
      pinChangedAt: null,
      linkedAt: null,
    });
    return { pairs, shelf, throttle: EMPTY_THROTTLE };
  });
}

function details(remote: RemoteStore, part: IdPinPart, link: RemoteData['links'][number]): IdPinLinkDetails {
  const pair = part.pairs.get(link.identifier);
  const byId = new Map(remote.data.sites.map((s) => [s.id, s]));
  return {
    id: link.id,
    identifier: link.identifier,
    linkedAt: link.linkedAt,
    pinChangedAt: pair?.pinChangedAt ?? null,
    holder: pair?.holder ?? DEMO_HOLDER,
    sites: link.siteIds.flatMap((id) => {
      const s = byId.get(id);
      return s ? [{ id: s.id, name: s.name, nickname: s.nickname, address: s.address }] : [];
    }),
  };
}

const invalid = (errors: readonly { field: string; issue: string }[]) =>
  fail(422, 'validation', 'Invalid request', 'Some fields are missing or malformed.', { errors });
const notFound = (what: string) => fail(404, 'not-found', 'Not found', `No ${what} for this user.`);

function throttled(retryAt: number, now: number): Answer {
  const seconds = retryAfterSeconds(retryAt, now);
  return fail(
    429,
    'too-many-attempts',
    'Too many attempts',
    `Too many wrong attempts in a row: wait ${seconds} s.`,
    { retryAfter: seconds, retryAt: iso(retryAt) },
    { 'Retry-After': String(seconds) },
  );
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly answer: Answer };

/** The body checked with core's schema (422 `validation`, naming the fields, never echoing a value). */
async function parse<T>(request: Request, schema: z.ZodMiniType<T>): Promise<Parsed<T>> {
  let body: unknown;
  try {
    const text = await request.text();
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    return { ok: false, answer: fail(400, 'bad-request', 'Bad request', 'The body is not JSON.') };
  }
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  const fields = [...new Set(result.error.issues.map((i) => String(i.path[0] ?? '')))];
  return { ok: false, answer: invalid(fields.map((field) => ({ field, issue: 'invalid' }))) };
}

/** Takes a site off the user's list (kept aside with everything of it). */
function shelve(remote: RemoteStore, part: IdPinPart, siteId: string): void {
  const d = remote.data;
  const site = d.sites.find((s) => s.id === siteId);
  if (!site) return;
  part.shelf.set(siteId, {
    site: { ...site, linkIds: [] },
    systems: d.systems.filter((x) => x.siteId === siteId),
    contacts: d.contacts.filter((x) => x.siteId === siteId),
    callLists: d.callLists.filter((x) => x.siteId === siteId),
    alarms: d.alarms.filter((x) => x.siteId === siteId),
  });
  d.sites = d.sites.filter((s) => s.id !== siteId);
  d.systems = d.systems.filter((x) => x.siteId !== siteId);
  d.contacts = d.contacts.filter((x) => x.siteId !== siteId);
  d.callLists = d.callLists.filter((x) => x.siteId !== siteId);
  d.alarms = d.alarms.filter((x) => x.siteId !== siteId);
}

/** Brings a site back on the user's list. */
function unshelve(remote: RemoteStore, part: IdPinPart, siteId: string, linkId: string): boolean {
  const kept = part.shelf.get(siteId);
  if (!kept) return false;
  part.shelf.delete(siteId);
  const d = remote.data;
  d.sites = [...d.sites, { ...kept.site, linkIds: [linkId] }];
  d.systems = [...d.systems, ...kept.systems];
  d.contacts = [...d.contacts, ...kept.contacts];
  d.callLists = [...d.callLists, ...kept.callLists];
  d.alarms = [...d.alarms, ...kept.alarms];
  return true;
}

function list({ remote }: RouteContext): Answer {
  const part = partOf(remote);
  return ok({ links: remote.data.links.map((l) => details(remote, part, l)) });
}

async function add({ remote, request }: RouteContext): Promise<Answer> {
  const part = partOf(remote);
  const now = remote.now();
  const parsed = await parse(request, IdPinAddRequest);
  if (!parsed.ok) return parsed.answer;
  const { identifier, pin } = parsed.value;
  // During a wait nothing is checked.
  const waiting = idPinWaitUntil(part.throttle, ACCOUNT, now);
  if (waiting !== undefined) return throttled(waiting, now);
  const pair = part.pairs.get(identifier);
  // An unknown ID is checked against a hash too: the same work, the same answer, as a wrong PIN.
  const valid = verifyPassword(pin, pair?.pinHash ?? null) && pair !== undefined;
  const { state, decision } = decideIdPinAttempt(part.throttle, ACCOUNT, valid, now);
  part.throttle = state;
  if (decision.kind === 'wait') return throttled(decision.retryAt, now);
  if (decision.kind === 'refused' || !pair)
    return fail(422, 'id-pin-invalid', 'ID or PIN incorrect', 'This ID and PIN do not match a pair.');
  const existing = remote.data.links.find((l) => l.identifier === identifier);
  if (existing)
    return fail(409, 'id-pin-already-linked', 'Already linked', 'This pair is already linked to the account.', { linkId: existing.id });
  const link = { id: remote.nextId('lnk'), identifier, siteIds: [...pair.siteIds], linkedAt: iso(now) };
  remote.data.links = [...remote.data.links, link];
  pair.linkedAt = link.linkedAt;
  const newSiteIds: string[] = [];
  for (const siteId of link.siteIds) {
    const site = remote.data.sites.find((s) => s.id === siteId);
    if (site) site.linkIds = [...site.linkIds, link.id];
    else if (unshelve(remote, part, siteId, link.id)) newSiteIds.push(siteId);
  }
  link.siteIds = link.siteIds.filter((id) => remote.data.sites.some((s) => s.id === id));
  return ok({ link: details(remote, part, link), newSiteIds }, 201);
}

async function changePin({ remote, request, params }: RouteContext): Promise<Answer> {
  const part = partOf(remote);
  const now = remote.now();
  const link = remote.link(String(params.linkId));
  const pair = link && part.pairs.get(link.identifier);
  if (!link || !pair) return notFound('ID & PIN link');
  const parsed = await parse(request, PinChangeRequest);
  if (!parsed.ok) return parsed.answer;
  const waiting = idPinWaitUntil(part.throttle, ACCOUNT, now);
  if (waiting !== undefined) return throttled(waiting, now);
  const { state, decision } = decideIdPinAttempt(part.throttle, ACCOUNT, verifyPassword(parsed.value.currentPin, pair.pinHash), now);
  part.throttle = state;
  if (decision.kind === 'wait') return throttled(decision.retryAt, now);
  if (decision.kind === 'refused')
    return fail(422, 'id-pin-invalid-current-pin', 'Current PIN incorrect', 'The current PIN is not this link’s.');
  if (parsed.value.newPin === parsed.value.currentPin) return fail(422, 'id-pin-same-pin', 'Same PIN', 'The new PIN is the current one.');
  pair.pinHash = hashPassword(parsed.value.newPin);
  pair.pinChangedAt = iso(now);
  return ok({ linkId: link.id, pinChangedAt: pair.pinChangedAt });
}

async function nickname({ remote, request, params }: RouteContext): Promise<Answer> {
  const siteId = String(params.siteId);
  const site = remote.data.sites.find((s) => s.id === siteId);
  if (!site) return notFound('site');
  const parsed = await parse(request, NicknameRequest);
  if (!parsed.ok) return parsed.answer;
  const check = checkNickname(
    parsed.value.nickname ?? '',
    remote.data.sites.filter((s) => s.id !== siteId).map((s) => s.nickname),
  );
  if (check.issue === 'nickname-taken')
    return fail(422, 'id-pin-nickname-taken', 'Nickname taken', 'Another of the user’s sites has this nickname.');
  if (check.issue) return invalid([{ field: 'nickname', issue: check.issue }]);
  site.nickname = check.nickname;
  return ok({ siteId, nickname: site.nickname });
}

async function holder({ remote, request, params }: RouteContext): Promise<Answer> {
  const part = partOf(remote);
  const link = remote.link(String(params.linkId));
  const pair = link && part.pairs.get(link.identifier);
  if (!link || !pair) return notFound('ID & PIN link');
  const parsed = await parse(request, IdPinHolder);
  if (!parsed.ok) return parsed.answer;
  const draft = { ...parsed.value, phone: parsed.value.phone ?? '' };
  const problems = checkHolder(draft);
  if (problems.length > 0) return invalid(problems);
  pair.holder = holderOf(draft);
  return ok(details(remote, part, link));
}

function remove({ remote, params }: RouteContext): Answer {
  const part = partOf(remote);
  const link = remote.link(String(params.linkId));
  if (!link) return notFound('ID & PIN link');
  remote.data.links = remote.data.links.filter((l) => l.id !== link.id);
  const removedSiteIds: string[] = [];
  for (const siteId of link.siteIds) {
    const site = remote.data.sites.find((s) => s.id === siteId);
    if (!site) continue;
    site.linkIds = site.linkIds.filter((id) => id !== link.id);
    if (site.linkIds.length === 0) {
      shelve(remote, part, siteId);
      removedSiteIds.push(siteId);
    }
  }
  return ok({ linkId: link.id, removedSiteIds });
}

/** A behaviour of this part: its answer (made a response here) and its contract-breaking body. */
const route = (answer: (ctx: RouteContext) => Answer | Promise<Answer>, malformed: (ctx: RouteContext) => JsonBodyType): PlainHandler => ({
  ok: async (ctx) => respond(await answer(ctx), ctx.instance),
  malformed,
});

/** RS-IDPIN — every route of this part, registered from core's table (`REMOTE_ID_PIN_ROUTES`). */
export function remoteIdPinRoutes(): RouteDefinition[] {
  return routesFromTable(
    REMOTE_ID_PIN_ROUTES,
    {
      idPinLinks: route(list, () => ({ links: [{ id: 'lnk-1', identifier: '4010 0000', pin: '1234' }] })),
      addIdPin: route(add, () => ({ link: null, newSiteIds: 2 })),
      removeIdPin: route(remove, () => ({ linkId: 1 })),
      changePin: route(changePin, () => ({ ok: true })),
      updateHolder: route(holder, () => ({ holder: 'Claire Martin' })),
      siteNickname: route(nickname, () => ({ nickname: 42 })),
    },
    plainRoute,
  );
}
