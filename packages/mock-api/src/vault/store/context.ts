/**
 * VA — the vault mock's state and the helpers every aggregate shares (accounts, the lockout,
 * challenges, sessions, links, documents, drafts, the outbox). The aggregates (`sessions.ts`,
 * `links.ts`, `profile.ts`, `documents.ts`, `paper.ts`) read and change it through here.
 */
import {
  codeDeadlines,
  decideLogin,
  emailConfirmationLinkExpiresAt,
  emailConfirmationLinkStatus,
  EMPTY_LOCKOUT,
  LOCK_AFTER_FAILURES,
  lockKey,
  normalizeIdentifier,
  calendarDateOf,
  type DocumentChange,
  type LockoutState,
  type LoginResponse,
  type SecondFactorChannel,
  type VaultDocument,
  type VaultProfile,
} from '@vigie/core';
import type { VaultScenario } from '../../scenarios.js';
import {
  DEMO_ACCOUNTS,
  DEMO_ACCOUNT_ID,
  DEMO_ONE_TIME_CODE,
  DEMO_PENDING_EMAIL,
  DEMO_TOKENS,
  LOCKED_SCENARIO_MINUTES_LEFT,
  PASSWORD_CHANGE_WINDOW_MINUTES,
  SESSION_VALID_MINUTES,
  type Account,
  type Challenge,
  type Draft,
  type EmailLink,
  type Invitation,
  type Link,
  type OutboxMessage,
} from './data.js';
import { DAY, demoDocuments, iso, maskEmail, maskPhone, MIN, opaque, type StoredDocument } from './kit.js';

export interface VaultContext {
  readonly scenario: VaultScenario;
  readonly now: () => number;
  accounts: Map<string, Account>;
  lockout: LockoutState;
  challenges: Map<string, Challenge>;
  sessions: Map<string, { accountId: string; expiresAt: number }>;
  resetLinks: Map<string, Link>;
  invitations: Map<string, Invitation>;
  emailLinks: Map<string, EmailLink>;
  documents: Map<string, StoredDocument[]>;
  drafts: Map<string, Draft>;
  outbox: OutboxMessage[];
  paperSequence: number;
  reset(): void;
  accountOf(identifier: string): Account | undefined;
  account(id: string): Account;
  openSession(a: Account): LoginResponse;
  sendCode(a: Account, channel: SecondFactorChannel): { expiresAt: number; resendAt: number };
  nextStep(a: Account, identifier: string, passed: 'password' | 'code'): LoginResponse;
  checkCredentials(
    identifier: string,
    password: string,
  ): { kind: 'accepted'; account: Account } | { kind: 'refused' } | { kind: 'locked'; lockedUntil: number };
  liveChallenge(id: string, kind: Challenge['kind']): Challenge | undefined;
  linkState(
    link: Link | undefined,
    status: (issuedAt: number, now: number) => 'valid' | 'expired',
  ): 'unknown' | 'used' | 'expired' | 'valid';
  pendingEmailLink(accountId: string): EmailLink | undefined;
  profile(id: string): VaultProfile;
  change(accountId: string, apply: (docs: readonly VaultDocument[]) => DocumentChange): DocumentChange;
  keyOf(identifier: string): ReturnType<typeof lockKey>;
}

