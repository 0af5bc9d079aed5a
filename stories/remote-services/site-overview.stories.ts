/**
 * RS-OVERVIEW — `<site-overview>`, one story per state: no site chosen, loading, error with retry,
 * a site (systems, test mode off, the 31 days of the schedule), test mode on, test mode ending in
 * under a minute, the temporary-change form with its field errors, each tab, English, dark, 360 px.
 * "Today" is 10/03/2026 (the provider's `now`): the clock is stopped, so a countdown shows the time
 * left at that instant (the end by itself is shown in the demo and tested in the browser tests).
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { SITE_OVERVIEW_TABS, type SiteOverview, type SiteOverviewTab } from '@vigie/components';
import '@vigie/components/define/site-overview.js';
import type { ScenarioName } from '@vigie/mock-api';
import { mockApi, NOW_MS, scenarioDoc } from '../support/mock.js';

interface OverviewArgs {
  'site-id'?: string;
  tab?: SiteOverviewTab;
}

function story(scenario: ScenarioName, note: string, o: { timeout?: number; handlers?: readonly RequestHandler[] } = {}) {
  const base = mockApi(scenario, o.timeout ? { timeout: o.timeout } : {});
  return {
    ...base,
    msw: { handlers: [...(o.handlers ?? []), ...base.msw.handlers] },
    docs: { description: { story: scenarioDoc(scenario, note) } },
  };
}

/** Waits for `check` in the story's schedule (`<site-schedule>` inside the overview; a play function's helper). */
async function reach<T>(canvas: HTMLElement, check: (root: ShadowRoot) => T | null | undefined): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const root = canvas.querySelector<SiteOverview>('site-overview')?.shadowRoot?.querySelector('site-schedule')?.shadowRoot;
    const found = root && check(root);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the story did not reach its state');
}

const meta = {
  id: 'remote-services-site-overview',
  title: 'Télésurveillance/<site-overview>',
  component: 'site-overview',
  tags: ['autodocs'],
  args: { 'site-id': 'site-01', tab: 'systems' },
  argTypes: {
    'site-id': { control: 'text' },
    tab: { control: 'inline-radio', options: SITE_OVERVIEW_TABS },
  },
  render: (args) => html`<site-overview site-id=${ifDefined(args['site-id'] || undefined)} tab=${args.tab ?? 'systems'}></site-overview>`,
  parameters: {
    ...story('remote:default', ''),
    actions: { handles: ['test-mode-changed', 'schedule-changed', 'tab-changed'] },
    docs: {
      description: {
        component:
          'RS-OVERVIEW — la vue d’ensemble d’un site (seed 000) : son nom et son surnom, son adresse, ses alarmes ouvertes (`<active-alarms site-id>`), ' +
          'puis des onglets (motif WAI-ARIA, flèches, Origine/Fin) : Systèmes (état activé / partiel / désactivé en texte et icône, mode test avec ' +
          'choix de la durée, heure de fin et temps restant, « Arrêter le mode test » ; programme de surveillance jour par jour d’aujourd’hui à J+30 ' +
          'avec ses horaires temporaires), Événements (journal du site avec filtres), Listes d’appels et Contacts. Le code de chaque onglet est ' +
          'chargé à sa première ouverture. Chaque changement est confirmé par un message (toast) dans une région polie.',
      },
    },
  },
} satisfies Meta<OverviewArgs>;

export default meta;
type Story = StoryObj<OverviewArgs>;

export const Site: Story = {
  name: 'Site (test mode off, schedule)',
  parameters: story(
    'remote:default',
    'Entrepôt Lyon-Gerland, surnommé « Le grand dépôt » : deux systèmes activés, le mode test désactivé, les 31 jours du programme (un samedi sur deux ouvert, un horaire temporaire le 18/03/2026 « Inventaire annuel »).',
  ),
};

export const NoSite: Story = {
  name: 'No site chosen',
  args: { 'site-id': '' },
  parameters: story('remote:default', 'Sans `site-id` : une invite à choisir un site dans la liste.'),
};

export const Loading: Story = {
  parameters: story('any:slow', 'La réponse arrive au bout de 10 minutes : « Chargement… ».', { timeout: 15 * 60_000 }),
};

