/**
 * SR-ANOMALY — `<anomaly-list>`, one story per state, against the mock (`register:default`: 30
 * anomalies of « Résidence Les Tilleuls », 8 providers with their contacts). The `play` functions
 * open an anomaly (the eye), a request form, and choose providers and contacts as a person would.
 * "Today" is 10/03/2026 (the provider's `now`).
 */
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@vigie/components/define/anomaly-list.js';
import type { ScenarioName } from '@vigie/mock-api';
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

const list = (canvas: HTMLElement) =>
  waitFor(
    () => canvas.querySelector('anomaly-list')?.shadowRoot?.querySelector('tbody') && canvas.querySelector('anomaly-list')!.shadowRoot!,
  );
const panel = (canvas: HTMLElement) =>
  waitFor(
    () =>
      canvas.querySelector('anomaly-list')?.shadowRoot?.querySelector('vigie-anomaly-details')?.shadowRoot?.querySelector('.head') &&
      canvas.querySelector('anomaly-list')!.shadowRoot!.querySelector('vigie-anomaly-details')!.shadowRoot!,
  );

/** Opens an anomaly by its title (its eye). */
async function open(canvas: HTMLElement, title = 'Extincteur manquant') {
  const r = await list(canvas);
  const row = await waitFor(() => [...r.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes(title)));
  row.querySelector<HTMLButtonElement>('button.eye')!.click();
  return panel(canvas);
}

/** Opens a request form and picks providers (and contacts) by name in their comboboxes. */
async function request(
  canvas: HTMLElement,
  kind: 'intervention' | 'quote',
  providers: readonly string[],
  contacts: readonly string[] = [],
  title?: string,
) {
  const p = await open(canvas, title);
  (await waitFor(() => p.querySelector<HTMLButtonElement>(`[data-focus=create-${kind}]`))).click();
  const pick = async (focus: string, names: readonly string[]) => {
    if (!names.length) return;
    const input = await waitFor(() => p.querySelector<HTMLInputElement>(`input[data-focus=${focus}]`));
    input.focus();
    input.click();
    for (const name of names)
      (await waitFor(() => [...p.querySelectorAll<HTMLElement>('[role=option]')].find((o) => o.textContent!.includes(name)))).click();
    input.blur();
  };
  await pick('request-providers', providers);
  await pick('request-contacts', contacts);
  return p;
}

const fillField = async (p: ShadowRoot, selector: string, value: string) => {
  const el = await waitFor(() => p.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector));
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};
const submit = (p: ShadowRoot) => p.querySelector<HTMLFormElement>('form')!.requestSubmit();

const withHandlers = (scenario: ScenarioName, handlers: ReturnType<typeof mockApi>['msw']['handlers']) => ({
  ...mockApi(scenario),
  msw: { handlers: [...handlers, ...mockApi(scenario).msw.handlers] },
});

