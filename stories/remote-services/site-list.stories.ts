/**
 * RS-SITES — `<site-list>`, one story per state: loading, the 12 demo sites grouped by ID & PIN,
 * 5,000 sites, a search, the filters applied (location and test mode), sorted descending, ungrouped,
 * the selected site, no site at all, an error with « Réessayer », in English, dark, 360 px. "Today"
 * is 10/03/2026 (the mock's noon); the demo site in test mode ends a few minutes later.
 *
 * The mock (`remote:default`, `remote:large`, `any:slow`, `any:error-500`) answers `GET remote/sites`
 * as a backend would; the provider's client sends the story host's bearer token.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SiteSortColumn, SiteSortDirection, SiteTestModeFilter } from '@vigie/core';
import '@vigie/components/define/site-list.js';
import type { ScenarioName } from '@vigie/mock-api';
import { mockApi, scenarioDoc } from '../support/mock.js';

interface SiteListArgs {
  'selected-site-id'?: string;
  query?: string;
  location?: string;
  'test-mode-filter'?: SiteTestModeFilter;
  'sort-column'?: SiteSortColumn;
  'sort-direction'?: SiteSortDirection;
  'group-by'?: 'link' | 'none';
  'hide-title'?: boolean;
}

function render(args: SiteListArgs): TemplateResult {
  return html`<site-list
    selected-site-id=${ifDefined(args['selected-site-id'] || undefined)}
    query=${ifDefined(args.query || undefined)}
    location=${ifDefined(args.location || undefined)}
    test-mode-filter=${ifDefined(args['test-mode-filter'])}
    sort-column=${ifDefined(args['sort-column'])}
    sort-direction=${ifDefined(args['sort-direction'])}
    group-by=${ifDefined(args['group-by'])}
    ?hide-title=${args['hide-title']}
  ></site-list>`;
}

function story(scenario: ScenarioName, note: string, o: { timeout?: number; handlers?: readonly RequestHandler[] } = {}) {
  const base = mockApi(scenario, o.timeout ? { timeout: o.timeout } : {});
  return {
    ...base,
    msw: { handlers: [...(o.handlers ?? []), ...base.msw.handlers] },
    docs: { description: { story: scenarioDoc(scenario, note) } },
  };
}

const meta = {
  id: 'remote-services-site-list',
  title: 'Télésurveillance/<site-list>',
  component: 'site-list',
  tags: ['autodocs'],
  args: {},
  argTypes: {
    'selected-site-id': { control: 'text' },
    query: { control: 'text' },
    location: { control: 'text' },
    'test-mode-filter': { control: 'inline-radio', options: ['all', 'on', 'off'] },
    'sort-column': { control: 'select', options: ['name', 'location', 'state', 'testMode', 'openAlarms'] },
    'sort-direction': { control: 'inline-radio', options: ['ascending', 'descending'] },
    'group-by': { control: 'inline-radio', options: ['link', 'none'] },
    'hide-title': { control: 'boolean' },
  },
  render,
  parameters: {
    docs: {
      description: {
        component:
          'RS-SITES — tous les sites surveillés, avec l’état de leurs alarmes (icône ET texte), leur surnom, leur adresse, leur mode test (jusqu’à quelle heure) et ' +
          'leurs alarmes ouvertes ; recherche (accents et majuscules ignorés), filtres par emplacement et mode test, tri sur chaque colonne (ordre français), ' +
          'regroupement par ID & PIN (un site relié par plusieurs ID & PIN apparaît une fois, sous tous). Choisir un site (bouton : souris, Entrée, Espace ; ↑ / ↓ ' +
          'd’un site à l’autre) déclenche `site-selected`. Le tableau virtuel est celui de `<passport-roster>` : fluide à 5 000 sites et plus.',
      },
    },
  },
} satisfies Meta<SiteListArgs>;

export default meta;
type Story = StoryObj<SiteListArgs>;

export const Loading: Story = {
  parameters: story('any:slow', 'La réponse arrive au bout de 10 minutes : « Chargement des sites… » et un squelette.', {
    timeout: 15 * 60_000,
  }),
};

export const Default: Story = {
  parameters: story(
    'remote:default',
    'Les 12 sites de démonstration, groupés par ID & PIN ; « Le grand dépôt » est un surnom ; un site est en mode test.',
  ),
};

export const Large: Story = {
  name: '5,000 sites',
  parameters: story(
    'remote:large',
    '5 000 sites sur 25 ID & PIN : seules les lignes visibles sont dans le DOM ; la recherche et le tri répondent à la frappe.',
  ),
};

export const Search: Story = {
  args: { query: 'entrepot' },
  parameters: story('remote:default', '« entrepot » trouve « Entrepôt » : accents et majuscules ignorés.'),
};

export const FiltersApplied: Story = {
  name: 'Filters applied',
  args: { location: '69', 'test-mode-filter': 'off' },
  parameters: story(
    'remote:default',
    'Emplacement « 69 » (le début du code postal) et mode test « Désactivé » : « Filtres (2) » ; un clic l’ouvre (ses champs se chargent à la demande).',
  ),
};

export const InTestMode: Story = {
  name: 'Filter: test mode on',
  args: { 'test-mode-filter': 'on' },
  parameters: story(
    'remote:default',
    'Les sites en mode test, avec l’heure de fin ; à cette heure-là le site quitte ce filtre, sans recharger.',
  ),
};

export const SortedDescending: Story = {
  name: 'Sorted by open alarms, descending',
  args: { 'sort-column': 'openAlarms', 'sort-direction': 'descending' },
  parameters: story('remote:default', 'Tri décroissant sur « Alarmes ouvertes » : `aria-sort="descending"`.'),
};

export const Ungrouped: Story = {
  args: { 'group-by': 'none' },
  parameters: story('remote:default', 'Sans regroupement : une seule liste.'),
};

export const Selected: Story = {
  name: 'Selected site',
  args: { 'selected-site-id': 'site-01' },
  parameters: story('remote:default', '`selected-site-id` : le site affiché est marqué (`aria-current`).'),
};

export const Empty: Story = {
  parameters: story('remote:default', 'Aucun site : « Aucun site pour le moment ».', {
    handlers: [http.get('*/api/remote/sites', () => HttpResponse.json({ sites: [], links: [] }))],
  }),
};

export const ErrorState: Story = {
  name: 'Error 500',
  parameters: story('any:error-500', 'Après les nouvelles tentatives du client, l’erreur avec « Réessayer ».'),
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: story('remote:default', 'Locale `en`.'),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: story('remote:default', 'Thème sombre (`theme="dark"`).'),
};

export const Narrow: Story = {
  name: '360 px',
  render: (args) => html`<div style="width:360px;outline:1px dashed rgb(127 127 127 / 0.5)">${render(args)}</div>`,
  parameters: story(
    'remote:default',
    'Dans un conteneur de 360 px : chaque ligne empile ses cellules ; « Trier par » et « Ordre » remplacent les en-têtes.',
  ),
};
