/**
 * SR-PROFILES — `<user-profiles>`, one story per state, against the mock (`register:default`: seven
 * users of Résidence Les Tilleuls, four profiles « Gardien », « Gestionnaire technique »,
 * « Direction », « Sécurité incendie »; Sophie Lefèvre, Amélie Roux and Julien Moreau keep their
 * own rights). The `play` functions open the editor and fill it as a person would see it.
 */
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@vigie/components/define/user-profiles.js';
import type { ScenarioName } from '@vigie/mock-api';
import { mockApi, scenarioDoc } from '../support/mock.js';

const story = (description: string) => ({ docs: { description: { story: description } } });

async function waitFor<T>(find: () => T | null | undefined, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('The story did not reach the expected state');
    await new Promise((r) => setTimeout(r, 30));
  }
}

const root = (canvas: HTMLElement) =>
  waitFor(
    () => canvas.querySelector('user-profiles')?.shadowRoot?.querySelector('table') && canvas.querySelector('user-profiles')!.shadowRoot!,
  );
const buttonNamed = (r: ParentNode, name: RegExp) =>
  waitFor(() =>
    [...r.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      name.test((b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim()),
    ),
  );
const tick = async (r: ShadowRoot, scope: string, label: RegExp) => {
  const input = await waitFor(() =>
    [...r.querySelectorAll<HTMLLabelElement>(`${scope} label`)]
      .find((l) => label.test((l.textContent ?? '').replace(/\s+/g, ' ').trim()))
      ?.querySelector('input'),
  );
  input.click();
};
const typeName = async (r: ShadowRoot, value: string) => {
  const input = await waitFor(() => r.querySelector<HTMLInputElement>('input[name="profile-name"]'));
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const chooseSource = async (r: ShadowRoot, userId: string) => {
  const select = await waitFor(() => r.querySelector<HTMLSelectElement>('select[name="profile-source"]'));
  select.value = userId;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};
const review = async (r: ShadowRoot) => (await buttonNamed(r, /^(Vérifier les changements|Review the changes)$/)).click();

/** The mock's handlers of a scenario, after the story's own. */
const withHandlers = (scenario: ScenarioName, handlers: ReturnType<typeof mockApi>['msw']['handlers']) => ({
  ...mockApi(scenario),
  msw: { handlers: [...handlers, ...mockApi(scenario).msw.handlers] },
});

/** The demo path up to the summary: a profile from Sophie Lefèvre's rights, edited, two users attached. */
async function fromSophie(canvasElement: HTMLElement) {
  const r = await root(canvasElement);
  (await buttonNamed(r, /^(Créer un profil|Create a profile)$/)).click();
  await typeName(r, 'Gestionnaire de site');
  await chooseSource(r, 'usr-sophie');
  await tick(r, 'fieldset.module:nth-of-type(4)', /^(Tout cocher|Select all)/);
  await tick(r, 'fieldset.users', /Karim Benali/);
  await tick(r, 'fieldset.users', /Amélie Roux/);
  return r;
}

const meta = {
  id: 'register-user-profiles',
  title: 'Registre de sécurité/<user-profiles>',
  component: 'user-profiles',
  tags: ['autodocs'],
  render: () => html`<user-profiles></user-profiles>`,
  parameters: {
    actions: { handles: ['profile-created', 'profile-users-attached'] },
    docs: {
      description: {
        component:
          'SR-PROFILES — « Gestion des profils utilisateurs » (seed 001) : les utilisateurs et leur profil ; l’œil montre les modules et ' +
          'droits d’un profil ; « Créer un profil » de A à Z ou à partir des droits d’un utilisateur (copiés, puis modifiés dans la grille ' +
          'modules × droits, « Tout cocher » par module) avec les utilisateurs à rattacher ; « Rattacher » ajoute des utilisateurs à un profil. ' +
          'Avant d’enregistrer, un récapitulatif dit les droits gagnés et perdus par chacun.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Loading: Story = {
  parameters: { ...mockApi('any:slow'), ...story(scenarioDoc('any:slow', 'Le chargement des utilisateurs et des profils.')) },
};

export const Error500: Story = {
  name: 'Error 500',
  parameters: {
    ...mockApi('any:error-500'),
    ...story(scenarioDoc('any:error-500', 'Les listes ne se chargent pas : l’erreur et « Réessayer ».')),
  },
};

export const Empty: Story = {
  parameters: {
    ...mockApi('register:empty'),
    ...story(scenarioDoc('register:empty', 'Aucun profil ; seule Claire Martin, avec tous les droits.')),
  },
};

export const Restricted: Story = {
  parameters: {
    ...mockApi('register:restricted'),
    ...story(scenarioDoc('register:restricted', 'Accès coupé : l’avis d’accès suspendu, aucune donnée chargée.')),
  },
};

export const UsersAndProfiles: Story = {
  name: 'Users and profiles',
  parameters: {
    ...mockApi('register:default'),
    ...story(scenarioDoc('register:default', 'Les utilisateurs, leur profil et leurs droits ; les quatre profils.')),
  },
};

export const ViewProfile: Story = {
  name: 'View a profile (the eye)',
  parameters: { ...mockApi('register:default'), ...story('L’œil de « Gardien » : ses modules et droits, ses utilisateurs.') },
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement);
    (await buttonNamed(r, /^(Voir le profil|View the profile) Gardien$/)).click();
  },
};

export const CreateFromScratch: Story = {
  name: 'Create: from A to Z',
  parameters: { ...mockApi('register:default'), ...story('« Créer un profil » : un nom, aucun droit coché, la grille des modules.') },
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement);
    (await buttonNamed(r, /^(Créer un profil|Create a profile)$/)).click();
    await typeName(r, 'Ronde de nuit');
    await tick(r, 'fieldset.module:nth-of-type(1)', /^(Consulter|View)/);
  },
};

export const CreateFromUser: Story = {
  name: 'Create: from a user’s rights',
  parameters: {
    ...mockApi('register:default'),
    ...story('À partir des droits de Sophie Lefèvre : copiés, puis « Tout cocher » des commissions ; deux utilisateurs cochés.'),
  },
  play: async ({ canvasElement }) => void (await fromSophie(canvasElement)),
};

export const Issues: Story = {
  name: 'Create: name taken, no right',
  parameters: {
    ...mockApi('register:default'),
    ...story('« Gardien » existe déjà et aucun droit n’est coché : dit à chaque champ, rien n’est envoyé.'),
  },
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement);
    (await buttonNamed(r, /^(Créer un profil|Create a profile)$/)).click();
    await typeName(r, 'gardien');
    await review(r);
  },
};

