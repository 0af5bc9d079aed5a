/**
 * X-API — what every service's part of the OpenAPI document builds the same way (openapi.ts
 * composes the parts): JSON Schemas from the zod schemas, with the words a JSON Schema cannot say
 * of a refinement; references, request bodies, answers, problems and operations typed by the
 * service's component names; the parameters every service uses. Only the document needs it.
 */
import * as z from 'zod/mini';
import type { Problem, RouteSpec } from './contract.js';

/** Replacements by schema: what a JSON Schema cannot say of a refinement, said in words (and as a pattern where one exists). */
export type SchemaOverrides = ReadonlyMap<z.ZodMiniType, Record<string, unknown>>;

/** The JSON Schema (draft 2020-12, the input side) of a zod schema, with `overrides` in place of the schemas it names. */
export function jsonSchemaOf(s: z.ZodMiniType, overrides: SchemaOverrides = new Map()): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const replacement = overrides.get(ctx.zodSchema as unknown as z.ZodMiniType);
      if (!replacement) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, replacement);
    },
  }) as Record<string, unknown>;
  return rest;
}

/** A service's components: each zod schema as its JSON Schema, by component name. */
export function componentSchemas<C extends string>(
  components: Readonly<Record<C, z.ZodMiniType>>,
  overrides?: SchemaOverrides,
): Record<C, Record<string, unknown>> {
  return Object.fromEntries(Object.entries<z.ZodMiniType>(components).map(([name, s]) => [name, jsonSchemaOf(s, overrides)])) as Record<
    C,
    Record<string, unknown>
  >;
}

/** An operation: its id, summary, tag, body, extras (parameters, security…) and answers, `default` last. */
export type Operation = Record<string, unknown> & { responses: Record<string, unknown> };

/** The builders of one service's paths, typed by its component names (`ProblemDetails` is the document's own). */
export function openApiBuilders<C extends string>(tag: string) {
  type Schema = C | 'ProblemDetails';
  const ref = (name: Schema) => ({ $ref: `#/components/schemas/${name}` });
  const json = (name: C, description: string) => ({ description, content: { 'application/json': { schema: ref(name) } } });
  const problem = (description: string, name: Schema = 'ProblemDetails') => ({
    description,
    content: { 'application/problem+json': { schema: ref(name) } },
  });
  const body = (name: C) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });
  const fallback = problem('Any other failure');
  const operation = (
    operationId: string,
    summary: string,
    request: C | undefined,
    responses: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ): Operation => ({
    operationId,
    summary,
    tags: [tag],
    ...(request ? { requestBody: body(request) } : {}),
    ...extra,
    responses: { ...responses, default: fallback },
  });
  return { ref, json, problem, body, operation };
}

/** `Idempotency-Key`, optional: the same key replays the first answer. */
export const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description: 'Makes the request safe to retry: the same key replays the first answer.',
};

/** The `{id}` of a path. */
export const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

/** A public route (no session). */
export const PUBLIC = { security: [] as never[] };

/** The prose of one operation: what the table cannot say. */
export interface OperationDoc {
  readonly operationId: string;
  readonly summary: string;
  /** The success answer's description. */
  readonly ok: string;
  /** Headers of the success answer (e.g. `ETag`). */
  readonly okHeaders?: Record<string, unknown>;
  /** Query parameters (the path's and the table's headers are added). */
  readonly query?: readonly Record<string, unknown>[];
  /** A security other than the document's (a public route gets `[]` from the table). */
  readonly security?: readonly Record<string, unknown>[];
  /**
   * The parameters in words, in place of the generated list: it must name every parameter the
   * table implies (the path's, `If-Match`, `Idempotency-Key`), so only their prose is free.
   */
  readonly parameters?: readonly Record<string, unknown>[];
  /**
   * Answers worded for this operation, by status, in place of the generated ones: only for a
   * status the table already gives it (its success or one of its problems' statuses).
   */
  readonly answers?: Readonly<Record<string, unknown>>;
  /** The success answer's schema when it is not the table's JSON (e.g. a `text/event-stream`). */
  readonly okContent?: Record<string, unknown>;
}

/** The prose of one problem type in the document, and its schema when it has extension members. */
export interface ProblemDoc<C extends string> {
  readonly description: string;
  readonly schema?: C;
  /** Headers it comes with (e.g. `Retry-After`). */
  readonly headers?: Record<string, unknown>;
}

