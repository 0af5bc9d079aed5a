/**
 * PP-LOGIN — `<passport-login>`, one story per state: the form, a wrong password, « Identifiants
 * oubliés » and its answer, signed in, the new password after a handover, submitting, the
 * server's failure; in English, dark and 320 px. "Today" is 10/03/2026 12:00 in Paris (the
 * provider's `now`, and the mock API's clock). The states after a submission are reached the way
 * a person reaches them: the story's `play` fills the form and sends it.
 *
 * Demo company (packages/mock-api): baptiste.martin@granulats-dupont.fr, password
 * « Passeport-2026! »; after a handover (`passport:must-change-password`):
 * claire.durand@granulats-dupont.fr, temporary password « Relais-Provisoire-2026 ».
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PASSPORT_DEMO_LOGIN, PASSPORT_HANDOVER_LOGIN } from '@vigie/mock-api';
import '@vigie/components/define/passport-login.js';
import { mockApi, scenarioDoc } from '../support/mock.js';

interface LoginArgs {
  'register-href'?: string;
  'heading-level'?: number;
  /** Read-only, reflected by the element (no control). */
  status?: string;
}

/** Polls each frame until `check` answers (the provider may still be loading a catalog). */
async function waitFor<T>(check: () => T | null | undefined, what: string, ms = 10_000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (performance.now() > end) throw new Error(`passport-login story: timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

const widget = (canvas: HTMLElement) => waitFor(() => canvas.querySelector<HTMLElement>('passport-login'), '<passport-login>');

/** Types into an input as a person would (input events). */
function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A play function that signs in with `email` / `password`, then waits for the widget to reach `status`. */
const signingIn =
  (email: string, password: string, status: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await widget(canvasElement);
    const input = await waitFor(() => el.querySelector<HTMLInputElement>('input[autocomplete="username"]'), 'the e-mail field');
    type(input, email);
    type(el.querySelector<HTMLInputElement>('input[autocomplete="current-password"]')!, password);
    input.form!.requestSubmit();
    await waitFor(() => el.getAttribute('status') === status, `status ${status}`);
  };

/** « Mot de passe oublié ? », then (with an address) « Redéfinir mon mot de passe ». */
const forgetting =
  (email?: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await widget(canvasElement);
    (await waitFor(() => el.querySelector<HTMLButtonElement>('.vigie-passport-login__links button'), 'the link')).click();
    await waitFor(() => el.getAttribute('status') === 'forgot', 'the forgotten-password form');
    if (!email) return;
    const input = await waitFor(() => el.querySelector<HTMLInputElement>('input[name="email"]'), 'the e-mail field');
    type(input, email);
    input.form!.requestSubmit();
    await waitFor(() => el.getAttribute('status') === 'sent', 'the answer');
  };

const story = (description: string) => ({ docs: { description: { story: description }, story: { autoplay: true } } });

const meta = {
  id: 'passport-passport-login',
  title: 'Passeport sécurité/<passport-login>',
  component: 'passport-login',
  tags: ['autodocs'],
  render: (args) =>
    html`<passport-login register-href=${ifDefined(args['register-href'])} heading-level=${ifDefined(args['heading-level'])}></passport-login>`,
  args: { 'register-href': '#inscription' },
  argTypes: {
    status: { control: false },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    actions: { handles: ['passport-signed-in', 'passport-signed-out', 'passport-reset-requested'] },
    docs: {
      description: {
        component:
          'PP-LOGIN — « Connexion » à l’espace entreprise du passeport sécurité (seed 004) : l’identifiant est l’adresse ' +
          'e-mail du référent. Un mauvais mot de passe et une adresse inconnue reçoivent le même message. « Mot de passe ' +
          'oublié ? » ouvre « Identifiants oubliés » : la même réponse, qu’un compte existe ou non. Après un passage de ' +
          'relais avec un mot de passe temporaire, un nouveau mot de passe est demandé. Connecté, la session va au ' +
          'fournisseur (en mémoire) pour les autres widgets du passeport. Compte de démonstration : ' +
          `${PASSPORT_DEMO_LOGIN.email}, mot de passe « ${PASSPORT_DEMO_LOGIN.password} ».`,
      },
    },
  },
} satisfies Meta<LoginArgs>;

export default meta;
type Story = StoryObj<LoginArgs>;

export const Form: Story = {
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc('passport:default', 'Le formulaire : adresse e-mail, mot de passe, « Je me connecte », « Mot de passe oublié ? ».'),
    ),
  },
};

export const WrongPassword: Story = {
  name: 'Wrong password',
  play: signingIn(PASSPORT_DEMO_LOGIN.email, 'Mauvais-mot-de-passe', 'failed'),
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc('passport:default', 'Un seul message, le même pour une adresse inconnue ; l’adresse reste, le mot de passe est effacé.'),
    ),
  },
};

export const ForgotPassword: Story = {
  name: 'Forgotten password',
  play: forgetting(),
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc('passport:default', '« Identifiants oubliés » : l’adresse e-mail, « Redéfinir mon mot de passe » ou « Annuler ».'),
    ),
  },
};

export const ForgotPasswordSent: Story = {
  name: 'Forgotten password: answer',
  play: forgetting('personne@inconnue.fr'),
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc(
        'passport:default',
        'La réponse du guide, identique qu’un compte existe ou non (ici une adresse inconnue), et « Vous n’avez pas reçu le mail ? ».',
      ),
    ),
  },
};

export const SignedIn: Story = {
  name: 'Signed in',
  play: signingIn(PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password, 'signed-in'),
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc(
        'passport:default',
        '« ✓ Félicitations, vous voici dans votre espace entreprise ! », qui est connecté, « Se déconnecter ». `passport-signed-in` porte le nom de l’entreprise et du référent, jamais le jeton.',
      ),
    ),
  },
};

export const MustChangePassword: Story = {
  name: 'Must change password',
  play: signingIn(PASSPORT_HANDOVER_LOGIN.email, PASSPORT_HANDOVER_LOGIN.password, 'must-change-password'),
  parameters: {
    ...mockApi('passport:must-change-password'),
    ...story(
      scenarioDoc(
        'passport:must-change-password',
        'Après un passage de relais, le mot de passe temporaire est remplacé : au moins 11 caractères, deux fois.',
      ),
    ),
  },
};

/** Five wrong passwords in a row: the server makes the e-mail wait (PP-LOGIN throttling, point 3). */
const throttled = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = await widget(canvasElement);
  const email = await waitFor(() => el.querySelector<HTMLInputElement>('input[autocomplete="username"]'), 'the e-mail field');
  type(email, PASSPORT_DEMO_LOGIN.email);
  for (let i = 0; i < 5; i++) {
    type(el.querySelector<HTMLInputElement>('input[autocomplete="current-password"]')!, `Mauvais-mot-de-passe-${i}`);
    email.form!.requestSubmit();
    await waitFor(() => el.getAttribute('status') === 'submitting', 'the attempt sent');
    await waitFor(() => el.getAttribute('status') === 'failed', 'the refusal');
  }
  await waitFor(() => el.querySelector('.vigie-passport-login__wait'), 'the wait');
};

export const Throttled: Story = {
  name: 'Too many attempts',
  play: throttled,
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc(
        'passport:default',
        'Cinq mauvais mots de passe de suite (adresse connue ou non, c’est pareil) : le serveur fait attendre 30 s, puis de plus en plus ; le widget décompte, garde l’adresse et bloque le bouton.',
      ),
    ),
  },
};

export const Submitting: Story = {
  play: signingIn(PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password, 'submitting'),
  parameters: {
    ...mockApi('any:slow', { timeout: 15 * 60_000 }),
    ...story(scenarioDoc('any:slow', '« Connexion en cours… » : le bouton reste focalisable, un second envoi ne part pas.')),
  },
};

export const ServerError: Story = {
  name: 'Server error',
  play: signingIn(PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password, 'failed'),
  parameters: {
    ...mockApi('any:error-500'),
    ...story(scenarioDoc('any:error-500', 'L’adresse est conservée, le mot de passe effacé, avec « Réessayer ».')),
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: signingIn(PASSPORT_DEMO_LOGIN.email, 'Mauvais-mot-de-passe', 'failed'),
  parameters: { ...mockApi('passport:default'), ...story(scenarioDoc('passport:default', 'Locale `en` : un mauvais mot de passe.')) },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: forgetting('personne@inconnue.fr'),
  parameters: {
    ...mockApi('passport:default'),
    ...story(scenarioDoc('passport:default', 'Thème sombre (`theme="dark"`) : la réponse de « Identifiants oubliés ».')),
  },
};

export const Narrow: Story = {
  name: '320 px',
  render: (args) => html`<div style="width:320px;outline:1px dashed rgb(127 127 127 / 0.5)">
    <passport-login register-href=${ifDefined(args['register-href'])}></passport-login>
  </div>`,
  play: signingIn(PASSPORT_DEMO_LOGIN.email, 'Mauvais-mot-de-passe', 'failed'),
  parameters: {
    ...mockApi('passport:default'),
    ...story(scenarioDoc('passport:default', 'Dans un conteneur de 320 px : tout passe à la ligne, les cibles gardent 44 px.')),
  },
};
