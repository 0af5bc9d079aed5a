/**
 * PP-REGISTER — `<company-registration>`, one story per state: the empty form, the VAT number
 * instead of the SIRET, every error shown, submitting, the server's failure, a SIRET already
 * registered, the account created; in English, dark and 320 px. "Today" is 10/03/2026.
 *
 * The anti-robot step belongs to the host page. These stories play the host with a small,
 * honest stand-in defined here only (`<demo-robot-check>`, « Je ne suis pas un robot
 * (démonstration) »): a checkbox whose token is the mock API's test token
 * (`PASSPORT_TEST_CAPTCHA_TOKEN`), the only one the mock accepts. The library ships no captcha.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { luhnValid } from '@vigie/core';
import { PASSPORT_DEMO_SIRET, PASSPORT_TEST_CAPTCHA_TOKEN } from '@vigie/mock-api';
import type { CompanyRegistration } from '@vigie/components';
import '@vigie/components/define/company-registration.js';
import { mockApi, scenarioDoc } from '../support/mock.js';

/**
 * The host's anti-robot step, as a story stand-in: a checkbox, labelled as a demonstration. Ticked,
 * `token` is the mock's test token; `reset()` unticks it (after `captcha-token-used`).
 */
class DemoRobotCheck extends HTMLElement {
  #box?: HTMLInputElement;

  connectedCallback(): void {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const english = document.documentElement.lang === 'en';
    root.innerHTML = `<style>
        label { display: inline-flex; gap: 0.75rem; align-items: center; min-height: 2.75rem; padding: 0.5rem 0.9rem;
          border: 1px solid color-mix(in srgb, currentColor 35%, transparent); border-radius: 4px; cursor: pointer; }
        input { width: 1.5rem; height: 1.5rem; margin: 0; }
        small { display: block; opacity: 0.75; }
      </style>
      <label><input type="checkbox" /><span>${english ? 'I’m not a robot' : 'Je ne suis pas un robot'}<small>(${english ? 'demonstration' : 'démonstration'})</small></span></label>`;
    this.#box = root.querySelector('input')!;
  }

  get token(): string {
    return this.#box?.checked ? PASSPORT_TEST_CAPTCHA_TOKEN : '';
  }

