/**
 * PP-SPACES — linked spaces (seed 004, « Lier vos espaces »): a company's referent may reach the
 * company space, their user space and, when they train, their trainer space with one login.
 *
 *   separate ──link──► linked (one login: the company's) ──switch(to)──► linked (another space)
 *      ▲                  │
 *      └───dissociate─────┘ (the user account gets its own login: a new e-mail + a chosen password)
 *   separate ──hand-over──► separate, no longer the referent (the company has a new login)
 *
 * Rules of the seed:
 * - linking requires BOTH that the company has an account AND that the person is its designated
 *   referent; a person with no user account yet may still link: the account is created by the
 *   link (« vous pourrez créer ce compte utilisateur et lier directement vos espaces »);
 * - linking is optional and reversible; it changes only how the spaces are reached, never what
 *   the accounts hold;
 * - one switches only between linked spaces; the trainer space belongs to the user account (« vous
 *   conservez l'accès à votre Espace Formateur directement depuis votre compte utilisateur »);
 * - dissociating gives the user (and trainer) account its own login, a new e-mail and a password
 *   chosen then; the company keeps its login and its password; the person stays the referent;
 * - a handover changes the referent: new name and new e-mail, which becomes the company's login;
 *   the password is kept, replaced by a temporary one the successor must change at first login,
 *   or left to a reset the successor asks for. The seed does it in two steps, dissociate THEN hand
 *   over, so a handover while linked is refused (`dissociate-first`): the successor must never
 *   receive a login that opens the former referent's own spaces. After it, the former referent
 *   is no longer the referent and can no longer link.
 *
 * A refused event is never a silent no-op: the state keeps everything and says why in `refusal`
 * (the refusal of the previous event is cleared by the next accepted one). Passwords are never in
 * the state nor in an event: the form holds them (see {@link checkDissociation}) and sends them.
 */
import type { Machine, MachineContext } from '../shared/machine.js';
import { isBlank, isEmail, sameEmail } from '../shared/text.js';
import { emailFieldIssue, passwordPairIssues, type FieldIssues, type PassportFieldIssue } from './forms.js';

