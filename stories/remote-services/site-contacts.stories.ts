/**
 * RS-CONTACTS — `<site-contacts>`, one story per state and per flow step. "Today" is 10/03/2026; the
 * contacts come from the mock API (`remote:default`, the site « site-04 » has one contact in each
 * invitation state) or from a story handler.
 */
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@vigie/components/define/site-contacts.js';
import { generateRemoteData, type ScenarioName } from '@vigie/mock-api';
import type { PermissionLevel } from '@vigie/core';
import { NOW_MS, mockApi, scenarioDoc } from '../support/mock.js';

interface ContactsArgs {
  siteId: string;
}

const story = (description: string) => ({ docs: { description: { story: description } } });

/** The mock's handlers of a scenario, after the story's own. */
const withHandlers = (scenario: ScenarioName, handlers: ReturnType<typeof mockApi>['msw']['handlers']) => ({
  ...mockApi(scenario),
  msw: { handlers: [...handlers, ...mockApi(scenario).msw.handlers] },
});

/** The site's contacts as the demo data has them, for a caller of `permission`. */
const contactsAs = (permission: PermissionLevel, siteId = 'site-04') =>
  http.get('*/api/remote/sites/:siteId/contacts', () =>
    HttpResponse.json({
      siteId,
      caller: { permission, contactId: null },
      contacts: generateRemoteData('default', NOW_MS).contacts.filter((c) => c.siteId === siteId),
    }),
  );

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
    () =>
      canvas.querySelector('site-contacts')?.shadowRoot?.querySelector('.contacts') && canvas.querySelector('site-contacts')!.shadowRoot!,
  );
const press = async (canvas: HTMLElement, label: RegExp, nth = 0) => {
  const r = await root(canvas);
  const buttons = [...r.querySelectorAll<HTMLButtonElement>('button')].filter((b) =>
    label.test((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
  );
  buttons[nth]!.click();
  return waitFor(() => r.querySelector<HTMLDialogElement>('dialog[open]'));
};
const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};

const meta = {
  id: 'remote-services-site-contacts',
  title: 'Télésurveillance/<site-contacts>',
  component: 'site-contacts',
  tags: ['autodocs'],
  args: { siteId: 'site-04' },
  argTypes: { siteId: { control: 'text' } },
  render: (args) => html`<site-contacts site-id=${args.siteId}></site-contacts>`,
  parameters: {
    docs: {
      description: {
        component:
          'RS-CONTACTS — les contacts d’un site : niveau d’autorisation, informations personnelles et accès à MySecuritas ' +
          '(non invité, invitation envoyée avec sa date de fin, expirée, accès accordé : texte et icône). Selon le niveau de la personne connectée : ' +
          'modifier les informations tant que l’accès n’est pas accordé, changer un niveau (descriptions des niveaux à côté du choix, seuls les niveaux ' +
          'qu’elle peut accorder), inviter un collègue par e-mail avec un niveau, accorder l’accès, renvoyer une invitation (valable 7 jours). ' +
          'Une notification dit si chaque changement a réussi. Le comportement est la machine `contactsFlow` du cœur.',
      },
    },
  },
} satisfies Meta<ContactsArgs>;

export default meta;
type Story = StoryObj<ContactsArgs>;

export const EveryInvitationState: Story = {
  name: 'Every invitation state',
  parameters: {
    ...mockApi('remote:default'),
    ...story(
      scenarioDoc(
        'remote:default',
        'Le site 4 : accès accordé, invitation envoyée (valable jusqu’au 15/03/2026), invitation expirée, non invité (avec et sans adresse e-mail). La personne connectée est administratrice.',
      ),
    ),
  },
};

export const Editing: Story = {
  name: 'Editing personal data (field error)',
  parameters: {
    ...mockApi('remote:default'),
    ...story(
      scenarioDoc(
        'remote:default',
        '« Modifier » sur une invitation expirée : un téléphone qui n’est pas français est refusé, le champ garde la saisie et dit quoi corriger.',
      ),
    ),
  },
  play: async ({ canvasElement }) => {
    const dialog = await press(canvasElement, /^Modifier les informations/, 1);
    type(dialog.querySelector<HTMLInputElement>('input[type=tel]')!, '12 34');
    dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => dialog.querySelector('.field.invalid'));
  },
};

