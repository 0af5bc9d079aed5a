/**
 * RS-ONB — `<remote-onboarding>`, one story per step of each path of seed 000, the errors, fr/en,
 * dark, 320 px. The invitations are the mock's demo ones (`REMOTE_ONBOARDING_DEMO` of
 * @vigie/mock-api, one per path); the mock's data are reset each time a story is shown. The step
 * stories walk the path with a play function (on the documentation page, where play functions do
 * not run, they show the invitation). The e-mailed link is taken from the mock's outbox and given to
 * the widget's write-only `signupToken`, as the link's page would.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  createHandlers,
  REMOTE_ONBOARDING_DEMO,
  remoteOnboarding,
  type RemoteOnboardingDemoName,
  type ScenarioName,
} from '@vigie/mock-api';
import '@vigie/components/define/remote-onboarding.js';
import type { RemoteOnboarding } from '@vigie/components';
import { NOW_MS, SLOW_MS, scenarioDoc, type VigieStoryParameters } from '../support/mock.js';
import { narrow, typeInto, waitFor, widget } from '../vault/support.js';

interface OnboardingArgs {
  token?: string;
  mysecuritasTermsHref?: string;
  remoteTermsHref?: string;
  continueHref?: string;
}

const PASSWORD = 'Trois croissants au beurre';

/** The mock of a story: the scenario's handlers, fresh data each time it is shown (the onboarding lives on the server). */
function onboardingStory(scenario: ScenarioName, description: string, extra: Parameters<typeof http.post>[] = []) {
  const api = createHandlers({ scenario, now: () => NOW_MS, slowMs: SLOW_MS });
  const vigie: VigieStoryParameters = { scenario };
  return {
    loaders: [async () => (api.reset(), {})],
    parameters: {
      vigie,
      msw: { handlers: [...extra.map((a) => http.post(...a)), ...api.handlers] },
      docs: { description: { story: description } },
    },
    api,
  };
}

const render = (args: OnboardingArgs) =>
  html`<remote-onboarding
    token=${ifDefined(args.token || undefined)}
    mysecuritas-terms-href=${ifDefined(args.mysecuritasTermsHref || undefined)}
    remote-terms-href=${ifDefined(args.remoteTermsHref || undefined)}
    continue-href=${ifDefined(args.continueHref || undefined)}
  ></remote-onboarding>`;

// ── play: as a person would walk the path ───────────────────────────────────────────────────

type Stop =
  'login' | 'email' | 'check-email' | 'password' | 'terms-mysecuritas' | 'terms-remote' | 'id-pin' | 'no-id-pin' | 'contact' | 'done';

const stepOf = (el: RemoteOnboarding) => el.querySelector('.vigie-onboarding-steps li[aria-current="step"]');
const currentIs = (el: RemoteOnboarding, n: number) =>
  [...el.querySelectorAll('.vigie-onboarding-steps li')].indexOf(stepOf(el)!) === n - 1;
const press = (el: Element, selector: string) => el.querySelector<HTMLButtonElement>(selector)!.click();
const submit = (el: Element) => press(el, 'form button[type=submit]');
/** The invitation's two choices: « Oui, me connecter » first, « Non, créer un compte » second. */
const choose = (el: Element, existing: boolean) =>
  el.querySelectorAll<HTMLButtonElement>('.vigie-onboarding-choices button')[existing ? 0 : 1]!.click();

