/**
 * SR-OBS — the reports part's routes in the mock API (guarded: a suspended account gets 403
 * access-restricted): an intervention's report (eligibility by core's `extractionEligibility`, the
 * PDF) and its observations; a building document (audit report, commission's procès-verbal), its
 * PDF, and the anomalies or prescriptions extracted from it. Texts are normalised and checked by
 * core's rules; a creation with an `Idempotency-Key` already seen answers the first result again.
 */
import { HttpResponse } from 'msw';
import {
  MAX_EXTRACT_LENGTH,
  SR_PROBLEM_TYPES,
  extractIssue,
  extractionEligibility,
  normalizeExtract,
  type Extract,
  type ExtractionSource,
  type ExtractionTarget,
} from '@vigie/core';
import { addExtractedAnomaly } from '../anomalies/routes.js';
import { problem, type RouteContext, type RouteDefinition } from '../../http.js';
import type { RegisterStore } from '../register-store.js';
import { findDocument, findIntervention, type DocumentFacts, type InterventionFacts } from './facts.js';
import { documentPdf, reportPdf } from './pdfs.js';
import { SR_REPORTS_ROUTES } from '@vigie/core';
import { routesFromTable, plainRoute } from '../../contract.js';

const slug = (type: string) => type.slice('/problems/'.length);

interface ExtractsState {
  /** Per target, per source id: what was extracted, oldest first. */
  readonly lists: Record<ExtractionTarget, Map<string, Extract[]>>;
  readonly byKey: Map<string, Extract>;
}

function extracts(register: RegisterStore): ExtractsState {
  return register.part('reports', () => {
    const lists: ExtractsState['lists'] = { observation: new Map(), anomaly: new Map(), prescription: new Map() };
    if (register.dataSet === 'default') {
      // One observation already taken from the desmoking report (the list is not empty at first).
      lists.observation.set('int-202', [
        {
          id: 'obs-seed-1',
          text: 'Observation n°\u00a01\u00a0: le volet de désenfumage du palier du 4e étage ne se réarme pas à distance ; un réarmement manuel a été effectué.',
          page: 1,
          createdAt: new Date(register.now() - 20 * 86_400_000).toISOString(),
          createdBy: 'Sophie Lefèvre',
        },
      ]);
    }
    return { lists, byKey: new Map() };
  });
}

const notFound = (instance: string, what: string) =>
  problem(404, slug(SR_PROBLEM_TYPES.notFound), 'Not found', `No ${what} with this id on this account.`, { instance });

function interventionSource(i: InterventionFacts): ExtractionSource {
  const verdict = extractionEligibility({ type: i.type, closed: i.closed, report: i.report });
  return {
    target: 'observation',
    id: i.id,
    title: i.title,
    interventionType: i.type,
    closed: i.closed,
    date: i.date,
    report: i.report,
    eligible: verdict.eligible,
    ...(verdict.eligible ? {} : { reason: verdict.reason }),
  };
}

const TARGET_OF_KIND = { audit: 'anomaly', commission: 'prescription' } as const;

function documentSource(d: DocumentFacts): ExtractionSource {
  return { target: TARGET_OF_KIND[d.kind], id: d.id, title: d.title, documentKind: d.kind, date: d.date, report: d.report, eligible: true };
}

const pdfResponse = (bytes: Uint8Array, fileName: string) =>
  new HttpResponse(bytes, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });

/** Finds the source of a target by the route's `:id`, or answers 404 / 409. */
function sourceOf(ctx: RouteContext, target: ExtractionTarget): ExtractionSource | Response {
  const id = String(ctx.params.id);
  if (target === 'observation') {
    const i = findIntervention(ctx.register, id);
    return i ? interventionSource(i) : notFound(ctx.instance, 'intervention');
  }
  const d = findDocument(ctx.register, id);
  if (!d) return notFound(ctx.instance, 'document');
  const source = documentSource(d);
  if (source.target !== target) {
    return problem(
      409,
      slug(SR_PROBLEM_TYPES.conflict),
      'State conflict',
      `This document holds ${source.target === 'anomaly' ? 'anomalies' : 'prescriptions'}, not ${target}s.`,
      {
        instance: ctx.instance,
        extensions: { reason: 'type-not-concerned' },
      },
    );
  }
  return source;
}

function listRoute(target: ExtractionTarget) {
  return {
    ok: (ctx: RouteContext) => {
      const source = sourceOf(ctx, target);
      if (source instanceof Response) return source;
      return HttpResponse.json({ items: extracts(ctx.register).lists[target].get(source.id) ?? [] });
    },
    malformed: () => ({ items: [{ id: 7, text: null }] }),
  };
}

