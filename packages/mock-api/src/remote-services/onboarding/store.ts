/**
 * RS-ONB — the mock's onboarding state (a part of the Remote Services store: `remote.part('onboarding')`)
 * and its rules, as a real backend applies them:
 *
 * - the server holds each invitation's onboarding: what the person chose, the e-mail sent, the
 *   password set, the terms accepted, the ID & PIN connected, the contact details confirmed; every
 *   answer is the whole status, so the widget resumes anywhere (another tab included);
 * - no enumeration: « Créez un nouveau compte » answers the same for an e-mail that already has an
 *   account (its owner is e-mailed « you already have an account » instead of a link);
 * - log-ins are throttled per e-mail with the passport's rule (core `passport/throttle.ts`), known
 *   and unknown e-mails alike; ID & PIN attempts per invitation with the same rule;
 * - new passwords go through the one server check (`shared/new-password.ts`);
 * - what a real service would e-mail goes to the {@link RemoteOnboardingMock.outbox}.
 *
 * Every scenario holds the four demo invitations ({@link REMOTE_ONBOARDING_DEMO}), so their links
 * work whatever scenario the demo runs; the `remote:onboarding-*` scenarios name theirs.
 */
import {
  contactIssues,
  decideThrottledLogin,
  EMPTY_THROTTLE,
  onboardingIdOf,
  retryAfterSeconds,
  sameEmail,
  type InvitationKind,
  type OnboardingContact,
  type OnboardingStatus,
  type OnboardingTerms,
  type PasswordRefusal,
  type ThrottleState,
} from '@vigie/core';
import { newPasswordIssues } from '../../shared/new-password.js';
import type { RemoteStore } from '../store.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** How long an invitation can be used (demo). */
export const INVITATION_VALID_DAYS = 30;
/** How long the e-mailed link to set the password works. */
export const SIGNUP_LINK_VALID_HOURS = 24;

/** The demo's existing MySecuritas account (both « existing account » scenarios). */
export const REMOTE_ONBOARDING_DEMO_ACCOUNT = {
  email: 'claire.martin@transports-martin.fr',
  password: 'Le camion bleu roule la nuit',
  firstName: 'Claire',
  lastName: 'Martin',
  phone: '06 12 34 56 78',
} as const;

/** The ID & PIN printed on the demo's ID & PIN invitations. */
export const REMOTE_ONBOARDING_DEMO_ID_PIN = { id: '4020 9876', pin: '2468' } as const;

export type RemoteOnboardingDemoName = 'id-pin-existing' | 'id-pin-new' | 'automatic-existing' | 'automatic-new';

export interface RemoteOnboardingDemo {
  /** The scenario that is about this invitation. */
  readonly scenario: `remote:onboarding-${RemoteOnboardingDemoName}`;
  /** The invitation link's token (`?rs-invitation=…`). */
  readonly invitation: string;
  readonly kind: InvitationKind;
  readonly user: 'existing' | 'new';
  /** Who sent it. */
  readonly invitedBy: string;
  /** The person Securitas invited (their contact details to check). */
  readonly invitee: { readonly firstName: string; readonly lastName: string; readonly email: string; readonly phone: string };
  /** The existing account to log in with (existing-account invitations). */
  readonly account?: typeof REMOTE_ONBOARDING_DEMO_ACCOUNT;
  /** The ID & PIN of the invitation (ID & PIN invitations). */
  readonly idPin?: typeof REMOTE_ONBOARDING_DEMO_ID_PIN;
}