export const SPACE_KINDS = ['company', 'user', 'trainer'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

/** The catalog key of a space's name (`passport.space.company` → « Espace entreprise »). */
export const spaceMessageKey = <S extends SpaceKind>(space: S): `passport.space.${S}` => `passport.space.${space}`;

/**
 * PP-SPACES / PP-COMPANY: what becomes of the company password at a handover:
 * - `keep`: unchanged (the same person with a new e-mail, or a password handed over as it is);
 * - `temporary`: replaced by a temporary password given to the successor, to be changed at their
 *   first login;
 * - `reset`: the current password stops working; the successor sets one through « Mot de passe
 *   oublié ? » with the new e-mail.
 */
export const HANDOVER_PASSWORD_MODES = ['keep', 'temporary', 'reset'] as const;
export type HandoverPasswordMode = (typeof HANDOVER_PASSWORD_MODES)[number];

/** The company password: `set` (usable), `temporary` (to change at the next login), `reset-required` (no usable password). */
export const COMPANY_PASSWORD_STATES = ['set', 'temporary', 'reset-required'] as const;
export type CompanyPasswordState = (typeof COMPANY_PASSWORD_STATES)[number];

export interface PersonName {
  readonly firstName: string;
  readonly lastName: string;
}

/** The company account, as far as the spaces are concerned. */
export interface CompanyAccount {
  /** The company's login: the referent's e-mail. */
  readonly login: string;
  readonly referent: PersonName;
  readonly password: CompanyPasswordState;
}

/** The person whose spaces these are. */
export interface SpacesPerson {
  /** The designated referent of the company account. */
  readonly isReferent: boolean;
  readonly hasUserAccount: boolean;
  /** A trainer (the trainer space comes with the user account). */
  readonly isTrainer: boolean;
}

export const SPACES_REFUSAL_REASONS = [
  'no-company-account',
  'not-referent',
  'already-linked',
  'not-linked',
  'space-not-linked',
  'already-active',
  'invalid-email',
  'same-email',
  'name-required',
  'dissociate-first',
] as const;
export type SpacesRefusalReason = (typeof SPACES_REFUSAL_REASONS)[number];

/** The catalog key of a refusal's message. */
export const spacesRefusalMessageKey = <R extends SpacesRefusalReason>(reason: R): `passport.spaces.refusal.${R}` =>
  `passport.spaces.refusal.${reason}`;

export type SpacesEvent =
  | { readonly type: 'link' }
  | { readonly type: 'switch'; readonly to: SpaceKind }
  /** `userLogin`: the user account's new login (an e-mail other than the company's). */
  | { readonly type: 'dissociate'; readonly userLogin: string }
  /** `email`: the new referent's e-mail, the company's new login. */
  | { readonly type: 'hand-over'; readonly referent: PersonName; readonly email: string; readonly password: HandoverPasswordMode };

export interface SpacesRefusal {
  readonly event: SpacesEvent['type'];
  readonly reason: SpacesRefusalReason;
}

interface SpacesCommon {
  readonly person: SpacesPerson;
  /** The space the person is in. */
  readonly active: SpaceKind;
  /** Why the last event was refused; null after an accepted one. */
  readonly refusal: SpacesRefusal | null;
}

/** Each space is reached with its own login. */
export interface SpacesSeparate extends SpacesCommon {
  readonly status: 'separate';
  /** Null when the company has no account. */
  readonly company: CompanyAccount | null;
  /** The user account's own login; null when there is no user account. */
  readonly userLogin: string | null;
}

/** Every space is reached with the company's login. */
export interface SpacesLinked extends SpacesCommon {
  readonly status: 'linked';
  readonly company: CompanyAccount;
}

export type SpacesState = SpacesSeparate | SpacesLinked;

/** Where a person starts: separate spaces. */
export interface SpacesSetup {
  readonly company: CompanyAccount | null;
  readonly isReferent: boolean;
  /** The user account's login; null (or absent) when the person has no user account. */
  readonly userLogin?: string | null;
  readonly isTrainer?: boolean;
  /** Default: `company` when the company has an account, else `user`. */
  readonly active?: SpaceKind;
}

/** Separate spaces. A referent needs a company account; a trainer needs a user account. */
export function initialSpaces(setup: SpacesSetup): SpacesSeparate {
  const userLogin = setup.userLogin ?? null;
  return {
    status: 'separate',
    company: setup.company,
    userLogin,
    person: {
      isReferent: setup.isReferent && setup.company !== null,
      hasUserAccount: userLogin !== null,
      isTrainer: !!setup.isTrainer && userLogin !== null,
    },
    active: setup.active ?? (setup.company ? 'company' : 'user'),
    refusal: null,
  };
}

/** The spaces linked under one login (none while separate). */
export function linkedSpaces(state: SpacesState): readonly SpaceKind[] {
  if (state.status !== 'linked') return [];
  return state.person.isTrainer ? SPACE_KINDS : SPACE_KINDS.filter((s) => s !== 'trainer');
}

/** The spaces reachable from where the person is: the linked ones, or only the current one. */
export const reachableSpaces = (state: SpacesState): readonly SpaceKind[] =>
  state.status === 'linked' ? linkedSpaces(state) : [state.active];

/** The login a space is reached with (null: that account does not exist). */
export function loginOf(state: SpacesState, space: SpaceKind): string | null {
  if (state.status === 'linked') return state.company.login;
  return space === 'company' ? (state.company?.login ?? null) : state.userLogin;
}

/** Why an e-mail cannot be a new login beside `otherLogin` (a login names one account). */
function loginIssue(email: string, otherLogin: string): SpacesRefusalReason | undefined {
  if (!isEmail(email)) return 'invalid-email';
  return sameEmail(email, otherLogin) ? 'same-email' : undefined;
}

/** PP-SPACES: why the event would be refused in this state, or undefined when it is accepted. */
export function spacesRefusal(state: SpacesState, event: SpacesEvent): SpacesRefusalReason | undefined {
  switch (event.type) {
    case 'link':
      if (state.status === 'linked') return 'already-linked';
      if (!state.company) return 'no-company-account';
      return state.person.isReferent ? undefined : 'not-referent';
    case 'switch':
      if (state.status !== 'linked') return 'not-linked';
      if (!linkedSpaces(state).includes(event.to)) return 'space-not-linked';
      return event.to === state.active ? 'already-active' : undefined;
    case 'dissociate':
      return state.status === 'linked' ? loginIssue(event.userLogin, state.company.login) : 'not-linked';
    case 'hand-over':
      if (!state.company) return 'no-company-account';
      if (!state.person.isReferent) return 'not-referent';
      if (state.status === 'linked') return 'dissociate-first';
      if (isBlank(event.referent.firstName) || isBlank(event.referent.lastName)) return 'name-required';
      return loginIssue(event.email, state.company.login);
  }
}

export const canLinkSpaces = (state: SpacesState): boolean => spacesRefusal(state, { type: 'link' }) === undefined;

const PASSWORD_AFTER_HANDOVER: Readonly<Record<Exclude<HandoverPasswordMode, 'keep'>, CompanyPasswordState>> = {
  temporary: 'temporary',
  reset: 'reset-required',
};

/** PP-SPACES: the machine's pure transition (it reads no clock: nothing here depends on time). */
export function transition(state: SpacesState, event: SpacesEvent, _ctx?: MachineContext): SpacesState {
  const reason = spacesRefusal(state, event);
  if (reason) return { ...state, refusal: { event: event.type, reason } };
  switch (event.type) {
    case 'link': {
      const { person, active, company } = state;
      return { status: 'linked', company: company!, person: { ...person, hasUserAccount: true }, active, refusal: null };
    }
    case 'switch':
      return { ...state, active: event.to, refusal: null };
    case 'dissociate': {
      const { person, active, company } = state;
      return { status: 'separate', company, userLogin: event.userLogin.trim(), person, active, refusal: null };
    }
    case 'hand-over': {
      const company = state.company!;
      return {
        ...(state as SpacesSeparate),
        company: {
          login: event.email.trim(),
          referent: { firstName: event.referent.firstName.trim(), lastName: event.referent.lastName.trim() },
          password: event.password === 'keep' ? company.password : PASSWORD_AFTER_HANDOVER[event.password],
        },
        person: { ...state.person, isReferent: false },
        refusal: null,
      };
    }
  }
}

/** PP-SPACES as a {@link Machine} starting from `setup`. */
export const spacesMachine = (setup: SpacesSetup): Machine<SpacesState, SpacesEvent> => ({
  initial: () => initialSpaces(setup),
  transition,
});

/** What the space switcher shows (the shape of the API's `SpacesStatus`). */
export interface SpacesView {
  readonly linked: boolean;
  readonly spaces: readonly SpaceKind[];
  readonly active: SpaceKind;
  readonly canLink: boolean;
}

export function spacesView(state: SpacesState): SpacesView {
  return { linked: state.status === 'linked', spaces: reachableSpaces(state), active: state.active, canLink: canLinkSpaces(state) };
}

// ── The dissociation form (« Avoir un accès distinct à mon compte utilisateur ») ──

export const DISSOCIATION_FIELDS = ['userLogin', 'password', 'passwordConfirmation'] as const;
export type DissociationField = (typeof DISSOCIATION_FIELDS)[number];

export interface DissociationForm {
  readonly userLogin: string;
  readonly password: string;
  readonly passwordConfirmation: string;
}

/**
 * PP-SPACES: the user account's new login (an e-mail, not the company's login) and its new
 * password twice, by the platform's password policy.
 */
export function checkDissociation(form: DissociationForm, companyLogin: string): FieldIssues<DissociationField> {
  const issues: Partial<Record<DissociationField, PassportFieldIssue>> = {};
  const login = emailFieldIssue(form.userLogin) ?? (sameEmail(form.userLogin, companyLogin) ? 'same-email' : undefined);
  if (login) issues.userLogin = login;
  return { ...issues, ...passwordPairIssues(form.password, form.passwordConfirmation, ['password', 'passwordConfirmation'] as const) };
}
