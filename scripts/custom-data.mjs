/**
 * From packages/components/custom-elements.json (the public API, see
 * packages/components/custom-elements-manifest.config.mjs), writes what editors and JSX need,
 * shipped in @vigie/components (issue 11, point 10):
 *
 *   vscode.html-custom-data.json   VS Code's HTML custom data (`"html.customData"` in settings)
 *   web-types.json                 JetBrains' web-types (found through package.json `web-types`)
 *   jsx.d.ts                       framework-neutral props and events per tag
 *   jsx-react.d.ts, jsx-preact.d.ts, jsx-solid.d.ts   `IntrinsicElements` for raw tags in each
 *
 * `npm run cem` runs it after the analyzer; `node scripts/custom-data.mjs [outdir]`.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const componentsDir = fileURLToPath(new URL('../packages/components/', import.meta.url));
const pkg = JSON.parse(readFileSync(join(componentsDir, 'package.json'), 'utf8'));
const HEADER = '// Generated from custom-elements.json by scripts/custom-data.mjs: do not edit.\n';

/** The elements with a tag, in tag order. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const LITERAL = /^'([^']*)'$|^(-?\d+(?:\.\d+)?)$/;
/** `'a' | 'b' | undefined` → ['a', 'b']; undefined when the type is not a union of literals. */
export function literalValues(text) {
  if (!text) return undefined;
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  if (!parts.length || !parts.every((p) => LITERAL.test(p))) return undefined;
  return parts.map((p) => p.replace(/^'(.*)'$/, '$1'));
}

function markdown(el) {
  const lines = [el.summary || el.description?.split('\n\n')[0] || ''];
  lines.push('', `Since ${el.since} · ${el.status}`);
  const list = (title, items, fmt) => items?.length && lines.push('', `**${title}**`, ...items.map(fmt));
  list('Events', el.events, (e) => `- \`${e.name}\`${e.description ? `: ${e.description}` : ''}`);
  list('Slots', el.slots, (s) => `- ${s.name ? `\`${s.name}\`` : '(default)'}${s.description ? `: ${s.description}` : ''}`);
  list('CSS parts', el.cssParts, (p) => `- \`::part(${p.name})\`${p.description ? `: ${p.description}` : ''}`);
  list('CSS custom properties', el.cssProperties, (p) => `- \`${p.name}\`${p.description ? `: ${p.description}` : ''}`);
  list('CSS classes (light DOM)', el.cssClasses, (c) => `- \`.${c.name}\`${c.description ? `: ${c.description}` : ''}`);
  return lines.join('\n');
}

