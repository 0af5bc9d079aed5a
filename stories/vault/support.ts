/**
 * What the vault stories share: the mock of a story (fresh data each time it is shown), the
 * signed-in provider of the stories that need a vault session, play helpers that act as a person
 * would (input events, real submits), and the 320 px frame.
 *
 * A signed-in story signs the demo account in on the mock before it renders (core's `vaultLogin`,
 * Paul Dupont: 123456789012 / « Bulletin-2026! »), the way `<vault-login>` does, and renders its
 * own `<vigie-provider>` with that session in its public `vaultSession` property (the toolbar's
 * locale and theme, "today", the story's mock scenario: what the preview's provider gives the
 * other stories).
 */
import { html, type TemplateResult } from 'lit';
import { createClient, type VaultSession, type VigieClient } from '@vigie/core';
import { createHandlers, SCENARIO_HEADER, vaultDataOf, type ScenarioName } from '@vigie/mock-api';
import { NOW, NOW_MS, SLOW_MS, storyGetToken, type VigieStoryParameters } from '../support/mock.js';

/** The mock's demo account (packages/mock-api): its identifier, e-mail, password and employer. */
export const PAUL = {
  identifier: '123456789012',
  email: 'paul.dupont@example.fr',
  password: 'Bulletin-2026!',
  employer: 'Boulangeries Martin SAS',
} as const;

interface VaultStoryOptions {
  /** Signed in as Paul before the story renders (its render gets `loaded.vaultSession`; see `signedInProvider`). */
  readonly signedIn?: boolean;
  /** The client's time limits (Loading stories). */
  readonly timeout?: number;
  /** Play functions also run on the documentation page. */
  readonly autoplay?: boolean;
}

/**
 * The mock of a story: the scenario's handlers, its data reset each time the story is shown (an
 * archived document, a changed password or a used link come back), and the story's description.
 */
export function vaultStory(scenario: ScenarioName, description: string, options: VaultStoryOptions = {}) {
  const api = createHandlers({ scenario, now: () => NOW_MS, slowMs: SLOW_MS });
  const vigie: VigieStoryParameters = {
    scenario,
    ...(options.timeout ? { timeout: options.timeout } : {}),
    // A signed-in story renders its own provider (with the session): not the preview's.
    ...(options.signedIn ? { provider: false } : {}),
  };
  return {
    // Loaders run before the story renders (and before its play function): fresh data, then the sign-in.
    loaders: [
      async () => {
        api.reset();
        return options.signedIn ? { vaultSession: await signIn(scenario) } : {};
      },
    ],
    parameters: {
      vigie,
      msw: { handlers: api.handlers },
      docs: { description: { story: description }, ...(options.autoplay ? { story: { autoplay: true } } : {}) },
    },
  };
}

/**
 * Signs Paul in on the mock. The vault data of the scenario (`vault:*` as named, `vault:default`
 * under `any:*`): a slow or failing scenario still lets the sign-in through, and its widget then
 * meets the scenario.
 */
async function signIn(scenario: ScenarioName): Promise<VaultSession> {
  const { vaultLogin } = await import('@vigie/core/vault/api');
  const client = createClient({ baseUrl: '/api', headers: { [SCENARIO_HEADER]: vaultDataOf(scenario) } });
  const answer = await vaultLogin(client, PAUL.identifier, PAUL.password);
  if (answer.kind !== 'signed-in') throw new Error(`vault story: the demo sign-in answered ${answer.kind}`);
  return answer.session;
}

/** What a story's render receives from Storybook that the signed-in provider needs. */
interface StoryContext {
  readonly id: string;
  readonly globals: Record<string, unknown>;
  readonly parameters: Record<string, unknown>;
  readonly loaded: Record<string, unknown>;
}

/** One client per story (kept: switching the locale or the theme re-renders without refetching). */
const clients = new Map<string, VigieClient>();

/**
 * The story's own provider, as the preview's (locale and theme of the toolbar, "today", the
 * scenario's client), with the signed-in session in its public `vaultSession` property.
 */
export function signedInProvider(context: StoryContext, content: TemplateResult): TemplateResult {
  const vigie = (context.parameters['vigie'] ?? {}) as VigieStoryParameters;
  let client = clients.get(context.id);
  if (!client) {
    client = createClient({
      baseUrl: '/api',
      getToken: storyGetToken,
      ...(vigie.scenario ? { headers: { [SCENARIO_HEADER]: vigie.scenario } } : {}),
      ...(vigie.timeout ? { timeout: vigie.timeout, totalTimeout: vigie.timeout } : {}),
    });
    clients.set(context.id, client);
  }
  return html`<vigie-provider
    api-url="/api"
    now=${NOW}
    locale=${String(context.globals['locale'] ?? 'fr')}
    theme=${String(context.globals['theme'] ?? 'light')}
    .client=${client}
    .vaultSession=${context.loaded['vaultSession'] as VaultSession | undefined}
    >${content}</vigie-provider
  >`;
}

/** A widget in a 320 px container (the narrowest phone), outlined. */
export const narrow = (content: unknown) => html`<div style="width:320px;outline:1px dashed rgb(127 127 127 / 0.5)">${content}</div>`;

/** Polls each frame until `check` answers (the provider may still be loading a catalog). */
export async function waitFor<T>(check: () => T | null | undefined | false, what: string, ms = 10_000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (performance.now() > end) throw new Error(`vault story: timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Types into the named fields of `root` as a person would (an `input`, or for a list a `change`, event each). */
export async function typeInto(root: ParentNode, values: Readonly<Record<string, string | undefined>>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const field = await waitFor(() => root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name=${name}]`), `the ${name} field`);
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  }
}

/** The widget `tag` of the story, once rendered. */
export const widget = (canvas: HTMLElement, tag: string) => waitFor(() => canvas.querySelector<HTMLElement>(tag), `<${tag}>`);