/** RS-ONB: the four demo invitations, one per path of seed 000 (for the demo, the stories and the tests). */
export const REMOTE_ONBOARDING_DEMO: Readonly<Record<RemoteOnboardingDemoName, RemoteOnboardingDemo>> = {
  'id-pin-existing': {
    scenario: 'remote:onboarding-id-pin-existing',
    invitation: 'rsinv-demo-idpin-existing-7Kq2Xw',
    kind: 'id-pin',
    user: 'existing',
    invitedBy: 'Securitas',
    invitee: { firstName: 'Claire', lastName: 'Martin', email: REMOTE_ONBOARDING_DEMO_ACCOUNT.email, phone: '06 12 34 56 78' },
    account: REMOTE_ONBOARDING_DEMO_ACCOUNT,
    idPin: REMOTE_ONBOARDING_DEMO_ID_PIN,
  },
  'id-pin-new': {
    scenario: 'remote:onboarding-id-pin-new',
    invitation: 'rsinv-demo-idpin-new-3Fp9Lc',
    kind: 'id-pin',
    user: 'new',
    invitedBy: 'Securitas',
    invitee: { firstName: 'Karim', lastName: 'Benali', email: 'karim.benali@boulangerie-benali.fr', phone: '07 98 76 54 32' },
    idPin: REMOTE_ONBOARDING_DEMO_ID_PIN,
  },
  'automatic-existing': {
    scenario: 'remote:onboarding-automatic-existing',
    invitation: 'rsinv-demo-auto-existing-9Hd4Rt',
    kind: 'automatic',
    user: 'existing',
    invitedBy: 'Sophie Lefèvre',
    invitee: { firstName: 'Claire', lastName: 'Martin', email: REMOTE_ONBOARDING_DEMO_ACCOUNT.email, phone: '06 12 34 56 78' },
    account: REMOTE_ONBOARDING_DEMO_ACCOUNT,
  },
  'automatic-new': {
    scenario: 'remote:onboarding-automatic-new',
    invitation: 'rsinv-demo-auto-new-5Ms8Vb',
    kind: 'automatic',
    user: 'new',
    invitedBy: 'Sophie Lefèvre',
    invitee: { firstName: 'Élodie', lastName: 'Rousseau', email: 'elodie.rousseau@pharmacie-du-port.fr', phone: '' },
  },
};

/** The demo invitation a scenario is about (the `remote:onboarding-*` ones), if any. */
export function remoteOnboardingDemoOf(scenario: string): RemoteOnboardingDemo | undefined {
  return Object.values(REMOTE_ONBOARDING_DEMO).find((d) => d.scenario === scenario);
}

/** What the mock would have e-mailed. */
export type RemoteOnboardingOutboxMessage =
  /** « Créez un nouveau compte »: the link to set the password (`?rs-signup=<token>`). */
  | { readonly kind: 'signup-link'; readonly to: string; readonly token: string; readonly at: string }
  /** The same request for an address that already has an account: no link, « log in with it ». */
  | { readonly kind: 'account-exists'; readonly to: string; readonly at: string }
  /** The onboarding is complete. */
  | { readonly kind: 'welcome'; readonly to: string; readonly at: string };

interface Account {
  readonly email: string;
  password: string;
  firstName: string;
  lastName: string;
  phone: string;
}

interface Onboarding {
  readonly token: string;
  readonly kind: InvitationKind;
  readonly invitedBy: string;
  readonly expiresAt: number;
  readonly idPin?: { readonly id: string; readonly pin: string };
  user: 'unknown' | 'existing' | 'new';
  email: string | null;
  emailSent: boolean;
  passwordSet: boolean;
  terms: { mysecuritas: boolean; remoteServices: boolean };
  idPinState: OnboardingStatus['idPin'];
  completed: boolean;
  /** What Securitas knows of the person, then what they confirmed. */
  contact: OnboardingContact;
}

interface SignupLink {
  readonly invitation: string;
  readonly email: string;
  readonly expiresAt: number;
  used: boolean;
}

interface State {
  readonly accounts: Map<string, Account>;
  readonly onboardings: Map<string, Onboarding>;
  readonly links: Map<string, SignupLink>;
  readonly sessions: Map<string, { readonly invitation: string; readonly email: string }>;
  loginThrottle: ThrottleState;
  idPinThrottle: ThrottleState;
  readonly outbox: RemoteOnboardingOutboxMessage[];
}

const key = (email: string) => email.trim().toLowerCase();