const meta = {
  id: 'safety-register-anomaly-list',
  title: 'Registre de sécurité/<anomaly-list>',
  component: 'anomaly-list',
  tags: ['autodocs'],
  render: () => html`<anomaly-list></anomaly-list>`,
  parameters: {
    actions: { handles: ['anomaly-selected', 'anomaly-request-started', 'anomaly-request-sent', 'anomaly-closed'] },
    docs: {
      description: {
        component:
          'SR-ANOMALY — module « Gestion du bâtiment », onglet « Anomalies » (seed 001) : la liste avec la colonne « Anomalie créée par » ' +
          '(un utilisateur, le technicien d’un prestataire ou une commission de sécurité), recherche, tri sur chaque colonne, filtres ; ' +
          'l’œil ouvre l’anomalie (description, localisation, criticité, origine, historique des demandes) ; « Créer une demande ' +
          'd’intervention » et « Créer une demande de devis », avec autant de prestataires et d’interlocuteurs que souhaité, pour une seule ' +
          'et même demande : un seul envoi, que le serveur répartit (une demande par prestataire). Aujourd’hui = 10/03/2026.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Anomalies: Story = {
  parameters: {
    ...mockApi('register:default'),
    ...story(scenarioDoc('register:default', '30 anomalies, triées de la plus récente à la plus ancienne.')),
  },
};

export const Loading: Story = {
  parameters: { ...mockApi('any:slow', { timeout: 15 * 60_000 }), ...story(scenarioDoc('any:slow', 'Le chargement des anomalies.')) },
};

export const Empty: Story = {
  parameters: { ...mockApi('register:empty'), ...story(scenarioDoc('register:empty', 'Un compte neuf : aucune anomalie.')) },
};

export const ErrorState: Story = {
  name: 'Error',
  parameters: {
    ...mockApi('any:error-500'),
    ...story(scenarioDoc('any:error-500', 'Les anomalies ne se chargent pas : l’erreur et « Réessayer ».')),
  },
};

export const Restricted: Story = {
  parameters: {
    ...mockApi('register:restricted'),
    ...story(scenarioDoc('register:restricted', 'Compte suspendu (SR-INVOICE) : l’avis à la place de la liste, aucune anomalie chargée.')),
  },
};

export const Filtered: Story = {
  parameters: { ...mockApi('register:default'), ...story('Recherche « chaufferie » et criticité « Critique » : « 2 anomalies sur 30 ».') },
  play: async ({ canvasElement }) => {
    const r = await list(canvasElement);
    await fillField(r, 'input[type=search]', 'chaufferie');
    const select = r.querySelector<HTMLSelectElement>('select[id$=-criticality]')!;
    select.value = 'critical';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  },
};

export const NoMatch: Story = {
  name: 'No match',
  parameters: { ...mockApi('register:default'), ...story('Aucune anomalie ne correspond : le message et « Effacer les filtres ».') },
  play: async ({ canvasElement }) => fillField(await list(canvasElement), 'input[type=search]', 'toiture'),
};

export const Details: Story = {
  parameters: {
    ...mockApi('register:default'),
    ...story('L’œil d’une anomalie relevée par la commission de sécurité : ses détails, aucune demande encore.'),
  },
  play: async ({ canvasElement }) => void (await open(canvasElement)),
};

export const DetailsWithHistory: Story = {
  name: 'Details with history',
  parameters: { ...mockApi('register:default'), ...story('Une anomalie en cours : l’historique de la demande déjà faite.') },
  play: async ({ canvasElement }) => void (await open(canvasElement, 'Porte coupe-feu')),
};

export const QuoteForm: Story = {
  name: 'Quote request: empty form',
  parameters: {
    ...mockApi('register:default'),
    ...story(
      '« Créer une demande de devis » : les deux listes à choix multiples, le récapitulatif « aucun prestataire, aucun interlocuteur ».',
    ),
  },
  play: async ({ canvasElement }) => void (await request(canvasElement, 'quote', [])),
};

export const QuoteThreeProviders: Story = {
  name: 'Quote request: three providers',
  parameters: {
    ...mockApi('register:default'),
    ...story(
      'Le parcours de la démo : un devis demandé à trois prestataires à la fois, un interlocuteur d’Apave et Claire Martin en copie.',
    ),
  },
  play: async ({ canvasElement }) => {
    const p = await request(canvasElement, 'quote', ['Dekra Industrial', 'Apave', 'Socotec'], ['Julien Petit', 'Claire Martin']);
    await fillField(p, 'textarea', 'Merci de nous faire parvenir un devis pour la remise en conformité.');
    await fillField(p, 'input.date', '31/03/2026');
  },
};

export const QuoteSent: Story = {
  name: 'Quote request: sent',
  parameters: {
    ...mockApi('register:default'),
    ...story('Après l’envoi : « Demande de devis envoyée à 3 prestataires. », une ligne par prestataire.'),
  },
  play: async ({ canvasElement }) => {
    const p = await request(canvasElement, 'quote', ['Dekra Industrial', 'Apave', 'Socotec'], ['Julien Petit']);
    submit(p);
  },
};

export const InterventionErrors: Story = {
  name: 'Intervention request: errors',
  parameters: {
    ...mockApi('register:default'),
    ...story('Aucun prestataire et une date passée (09/03/2026, la veille) : dit sur chaque champ, rien n’est envoyé.'),
  },
  play: async ({ canvasElement }) => {
    const p = await request(canvasElement, 'intervention', []);
    await fillField(p, 'input.date', '09/03/2026');
    submit(p);
  },
};

export const InterventionFailed: Story = {
  name: 'Intervention request: failed',
  parameters: {
    ...withHandlers('register:default', [
      http.post('*/api/safety-register/anomalies/:id/requests', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Unavailable', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    ]),
    ...story('Le serveur ne répond pas : le message, et tout ce qui a été saisi est conservé pour réessayer.'),
  },
  play: async ({ canvasElement }) => {
    const p = await request(canvasElement, 'intervention', ['Sicli', 'Eurofeu'], ['Nicolas Faure']);
    await fillField(p, 'textarea', 'Intervention urgente\u202f: extincteur manquant au palier.');
    submit(p);
  },
};

export const LongLabels: Story = {
  name: 'Long labels',
  parameters: {
    ...mockApi('register:default'),
    ...story('Le prestataire et l’interlocutrice aux noms les plus longs, dans un conteneur de 360 px.'),
  },
  render: () => html`<div style="width:360px;outline:1px dashed rgb(127 127 127 / 0.5)"><anomaly-list></anomaly-list></div>`,
  play: async ({ canvasElement }) =>
    void (await request(
      canvasElement,
      'intervention',
      ['Société d’Électricité Générale et de Maintenance des Pays de la Loire'],
      ['Anne-Sophie Delacroix-Montbrison', 'Pierre-Antoine de La Fontaine-Beaulieu'],
    )),
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { ...mockApi('register:default'), ...story('Locale `en`.') },
};

export const EnglishQuote: Story = {
  name: 'English: quote request',
  globals: { locale: 'en' },
  parameters: { ...mockApi('register:default'), ...story('Locale `en` : the quote form with three providers.') },
  play: async ({ canvasElement }) => void (await request(canvasElement, 'quote', ['Dekra Industrial', 'Apave', 'Socotec'])),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: { ...mockApi('register:default'), ...story('Thème sombre.') },
};

export const Narrow: Story = {
  render: () => html`<div style="width:320px;outline:1px dashed rgb(127 127 127 / 0.5)"><anomaly-list></anomaly-list></div>`,
  parameters: {
    ...mockApi('register:default'),
    ...story('Dans un conteneur de 320 px : une carte par anomalie, « Trier par » et « Ordre ».'),
  },
};