export const Failed: Story = {
  name: 'Error with retry',
  parameters: story('any:error-500', 'L’API répond 500 : le message et « Réessayer ».'),
};

export const TestModeOn: Story = {
  name: 'Test mode on',
  args: { 'site-id': 'site-02' },
  parameters: story(
    'remote:default',
    'Agence Paris Oberkampf est en mode test : « Mode test activé jusqu’à 12:05 », le temps restant (`role="timer"`, non annoncé chaque seconde) et « Arrêter le mode test ».',
  ),
};

export const TestModeEnding: Story = {
  name: 'Test mode ending',
  args: { 'site-id': 'site-03' },
  parameters: story(
    'remote:default',
    'Moins d’une minute avant la fin : le temps restant en secondes. À la fin, le mode test se désactive de lui-même, sans rechargement.',
    {
      handlers: [
        http.get('*/api/remote/sites/:id/test-mode', () =>
          HttpResponse.json({
            siteId: 'site-03',
            until: new Date(NOW_MS + 42_000).toISOString(),
            serverTime: new Date(NOW_MS).toISOString(),
          }),
        ),
      ],
    },
  ),
};

export const ExceptionFormErrors: Story = {
  name: 'Temporary change: field errors',
  parameters: story(
    'remote:default',
    'Le formulaire d’un horaire temporaire après « Enregistrer » avec une fermeture avant l’ouverture et deux plages qui se chevauchent : chaque erreur sous son champ, la saisie conservée.',
  ),
  play: async ({ canvasElement }) => {
    const add = await reach(canvasElement, (r) =>
      [...r.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.dataset.focus === 'schedule-add'),
    );
    add.click();
    const inputs = await reach(canvasElement, (r) =>
      r.querySelectorAll('form .range input').length === 4 ? [...r.querySelectorAll<HTMLInputElement>('form .range input')] : undefined,
    );
    const set = (i: number, v: string) => {
      inputs[i]!.value = v;
      inputs[i]!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    set(1, '07:00');
    set(2, '11:00');
    const form = await reach(canvasElement, (r) => r.querySelector('form'));
    form.requestSubmit();
  },
};

export const ExceptionForm: Story = {
  name: 'Temporary change: new',
  parameters: story(
    'remote:default',
    'Le formulaire « Nouvel horaire temporaire » : la date (seulement d’aujourd’hui à J+30), les plages du jour proposées, le motif.',
  ),
  play: async ({ canvasElement }) =>
    (
      await reach(canvasElement, (r) =>
        [...r.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.dataset.focus === 'schedule-add'),
      )
    ).click(),
};

export const EventsTab: Story = {
  name: 'Events tab',
  args: { tab: 'events' },
  parameters: story(
    'remote:default',
    'Le journal du site sur 30 jours, du plus récent au plus ancien, avec ses filtres par type et par dates.',
  ),
};

export const CallListsTab: Story = {
  name: 'Call lists tab',
  args: { tab: 'call-lists' },
  parameters: story('remote:default', 'L’onglet Listes d’appels : `<call-list-editor site-id>`.'),
};

export const ContactsTab: Story = {
  name: 'Contacts tab',
  args: { tab: 'contacts' },
  parameters: story('remote:default', 'L’onglet Contacts : `<site-contacts site-id>`.'),
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { 'site-id': 'site-02' },
  parameters: story('remote:default', 'Locale `en`.'),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { 'site-id': 'site-02' },
  parameters: story('remote:default', 'Thème sombre (`theme="dark"`).'),
};

export const Narrow: Story = {
  name: '360 px',
  render: (args) =>
    html`<div style="width:360px;outline:1px dashed rgb(127 127 127 / 0.5)"><site-overview site-id=${ifDefined(args['site-id'] || undefined)} tab=${args.tab ?? 'systems'}></site-overview></div>`,
  args: { 'site-id': 'site-04' },
  parameters: story(
    'remote:default',
    'Dans un conteneur de 360 px : le nom long du site se replie, chaque jour du programme passe sur deux lignes.',
  ),
};