function createRoute(target: ExtractionTarget) {
  return {
    ok: async (ctx: RouteContext) => {
      const source = sourceOf(ctx, target);
      if (source instanceof Response) return source;
      if (!source.eligible) {
        return problem(409, slug(SR_PROBLEM_TYPES.conflict), 'State conflict', 'Nothing can be extracted from this report.', {
          instance: ctx.instance,
          extensions: { reason: source.reason },
        });
      }
      const body = (await ctx.request.json().catch(() => null)) as { text?: unknown; page?: unknown } | null;
      const raw = typeof body?.text === 'string' ? body.text : '';
      const issue = extractIssue(raw);
      const page = body?.page;
      const badPage = page !== undefined && page !== null && !(Number.isInteger(page) && (page as number) >= 1);
      if (issue || badPage) {
        return problem(
          422,
          slug(SR_PROBLEM_TYPES.validation),
          'Validation failed',
          issue === 'too-long' ? `The text is longer than ${MAX_EXTRACT_LENGTH} characters.` : 'The text is missing or malformed.',
          {
            instance: ctx.instance,
            extensions: { errors: [issue ? { field: 'text', issue } : { field: 'page', issue: 'malformed' }] },
          },
        );
      }
      const state = extracts(ctx.register);
      const key = ctx.request.headers.get('Idempotency-Key');
      const scoped = key ? `${target}:${source.id}:${key}` : undefined;
      const seen = scoped ? state.byKey.get(scoped) : undefined;
      if (seen) return HttpResponse.json(seen, { status: 201 });
      const u = ctx.register.currentUser();
      const item: Extract = {
        id: ctx.register.nextId(target === 'observation' ? 'obs' : target === 'anomaly' ? 'ano' : 'pre'),
        text: normalizeExtract(raw),
        page: typeof page === 'number' ? page : null,
        createdAt: new Date(ctx.register.now()).toISOString(),
        createdBy: `${u.firstName} ${u.lastName}`,
      };
      const list = state.lists[target].get(source.id) ?? [];
      state.lists[target].set(source.id, [...list, item]);
      // An anomaly taken from a building report is one of the building's anomalies too.
      if (target === 'anomaly')
        addExtractedAnomaly(ctx.register, { text: item.text, documentTitle: source.title, createdOn: ctx.register.today() });
      if (scoped) state.byKey.set(scoped, item);
      return HttpResponse.json(item, { status: 201 });
    },
    malformed: () => ({ id: '', text: 42 }),
  };
}

export function registerReportsRoutes(): RouteDefinition[] {
  return routesFromTable(
    SR_REPORTS_ROUTES,
    {
      interventionReport: {
        ok: (ctx) => {
          const source = sourceOf(ctx, 'observation');
          return source instanceof Response ? source : HttpResponse.json(source);
        },
        malformed: () => ({ target: 'observation', eligible: 'oui' }),
      },
      interventionReportPdf: {
        ok: (ctx) => {
          const i = findIntervention(ctx.register, String(ctx.params.id));
          if (!i) return notFound(ctx.instance, 'intervention');
          if (i.report?.format !== 'pdf') {
            return problem(409, slug(SR_PROBLEM_TYPES.conflict), 'State conflict', 'This intervention has no PDF report.', {
              instance: ctx.instance,
              extensions: { reason: i.report ? 'not-pdf' : 'no-report' },
            });
          }
          return pdfResponse(reportPdf(i), i.report.fileName);
        },
        malformed: () => ({ pdf: 'non' }),
      },
      interventionObservations: listRoute('observation'),
      createInterventionObservation: createRoute('observation'),
      registerDocument: {
        ok: (ctx) => {
          const d = findDocument(ctx.register, String(ctx.params.id));
          return d ? HttpResponse.json(documentSource(d)) : notFound(ctx.instance, 'document');
        },
        malformed: () => ({ target: 'document' }),
      },
      registerDocumentPdf: {
        ok: (ctx) => {
          const d = findDocument(ctx.register, String(ctx.params.id));
          return d ? pdfResponse(documentPdf(d), d.report.fileName) : notFound(ctx.instance, 'document');
        },
        malformed: () => ({ pdf: 'non' }),
      },
      documentAnomalies: listRoute('anomaly'),
      createDocumentAnomaly: createRoute('anomaly'),
      documentPrescriptions: listRoute('prescription'),
      createDocumentPrescription: createRoute('prescription'),
    },
    plainRoute,
  );
}
