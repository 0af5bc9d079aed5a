/**
 * custom-elements.json is the public API of @vigie/components (issue 11, point 10): tools (VS Code,
 * JetBrains, Storybook, the React wrappers' drift test, the JSX types) read it, so it says only
 * what a host may rely on.
 *
 *   - public members only: no `#private`, `_x`, `private`/`protected`, `@internal`, `@state`,
 *     controllers, nor the static plumbing every element has (styles, message bundles);
 *   - one `custom-element-definition` export per `src/define/<tag>.ts` (the tag and its class);
 *   - types expanded: an alias of literals (`LoginStatus`, `(typeof STEPS)[number]`) is written out
 *     (`'idle' | 'submitting' | …`), so a tool can list the options;
 *   - `since` and `status` on every element: from the class's `@since` / `@status` JSDoc tags,
 *     else the defaults below;
 *   - `cssClasses`: the `@cssclass name - description` JSDoc tags, the styling hooks of the
 *     light-DOM widgets (they have no shadow root, hence no `::part`), inherited from the base
 *     classes (e.g. the shared panel classes documented on `LightDomElement`).
 *
 * `npm run cem` runs it (inside packages/components), then scripts/custom-data.mjs writes the JSX
 * types, VS Code and JetBrains data from the result.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** What an element without its own `@since` / `@status` gets: the first published version, not yet stable. */
const DEFAULT_SINCE = '0.1.0';
const DEFAULT_STATUS = 'experimental';
const STATUSES = ['experimental', 'stable', 'deprecated'];

/** Static fields every Vigie element has for its own plumbing, not for hosts. */
const STATIC_PLUMBING = new Set([
  'styles',
  'lightStyles',
  'messages',
  'shadowRootOptions',
  'properties',
  'elementStyles',
  'attributeValues',
]);

/** Public in TypeScript only to satisfy an internal interface (e.g. DomainChangeHost): not for hosts. */
const NOT_API = { CompanyProfile: ['passportServices', 'passportSession'] };