async function walk(canvasElement: HTMLElement, name: RemoteOnboardingDemoName, stop: Stop, api: ReturnType<typeof createHandlers>) {
  const demo = REMOTE_ONBOARDING_DEMO[name];
  const el = (await widget(canvasElement, 'remote-onboarding')) as RemoteOnboarding;
  await waitFor(() => currentIs(el, 1), 'the invitation', 30_000);
  choose(el, demo.user === 'existing');
  let n = 2;
  const next = async () => {
    const target = ++n;
    await waitFor(() => currentIs(el, target) || el.querySelector('.vigie-onboarding-done'), `step ${target}`, 30_000);
  };
  if (demo.user === 'existing') {
    await waitFor(() => currentIs(el, 2), 'the log-in', 30_000);
    if (stop === 'login') return;
    await typeInto(el, { email: demo.account!.email, password: demo.account!.password });
    submit(el);
    await next();
  } else {
    await waitFor(() => currentIs(el, 2), 'the e-mail', 30_000);
    if (stop === 'email') return;
    await typeInto(el, { email: demo.invitee.email });
    submit(el);
    await next();
    if (stop === 'check-email') return;
    const link = remoteOnboarding(api.remote)
      .outbox()
      .filter((m) => m.kind === 'signup-link')
      .at(-1);
    if (link?.kind === 'signup-link') el.signupToken = link.token;
    await next();
    if (stop === 'password') return;
    await typeInto(el, { password: PASSWORD, confirmation: PASSWORD });
    submit(el);
    await next();
    await typeInto(el, { password: PASSWORD });
    submit(el);
    await next();
    if (stop === 'terms-mysecuritas') return;
    for (const _ of [1, 2]) {
      if (_ === 2 && stop === 'terms-remote') return;
      const box = await waitFor(() => el.querySelector<HTMLInputElement>('input[type=checkbox]'), 'the box');
      box.click();
      submit(el);
      await next();
    }
  }
  if (demo.kind === 'id-pin') {
    if (stop === 'id-pin') return;
    if (demo.user === 'new') {
      press(el, '.vigie-onboarding-step .vigie-onboarding-link');
      await waitFor(() => el.querySelector('[data-focus="no-id-pin"]'), 'the question');
      if (stop === 'no-id-pin') return;
      press(el, '.vigie-onboarding-question-box .vigie-button');
    } else {
      await typeInto(el, { id: demo.idPin!.id, pin: demo.idPin!.pin });
      submit(el);
    }
    await next();
  }
  if (stop === 'contact') return;
  submit(el);
  await waitFor(() => el.querySelector('.vigie-onboarding-done'), 'the success');
}

/** A story walking `name`'s path to `stop`. */
function step(name: RemoteOnboardingDemoName, stop: Stop, note: string): Story {
  const demo = REMOTE_ONBOARDING_DEMO[name];
  const { api, ...story } = onboardingStory(demo.scenario, scenarioDoc(demo.scenario, note));
  return { args: { token: demo.invitation }, play: ({ canvasElement }) => walk(canvasElement, name, stop, api), ...story };
}

const DEMO = REMOTE_ONBOARDING_DEMO;

const meta = {
  id: 'remote-services-remote-onboarding',
  title: 'Télésurveillance/<remote-onboarding>',
  component: 'remote-onboarding',
  tags: ['autodocs'],
  args: {
    token: DEMO['id-pin-new'].invitation,
    mysecuritasTermsHref: '#cgu-mysecuritas',
    remoteTermsHref: '#cgu-remote-services',
    continueHref: '#telesurveillance',
  },
  argTypes: {
    token: { control: 'text' },
    mysecuritasTermsHref: { control: 'text' },
    remoteTermsHref: { control: 'text' },
    continueHref: { control: 'text' },
  },
  render,
  parameters: {
    actions: { handles: ['onboarding-step-changed', 'onboarding-completed', 'onboarding-exited'] },
    docs: {
      description: {
        component:
          'RS-ONB — l’inscription à MySecuritas Remote Services depuis une invitation (seed 000) : invitation avec ID & PIN ou automatique, ' +
          'compte MySecuritas existant ou nouveau. « Étape n sur N » suit le parcours ; le serveur garde l’inscription, qui reprend où elle en était, ' +
          'même dans un autre onglet ouvert depuis le lien reçu par e-mail. Invitations de démonstration : ' +
          Object.values(DEMO)
            .map(
              (d) =>
                `\`${d.invitation}\` (${d.kind === 'id-pin' ? 'ID & PIN' : 'automatique'}, ${d.user === 'existing' ? 'compte existant' : 'nouveau compte'})`,
            )
            .join(', ') +
          `. Compte existant : ${DEMO['id-pin-existing'].account!.email} / « ${DEMO['id-pin-existing'].account!.password} » ; ID & PIN : ${DEMO['id-pin-new'].idPin!.id} / ${DEMO['id-pin-new'].idPin!.pin}.`,
      },
    },
  },
} satisfies Meta<OnboardingArgs>;

