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
import { createHandlers, type ScenarioName } from '@vigie/mock-api';
import '@vigie/components/define/vault-password-reset.js';
import { NOW_MS, SLOW_MS, scenarioDoc } from '../support/mock.js';

interface ResetArgs {
  token?: string;
  'token-param'?: string;
  'login-href'?: string;
  /** Read-only, reflected by the element (no control). */
  step?: string;
}

const PAUL = { identifier: '123456789012', email: 'paul.dupont@example.fr' };
const TOKENS = {
  valid: 'reinitialisation-paul-dupont',
  expired: 'reinitialisation-expiree-paul-dupont',
  used: 'reinitialisation-utilisee-paul-dupont',
};

/**
 * The mock API of a story and its description. Fresh data each time the story is shown (a story
 * that changes a password must find the link valid again when it is shown again).
 */
function vault(scenario: ScenarioName, description: string) {
  const api = createHandlers({ scenario, now: () => NOW_MS, slowMs: SLOW_MS });
  return {
    beforeEach: () => api.reset(),
    parameters: { vigie: { scenario }, msw: { handlers: api.handlers }, docs: { description: { story: description } } },
  };
}

/** Polls each frame until `check` answers (the provider may still be loading a catalog). */
async function waitFor<T>(check: () => T | null | undefined, what: string, ms = 10_000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (performance.now() > end) throw new Error(`vault-password-reset story: timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Types into the widget's fields as a person would (input events), then submits their form. */
async function fill(canvas: HTMLElement, values: Record<string, string>): Promise<HTMLElement> {
  const el = await waitFor(() => canvas.querySelector<HTMLElement>('vault-password-reset'), '<vault-password-reset>');
  let last: HTMLInputElement | undefined;
  for (const [name, value] of Object.entries(values)) {
    const input = await waitFor(() => el.querySelector<HTMLInputElement>(`input[name=${name}]`), `the ${name} field`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    last = input;
  }
  last!.form!.requestSubmit();
  return el;
}

const reaching =
  (values: Record<string, string>, step?: string, until?: (el: HTMLElement) => unknown) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await fill(canvasElement, values);
    if (step) await waitFor(() => el.getAttribute('step') === step, `step ${step}`);
    if (until) await waitFor(() => until(el), 'the state');
  };

const meta = {
  id: 'vault-password-reset',
  title: 'Coffre-fort/<vault-password-reset>',
  component: 'vault-password-reset',
  tags: ['autodocs'],
  args: { 'login-href': '#connexion' },
  argTypes: { step: { control: false }, token: { control: 'text' } },
  render: (args) => html`<vault-password-reset
    token=${ifDefined(args.token)}
    token-param=${ifDefined(args['token-param'])}
    login-href=${ifDefined(args['login-href'])}
  ></vault-password-reset>`,
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
    scenarioDoc('vault:default', `Jeton \`${TOKENS.expired}\` (émis il y a 2 jours, valable 24 heures) : le lien a expiré ; « Mot de passe oublié ? » mène à la demande.`),
  ),
};

export const UsedLink: Story = {
  name: 'Used link',
  args: { token: TOKENS.used },
  ...vault('vault:default', scenarioDoc('vault:default', `Jeton \`${TOKENS.used}\` : le lien a déjà servi.`)),
};

export const Success: Story = {
  args: { token: TOKENS.valid },
  ...vault('vault:default', scenarioDoc('vault:default', 'Nouveau mot de passe saisi deux fois puis « Modifier » : confirmation et « Se connecter ».')),
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
    const el = await waitFor(() => canvasElement.querySelector<HTMLElement>('vault-password-reset'), 'the widget');
    const input = await waitFor(() => el.querySelector<HTMLInputElement>('input[name=password]'), 'the password field');
    const confirmation = el.querySelector<HTMLInputElement>('input[name=confirmation]')!;
    input.value = 'une phrase facile';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    confirmation.value = 'une phrase diff';
    confirmation.dispatchEvent(new Event('input', { bubbles: true }));
  },
};

export const Narrow: Story = {
  args: { token: TOKENS.valid },
  render: (args) => html`<div style="width:320px;outline:1px dashed rgb(127 127 127 / 0.5)">
    <vault-password-reset token=${ifDefined(args.token)} login-href=${ifDefined(args['login-href'])}></vault-password-reset>
  </div>`,
  ...vault('vault:default', scenarioDoc('vault:default', 'Dans 320 px : la page du lien après un envoi vide (résumé des erreurs) ; les libellés passent à la ligne.')),
  play: async ({ canvasElement }) => {
    const el = await waitFor(() => canvasElement.querySelector<HTMLElement>('vault-password-reset'), 'the widget');
    const submit = await waitFor(() => el.querySelector<HTMLButtonElement>('button[type=submit]'), 'the form');
    submit.click();
  },
};