/** Alias name → its literal members (`'a'`, `2`…), from the sources of components and core. */
function literalAliases(dirs) {
  const raw = new Map(); // name → type text
  const tuples = new Map(); // const name → literal texts
  const walk = (dir) =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : /\.ts$/.test(n) && !/\.test(\.node)?\.ts$|\.d\.ts$/.test(n) ? [p] : [];
    });
  for (const file of dirs.flatMap(walk)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    const visit = (node) => {
      if (ts.isTypeAliasDeclaration(node) && !node.typeParameters) raw.set(node.name.text, node.type.getText(sf));
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        let init = node.initializer;
        if (ts.isSatisfiesExpression(init)) init = init.expression;
        if (ts.isAsExpression(init) && init.type.getText(sf) === 'const' && ts.isArrayLiteralExpression(init.expression)) {
          const items = init.expression.elements;
          // Literals, and spreads of other such lists (`['all', ...INVOICE_GROUPS] as const`).
          if (
            items.every((e) => ts.isStringLiteral(e) || ts.isNumericLiteral(e) || (ts.isSpreadElement(e) && ts.isIdentifier(e.expression)))
          )
            tuples.set(
              node.name.text,
              items.map((e) => (ts.isStringLiteral(e) ? `'${e.text}'` : ts.isSpreadElement(e) ? `...${e.expression.text}` : e.getText(sf))),
            );
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { raw, tuples };
}

const LITERAL = /^('[^']*'|"[^"]*"|-?\d+(\.\d+)?|true|false|undefined|null)$/;

function expander({ raw, tuples }) {
  const cache = new Map();
  const tuple = (name, depth = 0) => {
    if (!tuples.has(name) || depth > 8) return undefined;
    const out = [];
    for (const item of tuples.get(name)) {
      if (!item.startsWith('...')) out.push(item);
      else {
        const inner = tuple(item.slice(3), depth + 1);
        if (!inner) return undefined;
        out.push(...inner);
      }
    }
    return out;
  };
  /** The literal members of a type text, or undefined when it is not a union of literals. */
  const members = (text, depth = 0) => {
    if (depth > 8) return undefined;
    const parts = splitUnion(text);
    const out = [];
    for (let part of parts) {
      part = part.replace(/^\((.*)\)$/, '$1').trim();
      const indexed = /^\(?typeof\s+(\w+)\)?\[number\]$/.exec(part);
      const exclude = /^Exclude<([\s\S]+)>$/.exec(part);
      if (LITERAL.test(part)) out.push(part.replace(/^"(.*)"$/, "'$1'"));
      else if (indexed && tuple(indexed[1])) out.push(...tuple(indexed[1]));
      else if (exclude) {
        const [from, removed] = splitTop(exclude[1], ',');
        const all = from && members(from, depth + 1);
        const gone = removed && members(removed, depth + 1);
        if (!all || !gone) return undefined;
        out.push(...all.filter((x) => !gone.includes(x)));
      } else if (/^\w+$/.test(part) && raw.has(part)) {
        if (!cache.has(part)) cache.set(part, members(raw.get(part), depth + 1));
        const m = cache.get(part);
        if (!m) return undefined;
        out.push(...m);
      } else return undefined;
    }
    return [...new Set(out)];
  };
  return (text) => {
    if (!text) return text;
    const m = members(text);
    // Only when the expansion says more than the text did (a bare `boolean` or `'a' | 'b'` stays).
    if (!m || m.join(' | ') === text || m.every((x) => x === 'undefined' || x === 'null')) return text;
    return m.join(' | ');
  };
}

/** `A | B | (C | D)` → its top-level members. */
const splitUnion = (text) => splitTop(text.replace(/^\s*\|/, ''), '|');

/** Splits at each top-level `sep` (outside brackets and quotes). */
function splitTop(text, sep) {
  const parts = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if ('(<[{'.includes(ch)) depth++;
    else if (')>]}'.includes(ch)) depth--;
    else if (ch === sep && depth === 0) {
      parts.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  parts.push(cur.trim());
  return parts;
}

/** The `.vigie-*` classes of the styles file beside an element's module (`x/x.ts` → `x/x.styles.ts`). */
function widgetClasses(modulePath) {
  const sheet = modulePath?.replace(/\.ts$/, '.styles.ts');
  if (!sheet || !existsSync(sheet)) return [];
  const names = new Set([...readFileSync(sheet, 'utf8').matchAll(/\.(vigie-[a-z0-9_-]+)/g)].map((m) => m[1]));
  return [...names].map((name) => ({ name, description: "A styling hook of this widget's own layout." }));
}

function vigiePublicApi() {
  const classTags = new Map(); // class name → { since, status, cssClasses }
  const hidden = new Map(); // class name → member names that are not public API
  const definitions = new Map(); // define module path → { tag, className }
  return {
    name: 'vigie-public-api',
    analyzePhase({ ts, node, moduleDoc }) {
      // The analyzer's own TypeScript (its node kinds may differ from ours).
      const tagText = (tag) => (ts.getTextOfJSDocComment(tag.comment) ?? '').trim();
      if (ts.isClassDeclaration(node) && node.name) {
        const name = node.name.text;
        const info = { cssClasses: [] };
        for (const tag of ts.getJSDocTags(node)) {
          const t = tag.tagName.text;
          if (t === 'since') info.since = tagText(tag);
          if (t === 'status') info.status = tagText(tag);
          if (t === 'cssclass' || t === 'cssClass') {
            const [, cls, description] = /^\.?([\w-]+)\s*(?:-\s*)?([\s\S]*)$/.exec(tagText(tag)) ?? [];
            if (cls) info.cssClasses.push({ name: cls, description: description.trim() });
          }
        }
        classTags.set(name, info);
        const drop = new Set();
        for (const member of node.members) {
          const memberName =
            member.name && (ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name)) ? member.name.text : undefined;
          if (!memberName) continue;
          const decorators = ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : [];
          // @state is internal reactive state; @consume/@query* are wiring, not API.
          const isState = decorators.some((d) => /^(state|consume|query\w*)\b/.test(d.expression.getText()));
          const internal = ts.getJSDocTags(member).some((t) => t.tagName.text === 'internal' || t.tagName.text === 'ignore');
          const init = ts.isPropertyDeclaration(member) && member.initializer ? member.initializer.getText() : '';
          const controller =
            /^new \w*(Controller|Task)\b/.test(init) ||
            /\b\w*Controller\b/.test(ts.isPropertyDeclaration(member) && member.type ? member.type.getText() : '');
          if (isState || internal || controller) drop.add(memberName);
        }
        hidden.set(name, drop);
      }
      // src/define/<tag>.ts: defineElement('<tag>', Class)
      if (ts.isCallExpression(node) && /src\/define\/[\w-]+\.ts$/.test(moduleDoc.path) && node.expression.getText() === 'defineElement') {
        const [tagArg, classArg] = node.arguments;
        if (tagArg && ts.isStringLiteral(tagArg) && classArg && ts.isIdentifier(classArg))
          definitions.set(moduleDoc.path, { tag: tagArg.text, className: classArg.text });
      }
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const expand = expander(literalAliases(['src', '../core/src']));
      const classModule = new Map();
      const classes = new Map();
      for (const mod of manifest.modules)
        for (const d of mod.declarations ?? [])
          if (d.kind === 'class') {
            classModule.set(d.name, mod.path);
            classes.set(d.name, d);
          }

      // Real definitions: `src/define/<tag>.ts` registers `<tag>`; the generic helper's call
      // (`customElements.define(tag, ctor)` in base/define.ts) defines nothing by itself.
      for (const mod of manifest.modules) {
        mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && mod.path === 'src/base/define.ts'));
        const def = definitions.get(mod.path);
        if (def && classModule.has(def.className)) {
          mod.exports.push({
            kind: 'custom-element-definition',
            name: def.tag,
            declaration: { name: def.className, module: classModule.get(def.className) },
          });
          // The definition names the tag even when the class's JSDoc has no `@tagname`.
          const klass = classes.get(def.className);
          if (klass && !klass.tagName) Object.assign(klass, { tagName: def.tag, customElement: true });
        }
      }

      const superChain = (d) => {
        const chain = [];
        for (let s = d.superclass; s && classes.has(s.name) && chain.length < 10; s = classes.get(s.name).superclass) chain.push(s.name);
        return chain;
      };
      const isPublic = (className, m, inherited) => {
        if (m.privacy && m.privacy !== 'public') return false;
        if (m.name.startsWith('#') || m.name.startsWith('_')) return false;
        if (m.static && STATIC_PLUMBING.has(m.name)) return false;
        const owner = inherited ?? className;
        if (hidden.get(owner)?.has(m.name) || NOT_API[owner]?.includes(m.name)) return false;
        if (/\b\w*(Controller|Task)\b/.test(m.type?.text ?? '')) return false;
        return true;
      };

      for (const [name, d] of classes) {
        const publicNames = new Set();
        d.members = (d.members ?? []).filter((m) => {
          const ok = isPublic(name, m, m.inheritedFrom?.name);
          if (ok) publicNames.add(m.name);
          if (ok && m.type) m.type.text = expand(m.type.text);
          return ok;
        });
        if (d.attributes) {
          d.attributes = d.attributes.filter((a) => !a.fieldName || publicNames.has(a.fieldName) || d.members.length === 0);
          for (const a of d.attributes) if (a.type) a.type.text = expand(a.type.text);
        }
        if (!d.customElement) continue;
        const own = classTags.get(name) ?? { cssClasses: [] };
        const chain = superChain(d)
          .map((s) => classTags.get(s))
          .filter(Boolean);
        d.since = own.since || DEFAULT_SINCE;
        d.status = STATUSES.includes(own.status) ? own.status : DEFAULT_STATUS;
        // A light-DOM widget's own classes (its `<tag>.styles.ts`), after the documented ones.
        const ownSheet = superChain(d).includes('LightDomElement') ? widgetClasses(classModule.get(name)) : [];
        const cssClasses = [...own.cssClasses, ...chain.flatMap((c) => c.cssClasses), ...ownSheet];
        const seen = new Set();
        const unique = cssClasses.filter((c) => !seen.has(c.name) && seen.add(c.name));
        if (unique.length) d.cssClasses = unique;
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.test.node.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [vigiePublicApi()],
};
