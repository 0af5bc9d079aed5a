/**
 * PP — the passport mock's state (companies, persons, sessions, challenges, reset links, the login
 * throttle, the outbox) and the helpers every aggregate shares. The aggregates (`access.ts`,
 * `company.ts`, `spaces.ts`, `employees.ts`) read and change it through here.
 */
import { sameEmail } from '@vigie/core';
import {
  EMPTY_THROTTLE,
  transition,
  UNPG_MODULE_IDS,
  type CompanyInfo,
  type Employee,
  type PassportLoginResponse,
  type SpacesEvent,
  type SpacesRefusalReason,
  type SpacesState,
  type ThrottleState,
} from '@vigie/core/passport';
import type { PassportScenario } from '../../scenarios.js';
import { generateEmployees } from '../generate.js';
import { hashPassword } from '../hash.js';
import {
  PASSPORT_DEMO_COMPANY,
  PASSPORT_DEMO_LOGIN,
  PASSPORT_DEMO_USER_LOGIN,
  PASSPORT_DEMO_SESSION_TOKEN,
  PASSPORT_HANDOVER_LOGIN,
  PASSPORT_LARGE_ROSTER_SIZE,
  PASSPORT_DEMO_BLOCKED_MODULE,
  PASSPORT_SESSION_VALID_MINUTES,
  PASSPORT_RESET_LINK_VALID_MINUTES,
  PASSPORT_DEMO_RESET_TOKENS,
  PASSPORT_DEMO_COMPANY_ID,
  type PassportOutboxMessage,
  type PassportVersionRefusal,
  type PassportResetLinkState,
  type PassportSessionRef,
} from './data.js';
import { type Roster, type Person, type Company, type Session, MIN, iso, opaque, seqOf, indexOf, rosterOf, demoRows } from './kit.js';

export interface PassportContext {
  readonly scenario: PassportScenario;
  readonly now: () => number;
  companies: Map<string, Company>;
  persons: Map<string, Person>;
  sessions: Map<string, Session>;
  challenges: Map<string, { companyId: string; expiresAt: number }>;
  resetLinks: Map<string, { companyId: string; login: string; issuedAt: number; used: boolean }>;
  throttle: ThrottleState;
  outbox: PassportOutboxMessage[];
  companySequence: number;
  reset(): void;
  companyById(id: string): Company;
  roster(companyId: string): Roster;
  loginTaken(email: string, except?: string): boolean;
  versionRefusal(current: number, asked: number | undefined): PassportVersionRefusal | undefined;
  openSession(c: Company, personId: string): PassportLoginResponse;
  endOtherSessions(companyId: string, keep: string | undefined): void;
  spacesStateOf(personId: string, c: Company): SpacesState;
  runSpaces(
    session: PassportSessionRef,
    event: SpacesEvent,
  ): SpacesState | { readonly kind: 'refused'; readonly reason: SpacesRefusalReason };
  findEmployee(companyId: string, id: string): { roster: Roster; index: number } | undefined;
  replaceRow(r: Roster, index: number, row: Employee): Employee;
  linkState(token: string): PassportResetLinkState;
  companyByLogin(email: string): Company | undefined;
  info(c: Company): CompanyInfo;
  nameOf(e: Employee): string;
}

