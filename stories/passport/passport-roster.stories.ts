/**
 * PP-ROSTER — `<passport-roster>`, one story per state: loading, paging progress, the demo
 * company's 40 employees, a search with results and without, sorted descending, the empty roster,
 * an error, the unblock confirmation of a blocked row, the delete confirmation, 100,000 employees,
 * without a session, in English, dark, 320 px. "Today" is 10/03/2026.
 *
 * The widget needs the referent's passport session that `<passport-login>` gives the provider. The
 * stories hand their provider the mock API's always-open demo session (`PASSPORT_DEMO_SESSION`,
 * company « Granulats Dupont SARL ») with a context request, as a widget asks for its services. The
 * mock (`passport:default`, `passport:empty-roster`, `passport:large`, `any:slow`, `any:error-500`)
 * answers as a backend would, applying core's rules. « Paging progress » holds every page after the
 * first, so the progress bar stays on screen.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { delay, http, type RequestHandler } from 'msw';
import { ContextEvent } from '@lit/context';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { RosterSortColumn, RosterSortDirection } from '@vigie/core';
import { vigieContext, type VigieServices } from '@vigie/components';
import '@vigie/components/define/passport-roster.js';
import { PASSPORT_DEMO_SESSION, type ScenarioName } from '@vigie/mock-api';
import { mockApi, scenarioDoc } from '../support/mock.js';

interface RosterArgs {
  query?: string;
  'sort-column'?: RosterSortColumn;
  'sort-direction'?: RosterSortDirection;
  'login-href'?: string;
  'hide-title'?: boolean;
  'status-filter'?: string;
  signedIn?: boolean;
}

/** Asks the enclosing provider for its services (as any widget does) and gives it the demo session. */
const withSession = ref((el?: Element) => {
  if (!el) return;
  queueMicrotask(() =>
    el.dispatchEvent(
      new ContextEvent(
        vigieContext,
        el,
        (services: VigieServices | undefined) =>
          services && services.passportSession?.token !== PASSPORT_DEMO_SESSION.token && services.setPassportSession(PASSPORT_DEMO_SESSION),
        false,
      ),
    ),
  );
});

function render(args: RosterArgs): TemplateResult {
  const roster = (session: unknown) => html`<passport-roster
    query=${ifDefined(args.query || undefined)}
    sort-column=${ifDefined(args['sort-column'])}
    sort-direction=${ifDefined(args['sort-direction'])}
    login-href=${ifDefined(args['login-href'] || undefined)}
    ?hide-title=${args['hide-title']}
    status-filter=${ifDefined(args['status-filter'])}
    ${session}
  ></passport-roster>`;
  return args.signedIn === false ? roster(undefined) : roster(withSession);
}

// ── play helpers: what a referent does ────────────────────────────────────────────────────

async function waitFor<T>(find: () => T | null | undefined | false, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('passport-roster story: the expected state did not come');
    await new Promise((r) => setTimeout(r, 30));
  }
}

const rosterIn = (canvas: HTMLElement) => waitFor(() => canvas.querySelector('passport-roster'));

/** Presses a control of the first row once the rows are in. */
const pressInFirstRow =
  (selector: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await rosterIn(canvasElement);
    const control = await waitFor(() => el.shadowRoot?.querySelector<HTMLElement>(`tbody tr:not(.spacer) ${selector}`));
    control.click();
  };

/** Every page after the first waits forever: the progress bar stays at « 5 000 salariés chargés sur 100 000 ». */
const holdLaterPages = http.get('*/api/passport/employees', async ({ request }) => {
  if (new URL(request.url).searchParams.has('cursor')) await delay('infinite');
  return undefined;
});

function story(scenario: ScenarioName, note: string, o: { timeout?: number; handlers?: readonly RequestHandler[] } = {}) {
  const base = mockApi(scenario, o.timeout ? { timeout: o.timeout } : {});
  return {
    ...base,
    msw: { handlers: [...(o.handlers ?? []), ...base.msw.handlers] },
    docs: { description: { story: scenarioDoc(scenario, note) } },
  };
}

// ── stories ───────────────────────────────────────────────────────────────────────────────

const meta = {
  id: 'passport-passport-roster',
  title: 'Passeport sécurité/<passport-roster>',
  component: 'passport-roster',
  tags: ['autodocs'],
  args: { 'login-href': '#connexion', signedIn: true },
  argTypes: {
    query: { control: 'text' },
    'sort-column': { control: 'select', options: ['firstName', 'lastName', 'profile', 'passport', 'state', 'expiresOn'] },
    'sort-direction': { control: 'inline-radio', options: ['ascending', 'descending'] },
    'login-href': { control: 'text' },
    'hide-title': { control: 'boolean' },
    'status-filter': { control: 'select', options: ['all', 'active', 'blocked', 'expired', 'expiring', 'not-started'] },
    signedIn: { control: false, table: { disable: true } },
  },
  render,
  parameters: {
    ...story('passport:default', ''),
    actions: {
      handles: [
        'employee-edit-requested',
        'employee-enrollment-requested',
        'employee-deleted',
        'employee-unblocked',
        'employee-enrolled',
        'employee-updated',
        'passport-login-requested',
        'passport-view-requested',
      ],
    },
    docs: {
      description: {
        component:
          'PP-ROSTER — « Salariés inscrits de l’entreprise » (seed 004) : « Rechercher un salarié… » (accents et majuscules ignorés), tri sur chaque ' +
          'colonne, « Prénom | Nom | Profil | Passeport sécurité | État | Expiration | Actions », « Voir le passeport », « Actif » / « Bloqué » / « — », ' +
          'le crayon « Modifier » et la corbeille « Supprimer ». « Bloqué » débloque le compte après confirmation ; la corbeille demande « Supprimer le ' +
          'profil » avec ses conséquences ; « Inscrire un nouveau salarié » et le crayon ouvrent `<employee-enrollment>` dans une boîte de dialogue. ' +
          'Fluide à 100 000 salariés : chargement page par page avec une barre de progression, un vrai `<table>` dont seules les lignes visibles sont ' +
          'dans le DOM. Sans API : la propriété `rows`.',
      },
    },
  },
} satisfies Meta<RosterArgs>;

