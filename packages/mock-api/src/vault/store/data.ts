/** VA — the vault mock's demo data (documented: the demo, the stories and the tests sign in with these), its records and the store's interface. */
import {
  type ActivationPerson,
  type ActivationStatusResponse,
  type CodeSent,
  type DocumentChange,
  type FieldIssue,
  type IdentifierRecoveryRequest,
  type LinkStatusResponse,
  type LoginResponse,
  type PaperRequestConfirmation,
  type PaperRequestDraft,
  type PasswordRefusal,
  type SecondFactorChannel,
  type VaultDocument,
  type VaultFolder,
  type VaultProfile,
  type VaultSession,
} from '@vigie/core';
import type { VaultScenario } from '../../scenarios.js';

// ── Demo data (documented: the demo, the stories and the tests sign in with these) ─────────────

/** The one-time code the mock sends, by SMS or e-mail, in every scenario: there is no real phone. */
export const DEMO_ONE_TIME_CODE = '123456';

/** The demo accounts. `password: undefined` = never activated (signing in is refused like an unknown identifier). */
export const DEMO_ACCOUNTS = [
  {
    id: 'paul-dupont',
    identifier: '123456789012',
    email: 'paul.dupont@example.fr',
    password: 'Bulletin-2026!',
    firstName: 'Paul',
    lastName: 'Dupont',
    birthTown: 'Paris',
    birthMonth: 4,
    mobilePhone: '06 75 82 45 32',
    privateNumber: '588157',
    employer: 'Boulangeries Martin SAS',
    secondFactor: 'off',
    temporary: false,
  },
  {
    id: 'camille-martin',
    identifier: '234567890123',
    email: 'camille.martin@example.fr',
    password: 'Coffre-fort-2026',
    firstName: 'Camille',
    lastName: 'Martin',
    birthTown: 'Lyon',
    birthMonth: 9,
    mobilePhone: '07 12 34 56 78',
    privateNumber: '731904',
    employer: 'Transports Lemoine',
    secondFactor: 'sms',
    temporary: false,
  },
  {
    id: 'lucas-petit',
    identifier: '345678901234',
    email: 'lucas.petit@example.fr',
    password: 'Coffre-fort-2026',
    firstName: 'Lucas',
    lastName: 'Petit',
    birthTown: 'Lille',
    birthMonth: 1,
    mobilePhone: '06 98 76 54 32',
    privateNumber: '246810',
    employer: 'Transports Lemoine',
    secondFactor: 'email',
    temporary: false,
  },
  {
    id: 'julien-bernard',
    identifier: '456789012345',
    email: 'julien.bernard@example.fr',
    password: 'Provisoire-7421',
    firstName: 'Julien',
    lastName: 'Bernard',
    birthTown: 'Nantes',
    birthMonth: 12,
    mobilePhone: '06 11 22 33 44',
    privateNumber: '135791',
    employer: 'Boulangeries Martin SAS',
    secondFactor: 'off',
    temporary: true,
  },
  {
    id: 'ines-moreau',
    identifier: '567890123456',
    email: 'ines.moreau@example.fr',
    password: undefined,
    firstName: 'Inès',
    lastName: 'Moreau',
    birthTown: 'Bordeaux',
    birthMonth: 6,
    mobilePhone: '06 45 67 89 01',
    privateNumber: '864202',
    employer: 'Hôtels Azur',
    secondFactor: 'off',
    temporary: false,
  },
  {
    id: 'lea-garnier',
    identifier: '678901234567',
    email: 'lea.garnier@example.fr',
    password: undefined,
    firstName: 'Léa',
    lastName: 'Garnier',
    birthTown: 'Toulouse',
    birthMonth: 3,
    mobilePhone: '07 65 43 21 09',
    privateNumber: '975310',
    employer: 'Hôtels Azur',
    secondFactor: 'off',
    temporary: false,
  },
  {
    id: 'hugo-lefevre',
    identifier: '789012345678',
    email: 'hugo.lefevre@example.fr',
    password: undefined,
    firstName: 'Hugo',
    lastName: 'Lefèvre',
    birthTown: 'Marseille',
    birthMonth: 7,
    mobilePhone: '06 10 20 30 40',
    privateNumber: '112358',
    employer: 'Hôtels Azur',
    secondFactor: 'off',
    temporary: false,
  },
] as const satisfies readonly DemoAccount[];

/** Paul Dupont, the demo account of the links and scenarios (the private routes answer only for a vault session's account). */
export const DEMO_ACCOUNT_ID = 'paul-dupont';

