/**
 * SR-INVOICE — `<invoice-list>`, one story per state. "Today" is 10/03/2026 (the provider's
 * `now`); the invoices come from the mock API scenario named by each story.
 */
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { INVOICE_FILTERS, type InvoiceFilter } from '@vigie/components';
import type { Invoice } from '@vigie/core';
import type { ScenarioName } from '@vigie/mock-api';
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
    actions: { handles: ['change', 'invoice-payment-requested', 'invoice-paid'] },
    docs: {
      description: {
        component:
          'SR-INVOICE — toutes les factures du compte, groupées en retard / à payer / payées, triées par échéance, ' +
          'montants en euros selon la langue ; états chargement, vide et erreur avec « Réessayer ». ' +
          'C’est la liste que le bouton « Régulariser mes factures » du bandeau ouvre. Chaque facture s’ouvre (PDF) et se ' +
          'télécharge ; une facture non payée se règle (« Régler » : l’événement annulable `invoice-payment-requested`, puis ' +
          'une confirmation et le paiement avec une clé d’idempotence réutilisée en cas de nouvelle tentative). ' +
          'Aujourd’hui = 10/03/2026.',
      },
    },
  },
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

const OVERDUE_NOTE = 'Une facture en retard (échue le 05/03/2026), une à payer (échéance le 30/03/2026) et trois payées.';

export const AllGroups: Story = {
  name: 'All groups',
  parameters: { ...mockApi('invoices:overdue'), ...story(scenarioDoc('invoices:overdue', OVERDUE_NOTE)) },
};

export const FilterLate: Story = {
  name: 'Filter late',
  args: { filter: 'late' },
  parameters: {
    ...mockApi('invoices:suspended'),
    ...story(scenarioDoc('invoices:suspended', '`filter="late"` : les factures en retard seulement.')),
  },
};

export const FilterToPay: Story = {
  name: 'Filter to-pay',
  args: { filter: 'to-pay' },
  parameters: {
    ...mockApi('invoices:overdue'),
    ...story(scenarioDoc('invoices:overdue', '`filter="to-pay"` : les factures à payer, pas encore échues.')),
  },
};

export const FilterPaid: Story = {
  name: 'Filter paid',
  args: { filter: 'paid' },
  parameters: {
    ...mockApi('invoices:overdue'),
    ...story(scenarioDoc('invoices:overdue', '`filter="paid"` : l’historique des factures réglées.')),
  },
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

// ── Settling an invoice (the PDF, the payment) ───────────────────────────────

async function waitFor<T>(find: () => T | null | undefined, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('The story did not reach the expected state');
    await new Promise((r) => setTimeout(r, 30));
  }
}

const listRoot = (canvas: HTMLElement) =>
  waitFor(
    () => canvas.querySelector('invoice-list')?.shadowRoot?.querySelector('table') && canvas.querySelector('invoice-list')!.shadowRoot!,
  );