export function createVaultContext(scenario: VaultScenario, now: () => number): VaultContext {
  const st = {
    scenario,
    now,
    accounts: new Map<string, Account>(),
    lockout: EMPTY_LOCKOUT,
    challenges: new Map<string, Challenge>(),
    sessions: new Map<string, { accountId: string; expiresAt: number }>(),
    resetLinks: new Map<string, Link>(),
    invitations: new Map<string, Invitation>(),
    emailLinks: new Map<string, EmailLink>(),
    documents: new Map<string, StoredDocument[]>(),
    drafts: new Map<string, Draft>(),
    outbox: [],
    paperSequence: 0,
  } as unknown as VaultContext;

  st.reset = function reset() {
    const t = now();
    const today = calendarDateOf(t);
    st.accounts = new Map(
      DEMO_ACCOUNTS.map((a): [string, Account] => {
        const account: Account = { ...a, paperless: true };
        if (a.id === DEMO_ACCOUNT_ID && scenario === 'vault:second-factor') account.secondFactor = 'sms';
        if (a.id === DEMO_ACCOUNT_ID && scenario === 'vault:must-change-password') account.temporary = true;
        return [a.id, account];
      }),
    );
    st.lockout = EMPTY_LOCKOUT;
    if (scenario === 'vault:locked') {
      // Three failures on Paul Dupont's account, the last one 30 minutes ago: 90 minutes left, by the rule of core.
      const lastFailure = t - (120 - LOCKED_SCENARIO_MINUTES_LEFT) * MIN;
      for (let i = 0; i < LOCK_AFTER_FAILURES; i++)
        st.lockout = decideLogin(st.lockout, lockKey('123456789012', DEMO_ACCOUNT_ID), false, lastFailure).state;
    }
    st.challenges = new Map();
    st.sessions = new Map();
    const expired = scenario === 'vault:expired-link';
    st.resetLinks = new Map([
      [DEMO_TOKENS.reset, { accountId: DEMO_ACCOUNT_ID, issuedAt: expired ? t - 2 * DAY : t - 60 * MIN, used: false }],
      [DEMO_TOKENS.resetExpired, { accountId: DEMO_ACCOUNT_ID, issuedAt: t - 2 * DAY, used: false }],
      [DEMO_TOKENS.resetUsed, { accountId: DEMO_ACCOUNT_ID, issuedAt: t - 3 * 60 * MIN, used: true }],
    ]);
    st.invitations = new Map([
      [DEMO_TOKENS.activation, { accountId: 'ines-moreau', issuedAt: expired ? t - 20 * DAY : t - 3 * DAY, used: false, smsCode: true }],
      [DEMO_TOKENS.activationNoSms, { accountId: 'lea-garnier', issuedAt: expired ? t - 20 * DAY : t - DAY, used: false, smsCode: false }],
      [DEMO_TOKENS.activationExpired, { accountId: 'hugo-lefevre', issuedAt: t - 20 * DAY, used: false, smsCode: false }],
      [DEMO_TOKENS.activationUsed, { accountId: DEMO_ACCOUNT_ID, issuedAt: t - 400 * DAY, used: true, smsCode: false }],
    ]);
    st.emailLinks = new Map([
      [
        DEMO_TOKENS.emailConfirmation,
        {
          accountId: 'camille-martin',
          email: DEMO_PENDING_EMAIL,
          issuedAt: expired ? t - 2 * DAY : t - 60 * MIN,
          used: false,
          replaced: false,
        },
      ],
      [
        DEMO_TOKENS.emailConfirmationExpired,
        { accountId: 'lucas-petit', email: 'lucas.petit@nouvelle-adresse.fr', issuedAt: t - 2 * DAY, used: false, replaced: false },
      ],
      [
        DEMO_TOKENS.emailConfirmationUsed,
        { accountId: DEMO_ACCOUNT_ID, email: 'paul.dupont@example.fr', issuedAt: t - 30 * DAY, used: true, replaced: false },
      ],
    ]);
    st.documents = new Map(
      [...st.accounts.values()]
        .filter((a) => a.password !== undefined)
        .map((a) => [a.id, scenario === 'vault:empty-documents' && a.id === DEMO_ACCOUNT_ID ? [] : demoDocuments(a, today)]),
    );
    st.drafts = new Map();
    st.outbox = [];
    st.paperSequence = 0;
  };

  /** The account an identifier (number or e-mail, normalised) designates, if any. */
  st.accountOf = function accountOf(identifier: string): Account | undefined {
    const key = normalizeIdentifier(identifier);
    for (const a of st.accounts.values()) if (a.identifier === key || a.email.toLowerCase() === key) return a;
    return undefined;
  };

  st.account = function account(id: string): Account {
    const a = st.accounts.get(id);
    if (!a) throw new RangeError(`No demo account ${id}`);
    return a;
  };

  st.openSession = function openSession(a: Account): LoginResponse {
    const token = opaque('vs');
    const expiresAt = now() + SESSION_VALID_MINUTES * MIN;
    st.sessions.set(token, { accountId: a.id, expiresAt });
    return { kind: 'signed-in', session: { token, expiresAt: iso(expiresAt), user: { firstName: a.firstName, lastName: a.lastName } } };
  };

  st.sendCode = function sendCode(a: Account, channel: SecondFactorChannel): { expiresAt: number; resendAt: number } {
    st.outbox.push({ kind: 'one-time-code', channel, to: channel === 'sms' ? a.mobilePhone : a.email, code: DEMO_ONE_TIME_CODE });
    return codeDeadlines(now());
  };

  /** After the password (or the code): the next step of this account. */
  st.nextStep = function nextStep(a: Account, identifier: string, passed: 'password' | 'code'): LoginResponse {
    if (passed === 'password' && a.secondFactor !== 'off') {
      const channel = a.secondFactor;
      const { expiresAt, resendAt } = st.sendCode(a, channel);
      const challenge = opaque('ch');
      st.challenges.set(challenge, { accountId: a.id, identifier, kind: 'second-factor', channel, expiresAt, resendAt, attempts: 0 });
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
      st.challenges.set(challenge, {
        accountId: a.id,
        identifier,
        kind: 'new-password',
        channel: 'email',
        expiresAt,
        resendAt: expiresAt,
        attempts: 0,
      });
      return { kind: 'must-change-password', challenge, expiresAt: iso(expiresAt) };
    }
    return st.openSession(a);
  };

  /** The key failures are counted under (core's `lockKey`): the account the identifier designates, else the identifier. */
  st.keyOf = (identifier: string) => lockKey(identifier, st.accountOf(identifier)?.id);

  /** The lockout of core decides, per account; the credentials are valid only for an activated account and its password. */
  st.checkCredentials = function checkCredentials(
    identifier: string,
    password: string,
  ): { kind: 'accepted'; account: Account } | { kind: 'refused' } | { kind: 'locked'; lockedUntil: number } {
    const a = st.accountOf(identifier);
    const valid = a !== undefined && a.password !== undefined && a.password === password;
    const { state, decision } = decideLogin(st.lockout, lockKey(identifier, a?.id), valid, now());
    st.lockout = state;
    if (decision.kind === 'accepted') return { kind: 'accepted', account: a! };
    return decision;
  };

  st.liveChallenge = function liveChallenge(id: string, kind: Challenge['kind']): Challenge | undefined {
    const c = st.challenges.get(id);
    if (!c || c.kind !== kind) return undefined;
    if (now() >= c.expiresAt) {
      st.challenges.delete(id);
      return undefined;
    }
    return c;
  };

  st.linkState = function linkState(
    link: Link | undefined,
    status: (issuedAt: number, now: number) => 'valid' | 'expired',
  ): 'unknown' | 'used' | 'expired' | 'valid' {
    if (!link) return 'unknown';
    if (link.used) return 'used';
    return status(link.issuedAt, now());
  };

  /** The account's e-mail change waiting for confirmation, if its link still works. */
  st.pendingEmailLink = function pendingEmailLink(accountId: string): EmailLink | undefined {
    for (const link of st.emailLinks.values()) {
      if (link.accountId === accountId && !link.replaced && st.linkState(link, emailConfirmationLinkStatus) === 'valid') return link;
    }
    return undefined;
  };

  st.profile = function profile(id: string): VaultProfile {
    const a = st.account(id);
    const pending = st.pendingEmailLink(id);
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
  };

  st.change = function change(accountId: string, apply: (docs: readonly VaultDocument[]) => DocumentChange): DocumentChange {
    const stored = st.documents.get(accountId) ?? [];
    const result = apply(stored.map((d) => d.meta));
    if (result.kind === 'changed') {
      const byId = new Map(result.documents.map((d) => [d.id, d]));
      st.documents.set(
        accountId,
        stored.map((d) => ({ ...d, meta: byId.get(d.meta.id) ?? d.meta })),
      );
    }
    return result;
  };
  st.reset();
  return st;
}
