/**
 * VA-ACTIVATE — `<vault-activation>`, one story per state. "Today" is 10/03/2026 (the provider's
 * `now`); the invitation links are the mock's demo tokens (`DEMO_TOKENS` of @vigie/mock-api).
 * The step stories (Confirm info, Terms, SMS code, Success) walk the steps with a play function:
 * on the documentation page, where play functions do not run, they show the first step.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@vigie/components/define/vault-activation.js';
import { DEMO_ONE_TIME_CODE, DEMO_TOKENS } from '@vigie/mock-api/browser';
import { mockApi, NOW_MS, scenarioDoc } from '../support/mock.js';

interface ActivationArgs {
  token?: string;
  loginHref?: string;
  termsHref?: string;
}

const story = (description: string) => ({ docs: { description: { story: description } } });
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The code and the activation answered the same way at every run (the mock's store would
 * remember a sent code and a used link across re-renders of the story).
 */
const repeatable = [
  http.post('*/api/vault/activation/code', () =>
    HttpResponse.json({ channel: 'sms', destination: '06 •• •• •• 01', expiresAt: iso(NOW_MS + 10 * 60_000), resendAt: iso(NOW_MS + 60_000) }),
  ),
  http.post('*/api/vault/activation', () =>
    HttpResponse.json({ kind: 'signed-in', session: { token: 'vs_story', expiresAt: iso(NOW_MS + 30 * 60_000), user: { firstName: 'Inès', lastName: 'Moreau' } } }),
  ),
];

/** The mock's vault scenario, with the repeatable code and activation first. */
const vaultApi = (scenario: Parameters<typeof mockApi>[0] = 'vault:default') => {
  const api = mockApi(scenario);
  return { ...api, msw: { handlers: [...repeatable, ...api.msw.handlers] } };
};

const render = (args: ActivationArgs) =>
  html`<vault-activation token=${ifDefined(args.token || undefined)} login-href=${ifDefined(args.loginHref || undefined)} terms-href=${ifDefined(args.termsHref || undefined)}></vault-activation>`;

// ── play helpers: plain DOM, as a person would fill the steps ──────────────────────────────

async function waitFor<T>(find: () => T | null | undefined, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('The story did not reach the expected state');
    await new Promise((r) => setTimeout(r, 30));
  }
}