function init(remote: RemoteStore): State {
  const now = remote.now();
  const account: Account = { ...REMOTE_ONBOARDING_DEMO_ACCOUNT };
  const state: State = {
    accounts: new Map([[key(account.email), account]]),
    onboardings: new Map(),
    links: new Map(),
    sessions: new Map(),
    loginThrottle: EMPTY_THROTTLE,
    idPinThrottle: EMPTY_THROTTLE,
    outbox: [],
  };
  for (const demo of Object.values(REMOTE_ONBOARDING_DEMO)) {
    state.onboardings.set(demo.invitation, {
      token: demo.invitation,
      kind: demo.kind,
      invitedBy: demo.invitedBy,
      expiresAt: now + INVITATION_VALID_DAYS * DAY,
      ...(demo.idPin ? { idPin: { id: onboardingIdOf(demo.idPin.id), pin: demo.idPin.pin } } : {}),
      user: 'unknown',
      email: null,
      emailSent: false,
      passwordSet: false,
      terms: { mysecuritas: false, remoteServices: false },
      idPinState: demo.kind === 'id-pin' ? 'pending' : 'not-needed',
      completed: false,
      contact: { ...demo.invitee },
    });
  }
  // An expired invitation, for the stories and tests of that end.
  state.onboardings.set(REMOTE_ONBOARDING_EXPIRED_INVITATION, {
    ...state.onboardings.get(REMOTE_ONBOARDING_DEMO['automatic-new'].invitation)!,
    token: REMOTE_ONBOARDING_EXPIRED_INVITATION,
    expiresAt: now - DAY,
  });
  return state;
}

/** An invitation past its validity in every scenario (stories, tests). */
export const REMOTE_ONBOARDING_EXPIRED_INVITATION = 'rsinv-demo-expired-0Zz0Zz';

/** The answers of the onboarding's rules (the routes turn them into responses). */
export type Refusal =
  | { readonly kind: 'invitation-unknown' }
  | { readonly kind: 'invitation-expired' }
  | { readonly kind: 'link-unknown' }
  | { readonly kind: 'link-expired' }
  | { readonly kind: 'link-used' }
  | { readonly kind: 'invalid-credentials' }
  | { readonly kind: 'too-many-attempts'; readonly retryAfter: number }
  | { readonly kind: 'session-required' }
  | { readonly kind: 'step-not-allowed' }
  | { readonly kind: 'password-policy'; readonly issues: readonly PasswordRefusal[] }
  | { readonly kind: 'id-pin-refused' }
  | { readonly kind: 'validation'; readonly errors: readonly { readonly field: string; readonly issue: string }[] };

export type Outcome<T> = { readonly ok: T } | { readonly refused: Refusal };

export interface RemoteOnboardingMock {
  status(invitation: string): Outcome<OnboardingStatus>;
  resume(signupToken: string): Outcome<{ invitation: string; status: OnboardingStatus }>;
  signUp(invitation: string, email: string): Outcome<OnboardingStatus>;
  setPassword(signupToken: string, password: string): Outcome<OnboardingStatus>;
  logIn(invitation: string, email: string, password: string): Outcome<{ session: string; status: OnboardingStatus }>;
  acceptTerms(session: string | undefined, terms: OnboardingTerms): Outcome<OnboardingStatus>;
  connectIdPin(session: string | undefined, id: string, pin: string): Outcome<OnboardingStatus>;
  declareNewUser(session: string | undefined): Outcome<OnboardingStatus>;
  confirmContact(session: string | undefined, contact: OnboardingContact): Outcome<OnboardingStatus>;
  /** What a real service would have e-mailed, oldest first. */
  outbox(): readonly RemoteOnboardingOutboxMessage[];
  /** Ends every onboarding session (tests: « log in again »). */
  endSessions(): void;
}

