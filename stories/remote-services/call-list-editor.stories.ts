/**
 * RS-CALL — `<call-list-editor>`, one story per state: loading, the normal list, a specific list, a
 * site whose list is empty, adding a contact (the combobox open), unsaved changes, saving, someone
 * else's save merged without overlap, a conflict waiting for the choice, a loading error and a save
 * error, English, dark, 360 px. "Today" is 10/03/2026.
 *
 * The states after an action are reached by the story's play function, which sends the widget the
 * intents a person's clicks send (`flow.send`); the element tests drive the real pointer and keys.
 * Each story starts from fresh mock data (so `remote:conflict` conflicts each time it is shown).
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@vigie/components/define/call-list-editor.js';
import type { CallListEditor } from '@vigie/components/define/call-list-editor.js';
import { createHandlers, type ScenarioName } from '@vigie/mock-api';
import { NOW_MS, SLOW_MS, scenarioDoc } from '../support/mock.js';

interface Args {
  'site-id': string;
}

/** The story's mock (fresh data each time it is shown), its handlers first. */
function story(scenario: ScenarioName, note: string, o: { handlers?: readonly RequestHandler[]; timeout?: number } = {}) {
  const api = createHandlers({ scenario, now: () => NOW_MS, slowMs: SLOW_MS });
  return {
    loaders: [async () => (api.reset(), {})],
    parameters: {
      vigie: { scenario, ...(o.timeout ? { timeout: o.timeout } : {}) },
      msw: { handlers: [...(o.handlers ?? []), ...api.handlers] },
      docs: { description: { story: scenarioDoc(scenario, note) } },
    },
  };
}

/** The editor of the story, once its list is shown. */
async function editor(canvas: HTMLElement): Promise<CallListEditor> {
  const end = performance.now() + 10_000;
  for (;;) {
    const el = canvas.querySelector<CallListEditor>('call-list-editor');
    if (el?.shadowRoot?.querySelector('[part~=list], [part~=error], .state.empty')) return el;
    if (performance.now() > end) throw new Error('call-list-editor story: the list did not show');
    await new Promise((r) => requestAnimationFrame(r));
  }
}

const settle = async (el: CallListEditor) => {
  await el.flow.settled();
  await el.updateComplete;
};

const render = (args: Args) => html`<call-list-editor site-id=${ifDefined(args['site-id'] || undefined)}></call-list-editor>`;

