/**
 * SR-SIGN — `<intervention-list>`, one story per state, against the mock (`register:default`: 3 to
 * sign, 2 late, 7 closed). "Today" is 10/03/2026.
 */
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@vigie/components/define/intervention-list.js';
import type { ScenarioName } from '@vigie/mock-api';
import { mockApi, scenarioDoc } from '../support/mock.js';

interface Args {
  tab?: 'to-sign' | 'late' | 'closed';
  selected?: string | null;
  detailsTab?: 'details' | 'reports';
}

const story = (description: string) => ({ docs: { description: { story: description } } });
const withHandlers = (scenario: ScenarioName, handlers: ReturnType<typeof mockApi>['msw']['handlers']) => ({
  ...mockApi(scenario),
  msw: { handlers: [...handlers, ...mockApi(scenario).msw.handlers] },
});

async function waitFor<T>(find: () => T | null | undefined, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('The story did not reach the expected state');
    await new Promise((r) => setTimeout(r, 30));
  }
}

const meta = {
  id: 'safety-register-intervention-list',
  title: 'Registre de sécurité/<intervention-list>',
  component: 'intervention-list',
  tags: ['autodocs'],
  args: { tab: 'to-sign', selected: null, detailsTab: 'details' },
  argTypes: {
    tab: { control: 'inline-radio', options: ['to-sign', 'late', 'closed'] },
    detailsTab: { control: 'inline-radio', options: ['details', 'reports'] },
    selected: { control: 'text' },
  },
  render: (args) =>
    html`<intervention-list tab=${args.tab ?? 'to-sign'} .selected=${args.selected ?? null} details-tab=${args.detailsTab ?? 'details'}></intervention-list>`,
  parameters: {
    actions: { handles: ['intervention-selected', 'intervention-signed', 'intervention-closed'] },
    docs: {
      description: {
        component:
          'SR-SIGN — la liste des interventions (seed 001) en trois onglets : « À signer », « En retard » (non signée, échéance dépassée) et « Clôturées ». ' +
          'L’œil émet `intervention-selected` (annulable) puis ouvre l’intervention : « Détails » (lieu, travaux, signatures) et « Rapports » ' +
          '(`<report-observations>`, SR-OBS). « Signer l’intervention » ouvre `<intervention-signature>` dans le détail ; clôturée, elle passe dans « Clôturées ». Aujourd’hui = 10/03/2026.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Loading: Story = {
  parameters: { ...mockApi('any:slow'), ...story(scenarioDoc('any:slow', 'Le chargement des interventions.')) },
};
export const Error500: Story = {
  name: 'Error 500',
  parameters: { ...mockApi('any:error-500'), ...story(scenarioDoc('any:error-500', 'L’erreur et « Réessayer ».')) },
};
export const Empty: Story = {
  parameters: { ...mockApi('register:empty'), ...story(scenarioDoc('register:empty', 'Un nouveau compte : aucune intervention.')) },
};
export const Restricted: Story = {
  parameters: {
    ...mockApi('register:restricted'),
    ...story(scenarioDoc('register:restricted', 'Compte suspendu : la notice d’accès, aucune liste.')),
  },
};

export const ToSign: Story = {
  name: 'To sign',
  parameters: { ...mockApi('register:default'), ...story('« À signer » : dans 5 et 20 jours, et une à signer aujourd’hui.') },
};
export const Late: Story = {
  args: { tab: 'late' },
  parameters: {
    ...mockApi('register:default'),
    ...story('« En retard » : de 10 jours et de 1 jour (texte et icône, jamais la couleur seule).'),
  },
};
export const Closed: Story = {
  args: { tab: 'closed' },
  parameters: { ...mockApi('register:default'), ...story('« Clôturées » : la plus récente d’abord.') },
};

/** One intervention to sign, none late, none closed. */
const ONLY_ONE = {
  id: 'int-101',
  version: 1,
  type: 'controle',
  title: 'Vérification annuelle du système de sécurité incendie (SSI)',
  date: '2026-03-08',
  dueDate: '2026-03-15',
  location: 'Bâtiment A — local SSI, rez-de-chaussée',
  work: 'Essais du tableau de signalisation et des détecteurs.',
  provider: { company: 'Bureau Veritas Exploitation', technician: 'Julien Perrot' },
  operator: { name: 'Claire Martin' },
  contact: null,
  status: 'to-sign',
  signers: null,
  signatures: [],
  closedAt: null,
  report: null,
};

export const EmptyTab: Story = {
  name: 'Empty tab',
  args: { tab: 'late' },
  parameters: {
    ...withHandlers('register:default', [
      http.get('*/api/safety-register/interventions', () => HttpResponse.json({ interventions: [ONLY_ONE] })),
    ]),
    ...story('Un onglet sans intervention le dit (« Aucune intervention en retard. »).'),
  },
};

export const DetailsLate: Story = {
  name: 'Details of a late one',
  args: { selected: 'int-102', tab: 'late' },
  parameters: { ...mockApi('register:default'), ...story('Le détail d’une intervention en retard, « Signer l’intervention ».') },
};

export const DetailsClosed: Story = {
  name: 'Details of a closed one',
  args: { selected: 'int-201', tab: 'closed' },
  parameters: { ...mockApi('register:default'), ...story('Qui a signé et quand.') },
};

export const Reports: Story = {
  args: { selected: 'int-201', tab: 'closed', detailsTab: 'reports' },
  parameters: {
    ...mockApi('register:default'),
    ...story('L’onglet « Rapports » : `<report-observations>` (SR-OBS), ou un message clair sur une page qui ne l’a pas.'),
  },
};

export const SigningInDetails: Story = {
  name: 'Signing in the details',
  args: { selected: 'int-104', tab: 'late' },
  parameters: { ...mockApi('register:default'), ...story('« Signer l’intervention » ouvre la signature dans le détail.') },
  play: async ({ canvasElement }) => {
    const r = await waitFor(() => canvasElement.querySelector('intervention-list')?.shadowRoot);
    (
      await waitFor(() =>
        [...r.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Signer l’intervention'),
      )
    ).click();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { ...mockApi('register:default'), ...story('The list in English.') },
};
