/**
 * SR-INVOICE — `<invoice-banner>`, one story per state. "Today" is 10/03/2026 (the provider's
 * `now`); the invoices come from the mock API scenario named by each story.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Invoice } from '@vigie/core';
import { mockApi, scenarioDoc } from '../support/mock.js';

interface BannerArgs {
  invoices?: readonly Invoice[];
  /** Read-only, reflected by the element (no control). */
  level?: string;
}

/** A host line under the banner that shows what `invoice-level-changed` reported. */
const levelProbe = (content: unknown) => html`<div
  @invoice-level-changed=${(e: HTMLElementEventMap['invoice-level-changed']) => {
    const out = (e.currentTarget as HTMLElement).querySelector('output');
    if (out) out.textContent = `${e.previous ?? '—'} → ${e.level}`;
  }}
>
  ${content}
  <p style="margin:0.75rem 0 0;font:0.85rem/1.4 system-ui,sans-serif;opacity:0.75">
    Page hôte — <code>invoice-level-changed</code> : <output>en attente…</output>
  </p>
</div>`;

const story = (description: string) => ({ docs: { description: { story: description } } });

const meta = {
  id: 'safety-register-invoice-banner',
  title: 'Registre de sécurité/<invoice-banner>',
  component: 'invoice-banner',
  tags: ['autodocs'],
  render: (args) => html`<invoice-banner .invoices=${args.invoices}></invoice-banner>`,
  argTypes: {
    level: { control: false },
    invoices: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'SR-INVOICE — le bandeau des factures impayées : rien, orange (échéance dans les 15 jours), ' +
          'rouge (en retard, avec la date de coupure) ou rouge (accès suspendu), avec « Régulariser mes ' +
          'factures » qui ouvre la liste des factures dans une boîte de dialogue. Aujourd’hui = 10/03/2026.',
      },
    },
  },
} satisfies Meta<BannerArgs>;

export default meta;
type Story = StoryObj<BannerArgs>;

export const Warning: Story = {
  parameters: { ...mockApi('invoices:warning'), ...story(scenarioDoc('invoices:warning', 'Échéance au 20/03/2026 : `role="status"`.')) },
};

export const Overdue: Story = {
  parameters: {
    ...mockApi('invoices:overdue'),
    ...story(scenarioDoc('invoices:overdue', 'Échue le 05/03/2026 : coupure le 04/04/2026 (échéance + 30 jours), `role="alert"`.')),
  },
};

export const Suspended: Story = {
  parameters: {
    ...mockApi('invoices:suspended'),
    ...story(scenarioDoc('invoices:suspended', 'Échue le 29/01/2026 : accès suspendu ; le fournisseur passe l’accès en `restricted`.')),
  },
};

export const None: Story = {
  render: (args) => levelProbe(html`<invoice-banner .invoices=${args.invoices}></invoice-banner>`),
  parameters: {
    ...mockApi('invoices:none'),
    ...story(
      scenarioDoc(
        'invoices:none',
        '**Le bandeau n’affiche rien** (hauteur 0, `level="none"`) : aucune facture impayée n’arrive à échéance dans les 15 jours. ' +
          'La ligne en dessous appartient à la page hôte : elle montre le niveau reçu par `invoice-level-changed`.',
      ),
    ),
  },
};

export const ErrorState: Story = {
  name: 'Error',
  parameters: {
    ...mockApi('any:error-500'),
    ...story(scenarioDoc('any:error-500', 'Après les nouvelles tentatives du client, un avis neutre avec « Réessayer ».')),
  },
};

export const Malformed: Story = {
  parameters: {
    ...mockApi('any:malformed'),
    ...story(scenarioDoc('any:malformed', 'Un corps qui ne respecte pas le contrat est une erreur : il n’est jamais affiché.')),
  },
};

export const Loading: Story = {
  render: (args) => levelProbe(html`<invoice-banner .invoices=${args.invoices}></invoice-banner>`),
  parameters: {
    ...mockApi('any:slow', { timeout: 15 * 60_000 }),
    ...story(
      scenarioDoc(
        'any:slow',
        'L’API répond au bout de 10 minutes. **Pendant le chargement le bandeau n’affiche rien** (un bandeau ne doit pas ' +
          'clignoter) ; la ligne de la page hôte reste « en attente ».',
      ),
    ),
  },
};

/** Invoices the host already has, dated around 10/03/2026. */
const HOST_INVOICES: readonly Invoice[] = [
  { id: 'fa-2026-0201', number: 'FA-2026-0201', issueDate: '2026-01-01', dueDate: '2026-01-31', amountCents: 128_400, status: 'paid' },
  { id: 'fa-2026-0202', number: 'FA-2026-0202', issueDate: '2026-01-30', dueDate: '2026-03-01', amountCents: 54_000, status: 'unpaid' },
];

