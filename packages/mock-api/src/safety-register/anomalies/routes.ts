/**
 * SR-ANOMALY — the anomalies part's routes in the mock API (guarded: a suspended account gets 403
 * access-restricted): the list, one anomaly, the providers with their contacts, and ONE request
 * (intervention or quote) that the server fans out, one per provider, with core's rules
 * (`recipientIssues`, `fanOutRequest`, `wishedDayIssue`); a repeated `Idempotency-Key` gets the first
 * answer again.
 */
import { HttpResponse } from 'msw';
import {
  MESSAGE_MAX_LENGTH,
  REQUEST_KINDS,
  SR_PROBLEM_TYPES,
  fanOutRequest,
  recipientIssues,
  wishedDayIssue,
  type AnomalyDetails,
  type AnomalyListResponse,
  type AnomalyRequestKind,
  type AnomalyRequestRecord,
  type AnomalyRequestResult,
  type AnomalySummary,
  type ProviderDirectory,
} from '@vigie/core';
import { problem, type RouteContext, type RouteDefinition } from '../../http.js';
import type { RegisterStore } from '../register-store.js';
import { DEMO_PROVIDERS, SITE, demoAnomalies, type StoredAnomaly } from './data.js';
import { SR_ANOMALIES_ROUTES } from '@vigie/core';
import { routesFromTable, plainRoute } from '../../contract.js';

export const REQUEST_RIGHT = 'batiment:demander';

interface AnomaliesPart {
  readonly anomalies: StoredAnomaly[];
  /** Answers already given, by `POST path + Idempotency-Key`. */
  readonly answers: Map<string, AnomalyRequestResult>;
  /** Every request the server fanned out (tests, the demo's outbox). */
  readonly sent: AnomalyRequestRecord[];
}

export function anomaliesPart(register: RegisterStore): AnomaliesPart {
  return register.part('anomalies', () => ({ anomalies: demoAnomalies(register), answers: new Map(), sent: [] }));
}

/**
 * SR-OBS → SR-ANOMALY: an anomaly extracted from a building report (the same picker as the
 * observations) joins the building's anomalies, open, with the report as its source.
 */
export function addExtractedAnomaly(
  register: RegisterStore,
  extract: { readonly text: string; readonly documentTitle: string; readonly createdOn: string },
): void {
  const part = anomaliesPart(register);
  const n = part.anomalies.length + 1;
  const u = register.currentUser();
  const title = extract.text.length > 90 ? `${extract.text.slice(0, 89).trimEnd()}…` : extract.text;
  part.anomalies.push({
    id: register.nextId('ano'),
    reference: `ANO-2026-${String(n).padStart(3, '0')}`,
    title,
    site: SITE,
    location: { building: 'Bâtiment A', place: '' },
    criticality: 'minor',
    state: 'open',
    createdOn: extract.createdOn,
    createdBy: { kind: 'user', name: `${u.firstName} ${u.lastName}` },
    description: extract.text,
    source: { kind: 'report', label: extract.documentTitle },
    requests: [],
  });
}

export function providerDirectory(register: RegisterStore): ProviderDirectory {
  return {
    providers: register.dataSet === 'empty' ? [] : DEMO_PROVIDERS.map((p) => ({ ...p, contacts: p.contacts.map((c) => ({ ...c })) })),
    accountContacts: register.users
      .filter((u) => u.rights.some((r) => r.startsWith('batiment:')))
      .map((u) => ({ id: u.id, name: `${u.firstName} ${u.lastName}`, role: u.job, email: u.email })),
  };
}

const summaryOf = ({ description: _d, source: _s, requests, ...a }: StoredAnomaly): AnomalySummary => ({
  ...a,
  requestCount: requests.length,
});
const detailsOf = (a: StoredAnomaly): AnomalyDetails => ({
  ...summaryOf(a),
  description: a.description,
  source: a.source,
  requests: a.requests.map((r) => ({ ...r, contacts: [...r.contacts] })),
});

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function find(ctx: RouteContext): StoredAnomaly | Response {
  const id = str(ctx.params.id);
  const a = anomaliesPart(ctx.register).anomalies.find((x) => x.id === id);
  return (
    a ?? problem(404, SR_PROBLEM_TYPES.notFound.slice(10), 'Not found', 'No such anomaly on this account.', { instance: ctx.instance })
  );
}