export const SaveFailed: Story = {
  name: 'Editing, save failed',
  parameters: {
    ...withHandlers('remote:default', [
      http.put('*/api/remote/sites/:siteId/contacts/:contactId', () =>
        HttpResponse.json(
          { type: '/problems/contact-locked', title: 'Locked', status: 409 },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    ]),
    ...story(
      scenarioDoc(
        'remote:default',
        'La personne a accepté son invitation entre-temps (409 `contact-locked`) : la raison dans la fenêtre et dans une notification, la saisie est gardée.',
      ),
    ),
  },
  play: async ({ canvasElement }) => {
    const dialog = await press(canvasElement, /^Modifier les informations/, 0);
    type(dialog.querySelector<HTMLInputElement>('input[id$=-lastName]')!, 'Duval-Martin');
    dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => dialog.querySelector('.dialog-failure'));
  },
};

export const ChangingLevel: Story = {
  name: 'Changing a level',
  parameters: {
    ...mockApi('remote:default'),
    ...story(scenarioDoc('remote:default', '« Changer le niveau » : chaque niveau avec sa description, le niveau actuel indiqué.')),
  },
  play: async ({ canvasElement }) => {
    await press(canvasElement, /^Changer le niveau/, 2);
  },
};

export const ManagerCaller: Story = {
  name: 'Caller is a manager',
  parameters: {
    ...withHandlers('remote:default', [contactsAs('manager')]),
    ...story(
      scenarioDoc(
        'remote:default',
        'Gestionnaire sur ce site : il ne peut ni accorder le niveau Administrateur, ni changer celui d’un administrateur (RS-CONTACTS-GRANT, RS-CONTACTS-CHANGE).',
      ),
    ),
  },
  play: async ({ canvasElement }) => {
    await press(canvasElement, /^Changer le niveau/, 0);
  },
};

export const ViewerReadOnly: Story = {
  name: 'Caller is a viewer (read only)',
  parameters: {
    ...withHandlers('remote:default', [contactsAs('viewer')]),
    ...story(scenarioDoc('remote:default', 'Lecteur : la liste seulement, et pourquoi.')),
  },
};

export const Inviting: Story = {
  name: 'Inviting a colleague',
  parameters: {
    ...mockApi('remote:default'),
    ...story(scenarioDoc('remote:default', '« Inviter un collègue » : prénom, nom, adresse e-mail et niveau (Lecteur par défaut).')),
  },
  play: async ({ canvasElement }) => {
    const dialog = await press(canvasElement, /^Inviter un collègue/);
    type(dialog.querySelector<HTMLInputElement>('input[id$=-firstName]')!, 'Zoé');
    type(dialog.querySelector<HTMLInputElement>('input[id$=-lastName]')!, 'Girard');
    type(dialog.querySelector<HTMLInputElement>('input[type=email]')!, 'zoe.girard@exemple.fr');
  },
};

export const InvitingErrors: Story = {
  name: 'Inviting, field errors',
  parameters: {
    ...mockApi('remote:default'),
    ...story(scenarioDoc('remote:default', 'Envoyer sans rien remplir : chaque champ dit ce qui manque, le focus va au premier.')),
  },
  play: async ({ canvasElement }) => {
    const dialog = await press(canvasElement, /^Inviter un collègue/);
    dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => dialog.querySelector('.error-count'));
  },
};

export const Loading: Story = {
  parameters: {
    ...mockApi('any:slow', { timeout: 15 * 60_000 }),
    ...story(scenarioDoc('any:slow', 'L’API répond au bout de 10 minutes : indicateur et squelette.')),
  },
};

export const Empty: Story = {
  parameters: {
    ...withHandlers('remote:default', [
      http.get('*/api/remote/sites/:siteId/contacts', () =>
        HttpResponse.json({ siteId: 'site-04', caller: { permission: 'administrator', contactId: null }, contacts: [] }),
      ),
    ]),
    ...story('Un site sans contact : le dire, et proposer d’inviter un collègue.'),
  },
};

export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  parameters: { ...mockApi('any:error-500'), ...story(scenarioDoc('any:error-500', 'Le chargement échoue : la raison et « Réessayer ».')) },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { ...mockApi('remote:default'), ...story(scenarioDoc('remote:default', 'Locale `en`.')) },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: { ...mockApi('remote:default'), ...story(scenarioDoc('remote:default', 'Thème sombre.')) },
};

export const Narrow: Story = {
  name: 'Narrow (360 px)',
  render: (args) =>
    html`<div style="width:360px;outline:1px dashed rgb(127 127 127 / 0.5)"><site-contacts site-id=${args.siteId}></site-contacts></div>`,
  parameters: {
    ...mockApi('remote:default'),
    ...story(scenarioDoc('remote:default', '360 px : chaque libellé au-dessus de sa valeur, une action par ligne.')),
  },
};
