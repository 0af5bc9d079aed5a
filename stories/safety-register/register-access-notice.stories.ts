/**
 * SR-INVOICE — `<register-access-notice>`, one story per state: what every register widget shows
 * instead of itself while the account is suspended (an invoice 30 days late), with the one action
 * the seed keeps, the sites' synthesis. "Today" is 10/03/2026 (the provider's `now`).
 */
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ALL_RIGHTS, SYNTHESIS_RIGHT } from '@vigie/core';
import type { ScenarioName } from '@vigie/mock-api';
import { mockApi, scenarioDoc } from '../support/mock.js';

interface NoticeArgs {
  feature?: string;
  headingLevel?: number;
}

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

/** « Générer la synthèse de mes sites ». */
async function generate(canvas: HTMLElement): Promise<ShadowRoot> {
  const r = await waitFor(() => canvas.querySelector('register-access-notice')?.shadowRoot);
  (await waitFor(() => r.querySelector<HTMLButtonElement>('[part=synthesis]'))).click();
  return r;
}

/** The mock's handlers of a scenario, after the story's own. */
const withHandlers = (scenario: ScenarioName, handlers: ReturnType<typeof mockApi>['msw']['handlers']) => ({
  ...mockApi(scenario),
  msw: { handlers: [...handlers, ...mockApi(scenario).msw.handlers] },
});
const SYNTHESIS = '*/api/safety-register/synthesis';

const meta = {
  id: 'safety-register-register-access-notice',
  title: 'Registre de sécurité/<register-access-notice>',
  component: 'register-access-notice',
  tags: ['autodocs'],
  args: { feature: 'interventions', headingLevel: 2 },
  argTypes: {
    feature: {
      control: 'select',
      options: ['interventions', 'batiment', 'permis-feu', 'commissions', 'utilisateurs', 'factures', 'synthese'],
    },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) =>
    html`<register-access-notice feature=${args.feature ?? 'interventions'} heading-level=${args.headingLevel ?? 2}></register-access-notice>`,
  parameters: {
    docs: {
      description: {
        component:
          'SR-INVOICE — ce que chaque widget du registre affiche à sa place tant que le compte est suspendu (une facture ' +
          'en retard de 30 jours) : les mots du seed, le module indisponible, et la seule action conservée, « Générer la ' +
          'synthèse de mes sites », pour les utilisateurs qui ont le droit `synthese:generer` (les autres apprennent quel droit ' +
          'il faut). N’affiche rien quand l’accès est complet. Aujourd’hui = 10/03/2026.',
      },
    },
  },
} satisfies Meta<NoticeArgs>;

export default meta;
type Story = StoryObj<NoticeArgs>;

export const Restricted: Story = {
  parameters: {
    ...mockApi('register:restricted'),
    ...story(scenarioDoc('register:restricted', 'Claire Martin a tous les droits : le bouton de la synthèse.')),
  },
};

export const NoRight: Story = {
  name: 'No synthesis right',
  parameters: {
    ...withHandlers('register:restricted', [
      http.get('*/api/safety-register/me', () =>
        HttpResponse.json({
          id: 'usr-claire',
          firstName: 'Claire',
          lastName: 'Martin',
          rights: ALL_RIGHTS.filter((r) => r !== SYNTHESIS_RIGHT),
        }),
      ),
    ]),
    ...story('Un utilisateur sans le droit `synthese:generer` : on lui dit lequel demander, sans bouton.'),
  },
};

export const Generating: Story = {
  parameters: {
    ...withHandlers('register:restricted', [http.post(SYNTHESIS, () => delay('infinite'))]),
    ...story('La génération est en cours : le bouton le dit (et reste inactif).'),
  },
  play: async ({ canvasElement }) => void (await generate(canvasElement)),
};

export const Ready: Story = {
  parameters: {
    ...mockApi('register:restricted'),
    ...story(
      scenarioDoc('register:restricted', 'La synthèse est prête : l’ouvrir ou la télécharger (un vrai PDF, depuis une URL `blob:`).'),
    ),
  },
  play: async ({ canvasElement }) => {
    const r = await generate(canvasElement);
    await waitFor(() => r.querySelector('[part=open]'));
  },
};

export const Failure: Story = {
  parameters: {
    ...withHandlers('register:restricted', [http.post(SYNTHESIS, () => new HttpResponse(null, { status: 500 }))]),
    ...story('La génération échoue : un message, le bouton reste (un nouveau clic réessaie).'),
  },
  play: async ({ canvasElement }) => {
    const r = await generate(canvasElement);
    await waitFor(() => r.querySelector('[role=alert]'));
  },
};

export const FullAccess: Story = {
  name: 'Full access (nothing)',
  parameters: { ...mockApi('register:default'), ...story(scenarioDoc('register:default', 'Accès complet : l’élément n’affiche rien.')) },
};

export const LongModuleName: Story = {
  name: 'Long module name',
  args: { feature: 'commissions', headingLevel: 3 },
  render: (args) => html`<div style="width:320px;outline:1px dashed rgb(127 127 127 / 0.5)">
    <register-access-notice feature=${args.feature ?? 'commissions'} heading-level=${args.headingLevel ?? 3}></register-access-notice>
  </div>`,
  parameters: { ...mockApi('register:restricted'), ...story('« Commissions de sécurité », titre de niveau 3, dans 320 px.') },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { ...mockApi('register:restricted'), ...story('Locale `en`.') },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: { ...mockApi('register:restricted'), ...story('Thème sombre.') },
};
