/**
 * VA-LOGIN — `<vault-login>`, one story per state. "Today" is 10/03/2026 12:00 in Paris (the
 * provider's `now`, and the mock API's clock). The states after a submission are reached the way
 * a person reaches them: each such story signs in with the mock's demo accounts (its `play`
 * function fills the form and submits it), against the scenario it names.
 *
 * Demo accounts (packages/mock-api): 123456789012 / paul.dupont@example.fr, password
 * « Bulletin-2026! »; the one-time code is always 123456.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ScenarioName } from '@vigie/mock-api';
import '@vigie/components/define/vault-login.js';
import { scenarioDoc } from '../support/mock.js';
import { PAUL, narrow, typeInto, vaultStory, waitFor, widget } from './support.js';

interface LoginArgs {
  'reset-href'?: string;
  'recovery-href'?: string;
  'heading-level'?: number;
  /** Read-only, reflected by the element (no control). */
  status?: string;
}

/** A play function that signs in as a person would (typing, then submitting), then waits for the widget to reach `status`. */
const signingIn =
  (identifier: string, password: string, status?: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await widget(canvasElement, 'vault-login');
    await typeInto(el, { identifier, password });
    el.querySelector('form')!.requestSubmit();
    if (status) await waitFor(() => el.getAttribute('status') === status, `status ${status}`);
  };

/** The mock of a story (fresh: the wrong passwords of one showing do not lock the next); play functions also run on the docs page. */
const vault = (scenario: ScenarioName, description: string, timeout?: number) =>
  vaultStory(scenario, description, { autoplay: true, ...(timeout ? { timeout } : {}) });

const login = (args: LoginArgs) =>
  html`<vault-login reset-href=${ifDefined(args['reset-href'])} recovery-href=${ifDefined(args['recovery-href'])} heading-level=${ifDefined(args['heading-level'])}></vault-login>`;

const meta = {
  id: 'vault-vault-login',
  title: 'Coffre-fort/<vault-login>',
  component: 'vault-login',
  tags: ['autodocs'],
  render: login,
  argTypes: {
    status: { control: false },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    actions: { handles: ['vault-signed-in', 'vault-signed-out', 'vault-recovery-requested'] },
    docs: {
      description: {
        component:
          'VA-LOGIN — la connexion au coffre-fort numérique : identifiant (les 12 chiffres du courrier d’enrôlement ou ' +
          'l’e-mail personnel) et mot de passe ; puis, quand le serveur le demande, un code reçu par SMS ou par e-mail, ou ' +
          'un nouveau mot de passe à la place d’un mot de passe provisoire. Trois mauvais mots de passe bloquent ' +
          'l’identifiant 120 minutes : le message du guide (seed 002), le temps restant, et les issues (mot de passe ' +
          'oublié, identifiant perdu, support). Comptes de démonstration : 123456789012 ou paul.dupont@example.fr, ' +
          'mot de passe « Bulletin-2026! » ; code 123456. Sans `reset-href` / `recovery-href`, les deux liens sont des ' +
          'boutons qui émettent seulement `vault-recovery-requested` (voir le panneau Actions).',
      },
    },
  },
} satisfies Meta<LoginArgs>;

export default meta;
type Story = StoryObj<LoginArgs>;

export const Idle: Story = {
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      'Le formulaire vide : identifiant, mot de passe (bouton « Afficher le mot de passe »), liens de récupération.',
    ),
  ),
};

export const WrongPassword: Story = {
  name: 'Wrong password',
  play: signingIn(PAUL.email, 'Mauvais-mot-de-passe', 'failed'),
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      'Un mauvais mot de passe : un seul message, le même pour un identifiant inconnu ; l’identifiant reste, le mot de passe est effacé.',
    ),
  ),
};

export const Locked: Story = {
  play: signingIn(PAUL.identifier, PAUL.password, 'locked'),
  ...vault(
    'vault:locked',
    scenarioDoc(
      'vault:locked',
      'Le serveur répond 423 avec la fin du blocage : le message du guide avec le temps restant (décompté sans rechargement), ' +
        'l’heure de la prochaine tentative, puis, une seule fois, les issues du guide (les procédures « Mot de passe oublié » ' +
        'et « Identifiant perdu », le support : e-mail, téléphone, horaires).',
    ),
  ),
};

export const SecondFactor: Story = {
  name: 'Second factor (SMS)',
  play: signingIn(PAUL.identifier, PAUL.password, 'second-factor'),
  ...vault(
    'vault:second-factor',
    scenarioDoc(
      'vault:second-factor',
      'Le code à 6 chiffres envoyé par SMS au numéro masqué (`autocomplete="one-time-code"`, un collage le remplit), son ' +
        'heure d’expiration, et « Recevoir un nouveau code » après 60 s. Code de démonstration : 123456.',
    ),
  ),
};

export const MustChangePassword: Story = {
  name: 'Must change password',
  play: signingIn(PAUL.identifier, PAUL.password, 'must-change-password'),
  ...vault(
    'vault:must-change-password',
    scenarioDoc(
      'vault:must-change-password',
      'Après « Identifiant perdu », le mot de passe provisoire doit être personnalisé : au moins 11 caractères, deux fois.',
    ),
  ),
};

export const SignedIn: Story = {
  name: 'Signed in',
  play: signingIn(PAUL.identifier, PAUL.password, 'signed-in'),
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      'Connecté : la session va au fournisseur (en mémoire, pour les autres widgets du coffre) ; la page hôte reçoit ' +
        '`vault-signed-in` avec le prénom et le nom seulement. « Se déconnecter » émet `vault-signed-out`.',
    ),
  ),
};

export const Error500: Story = {
  name: 'Error 500',
  play: signingIn(PAUL.identifier, PAUL.password, 'failed'),
  ...vault('any:error-500', scenarioDoc('any:error-500', 'L’identifiant est conservé, le mot de passe effacé, avec « Réessayer ».')),
};

export const Slow: Story = {
  play: signingIn(PAUL.identifier, PAUL.password, 'submitting'),
  ...vault(
    'any:slow',
    scenarioDoc(
      'any:slow',
      'L’API répond au bout de 10 minutes : « Connexion en cours… », le bouton reste focalisable et un nouvel envoi ne part pas.',
    ),
    15 * 60_000,
  ),
};

export const English: Story = {
  globals: { locale: 'en' },
  play: signingIn(PAUL.identifier, PAUL.password, 'locked'),
  ...vault('vault:locked', scenarioDoc('vault:locked', 'Locale `en` : l’écran de blocage en anglais.')),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: signingIn(PAUL.identifier, PAUL.password, 'locked'),
  ...vault('vault:locked', scenarioDoc('vault:locked', 'Thème sombre (`theme="dark"`) : l’écran de blocage.')),
};

export const Narrow: Story = {
  render: (args) => narrow(login(args)),
  play: signingIn(PAUL.identifier, PAUL.password, 'locked'),
  ...vault(
    'vault:locked',
    scenarioDoc(
      'vault:locked',
      'Dans un conteneur de 320 px : tout passe à la ligne, les cibles gardent 44 px (24 px pour les liens dans une phrase).',
    ),
  ),
};