export const FromProperty: Story = {
  name: 'From property',
  args: { invoices: HOST_INVOICES },
  parameters: {
    ...mockApi('any:error-500'),
    ...story(
      'Les factures sont données par l’hôte (propriété `invoices`) : le bandeau ne fait aucune requête. ' +
        'L’API simulée répond 500 à tout : si le bandeau la sollicitait, il afficherait une erreur. ' +
        'Une facture échue le 01/03/2026 : bandeau rouge, coupure le 31/03/2026.',
    ),
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { ...mockApi('invoices:overdue'), ...story(scenarioDoc('invoices:overdue', 'Locale `en` (dates toujours JJ/MM/AAAA).')) },
};

const LEVEL_INVOICES: Record<'warning' | 'overdue' | 'suspended', readonly Invoice[]> = {
  warning: [{ id: 'w', number: 'FA-2026-0301', dueDate: '2026-03-20', amountCents: 128_400, status: 'unpaid' }],
  overdue: [{ id: 'o', number: 'FA-2026-0302', dueDate: '2026-03-05', amountCents: 96_720, status: 'unpaid' }],
  suspended: [{ id: 's', number: 'FA-2026-0303', dueDate: '2026-01-29', amountCents: 312_000, status: 'unpaid' }],
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () => html`<div style="display:grid;gap:1rem">
    <invoice-banner .invoices=${LEVEL_INVOICES.warning}></invoice-banner>
    <invoice-banner .invoices=${LEVEL_INVOICES.overdue}></invoice-banner>
    <invoice-banner .invoices=${LEVEL_INVOICES.suspended}></invoice-banner>
  </div>`,
  parameters: {
    ...mockApi('invoices:overdue'),
    ...story('Thème sombre (`theme="dark"`) : les trois niveaux, factures données par propriété.'),
  },
};

export const Narrow: Story = {
  render: (args) => html`<div style="width:320px;outline:1px dashed rgb(127 127 127 / 0.5)">
    <invoice-banner .invoices=${args.invoices}></invoice-banner>
  </div>`,
  parameters: {
    ...mockApi('invoices:overdue'),
    ...story(scenarioDoc('invoices:overdue', 'Dans un conteneur de 320 px : le bouton passe sous le texte, sur toute la largeur.')),
  },
};

export const LongFrenchLabels: Story = {
  name: 'Long French labels',
  globals: { locale: 'fr' },
  render: (args) => html`<div style="width:600px;outline:1px dashed rgb(127 127 127 / 0.5)">
    <invoice-banner .invoices=${args.invoices}></invoice-banner>
  </div>`,
  parameters: {
    ...mockApi('invoices:suspended'),
    ...story(
      scenarioDoc(
        'invoices:suspended',
        'Le plus long texte français (suspension) dans 600 px, juste au-dessus du point de rupture (560 px) : ' +
          '« Régulariser mes factures » reste sur une ligne à côté du texte.',
      ),
    ),
  },
};

/** Waits for what a story's play needs. */
async function waitFor<T>(find: () => T | null | undefined, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('The story did not reach the expected state');
    await new Promise((r) => setTimeout(r, 30));
  }
}

export const PayInDialog: Story = {
  name: 'Pay in the dialog (banner goes away)',
  render: (args) => levelProbe(html`<invoice-banner .invoices=${args.invoices}></invoice-banner>`),
  parameters: {
    ...mockApi('register:default'),
    ...story(
      scenarioDoc(
        'register:default',
        '« Régulariser mes factures », puis « Régler » la facture en retard et « Confirmer le règlement » : le bandeau relit ' +
          'les factures (`invoice-paid`) et disparaît, la boîte de dialogue reste ouverte avec le résultat.',
      ),
    ),
  },
  play: async ({ canvasElement }) => {
    const banner = await waitFor(() =>
      canvasElement.querySelector('invoice-banner')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~=action]'),
    );
    banner.click();
    const list = await waitFor(
      () => canvasElement.querySelector('invoice-banner')!.shadowRoot!.querySelector('dialog[open] invoice-list')?.shadowRoot,
    );
    (await waitFor(() => list.querySelector<HTMLButtonElement>('.group.late [part~=pay]'))).click();
    (await waitFor(() => list.querySelector<HTMLButtonElement>('dialog.pay[open] [data-focus=payment-confirm]'))).click();
    await waitFor(() => list.querySelector('dialog.pay .outcome.ok'));
  },
};
