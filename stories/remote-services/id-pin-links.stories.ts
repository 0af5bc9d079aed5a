/**
 * RS-IDPIN — `<id-pin-links>`, one story per state, against the mock (`remote:default`: 3 ID & PIN
 * links over 12 sites, one site reached through two links). The demo pairs that link more sites
 * are the mock's `DEMO_ID_PIN_PAIRS` (5100 2024 / 2468: two new sites); every link of the scenario
 * has the PIN `DEMO_LINKED_PIN` (1234). The `play` functions open a form or a dialog and fill it
 * as a person would see it; nothing is typed into a story's PIN field but the demo's PINs.
 */
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@vigie/components/define/id-pin-links.js';
import { DEMO_ID_PIN_PAIRS, type ScenarioName } from '@vigie/mock-api';
import { mockApi, scenarioDoc } from '../support/mock.js';

const story = (description: string) => ({ docs: { description: { story: description } } });

async function waitFor<T>(find: () => T | null | undefined, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('The story did not reach the expected state');
    await new Promise((r) => setTimeout(r, 30));
  }
}

const root = (canvas: HTMLElement) =>
  waitFor(
    () => canvas.querySelector('id-pin-links')?.shadowRoot?.querySelector('.links') && canvas.querySelector('id-pin-links')!.shadowRoot!,
  );
const buttonNamed = (r: ParentNode, name: RegExp) =>
  waitFor(() =>
    [...r.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      name.test((b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim()),
    ),
  );
const fill = async (r: ShadowRoot, name: string, value: string) => {
  const input = await waitFor(() => r.querySelector<HTMLInputElement>(`input[name="${name}"]`));
  input.value = value;
};
const submit = (r: ShadowRoot, selector: string) => r.querySelector<HTMLFormElement>(selector)!.requestSubmit();

/** The mock's handlers of a scenario, after the story's own. */
const withHandlers = (scenario: ScenarioName, handlers: ReturnType<typeof mockApi>['msw']['handlers']) => ({
  ...mockApi(scenario),
  msw: { handlers: [...handlers, ...mockApi(scenario).msw.handlers] },
});

const meta = {
  id: 'remote-id-pin-links',
  title: 'Télésurveillance/<id-pin-links>',
  component: 'id-pin-links',
  tags: ['autodocs'],
  render: () => html`<id-pin-links></id-pin-links>`,
  parameters: {
    actions: { handles: ['id-pin-linked', 'id-pin-unlinked', 'pin-changed', 'site-renamed'] },
    docs: {
      description: {
        component:
          'RS-IDPIN — « Mes ID & PIN » (seed 000) : les sites de chaque ID & PIN, regroupés par lien ; ajouter un ID & PIN ' +
          '(8 chiffres, espaces tolérés ; PIN de 4 à 6 chiffres) ; modifier un PIN (l’actuel, le nouveau deux fois, jamais réaffiché) ; ' +
          'donner un surnom à un site (Entrée enregistre, Échap annule) ; les informations personnelles ; retirer un lien après une ' +
          `confirmation qui nomme ses sites. Paire de démonstration : ${DEMO_ID_PIN_PAIRS[0].identifier} / ${DEMO_ID_PIN_PAIRS[0].pin} (deux nouveaux sites) ; PIN des liens existants : 1234.`,
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Loading: Story = {
  parameters: { ...mockApi('any:slow'), ...story(scenarioDoc('any:slow', 'Le chargement des liens.')) },
};

export const Error500: Story = {
  name: 'Error 500',
  parameters: {
    ...mockApi('any:error-500'),
    ...story(scenarioDoc('any:error-500', 'Les liens ne se chargent pas : l’erreur et « Réessayer ».')),
  },
};

export const Empty: Story = {
  parameters: {
    ...withHandlers('remote:default', [http.get('*/api/remote/id-pin/links', () => HttpResponse.json({ links: [] }))]),
    ...story('Aucun ID & PIN relié : ce que faire, et « Ajouter un ID & PIN ».'),
  },
};

export const Links: Story = {
  parameters: {
    ...mockApi('remote:default'),
    ...story(scenarioDoc('remote:default', 'Trois ID & PIN et leurs sites ; un surnom ; un site atteint par deux liens.')),
  },
};

export const Adding: Story = {
  parameters: { ...mockApi('remote:default'), ...story('Le formulaire « Ajouter un ID & PIN », l’ID saisi avec une espace.') },
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement);
    (await buttonNamed(r, /^Ajouter un ID & PIN$|^Add an ID & PIN$/)).click();
    await fill(r, 'add-identifier', '5100 2024');
  },
};

export const AddFormatErrors: Story = {
  name: 'Add: format errors',
  parameters: {
    ...mockApi('remote:default'),
    ...story('Un ID trop court et un PIN avec une lettre : dit sur chaque champ, rien n’est envoyé.'),
  },
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement);
    (await buttonNamed(r, /^Ajouter un ID & PIN$|^Add an ID & PIN$/)).click();
    await fill(r, 'add-identifier', '4010 00');
    await fill(r, 'add-pin', '12a4');
    submit(r, '.add form');
  },
};

export const AddWrongPair: Story = {
  name: 'Add: wrong pair',
  parameters: {
    ...mockApi('remote:default'),
    ...story('Un PIN faux : un message générique (le même pour un ID inconnu), l’ID reste, le PIN est vidé.'),
  },
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement);
    (await buttonNamed(r, /^Ajouter un ID & PIN$|^Add an ID & PIN$/)).click();
    await fill(r, 'add-identifier', '5100 2024');
    await fill(r, 'add-pin', '9999');
    submit(r, '.add form');
    await waitFor(() => r.querySelector('.notice'));
  },
};

