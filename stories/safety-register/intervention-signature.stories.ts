/**
 * SR-SIGN — `<intervention-signature>`, one story per state, against the mock (`register:default`:
 * the demo interventions int-101…int-207). "Today" is 10/03/2026. The `play` functions reach each step
 * of the signature as a person would see it (choose the signers, « Signer l'intervention », a mode).
 */
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@vigie/components/define/intervention-signature.js';
import type { ScenarioName } from '@vigie/mock-api';
import { mockApi, scenarioDoc } from '../support/mock.js';

interface Args {
  interventionId: string;
  hideDetails?: boolean;
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

const root = (canvas: HTMLElement) =>
  waitFor(
    () =>
      canvas.querySelector('intervention-signature')?.shadowRoot?.querySelector('fieldset.choice') &&
      canvas.querySelector('intervention-signature')!.shadowRoot!,
  );
const tick = async (r: ShadowRoot, role: string) =>
  (await waitFor(() => r.querySelector<HTMLInputElement>(`input[name="signer"][value="${role}"]`))).click();
const press = async (r: ShadowRoot, label: RegExp) =>
  (
    await waitFor(() =>
      [...r.querySelectorAll<HTMLButtonElement>('button')].find((b) => label.test(b.textContent!.replace(/\s+/g, ' ').trim())),
    )
  ).click();
const withHandlers = (scenario: ScenarioName, handlers: ReturnType<typeof mockApi>['msw']['handlers']) => ({
  ...mockApi(scenario),
  msw: { handlers: [...handlers, ...mockApi(scenario).msw.handlers] },
});

/** Opens the box of `roles` (the first one signs next), in `mode`. */
const openBox =
  (roles: string[], mode: 'drawn' | 'typed') =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const r = await root(canvasElement);
    for (const role of roles) await tick(r, role);
    await press(r, /^Signer l’intervention$/);
    const radio = await waitFor(() => r.querySelector<HTMLInputElement>(`.box input[type="radio"][value="${mode}"]`));
    radio.click();
  };