export const Summary: Story = {
  name: 'Create: the summary',
  parameters: {
    ...mockApi('register:default'),
    ...story('Le récapitulatif avant enregistrement : « Karim Benali : +9 droits », « Amélie Roux : +13 droits, −3 droits ».'),
  },
  play: async ({ canvasElement }) => review(await fromSophie(canvasElement)),
};

export const SaveFailed: Story = {
  name: 'Create: the save fails',
  parameters: {
    ...withHandlers('register:default', [
      http.post('*/api/safety-register/profiles', () =>
        HttpResponse.json(
          { type: '/problems/unavailable', title: 'Unavailable', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    ]),
    ...story('Le serveur ne répond pas : le récapitulatif le dit, les choix sont conservés, « Enregistrer » réessaie.'),
  },
  play: async ({ canvasElement }) => {
    const r = await fromSophie(canvasElement);
    await review(r);
    (await buttonNamed(r, /^(Enregistrer|Save)$/)).click();
  },
};

export const Attach: Story = {
  name: 'Attach users',
  parameters: {
    ...mockApi('register:default'),
    ...story('« Rattacher » sur « Direction » : Pierre-Antoine y est déjà ; Julien Moreau coché.'),
  },
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement);
    (await buttonNamed(r, /^(Rattacher des utilisateurs au profil|Attach users to the profile) Direction$/)).click();
    await tick(r, 'fieldset.users', /Julien Moreau/);
  },
};

export const AttachSummary: Story = {
  name: 'Attach users: the summary',
  parameters: { ...mockApi('register:default'), ...story('« Julien Moreau : +5 droits, −1 droit ».') },
  play: async ({ canvasElement }) => {
    await Attach.play!({ canvasElement } as Parameters<NonNullable<typeof Attach.play>>[0]);
    await review(await root(canvasElement));
  },
};

export const Edit: Story = {
  name: 'Edit a profile',
  parameters: {
    ...mockApi('register:default'),
    ...story(
      'L’œil de « Gardien », puis « Modifier le profil » : « Générer la synthèse » coché ; le récapitulatif dit ce que gagne Karim Benali.',
    ),
  },
  play: async ({ canvasElement }) => {
    const r = await root(canvasElement);
    (await buttonNamed(r, /^(Voir le profil|View the profile) Gardien$/)).click();
    (await buttonNamed(r, /^(Modifier le profil|Edit the profile)$/)).click();
    await tick(r, 'fieldset.module:nth-of-type(7)', /^(Générer la synthèse|Generate)/);
    await review(r);
  },
};

export const EditStale: Story = {
  name: 'Edit a profile: changed meanwhile (412)',
  parameters: {
    ...withHandlers('register:default', [
      http.put('*/api/safety-register/profiles/:id', () =>
        HttpResponse.json(
          { type: '/problems/stale-version', title: 'Stale', status: 412, currentVersion: 2 },
          { status: 412, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    ]),
    ...story('Quelqu’un a modifié le profil entre-temps : dit sur le récapitulatif, les changements sont conservés.'),
  },
  play: async (ctx) => {
    await Edit.play!(ctx);
    (await buttonNamed(await root(ctx.canvasElement), /^(Enregistrer|Save)$/)).click();
  },
};

const LONG = 'Responsable sécurité incendie et accessibilité des établissements recevant du public';
export const LongLabels: Story = {
  name: 'Long French labels',
  parameters: {
    ...withHandlers('register:default', [
      http.get('*/api/safety-register/profiles', () =>
        HttpResponse.json({
          profiles: [
            {
              id: 'prf-long',
              name: LONG.slice(0, 60),
              rights: ['interventions:consulter', 'batiment:demander', 'commissions:modifier'],
              userIds: ['usr-pierre'],
            },
          ],
        }),
      ),
      http.get('*/api/safety-register/users', () =>
        HttpResponse.json({
          users: [
            {
              id: 'usr-pierre',
              firstName: 'Pierre-Antoine',
              lastName: 'de La Fontaine-Beaulieu',
              job: 'Directeur d’exploitation multisites',
              profileId: 'prf-long',
              rights: ['interventions:consulter', 'batiment:demander', 'commissions:modifier'],
            },
            {
              id: 'usr-marie',
              firstName: 'Marie-Bernadette',
              lastName: 'Castelnau-Montmirail',
              job: LONG,
              profileId: null,
              rights: ['synthese:generer'],
            },
          ],
        }),
      ),
    ]),
    ...story('Un nom de profil de 60 caractères, des noms composés, une fonction très longue (à essayer à 360 px).'),
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { ...mockApi('register:default'), ...story('The same widget in English.') },
};

export const EnglishSummary: Story = {
  name: 'English: the summary',
  globals: { locale: 'en' },
  parameters: { ...mockApi('register:default'), ...story('The summary in English: “Karim Benali: +9 rights”.') },
  play: Summary.play,
};