const buttonNamed = (r: ParentNode, name: RegExp) =>
  waitFor(() =>
    [...r.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      name.test((b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim()),
    ),
  );

/** « Régler » on the first late invoice; resolves once the confirmation is open. */
async function openPayment(canvas: HTMLElement): Promise<ShadowRoot> {
  const r = await listRoot(canvas);
  (await waitFor(() => r.querySelector<HTMLButtonElement>('.group.late [part~=pay]'))).click();
  await waitFor(() => r.querySelector('dialog.pay[open]'));
  return r;
}
async function confirmPayment(canvas: HTMLElement): Promise<ShadowRoot> {
  const r = await openPayment(canvas);
  (await buttonNamed(r, /^(Confirmer le règlement|Confirm payment)$/)).click();
  return r;
}

/** The mock's handlers of a scenario, after the story's own. */
const withHandlers = (scenario: ScenarioName, handlers: ReturnType<typeof mockApi>['msw']['handlers']) => ({
  ...mockApi(scenario),
  msw: { handlers: [...handlers, ...mockApi(scenario).msw.handlers] },
});
const PAY = '*/api/safety-register/invoices/:id/payment';

export const PayConfirm: Story = {
  name: 'Pay: confirm',
  parameters: {
    ...mockApi('register:default'),
    ...story(
      scenarioDoc(
        'register:default',
        '« Régler » sur la facture en retard : la confirmation dit le numéro, l’échéance et le montant TTC (« 967,20 € »).',
      ),
    ),
  },
  play: async ({ canvasElement }) => void (await openPayment(canvasElement)),
};

export const Paying: Story = {
  name: 'Pay: paying',
  parameters: {
    ...withHandlers('register:default', [http.post(PAY, () => delay('infinite'))]),
    ...story('Le paiement est en route : « Règlement en cours… », la fenêtre ne se ferme pas (sa réponse doit être entendue).'),
  },
  play: async ({ canvasElement }) => void (await confirmPayment(canvasElement)),
};

export const Paid: Story = {
  name: 'Pay: paid',
  parameters: {
    ...mockApi('register:default'),
    ...story(
      scenarioDoc(
        'register:default',
        'Réglée : le message de confirmation, un toast, `invoice-paid` ; la liste se recharge (la facture passe dans « Payées »).',
      ),
    ),
  },
  play: async ({ canvasElement }) => {
    const r = await confirmPayment(canvasElement);
    await waitFor(() => r.querySelector('dialog.pay .outcome.ok'));
  },
};

export const PaymentFailed: Story = {
  name: 'Pay: network failure',
  parameters: {
    ...withHandlers('register:default', [http.post(PAY, () => HttpResponse.error())]),
    ...story('Le réseau coupe : « Réessayer » renvoie la MÊME clé d’idempotence, la facture n’est jamais réglée deux fois.'),
  },
  play: async ({ canvasElement }) => {
    const r = await confirmPayment(canvasElement);
    await waitFor(() => r.querySelector('dialog.pay .outcome.error'));
  },
};

export const AlreadyPaid: Story = {
  name: 'Pay: already paid',
  parameters: {
    ...withHandlers('register:default', [
      http.post(PAY, () =>
        HttpResponse.json(
          { type: '/problems/invoice-already-paid', title: 'Invoice already paid', status: 409 },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    ]),
    ...story('409 `invoice-already-paid` : dit que la facture est déjà réglée, la liste se met à jour ; pas de « Réessayer ».'),
  },
  play: PaymentFailed.play,
};

export const HostCancelled: Story = {
  name: 'Pay: host’s own page',
  render: () => html`<div
    @invoice-payment-requested=${(e: HTMLElementEventMap['invoice-payment-requested']) => {
      e.preventDefault();
      const out = (e.currentTarget as HTMLElement).querySelector('output');
      if (out) out.textContent = `${e.number} (${e.amountCents} centimes) → page de paiement de l’hôte`;
    }}
  >
    <invoice-list></invoice-list>
    <p style="margin:0.75rem 0 0;font:0.85rem/1.4 system-ui,sans-serif;opacity:0.75">
      Page hôte — <code>invoice-payment-requested</code> annulé : <output>en attente…</output>
    </p>
  </div>`,
  parameters: {
    ...mockApi('register:default'),
    ...story(
      scenarioDoc(
        'register:default',
        'L’hôte annule `invoice-payment-requested` (`preventDefault()`) et ouvre sa propre page : aucune fenêtre, rien n’est payé.',
      ),
    ),
  },
  play: async ({ canvasElement }) => {
    const r = await listRoot(canvasElement);
    (await waitFor(() => r.querySelector<HTMLButtonElement>('.group.late [part~=pay]'))).click();
  },
};

export const PdfOpen: Story = {
  name: 'PDF open',
  parameters: {
    ...mockApi('register:default'),
    ...story(
      scenarioDoc(
        'register:default',
        '« Voir » : le PDF de la facture dans une fenêtre, depuis une URL `blob:` révoquée à la fermeture ; « Télécharger » donne `facture-FA-….pdf`.',
      ),
    ),
  },
  play: async ({ canvasElement }) => {
    const r = await listRoot(canvasElement);
    (await buttonNamed(r, /^Voir la facture/)).click();
    await waitFor(() => r.querySelector('dialog.viewer[open]'));
  },
};

export const RestrictedPayOff: Story = {
  name: 'Restricted: pay to get out',
  parameters: {
    ...mockApi('register:restricted'),
    ...story(
      scenarioDoc(
        'register:restricted',
        'L’accès est suspendu, mais les factures restent accessibles : c’est en les réglant qu’on en sort.',
      ),
    ),
  },
};

export const PayConfirmEnglish: Story = {
  name: 'Pay: confirm (en)',
  globals: { locale: 'en' },
  parameters: { ...mockApi('register:default'), ...story('Locale `en` : la confirmation en anglais (« €967.20 »).') },
  play: PayConfirm.play,
};
