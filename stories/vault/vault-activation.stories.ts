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
import type { ScenarioName } from '@vigie/mock-api';
import '@vigie/components/define/vault-activation.js';
import { ACTIVATION_STEPS, type ActivationStep } from '@vigie/components';
import { DEMO_ONE_TIME_CODE, DEMO_TOKENS } from '@vigie/mock-api/browser';
import { NOW_MS, scenarioDoc } from '../support/mock.js';
import { narrow, typeInto, vaultStory, waitFor, widget } from './support.js';

interface ActivationArgs {
  token?: string;
  loginHref?: string;
  termsHref?: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The code and the activation answered the same way at every run (the mock's store would
 * remember a sent code and a used link across re-renders of the story, a language switch…).
 */
const repeatable = [
  http.post('*/api/vault/activation/code', () =>
    HttpResponse.json({
      channel: 'sms',
      destination: '06 •• •• •• 01',
      expiresAt: iso(NOW_MS + 10 * 60_000),
      resendAt: iso(NOW_MS + 60_000),
    }),
  ),
  http.post('*/api/vault/activation', () =>
    HttpResponse.json({
      kind: 'signed-in',
      session: { token: 'vs_story', expiresAt: iso(NOW_MS + 30 * 60_000), user: { firstName: 'Inès', lastName: 'Moreau' } },
    }),
  ),
];

/** The mock of a story, with the repeatable code and activation first. */
function vault(scenario: ScenarioName, description: string) {
  const story = vaultStory(scenario, description);
  return { ...story, parameters: { ...story.parameters, msw: { handlers: [...repeatable, ...story.parameters.msw.handlers] } } };
}

const render = (args: ActivationArgs) =>
  html`<vault-activation token=${ifDefined(args.token || undefined)} login-href=${ifDefined(args.loginHref || undefined)} terms-href=${ifDefined(args.termsHref || undefined)}></vault-activation>`;

// ── play: as a person would fill the steps ──────────────────────────────────────────────────

const PASSWORD = 'Une phrase de passe facile à retenir';

/**
 * The play functions follow the step's position in the progress list (`ACTIVATION_STEPS`, the code
 * step shown since the demo account has a mobile number), never its title: the same walk works in
 * every language of the toolbar. The position of the current step (-1 before the wizard shows):
 */
const currentStep = (root: Element) =>
  [...root.querySelectorAll('.vigie-activation-progress li')].findIndex((li) => li.classList.contains('is-current'));

/** Presses the step's submit button and waits for the step `step` (or the success). */
async function next(root: Element, step: ActivationStep) {
  root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
  await waitFor(
    () => currentStep(root) === ACTIVATION_STEPS.indexOf(step) || root.querySelector('.vigie-panel-message--success'),
    `the step « ${step} »`,
  );
}

async function walk(canvasElement: HTMLElement, until: 'person' | 'terms' | 'code' | 'done') {
  const el = await widget(canvasElement, 'vault-activation');
  await waitFor(() => currentStep(el) === 0, 'the first step');
  await typeInto(el, { password: PASSWORD, confirmation: PASSWORD });
  await next(el, 'person');
  if (until === 'person') return;
  await next(el, 'terms');
  if (until === 'terms') return;
  el.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
  await next(el, 'code');
  if (until === 'code') return;
  await typeInto(el, { code: DEMO_ONE_TIME_CODE });
  el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
  await waitFor(() => el.querySelector('.vigie-panel-message--success'), 'the success');
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
  ...vault(
    'vault:default',
    scenarioDoc('vault:default', 'Étape 1 : le mot de passe, deux fois ; le nombre de caractères s’affiche en direct.'),
  ),
};

export const ConfirmInfo: Story = {
  name: 'Confirm info',
  play: ({ canvasElement }) => walk(canvasElement, 'person'),
  ...vault(
    'vault:default',
    scenarioDoc('vault:default', 'Étape 2 : les informations renvoyées par le serveur, modifiables ; l’employeur en lecture seule.'),
  ),
};

export const Terms: Story = {
  play: ({ canvasElement }) => walk(canvasElement, 'terms'),
  ...vault('vault:default', scenarioDoc('vault:default', 'Étape 3 : le lien vers les conditions et la case obligatoire.')),
};

export const SmsCode: Story = {
  name: 'SMS code',
  play: ({ canvasElement }) => walk(canvasElement, 'code'),
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      `Étape 4 : le code reçu par SMS (\`autocomplete=one-time-code\`), son expiration, le renvoi après 60 s. Code de démonstration ${DEMO_ONE_TIME_CODE}.`,
    ),
  ),
};

export const Success: Story = {
  play: ({ canvasElement }) => walk(canvasElement, 'done'),
  ...vault(
    'vault:default',
    scenarioDoc('vault:default', 'Le coffre-fort est activé : « Se connecter » (événement `vault-login-requested`, annulable).'),
  ),
};

export const ExpiredLink: Story = {
  name: 'Expired link',
  ...vault('vault:expired-link', scenarioDoc('vault:expired-link', 'Le lien a expiré : demander un nouveau lien au service RH.')),
};

export const UsedLink: Story = {
  name: 'Used link',
  args: { token: DEMO_TOKENS.activationUsed },
  ...vault('vault:default', scenarioDoc('vault:default', 'Le lien a déjà servi : le compte est actif, « Se connecter ».')),
};

export const Error500: Story = {
  name: 'Error 500',
  ...vault(
    'any:error-500',
    scenarioDoc('any:error-500', 'La vérification du lien échoue (après les nouvelles tentatives du client) : l’erreur et « Réessayer ».'),
  ),
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
  render: (args) => narrow(render(args)),
  ...vault('vault:default', scenarioDoc('vault:default', 'Dans un conteneur de 320 px.')),
};
