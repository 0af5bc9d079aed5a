/**
 * SR-SIGN — the interventions part's routes in the mock API (guarded: a suspended account gets 403
 * access-restricted), exactly the paths and bodies of core's `interventions/api.ts`, applying core's
 * rules:
 *
 * - only a user with `interventions:signer` signs (403 `/problems/forbidden`);
 * - the body is core's `SignatureRequest` plus `signatureIssues` (a name, the consent, a drawing
 *   that holds a stroke; no strokes on a typed one): 422 `/problems/validation` with `errors`;
 * - `signRefusal`: closed, already signed by this role, not a chosen signer, a signer set other
 *   than the one the first signature fixed, or an invalid set: 409 `/problems/state-conflict` (`reason`);
 * - the signature records the authenticated user (`signedBy`), the printed name, the time and the
 *   SHA-256 of the canonical JSON of what was signed (`signatureHash`, WebCrypto); the intervention
 *   gets a new version and closes when `allSigned`;
 * - `Idempotency-Key` is required (400 otherwise); the same key replays the first answer.
 */
import { HttpResponse } from 'msw';
import {
  SIGN_RIGHT,
  SignatureRequest,
  allSigned,
  maySign,
  signRefusal,
  signatureHash,
  signatureIssues,
  type Intervention,
} from '@vigie/core';
import { problem, type RouteContext, type RouteDefinition } from '../../http.js';
import { interventionsPart, readyInterventions } from './store.js';
import { SR_INTERVENTIONS_ROUTES } from '@vigie/core';
import { routesFromTable, plainRoute } from '../../contract.js';

const notFound = (ctx: RouteContext) =>
  problem(404, 'not-found', 'Not found', `No intervention ${String(ctx.params.id)} on this account.`, { instance: ctx.instance });
const invalid = (ctx: RouteContext, errors: readonly { field: string; issue: string }[]) =>
  problem(422, 'validation', 'Invalid signature', 'Some fields are missing or malformed.', {
    instance: ctx.instance,
    extensions: { errors },
  });

async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

/** What an intervention answers (a copy: later changes never reach an answer already given). */
const view = (i: Intervention): Intervention => structuredClone(i);

async function sign(ctx: RouteContext): Promise<Response> {
  const part = await readyInterventions(ctx.register);
  const i = part.list.find((x) => x.id === String(ctx.params.id));
  if (!i) return notFound(ctx);
  const user = ctx.register.currentUser();
  if (!maySign(user.rights)) {
    return problem(403, 'forbidden', 'Forbidden', `Signing an intervention needs the right ${SIGN_RIGHT}.`, {
      instance: ctx.instance,
      extensions: { right: SIGN_RIGHT },
    });
  }
  const raw = await jsonBody(ctx.request);
  const parsed = SignatureRequest.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((x) => {
      const field = x.path.map(String).join('.') || 'body';
      return { field, issue: field === 'consent' ? 'consent-required' : field === 'name' ? 'required' : 'invalid' };
    });
    return invalid(ctx, errors);
  }
  const body = parsed.data;
  const issues = signatureIssues(body);
  const errors: { field: string; issue: string }[] = Object.entries(issues).map(([field, issue]) => ({
    field: field === 'drawing' ? 'strokes' : field,
    issue: issue!,
  }));
  if (body.method === 'typed' && body.strokes !== undefined) errors.push({ field: 'strokes', issue: 'not-allowed' });
  if (errors.length) return invalid(ctx, errors);
  const refusal = signRefusal(i, body.role, body.signers);
  if (refusal) {
    return problem(409, 'state-conflict', 'State conflict', `This signature does not fit the intervention’s state (${refusal}).`, {
      instance: ctx.instance,
      extensions: { reason: refusal },
    });
  }
  const name = body.name.trim();
  const userId = user.id;
  const hash = await signatureHash(i, { role: body.role, name, userId }, body.method);
  const signedAt = new Date(ctx.register.now()).toISOString();
  i.signers ??= [...body.signers];
  i.signatures.push({
    role: body.role,
    method: body.method,
    name,
    signedAt,
    signedBy: { userId, name: `${user.firstName} ${user.lastName}` },
    hash,
  });
  i.version += 1;
  if (body.method === 'drawn' && body.strokes) part.drawings.set(`${i.id}/${body.role}`, body.strokes);
  if (allSigned(i.signers, i.signatures)) {
    i.status = 'closed';
    i.closedAt = signedAt;
  }
  return HttpResponse.json<Intervention>(view(i));
}

export function registerInterventionsRoutes(): RouteDefinition[] {
  return routesFromTable(
    SR_INTERVENTIONS_ROUTES,
    {
      interventions: {
        ok: async ({ register }) => HttpResponse.json({ interventions: (await readyInterventions(register)).list.map(view) }),
        malformed: ({ register }) => ({
          interventions: interventionsPart(register).list.map((i) => ({ ...i, dueDate: 'bientôt', status: 'à signer' })),
        }),
      },
      intervention: {
        ok: async (ctx) => {
          const i = (await readyInterventions(ctx.register)).list.find((x) => x.id === String(ctx.params.id));
          return i ? HttpResponse.json<Intervention>(view(i)) : notFound(ctx);
        },
        malformed: (ctx) => ({ id: String(ctx.params.id), signatures: 'aucune' }),
      },
      signIntervention: {
        ok: async (ctx) => {
          const key = ctx.request.headers.get('Idempotency-Key')?.trim();
          if (!key) {
            return problem(
              400,
              'idempotency-key-required',
              'Idempotency-Key required',
              'A signature must carry an Idempotency-Key header so that a retry never signs twice.',
              { instance: ctx.instance },
            );
          }
          const answers = interventionsPart(ctx.register).answers;
          const scope = `${ctx.instance} ${key}`;
          const kept = answers.get(scope);
          if (kept) return HttpResponse.json(kept.body as never, { status: kept.status });
          const response = await sign(ctx);
          if (response.ok) answers.set(scope, { status: response.status, body: await response.clone().json() });
          return response;
        },
        malformed: (ctx) => ({ id: String(ctx.params.id), status: 'signée', signatures: [{ role: 'chef' }] }),
      },
    },
    plainRoute,
  );
}
