/**
 * Shared suite « no secret left behind » (issue 11, point 4): one scan of every place a secret could
 * stay once a widget is done with it, in place of the copies each credential test used to carry.
 *
 *   await expectNoSecretLeft(['the password', 'the token'], { logged, root: el });
 */
import { expect } from '@open-wc/testing';

export interface NoSecretOptions {
  /** What the test's console captured (`captureConsole()` of test/helpers.ts): scanned too. */
  readonly logged?: () => readonly unknown[][];
  /** Whose password / one-time-code inputs must be empty (default: the whole document). */
  readonly root?: ParentNode;
  /** IndexedDB database names that existed before the test: no new one may appear. */
  readonly databases?: readonly string[];
}

const stored = (s: Storage): string =>
  Object.keys(s)
    .map((k) => `${k}=${s.getItem(k)}`)
    .join('\n');
const asText = (a: unknown): string => {
  if (typeof a === 'string') return a;
  try {
    return JSON.stringify(a) ?? String(a);
  } catch {
    return String(a);
  }
};

/** Every element of `root`, shadow roots included. */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** The places a secret could be left in, each with a name (for the failure message). */
export function secretPlaces(logged?: () => readonly unknown[][]): [where: string, text: string][] {
  const elements = deepElements(document);
  return [
    ['localStorage', stored(localStorage)],
    ['sessionStorage', stored(sessionStorage)],
    ['cookies', document.cookie],
    ['URL', location.href],
    ['history.state', JSON.stringify(history.state) ?? ''],
    ['document', document.documentElement.outerHTML],
    ['shadow roots', elements.map((e) => e.shadowRoot?.innerHTML ?? '').join('\n')],
    ['attributes', elements.flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`)).join('\n')],
    ['console', (logged?.() ?? []).flat().map(asText).join('\n')],
  ];
}

/**
 * Fails if any of `secrets` is in web storage, cookies, the URL, history, the document (shadow roots
 * and attributes included) or the console, if a password or one-time-code input still holds a value,
 * or if a new IndexedDB database appeared.
 */
export async function expectNoSecretLeft(secrets: readonly string[], options: NoSecretOptions = {}): Promise<void> {
  const places = secretPlaces(options.logged);
  for (const secret of secrets.filter(Boolean)) {
    for (const [where, text] of places) expect(text.includes(secret), `a secret was left in ${where}`).to.equal(false);
  }
  const root = options.root ?? document;
  for (const i of root.querySelectorAll<HTMLInputElement>('input[autocomplete$=password], input[autocomplete=one-time-code]')) {
    expect(i.value, `${i.name || i.id || 'a secret input'} left filled`).to.equal('');
  }
  if (options.databases && 'databases' in indexedDB) {
    expect((await indexedDB.databases()).map((d) => d.name ?? '')).to.deep.equal([...options.databases]);
  }
}