/** The demo links' tokens (in a real vault they arrive by e-mail). */
export const DEMO_TOKENS = {
  /** Inès Moreau's invitation, issued 3 days ago, with an SMS code to confirm (expired in `vault:expired-link`). */
  activation: 'activation-ines-moreau',
  /** Léa Garnier's invitation, issued 1 day ago, no SMS code. */
  activationNoSms: 'activation-lea-garnier',
  /** Hugo Lefèvre's invitation, issued 20 days ago: expired. */
  activationExpired: 'activation-expiree-hugo-lefevre',
  /** Paul Dupont's invitation, already used. */
  activationUsed: 'activation-utilisee-paul-dupont',
  /** A reset link for Paul Dupont, issued 1 hour ago (expired in `vault:expired-link`). */
  reset: 'reinitialisation-paul-dupont',
  /** A reset link issued 2 days ago: expired. */
  resetExpired: 'reinitialisation-expiree-paul-dupont',
  /** A reset link already used. */
  resetUsed: 'reinitialisation-utilisee-paul-dupont',
  /** Camille Martin asked 1 hour ago to change her e-mail to {@link DEMO_PENDING_EMAIL}: the link to confirm it (expired in `vault:expired-link`). */
  emailConfirmation: 'confirmation-email-camille-martin',
  /** Lucas Petit's e-mail change asked 2 days ago: its link expired. */
  emailConfirmationExpired: 'confirmation-email-expiree-lucas-petit',
  /** Paul Dupont's e-mail change link, already followed. */
  emailConfirmationUsed: 'confirmation-email-utilisee-paul-dupont',
} as const;

/** The new address of Camille Martin's pending e-mail change (DEMO_TOKENS.emailConfirmation). */
export const DEMO_PENDING_EMAIL = 'camille.martin@nouvelle-adresse.fr';

/** A vault session lasts 30 minutes (mock choice; the contract carries `expiresAt`). */
export const SESSION_VALID_MINUTES = 30;
/** A temporary password must be replaced within 15 minutes of signing in with it (then sign in again). */
export const PASSWORD_CHANGE_WINDOW_MINUTES = 15;
/** A paper request draft waits 15 minutes for its confirmation. */
export const PAPER_DRAFT_VALID_MINUTES = 15;
/** `vault:locked`: how long Paul Dupont's account (both identifiers) stays locked after the scenario starts. */
export const LOCKED_SCENARIO_MINUTES_LEFT = 90;

export interface DemoAccount {
  readonly id: string;
  readonly identifier: string;
  readonly email: string;
  readonly password: string | undefined;
  readonly firstName: string;
  readonly lastName: string;
  readonly birthTown: string;
  readonly birthMonth: number;
  readonly mobilePhone: string;
  readonly privateNumber: string;
  readonly employer: string;
  readonly secondFactor: 'off' | SecondFactorChannel;
  readonly temporary: boolean;
}

export interface Account extends Omit<DemoAccount, 'password'> {
  password: string | undefined;
  email: string;
  firstName: string;
  lastName: string;
  secondFactor: 'off' | SecondFactorChannel;
  temporary: boolean;
  paperless: boolean;
}

export interface Challenge {
  readonly accountId: string;
  readonly identifier: string;
  readonly kind: 'second-factor' | 'new-password';
  readonly channel: SecondFactorChannel;
  expiresAt: number;
  resendAt: number;
  attempts: number;
}

export interface Link {
  readonly accountId: string;
  readonly issuedAt: number;
  used: boolean;
}

/** VA-PROFILE: an e-mail change waiting for its owner to follow the link sent to `email`. */
export interface EmailLink extends Link {
  readonly email: string;
  /** A newer request of the same account replaced it: it no longer works (answered as expired). */
  replaced: boolean;
}

export interface Invitation extends Link {
  readonly smsCode: boolean;
  code?: { expiresAt: number; resendAt: number };
}

export interface Draft {
  readonly accountId: string;
  readonly identifier: string;
  readonly employer: string;
  readonly expiresAt: number;
  confirmation?: PaperRequestConfirmation;
}

/** What a real backend would have e-mailed or texted (tests and the demo read it). */
export type OutboxMessage =
  | { readonly kind: 'reset-link'; readonly to: string; readonly token: string }
  /** VA-PROFILE: the link that makes a new e-mail the account's (sent to the new address). */
  | { readonly kind: 'email-confirmation-link'; readonly to: string; readonly token: string }
  /** VA-PROFILE: the current address is told that a change to another one was asked (nothing to click). */
  | { readonly kind: 'email-change-notice'; readonly to: string; readonly newEmail: string }
  | {
      readonly kind: 'identifier-and-temporary-password';
      readonly to: string;
      readonly identifier: string;
      readonly temporaryPassword: string;
    }
  | { readonly kind: 'one-time-code'; readonly channel: SecondFactorChannel; readonly to: string; readonly code: string };

// ── Answers ──────────────────────────────────────────────────────────────────

export type LoginOutcome = LoginResponse | { readonly kind: 'refused' } | { readonly kind: 'locked'; readonly lockedUntil: number };
export type CodeOutcome =
  LoginResponse | { readonly kind: 'invalid-code'; readonly attemptsLeft: number } | { readonly kind: 'challenge-expired' };
export type ResendOutcome = CodeSent | { readonly kind: 'too-early'; readonly resendAt: number } | { readonly kind: 'challenge-expired' };
export type NewPasswordOutcome =
  LoginResponse | { readonly kind: 'policy'; readonly issues: PasswordRefusal[] } | { readonly kind: 'challenge-expired' };
