/**
 * SR-PERMIT — `<fire-permit-list>`, one story per state, against the mock (`register:default`: 12
 * permits of Résidence Les Tilleuls, each state and each levée de doute). The `play` functions
 * filter the list or open the QR dialog as a person would see it. The signature links are DEMO
 * links (`https://app.registre-securite.example/…`): scanning one leads nowhere real.
 */
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@vigie/components/define/fire-permit-list.js';
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

const root = (canvas: HTMLElement) =>
  waitFor(
    () =>
      canvas.querySelector('fire-permit-list')?.shadowRoot?.querySelector('tbody tr') &&
      canvas.querySelector('fire-permit-list')!.shadowRoot!,
  );
const eyeOf = (r: ShadowRoot, number: string) =>
  waitFor(() =>
    [...r.querySelectorAll('tbody tr')]
      .find((tr) => tr.querySelector('th')?.textContent?.trim() === number)
      ?.querySelector<HTMLButtonElement>('button.eye'),
  );
const choose = async (r: ShadowRoot, which: 'state' | 'watch', value: string) => {
  const select = await waitFor(() => r.querySelector<HTMLSelectElement>(`select[id$="-${which}"]`));
  select.value = value;
  select.dispatchEvent(new Event('change'));
};
const openQr = async (canvas: HTMLElement, number = 'PF-2026-031') => {
  const r = await root(canvas);
  (await eyeOf(r, number)).click();
  return waitFor(() => r.querySelector('dialog[open] svg.qr') && r);
};
const withHandlers = (scenario: ScenarioName, handlers: ReturnType<typeof mockApi>['msw']['handlers']) => ({
  ...mockApi(scenario),
  msw: { handlers: [...handlers, ...mockApi(scenario).msw.handlers] },
});

