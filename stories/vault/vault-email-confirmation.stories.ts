/**
 * VA-PROFILE, X-SEC — `<vault-email-confirmation>`, one story per state: the page the link e-mailed
 * to a new address leads to (see `<vault-profile>`'s e-mail change). Each story gives the link's
 * token through the write-only `token` attribute (a page gets it from its URL,
 * `?email-token=…`); the mock's data come back fresh each time a story is shown.
 *
 * Demo data (packages/mock-api, `DEMO_TOKENS`): `confirmation-email-camille-martin` (valid: Camille
 * Martin's change to camille.martin@nouvelle-adresse.fr), `confirmation-email-expiree-lucas-petit`
 * (expired), `confirmation-email-utilisee-paul-dupont` (used).
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@vigie/components/define/vault-email-confirmation.js';
import { DEMO_TOKENS } from '@vigie/mock-api/browser';
import { scenarioDoc } from '../support/mock.js';
import { narrow, vaultStory as vault } from './support.js';

interface ConfirmationArgs {
  token?: string;
  'token-param'?: string;
  'login-href'?: string;
  /** Read-only, reflected by the element (no control). */
  step?: string;
}

const confirmation = (args: ConfirmationArgs) => html`<vault-email-confirmation
  token=${ifDefined(args.token)}
  token-param=${ifDefined(args['token-param'])}
  login-href=${ifDefined(args['login-href'])}
></vault-email-confirmation>`;

const meta = {
  id: 'vault-email-confirmation',
  title: 'Coffre-fort/<vault-email-confirmation>',
  component: 'vault-email-confirmation',
  tags: ['autodocs'],
  args: { 'login-href': '#connexion' },
  argTypes: { step: { control: false }, token: { control: 'text' } },
  render: confirmation,
  parameters: {
    actions: { handles: ['vault-email-changed', 'vault-login-requested'] },
    docs: {
      description: {
        component:
          'VA-PROFILE, X-SEC — la page du lien de confirmation envoyé à la nouvelle adresse e-mail (changement fait dans ' +
          '`<vault-profile>` avec le mot de passe actuel). Le lien est suivi dès l’ouverture de la page : la nouvelle adresse ' +
          'devient l’adresse du compte et un identifiant de connexion. Le jeton vient de l’attribut `token` ou de l’URL ' +
          '(paramètre `email-token`, ou celui de `token-param`), un paramètre propre à ce type de lien : le widget ne lit ' +
          'jamais le `token` des liens de réinitialisation ou d’activation, et le retire de l’adresse aussitôt lu. États : ' +
          'confirmé, expiré, déjà utilisé, inconnu, adresse prise entre-temps par un autre coffre (avec le support), panne avec « Réessayer ».',
      },
    },
  },
} satisfies Meta<ConfirmationArgs>;

export default meta;
type Story = StoryObj<ConfirmationArgs>;

export const Confirmed: Story = {
  args: { token: DEMO_TOKENS.emailConfirmation },
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      `Jeton \`${DEMO_TOKENS.emailConfirmation}\` : l’adresse de Camille Martin est changée ; « Se connecter » avec la nouvelle adresse.`,
    ),
  ),
};

export const Confirming: Story = {
  args: { token: DEMO_TOKENS.emailConfirmation },
  ...vault('any:slow', scenarioDoc('any:slow', 'La confirmation en cours (`aria-busy`, message dans la région `role="status"`).')),
};

export const ExpiredLink: Story = {
  name: 'Expired link',
  args: { token: DEMO_TOKENS.emailConfirmationExpired },
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      'Un lien de plus de 24 heures (ou remplacé par une demande plus récente) : refaire le changement depuis le profil.',
    ),
  ),
};

export const UsedLink: Story = {
  name: 'Used link',
  args: { token: DEMO_TOKENS.emailConfirmationUsed },
  ...vault('vault:default', scenarioDoc('vault:default', 'Un lien déjà suivi : l’adresse a déjà été changée.')),
};

export const UnknownLink: Story = {
  name: 'Unknown link',
  args: { token: 'lien-tronque' },
  ...vault(
    'vault:default',
    scenarioDoc('vault:default', 'Un jeton inconnu (lien tronqué, recopié de travers), ou aucun lien dans l’adresse.'),
  ),
};

const taken = vault(
  'vault:default',
  scenarioDoc(
    'vault:default',
    'L’adresse est devenue celle d’un autre coffre entre-temps (422 `email-unavailable`) : le support, pour regrouper les coffres.',
  ),
);

export const AddressTaken: Story = {
  name: 'Address taken by another vault',
  args: { token: DEMO_TOKENS.emailConfirmation },
  ...taken,
  parameters: {
    ...taken.parameters,
    msw: {
      handlers: [
        http.post('*/api/vault/email-confirmation', () =>
          HttpResponse.json(
            { type: '/problems/email-unavailable', title: 'E-mail unavailable', status: 422 },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
        ...taken.parameters.msw.handlers,
      ],
    },
  },
};

export const Error500: Story = {
  name: 'Error 500',
  args: { token: DEMO_TOKENS.emailConfirmation },
  ...vault(
    'any:error-500',
    scenarioDoc('any:error-500', 'Le service ne répond pas : l’alerte et « Réessayer » (le même lien, la même clé d’idempotence).'),
  ),
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { token: DEMO_TOKENS.emailConfirmation },
  ...vault('vault:default', scenarioDoc('vault:default', 'Locale `en` : le lien confirmé.')),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { token: DEMO_TOKENS.emailConfirmationExpired },
  ...vault('vault:default', 'Thème sombre (`theme="dark"`) : un lien expiré.'),
};

export const Narrow: Story = {
  args: { token: DEMO_TOKENS.emailConfirmation },
  render: (args) => narrow(confirmation(args)),
  ...vault('vault:default', scenarioDoc('vault:default', 'Dans 320 px : l’adresse longue passe à la ligne après « @ ».')),
};