export function vscodeData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: { kind: 'markdown', value: markdown(el) },
      attributes: (el.attributes ?? []).map((a) => {
        const values = literalValues(a.type?.text);
        return {
          name: a.name,
          description: [a.description, a.type?.text && `\`${a.type.text}\``].filter(Boolean).join('\n\n'),
          ...(values ? { values: values.map((name) => ({ name })) } : a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

export function webTypes(elements) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: markdown(el),
          source: { module: pkg.name, symbol: el.name },
          attributes: (el.attributes ?? []).map((a) => {
            const values = literalValues(a.type?.text);
            return {
              name: a.name,
              description: a.description ?? '',
              ...(a.default ? { default: a.default } : {}),
              value:
                a.type?.text === 'boolean' ? { type: 'boolean', required: false } : { type: a.type?.text ?? 'string', required: false },
              ...(values ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          slots: (el.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
          js: {
            properties: (el.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static)
              .map((m) => ({ name: m.name, description: m.description ?? '', ...(m.type ? { type: m.type.text } : {}) })),
            events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          },
          css: {
            properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
            parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
            classes: (el.cssClasses ?? []).map((c) => ({ name: c.name, description: c.description ?? '' })),
          },
        })),
      },
    },
  };
}

const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n+/g, ' ')} */\n` : '');
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
/** An attribute's value type in markup: its literals, a boolean, a number, else a string. */
function attributeType(text) {
  if (literalValues(text))
    return text
      .split('|')
      .map((p) => p.trim())
      .filter((p) => p !== 'undefined' && p !== 'null')
      .join(' | ');
  if (text === 'boolean' || text === 'boolean | undefined') return 'boolean';
  if (text === 'number' || text === 'number | undefined') return 'number | string';
  return 'string';
}

/** jsx.d.ts: per tag, its public properties (typed from the class) and attributes, and its events. */
export function jsxTypes(elements) {
  const imports = new Set();
  let props = '';
  let events = '';
  for (const el of elements) {
    imports.add(el.name);
    props += doc(el.summary, '  ') + `  '${el.tagName}': {\n`;
    const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly);
    const fieldNames = new Set(fields.map((m) => m.name));
    for (const m of fields) props += doc(m.description, '    ') + `    ${quote(m.name)}?: ${el.name}['${m.name}'];\n`;
    for (const a of el.attributes ?? []) {
      if (fieldNames.has(a.name)) continue; // same name as the property: typed above
      props += doc(a.description, '    ') + `    '${a.name}'?: ${attributeType(a.type?.text)};\n`;
    }
    props += '  };\n';
    events += `  '${el.tagName}': {\n`;
    for (const e of el.events ?? []) {
      const type = e.type?.text && /^[A-Z]\w*$/.test(e.type.text) ? e.type.text : 'Event';
      if (type !== 'Event') imports.add(type);
      events += doc(e.description, '    ') + `    '${e.name}': ${type};\n`;
    }
    events += '  };\n';
  }
  return (
    HEADER +
    `import type {\n${[...imports]
      .sort()
      .map((n) => `  ${n},\n`)
      .join('')}} from '${pkg.name}';\n\n` +
    `/** Each Vigie tag's public properties (camelCase, set as properties by React 19, Preact and Solid) and attributes (kebab-case). */\n` +
    `export interface VigieElementProps {\n${props}}\n\n` +
    `/** Each Vigie tag's events: name → event class. */\n` +
    `export interface VigieElementEvents {\n${events}}\n\n` +
    `export type VigieTagName = keyof VigieElementProps;\n\n` +
    `/** \`on<event-name>\` handlers, as React 19 and Preact read them on a custom element (\`onvault-signed-in\`). */\n` +
    `export type VigieOnHandlers<T extends VigieTagName> = {\n  [K in keyof VigieElementEvents[T] as \`on\${K & string}\`]?: (event: VigieElementEvents[T][K]) => void;\n};\n\n` +
    `/** Solid's \`on:<event-name>\` handlers. */\n` +
    `export type VigieSolidHandlers<T extends VigieTagName> = {\n  [K in keyof VigieElementEvents[T] as \`on:\${K & string}\`]?: (event: VigieElementEvents[T][K]) => void;\n};\n`
  );
}

function frameworkTypes(elements, { module, base, handlers, header }) {
  const lines = elements.map(
    (el) =>
      `      '${el.tagName}': ${base(`HTMLElementTagNameMap['${el.tagName}']`)} & VigieElementProps['${el.tagName}'] & ${handlers}<'${el.tagName}'>;`,
  );
  return (
    HEADER +
    header +
    `import type { VigieElementProps, ${handlers} } from './jsx.js';\n` +
    `import type {} from '${pkg.name}';\n\n` +
    `declare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements {\n${lines.join('\n')}\n    }\n  }\n}\n`
  );
}

export function generate(manifest) {
  const elements = elementsOf(manifest);
  return {
    'vscode.html-custom-data.json': JSON.stringify(vscodeData(elements), null, 2) + '\n',
    'web-types.json': JSON.stringify(webTypes(elements), null, 2) + '\n',
    'jsx.d.ts': jsxTypes(elements),
    'jsx-react.d.ts': frameworkTypes(elements, {
      module: 'react',
      header: `/** Raw Vigie tags in React 19 JSX: \`import type {} from '${pkg.name}/jsx-react';\` once in the app. */\nimport type { DetailedHTMLProps, HTMLAttributes } from 'react';\n`,
      base: (el) => `DetailedHTMLProps<HTMLAttributes<${el}>, ${el}>`,
      handlers: 'VigieOnHandlers',
    }),
    'jsx-preact.d.ts': frameworkTypes(elements, {
      module: 'preact',
      header: `/** Raw Vigie tags in Preact JSX: \`import type {} from '${pkg.name}/jsx-preact';\` once in the app. */\nimport type { JSX as PreactJSX } from 'preact';\n`,
      base: (el) => `PreactJSX.HTMLAttributes<${el}>`,
      handlers: 'VigieOnHandlers',
    }),
    'jsx-solid.d.ts': frameworkTypes(elements, {
      module: 'solid-js',
      header: `/** Raw Vigie tags in Solid JSX: \`import type {} from '${pkg.name}/jsx-solid';\` once in the app. */\nimport type { JSX as SolidJSX } from 'solid-js';\n`,
      base: (el) => `SolidJSX.HTMLAttributes<${el}>`,
      handlers: 'VigieSolidHandlers',
    }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = resolve(process.argv[2] ?? componentsDir);
  const manifest = JSON.parse(readFileSync(join(componentsDir, 'custom-elements.json'), 'utf8'));
  mkdirSync(outdir, { recursive: true });
  const files = generate(manifest);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outdir, name), text);
  console.log(`custom data for ${elementsOf(manifest).length} tags: ${Object.keys(files).join(', ')}`);
}
