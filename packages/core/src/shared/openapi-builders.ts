/**
 * X-API — what every service's part of the OpenAPI document builds the same way (openapi.ts
 * composes the parts): JSON Schemas from the zod schemas, with the words a JSON Schema cannot say
 * of a refinement; references, request bodies, answers, problems and operations typed by the
 * service's component names; the parameters every service uses. Only the document needs it.
 */
import * as z from 'zod/mini';

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
export function componentSchemas<C extends string>(components: Readonly<Record<C, z.ZodMiniType>>, overrides?: SchemaOverrides): Record<C, Record<string, unknown>> {
  return Object.fromEntries(Object.entries<z.ZodMiniType>(components).map(([name, s]) => [name, jsonSchemaOf(s, overrides)])) as Record<C, Record<string, unknown>>;
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
  const operation = (operationId: string, summary: string, request: C | undefined, responses: Record<string, unknown>, extra: Record<string, unknown> = {}): Operation => ({
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