const meta = {
  id: 'safety-register-fire-permit-list',
  title: 'Registre de sécurité/<fire-permit-list>',
  component: 'fire-permit-list',
  tags: ['autodocs'],
  render: () => html`<fire-permit-list></fire-permit-list>`,
  parameters: {
    actions: { handles: ['fire-permit-selected', 'signature-link-shown', 'signature-link-copied'] },
    docs: {
      description: {
        component:
          'SR-PERMIT — « Permis de feu » (seed 001) : la liste des permis (numéro, travaux, entreprise, lieu, début, fin, état) et la colonne ' +
          '« Levée de doute » : gris = à réaliser, rouge = non réalisée, vert = réalisée, toujours avec un texte et une icône. L’œil d’un permis ' +
          'en attente de signature de l’exploitant ou du prestataire ouvre une fenêtre avec un QR code qui mène à l’application mobile pour ' +
          'signer et clôturer le permis ; le lien, fourni par l’API (jeton de courte durée), est aussi affiché en texte avec « Copier le lien ». ' +
          'Les liens de la démonstration sont fictifs (app.registre-securite.example).',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Loading: Story = { parameters: { ...mockApi('any:slow'), ...story(scenarioDoc('any:slow', 'Le chargement des permis.')) } };

export const Error500: Story = {
  name: 'Error 500',
  parameters: {
    ...mockApi('any:error-500'),
    ...story(scenarioDoc('any:error-500', 'Les permis ne se chargent pas : l’erreur et « Réessayer ».')),
  },
};

export const Empty: Story = {
  parameters: { ...mockApi('register:empty'), ...story(scenarioDoc('register:empty', 'Aucun permis de feu.')) },
};

export const Restricted: Story = {
  parameters: {
    ...mockApi('register:restricted'),
    ...story(scenarioDoc('register:restricted', 'Compte suspendu : l’avis remplace la liste, aucun permis n’est montré.')),
  },
};

export const Permits: Story = {
  parameters: {
    ...mockApi('register:default'),
    ...story(scenarioDoc('register:default', 'Les 12 permis, du plus récent au plus ancien.')),
  },
};

const watchStory = (value: string, note: string): Story => ({
  parameters: { ...mockApi('register:default'), ...story(note) },
  play: async ({ canvasElement }) => choose(await root(canvasElement), 'watch', value),
});
export const WatchToDo = {
  ...watchStory('to-do', 'Levée de doute « À réaliser » (gris, horloge) : avant la fin des travaux + 2 h.'),
  name: 'Levée de doute : à réaliser',
};
export const WatchNotDone = {
  ...watchStory('not-done', 'Levée de doute « Non réalisée » (rouge, avertissement) : le délai est passé sans levée de doute.'),
  name: 'Levée de doute : non réalisée',
};
export const WatchDone = {
  ...watchStory('done', 'Levée de doute « Réalisée » (vert, coche), avec sa date et son heure.'),
  name: 'Levée de doute : réalisée',
};

const stateStory = (value: string, note: string): Story => ({
  parameters: { ...mockApi('register:default'), ...story(note) },
  play: async ({ canvasElement }) => choose(await root(canvasElement), 'state', value),
});
export const AwaitingSignature = {
  ...stateStory('awaiting', 'Les permis en attente de signature de l’exploitant ou du prestataire : l’œil « Signer » ouvre le QR code.'),
  name: 'État : en attente de signature',
};
export const InProgress = { ...stateStory('in-progress', 'Les permis en cours : pas de QR code.'), name: 'État : en cours' };
export const Closed = { ...stateStory('closed', 'Les permis clôturés.'), name: 'État : clôturé' };

export const QrOperator: Story = {
  name: 'QR code : exploitant',
  parameters: {
    ...mockApi('register:default'),
    ...story(
      'Le QR code du permis PF-2026-031, en attente de la signature de l’exploitant ; le lien (de démonstration) en texte, « Copier le lien », la date de fin de validité.',
    ),
  },
  play: async ({ canvasElement }) => void (await openQr(canvasElement)),
};

export const QrProvider: Story = {
  name: 'QR code : prestataire',
  parameters: { ...mockApi('register:default'), ...story('Le QR code du permis PF-2026-030, en attente de la signature du prestataire.') },
  play: async ({ canvasElement }) => void (await openQr(canvasElement, 'PF-2026-030')),
};

export const QrLoading: Story = {
  name: 'QR code : création du lien',
  parameters: {
    ...withHandlers('register:default', [
      http.get('*/api/safety-register/permits/:id/signature-link', () => new Promise<Response>(() => {})),
    ]),
    ...story('Le lien est demandé au serveur : la fenêtre le dit.'),
  },
  play: async ({ canvasElement }) => (await eyeOf(await root(canvasElement), 'PF-2026-031')).click(),
};

export const QrExpired: Story = {
  name: 'QR code : lien expiré',
  parameters: {
    ...withHandlers('register:default', [
      http.get('*/api/safety-register/permits/:id/signature-link', ({ params }) =>
        HttpResponse.json({
          url: `https://app.registre-securite.example/permis/${String(params.id)}/signer?jeton=expire`,
          expiresAt: '2026-03-10T10:00:00.000Z',
          awaiting: 'operator',
        }),
      ),
    ]),
    ...story('Le lien a expiré : plus de QR code, « Générer un nouveau lien ».'),
  },
  play: async ({ canvasElement }) => (await eyeOf(await root(canvasElement), 'PF-2026-031')).click(),
};

export const QrError: Story = {
  name: 'QR code : erreur',
  parameters: {
    ...withHandlers('register:default', [
      http.get('*/api/safety-register/permits/:id/signature-link', () =>
        HttpResponse.json({ type: '/problems/boom', title: 'Boom', status: 503 }, { status: 503 }),
      ),
    ]),
    ...story('Le lien n’a pas pu être créé : l’erreur et « Réessayer ».'),
  },
  play: async ({ canvasElement }) => (await eyeOf(await root(canvasElement), 'PF-2026-031')).click(),
};

const copyStory = (works: boolean, note: string, name: string): Story => ({
  name,
  parameters: { ...mockApi('register:default'), ...story(note) },
  play: async ({ canvasElement }) => {
    const r = await openQr(canvasElement);
    // The story decides what the clipboard answers (a canvas in an iframe may not have it).
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => (works ? Promise.resolve() : Promise.reject(new Error('refused'))) },
    });
    [...r.querySelectorAll<HTMLButtonElement>('dialog button')]
      .find((b) => /Copier le lien|Copy the link/.test(b.textContent ?? ''))!
      .click();
  },
});
export const CopyDone = copyStory(true, '« Copier le lien » : « Lien copié ».', 'Copie : lien copié');
export const CopyRefused = copyStory(
  false,
  'Le presse-papiers refuse : le lien est sélectionné et la fenêtre dit comment le copier.',
  'Copie : refusée',
);

export const NoQrDetails: Story = {
  name: 'Sans QR code : pourquoi',
  parameters: {
    ...mockApi('register:default'),
    ...story('L’œil d’un permis en cours ouvre son détail, qui dit pourquoi il n’a pas de QR code.'),
  },
  play: async ({ canvasElement }) => (await eyeOf(await root(canvasElement), 'PF-2026-032')).click(),
};

export const LongLabels: Story = {
  name: 'Libellés longs',
  parameters: { ...mockApi('register:default'), ...story('Un permis aux travaux, à l’entreprise et au lieu très longs.') },
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement);
    const input = r.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = 'colonne sèche';
    input.dispatchEvent(new Event('input'));
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { ...mockApi('register:default'), ...story(scenarioDoc('register:default', 'Locale `en`, the QR dialog open.')) },
  play: QrOperator.play,
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: {
    ...mockApi('register:default'),
    ...story(scenarioDoc('register:default', 'Thème sombre : les trois levées de doute lisibles ; le QR code reste noir sur blanc.')),
  },
};

export const DarkQr: Story = {
  name: 'Dark, QR code',
  globals: { theme: 'dark' },
  parameters: { ...mockApi('register:default'), ...story('Thème sombre, la fenêtre du QR code ouverte : noir sur blanc.') },
  play: QrOperator.play,
};

export const Narrow: Story = {
  name: '360 px',
  render: () => html`<div style="width:360px;outline:1px dashed rgb(127 127 127 / 0.5)"><fire-permit-list></fire-permit-list></div>`,
  parameters: {
    ...mockApi('register:default'),
    ...story(scenarioDoc('register:default', 'Dans un conteneur de 360 px : chaque permis en carte.')),
  },
};