export default meta;
type Story = StoryObj<OnboardingArgs>;

export const InvitationIdPin: Story = {
  name: 'Invitation (ID & PIN)',
  ...step('id-pin-new', 'email', 'Étape 1 sur 9 : l’invitation avec ID & PIN, « Avez-vous déjà un compte MySecuritas ? ».'),
  play: undefined,
};
export const InvitationAutomatic: Story = {
  name: 'Invitation (automatic)',
  ...step('automatic-new', 'email', 'Étape 1 : l’invitation automatique (lien seul), envoyée par une collègue.'),
  args: { token: DEMO['automatic-new'].invitation },
  play: undefined,
};

// Existing account, ID & PIN: log in → ID & PIN → contact → success.
export const ExistingLogin: Story = {
  name: 'Existing · Log in',
  ...step('id-pin-existing', 'login', 'Étape 2 sur 4 : la connexion avec le compte MySecuritas existant.'),
};
export const ExistingIdPin: Story = {
  name: 'Existing · ID & PIN',
  ...step('id-pin-existing', 'id-pin', 'Étape 3 sur 4 : « Connecter l’ID et le PIN » de l’invitation.'),
};
export const ExistingContact: Story = {
  name: 'Existing · Contact details',
  ...step('id-pin-existing', 'contact', 'Étape 4 sur 4 : les coordonnées que Securitas connaît, à vérifier puis « Confirmer ».'),
};
export const ExistingSuccess: Story = {
  name: 'Existing · Success',
  ...step('id-pin-existing', 'done', 'Intégration MySecuritas terminée avec succès.'),
};
export const AutomaticExistingContact: Story = {
  name: 'Automatic existing · Contact details',
  ...step('automatic-existing', 'contact', 'Invitation automatique, compte existant : étape 3 sur 3, sans ID & PIN.'),
};

// New account, ID & PIN: e-mail → link → password → log in → terms ×2 → ID & PIN / « je suis nouveau » → contact → success.
export const NewEmail: Story = {
  name: 'New · E-mail',
  ...step('id-pin-new', 'email', 'Étape 2 sur 9 : créer le compte, son adresse e-mail.'),
};
export const NewCheckEmail: Story = {
  name: 'New · Check e-mail',
  ...step(
    'id-pin-new',
    'check-email',
    'Étape 3 sur 9 : l’e-mail est parti ; la page passe d’elle-même à la suite quand le mot de passe est choisi dans un autre onglet.',
  ),
};
export const NewPassword: Story = {
  name: 'New · Password',
  ...step('id-pin-new', 'password', 'Étape 4 sur 9 : depuis le lien reçu, le mot de passe (au moins 11 caractères).'),
};
export const NewTermsMySecuritas: Story = {
  name: 'New · MySecuritas terms',
  ...step('id-pin-new', 'terms-mysecuritas', 'Étape 6 sur 9 : les conditions générales de MySecuritas.'),
};
export const NewTermsRemote: Story = {
  name: 'New · Remote Services terms',
  ...step('id-pin-new', 'terms-remote', 'Étape 7 sur 9 : les conditions générales de Remote Services.'),
};
export const NewIdPin: Story = {
  name: 'New · ID & PIN',
  ...step('id-pin-new', 'id-pin', 'Étape 8 sur 9 : l’ID & PIN, ou « Je n’ai pas d’ID & PIN ».'),
};
export const NewNoIdPin: Story = {
  name: 'New · No ID & PIN',
  ...step('id-pin-new', 'no-id-pin', '« Êtes-vous un nouvel utilisateur ? » → « Oui, je suis nouveau ».'),
};
export const NewContact: Story = { name: 'New · Contact details', ...step('id-pin-new', 'contact', 'Étape 9 sur 9 : les coordonnées.') };
export const NewSuccess: Story = { name: 'New · Success', ...step('id-pin-new', 'done', 'Le nouveau compte est inscrit.') };
export const AutomaticNewContact: Story = {
  name: 'Automatic new · Contact details',
  ...step('automatic-new', 'contact', 'Invitation automatique, nouveau compte : 8 étapes, sans ID & PIN.'),
};