  tick(): void {
    if (this.#box) this.#box.checked = true;
  }

  reset(): void {
    if (this.#box) this.#box.checked = false;
  }
}
if (!customElements.get('demo-robot-check')) customElements.define('demo-robot-check', DemoRobotCheck);

interface RegistrationArgs {
  'login-href'?: string;
  'heading-level'?: number;
  /** Read-only, reflected by the element (no control). */
  status?: string;
}

/** Wires the widget to the stand-in, as a host page would with its own anti-robot widget. */
const withRobotCheck = ref((el) => {
  if (!el) return;
  const widget = el as CompanyRegistration;
  const robot = () => widget.querySelector<DemoRobotCheck>('demo-robot-check');
  widget.captchaToken = () => robot()?.token ?? '';
  widget.addEventListener('captcha-token-used', () => robot()?.reset());
});

const registration = (args: RegistrationArgs) =>
  html`<company-registration login-href=${ifDefined(args['login-href'])} heading-level=${ifDefined(args['heading-level'])} ${withRobotCheck}>
    <demo-robot-check slot="captcha"></demo-robot-check>
  </company-registration>`;

/** A SIRET no demo company has (valid by Luhn, different at each run: a registered one would answer 409 the next time). */
function freshSiret(): string {
  const base = `9${String(Math.floor(Math.random() * 1e12)).padStart(12, '0')}`;
  for (let d = 0; d < 10; d++) if (luhnValid(`${base}${d}`)) return `${base}${d}`;
  return base;
}

/** Polls each frame until `check` answers (the provider may still be loading a catalog). */
async function waitFor<T>(check: () => T | null | undefined, what: string, ms = 10_000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (performance.now() > end) throw new Error(`company-registration story: timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

interface Company {
  readonly identifier: string;
  readonly companyName: string;
  readonly regions: readonly string[];
  readonly referentLastName: string;
  readonly referentFirstName: string;
  readonly email: string;
  readonly password: string;
}

const company = (identifier: string, email = 'baptiste.dupont@carrieres-du-val.fr'): Company => ({
  identifier,
  companyName: 'Carrières du Val SAS',
  regions: ['28', '53'],
  referentLastName: 'Dupont',
  referentFirstName: 'Baptiste',
  email,
  password: 'une phrase de passe facile à retenir',
});

/** Fills the form as a person would (input events), ticks the regions and the anti-robot stand-in. */
async function fill(canvas: HTMLElement, c: Company): Promise<CompanyRegistration> {
  const el = await waitFor(() => canvas.querySelector<CompanyRegistration>('company-registration'), '<company-registration>');
  await waitFor(() => el.querySelector('form'), 'the form');
  const values: Record<string, string> = {
    identifier: c.identifier,
    companyName: c.companyName,
    referentLastName: c.referentLastName,
    referentFirstName: c.referentFirstName,
    email: c.email,
    emailConfirmation: c.email,
    password: c.password,
    passwordConfirmation: c.password,
  };
  for (const [name, value] of Object.entries(values)) {
    const input = el.querySelector<HTMLInputElement>(`form [name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  for (const code of c.regions) el.querySelector<HTMLInputElement>(`form input[name="regions"][value="${code}"]`)!.click();
  (await waitFor(() => el.querySelector<DemoRobotCheck>('demo-robot-check'), 'the stand-in')).tick();
  return el;
}

const submit = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

/** A play function: fill (or not), submit, wait for `status`. */
const submitting =
  (c: Company | undefined, status: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = c
      ? await fill(canvasElement, c)
      : await waitFor(() => canvasElement.querySelector<CompanyRegistration>('company-registration'), '<company-registration>');
    await waitFor(() => el.querySelector('form'), 'the form');
    submit(el);
    await waitFor(() => el.getAttribute('status') === status, `status ${status}`);
  };

const showErrors = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = await waitFor(() => canvasElement.querySelector<CompanyRegistration>('company-registration'), '<company-registration>');
  await waitFor(() => el.querySelector('form'), 'the form');
  const type = (name: string, value: string) => {
    const input = el.querySelector<HTMLInputElement>(`form [name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  type('identifier', '732 829 320 00075');
  type('email', 'baptiste.dupont@carrieres-du-val.fr');
  type('emailConfirmation', 'baptiste.dupond@carrieres-du-val.fr');
  type('password', 'court');
  submit(el);
  await waitFor(() => el.querySelector('.vigie-error-summary'), 'the summary');
};

const story = (description: string) => ({ docs: { description: { story: description }, story: { autoplay: true } } });

const meta = {
  id: 'passport-company-registration',
  title: 'Passeport sécurité/<company-registration>',
  component: 'company-registration',
  tags: ['autodocs'],
  render: registration,
  argTypes: {
    status: { control: false },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    actions: { handles: ['company-registered', 'captcha-token-used', 'passport-login-requested'] },
    docs: {
      description: {
        component:
          'PP-REGISTER — « Inscription entreprise sous-traitante » (seed 004) : SIRET (ou, par « Vous n’avez pas de numéro ' +
          'SIRET ? », le numéro de TVA intracommunautaire), nom de l’entreprise, régions d’intervention, nom, prénom et e-mail ' +
          'du référent (deux fois), mot de passe (deux fois) et l’étape anti-robot fournie par la page hôte : un élément ' +
          '`slot="captcha"` placé dans le widget, que celui-ci range dans son formulaire, et `captchaToken` lu à l’envoi. ' +
          'Ici, l’étape anti-robot est une **démonstration** (case « Je ne suis pas un robot (démonstration) », définie dans ' +
          'ce fichier de stories seulement) qui donne le jeton de test du mock. Le bouton dit « Créer le compte entreprise » : ' +
          'le guide écrit « Enregistrer les modifications », libellé repris de la fiche entreprise, alors qu’ici rien n’existe ' +
          'encore à modifier.',
      },
    },
  },
} satisfies Meta<RegistrationArgs>;

export default meta;
type Story = StoryObj<RegistrationArgs>;

export const Empty: Story = {
  name: 'Empty form',
  parameters: {
    ...mockApi('passport:default'),
    ...story(scenarioDoc('passport:default', 'Le formulaire vide, tel que le guide le montre.')),
  },
};

export const VatMode: Story = {
  name: 'VAT number mode',
  play: async ({ canvasElement }) => {
    const el = await waitFor(() => canvasElement.querySelector<CompanyRegistration>('company-registration'), '<company-registration>');
    (await waitFor(() => el.querySelector<HTMLButtonElement>('.vigie-registration__switch'), 'the switch')).click();
  },
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc(
        'passport:default',
        '« Vous n’avez pas de numéro SIRET ? » : le numéro de TVA intracommunautaire (le format de chaque pays de l’UE ; pour la France, la clé contrôlée avec le SIREN). « J’ai un numéro de SIRET » revient au SIRET saisi.',
      ),
    ),
  },
};

export const ErrorsShown: Story = {
  name: 'Errors shown',
  play: showErrors,
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc(
        'passport:default',
        'Un envoi incomplet : le résumé des erreurs (chaque lien mène au champ), la clé du SIRET fausse, les e-mails différents, le mot de passe trop court, l’étape anti-robot non faite. Rien n’est envoyé.',
      ),
    ),
  },
};

export const Submitting: Story = {
  play: submitting(company(freshSiret()), 'submitting'),
  parameters: {
    ...mockApi('any:slow', { timeout: 15 * 60_000 }),
    ...story(
      scenarioDoc(
        'any:slow',
        'L’envoi en cours : « Création du compte en cours… », le bouton reste focalisable, un second envoi ne part pas.',
      ),
    ),
  },
};

export const ServerError: Story = {
  name: 'Server error',
  play: submitting(company(freshSiret()), 'failed'),
  parameters: {
    ...mockApi('any:error-500'),
    ...story(
      scenarioDoc('any:error-500', 'L’envoi n’aboutit pas : « Réessayer » ; tout ce qui a été saisi est conservé, sauf les mots de passe.'),
    ),
  },
};

export const SiretAlreadyUsed: Story = {
  name: 'SIRET already registered',
  play: submitting(company(PASSPORT_DEMO_SIRET), 'failed'),
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc(
        'passport:default',
        `Le SIRET ${PASSPORT_DEMO_SIRET} est celui de l’entreprise de démonstration : le serveur répond 409, le message est sur le champ SIRET ; le reste est conservé, les mots de passe sont à ressaisir (c’est dit).`,
      ),
    ),
  },
};

export const Success: Story = {
  render: (args) => registration({ ...args, 'login-href': args['login-href'] ?? '#connexion' }),
  play: async (ctx) => {
    const stamp = Date.now().toString(36);
    await submitting(company(freshSiret(), `referent.${stamp}@carrieres-du-val.fr`), 'registered')(ctx);
  },
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc(
        'passport:default',
        'Le compte est créé : le référent reçoit un e-mail de confirmation et se connecte avec cette adresse ; `company-registered` (nom de l’entreprise et e-mail, jamais le mot de passe) et `captcha-token-used` (la page remet son étape anti-robot à zéro).',
      ),
    ),
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: showErrors,
  parameters: {
    ...mockApi('passport:default'),
    ...story(scenarioDoc('passport:default', 'Locale `en` : les erreurs en anglais, les régions par leur nom anglais.')),
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: showErrors,
  parameters: { ...mockApi('passport:default'), ...story(scenarioDoc('passport:default', 'Thème sombre (`theme="dark"`) : les erreurs.')) },
};

export const Narrow: Story = {
  name: '320 px',
  render: (args) => html`<div style="width:320px;outline:1px dashed rgb(127 127 127 / 0.5)">${registration(args)}</div>`,
  play: showErrors,
  parameters: {
    ...mockApi('passport:default'),
    ...story(
      scenarioDoc(
        'passport:default',
        'Dans un conteneur de 320 px : une colonne, les libellés longs passent à la ligne, les cibles gardent 44 px.',
      ),
    ),
  },
};
