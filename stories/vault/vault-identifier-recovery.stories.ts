/**
 * VA-LOSTID — `<vault-identifier-recovery>`, one story per state. The states after a submission
 * are reached the way a person reaches them: the story's `play` function fills the seed's form
 * (Paul Dupont's details, as in seed 002) and submits it against the scenario it names.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@vigie/components/define/vault-identifier-recovery.js';
import { scenarioDoc } from '../support/mock.js';
import { narrow, typeInto, vaultStory as vault, waitFor, widget } from './support.js';

interface RecoveryArgs {
  'privacy-href'?: string;
  'login-href'?: string;
  /** Read-only, reflected by the element (no control). */
  step?: string;
}

/** Seed 002's example: Paul Dupont, born in Paris in April, 06 75 82 45 32, private number 588157. */
const PAUL: Record<string, string> = {
  lastName: 'Dupont',
  firstName: 'Paul',
  birthTown: 'Paris',
  birthMonth: '4',
  mobilePhone: '06 75 82 45 32',
  email: 'paul.dupont@example.fr',
  emailConfirmation: 'paul.dupont@example.fr',
  privateNumber: '588157',
};

/** Fills the form as a person would (input and change events), ticks the consent, submits. */
const submitting =
  (values: Record<string, string> | undefined, until: (el: HTMLElement) => unknown, tick = values !== undefined) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await widget(canvasElement, 'vault-identifier-recovery');
    const form = await waitFor(() => el.querySelector('form'), 'the form');
    await typeInto(form, values ?? {});
    if (tick) form.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    form.requestSubmit();
    await waitFor(() => until(el), 'the state');
  };

const recovery = (args: RecoveryArgs) =>
  html`<vault-identifier-recovery privacy-href=${ifDefined(args['privacy-href'])} login-href=${ifDefined(args['login-href'])}></vault-identifier-recovery>`;

const meta = {
  id: 'vault-identifier-recovery',
  title: 'Coffre-fort/<vault-identifier-recovery>',
  component: 'vault-identifier-recovery',
  tags: ['autodocs'],
  args: { 'privacy-href': 'https://www.example.fr/politique-de-confidentialite', 'login-href': '#connexion' },
  argTypes: { step: { control: false } },
  render: recovery,
  parameters: {
    actions: { handles: ['vault-identifier-requested', 'vault-login-requested'] },
    docs: {
      description: {
        component:
          'VA-LOSTID — « Je n’ai plus le courrier avec mes identifiants de connexion » (seed 002, question 1) : tous les ' +
          'champs du formulaire de la seed, tous obligatoires, vérifiés par les règles de core avec un message par champ et un ' +
          'résumé des erreurs ; l’e-mail deux fois ; la politique de confidentialité (`privacy-href`) ; « Enregistrer ». ' +
          'La réponse est toujours la même, que la personne soit connue ou non : un nouvel identifiant et un mot de passe ' +
          'provisoire par e-mail, à personnaliser à la prochaine connexion. Une panne garde toute la saisie.',
      },
    },
  },
} satisfies Meta<RecoveryArgs>;

export default meta;
type Story = StoryObj<RecoveryArgs>;

export const EmptyForm: Story = {
  name: 'Empty form',
  ...vault(
    'vault:default',
    scenarioDoc('vault:default', 'Le formulaire vide, avec l’avertissement : cette procédure change aussi le mot de passe.'),
  ),
};

export const ValidationErrors: Story = {
  name: 'Validation errors',
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      'Quelques champs mal remplis puis « Enregistrer » : un mobile qui n’en est pas un, une confirmation d’e-mail différente, ' +
        'le mois et la case oubliés. Résumé des erreurs en tête (liens vers les champs), message sous chaque champ, focus sur le premier.',
    ),
  ),
  play: submitting(
    { ...PAUL, birthMonth: '', mobilePhone: '01 23 45 67 89', emailConfirmation: 'paul.dupond@example.fr' },
    (el) => el.querySelectorAll('.vigie-error-summary li').length === 4,
    false,
  ),
};

export const Success: Story = {
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      'Le formulaire de Paul Dupont envoyé : la réponse générique de la seed (nouvel identifiant et mot de passe provisoire par ' +
        'e-mail, à personnaliser à la prochaine connexion), dans une région `role="status"` ; « Se connecter ».',
    ),
  ),
  play: submitting(PAUL, (el) => el.getAttribute('step') === 'done'),
};

export const Error500: Story = {
  name: 'Error 500',
  ...vault(
    'any:error-500',
    scenarioDoc('any:error-500', 'Le service ne répond pas : toute la saisie est gardée (le mois et la case aussi), « Réessayer ».'),
  ),
  play: submitting(PAUL, (el) => el.querySelector('.vigie-failure')),
};

export const English: Story = {
  globals: { locale: 'en' },
  ...vault('vault:default', scenarioDoc('vault:default', 'Locale `en` : libellés et mois en anglais.')),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  ...vault('vault:default', 'Thème sombre (`theme="dark"`) : un envoi vide, tous les messages d’erreur.'),
  play: submitting(undefined, (el) => el.querySelector('.vigie-error-summary')),
};

export const Narrow: Story = {
  render: (args) => narrow(recovery(args)),
  ...vault('vault:default', scenarioDoc('vault:default', 'Dans 320 px : les paires de champs passent l’une sous l’autre.')),
};