export type TokenOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'used' }
  | { readonly kind: 'policy'; readonly issues: PasswordRefusal[] };
export type ActivationCodeOutcome =
  CodeSent | { readonly kind: 'unknown' | 'expired' | 'used' | 'no-code' } | { readonly kind: 'too-early'; readonly resendAt: number };
export type ActivationOutcome =
  | { readonly kind: 'signed-in'; readonly session: VaultSession }
  | { readonly kind: 'unknown' | 'expired' | 'used' | 'invalid-code' }
  | { readonly kind: 'policy'; readonly issues: PasswordRefusal[] }
  | { readonly kind: 'email-unavailable' };
export type SessionLookup =
  { readonly kind: 'account'; readonly accountId: string } | { readonly kind: 'expired' } | { readonly kind: 'none' };
export type ProfileOutcome =
  | VaultProfile
  | { readonly kind: 'invalid'; readonly errors: FieldIssue[] }
  | { readonly kind: 'wrong-current' }
  | { readonly kind: 'locked'; readonly lockedUntil: number };
export type EmailConfirmOutcome =
  { readonly kind: 'confirmed'; readonly email: string } | { readonly kind: 'unknown' | 'expired' | 'used' | 'email-unavailable' };
export type PasswordChangeOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'wrong-current' }
  | { readonly kind: 'locked'; readonly lockedUntil: number }
  | { readonly kind: 'policy'; readonly issues: PasswordRefusal[] };
export type PaperDraftOutcome =
  PaperRequestDraft | { readonly kind: 'refused' } | { readonly kind: 'locked'; readonly lockedUntil: number };
export type PaperConfirmOutcome = PaperRequestConfirmation | { readonly kind: 'expired' };

export interface VaultStore {
  readonly scenario: VaultScenario;
  /** The store's clock (ms). */
  now(): number;
  /** VA-LOGIN: one attempt (the lockout of core decides first, per account, the same way for an unknown identifier). */
  login(identifier: string, password: string): LoginOutcome;
  verifyCode(challenge: string, code: string): CodeOutcome;
  resendCode(challenge: string): ResendOutcome;
  changeTemporaryPassword(challenge: string, password: string): NewPasswordOutcome;
  /** VA-RESET: e-mails a link when the identifier and the e-mail match an account; says nothing either way. */
  requestReset(identifier: string, email: string): void;
  resetStatus(token: string): LinkStatusResponse | undefined;
  resetPassword(token: string, password: string): TokenOutcome;
  /** VA-LOSTID: e-mails the identifier and a temporary password when the person is known; says nothing either way. */
  recoverIdentifier(request: IdentifierRecoveryRequest): void;
  activationStatus(token: string): ActivationStatusResponse | undefined;
  sendActivationCode(token: string): ActivationCodeOutcome;
  activate(token: string, password: string, person: ActivationPerson, smsCode: string | undefined): ActivationOutcome;
  /** Which account a bearer token is a session of. */
  session(token: string | undefined): SessionLookup;
  /** X-SEC: signs out: the session of this token ends now (its token is refused from then on); nothing for an unknown one. */
  logout(token: string): void;
  profile(accountId: string): VaultProfile;
  /**
   * VA-PROFILE, X-SEC: asks to change the e-mail: the current password is checked under the
   * account's lock (a wrong one counts); then a confirmation link goes to the new address, the
   * same whether or not another account has it (no enumeration). The e-mail changes only when
   * the link is followed (`confirmEmail`).
   */
  changeEmail(accountId: string, email: string, confirmation: string, currentPassword: string): ProfileOutcome;
  /** VA-PROFILE: follows a confirmation link: the pending e-mail becomes the account's (and a login). */
  confirmEmail(token: string): EmailConfirmOutcome;
  changePassword(accountId: string, current: string, next: string): PasswordChangeOutcome;
  documents(accountId: string): { folders: VaultFolder[]; documents: VaultDocument[] };
  archive(accountId: string, documentId: string): DocumentChange;
  restore(accountId: string, documentId: string): DocumentChange;
  move(accountId: string, documentId: string, folderId: string): DocumentChange;
  /** The PDF bytes of a document, if the account has it. */
  pdf(accountId: string, documentId: string): Uint8Array | undefined;
  /** VA-PAPER step 1: the credentials checked like a login (same lockout). */
  draftPaperRequest(identifier: string, password: string, employer: string): PaperDraftOutcome;
  confirmPaperRequest(draftId: string): PaperConfirmOutcome | undefined;
  /** When the lock of the identifier's account (or of the unknown identifier) ends, if locked now (for tests and the demo). */
  lockedUntil(identifier: string): number | undefined;
  /** What the mock would have e-mailed or texted, oldest first. */
  outbox(): readonly OutboxMessage[];
  /** Back to the scenario's fresh data (and a fresh lockout). */
  reset(): void;
}