export function createPassportContext(scenario: PassportScenario, now: () => number): PassportContext {
  const st = { scenario, now } as PassportContext;

  st.reset = function reset(): void {
    const t = now();
    st.companies = new Map();
    st.persons = new Map();
    st.sessions = new Map();
    st.challenges = new Map();
    st.resetLinks = new Map();
    st.throttle = EMPTY_THROTTLE;
    st.outbox = [];
    st.companySequence = 0;

    const handedOver = scenario === 'passport:must-change-password';
    const baptiste: Person = {
      id: 'baptiste-martin',
      linked: scenario === 'passport:linked-spaces',
      userLogin: scenario === 'passport:linked-spaces' ? null : PASSPORT_DEMO_USER_LOGIN,
      userPasswordHash: null,
      hasUserAccount: true,
      isTrainer: true,
      active: 'company',
    };
    st.persons.set(baptiste.id, baptiste);
    let referentPersonId = baptiste.id;
    if (handedOver) {
      const claire: Person = {
        id: 'claire-durand',
        linked: false,
        userLogin: null,
        userPasswordHash: null,
        hasUserAccount: false,
        isTrainer: false,
        active: 'company',
      };
      st.persons.set(claire.id, claire);
      referentPersonId = claire.id;
    }
    const rows = (): Employee[] => {
      if (scenario === 'passport:empty-roster') return [];
      if (scenario === 'passport:large') return generateEmployees(PASSPORT_LARGE_ROSTER_SIZE);
      return demoRows();
    };
    const demo: Company = {
      id: PASSPORT_DEMO_COMPANY_ID,
      identification: { ...PASSPORT_DEMO_COMPANY.identification },
      companyName: PASSPORT_DEMO_COMPANY.companyName,
      regions: [...PASSPORT_DEMO_COMPANY.regions],
      referent: handedOver
        ? { lastName: PASSPORT_HANDOVER_LOGIN.lastName, firstName: PASSPORT_HANDOVER_LOGIN.firstName }
        : { lastName: PASSPORT_DEMO_COMPANY.referent.lastName, firstName: PASSPORT_DEMO_COMPANY.referent.firstName },
      login: handedOver ? PASSPORT_HANDOVER_LOGIN.email : PASSPORT_DEMO_LOGIN.email,
      passwordHash: hashPassword(handedOver ? PASSPORT_HANDOVER_LOGIN.password : PASSPORT_DEMO_LOGIN.password),
      passwordState: handedOver ? 'temporary' : 'set',
      version: handedOver ? 2 : 1,
      referentPersonId,
      roster: undefined,
      makeRoster: () =>
        rosterOf(rows(), t, (row) =>
          row.id === 'emp-000003' ? PASSPORT_DEMO_BLOCKED_MODULE : UNPG_MODULE_IDS[seqOf(row.id) % UNPG_MODULE_IDS.length]!,
        ),
    };
    st.companies.set(demo.id, demo);
    st.resetLinks.set(PASSPORT_DEMO_RESET_TOKENS.valid, { companyId: demo.id, login: demo.login, issuedAt: t, used: false });
    st.resetLinks.set(PASSPORT_DEMO_RESET_TOKENS.expired, {
      companyId: demo.id,
      login: demo.login,
      issuedAt: t - (PASSPORT_RESET_LINK_VALID_MINUTES + 1) * MIN,
      used: false,
    });
    st.resetLinks.set(PASSPORT_DEMO_RESET_TOKENS.used, { companyId: demo.id, login: demo.login, issuedAt: t, used: true });
    st.sessions.set(PASSPORT_DEMO_SESSION_TOKEN, { companyId: demo.id, personId: referentPersonId, expiresAt: Number.POSITIVE_INFINITY });
  };

  // ── Lookups ──

  st.companyById = function companyById(id: string): Company {
    const c = st.companies.get(id);
    if (!c) throw new RangeError(`No passport company ${id}`);
    return c;
  };

  st.companyByLogin = (email: string): Company | undefined => [...st.companies.values()].find((c) => sameEmail(c.login, email));

  st.roster = function roster(companyId: string): Roster {
    const c = st.companyById(companyId);
    return (c.roster ??= c.makeRoster());
  };

  /** Whether an e-mail is already a login: a company's, or a user account's (`except` that person's own). */
  st.loginTaken = function loginTaken(email: string, except?: string): boolean {
    if (st.companyByLogin(email)) return true;
    for (const p of st.persons.values()) if (p.id !== except && p.userLogin !== null && sameEmail(p.userLogin, email)) return true;
    return false;
  };

  st.info = (c: Company): CompanyInfo => ({
    identification: { ...c.identification },
    companyName: c.companyName,
    regions: [...c.regions],
    referent: { lastName: c.referent.lastName, firstName: c.referent.firstName, email: c.login },
    version: c.version,
  });

  st.versionRefusal = function versionRefusal(current: number, asked: number | undefined): PassportVersionRefusal | undefined {
    if (asked === undefined) return { kind: 'version-required' };
    return asked === current ? undefined : { kind: 'version-mismatch', current };
  };

  st.openSession = function openSession(c: Company, personId: string): PassportLoginResponse {
    const token = opaque('pps');
    const expiresAt = now() + PASSPORT_SESSION_VALID_MINUTES * MIN;
    st.sessions.set(token, { companyId: c.id, personId, expiresAt });
    return {
      kind: 'signed-in',
      session: {
        token,
        expiresAt: iso(expiresAt),
        companyName: c.companyName,
        referent: { lastName: c.referent.lastName, firstName: c.referent.firstName },
        space: 'company',
      },
    };
  };

  /** After a password change: the company's other sessions end (the demo session aside: it is the demo's). */
  st.endOtherSessions = function endOtherSessions(companyId: string, keep: string | undefined): void {
    for (const [token, s] of st.sessions)
      if (s.companyId === companyId && token !== keep && token !== PASSPORT_DEMO_SESSION_TOKEN) st.sessions.delete(token);
  };

  // ── PP-SPACES: the machine of core over the store's data ──

  st.spacesStateOf = function spacesStateOf(personId: string, c: Company): SpacesState {
    const p = st.persons.get(personId)!;
    const company = { login: c.login, referent: { ...c.referent }, password: c.passwordState };
    const person = {
      isReferent: c.referentPersonId === p.id,
      hasUserAccount: p.hasUserAccount,
      isTrainer: p.isTrainer && p.hasUserAccount,
    };
    return p.linked
      ? { status: 'linked', company, person, active: p.active, refusal: null }
      : { status: 'separate', company, userLogin: p.userLogin, person, active: p.active, refusal: null };
  };

  /** Runs one event through core's machine; on acceptance, writes the new state back to the person (and the company for a handover). */
  st.runSpaces = function runSpaces(
    session: PassportSessionRef,
    event: SpacesEvent,
  ): SpacesState | { readonly kind: 'refused'; readonly reason: SpacesRefusalReason } {
    const c = st.companyById(session.companyId);
    const next = transition(st.spacesStateOf(session.personId, c), event);
    if (next.refusal) return { kind: 'refused', reason: next.refusal.reason };
    const p = st.persons.get(session.personId)!;
    p.linked = next.status === 'linked';
    p.userLogin = next.status === 'separate' ? next.userLogin : null;
    p.hasUserAccount = next.person.hasUserAccount;
    p.isTrainer = next.person.isTrainer;
    p.active = next.active;
    return next;
  };

  // ── PP-ROSTER helpers ──

  st.findEmployee = function findEmployee(companyId: string, id: string): { roster: Roster; index: number } | undefined {
    const r = st.roster(companyId);
    const index = indexOf(r.rows, id);
    return index < 0 ? undefined : { roster: r, index };
  };

  st.replaceRow = function replaceRow(r: Roster, index: number, row: Employee): Employee {
    r.rows[index] = row;
    return row;
  };

  st.nameOf = (e: Employee) => `${e.firstName} ${e.lastName}`;

  // ── PP-LOGIN: the e-mailed reset links ──

  st.linkState = function linkState(token: string): PassportResetLinkState {
    const link = st.resetLinks.get(token);
    if (!link) return { kind: 'unknown' };
    if (link.used) return { kind: 'used' };
    const c = st.companies.get(link.companyId);
    const expiresAt = link.issuedAt + PASSPORT_RESET_LINK_VALID_MINUTES * MIN;
    // A link stops working past its validity, and when the login it was sent to is no longer the company's.
    if (!c || now() >= expiresAt || !sameEmail(c.login, link.login)) return { kind: 'expired' };
    return { kind: 'valid', expiresAt };
  };
  st.reset();
  return st;
}
