/**
 * The custom-elements manifest as Storybook's docs read it (`setCustomElementsManifest`).
 *
 * `npm run cem` writes packages/components/custom-elements.json from the JSDoc. Storybook looks
 * an element up by `declaration.tagName` and lists every member, so the manifest is tidied
 * here before use. Each step only acts where the generated manifest falls short, and becomes
 * a no-op once the JSDoc says it itself:
 * - tags are registered through `defineElement()` (src/define/*.ts), which the analyzer cannot
 *   follow, so declarations carry no `tagName`: it is taken from the element's file, per the
 *   layout `src/<service>/<tag>/<tag>.ts` (ARCHITECTURE.md), for the class named after it
 *   (`InvoiceBanner`). A `@tagname` JSDoc tag (then in the manifest) wins.
 * - `@summary` holds the whole text, `description` is empty: the summary is the description.
 * - private, protected, static and `#private` members are not API: dropped.
 * - events guessed from `dispatchEvent(new XxxEvent(arg))` (named after the argument) are
 *   dropped when the element documents its events with `@fires`; `{Type}` at the start of a
 *   `@fires` description becomes the event's type.
 */
interface Item {
  name: string;
  kind?: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  type?: { text: string };
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: Item[];
  events?: Item[];
  [key: string]: unknown;
}

interface Module {
  path: string;
  declarations?: Declaration[];
  [key: string]: unknown;
}

export interface Manifest {
  schemaVersion: string;
  modules: Module[];
  [key: string]: unknown;
}

const TAG_FILE = /(?:^|\/)([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\/\1\.ts$/;

export function prepareManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((d) => (d.kind === 'class' ? prepareClass(d, module.path) : d)),
    })),
  };
}

function prepareClass(d: Declaration, path: string): Declaration {
  const fromPath = TAG_FILE.exec(path)?.[1];
  // Only the element class of the file: `InvoiceBanner` in invoice-banner/invoice-banner.ts.
  const tagName = d.tagName ?? (fromPath && kebab(d.name) === fromPath ? fromPath : undefined);
  if (!tagName) return d;
  const documented = (d.events ?? []).filter((e) => e.description);
  const events = (documented.length > 0 ? documented : (d.events ?? [])).map((e) => {
    const typed = /^\{([^}]+)\}\s*(.*)$/s.exec(e.description ?? '');
    return typed ? { ...e, type: e.type ?? { text: typed[1]! }, description: typed[2] } : e;
  });
  return {
    ...d,
    tagName,
    customElement: true,
    description: d.description || d.summary || '',
    members: d.members?.filter((m) => !m.static && !m.name.startsWith('#') && (m.privacy === undefined || m.privacy === 'public')),
    events,
  };
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());
