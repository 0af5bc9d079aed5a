/**
 * VA — the in-memory payslip vault of the mock API, as a backend would keep it. Every rule comes
 * from core: the lockout (`decideLogin` under `lockKey`: 3 consecutive failures per account, its
 * number and e-mail together, or per normalised identifier when no account has it; lock 120
 * minutes), the identifiers (`normalizeIdentifier`), the password
 * policy (`checkNewPassword`), the code deadlines (`codeDeadlines`), the link validity
 * (`activationLinkStatus`, `resetLinkStatus`), the documents (`archiveDocument`, `moveDocument`),
 * the forms (`checkIdentifierRecovery`, `checkEmailChange`). "Now" is read from the clock at each
 * call, so tests and demos move time by moving the clock.
 *
 * It is a mock: passwords are kept in clear, codes are always {@link DEMO_ONE_TIME_CODE}, and what a
 * real backend would e-mail or text is appended to {@link VaultStore.outbox} instead.
 */
import {
  activationLinkExpiresAt,
  activationLinkStatus,
  archiveDocument,
  checkEmailChange,
  checkIdentifierRecovery,
  clearLockout,
  codeDeadlines,
  decideLogin,
  emailConfirmationLinkExpiresAt,
  emailConfirmationLinkStatus,
  EMPTY_LOCKOUT,
  LOCK_AFTER_FAILURES,
  lockedUntil,
  lockKey,
  MAX_CODE_ATTEMPTS,
  moveDocument,
  normalizeIdentifier,
  restoreDocument,
  resetLinkExpiresAt,
  resetLinkStatus,
  calendarDateOf,
  addDays,
  type ActivationPerson,
  type ActivationStatusResponse,
  type CodeSent,
  type DocumentChange,
  type FieldIssue,
  type IdentifierRecoveryRequest,
  type LinkStatusResponse,
  type LockoutState,
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
import { newPasswordIssues } from '../shared/new-password.js';
import type { VaultScenario } from '../scenarios.js';
import { makePdf } from '../shared/pdf.js';

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

interface Account extends Omit<DemoAccount, 'password'> {
  password: string | undefined;
  email: string;
  firstName: string;
  lastName: string;
  secondFactor: 'off' | SecondFactorChannel;
  temporary: boolean;
  paperless: boolean;
}

interface Challenge {
  readonly accountId: string;
  readonly identifier: string;
  readonly kind: 'second-factor' | 'new-password';
  readonly channel: SecondFactorChannel;
  expiresAt: number;
  resendAt: number;
  attempts: number;
}

interface Link {
  readonly accountId: string;
  readonly issuedAt: number;
  used: boolean;
}

/** VA-PROFILE: an e-mail change waiting for its owner to follow the link sent to `email`. */
interface EmailLink extends Link {
  readonly email: string;
  /** A newer request of the same account replaced it: it no longer works (answered as expired). */
  replaced: boolean;
}

interface Invitation extends Link {
  readonly smsCode: boolean;
  code?: { expiresAt: number; resendAt: number };
}

interface Draft {
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
  | { readonly kind: 'identifier-and-temporary-password'; readonly to: string; readonly identifier: string; readonly temporaryPassword: string }
  | { readonly kind: 'one-time-code'; readonly channel: SecondFactorChannel; readonly to: string; readonly code: string };

// ── Answers ──────────────────────────────────────────────────────────────────

export type LoginOutcome = LoginResponse | { readonly kind: 'refused' } | { readonly kind: 'locked'; readonly lockedUntil: number };
export type CodeOutcome = LoginResponse | { readonly kind: 'invalid-code'; readonly attemptsLeft: number } | { readonly kind: 'challenge-expired' };
export type ResendOutcome = CodeSent | { readonly kind: 'too-early'; readonly resendAt: number } | { readonly kind: 'challenge-expired' };
export type NewPasswordOutcome = LoginResponse | { readonly kind: 'policy'; readonly issues: PasswordRefusal[] } | { readonly kind: 'challenge-expired' };
export type TokenOutcome = { readonly kind: 'done' } | { readonly kind: 'unknown' } | { readonly kind: 'expired' } | { readonly kind: 'used' } | { readonly kind: 'policy'; readonly issues: PasswordRefusal[] };
export type ActivationCodeOutcome = CodeSent | { readonly kind: 'unknown' | 'expired' | 'used' | 'no-code' } | { readonly kind: 'too-early'; readonly resendAt: number };
export type ActivationOutcome =
  | { readonly kind: 'signed-in'; readonly session: VaultSession }
  | { readonly kind: 'unknown' | 'expired' | 'used' | 'invalid-code' }
  | { readonly kind: 'policy'; readonly issues: PasswordRefusal[] }
  | { readonly kind: 'email-unavailable' };
export type SessionLookup = { readonly kind: 'account'; readonly accountId: string } | { readonly kind: 'expired' } | { readonly kind: 'none' };
export type ProfileOutcome =
  | VaultProfile
  | { readonly kind: 'invalid'; readonly errors: FieldIssue[] }
  | { readonly kind: 'wrong-current' }
  | { readonly kind: 'locked'; readonly lockedUntil: number };
export type EmailConfirmOutcome = { readonly kind: 'confirmed'; readonly email: string } | { readonly kind: 'unknown' | 'expired' | 'used' | 'email-unavailable' };
export type PasswordChangeOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'wrong-current' }
  | { readonly kind: 'locked'; readonly lockedUntil: number }
  | { readonly kind: 'policy'; readonly issues: PasswordRefusal[] };
export type PaperDraftOutcome = PaperRequestDraft | { readonly kind: 'refused' } | { readonly kind: 'locked'; readonly lockedUntil: number };
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

// ── Helpers ──────────────────────────────────────────────────────────────────

const MIN = 60_000;
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();

/** `06 75 82 45 32` → `06 •• •• •• 32`. */
export function maskPhone(phone: string): string {
  const d = phone.replace(/\D/g, '');
  const national = d.startsWith('33') && d.length === 11 ? `0${d.slice(2)}` : d;
  return national.length === 10 ? `${national.slice(0, 2)} •• •• •• ${national.slice(8)}` : `•• ${national.slice(-2)}`;
}

/** `camille.martin@example.fr` → `c•••@example.fr`. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A random opaque value (crypto where available: the browser worker and Node both have it). */
function opaque(prefix: string): string {
  const c = globalThis.crypto;
  const id = typeof c?.randomUUID === 'function' ? c.randomUUID().replace(/-/g, '') : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `${prefix}_${id}`;
}

const sameText = (a: string, b: string) =>
  a.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase() === b.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

const FOLDERS: readonly VaultFolder[] = [
  { id: 'bulletins', name: 'Bulletins de paie', kind: 'payslips' },
  { id: 'documents-rh', name: 'Documents RH', kind: 'other' },
  { id: 'personnel', name: 'Personnel', kind: 'other' },
];

interface StoredDocument {
  readonly meta: VaultDocument;
  readonly lines: readonly string[];
}

/** The demo documents of an account, dated from today: 14 monthly payslips, two HR documents, one archived payslip. */
function demoDocuments(account: Account, today: string): StoredDocument[] {
  const docs: StoredDocument[] = [];
  const [y, m] = today.split('-').map(Number) as [number, number];
  const name = `${account.firstName} ${account.lastName}`;
  const add = (id: string, folderId: string, title: string, date: string, year: number, lines: string[], extra: Partial<VaultDocument> = {}) => {
    const bytes = makePdf(lines.map((text, i) => ({ text, size: i === 0 ? 18 : 11 })), title);
    docs.push({
      meta: { id, folderId, title, year, date, sizeBytes: bytes.length, pdfUrl: `vault/documents/${id}/pdf`, archived: false, ...extra },
      lines,
    });
  };
  // Payslips of the 14 months before this one, each deposited on the 28th of its month; the oldest archived.
  for (let i = 1; i <= 15; i++) {
    const month0 = (((m - 1 - i) % 12) + 12) % 12;
    const year = y + Math.floor((m - 1 - i) / 12);
    const period = `${year}-${String(month0 + 1).padStart(2, '0')}`;
    const title = `Bulletin de paie — ${MONTHS[month0]} ${year}`;
    add(
      `bulletin-${period}`,
      'bulletins',
      title,
      `${period}-28`,
      year,
      [title, `Salarié : ${name}`, `Employeur : ${account.employer}`, `Période : ${MONTHS[month0]} ${year}`, 'Document de démonstration Vigie — sans valeur.'],
      { period, archived: i === 15 },
    );
  }
  const hired = addDays(today, -400);
  add('attestation-employeur', 'documents-rh', 'Attestation employeur', addDays(today, -45), Number(addDays(today, -45).slice(0, 4)), [
    'Attestation employeur',
    `Nous attestons que ${name} fait partie de nos effectifs.`,
    `Employeur : ${account.employer}`,
    'Document de démonstration Vigie — sans valeur.',
  ]);
  add('contrat-avenant', 'documents-rh', 'Avenant au contrat de travail', hired, Number(hired.slice(0, 4)), [
    'Avenant au contrat de travail',
    `Salarié : ${name}`,
    'Document de démonstration Vigie — sans valeur.',
  ]);
  return docs;
}

// ── The store ────────────────────────────────────────────────────────────────

export function createVaultStore(scenario: VaultScenario, now: () => number = Date.now): VaultStore {
  let accounts = new Map<string, Account>();
  let lockout: LockoutState = EMPTY_LOCKOUT;
  let challenges = new Map<string, Challenge>();
  let sessions = new Map<string, { accountId: string; expiresAt: number }>();
  let resetLinks = new Map<string, Link>();
  let invitations = new Map<string, Invitation>();
  let emailLinks = new Map<string, EmailLink>();
  let documents = new Map<string, StoredDocument[]>();
  let drafts = new Map<string, Draft>();
  let outbox: OutboxMessage[] = [];
  let paperSequence = 0;

  function reset() {
    const t = now();
    const today = calendarDateOf(t);
    accounts = new Map(
      DEMO_ACCOUNTS.map((a): [string, Account] => {
        const account: Account = { ...a, paperless: true };
        if (a.id === DEMO_ACCOUNT_ID && scenario === 'vault:second-factor') account.secondFactor = 'sms';
        if (a.id === DEMO_ACCOUNT_ID && scenario === 'vault:must-change-password') account.temporary = true;
        return [a.id, account];
      }),
    );
    lockout = EMPTY_LOCKOUT;
    if (scenario === 'vault:locked') {
      // Three failures on Paul Dupont's account, the last one 30 minutes ago: 90 minutes left, by the rule of core.
      const lastFailure = t - (120 - LOCKED_SCENARIO_MINUTES_LEFT) * MIN;
      for (let i = 0; i < LOCK_AFTER_FAILURES; i++) lockout = decideLogin(lockout, lockKey('123456789012', DEMO_ACCOUNT_ID), false, lastFailure).state;
    }
    challenges = new Map();
    sessions = new Map();
    const expired = scenario === 'vault:expired-link';
    resetLinks = new Map([
      [DEMO_TOKENS.reset, { accountId: DEMO_ACCOUNT_ID, issuedAt: expired ? t - 2 * DAY : t - 60 * MIN, used: false }],
      [DEMO_TOKENS.resetExpired, { accountId: DEMO_ACCOUNT_ID, issuedAt: t - 2 * DAY, used: false }],
      [DEMO_TOKENS.resetUsed, { accountId: DEMO_ACCOUNT_ID, issuedAt: t - 3 * 60 * MIN, used: true }],
    ]);
    invitations = new Map([
      [DEMO_TOKENS.activation, { accountId: 'ines-moreau', issuedAt: expired ? t - 20 * DAY : t - 3 * DAY, used: false, smsCode: true }],
      [DEMO_TOKENS.activationNoSms, { accountId: 'lea-garnier', issuedAt: expired ? t - 20 * DAY : t - DAY, used: false, smsCode: false }],
      [DEMO_TOKENS.activationExpired, { accountId: 'hugo-lefevre', issuedAt: t - 20 * DAY, used: false, smsCode: false }],
      [DEMO_TOKENS.activationUsed, { accountId: DEMO_ACCOUNT_ID, issuedAt: t - 400 * DAY, used: true, smsCode: false }],
    ]);
    emailLinks = new Map([
      [DEMO_TOKENS.emailConfirmation, { accountId: 'camille-martin', email: DEMO_PENDING_EMAIL, issuedAt: expired ? t - 2 * DAY : t - 60 * MIN, used: false, replaced: false }],
      [DEMO_TOKENS.emailConfirmationExpired, { accountId: 'lucas-petit', email: 'lucas.petit@nouvelle-adresse.fr', issuedAt: t - 2 * DAY, used: false, replaced: false }],
      [DEMO_TOKENS.emailConfirmationUsed, { accountId: DEMO_ACCOUNT_ID, email: 'paul.dupont@example.fr', issuedAt: t - 30 * DAY, used: true, replaced: false }],
    ]);
    documents = new Map(
      [...accounts.values()]
        .filter((a) => a.password !== undefined)
        .map((a) => [a.id, scenario === 'vault:empty-documents' && a.id === DEMO_ACCOUNT_ID ? [] : demoDocuments(a, today)]),
    );
    drafts = new Map();
    outbox = [];
    paperSequence = 0;
  }
  reset();

  /** The account an identifier (number or e-mail, normalised) designates, if any. */
  function accountOf(identifier: string): Account | undefined {
    const key = normalizeIdentifier(identifier);
    for (const a of accounts.values()) if (a.identifier === key || a.email.toLowerCase() === key) return a;
    return undefined;
  }

  function account(id: string): Account {
    const a = accounts.get(id);
    if (!a) throw new RangeError(`No demo account ${id}`);
    return a;
  }

  function openSession(a: Account): LoginResponse {
    const token = opaque('vs');
    const expiresAt = now() + SESSION_VALID_MINUTES * MIN;
    sessions.set(token, { accountId: a.id, expiresAt });
    return { kind: 'signed-in', session: { token, expiresAt: iso(expiresAt), user: { firstName: a.firstName, lastName: a.lastName } } };
  }

  function sendCode(a: Account, channel: SecondFactorChannel): { expiresAt: number; resendAt: number } {
    outbox.push({ kind: 'one-time-code', channel, to: channel === 'sms' ? a.mobilePhone : a.email, code: DEMO_ONE_TIME_CODE });
    return codeDeadlines(now());
  }

  /** After the password (or the code): the next step of this account. */
  function nextStep(a: Account, identifier: string, passed: 'password' | 'code'): LoginResponse {
    if (passed === 'password' && a.secondFactor !== 'off') {
      const channel = a.secondFactor;
      const { expiresAt, resendAt } = sendCode(a, channel);
      const challenge = opaque('ch');
      challenges.set(challenge, { accountId: a.id, identifier, kind: 'second-factor', channel, expiresAt, resendAt, attempts: 0 });
      return {
        kind: 'second-factor',
        challenge,
        channel,
        destination: channel === 'sms' ? maskPhone(a.mobilePhone) : maskEmail(a.email),
        expiresAt: iso(expiresAt),
        resendAt: iso(resendAt),
      };
    }
    if (a.temporary) {
      const challenge = opaque('ch');
      const expiresAt = now() + PASSWORD_CHANGE_WINDOW_MINUTES * MIN;
      challenges.set(challenge, { accountId: a.id, identifier, kind: 'new-password', channel: 'email', expiresAt, resendAt: expiresAt, attempts: 0 });
      return { kind: 'must-change-password', challenge, expiresAt: iso(expiresAt) };
    }
    return openSession(a);
  }

  /** The key failures are counted under (core's `lockKey`): the account the identifier designates, else the identifier. */
  const keyOf = (identifier: string) => lockKey(identifier, accountOf(identifier)?.id);

  /** The lockout of core decides, per account; the credentials are valid only for an activated account and its password. */
  function checkCredentials(identifier: string, password: string): { kind: 'accepted'; account: Account } | { kind: 'refused' } | { kind: 'locked'; lockedUntil: number } {
    const a = accountOf(identifier);
    const valid = a !== undefined && a.password !== undefined && a.password === password;
    const { state, decision } = decideLogin(lockout, lockKey(identifier, a?.id), valid, now());
    lockout = state;
    if (decision.kind === 'accepted') return { kind: 'accepted', account: a! };
    return decision;
  }

  function liveChallenge(id: string, kind: Challenge['kind']): Challenge | undefined {
    const c = challenges.get(id);
    if (!c || c.kind !== kind) return undefined;
    if (now() >= c.expiresAt) {
      challenges.delete(id);
      return undefined;
    }
    return c;
  }

  function linkState(link: Link | undefined, status: (issuedAt: number, now: number) => 'valid' | 'expired'): 'unknown' | 'used' | 'expired' | 'valid' {
    if (!link) return 'unknown';
    if (link.used) return 'used';
    return status(link.issuedAt, now());
  }

  /** The account's e-mail change waiting for confirmation, if its link still works. */
  function pendingEmailLink(accountId: string): EmailLink | undefined {
    for (const link of emailLinks.values()) {
      if (link.accountId === accountId && !link.replaced && linkState(link, emailConfirmationLinkStatus) === 'valid') return link;
    }
    return undefined;
  }

  function profile(id: string): VaultProfile {
    const a = account(id);
    const pending = pendingEmailLink(id);
    return {
      identifier: a.identifier,
      firstName: a.firstName,
      lastName: a.lastName,
      email: a.email,
      ...(pending ? { pendingEmail: pending.email, pendingEmailExpiresAt: iso(emailConfirmationLinkExpiresAt(pending.issuedAt)) } : {}),
      mobilePhone: maskPhone(a.mobilePhone),
      secondFactor: a.secondFactor,
      paperless: a.paperless,
      employer: a.employer,
    };
  }

  function change(accountId: string, apply: (docs: readonly VaultDocument[]) => DocumentChange): DocumentChange {
    const stored = documents.get(accountId) ?? [];
    const result = apply(stored.map((d) => d.meta));
    if (result.kind === 'changed') {
      const byId = new Map(result.documents.map((d) => [d.id, d]));
      documents.set(
        accountId,
        stored.map((d) => ({ ...d, meta: byId.get(d.meta.id) ?? d.meta })),
      );
    }
    return result;
  }

  return {
    scenario,
    now,

    login(identifier, password) {
      const r = checkCredentials(identifier, password);
      if (r.kind !== 'accepted') return r;
      return nextStep(r.account, normalizeIdentifier(identifier), 'password');
    },

    verifyCode(id, code) {
      const c = liveChallenge(id, 'second-factor');
      if (!c) return { kind: 'challenge-expired' };
      if (code !== DEMO_ONE_TIME_CODE) {
        c.attempts++;
        if (c.attempts >= MAX_CODE_ATTEMPTS) {
          challenges.delete(id);
          return { kind: 'challenge-expired' };
        }
        return { kind: 'invalid-code', attemptsLeft: MAX_CODE_ATTEMPTS - c.attempts };
      }
      challenges.delete(id);
      return nextStep(account(c.accountId), c.identifier, 'code');
    },

    resendCode(id) {
      const c = liveChallenge(id, 'second-factor');
      if (!c) return { kind: 'challenge-expired' };
      if (now() < c.resendAt) return { kind: 'too-early', resendAt: c.resendAt };
      const a = account(c.accountId);
      const d = sendCode(a, c.channel);
      c.expiresAt = d.expiresAt;
      c.resendAt = d.resendAt;
      c.attempts = 0;
      return { channel: c.channel, destination: c.channel === 'sms' ? maskPhone(a.mobilePhone) : maskEmail(a.email), expiresAt: iso(d.expiresAt), resendAt: iso(d.resendAt) };
    },

    changeTemporaryPassword(id, password) {
      const c = liveChallenge(id, 'new-password');
      if (!c) return { kind: 'challenge-expired' };
      const a = account(c.accountId);
      // VA-LOSTID: « doit être changé à la prochaine connexion »: not by itself (issue 8 #5).
      const issues = newPasswordIssues(password, { isCurrent: (p) => p === a.password, currentIsTemporary: a.temporary });
      if (issues.length) return { kind: 'policy', issues };
      challenges.delete(id);
      a.password = password;
      a.temporary = false;
      return openSession(a);
    },

    requestReset(identifier, email) {
      const a = accountOf(identifier);
      if (!a || a.password === undefined || a.email.toLowerCase() !== email.trim().toLowerCase()) return;
      const token = opaque('rst');
      resetLinks.set(token, { accountId: a.id, issuedAt: now(), used: false });
      outbox.push({ kind: 'reset-link', to: a.email, token });
    },

    resetStatus(token) {
      const link = resetLinks.get(token);
      const state = linkState(link, resetLinkStatus);
      if (state === 'unknown') return undefined;
      return state === 'valid' ? { status: 'valid', expiresAt: iso(resetLinkExpiresAt(link!.issuedAt)) } : { status: state };
    },

    resetPassword(token, password) {
      const link = resetLinks.get(token);
      const state = linkState(link, resetLinkStatus);
      if (state !== 'valid') return { kind: state };
      const issues = newPasswordIssues(password);
      if (issues.length) return { kind: 'policy', issues };
      const a = account(link!.accountId);
      a.password = password;
      a.temporary = false;
      link!.used = true;
      // The person proved who they are through the e-mailed link: the account (both identifiers) is unlocked.
      lockout = clearLockout(lockout, lockKey(a.identifier, a.id));
      return { kind: 'done' };
    },

    recoverIdentifier(request) {
      const form = { ...request, birthMonth: request.birthMonth };
      if (checkIdentifierRecovery(form).length) return;
      const a = [...accounts.values()].find(
        (x) =>
          sameText(x.lastName, request.lastName) &&
          sameText(x.firstName, request.firstName) &&
          x.birthMonth === request.birthMonth &&
          x.privateNumber === request.privateNumber.trim(),
      );
      if (!a) return;
      const temporaryPassword = `Provisoire-${opaque('p').slice(2, 8)}`;
      a.password = temporaryPassword;
      a.temporary = true;
      outbox.push({ kind: 'identifier-and-temporary-password', to: request.email, identifier: a.identifier, temporaryPassword });
    },

    activationStatus(token) {
      const inv = invitations.get(token);
      const state = linkState(inv, activationLinkStatus);
      if (state === 'unknown') return undefined;
      if (state === 'used') return { status: 'used' };
      if (state === 'expired') return { status: 'expired', expiredAt: iso(activationLinkExpiresAt(inv!.issuedAt)) };
      const a = account(inv!.accountId);
      return {
        status: 'valid',
        expiresAt: iso(activationLinkExpiresAt(inv!.issuedAt)),
        person: { firstName: a.firstName, lastName: a.lastName, email: a.email },
        employer: a.employer,
        ...(inv!.smsCode ? { smsCodeDestination: maskPhone(a.mobilePhone) } : {}),
      };
    },

    sendActivationCode(token) {
      const inv = invitations.get(token);
      const state = linkState(inv, activationLinkStatus);
      if (state !== 'valid') return { kind: state };
      if (!inv!.smsCode) return { kind: 'no-code' };
      if (inv!.code && now() < inv!.code.resendAt) return { kind: 'too-early', resendAt: inv!.code.resendAt };
      const a = account(inv!.accountId);
      inv!.code = sendCode(a, 'sms');
      return { channel: 'sms', destination: maskPhone(a.mobilePhone), expiresAt: iso(inv!.code.expiresAt), resendAt: iso(inv!.code.resendAt) };
    },

    activate(token, password, person, smsCode) {
      const inv = invitations.get(token);
      const state = linkState(inv, activationLinkStatus);
      if (state !== 'valid') return { kind: state };
      const issues = newPasswordIssues(password);
      if (issues.length) return { kind: 'policy', issues };
      if (inv!.smsCode && (!inv!.code || now() >= inv!.code.expiresAt || smsCode !== DEMO_ONE_TIME_CODE)) return { kind: 'invalid-code' };
      const a = account(inv!.accountId);
      const other = accountOf(person.email);
      if (other && other.id !== a.id) return { kind: 'email-unavailable' };
      a.password = password;
      a.firstName = person.firstName.trim();
      a.lastName = person.lastName.trim();
      a.email = person.email.trim().toLowerCase();
      inv!.used = true;
      documents.set(a.id, demoDocuments(a, calendarDateOf(now())));
      return openSession(a) as { kind: 'signed-in'; session: VaultSession };
    },

    session(token) {
      if (!token) return { kind: 'none' };
      const s = sessions.get(token);
      if (!s) return token.startsWith('vs_') ? { kind: 'expired' } : { kind: 'none' };
      if (now() >= s.expiresAt) {
        sessions.delete(token);
        return { kind: 'expired' };
      }
      return { kind: 'account', accountId: s.accountId };
    },

    logout(token) {
      sessions.delete(token);
    },

    profile,

    changeEmail(accountId, email, confirmation, currentPassword) {
      const a = account(accountId);
      const errors = checkEmailChange(email, confirmation, a.email);
      if (errors.length) return { kind: 'invalid', errors };
      // The current password, checked like a login under the account's lock (a wrong one counts).
      const valid = a.password !== undefined && a.password === currentPassword;
      const { state, decision } = decideLogin(lockout, lockKey(a.identifier, a.id), valid, now());
      lockout = state;
      if (decision.kind === 'locked') return decision;
      if (decision.kind === 'refused') return { kind: 'wrong-current' };
      // Whether or not another vault has this address, the same answer: its owner is the one told, by the link.
      const next = email.trim().toLowerCase();
      for (const link of emailLinks.values()) if (link.accountId === a.id) link.replaced = true;
      const token = opaque('eml');
      emailLinks.set(token, { accountId: a.id, email: next, issuedAt: now(), used: false, replaced: false });
      outbox.push({ kind: 'email-confirmation-link', to: next, token });
      outbox.push({ kind: 'email-change-notice', to: a.email, newEmail: maskEmail(next) });
      return profile(accountId);
    },

    confirmEmail(token) {
      const link = emailLinks.get(token);
      const state = link?.replaced ? 'expired' : linkState(link, emailConfirmationLinkStatus);
      if (state !== 'valid') return { kind: state };
      const a = account(link!.accountId);
      const other = accountOf(link!.email);
      if (other && other.id !== a.id) return { kind: 'email-unavailable' };
      a.email = link!.email;
      link!.used = true;
      return { kind: 'confirmed', email: a.email };
    },

    changePassword(accountId, current, next) {
      const a = account(accountId);
      // X-SEC: the current password is checked like a login, under the account's lock: a wrong one
      // counts toward it, and a locked account cannot change its password (as the e-mail change).
      const valid = a.password !== undefined && a.password === current;
      const { state, decision } = decideLogin(lockout, lockKey(a.identifier, a.id), valid, now());
      lockout = state;
      if (decision.kind === 'locked') return decision;
      if (decision.kind === 'refused') return { kind: 'wrong-current' };
      const issues = newPasswordIssues(next, { isCurrent: (p) => p === a.password, currentIsTemporary: a.temporary });
      if (issues.length) return { kind: 'policy', issues };
      a.password = next;
      a.temporary = false;
      return { kind: 'done' };
    },

    documents(accountId) {
      return { folders: FOLDERS.map((f) => ({ ...f })), documents: (documents.get(accountId) ?? []).map((d) => ({ ...d.meta })) };
    },

    archive: (accountId, id) => change(accountId, (docs) => archiveDocument(docs, id)),
    restore: (accountId, id) => change(accountId, (docs) => restoreDocument(docs, id)),
    move: (accountId, id, folderId) => change(accountId, (docs) => moveDocument(docs, FOLDERS, id, folderId)),

    pdf(accountId, id) {
      const d = (documents.get(accountId) ?? []).find((x) => x.meta.id === id);
      return d && makePdf(d.lines.map((text, i) => ({ text, size: i === 0 ? 18 : 11 })), d.meta.title);
    },

    draftPaperRequest(identifier, password, employer) {
      const r = checkCredentials(identifier, password);
      if (r.kind !== 'accepted') return r;
      const draftId = opaque('pap');
      const expiresAt = now() + PAPER_DRAFT_VALID_MINUTES * MIN;
      drafts.set(draftId, { accountId: r.account.id, identifier: normalizeIdentifier(identifier), employer: employer.trim(), expiresAt });
      return { draftId, firstName: r.account.firstName, lastName: r.account.lastName, employer: employer.trim(), expiresAt: iso(expiresAt) };
    },

    confirmPaperRequest(draftId) {
      const d = drafts.get(draftId);
      if (!d) return undefined;
      if (d.confirmation) return d.confirmation;
      if (now() >= d.expiresAt) return { kind: 'expired' };
      const a = account(d.accountId);
      a.paperless = false;
      const t = now();
      d.confirmation = {
        reference: `PAP-${calendarDateOf(t).slice(0, 4)}-${String(++paperSequence).padStart(6, '0')}`,
        requestedAt: iso(t),
        identifier: d.identifier,
        firstName: a.firstName,
        lastName: a.lastName,
        employer: d.employer,
      };
      return d.confirmation;
    },

    lockedUntil: (identifier) => lockedUntil(lockout, keyOf(identifier), now()),
    outbox: () => [...outbox],
    reset,
  };
}
