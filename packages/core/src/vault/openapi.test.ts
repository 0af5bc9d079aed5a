/** X-API — the vault's part of the OpenAPI document: every VA route, public ones without a token, the password policy in the schema. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openApiDocument } from '../openapi.js';
import * as api from './api.js';

type Json = Record<string, unknown>;
const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };
const PATH_CONSTANTS = Object.entries(api).filter(([k, v]) => k.startsWith('VAULT_') && k.endsWith('_PATH') && typeof v === 'string') as [
  string,
  string,
][];

describe('X-API VA OpenAPI', () => {
  test('X-API every vault path constant is documented, plus the document routes', () => {
    assert.ok(PATH_CONSTANTS.length >= 17);
    for (const [name, path] of PATH_CONSTANTS) assert.ok(doc.paths[`/${path}`], `${name} /${path}`);
    for (const p of ['pdf', 'archive', 'restore', 'move']) assert.ok(doc.paths[`/vault/documents/{id}/${p}`], p);
  });

  test('X-API VA-LOGIN login: 200 LoginResponse, 401 the one invalid-credentials problem, 423 locked; no token needed', () => {
    const post = doc.paths['/vault/login']!.post as {
      security: unknown[];
      responses: Record<string, { content: Record<string, { schema: Json }> }>;
    };
    assert.deepEqual(post.security, []);
    assert.deepEqual(post.responses['200']!.content['application/json']!.schema, { $ref: '#/components/schemas/VaultLoginResponse' });
    assert.deepEqual(post.responses['401']!.content['application/problem+json']!.schema, {
      $ref: '#/components/schemas/VaultInvalidCredentialsProblem',
    });
    assert.deepEqual(post.responses['423']!.content['application/problem+json']!.schema, {
      $ref: '#/components/schemas/VaultLockedProblem',
    });
    const locked = doc.components.schemas.VaultLockedProblem!;
    assert.ok((locked.required as string[]).includes('lockedUntil'));
  });

  test('X-API private routes keep the bearer requirement (no security override)', () => {
    for (const [path, method] of [
      ['/vault/profile', 'get'],
      ['/vault/documents', 'get'],
      ['/vault/profile/password', 'post'],
    ] as const) {
      assert.equal('security' in doc.paths[path]![method]!, false, path);
    }
  });

  test('X-API the new password schema carries the policy: 11 to 128 code points', () => {
    const reset = doc.components.schemas.VaultPasswordResetConfirm!;
    const password = (reset.properties as Record<string, Json>).password!;
    assert.equal(password.minLength, 11);
    assert.equal(password.maxLength, 128);
    const login = doc.components.schemas.VaultLoginRequest!;
    assert.equal((login.properties as Record<string, Json>).password!.minLength, 1, 'a login password is any non-empty string');
  });

  test('X-API the PDF route answers application/pdf', () => {
    const get = doc.paths['/vault/documents/{id}/pdf']!.get as { responses: Record<string, { content?: Record<string, unknown> }> };
    assert.ok(get.responses['200']!.content!['application/pdf']);
  });
});
