/**
 * VA-PAPER — `<paper-payslip-request>`, one story per state. The states after « Valider » are
 * reached the way a person reaches them: the story's `play` function fills the form (the mock's
 * demo account, 123456789012 / « Bulletin-2026! », employer « Boulangeries Martin SAS ») and
 * submits it against the scenario it names. "Today" is 10/03/2026 12:00 in Paris.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ScenarioName } from '@vigie/mock-api';
import '@vigie/components/define/paper-payslip-request.js';
import { scenarioDoc } from '../support/mock.js';
import { PAUL, narrow, typeInto, vaultStory, waitFor, widget } from './support.js';

interface PaperArgs {
  'reset-href'?: string;
  'privacy-href'?: string;
  /** Read-only, reflected by the element (no control). */
  step?: string;
}

/** The mock of a story (fresh data each time it is shown); play functions also run on the docs page. */
const vault = (scenario: ScenarioName, description: string) => vaultStory(scenario, description, { autoplay: true });

interface Fill {
  readonly identifier?: string;
  readonly password?: string;
  readonly employer?: string;
  readonly consent?: boolean;
}

/** A play function: types into the fields as a person would, ticks the consent, submits, waits for `until`, then `then`. */
const reaching =
  ({ consent, ...values }: Fill, until: (el: HTMLElement) => unknown, then?: (el: HTMLElement) => Promise<void>) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await widget(canvasElement, 'paper-payslip-request');
    const form = await waitFor(() => el.querySelector('form'), 'the form');
    await typeInto(form, values);
    const box = form.querySelector<HTMLInputElement>('input[name=dataPolicyAccepted]')!;
    if (consent && !box.checked) box.click();
    form.requestSubmit();
    await waitFor(() => until(el), 'the state');
    await then?.(el);
  };

const ALL: Fill = { identifier: PAUL.identifier, password: PAUL.password, employer: PAUL.employer, consent: true };

const render = (args: PaperArgs) =>
  html`<paper-payslip-request reset-href=${ifDefined(args['reset-href'])} privacy-href=${ifDefined(args['privacy-href'])}></paper-payslip-request>`;

const meta = {
  id: 'vault-paper-payslip-request',
  title: 'Coffre-fort/<paper-payslip-request>',
  component: 'paper-payslip-request',
  tags: ['autodocs'],
  args: { 'reset-href': '#mot-de-passe-oublie', 'privacy-href': '#politique-des-donnees' },
  argTypes: { step: { control: false } },
  render,
  parameters: {
    actions: { handles: ['paper-payslip-requested'] },
    docs: {
      description: {
        component:
          'VA-PAPER — « Demande de distribution des bulletins de paie au format papier » (seed 002, question 8) : ' +
          'identifiant, mot de passe (« Mot de passe perdu ? » → `reset-href`), employeur, la politique des données ' +
          'personnelles du seed et sa case à cocher (`privacy-href`) → « Valider » → la personne confirme sa demande → ' +
          'une page de confirmation imprimable (référence, date, employeur ; « Imprimer » ; à l’impression, seule la ' +
          'confirmation sort, en noir sur blanc, sans boutons). Le serveur vérifie l’identifiant et le mot de passe comme ' +
          'à la connexion : même message générique, même blocage. DOM léger : les champs sont natifs, dans un vrai `<form>`.',
      },
    },
  },
} satisfies Meta<PaperArgs>;

export default meta;
type Story = StoryObj<PaperArgs>;

export const Form: Story = {
  ...vault('vault:default', scenarioDoc('vault:default', 'Le formulaire du seed, vide.')),
};

export const ValidationErrors: Story = {
  name: 'Validation errors',
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      '« Valider » sans rien remplir : le récapitulatif des erreurs (liens vers les champs), le focus sur le premier champ.',
    ),
  ),
  play: reaching({}, (el) => el.querySelector('.vigie-error-summary')),
};

export const Confirm: Story = {
  ...vault(
    'vault:default',
    scenarioDoc('vault:default', 'Après « Valider » (identifiants de Paul Dupont) : la personne confirme sa demande.'),
  ),
  play: reaching(ALL, (el) => el.getAttribute('step') === 'confirm'),
};

export const PrintableConfirmation: Story = {
  name: 'Printable confirmation',
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      'Après la confirmation : la page imprimable (référence, date, employeur). À l’impression, seule cette confirmation sort, sans les boutons.',
    ),
  ),
  play: reaching(
    ALL,
    (el) => el.getAttribute('step') === 'confirm',
    async (el) => {
      el.querySelector<HTMLButtonElement>('.vigie-paper__confirm .vigie-paper__button')!.click();
      await waitFor(() => el.getAttribute('step') === 'done', 'the confirmation');
    },
  ),
};

export const WrongCredentials: Story = {
  name: 'Wrong credentials',
  ...vault(
    'vault:default',
    scenarioDoc(
      'vault:default',
      'Un mauvais mot de passe : le message générique de la connexion (le même pour un identifiant inconnu), le mot de passe effacé.',
    ),
  ),
  play: reaching({ ...ALL, password: 'Mauvais-mot-de-passe' }, (el) => el.querySelector('.vigie-paper__alert')),
};

export const Locked: Story = {
  ...vault(
    'vault:locked',
    scenarioDoc('vault:locked', 'Identifiant bloqué par le serveur : le message du seed avec le temps restant et les issues.'),
  ),
  play: reaching(ALL, (el) => el.querySelector('.vigie-paper__alert--locked')),
};

export const ErrorState: Story = {
  name: 'Error 500',
  ...vault('any:error-500', scenarioDoc('any:error-500', 'Une panne : la saisie est gardée sauf le mot de passe, « Réessayer ».')),
  play: reaching(ALL, (el) => el.querySelector('.vigie-failure')),
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