/** The `If-Match` header of a write to a shared resource. */
export const ifMatchHeader = {
  name: 'If-Match',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: 'The version read (`"<version>"`): 428 without it, 412 when someone saved in between.',
};

/**
 * A service's OpenAPI paths, generated from its contract table (`routes.ts`): method, path and its
 * parameters, body, answer, problems by status, security, `Idempotency-Key` and `If-Match`. Only
 * the prose comes from `docs` (every operation must have its own) and `problemDocs`.
 */
export function pathsOf<C extends string, R extends Record<string, RouteSpec>, P extends Record<string, Problem>>(spec: {
  readonly tag: string;
  readonly routes: R;
  readonly problems: P;
  readonly components: Readonly<Record<C, z.ZodMiniType>>;
  readonly docs: { readonly [K in keyof R]: OperationDoc };
  readonly problemDocs: { readonly [K in keyof P]: ProblemDoc<C> };
}): Record<string, Record<string, Operation>> {
  const { json, problem, operation } = openApiBuilders<C>(spec.tag);
  const nameOf = new Map<z.ZodMiniType, C>(Object.entries<z.ZodMiniType>(spec.components).map(([name, schema]) => [schema, name as C]));
  const component = (schema: z.ZodMiniType, where: string): C => {
    const name = nameOf.get(schema);
    if (!name) throw new TypeError(`[vigie] ${where}: its schema is no component of ${spec.tag}`);
    return name;
  };
  const paths: Record<string, Record<string, Operation>> = {};
  for (const [key, route] of Object.entries<RouteSpec>(spec.routes)) {
    const doc = spec.docs[key as keyof R];
    const status = String(route.status ?? 200);
    const success =
      status === '204'
        ? { description: doc.ok }
        : doc.okContent
          ? { description: doc.ok, content: doc.okContent }
          : route.produces
            ? { description: doc.ok, content: { [route.produces]: { schema: { type: 'string', format: 'binary' } } } }
            : json(component(route.response, key), doc.ok);
    const responses: Record<string, unknown> = { [status]: doc.okHeaders ? { ...success, headers: doc.okHeaders } : success };
    const byStatus = new Map<number, Problem[]>();
    for (const name of route.problems) {
      const p = spec.problems[name];
      if (!p) throw new TypeError(`[vigie] ${key}: no problem ${name} in ${spec.tag}`);
      byStatus.set(p.status, [...(byStatus.get(p.status) ?? []), p]);
    }
    for (const [code, list] of [...byStatus].sort(([a], [b]) => a - b)) {
      const docs = list.map((p) => ({ ...spec.problemDocs[p.name as keyof P], type: p.type }));
      const schemas = new Set(docs.map((d) => d.schema));
      const text = docs.map((d) => `${d.description} (\`${d.type}\`)`).join('; or ');
      const answer = problem(text, schemas.size === 1 && docs[0]!.schema ? docs[0]!.schema : 'ProblemDetails');
      const headers = Object.assign({}, ...docs.map((d) => d.headers ?? {})) as Record<string, unknown>;
      responses[String(code)] = Object.keys(headers).length ? { ...answer, headers } : answer;
    }
    for (const [code, answer] of Object.entries(doc.answers ?? {})) {
      if (!responses[code]) throw new TypeError(`[vigie] ${key}: ${code} is no answer of its row in ${spec.tag}`);
      responses[code] = answer;
    }
    const generated = [
      ...[...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...(doc.query ?? []),
      ...(route.ifMatch ? [ifMatchHeader] : []),
      ...(route.idempotency === 'keyed' ? [idempotencyKey] : []),
    ];
    const worded = new Set((doc.parameters ?? []).map((p) => p.name));
    const missing = doc.parameters && generated.find((p) => !worded.has(p.name));
    if (missing) throw new TypeError(`[vigie] ${key}: its parameters leave out ${String(missing.name)}`);
    const parameters = doc.parameters ?? generated;
    const extra = {
      ...(route.auth === 'public' ? PUBLIC : route.auth === 'optional' ? { security: [{ bearer: [] }, {}] } : {}),
      ...(doc.security ? { security: doc.security } : {}),
      ...(parameters.length ? { parameters } : {}),
    };
    const request = route.body ? component(route.body, `${key}'s body`) : undefined;
    (paths[`/${route.path}`] ??= {})[route.method] = operation(doc.operationId, doc.summary, request, responses, extra);
  }
  return paths;
}
