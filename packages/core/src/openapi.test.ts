/** X-API — the OpenAPI document generated from the zod schemas. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openApiDocument } from './openapi.js';
import { INVOICES_PATH } from './safety-register/api.js';

type Json = Record<string, unknown>;
const doc = openApiDocument() as unknown as Json;
const components = doc.components as { schemas: Record<string, Json>; securitySchemes: Json };
const paths = doc.paths as Record<string, Record<string, Json>>;

/** Every `$ref` in a JSON value. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('X-API OpenAPI document', () => {
  test('X-API the document is OpenAPI 3.1 with a title and a version', () => {
    assert.match(String(doc.openapi), /^3\.1\.\d+$/);
    const info = doc.info as Json;
    assert.equal(typeof info.title, 'string');
    assert.equal(info.version, '0.1.0');
    assert.equal((openApiDocument('2.3.4') as unknown as { info: Json }).info.version, '2.3.4');
  });

  test('X-API the document survives a JSON round trip (what the build writes)', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(doc)), doc);
  });

  test('X-API the document has the invoices path (GET, 200 → InvoiceListResponse, problem details otherwise)', () => {
    const path = `/${INVOICES_PATH}`;
    assert.equal(path, '/safety-register/invoices');
    assert.ok(paths[path], `missing ${path}`);
    const get = paths[path]!.get as { operationId: string; responses: Record<string, Json> };
    assert.equal(get.operationId, 'listInvoices');
    const ok = get.responses['200'] as { content: Record<string, { schema: Json }> };
    assert.deepEqual(ok.content['application/json']!.schema, { $ref: '#/components/schemas/InvoiceListResponse' });
    for (const code of ['401', 'default']) {
      const r = get.responses[code] as { content: Record<string, { schema: Json }> };
      assert.deepEqual(r.content['application/problem+json']!.schema, { $ref: '#/components/schemas/ProblemDetails' }, code);
    }
  });

  test('X-API the Invoice schema requires id, number, dueDate, amountCents and status', () => {
    const invoice = components.schemas.Invoice!;
    assert.equal(invoice.type, 'object');
    assert.deepEqual([...(invoice.required as string[])].sort(), ['amountCents', 'dueDate', 'id', 'number', 'status']);
    const props = invoice.properties as Record<string, Json>;
    assert.equal(props.id!.type, 'string');
    assert.equal(props.number!.type, 'string');
    assert.equal(props.dueDate!.type, 'string');
    assert.equal(props.dueDate!.format, 'date');
    assert.equal(props.amountCents!.type, 'integer');
    assert.deepEqual(props.status!.enum, ['paid', 'unpaid']);
    assert.ok(props.issueDate && props.pdfUrl, 'the optional fields are documented too');
    assert.equal('$schema' in invoice, false, 'no $schema inside a component');
  });

  test('X-API the InvoiceListResponse schema is an object with a required array of invoices', () => {
    const list = components.schemas.InvoiceListResponse!;
    assert.equal(list.type, 'object');
    assert.deepEqual(list.required, ['invoices']);
    assert.equal(((list.properties as Record<string, Json>).invoices as Json).type, 'array');
  });

  test('X-API ProblemDetails (RFC 9457) keeps extensions and documents lockedUntil', () => {
    const problem = components.schemas.ProblemDetails!;
    const props = problem.properties as Record<string, Json>;
    for (const k of ['type', 'title', 'status', 'detail', 'instance', 'lockedUntil']) assert.ok(props[k], k);
    assert.equal(props.lockedUntil!.format, 'date-time');
    assert.notEqual(problem.additionalProperties, false);
  });

  test('X-API every $ref points to a component schema that exists', () => {
    const all = refs(doc);
    assert.ok(all.length > 0);
    for (const ref of all) {
      const m = /^#\/components\/schemas\/(.+)$/.exec(ref);
      assert.ok(m, ref);
      assert.ok(components.schemas[m[1]!], `dangling ${ref}`);
    }
  });

  test('X-API the API is protected by a bearer token', () => {
    assert.deepEqual(components.securitySchemes.bearer, { type: 'http', scheme: 'bearer' });
    assert.deepEqual(doc.security, [{ bearer: [] }]);
  });
});