async function fill(root: Element, name: string, value: string) {
  const input = await waitFor(() => root.querySelector<HTMLInputElement>(`input[name=${name}]`));
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function next(root: Element, heading: string) {
  root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
  await waitFor(() => root.querySelector('.vigie-activation-step-title')?.textContent?.includes(heading) || root.querySelector('.vigie-activation-notice--success'));
}

const PASSWORD = 'Une phrase de passe facile à retenir';

async function walk(canvasElement: HTMLElement, until: 'person' | 'terms' | 'code' | 'done') {
  const el = await waitFor(() => canvasElement.querySelector('vault-activation'));
  await fill(el, 'password', PASSWORD);
  await fill(el, 'confirmation', PASSWORD);
  await next(el, 'informations');
  if (until === 'person') return;
  await next(el, 'onditions');
  if (until === 'terms') return;
  el.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
  await next(el, 'identité');
  if (until === 'code') return;
  await fill(el, 'code', DEMO_ONE_TIME_CODE);
  el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
  await waitFor(() => el.querySelector('.vigie-activation-notice--success'));
}

const meta = {
  id: 'vault-vault-activation',
  title: 'Coffre-fort/<vault-activation>',
  component: 'vault-activation',
  tags: ['autodocs'],
  args: { token: DEMO_TOKENS.activation, loginHref: '#connexion', termsHref: '#conditions-generales' },
  argTypes: {
    token: { control: 'text' },
    loginHref: { control: 'text' },
    termsHref: { control: 'text' },
  },
  render,
  parameters: {
    actions: { handles: ['vault-activated', 'vault-login-requested'] },
    docs: {
      description: {
        component:
          'VA-ACTIVATE — l’activation du coffre-fort depuis le lien d’invitation (seed 003, « Étape 2 ») : le serveur vérifie le lien ' +
          '(valable environ 15 jours ; expiré → demander un nouveau lien au service RH ; déjà utilisé → se connecter), puis les étapes ' +
          '« Étape n sur N » : choisir un mot de passe (au moins 11 caractères comptés en points de code, sans règle de composition), ' +
          'confirmer ses informations, accepter les conditions, et le code reçu par SMS quand le serveur en demande un. ' +
          'Le jeton vient de l’attribut `token` ou du paramètre `token` de l’URL, retiré de la barre d’adresse dès sa lecture. ' +
          `Lien de démonstration avec code SMS : \`${DEMO_TOKENS.activation}\` (code ${DEMO_ONE_TIME_CODE}) ; sans code : \`${DEMO_TOKENS.activationNoSms}\`. ` +
          'Aujourd’hui = 10/03/2026.',
      },
    },
  },
} satisfies Meta<ActivationArgs>;

export default meta;
type Story = StoryObj<ActivationArgs>;

export const ChoosePassword: Story = {
  name: 'Choose password',
  parameters: { ...vaultApi(), ...story(scenarioDoc('vault:default', 'Étape 1 : le mot de passe, deux fois ; le nombre de caractères s’affiche en direct.')) },
};

export const ConfirmInfo: Story = {
  name: 'Confirm info',
  play: ({ canvasElement }) => walk(canvasElement, 'person'),
  parameters: { ...vaultApi(), ...story(scenarioDoc('vault:default', 'Étape 2 : les informations renvoyées par le serveur, modifiables ; l’employeur en lecture seule.')) },
};

export const Terms: Story = {
  parameters: { ...vaultApi(), ...story(scenarioDoc('vault:default', 'Étape 3 : le lien vers les conditions et la case obligatoire.')) },
  play: ({ canvasElement }) => walk(canvasElement, 'terms'),
};

export const SmsCode: Story = {
  name: 'SMS code',
  parameters: {
    ...vaultApi(),
    ...story(scenarioDoc('vault:default', `Étape 4 : le code reçu par SMS (\`autocomplete=one-time-code\`), son expiration, le renvoi après 60 s. Code de démonstration ${DEMO_ONE_TIME_CODE}.`)),
  },
  play: ({ canvasElement }) => walk(canvasElement, 'code'),
};

export const Success: Story = {
  parameters: { ...vaultApi(), ...story(scenarioDoc('vault:default', 'Le coffre-fort est activé : « Se connecter » (événement `vault-login-requested`, annulable).')) },
  play: ({ canvasElement }) => walk(canvasElement, 'done'),
};

export const ExpiredLink: Story = {
  name: 'Expired link',
  parameters: { ...vaultApi('vault:expired-link'), ...story(scenarioDoc('vault:expired-link', 'Le lien a expiré : demander un nouveau lien au service RH.')) },
};

export const UsedLink: Story = {
  name: 'Used link',
  args: { token: DEMO_TOKENS.activationUsed },
  parameters: { ...vaultApi(), ...story(scenarioDoc('vault:default', 'Le lien a déjà servi : le compte est actif, « Se connecter ».')) },
};

export const Error500: Story = {
  name: 'Error 500',
  parameters: {
    ...mockApi('any:error-500'),
    ...story(scenarioDoc('any:error-500', 'La vérification du lien échoue (après les nouvelles tentatives du client) : l’erreur et « Réessayer ».')),
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { ...vaultApi(), ...story(scenarioDoc('vault:default', 'Locale `en`.')) },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: { ...vaultApi(), ...story(scenarioDoc('vault:default', 'Thème sombre (`theme="dark"`).')) },
};

export const Narrow: Story = {
  render: (args) => html`<div style="width:320px;outline:1px dashed rgb(127 127 127 / 0.5)">${render(args)}</div>`,
  parameters: { ...vaultApi(), ...story(scenarioDoc('vault:default', 'Dans un conteneur de 320 px.')) },
};