function invalid(ctx: RouteContext, errors: { field: string; issue: string }[]): Response {
  return problem(422, SR_PROBLEM_TYPES.validation.slice(10), 'Validation failed', 'The request cannot be sent as it is.', {
    instance: ctx.instance,
    extensions: { errors },
  });
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

async function sendRequest(ctx: RouteContext): Promise<Response> {
  const found = find(ctx);
  if (found instanceof Response) return found;
  const register = ctx.register;
  const user = register.currentUser();
  if (!user.rights.includes(REQUEST_RIGHT)) {
    return problem(
      403,
      SR_PROBLEM_TYPES.forbidden.slice(10),
      'Forbidden',
      `Requesting an intervention or a quote needs the right ${REQUEST_RIGHT}.`,
      { instance: ctx.instance, extensions: { right: REQUEST_RIGHT } },
    );
  }
  const part = anomaliesPart(register);
  const key = ctx.request.headers.get('Idempotency-Key')?.trim();
  const scope = key ? `${ctx.instance} ${key}` : undefined;
  const kept = scope ? part.answers.get(scope) : undefined;
  if (kept) return HttpResponse.json(kept, { status: 201 });

  let body: Record<string, unknown>;
  try {
    const parsed: unknown = await ctx.request.json();
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return invalid(ctx, [{ field: 'body', issue: 'required' }]);
    body = parsed as Record<string, unknown>;
  } catch {
    return invalid(ctx, [{ field: 'body', issue: 'required' }]);
  }
  const errors: { field: string; issue: string }[] = [];
  const kind = body.kind as AnomalyRequestKind;
  if (!REQUEST_KINDS.includes(kind)) errors.push({ field: 'kind', issue: 'required' });
  const providerIds = isStrings(body.providerIds) ? body.providerIds : undefined;
  const contactIds = body.contactIds === undefined ? [] : isStrings(body.contactIds) ? body.contactIds : undefined;
  if (!providerIds) errors.push({ field: 'providerIds', issue: 'provider-required' });
  if (!contactIds) errors.push({ field: 'contactIds', issue: 'unknown-contact' });
  const dir = providerDirectory(register);
  if (providerIds && contactIds) errors.push(...recipientIssues(dir, { providerIds, contactIds }));
  const message = body.message === undefined ? '' : body.message;
  if (typeof message !== 'string') errors.push({ field: 'message', issue: 'required' });
  else if (message.length > MESSAGE_MAX_LENGTH) errors.push({ field: 'message', issue: 'too-long' });
  const wished = body.wishedDate === undefined ? null : body.wishedDate;
  if (wished !== null && typeof wished !== 'string') errors.push({ field: 'wishedDate', issue: 'date-format' });
  else {
    const issue = wishedDayIssue(wished, register.today());
    if (issue) errors.push({ field: 'wishedDate', issue });
  }
  if (errors.length) return invalid(ctx, errors);

  if (found.state === 'closed') {
    return problem(409, SR_PROBLEM_TYPES.conflict.slice(10), 'State conflict', 'This anomaly is closed: no request can be made on it.', {
      instance: ctx.instance,
    });
  }
  const batchId = register.nextId('bat');
  const sentAt = new Date(register.now()).toISOString();
  const contactName = new Map([...dir.accountContacts, ...dir.providers.flatMap((p) => p.contacts)].map((c) => [c.id, c.name]));
  const requests: AnomalyRequestRecord[] = fanOutRequest(dir, { providerIds: providerIds!, contactIds: contactIds! }).map((r) => ({
    id: register.nextId('req'),
    kind,
    providerId: r.providerId,
    providerName: dir.providers.find((p) => p.id === r.providerId)!.name,
    contacts: r.contactIds.map((id) => ({ id, name: contactName.get(id)! })),
    message: (message as string).trim(),
    wishedDate: wished as string | null,
    sentAt,
    sentBy: `${user.firstName} ${user.lastName}`,
    batchId,
  }));
  found.requests.unshift(...requests);
  part.sent.push(...requests);
  if (found.state === 'open') found.state = 'in-progress';
  const answer: AnomalyRequestResult = { anomalyId: found.id, batchId, kind, requests, state: found.state };
  if (scope) part.answers.set(scope, answer);
  return HttpResponse.json(answer, { status: 201 });
}

export function registerAnomaliesRoutes(): RouteDefinition[] {
  return routesFromTable(
    SR_ANOMALIES_ROUTES,
    {
      anomalies: {
        ok: ({ register }) => HttpResponse.json<AnomalyListResponse>({ anomalies: anomaliesPart(register).anomalies.map(summaryOf) }),
        malformed: () => ({ anomalies: [{ id: 1, criticality: 'grave' }] }),
      },
      anomaly: {
        ok: (ctx) => {
          const a = find(ctx);
          return a instanceof Response ? a : HttpResponse.json(detailsOf(a));
        },
        malformed: () => ({ id: 'ano-001', requests: 'aucune' }),
      },
      anomalyRequest: { ok: sendRequest, malformed: () => ({ requests: 3 }) },
      providers: {
        ok: ({ register }) => HttpResponse.json(providerDirectory(register)),
        malformed: () => ({ providers: 'Dekra' }),
      },
    },
    plainRoute,
  );
}
