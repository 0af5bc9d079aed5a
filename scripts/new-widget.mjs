#!/usr/bin/env node
// `npm run new:widget -- <service> <tag> ["One-line summary"]` (issue 11, point 6): creates a widget in the
// shape every other one has, in every package, and adds it to the list files. What it writes:
//
//   core        src/<service>/messages/<tag>.{fr,en,}.ts   its message bundle (fr is the reference)
//   components  src/<service>/<tag>/<tag>.ts               the element (JSDoc: @tagname @summary @fires @csspart)
//               src/<service>/<tag>/<tag>.styles.ts        its styles (tokens come from base/styles.ts)
//               src/<service>/<tag>/<tag>.events.ts        one class per event, typed for addEventListener
//               src/<service>/<tag>/<tag>.test.ts          a browser test: real input, axe, French and English
//               src/define/<tag>.ts                        the one module that registers the tag
//   react       src/<service>/<tag>.ts                     the @lit/react wrapper with its typed onXxx prop
//   stories     stories/<service>/<tag>.stories.ts         a story per state
// and one line each in: core's service catalogs and index, define/<service>.ts, cdn.ts (WIDGETS), the
// components index and the React index. `--dry-run` prints the plan and writes nothing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVICES = ['remote-services', 'safety-register', 'vault', 'passport'];
const KEY_PREFIX = { 'remote-services': 'rs', 'safety-register': 'sr', vault: 'vault', passport: 'passport' };

const pascal = (tag) => tag.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const camel = (tag) => pascal(tag).replace(/^./, (c) => c.toLowerCase());