const meta = {
  id: 'remote-services-call-list-editor',
  title: 'Télésurveillance/<call-list-editor>',
  component: 'call-list-editor',
  tags: ['autodocs'],
  args: { 'site-id': 'site-04' },
  argTypes: { 'site-id': { control: 'text' } },
  render,
  ...story('remote:default', ''),
  parameters: {
    ...story('remote:default', '').parameters,
    actions: { handles: ['call-list-saved', 'contacts-tab-requested'] },
    docs: {
      description: {
        component:
          'RS-CALL — les listes d’appels d’un site (seed 000 « Listes d’appels ») : la liste normale et les listes spécifiques, ' +
          'ajouter un contact du site (combobox qui ne propose que les contacts du site absents de la liste ; sinon l’onglet Contacts), ' +
          'changer l’ordre en glissant la poignée, avec « Monter » / « Descendre » ou Alt+↑ / Alt+↓ (chaque déplacement annoncé), retirer, ' +
          'enregistrer avec la version lue (`If-Match`). Si quelqu’un a enregistré entre-temps (412), les modifications sont rejouées sur sa ' +
          'version, qui et quoi sont affichés, et l’utilisateur choisit là où les deux ont changé le même contact.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Loading: Story = {
  ...story('any:slow', 'La réponse arrive au bout de 10 minutes : « Chargement des listes d’appels… ».', { timeout: 15 * 60_000 }),
};

export const Normal: Story = {
  name: 'Normal list',
  ...story(
    'remote:default',
    'La liste normale du site 4 : trois contacts dans l’ordre d’appel, chacun avec son téléphone, sa poignée, « Monter », « Descendre », « Retirer ».',
  ),
};

export const Specific: Story = {
  name: 'Specific list',
  ...story('remote:default', 'La liste spécifique « Fermeture estivale », choisie dans le sélecteur.'),
  play: async ({ canvasElement }) => {
    const el = await editor(canvasElement);
    el.flow.send({ type: 'select-list', listId: 'site-04-cl-summer' });
  },
};

export const EmptyList: Story = {
  name: 'Empty list',
  ...story('remote:default', 'Tous les contacts retirés : la liste vide le dit, et propose d’en ajouter.'),
  play: async ({ canvasElement }) => {
    const el = await editor(canvasElement);
    for (const id of ['site-04-ct-1', 'site-04-ct-2', 'site-04-ct-3']) el.flow.send({ type: 'remove', contactId: id });
  },
};

export const Adding: Story = {
  name: 'Adding a contact',
  ...story(
    'remote:default',
    'La combobox ouverte : seuls les contacts du site absents de la liste, « oc » les filtre sans tenir compte des accents.',
  ),
  play: async ({ canvasElement }) => {
    const el = await editor(canvasElement);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!;
    input.focus();
    input.value = 'oc';
    input.dispatchEvent(new Event('input'));
  },
};

export const Dirty: Story = {
  name: 'Unsaved changes',
  ...story(
    'remote:default',
    'Un contact ajouté, un autre monté : « Modifications non enregistrées », « Annuler les modifications », « Enregistrer ».',
  ),
  play: async ({ canvasElement }) => {
    const el = await editor(canvasElement);
    el.flow.send({ type: 'add', contactId: 'site-04-ct-5' });
    el.flow.send({ type: 'move', from: 2, to: 0 });
  },
};

export const Saving: Story = {
  ...story('remote:default', 'L’enregistrement ne répond pas : « Enregistrement… », la liste verrouillée.', {
    handlers: [http.put('*/api/remote/sites/:siteId/call-lists/:listId', async () => (await delay('infinite'), HttpResponse.json({})))],
  }),
  play: async ({ canvasElement }) => {
    const el = await editor(canvasElement);
    el.flow.send({ type: 'move', from: 0, to: 1 });
    el.flow.send({ type: 'save' });
  },
};

export const Rebased: Story = {
  name: 'Someone else saved (merged)',
  ...story(
    'remote:conflict',
    'Élodie Rousseau montée, puis « Enregistrer » : Jérôme Lefèvre avait enregistré juste avant. Mes changements sont rejoués sur sa version ; qui, quand et quoi sont affichés ; rien n’est enregistré avant un nouvel « Enregistrer ».',
  ),
  play: async ({ canvasElement }) => {
    const el = await editor(canvasElement);
    el.flow.send({ type: 'move', from: 2, to: 1 });
    el.flow.send({ type: 'save' });
    await settle(el);
  },
};

export const Conflict: Story = {
  name: 'Conflict: choose a version',
  ...story(
    'remote:conflict',
    'Anne-Sophie Bonnet descendue d’une place ; Jérôme Lefèvre l’a mise en dernière position : « 1 contact modifié des deux côtés », « Garder ma version » / « Garder sa version ». « Enregistrer » attend le choix.',
  ),
  play: async ({ canvasElement }) => {
    const el = await editor(canvasElement);
    el.flow.send({ type: 'move', from: 0, to: 1 });
    el.flow.send({ type: 'save' });
    await settle(el);
  },
};

export const ErrorState: Story = {
  name: 'Loading error',
  ...story('any:error-500', 'Après les nouvelles tentatives du client, l’erreur avec « Réessayer ».'),
};

export const SaveError: Story = {
  name: 'Save error',
  ...story('remote:default', 'L’enregistrement échoue (500) : un toast d’erreur, le message sous la liste, les modifications conservées.', {
    handlers: [
      http.put('*/api/remote/sites/:siteId/call-lists/:listId', () =>
        HttpResponse.json({ type: '/problems/internal-error', title: 'Internal Server Error', status: 500 }, { status: 500 }),
      ),
    ],
  }),
  play: async ({ canvasElement }) => {
    const el = await editor(canvasElement);
    el.flow.send({ type: 'move', from: 0, to: 1 });
    el.flow.send({ type: 'save' });
  },
};

export const NoSite: Story = {
  name: 'No site chosen',
  args: { 'site-id': '' },
  ...story('remote:default', 'Sans `site-id` : le widget invite à choisir un site, et ne demande rien au serveur.'),
};

export const English: Story = {
  globals: { locale: 'en' },
  ...story('remote:default', 'Locale `en`.'),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  ...story('remote:default', 'Thème sombre (`theme="dark"`), avec des modifications non enregistrées.'),
  play: Dirty.play,
};

export const Narrow: Story = {
  name: '360 px',
  render: (args) => html`<div style="width:360px;outline:1px dashed rgb(127 127 127 / 0.5)">${render(args)}</div>`,
  ...story('remote:default', 'Dans un conteneur de 360 px : les boutons passent sous le nom, en icônes (leur nom reste lu).'),
};
