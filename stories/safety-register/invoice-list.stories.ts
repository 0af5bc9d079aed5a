/**
 * SR-INVOICE — `<invoice-list>`, one story per state. "Today" is 10/03/2026 (the provider's
 * `now`); the invoices come from the mock API scenario named by each story.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { INVOICE_FILTERS, type InvoiceFilter } from '@vigie/components';
import type { Invoice } from '@vigie/core';
import { mockApi, scenarioDoc } from '../support/mock.js';

interface ListArgs {
  filter?: InvoiceFilter;
  hideTitle?: boolean;
  invoices?: readonly Invoice[];
}

const story = (description: string) => ({ docs: { description: { story: description } } });

const meta = {
  id: 'safety-register-invoice-list',
  title: 'Registre de sécurité/<invoice-list>',
  component: 'invoice-list',
  tags: ['autodocs'],
  args: { filter: 'all', hideTitle: false },
  argTypes: {
    filter: { control: 'inline-radio', options: INVOICE_FILTERS },
    hideTitle: { control: 'boolean' },
    invoices: { control: 'object' },
  },
  render: (args) =>
    html`<invoice-list filter=${args.filter ?? 'all'} ?hide-title=${args.hideTitle} .invoices=${args.invoices}></invoice-list>`,
  parameters: {
    docs: {
      description: {
        component:
          'SR-INVOICE — toutes les factures du compte, groupées en retard / à payer / payées, triées par échéance, ' +
          'montants en euros selon la langue ; états chargement, vide et erreur avec « Réessayer ». ' +
          'C’est la liste que le bouton « Régulariser mes factures » du bandeau ouvre. Aujourd’hui = 10/03/2026.',
      },
    },
  },
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

const OVERDUE_NOTE =
  'Une facture en retard (échue le 05/03/2026), une à payer (échéance le 30/03/2026) et trois payées.';

export const AllGroups: Story = {
  name: 'All groups',
  parameters: { ...mockApi('invoices:overdue'), ...story(scenarioDoc('invoices:overdue', OVERDUE_NOTE)) },
};

export const FilterLate: Story = {
  name: 'Filter late',
  args: { filter: 'late' },
  parameters: { ...mockApi('invoices:suspended'), ...story(scenarioDoc('invoices:suspended', '`filter="late"` : les factures en retard seulement.')) },
};

export const FilterToPay: Story = {
  name: 'Filter to-pay',
  args: { filter: 'to-pay' },
  parameters: { ...mockApi('invoices:overdue'), ...story(scenarioDoc('invoices:overdue', '`filter="to-pay"` : les factures à payer, pas encore échues.')) },
};

export const FilterPaid: Story = {
  name: 'Filter paid',
  args: { filter: 'paid' },
  parameters: { ...mockApi('invoices:overdue'), ...story(scenarioDoc('invoices:overdue', '`filter="paid"` : l’historique des factures réglées.')) },
};

export const Loading: Story = {
  parameters: {
    ...mockApi('any:slow', { timeout: 15 * 60_000 }),
    ...story(scenarioDoc('any:slow', 'L’API répond au bout de 10 minutes : indicateur de chargement et squelette.')),
  },
};

export const Empty: Story = {
  parameters: { ...mockApi('invoices:empty'), ...story(scenarioDoc('invoices:empty')) },
};

export const ErrorState: Story = {
  name: 'Error',
  parameters: {
    ...mockApi('any:error-500'),
    ...story(scenarioDoc('any:error-500', 'Après les nouvelles tentatives du client, l’erreur avec « Réessayer ».')),
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { ...mockApi('invoices:overdue'), ...story(scenarioDoc('invoices:overdue', 'Locale `en` : textes et montants en anglais.')) },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: { ...mockApi('invoices:overdue'), ...story(scenarioDoc('invoices:overdue', 'Thème sombre (`theme="dark"`).')) },
};

export const Narrow: Story = {
  render: (args) => html`<div style="width:320px;outline:1px dashed rgb(127 127 127 / 0.5)">
    <invoice-list filter=${args.filter ?? 'all'} ?hide-title=${args.hideTitle} .invoices=${args.invoices}></invoice-list>
  </div>`,
  parameters: { ...mockApi('invoices:overdue'), ...story(scenarioDoc('invoices:overdue', 'Dans un conteneur de 320 px.')) },
};
