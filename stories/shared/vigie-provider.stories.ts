/**
 * X-PROVIDER — `<vigie-provider>`: what a widget does without it, and how a host follows the
 * access state it derives (SR-INVOICE). These stories render the provider themselves (the
 * global decorator adds none); the toolbar's locale and theme still apply.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { mockApi, NOW, scenarioDoc, storyGetToken } from '../support/mock.js';

interface ProviderArgs {
  'api-url'?: string;
  now?: string;
  locale?: 'fr' | 'en';
  theme?: 'light' | 'dark';
  /** Properties set by code, not by controls. */
  access?: unknown;
  clock?: unknown;
  client?: unknown;
  getToken?: unknown;
}

const story = (description: string) => ({ docs: { description: { story: description } } });

const meta = {
  id: 'shared-vigie-provider',
  title: 'Commun/<vigie-provider>',
  component: 'vigie-provider',
  tags: ['autodocs'],
  args: { 'api-url': '/api', now: NOW },
  argTypes: {
    locale: { control: 'inline-radio', options: ['fr', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    access: { control: false },
    clock: { control: false },
    client: { control: false },
    getToken: { control: false },
  },
  parameters: {
    vigie: { provider: false },
    docs: {
      description: {
        component:
          'X-PROVIDER — donne à chaque widget Vigie qu’il contient le client de l’API, la langue, l’horloge et l’état ' +
          'd’accès. Les widgets n’ont besoin de rien d’autre de la page hôte.',
      },
    },
  },
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

export const MissingProvider: Story = {
  name: 'Missing provider',
  render: () => html`<invoice-banner></invoice-banner>`,
  parameters: {
    vigie: { provider: false },
    docs: {
      description: {
        story:
          'Un `<invoice-banner>` seul, sans `<vigie-provider>` autour : le widget ne plante pas, il affiche un état ' +
          'd’erreur clair (dans la langue de la page) et écrit une seule erreur dans la console.',
      },
    },
  },
};

const HOST_TEXT = {
  fr: {
    title: 'Page hôte',
    full: 'Accès complet : tous les modules sont ouverts.',
    restricted: (level: string, allowed: string) => `Accès restreint (niveau ${level}) : seules restent ouvertes les fonctions ${allowed}.`,
    waiting: 'En attente de l’événement access-changed…',
    modules: { 'site-synthesis': 'Synthèse des sites', interventions: 'Interventions', anomalies: 'Anomalies' },
  },
  en: {
    title: 'Host page',
    full: 'Full access: every module is open.',
    restricted: (level: string, allowed: string) => `Access restricted (level ${level}): only ${allowed} stays open.`,
    waiting: 'Waiting for the access-changed event…',
    modules: { 'site-synthesis': 'Sites synthesis', interventions: 'Interventions', anomalies: 'Anomalies' },
  },
} as const;

export const AccessRestricted: Story = {
  name: 'Access restricted',
  render: (args, { globals }) => {
    const locale = args.locale ?? (globals.locale as 'fr' | 'en') ?? 'fr';
    const text = HOST_TEXT[locale];
    // The host listens to the provider and restricts its own menu.
    const onAccess = (e: HTMLElementEventMap['access-changed']) => {
      const host = (e.currentTarget as HTMLElement).querySelector<HTMLElement>('.host')!;
      const allowed = e.access.kind === 'restricted' ? e.access.allowed : undefined;
      host.querySelector('output')!.textContent = allowed ? text.restricted(e.level, allowed.join(', ')) : text.full;
      for (const b of host.querySelectorAll<HTMLButtonElement>('button[data-feature]'))
        b.disabled = !!allowed && !allowed.includes(b.dataset.feature!);
    };
    return html`<vigie-provider
      api-url=${args['api-url'] ?? '/api'}
      now=${args.now ?? NOW}
      locale=${locale}
      theme=${args.theme ?? globals.theme ?? 'light'}
      .getToken=${storyGetToken}
      @access-changed=${onAccess}
    >
      <invoice-banner></invoice-banner>
      <section class="host" style="margin-top:1rem;padding:0.75rem 1rem;border:1px dashed rgb(127 127 127 / 0.6);border-radius:8px;font:0.95rem/1.45 system-ui,sans-serif">
        <strong>${text.title}</strong> — <code>access-changed</code> :
        <output role="status">${text.waiting}</output>
        <nav style="display:flex;flex-wrap:wrap;gap:0.5rem;margin-top:0.75rem">
          ${Object.entries(text.modules).map(([feature, label]) => html`<button data-feature=${feature} style="font:inherit;padding:0.3rem 0.75rem">${label}</button>`)}
        </nav>
      </section>
    </vigie-provider>`;
  },
  parameters: {
    ...mockApi('invoices:suspended'),
    vigie: { provider: false, scenario: 'invoices:suspended' },
    ...story(
      scenarioDoc(
        'invoices:suspended',
        'La page hôte écoute `access-changed` sur le fournisseur : accès `restricted`, seule la synthèse des sites reste ' +
          'ouverte ; elle désactive le reste de son menu.',
      ),
    ),
  },
};
