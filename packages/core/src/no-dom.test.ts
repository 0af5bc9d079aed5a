/**
 * X-ARCH (issue 11, point 5) — core is typed without the DOM library: with core's own compiler
 * options, a page global (`document`, `window`, `HTMLElement`, `localStorage`) does not compile,
 * while the web platform core needs (fetch, Response, URL, AbortSignal, TextEncoder,
 * crypto.subtle…) does. Read from packages/core/tsconfig.json, so loosening it fails here.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import ts from 'typescript';

const CONFIG = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const PROBE = fileURLToPath(new URL('./__no-dom-probe__.ts', import.meta.url));

/** The names the compiler cannot find in `source`, compiled alone with core's options. */
function unknownNames(source: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    CONFIG,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(String(d.messageText)) },
  );
  assert.ok(parsed);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    composite: false,
    declaration: false,
    declarationMap: false,
    emitDeclarationOnly: false,
    incremental: false,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (f === PROBE ? source : readFile(f));
  host.fileExists = (f) => f === PROBE || fileExists(f);
  host.getSourceFile = (f, lang, ...rest) => (f === PROBE ? ts.createSourceFile(f, source, lang) : getSourceFile(f, lang, ...rest));
  const program = ts.createProgram([PROBE], options, host);
  const diagnostics = [
    ...program.getSemanticDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getOptionsDiagnostics(),
  ];
  return diagnostics.map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    return /Cannot find name '([^']+)'/.exec(text)?.[1] ?? `other: ${text}`;
  });
}

test('X-ARCH core does not compile a page global: document, window, HTMLElement, localStorage', () => {
  const source = [
    'export const a = document.title;',
    'export const b = window.innerWidth;',
    'export type C = HTMLElement;',
    'export const d = localStorage.length;',
  ].join('\n');
  assert.deepEqual(unknownNames(source).sort(), ['HTMLElement', 'document', 'localStorage', 'window']);
});

test('X-ARCH core compiles the web platform it uses: fetch, Request, Response, Headers, URL, AbortSignal, TextEncoder, crypto.subtle, Blob, timers', () => {
  const source = [
    'export const f: typeof fetch = fetch;',
    "export const r = new Request('https://x.fr/', { headers: new Headers({ a: 'b' }) });",
    'export const s = new Response(null).status;',
    "export const u = new URL('https://x.fr/').searchParams;",
    'export const t = AbortSignal.timeout(1);',
    "export const e = new TextEncoder().encode('é');",
    "export const h = crypto.subtle.digest('SHA-256', e);",
    'export const i = crypto.randomUUID();',
    "export const b = new Blob(['x']);",
    'export const k = setTimeout(() => clearTimeout(k), 1);',
    'export const d = new TextDecoderStream();',
  ].join('\n');
  assert.deepEqual(unknownNames(source), []);
});