/** The files and the list edits for one widget, as data (the test reads them without writing). */
export function plan(root, service, tag, summary = `The ${tag} widget.`) {
  if (!SERVICES.includes(service)) throw new Error(`service must be one of ${SERVICES.join(', ')}`);
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(tag))
    throw new Error('tag must be a valid custom element name: lower case, with a hyphen (e.g. site-notes)');
  const Class = pascal(tag);
  const bundle = `${camel(tag)}Messages`;
  const fr = `${camel(tag)}Fr`;
  const en = `${camel(tag)}En`;
  const key = `${KEY_PREFIX[service]}.${tag}`;
  const event = `${tag}-requested`;
  const Event = `${Class}RequestedEvent`;
  const files = {
    [`packages/core/src/${service}/messages/${tag}.fr.ts`]: `/** X-I18N — the French texts of \`<${tag}>\`: the reference, every key starts here. */
export const ${fr} = {
  '${key}.title': '${Class}',
  '${key}.action': 'Demander',
  '${key}.done': 'Demande envoyée.',
} as const;
`,
    [`packages/core/src/${service}/messages/${tag}.en.ts`]: `/** X-I18N — the English texts of \`<${tag}>\`: exactly the keys of \`${tag}.fr.ts\`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { ${fr} } from './${tag}.fr.js';

export const ${en}: CatalogOf<typeof ${fr}> = {
  '${key}.title': '${Class}',
  '${key}.action': 'Request',
  '${key}.done': 'Request sent.',
};
`,
    [`packages/core/src/${service}/messages/${tag}.ts`]: `/** X-I18N — the message bundle of \`<${tag}>\`, a module of its own (a widget's chunk pulls only its bundles). */
import type { MessageBundle } from '../../i18n/index.js';
import { ${fr} } from './${tag}.fr.js';

export const ${bundle}: MessageBundle = {
  id: '${key}',
  fr: ${fr},
  en: async () => (await import('./${tag}.en.js')).${en},
};
`,
    [`packages/components/src/${service}/${tag}/${tag}.events.ts`]: `/**
 * X-EVENTS — the events of \`<${tag}>\`: bubbling, composed, typed payload fields. Added to
 * \`GlobalEventHandlersEventMap\` so \`addEventListener\` is typed on the element, document and window.
 */
const init = (cancelable = false): EventInit => ({ bubbles: true, composed: true, cancelable });

/** The person pressed the widget's action. Cancel it (\`preventDefault()\`) to handle it yourself. */
export class ${Event} extends Event {
  static readonly eventName = '${event}';
  constructor() {
    super(${Event}.eventName, init(true));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    '${event}': ${Event};
  }
}
`,
    [`packages/components/src/${service}/${tag}/${tag}.styles.ts`]: `import { css } from 'lit';

export const styles = css\`
  :host {
    display: block;
  }
  [part='base'] {
    display: grid;
    gap: 0.75rem;
    padding: 1rem 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [role='heading'] {
    margin: 0;
    font-weight: 700;
    font-size: 1.1rem;
  }
\`;
`,
    [`packages/components/src/${service}/${tag}/${tag}.ts`]: `import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ${bundle} } from '@vigie/core';
import { tokens } from '../../base/styles.js';
import { VigieElement } from '../../base/vigie-element.js';
import { ${Event} } from './${tag}.events.js';
import { styles } from './${tag}.styles.js';

/**
 * ${summary}
 *
 * @tagname ${tag}
 * @summary ${summary}
 * @fires ${event} - {${Event}} The person pressed the action; cancelable.
 * @csspart base - The widget's box.
 * @csspart action - The action button.
 */
export class ${Class} extends VigieElement {
  static override messages = [${bundle}];
  static override styles = [tokens, styles];

  /** Heading level of the widget's title (2 by default; 3 when nested under an h2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private done = false;

  override render() {
    const t = this.t.bind(this);
    return html\`<section part="base" aria-labelledby="title">
      <div role="heading" id="title" aria-level=\${Math.min(Math.max(this.headingLevel, 2), 6)}>\${t('${key}.title')}</div>
      <button part="action" class="btn" type="button" @click=\${this.#act}>\${t('${key}.action')}</button>
      <p role="status">\${this.done ? t('${key}.done') : nothing}</p>
    </section>\`;
  }

  #act = (): void => {
    if (this.dispatchEvent(new ${Event}())) this.done = true;
  };
}
`,
    [`packages/components/src/${service}/${tag}/${tag}.test.ts`]: `/** \`<${tag}>\` in Chromium and Firefox, driven by real clicks and keys. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { clickOn, NOW, shadowText, until } from '../../../test/helpers.js';
import type { ${Class} } from './${tag}.js';
import '../../define/${tag}.js';

async function mount(locale = 'fr') {
  const provider = await fixture<VigieProvider>(html\`<vigie-provider now=\${NOW} locale=\${locale}><${tag}></${tag}></vigie-provider>\`);
  const el = provider.querySelector<${Class}>('${tag}')!;
  await until(() => el.shadowRoot?.querySelector('[part=action]'), 'the action');
  return el;
}

describe('<${tag}>', () => {
  it('fires ${event} on a real click and says it is done, accessible', async () => {
    const el = await mount();
    const fired = oneEvent(el, '${event}');
    await clickOn(el.shadowRoot!.querySelector('[part=action]')!);
    await fired;
    await until(() => shadowText(el).includes('Demande envoyée.'), 'the confirmation');
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard alone', async () => {
    const el = await mount();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=action]')!.focus();
    const fired = oneEvent(el, '${event}');
    await sendKeys({ press: 'Enter' });
    await fired;
  });

  it('speaks English', async () => {
    const el = await mount('en');
    await until(() => shadowText(el).includes('Request'), 'the English text');
  });
});
`,
    [`packages/components/src/define/${tag}.ts`]: `import { defineElement } from '../base/define.js';
import { ${Class} } from '../${service}/${tag}/${tag}.js';

defineElement('${tag}', ${Class});

// The class, for hosts (and @vigie/react) that import this entry alone.
export { ${Class} };
`,
    [`packages/react-bindings/src/${service}/${tag}.ts`]: `/**
 * @vigie/react — \`<${tag}>\`. Importing this module registers the tag (and only it).
 *
 * Props: \`headingLevel\`. Events: \`on${pascal(event)}\`. Needs a \`<VigieProvider>\`.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ${Class} as ${Class}Element } from '@vigie/components/define/${tag}.js';
import type { ${Event} } from '@vigie/components';

export const ${Class} = createComponent({
  tagName: '${tag}',
  elementClass: ${Class}Element,
  react: React,
  events: { on${pascal(event)}: '${event}' as EventName<${Event}> },
});
`,
    [`stories/${service}/${tag}.stories.ts`]: `/** \`<${tag}>\`, one story per state. "Today" is 10/03/2026 (the provider's \`now\`). */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { mockApi } from '../support/mock.js';

interface Args {
  headingLevel?: number;
}

const meta: Meta<Args> = {
  title: '${SERVICE_TITLES[service]}/<${tag}>',
  component: '${tag}',
  parameters: { ...mockApi('invoices:none') },
  render: (args, { globals }) =>
    html\`<vigie-provider now="2026-03-10" locale=\${globals.locale ?? 'fr'}><${tag} heading-level=\${args.headingLevel ?? 2}></${tag}></vigie-provider>\`,
};
export default meta;

export const Default: StoryObj<Args> = {};
export const English: StoryObj<Args> = { globals: { locale: 'en' } };
`,
  };
  const edits = [
    {
      file: `packages/core/src/${service}/messages.fr.ts`,
      import: `import { ${fr} } from './messages/${tag}.fr.js';`,
      spread: fr,
      into: /export const \w+Fr\b[^=]*=\s*\{/,
    },
    {
      file: `packages/core/src/${service}/messages.en.ts`,
      import: `import { ${en} } from './messages/${tag}.en.js';`,
      spread: en,
      into: /export const \w+En\b[^=]*=\s*\{/,
    },
    { file: `packages/core/src/${service}/index.ts`, append: `export { ${bundle} } from './messages/${tag}.js';` },
    { file: `packages/components/src/define/${service}.ts`, append: `import './${tag}.js';` },
    {
      file: 'packages/components/src/cdn.ts',
      after: /export const WIDGETS[^{]*\{\n/,
      line: `  '${tag}': () => import('./define/${tag}.js'),\n`,
    },
    {
      file: 'packages/components/src/index.ts',
      append: `export { ${Class} } from './${service}/${tag}/${tag}.js';\nexport * from './${service}/${tag}/${tag}.events.js';`,
    },
    { file: 'packages/react-bindings/src/index.ts', append: `export { ${Class} } from './${service}/${tag}.js';` },
  ];
  for (const f of Object.keys(files)) if (existsSync(join(root, f))) throw new Error(`${f} exists already`);
  return { files, edits };
}

const SERVICE_TITLES = {
  'remote-services': 'Télésurveillance',
  'safety-register': 'Registre de sécurité',
  vault: 'Coffre-fort',
  passport: 'Passeport sécurité',
};

/** Applies one list edit to a file's text. */
export function applyEdit(text, edit) {
  if (edit.append) return text.endsWith('\n') ? `${text}${edit.append}\n` : `${text}\n${edit.append}\n`;
  if (edit.after) {
    const m = edit.after.exec(text);
    if (!m) throw new Error(`cannot find where to add to ${edit.file}`);
    return text.slice(0, m.index + m[0].length) + edit.line + text.slice(m.index + m[0].length);
  }
  // A catalog: the import after the last import, the spread first in the object.
  const lines = text.split('\n');
  const last = lines.findLastIndex((l) => l.startsWith('import '));
  lines.splice(last + 1, 0, edit.import);
  const joined = lines.join('\n');
  const m = edit.into.exec(joined);
  if (!m) throw new Error(`cannot find the catalog object in ${edit.file}`);
  return `${joined.slice(0, m.index + m[0].length)} ...${edit.spread},${joined.slice(m.index + m[0].length)}`;
}

/** Formats a generated file as the rest of the tree (Prettier, with the repository's settings). */
async function format(file, text) {
  const prettier = await import('prettier');
  return prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });
}

const main = async () => {
  const args = process.argv.slice(2);
  const dry = args.includes('--dry-run');
  const [service, tag, summary] = args.filter((a) => a !== '--dry-run');
  if (!service || !tag) {
    console.error('Usage: npm run new:widget -- <service> <tag> ["One-line summary"] [--dry-run]\n  service: ' + SERVICES.join(' | '));
    process.exit(2);
  }
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { files, edits } = plan(root, service, tag, summary);
  for (const [file, text] of Object.entries(files)) {
    console.log(`create ${file}`);
    if (dry) continue;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), await format(join(root, file), text));
  }
  for (const edit of edits) {
    console.log(`update ${edit.file}`);
    if (!dry)
      writeFileSync(
        join(root, edit.file),
        await format(join(root, edit.file), applyEdit(readFileSync(join(root, edit.file), 'utf8'), edit)),
      );
  }
  console.log(
    `\nNext: write the rules and flows in core (packages/core/src/${service}/), the texts in ${relative(root, join(root, `packages/core/src/${service}/messages/${tag}.fr.ts`))},`,
  );
  console.log('then `npm run cem` and `npm test`; add the widget to the demo (demo/index.html) and the README.');
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(`✖ ${e.message}`);
    process.exit(1);
  });
}
