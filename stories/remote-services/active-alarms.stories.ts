/**
 * RS-ALARMS — `<active-alarms>`, one story per state: loading, the live list (priorities 1, 2 and 3,
 * one patrol dispatched), only priority 1, empty, a burst, reconnecting, polling, an error, the
 * confirmation open, one site (`site-id`), in English, dark, 360 px. "Today" is 10/03/2026, noon.
 *
 * The mock answers the snapshot and the live stream (msw's `sse()`, with the provider's token and
 * the story's scenario header); `remote:alarm-burst` raises a new alarm every 4 s.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@vigie/components/define/active-alarms.js';
import { createHandlers, type ScenarioName } from '@vigie/mock-api';
import { mockApi, NOW_MS, scenarioDoc } from '../support/mock.js';

interface AlarmsArgs {
  'site-id'?: string;
}

const render = (args: AlarmsArgs): TemplateResult =>
  html`<active-alarms site-id=${ifDefined(args['site-id'] || undefined)}></active-alarms>`;

async function waitFor<T>(find: () => T | null | undefined | false, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('active-alarms story: the expected state did not come');
    await new Promise((r) => setTimeout(r, 30));
  }
}

function story(scenario: ScenarioName, note: string, o: { timeout?: number; handlers?: readonly RequestHandler[] } = {}) {
  const base = mockApi(scenario, o.timeout ? { timeout: o.timeout } : {});
  return {
    ...base,
    msw: { handlers: [...(o.handlers ?? []), ...base.msw.handlers] },
    docs: { description: { story: scenarioDoc(scenario, note) } },
  };
}

/** The snapshot of `remote:default`, filtered. */
const snapshotOf = (keep: (priority: number) => boolean) => {
  const store = createHandlers({ scenario: 'remote:default', now: () => NOW_MS }).remote;
  return http.get('*/api/remote/alarms', () =>
    HttpResponse.json({ items: store.openAlarms().filter((a) => keep(a.priority)), cursor: '0' }),
  );
};
const streamAnswers = (status: number) =>
  http.get('*/api/remote/alarms/stream', () =>
    HttpResponse.json(
      { type: '/problems/unavailable', title: 'Unavailable', status },
      { status, headers: { 'Content-Type': 'application/problem+json' } },
    ),
  );

const meta = {
  id: 'remote-services-active-alarms',
  title: 'Télésurveillance/<active-alarms>',
  component: 'active-alarms',
  tags: ['autodocs'],
  args: {},
  argTypes: { 'site-id': { control: 'text' } },
  render,
  parameters: {
    ...story('remote:default', ''),
    actions: { handles: ['alarm-raised', 'alarm-cancelled'] },
    docs: {
      description: {
        component:
          'RS-ALARMS — « Alarmes actives » (seed 000) : la liste en direct, la plus récente en haut ; la priorité en texte et en couleur, le site, la zone, ' +
          'le type, « il y a 3 min » et l’heure, la patrouille. Les alarmes de priorité 2 et 3 s’annulent avant l’envoi de la patrouille, après ' +
          'confirmation ; une priorité 1 (incendie, panique…) dit pourquoi elle ne peut pas l’être et n’a pas de bouton. Flux `text/event-stream` lu avec ' +
          '`fetch` (jeton du fournisseur), repris avec `Last-Event-ID`, instantané à chaque reconnexion, interrogation périodique si le flux échoue.',
      },
    },
  },
} satisfies Meta<AlarmsArgs>;

export default meta;
type Story = StoryObj<AlarmsArgs>;

export const Loading: Story = {
  parameters: story('any:slow', 'La première lecture tarde : « Chargement des alarmes… ».', { timeout: 15 * 60_000 }),
};

export const Default: Story = {
  parameters: story('remote:default', 'Six alarmes de priorité 1, 2 et 3, dont deux avec la patrouille envoyée ; « En direct ».'),
};

export const OnlyPriorityOne: Story = {
  name: 'Only priority 1',
  parameters: story('remote:default', 'Rien que des priorités 1 : chacune dit pourquoi elle ne peut pas être annulée, aucun bouton.', {
    handlers: [snapshotOf((p) => p === 1)],
  }),
};

export const Empty: Story = {
  parameters: story('remote:default', '« Aucune alarme active » : les nouvelles apparaîtront d’elles-mêmes.', {
    handlers: [snapshotOf(() => false)],
  }),
};

export const Burst: Story = {
  parameters: story(
    'remote:alarm-burst',
    'Une nouvelle alarme toutes les 4 s, en haut de la liste ; une seule annonce par tranche de 10 s (« 3 nouvelles alarmes… »).',
  ),
};

export const Reconnecting: Story = {
  parameters: story(
    'remote:default',
    'Le flux répond 503 : la liste reste, « Connexion interrompue, reconnexion… » (nouvel essai après une attente croissante).',
    { handlers: [streamAnswers(503)] },
  ),
};

export const Polling: Story = {
  parameters: story('remote:default', 'Pas de flux sur ce serveur (404) : la liste est relue toutes les 15 s.', {
    handlers: [streamAnswers(404)],
  }),
};

export const ErrorState: Story = {
  name: 'Error 500',
  parameters: story('any:error-500', 'Les alarmes n’ont pas pu être lues : l’erreur et « Réessayer ».'),
};

export const ConfirmationOpen: Story = {
  name: 'Confirmation open',
  parameters: story('remote:default', '« Annuler l’alarme » sur une priorité 2 : la confirmation, le focus sur « Non, garder l’alarme ».'),
  play: async ({ canvasElement }) => {
    const el = await waitFor(() => canvasElement.querySelector('active-alarms'));
    const button = await waitFor(() => el.shadowRoot?.querySelector<HTMLButtonElement>('[part~=cancel]'));
    button.click();
  },
};

export const OneSite: Story = {
  name: 'One site (site-id)',
  args: { 'site-id': 'site-03' },
  parameters: story('remote:default', '« Alarmes ouvertes » d’un site, comme dans la vue d’ensemble : le nom du site n’est plus répété.'),
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: story('remote:default', 'Locale `en`.'),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: story('remote:default', 'Thème sombre.'),
};

export const Narrow: Story = {
  name: '360 px',
  render: (args) => html`<div style="width:360px;outline:1px dashed rgb(127 127 127 / 0.5)">${render(args)}</div>`,
  parameters: story('remote:default', 'Dans 360 px : chaque alarme empile sa priorité, son texte et son bouton.'),
};