let sequence = 0;
const newToken = (prefix: string) => {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `${prefix}-${(++sequence).toString(36)}${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
};

/** The onboarding mock of a Remote Services store (one per scenario store). */
export function remoteOnboarding(remote: RemoteStore): RemoteOnboardingMock {
  return remote.part('onboarding', () => createMock(remote, init(remote)));
}

function createMock(remote: RemoteStore, s: State): RemoteOnboardingMock {
  const now = () => remote.now();
  const iso = () => new Date(now()).toISOString();

  const statusOf = (o: Onboarding, withContact: boolean): OnboardingStatus => ({
    kind: o.kind,
    invitedBy: o.invitedBy,
    expiresAt: new Date(o.expiresAt).toISOString(),
    completed: o.completed,
    user: o.user,
    email: o.email,
    emailSent: o.emailSent,
    passwordSet: o.passwordSet,
    terms: { ...o.terms },
    idPin: o.idPinState,
    contact: withContact ? { ...o.contact } : null,
  });

  const invitation = (token: string): Outcome<Onboarding> => {
    const o = s.onboardings.get(token);
    if (!o) return { refused: { kind: 'invitation-unknown' } };
    if (!o.completed && now() >= o.expiresAt) return { refused: { kind: 'invitation-expired' } };
    return { ok: o };
  };

  const bySession = (token: string | undefined): Outcome<Onboarding> => {
    const session = token ? s.sessions.get(token) : undefined;
    const o = session && s.onboardings.get(session.invitation);
    if (!o) return { refused: { kind: 'session-required' } };
    if (o.completed) return { refused: { kind: 'step-not-allowed' } };
    return { ok: o };
  };

  const link = (token: string): Outcome<SignupLink> => {
    const l = s.links.get(token);
    if (!l) return { refused: { kind: 'link-unknown' } };
    if (now() >= l.expiresAt) return { refused: { kind: 'link-expired' } };
    return { ok: l };
  };

  /** The steps a new account goes through before the ID & PIN and the contact details. */
  const termsDone = (o: Onboarding) => o.user !== 'new' || (o.terms.mysecuritas && o.terms.remoteServices);

  return {
    status(token) {
      const o = invitation(token);
      return 'refused' in o ? o : { ok: statusOf(o.ok, false) };
    },

    resume(token) {
      const l = link(token);
      if ('refused' in l) return l;
      const o = invitation(l.ok.invitation);
      return 'refused' in o ? o : { ok: { invitation: o.ok.token, status: statusOf(o.ok, false) } };
    },

    signUp(token, email) {
      const found = invitation(token);
      if ('refused' in found) return found;
      const o = found.ok;
      if (o.completed || o.passwordSet) return { refused: { kind: 'step-not-allowed' } };
      o.user = 'new';
      o.email = email.trim();
      o.emailSent = true;
      o.contact = { ...o.contact, email: email.trim() };
      // A new link replaces the earlier ones of this invitation.
      for (const [t, l] of s.links) if (l.invitation === token) s.links.delete(t);
      if (s.accounts.has(key(email))) {
        // No enumeration: the same answer; the owner of the address is told they have an account.
        s.outbox.push({ kind: 'account-exists', to: email.trim(), at: iso() });
      } else {
        const linkToken = newToken('rssgn');
        s.links.set(linkToken, { invitation: token, email: email.trim(), expiresAt: now() + SIGNUP_LINK_VALID_HOURS * HOUR, used: false });
        s.outbox.push({ kind: 'signup-link', to: email.trim(), token: linkToken, at: iso() });
      }
      return { ok: statusOf(o, false) };
    },

    setPassword(token, password) {
      const l = link(token);
      if ('refused' in l) return l;
      if (l.ok.used) return { refused: { kind: 'link-used' } };
      const found = invitation(l.ok.invitation);
      if ('refused' in found) return found;
      const o = found.ok;
      const issues = newPasswordIssues(password);
      if (issues.length) return { refused: { kind: 'password-policy', issues } };
      if (s.accounts.has(key(l.ok.email))) return { refused: { kind: 'link-used' } };
      s.accounts.set(key(l.ok.email), {
        email: l.ok.email,
        password,
        firstName: o.contact.firstName,
        lastName: o.contact.lastName,
        phone: o.contact.phone,
      });
      l.ok.used = true;
      o.passwordSet = true;
      // A password set through the e-mailed link proves who the person is: their failures are forgotten.
      s.loginThrottle = new Map([...s.loginThrottle].filter(([k]) => k !== key(l.ok.email)));
      return { ok: statusOf(o, false) };
    },

    logIn(token, email, password) {
      const found = invitation(token);
      if ('refused' in found) return found;
      const o = found.ok;
      if (o.completed) return { refused: { kind: 'step-not-allowed' } };
      const account = s.accounts.get(key(email));
      // Known and unknown e-mails go through the same throttle and get the same refusal.
      const { state, decision } = decideThrottledLogin(s.loginThrottle, email, !!account && account.password === password, now());
      s.loginThrottle = state;
      if (decision.kind === 'wait')
        return { refused: { kind: 'too-many-attempts', retryAfter: retryAfterSeconds(decision.retryAt, now()) } };
      if (decision.kind === 'refused' || !account) return { refused: { kind: 'invalid-credentials' } };
      if (!o.passwordSet) {
        // Logged in with an account that existed before: the existing user's path.
        o.user = 'existing';
        o.email = account.email;
        o.contact = { firstName: account.firstName, lastName: account.lastName, email: account.email, phone: account.phone };
      } else if (o.user === 'new' && !sameEmail(account.email, o.email ?? '')) {
        o.contact = { firstName: account.firstName, lastName: account.lastName, email: account.email, phone: account.phone };
      }
      const session = newToken('rsses');
      s.sessions.set(session, { invitation: token, email: account.email });
      return { ok: { session, status: statusOf(o, true) } };
    },

    acceptTerms(session, terms) {
      const found = bySession(session);
      if ('refused' in found) return found;
      const o = found.ok;
      if (o.user !== 'new' || (terms === 'remote-services' && !o.terms.mysecuritas)) return { refused: { kind: 'step-not-allowed' } };
      if (terms === 'mysecuritas') o.terms.mysecuritas = true;
      else o.terms.remoteServices = true;
      return { ok: statusOf(o, true) };
    },

    connectIdPin(session, id, pin) {
      const found = bySession(session);
      if ('refused' in found) return found;
      const o = found.ok;
      if (o.kind !== 'id-pin' || o.idPinState !== 'pending' || !termsDone(o) || !o.idPin) return { refused: { kind: 'step-not-allowed' } };
      const right = onboardingIdOf(id) === o.idPin.id && pin === o.idPin.pin;
      const { state, decision } = decideThrottledLogin(s.idPinThrottle, `id-pin:${o.token}`, right, now());
      s.idPinThrottle = state;
      if (decision.kind === 'wait')
        return { refused: { kind: 'too-many-attempts', retryAfter: retryAfterSeconds(decision.retryAt, now()) } };
      if (decision.kind === 'refused') return { refused: { kind: 'id-pin-refused' } };
      o.idPinState = 'connected';
      return { ok: statusOf(o, true) };
    },

    declareNewUser(session) {
      const found = bySession(session);
      if ('refused' in found) return found;
      const o = found.ok;
      if (o.kind !== 'id-pin' || o.idPinState !== 'pending' || o.user !== 'new' || !termsDone(o))
        return { refused: { kind: 'step-not-allowed' } };
      o.idPinState = 'new-user';
      return { ok: statusOf(o, true) };
    },

    confirmContact(session, contact) {
      const found = bySession(session);
      if ('refused' in found) return found;
      const o = found.ok;
      if (!termsDone(o) || o.idPinState === 'pending') return { refused: { kind: 'step-not-allowed' } };
      const issues = contactIssues(contact);
      const errors = Object.keys(issues).map((field) => ({ field, issue: 'invalid' }));
      if (errors.length) return { refused: { kind: 'validation', errors } };
      o.contact = {
        firstName: contact.firstName.trim(),
        lastName: contact.lastName.trim(),
        email: contact.email.trim(),
        phone: contact.phone.trim(),
      };
      o.completed = true;
      s.outbox.push({ kind: 'welcome', to: o.contact.email, at: iso() });
      return { ok: statusOf(o, true) };
    },

    outbox: () => [...s.outbox],
    endSessions: () => s.sessions.clear(),
  };
}