export default meta;
type Story = StoryObj<RosterArgs>;

export const Loading: Story = {
  parameters: story(
    'any:slow',
    'Connecté ; la première page arrive au bout de 10 minutes : « Chargement des salariés… » et un squelette.',
    { timeout: 15 * 60_000 },
  ),
};

export const PagingProgress: Story = {
  name: 'Paging progress',
  parameters: story(
    'passport:large',
    'La première page (5 000 salariés) est arrivée, les suivantes tardent : la barre de progression « 5 000 salariés chargés sur 100 000 » ; la liste se cherche et se trie déjà.',
    { handlers: [holdLaterPages] },
  ),
};

export const Default: Story = {
  parameters: story('passport:default', 'Les 40 salariés de l’entreprise de démonstration, triés par nom ; John WEST est bloqué.'),
};

export const SearchWithResults: Story = {
  name: 'Search with results',
  args: { query: 'helene' },
  parameters: story('passport:default', '« helene » trouve « Hélène » : accents et majuscules ignorés.'),
};

export const NoResult: Story = {
  name: 'No result',
  args: { query: 'zzz' },
  parameters: story('passport:default', 'Aucun salarié ne correspond : le message et « Effacer la recherche ».'),
};

export const SortedDescending: Story = {
  name: 'Sorted by first name, descending',
  args: { 'sort-column': 'firstName', 'sort-direction': 'descending' },
  parameters: story('passport:default', 'Tri décroissant sur « Prénom » : `aria-sort="descending"` et la flèche vers le bas.'),
};

export const EmptyRoster: Story = {
  name: 'Empty roster',
  parameters: story('passport:empty-roster', '« Aucun salarié inscrit » et « Inscrire un nouveau salarié ».'),
};

export const ErrorState: Story = {
  name: 'Error 500',
  parameters: story('any:error-500', 'Après les nouvelles tentatives du client, l’erreur avec « Réessayer ».'),
};

export const UnblockConfirmation: Story = {
  name: 'Blocked row: unblock confirmation',
  args: { query: 'john west' },
  parameters: story(
    'passport:default',
    'John WEST est « Bloqué » ; un clic sur « Bloqué » demande confirmation avant de débloquer son compte.',
  ),
  play: pressInFirstRow('[data-action=unblock]'),
};

export const PassportDialog: Story = {
  name: '« Voir le passeport »: the passport over the list',
  args: { query: 'hélène lefèvre' },
  parameters: story(
    'passport:default',
    '« Voir le passeport » ouvre `<passport-view>` dans une boîte de dialogue au-dessus de la liste (événement annulable `passport-view-requested`) : la page n’est jamais quittée.',
  ),
  play: pressInFirstRow('[data-action=passport]'),
};

export const DeleteConfirmation: Story = {
  name: 'Delete confirmation',
  args: { query: 'sébastien petit' },
  parameters: story(
    'passport:default',
    '« Supprimer le profil » : la question du seed et les conséquences (certificat, accès aux sites) ; « Annuler » a le focus.',
  ),
  play: pressInFirstRow('[data-action=delete]'),
};

export const HundredThousand: Story = {
  name: '100,000 employees',
  parameters: story(
    'passport:large',
    '100 000 salariés chargés en 20 pages de 5 000 ; la recherche et le tri restent immédiats, le DOM ne garde que les lignes visibles.',
  ),
};

export const SignedOut: Story = {
  name: 'Signed out',
  args: { signedIn: false },
  parameters: story(
    'passport:default',
    'Sans session du référent : l’invitation à se connecter (`login-href`, événement annulable `passport-login-requested`).',
  ),
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: story('passport:default', 'Locale `en`.'),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: story('passport:default', 'Thème sombre (`theme="dark"`).'),
};

export const Narrow: Story = {
  name: '320 px',
  render: (args) => html`<div style="width:320px;outline:1px dashed rgb(127 127 127 / 0.5)">${render(args)}</div>`,
  parameters: story(
    'passport:default',
    'Dans un conteneur de 320 px : chaque ligne empile ses cellules (le tableau reste un tableau) ; « Trier par » et « Ordre » remplacent les en-têtes.',
  ),
};

export const Expired: Story = {
  name: 'Filter: expired',
  args: { 'status-filter': 'expired' },
  parameters: story(
    'passport:default',
    'Le filtre « Expirés » : les sensibilisations dont la date d’expiration est passée (2023, 2025…) disent « Expiré », avec une icône ; chaque filtre dit son nombre.',
  ),
};

export const ExpiringSoon: Story = {
  name: 'Filter: expiring soon',
  args: { 'status-filter': 'expiring' },
  parameters: story('passport:default', '« Expire bientôt » : dans les 30 jours (`EXPIRY_WARNING_DAYS`).'),
};

export const BlockedAlert: Story = {
  name: 'Blocked accounts: alert and filter',
  args: { 'status-filter': 'blocked' },
  parameters: story(
    'passport:default',
    'PP-BLOCK : l’alerte du référent dans la page (« 1 compte bloqué », le module et la date), le résumé, et le filtre « Bloqués » ; la ligne dit le module et le jour du blocage. La liste se met à jour seule quand l’onglet redevient visible et toutes les 2 minutes.',
  ),
};