// ── states and errors ───────────────────────────────────────────────────────────────────────

export const NoToken: Story = {
  name: 'No token',
  args: { token: '' },
  ...onboardingStory('remote:default', 'Sans lien d’invitation : comment commencer.'),
};
export const Loading: Story = {
  args: { token: DEMO['automatic-new'].invitation },
  ...onboardingStory('any:slow', scenarioDoc('any:slow', 'Le chargement de l’invitation.')),
};
export const Error500: Story = {
  name: 'Error 500',
  args: { token: DEMO['automatic-new'].invitation },
  ...onboardingStory('any:error-500', scenarioDoc('any:error-500', 'L’invitation ne se charge pas : l’erreur et « Réessayer ».')),
};
export const ExpiredInvitation: Story = {
  name: 'Expired invitation',
  args: { token: 'rsinv-demo-expired-0Zz0Zz' },
  ...onboardingStory('remote:default', 'L’invitation a expiré : en demander une nouvelle.'),
};
export const WrongPassword: Story = {
  name: 'Wrong password',
  ...(() => {
    const s = step('automatic-existing', 'login', 'Un mauvais mot de passe : le message, l’adresse gardée, le mot de passe à retaper.');
    return {
      ...s,
      play: async (ctx: { canvasElement: HTMLElement }) => {
        await s.play!(ctx as never);
        const el = ctx.canvasElement.querySelector<RemoteOnboarding>('remote-onboarding')!;
        await typeInto(el, { email: DEMO['automatic-existing'].account!.email, password: 'pas le bon' });
        submit(el);
        await waitFor(() => el.querySelector('[role=alert]'), 'the refusal');
      },
    };
  })(),
};
export const TooManyAttempts: Story = {
  name: 'Too many attempts',
  ...(() => {
    const demo = DEMO['automatic-existing'];
    const { api, ...story } = onboardingStory(
      demo.scenario,
      'Trop de tentatives : le serveur fait attendre (429), l’heure à partir de laquelle réessayer.',
      [
        [
          '*/api/remote/onboarding/login',
          () =>
            HttpResponse.json(
              { type: '/problems/too-many-attempts', title: 'Too many attempts', status: 429, retryAfter: 600 },
              { status: 429, headers: { 'Retry-After': '600' } },
            ),
        ],
      ],
    );
    return {
      ...story,
      args: { token: demo.invitation },
      play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
        await walk(canvasElement, 'automatic-existing', 'login', api);
        const el = canvasElement.querySelector<RemoteOnboarding>('remote-onboarding')!;
        await typeInto(el, { email: demo.account!.email, password: demo.account!.password });
        submit(el);
        await waitFor(() => el.querySelector('[role=alert]'), 'the wait');
      },
    };
  })(),
};

export const English: Story = { globals: { locale: 'en' }, ...step('id-pin-new', 'password', 'Locale `en` : « Step 4 of 9 ».') };
export const Dark: Story = { globals: { theme: 'dark' }, ...step('id-pin-existing', 'id-pin', 'Thème sombre.') };
export const Narrow: Story = {
  render: (args) => narrow(render(args)),
  ...step('id-pin-new', 'contact', 'Dans un conteneur de 320 px : les étapes en pastilles, leurs noms pour les lecteurs d’écran.'),
};