export const AddThrottled: Story = {
  name: 'Add: too many attempts',
  parameters: {
    ...withHandlers('remote:default', [
      http.post('*/api/remote/id-pin/links', () =>
        HttpResponse.json(
          { type: '/problems/too-many-attempts', title: 'Too many attempts', status: 429, retryAfter: 30, retryAt: '2026-03-10T11:00:30Z' },
          { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' } },
        ),
      ),
    ]),
    ...story('Trop d’essais : l’attente donnée par le serveur, avec son heure.'),
  },
  play: AddWrongPair.play,
};

export const PinChange: Story = {
  name: 'PIN change',
  parameters: { ...mockApi('remote:default'), ...story('« Modifier le PIN » : les deux nouveaux PIN diffèrent, dit sans rien envoyer.') },
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement);
    (await buttonNamed(r, /^(Modifier le PIN de l’ID|Change the PIN of ID) 4010/)).click();
    await fill(r, 'current-pin', '1234');
    await fill(r, 'new-pin', '5678');
    await fill(r, 'pin-confirmation', '5679');
    submit(r, '.panel form');
  },
};

export const Renaming: Story = {
  parameters: { ...mockApi('remote:default'), ...story('Le surnom d’un site, en place : Entrée enregistre, Échap annule.') },
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement);
    (await buttonNamed(r, /^(Donner un surnom à|Give) Agence/)).click();
    await fill(r, 'nickname', 'Bureau du siège');
  },
};

export const PersonalInformation: Story = {
  name: 'Personal information',
  parameters: { ...mockApi('remote:default'), ...story('Les coordonnées de l’utilisateur pour un ID & PIN.') },
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement);
    (await buttonNamed(r, /^(Modifier les informations personnelles de l’ID|Edit the personal information of ID) 4010 0000/)).click();
  },
};

export const RemovalConfirmation: Story = {
  name: 'Removal confirmation',
  parameters: {
    ...mockApi('remote:default'),
    ...story('« Retirer » : la confirmation nomme les sites perdus et ceux qui restent par un autre lien.'),
  },
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement);
    (await buttonNamed(r, /^(Retirer l’ID|Remove ID) 4010 7919/)).click();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { ...mockApi('remote:default'), ...story(scenarioDoc('remote:default', 'Locale `en`.')) },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: { ...mockApi('remote:default'), ...story(scenarioDoc('remote:default', 'Thème sombre, le formulaire d’ajout ouvert.')) },
  play: Adding.play,
};

export const Narrow: Story = {
  name: '360 px',
  render: () => html`<div style="width:360px;outline:1px dashed rgb(127 127 127 / 0.5)"><id-pin-links></id-pin-links></div>`,
  parameters: {
    ...mockApi('remote:default'),
    ...story(scenarioDoc('remote:default', 'Dans un conteneur de 360 px, la modification du PIN ouverte.')),
  },
  play: PinChange.play,
};
