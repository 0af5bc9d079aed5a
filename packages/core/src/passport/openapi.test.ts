/** X-API — the passport's part of the OpenAPI document: every PP route, public ones without a token, refinements said in the schema. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openApiDocument } from '../openapi.js';
import * as api from './api.js';

type Json = Record<string, unknown>;
type Operation = {
  security?: unknown[];
  parameters?: { name: string; in: string; required: boolean }[];
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
};
const doc = openApiDocument() as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
};
const PATH_CONSTANTS = Object.entries(api).filter(
  ([k, v]) => k.startsWith('PASSPORT_') && k.endsWith('_PATH') && typeof v === 'string',
) as [string, string][];

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) k === '$ref' && typeof v === 'string' ? out.push(v) : refs(v, out);
  return out;
}

describe('X-API PP OpenAPI', () => {
  test('X-API every passport path constant is documented, plus the employee routes', () => {
    assert.ok(PATH_CONSTANTS.length >= 13);
    for (const [name, path] of PATH_CONSTANTS) assert.ok(doc.paths[`/${path}`], `${name} /${path}`);
    assert.ok(doc.paths['/passport/employees/{id}']!.put && doc.paths['/passport/employees/{id}']!.delete);
    assert.ok(doc.paths['/passport/employees/{id}']!.get);
    assert.ok(doc.paths['/passport/employees/{id}/unblock']!.post);
    assert.ok(doc.paths['/passport/employees/{id}/passport']!.get, 'PP-ROSTER « Voir le passeport »');
  });

  test('X-API every $ref of the document resolves', () => {
    for (const ref of refs(doc)) assert.ok(doc.components.schemas[ref.replace('#/components/schemas/', '')], ref);
  });

  test('X-API PP-REGISTER / PP-LOGIN public routes need no token; the others keep the bearer requirement', () => {
    for (const path of ['/passport/companies', '/passport/login', '/passport/login/new-password', '/passport/password-reset/request']) {
      assert.deepEqual(doc.paths[path]!.post!.security, [], path);
    }
    for (const [path, method] of [
      ['/passport/company', 'get'],
      ['/passport/employees', 'get'],
      ['/passport/spaces/link', 'post'],
    ] as const) {
      assert.equal('security' in doc.paths[path]![method]!, false, path);
    }
  });

  test('X-API PP-LOGIN the forgotten password answers 202 only (no 404: never says whether an account exists)', () => {
    const responses = doc.paths['/passport/password-reset/request']!.post!.responses;
    assert.ok(responses['202']);
    assert.equal(responses['404'], undefined);
  });

  test('X-API writes to the company and employees require If-Match and document 412 and 428', () => {
    for (const [path, method] of [
      ['/passport/company', 'put'],
      ['/passport/company/handover', 'post'],
      ['/passport/employees/{id}', 'put'],
      ['/passport/employees/{id}', 'delete'],
    ] as const) {
      const op = doc.paths[path]![method]!;
      assert.ok(
        op.parameters!.some((p) => p.name === 'If-Match' && p.in === 'header' && p.required),
        `${method} ${path}`,
      );
      assert.ok(op.responses['412'] && op.responses['428'], `${method} ${path}`);
    }
  });

  test('X-API PP-ROSTER one employee: GET passport/employees/{id}, the row with its version as ETag, 404 when gone', () => {
    const op = doc.paths['/passport/employees/{id}']!.get! as Operation & {
      operationId: string;
      responses: Record<string, { headers?: Record<string, unknown> }>;
    };
    assert.equal(op.operationId, 'passportGetEmployee');
    assert.deepEqual(
      op.parameters!.map((p) => [p.name, p.in, p.required]),
      [['id', 'path', true]],
    );
    assert.equal(op.responses['200']!.content!['application/json']!.schema.$ref, '#/components/schemas/PassportEmployee');
    assert.ok(op.responses['200']!.headers!.ETag);
    assert.ok(op.responses['404'] && op.responses['401']);
    assert.equal('security' in op, false, 'a private route: the bearer requirement stays');
  });

  test('X-API PP-ROSTER the page: limit up to 5000, the row’s nine fields required', () => {
    const limit = doc.paths['/passport/employees']!.get!.parameters!.find((p) => p.name === 'limit') as unknown as { schema: Json };
    assert.equal(limit.schema.maximum, 5000);
    const row = doc.components.schemas.PassportEmployee!;
    assert.deepEqual([...(row.required as string[])].sort(), [
      'email',
      'expiresOn',
      'firstName',
      'id',
      'lastName',
      'passportUrl',
      'profile',
      'state',
      'version',
    ]);
  });

  test('X-API PP-BLOCK the row documents the block: the module and the instant, optional', () => {
    const row = doc.components.schemas.PassportEmployee! as { properties: Record<string, Json> };
    assert.ok(row.properties.block, 'block');
    assert.match(JSON.stringify(row.properties.block), /working-at-height|PassportEmployeeBlock/);
  });

  test('X-API refinements are said in the schema: the SIRET pattern, the password policy, unique regions', () => {
    const registration = doc.components.schemas.PassportRegistrationRequest!;
    const props = registration.properties as Record<string, Json>;
    assert.equal(props.password!.minLength, 11);
    assert.equal(props.password!.maxLength, 128);
    assert.equal(props.regions!.uniqueItems, true);
    assert.equal(props.regions!.minItems, 1);
    assert.match(JSON.stringify(registration), /\^\\\\d\{14\}\$/);
  });
});