const meta = {
  id: 'safety-register-intervention-signature',
  title: 'Registre de sécurité/<intervention-signature>',
  component: 'intervention-signature',
  tags: ['autodocs'],
  args: { interventionId: 'int-101', hideDetails: false },
  render: (args) =>
    html`<intervention-signature intervention-id=${args.interventionId} ?hide-details=${args.hideDetails}></intervention-signature>`,
  parameters: {
    actions: { handles: ['intervention-signed', 'intervention-closed'] },
    docs: {
      description: {
        component:
          'SR-SIGN — la page de signature d’une intervention (seed 001, « Choix de l’interlocuteur signataire ») : son détail (en retard, elle le dit), ' +
          'le choix de QUI signe — l’exploitant OU le prestataire, et/ou l’interlocuteur (cocher l’un des deux premiers décoche l’autre) —, puis ' +
          '« Signer l’intervention » ouvre en bas de page l’encadré pour signer sur le web sans l’application mobile : une signature par signataire choisi, ' +
          '« Dessiner » (souris, doigt, stylet ; `signature_pad` chargé à l’ouverture du dessin) ou « Saisir » (nom saisi + case « Je certifie … », le chemin clavier, aussi valable). ' +
          'L’intervention est clôturée quand le dernier signataire choisi a signé.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Loading: Story = {
  parameters: { ...mockApi('any:slow'), ...story(scenarioDoc('any:slow', 'Le chargement de l’intervention.')) },
};

export const Error500: Story = {
  name: 'Error 500',
  parameters: {
    ...mockApi('any:error-500'),
    ...story(scenarioDoc('any:error-500', 'L’intervention ne se charge pas : l’erreur et « Réessayer ».')),
  },
};

export const Restricted: Story = {
  parameters: {
    ...mockApi('register:restricted'),
    ...story(scenarioDoc('register:restricted', 'Compte suspendu : la notice d’accès, aucune donnée chargée.')),
  },
};

export const NotFound: Story = {
  name: 'Empty account (not found)',
  parameters: {
    ...mockApi('register:empty'),
    ...story(scenarioDoc('register:empty', 'Un compte sans intervention : int-101 n’existe pas (404), l’erreur le dit.')),
  },
};

export const ChooseSigners: Story = {
  name: 'Choose the signers',
  parameters: {
    ...mockApi('register:default'),
    ...story('int-101, à signer avant le 15/03/2026 : le choix des signataires (l’interlocuteur est nommé).'),
  },
};

export const Late: Story = {
  args: { interventionId: 'int-102' },
  parameters: {
    ...mockApi('register:default'),
    ...story('int-102, en retard de 10 jours, sans interlocuteur : seuls l’exploitant ou le prestataire.'),
  },
};

export const NoSignerChosen: Story = {
  name: 'No signer chosen',
  parameters: { ...mockApi('register:default'), ...story('« Signer l’intervention » sans signataire : le message, rien n’est envoyé.') },
  play: async ({ canvasElement }) => press(await root(canvasElement), /^Signer l’intervention$/),
};

export const DrawBox: Story = {
  name: 'Box: draw',
  parameters: {
    ...mockApi('register:default'),
    ...story('L’exploitant et l’interlocuteur choisis : l’encadré de l’exploitant, en mode « Dessiner ».'),
  },
  play: openBox(['operator', 'contact'], 'drawn'),
};

export const TypeBox: Story = {
  name: 'Box: type',
  parameters: {
    ...mockApi('register:default'),
    ...story('Le prestataire choisi : son nom prérempli, l’aperçu, la case de certification (le chemin clavier).'),
  },
  play: openBox(['provider'], 'typed'),
};

export const RefusedNoConsent: Story = {
  name: 'Box: consent missing',
  parameters: { ...mockApi('register:default'), ...story('« Valider la signature » sans cocher la case : le message, rien n’est envoyé.') },
  play: async (ctx) => {
    await openBox(['provider'], 'typed')(ctx);
    const r = ctx.canvasElement.querySelector('intervention-signature')!.shadowRoot!;
    await press(r, /^Valider la signature$/);
  },
};

export const Conflict: Story = {
  name: 'Box: signed elsewhere (409)',
  parameters: {
    ...withHandlers('register:default', [
      http.post('*/api/safety-register/interventions/:id/signatures', () =>
        HttpResponse.json(
          { type: '/problems/state-conflict', title: 'State conflict', status: 409, reason: 'already-signed' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    ]),
    ...story('Le serveur répond 409 : l’intervention est rechargée et la page le dit.'),
  },
  play: async (ctx) => {
    await openBox(['provider'], 'typed')(ctx);
    const r = ctx.canvasElement.querySelector('intervention-signature')!.shadowRoot!;
    (await waitFor(() => r.querySelector<HTMLInputElement>('input[name="consent"]'))).click();
    await press(r, /^Valider la signature$/);
  },
};

export const Offline: Story = {
  name: 'Box: failure on the way (kept)',
  parameters: {
    ...withHandlers('register:default', [http.post('*/api/safety-register/interventions/:id/signatures', () => HttpResponse.error())]),
    ...story('La signature ne part pas : le message, ce qui a été saisi est conservé, « Valider » réessaie avec la même clé.'),
  },
  play: Conflict.play,
};

export const Closed: Story = {
  args: { interventionId: 'int-201' },
  parameters: { ...mockApi('register:default'), ...story('int-201, clôturée : qui a signé, quand, comment, et l’empreinte SHA-256.') },
};

export const LongFrenchLabels: Story = {
  name: 'Long French labels',
  args: { interventionId: 'int-900' },
  parameters: {
    ...withHandlers('register:default', [
      http.get('*/api/safety-register/interventions/int-900', () =>
        HttpResponse.json({
          id: 'int-900',
          version: 1,
          type: 'installation',
          title:
            'Installation et mise en service d’un système de désenfumage mécanique des circulations horizontales encloisonnées du bâtiment principal',
          date: '2026-03-02',
          dueDate: '2026-03-09',
          location: 'Bâtiment principal — circulations horizontales encloisonnées des niveaux R+1 à R+7, cages d’escalier protégées',
          work: 'Pose des volets, des ventilateurs et du coffret de relayage ; essais fonctionnels complets avec le système de sécurité incendie de catégorie A.',
          provider: {
            company: 'Société Nouvelle de Protection Incendie et de Désenfumage du Grand Ouest',
            technician: 'Pierre-Antoine de La Fontaine-Beaulieu',
          },
          operator: { name: 'Marie-Christine Dupont-Lefèvre de Saint-Exupéry' },
          contact: { name: 'Jean-Baptiste Vandenberghe-Martineau' },
          status: 'to-sign',
          signers: null,
          signatures: [],
          closedAt: null,
          report: null,
        }),
      ),
    ]),
    ...story('Des libellés et des noms très longs, en retard d’un jour : rien ne déborde.'),
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { interventionId: 'int-103' },
  parameters: { ...mockApi('register:default'), ...story('The same page in English (int-103, to sign today).') },
};
