/**
 * VA-RESET — `<vault-password-reset>`, one story per state. The request half and the reset-link
 * half (the page the e-mail links to); the states after a submission are reached the way a person
 * reaches them: the story's `play` function fills the form and submits it against the scenario
 * it names.
 *
 * Demo data (packages/mock-api): 123456789012 / paul.dupont@example.fr; reset-link tokens
 * `reinitialisation-paul-dupont` (valid), `reinitialisation-expiree-paul-dupont` (expired),
 * `reinitialisation-utilisee-paul-dupont` (used).
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@vigie/components/define/vault-password-reset.js';
import { scenarioDoc } from '../support/mock.js';
import { PAUL, narrow, typeInto, vaultStory as vault, waitFor, widget } from './support.js';

interface ResetArgs {
  token?: string;
  'token-param'?: string;
  'login-href'?: string;
  /** Read-only, reflected by the element (no control). */
  step?: string;
}

const TOKENS = {
  valid: 'reinitialisation-paul-dupont',
  expired: 'reinitialisation-expiree-paul-dupont',
  used: 'reinitialisation-utilisee-paul-dupont',
};

/** A play function: types `values` as a person would, submits, then waits for `step` (and `until`). */
const reaching =
  (values: Record<string, string>, step?: string, until?: (el: HTMLElement) => unknown) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await widget(canvasElement, 'vault-password-reset');
    await typeInto(el, values);
    el.querySelector('form')!.requestSubmit();
    if (step) await waitFor(() => el.getAttribute('step') === step, `step ${step}`);
    if (until) await waitFor(() => until(el), 'the state');
  };

const reset = (args: ResetArgs) => html`<vault-password-reset
  token=${ifDefined(args.token)}
  token-param=${ifDefined(args['token-param'])}
  login-href=${ifDefined(args['login-href'])}
></vault-password-reset>`;

const meta = {
  id: 'vault-password-reset',
  title: 'Coffre-fort/<vault-password-reset>',
  component: 'vault-password-reset',
  tags: ['autodocs'],
  args: { 'login-href': '#connexion' },
  argTypes: { step: { control: false }, token: { control: 'text' } },
  render: reset,
  parameters: {
    actions: { handles: ['vault-reset-requested', 'vault-password-changed', 'vault-login-requested'] },
    docs: {
      description: {
        component:
          'VA-RESET — « Mot de passe oublié » (seed 002, question 1). **Demande** : identifiant + e-mail → une confirmation ' +
          'générique, quelle que soit la réponse du serveur (jamais d’indication sur l’existence du compte ; seule une panne ' +
          'propose de réessayer, en gardant la saisie). **Page du lien** : le jeton vient de l’attribut `token` ou de l’URL ' +
          '(paramètre `token`, ou celui de `token-param`), qui en est retiré aussitôt lu ; le serveur dit d’abord si le lien ' +
          'est valide, expiré ou déjà utilisé ; nouveau mot de passe deux fois (au moins 11 caractères comptés comme une ' +
          'personne les compte, sans autre règle), retour en direct et poli ; succès → « Se connecter » (`login-href`, ' +
          'événement annulable `vault-login-requested`). DOM léger : les champs sont natifs, dans un vrai `<form>`.',
      },
    },
  },
} satisfies Meta<ResetArgs>;

export default meta;
type Story = StoryObj<ResetArgs>;

export const Request: Story = {
  ...vault('vault:default', scenarioDoc('vault:default', 'Le formulaire de demande, vide.')),
};

export const Confirmation: Story = {
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      'Après « Soumettre » (identifiant et e-mail de Paul Dupont) : la confirmation générique, identique pour un compte ' +
        'inconnu, dans une région `role="status"` ; le focus va au titre.',
    ),
  ),
  play: reaching({ identifier: PAUL.identifier, email: PAUL.email }, 'sent'),
};

export const NewPassword: Story = {
  name: 'New password (valid token)',
  args: { token: TOKENS.valid },
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      `Jeton \`${TOKENS.valid}\` (attribut \`token\`, retiré dès sa lecture) : le serveur dit « valide », le formulaire ` +
        'du nouveau mot de passe s’affiche, avec le compte des caractères.',
    ),
  ),
};

export const ExpiredLink: Story = {
  name: 'Expired link',
  args: { token: TOKENS.expired },
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      `Jeton \`${TOKENS.expired}\` (émis il y a 2 jours, valable 24 heures) : le lien a expiré ; « Mot de passe oublié ? » mène à la demande.`,
    ),
  ),
};

export const UsedLink: Story = {
  name: 'Used link',
  args: { token: TOKENS.used },
  ...vault('vault:default', scenarioDoc('vault:default', `Jeton \`${TOKENS.used}\` : le lien a déjà servi.`)),
};

export const Success: Story = {
  args: { token: TOKENS.valid },
  ...vault(
    'vault:default',
    scenarioDoc('vault:default', 'Nouveau mot de passe saisi deux fois puis « Modifier » : confirmation et « Se connecter ».'),
  ),
  play: reaching({ password: 'une phrase facile à retenir', confirmation: 'une phrase facile à retenir' }, 'done'),
};

export const Error500: Story = {
  name: 'Error 500',
  ...vault(
    'any:error-500',
    scenarioDoc(
      'any:error-500',
      'Le service ne répond pas (500, après les nouvelles tentatives du client) : la saisie est gardée, « Réessayer » ' +
        'renvoie la même demande (même clé d’idempotence). C’est le seul cas où la demande n’aboutit pas à la confirmation générique.',
    ),
  ),
  play: reaching({ identifier: PAUL.identifier, email: PAUL.email }, undefined, (el) => el.querySelector('.vigie-failure')),
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { token: TOKENS.valid },
  ...vault('vault:default', scenarioDoc('vault:default', 'Locale `en` : la page du lien valide.')),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { token: TOKENS.valid },
  ...vault(
    'vault:default',
    'Thème sombre (`theme="dark"`) : la page du lien, un mot de passe assez long (coche verte) et une confirmation qui ne correspond pas.',
  ),
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'vault-password-reset');
    await typeInto(el, { password: 'une phrase facile', confirmation: 'une phrase diff' });
  },
};

export const Narrow: Story = {
  args: { token: TOKENS.valid },
  render: (args) => narrow(reset(args)),
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      'Dans 320 px : la page du lien après un envoi vide (résumé des erreurs) ; les libellés passent à la ligne.',
    ),
  ),
  play: async ({ canvasElement }) => {
    const el = await widget(canvasElement, 'vault-password-reset');
    (await waitFor(() => el.querySelector<HTMLButtonElement>('button[type=submit]'), 'the form')).click();
  },
};
