/**
 * VA-DOCS — `<vault-documents>`, one story per state. "Today" is 10/03/2026 (the provider's `now`
 * and the mock's clock): the demo vault holds the payslips of January 2025 to February 2026, two HR
 * documents and one archived payslip (December 2024).
 *
 * The widget needs the vault session that `<vault-login>` gives the provider: each signed-in story
 * signs the demo account in on the mock before it renders and hands the session to its provider's
 * `vaultSession` property (see ./support.ts), as a host that signs people in itself would.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ScenarioName } from '@vigie/mock-api';
import '@vigie/components/define/vault-documents.js';
import { scenarioDoc } from '../support/mock.js';
import { narrow, signedInProvider, vaultStory, waitFor } from './support.js';

interface DocumentsArgs {
  'login-href'?: string;
  'vault-site'?: string;
  'hide-title'?: boolean;
}

/** The mock of a story, signed in unless told otherwise; play functions also run on the docs page. */
const vault = (scenario: ScenarioName, description: string, options: { signedIn?: boolean; timeout?: number } = {}) =>
  vaultStory(scenario, description, {
    signedIn: options.signedIn ?? true,
    autoplay: true,
    ...(options.timeout ? { timeout: options.timeout } : {}),
  });

const shadow = (canvas: HTMLElement) => canvas.querySelector('vault-documents')?.shadowRoot;

/** A play function: waits for the documents, then presses the folder named `name`. */
const showFolder =
  (name: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const button = await waitFor(
      () =>
        [...(shadow(canvasElement)?.querySelectorAll<HTMLButtonElement>('[part~=folder]') ?? [])].find(
          (b) => b.querySelector('.name')?.textContent?.trim() === name,
        ),
      `the folder ${name}`,
    );
    button.click();
  };

const documents = (args: DocumentsArgs) =>
  html`<vault-documents login-href=${ifDefined(args['login-href'])} vault-site=${ifDefined(args['vault-site'])} ?hide-title=${args['hide-title']}></vault-documents>`;

/** Signed-in stories render their own provider, with the session; the others are in the preview's. */
const render = (args: DocumentsArgs, context: Parameters<typeof signedInProvider>[0]) =>
  context.loaded['vaultSession'] ? signedInProvider(context, documents(args)) : documents(args);

const meta = {
  id: 'vault-vault-documents',
  title: 'Coffre-fort/<vault-documents>',
  component: 'vault-documents',
  tags: ['autodocs'],
  args: { 'login-href': '#connexion' },
  argTypes: { 'hide-title': { control: 'boolean' }, 'vault-site': { control: 'text' } },
  render,
  parameters: {
    actions: {
      handles: [
        'vault-login-requested',
        'vault-document-opened',
        'vault-document-downloaded',
        'vault-document-printed',
        'vault-document-archived',
        'vault-document-restored',
        'vault-document-moved',
      ],
    },
    docs: {
      description: {
        component:
          'VA-DOCS — les documents du coffre-fort (seed 002, questions 5 et 6 ; seed 003, « Étape 4 ») : les dossiers, ' +
          '« Bulletins de paie » toujours en premier, puis par année, la plus récente d’abord ; pour chaque document son ' +
          'titre, sa date de dépôt et sa taille ; ouvrir (dans une boîte de dialogue), télécharger, imprimer, archiver ' +
          '(avec « Annuler » ; la vue « Archives » les liste) et classer dans un autre dossier (boîte de dialogue, au ' +
          'clavier). Les PDF sont lus avec la session du coffre et montrés depuis des URL `blob:` révoquées dès qu’elles ' +
          'ne servent plus : une page avec une CSP doit autoriser `frame-src blob:`. Sans session : « Se connecter » ' +
          '(`login-href`, événement annulable `vault-login-requested`) ; un 401 met fin à la session.',
      },
    },
  },
} satisfies Meta<DocumentsArgs>;

export default meta;
type Story = StoryObj<DocumentsArgs>;

export const SignedOut: Story = {
  name: 'Signed out',
  ...vault('vault:default', scenarioDoc('vault:default', 'Aucune session du coffre dans le fournisseur : l’invitation à se connecter.'), {
    signedIn: false,
  }),
};

export const Loading: Story = {
  ...vault(
    'any:slow',
    scenarioDoc('any:slow', 'Connecté ; la liste arrive au bout de 10 minutes : indicateur de chargement et squelette.'),
    {
      timeout: 15 * 60_000,
    },
  ),
};

export const Payslips: Story = {
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      'Connecté (Paul Dupont) : « Bulletins de paie » ouvert par défaut, 2026 puis 2025, le plus récent d’abord ; ' +
        'le raccourci « Dernier bulletin » et l’aide « Vous ne voyez pas vos derniers documents ? » (question 6).',
    ),
  ),
};

export const OtherFolder: Story = {
  name: 'Other folder',
  ...vault('vault:default', scenarioDoc('vault:default', 'Le dossier « Documents RH » choisi dans la liste des dossiers.')),
  play: showFolder('Documents RH'),
};

export const Archived: Story = {
  ...vault(
    'vault:default',
    scenarioDoc('vault:default', 'La vue « Archives » : le bulletin de décembre 2024, son dossier d’origine et « Désarchiver ».'),
  ),
  play: showFolder('Archives'),
};

export const OpenDocument: Story = {
  name: 'Open document (dialog)',
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      'Le dernier bulletin ouvert : le PDF (URL `blob:`) dans une boîte de dialogue, avec télécharger, imprimer et fermer.',
    ),
  ),
  play: async ({ canvasElement }) => {
    const title = await waitFor(() => shadow(canvasElement)?.querySelector<HTMLButtonElement>('.doc-title'), 'the documents');
    title.click();
    await waitFor(() => shadow(canvasElement)?.querySelector('dialog.viewer[open]'), 'the viewer');
  },
};

export const Empty: Story = {
  name: 'Empty (employer has not deposited)',
  ...vault(
    'vault:empty-documents',
    scenarioDoc(
      'vault:empty-documents',
      'Aucun bulletin encore déposé par l’employeur (question 5), et où regarder quand on ne voit pas ses derniers documents (question 6).',
    ),
  ),
};

export const ErrorState: Story = {
  name: 'Error 500',
  ...vault('any:error-500', scenarioDoc('any:error-500', 'Après les nouvelles tentatives du client, l’erreur avec « Réessayer ».')),
};

export const English: Story = {
  globals: { locale: 'en' },
  ...vault('vault:default', scenarioDoc('vault:default', 'Locale `en`.')),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  ...vault('vault:default', scenarioDoc('vault:default', 'Thème sombre (`theme="dark"`).')),
};

export const Narrow: Story = {
  render: (args, context) => narrow(render(args, context)),
  ...vault(
    'vault:default',
    scenarioDoc('vault:default', 'Dans un conteneur de 320 px : les dossiers en pastilles, les actions sous chaque document.'),
  ),
};
