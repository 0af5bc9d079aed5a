/**
 * The custom-elements manifest as Storybook's docs read it (`setCustomElementsManifest`).
 * `npm run cem` writes packages/components/custom-elements.json from the JSDoc (`@tagname`,
 * `@fires {Type} name`, `@csspart`, `@cssprop`). The analyzer also lists private, protected,
 * static and `#private` members, which are not API: they are dropped here so the docs table
 * shows only what a host can use.
 */
interface Item {
  name: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  kind: string;
  members?: Item[];
  [key: string]: unknown;
}

export interface Manifest {
  schemaVersion: string;
  modules: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

const isPublic = (m: Item) => !m.static && !m.name.startsWith('#') && (m.privacy === undefined || m.privacy === 'public');

export function prepareManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((d) => (d.kind === 'class' ? { ...d, members: d.members?.filter(isPublic) } : d)),
    })),
  };
}
