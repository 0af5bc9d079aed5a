/**
 * PP-LOGIN — `<passport-password-reset>`, the page of the link « Mot de passe oublié ? » e-mails
 * (issue 8, point 11), one story per state: checking, the form, done, an expired / used / unknown
 * link, no link at all, the check failing, the new password refused by the server; in English,
 * dark and 360 px. The mock's demo links (`PASSPORT_DEMO_RESET_TOKENS`) are given through the
 * `token` property (a page opened from the e-mail reads `?passport-reset-token=…` instead).
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PASSPORT_DEMO_RESET_TOKENS } from '@vigie/mock-api';
import '@vigie/components/define/passport-password-reset.js';
import { mockApi, scenarioDoc } from '../support/mock.js';

interface ResetArgs {
  token?: string;
  'login-href'?: string;
  'heading-level'?: number;
  /** Read-only, reflected by the element (no control). */
  step?: string;
}

async function waitFor<T>(check: () => T | null | undefined, what: string, ms = 10_000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (performance.now() > end) throw new Error(`passport-password-reset story: timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** A play function: types the new password twice (input events), sends, waits for `step`. */
const choosing =
  (password: string, step: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await waitFor(() => canvasElement.querySelector<HTMLElement>('passport-password-reset'), '<passport-password-reset>');
    await waitFor(() => el.getAttribute('step') === 'form', 'the form');
    const inputs = [...el.querySelectorAll<HTMLInputElement>('input[autocomplete="new-password"]')];
    for (const input of inputs) {
      input.value = password;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    inputs[0]!.form!.requestSubmit();
    await waitFor(() => el.getAttribute('step') === step && !el.querySelector('[aria-disabled=true]'), `step ${step}`);
  };

const story = (description: string) => ({ docs: { description: { story: description }, story: { autoplay: true } } });

const meta = {
  id: 'passport-passport-password-reset',
  title: 'Passeport sécurité/<passport-password-reset>',
  component: 'passport-password-reset',
  tags: ['autodocs'],
  render: (args) =>
    html`<passport-password-reset
      .token=${args.token}
      login-href=${ifDefined(args['login-href'])}
      heading-level=${ifDefined(args['heading-level'])}
    ></passport-password-reset>`,
  args: { token: PASSPORT_DEMO_RESET_TOKENS.valid, 'login-href': '#connexion' },
  argTypes: { step: { control: false }, token: { control: 'text' }, 'heading-level': { control: { type: 'number', min: 1, max: 6 } } },
  parameters: {
    actions: { handles: ['passport-password-reset', 'passport-login-requested'] },
    docs: {
      description: {
        component:
          'PP-LOGIN — la page du lien reçu par e-mail après « Mot de passe oublié ? » (annexe du guide) : le nouveau mot de ' +
          'passe du compte entreprise, deux fois. Elle achève aussi un passage de relais « Mon successeur réinitialisera le ' +
          'mot de passe ». Elle ne lit que son propre paramètre (`?passport-reset-token=…`), le retire aussitôt de l’adresse et ' +
          'ne le garde qu’en mémoire ; un lien expiré, déjà utilisé ou inconnu le dit, avec le chemin vers un nouveau lien.',
      },
    },
  },
} satisfies Meta<ResetArgs>;

export default meta;
type Story = StoryObj<ResetArgs>;

export const Form: Story = {
  parameters: {
    ...mockApi('passport:default'),
    ...story(scenarioDoc('passport:default', 'Un lien valable : le nouveau mot de passe, deux fois, avec le compte de caractères.')),
  },
};

export const Done: Story = {
  play: choosing('Relais-Granulats-2026', 'done'),
  parameters: {
    ...mockApi('passport:default'),
    ...story(scenarioDoc('passport:default', 'Le mot de passe est enregistré : « Se connecter ».')),
  },
};

export const Refused: Story = {
  name: 'Password refused',
  play: choosing('court', 'form'),
  parameters: {
    ...mockApi('passport:default'),
    ...story(scenarioDoc('passport:default', 'Trop court : dit sur le champ, rien n’est envoyé.')),
  },
};

export const Expired: Story = {
  args: { token: PASSPORT_DEMO_RESET_TOKENS.expired },
  parameters: {
    ...mockApi('passport:default'),
    ...story(scenarioDoc('passport:default', 'Un lien passé sa validité (60 minutes) : en demander un nouveau.')),
  },
};

export const Used: Story = {
  args: { token: PASSPORT_DEMO_RESET_TOKENS.used },
  parameters: { ...mockApi('passport:default'), ...story(scenarioDoc('passport:default', 'Un lien déjà utilisé (usage unique).')) },
};

export const Unknown: Story = {
  args: { token: 'ppr_lien-incomplet' },
  parameters: { ...mockApi('passport:default'), ...story(scenarioDoc('passport:default', 'Un lien inconnu (incomplet, mal copié).')) },
};

export const NoLink: Story = {
  name: 'No link',
  args: { token: undefined },
  parameters: { ...mockApi('passport:default'), ...story(scenarioDoc('passport:default', 'La page ouverte sans lien : elle le dit.')) },
};

export const Checking: Story = {
  parameters: { ...mockApi('any:slow', { timeout: 15 * 60_000 }), ...story(scenarioDoc('any:slow', 'La vérification du lien en cours.')) },
};

export const CheckFailed: Story = {
  name: 'Check failed',
  parameters: {
    ...mockApi('any:error-500'),
    ...story(scenarioDoc('any:error-500', 'Le service ne répond pas : le message et « Réessayer ».')),
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { ...mockApi('passport:default'), ...story(scenarioDoc('passport:default', 'Locale `en`.')) },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: choosing('court', 'form'),
  parameters: { ...mockApi('passport:default'), ...story(scenarioDoc('passport:default', 'Thème sombre : un mot de passe trop court.')) },
};

export const Narrow: Story = {
  name: '360 px',
  render: (args) => html`<div style="width:360px;outline:1px dashed rgb(127 127 127 / 0.5)">
    <passport-password-reset .token=${args.token} login-href=${ifDefined(args['login-href'])}></passport-password-reset>
  </div>`,
  parameters: { ...mockApi('passport:default'), ...story(scenarioDoc('passport:default', 'Dans un conteneur de 360 px.')) },
};
