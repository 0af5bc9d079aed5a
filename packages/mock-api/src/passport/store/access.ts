/** PP-REGISTER, PP-LOGIN — registration, login (throttled), the temporary password, the reset link, sessions. */
import {
  checkRegistration,
  clearThrottle,
  decideThrottledLogin,
  fieldIssueList,
  normalizeRegions,
  UNPG_MODULE_IDS,
  throttledUntil,
} from '@vigie/core/passport';
import { hashPassword, verifyPassword } from '../hash.js';
import { PASSPORT_TEST_CAPTCHA_TOKEN, PASSPORT_CHALLENGE_VALID_MINUTES, type PassportStore } from './data.js';
import { type Person, type Company, MIN, iso, opaque, normalizeLogin, rosterOf, issues, policyIssues } from './kit.js';
import type { PassportContext } from './context.js';

export function accessOf(
  st: PassportContext,
): Pick<
  PassportStore,
  'register' | 'login' | 'changeTemporaryPassword' | 'requestReset' | 'resetLinkStatus' | 'resetPassword' | 'session' | 'logout'
> {
  return {
    register(request) {
      const form = {
        identification: request.identification.kind,
        siret: request.identification.kind === 'siret' ? request.identification.siret : '',
        vat: request.identification.kind === 'vat' ? request.identification.vat : '',
        companyName: request.companyName,
        regions: request.regions,
        referentLastName: request.referent.lastName,
        referentFirstName: request.referent.firstName,
        email: request.referent.email,
        emailConfirmation: request.referent.email,
        password: request.password,
        passwordConfirmation: request.password,
        antiRobotToken: request.antiRobotToken,
      };
      const invalid = issues(fieldIssueList(checkRegistration(form))) ?? policyIssues(request.password);
      if (invalid) return invalid;
      // The robot check comes before anything that reads the accounts: a robot learns nothing.
      if (request.antiRobotToken !== PASSPORT_TEST_CAPTCHA_TOKEN) return { kind: 'robot-check-failed' };
      const id = request.identification;
      const exists = [...st.companies.values()].some((c) =>
        c.identification.kind === 'siret' && id.kind === 'siret'
          ? c.identification.siret === id.siret
          : c.identification.kind === 'vat' && id.kind === 'vat' && c.identification.vat === id.vat,
      );
      if (exists) return { kind: 'company-exists' };
      const login = normalizeLogin(request.referent.email);
      // The password is hashed in both cases: a taken e-mail and a free one take the same time.
      const passwordHash = hashPassword(request.password);
      if (st.loginTaken(request.referent.email)) {
        // No enumeration (point 4): the same answer as a creation; the address's owner is told by e-mail.
        st.outbox.push({ kind: 'registration-attempt-existing-login', to: login, companyName: request.companyName.trim() });
        return { kind: 'created', login };
      }
      const person: Person = {
        id: opaque('person'),
        linked: false,
        userLogin: null,
        userPasswordHash: null,
        hasUserAccount: false,
        isTrainer: false,
        active: 'company',
      };
      st.persons.set(person.id, person);
      const company: Company = {
        id: `company-${++st.companySequence}`,
        identification: id,
        companyName: request.companyName.trim(),
        regions: normalizeRegions(request.regions),
        referent: { lastName: request.referent.lastName.trim(), firstName: request.referent.firstName.trim() },
        login,
        passwordHash,
        passwordState: 'set',
        version: 1,
        referentPersonId: person.id,
        roster: undefined,
        makeRoster: () => rosterOf([], st.now(), () => UNPG_MODULE_IDS[0]),
      };
      st.companies.set(company.id, company);
      st.outbox.push({ kind: 'registration-confirmation', to: login, companyName: company.companyName });
      return { kind: 'created', login };
    },

    // ── PP-LOGIN ──

    login(email, password) {
      // During a wait nothing is checked, for a known and an unknown e-mail alike.
      const waiting = throttledUntil(st.throttle, email, st.now());
      if (waiting !== undefined) return { kind: 'wait', retryAt: waiting };
      const c = st.companyByLogin(email);
      // The hash is computed for an unknown e-mail too: both refusals take the same time.
      const valid = verifyPassword(password, c?.passwordHash ?? null) && c !== undefined && c.passwordState !== 'reset-required';
      const decided = decideThrottledLogin(st.throttle, email, valid, st.now());
      st.throttle = decided.state;
      if (decided.decision.kind === 'wait') return { kind: 'wait', retryAt: decided.decision.retryAt };
      if (!valid) return { kind: 'refused' };
      if (c.passwordState === 'temporary') {
        const challenge = opaque('ppc');
        const expiresAt = st.now() + PASSPORT_CHALLENGE_VALID_MINUTES * MIN;
        st.challenges.set(challenge, { companyId: c.id, expiresAt });
        return { kind: 'must-change-password', challenge, expiresAt: iso(expiresAt) };
      }
      return st.openSession(c, c.referentPersonId);
    },

    changeTemporaryPassword(challenge, password) {
      const ch = st.challenges.get(challenge);
      if (!ch || st.now() >= ch.expiresAt) {
        st.challenges.delete(challenge);
        return { kind: 'challenge-expired' };
      }
      const c = st.companyById(ch.companyId);
      if (c.passwordState !== 'temporary') {
        st.challenges.delete(challenge);
        return { kind: 'challenge-expired' };
      }
      // PP-SPACES handover: the successor's own password, never the temporary one again.
      const invalid = policyIssues(password, { isCurrent: (p) => verifyPassword(p, c.passwordHash), currentIsTemporary: true });
      if (invalid) return invalid;
      st.challenges.delete(challenge);
      c.passwordHash = hashPassword(password);
      c.passwordState = 'set';
      st.endOtherSessions(c.id, undefined);
      return st.openSession(c, c.referentPersonId);
    },

    requestReset(email) {
      const c = st.companyByLogin(email);
      if (!c) return;
      const token = opaque('ppr');
      st.resetLinks.set(token, { companyId: c.id, login: c.login, issuedAt: st.now(), used: false });
      st.outbox.push({ kind: 'password-reset-link', to: c.login, token });
    },

    resetLinkStatus: (token) => st.linkState(token),

    resetPassword(token, password) {
      const state = st.linkState(token);
      if (state.kind !== 'valid') return state;
      const link = st.resetLinks.get(token)!;
      const c = st.companyById(link.companyId);
      // X-SEC: the one check of every new password (policy, common list). Not « same as current »: that
      // answer would confirm the current password to whoever holds the link (as the vault's reset).
      const invalid = policyIssues(password);
      if (invalid) return invalid;
      link.used = true;
      c.passwordHash = hashPassword(password);
      c.passwordState = 'set';
      // The person proved who they are: the login's failures are forgotten.
      st.throttle = clearThrottle(st.throttle, c.login);
      st.endOtherSessions(c.id, undefined);
      return { kind: 'done' };
    },

    session(token) {
      if (!token) return { kind: 'none' };
      const s = st.sessions.get(token);
      if (!s || !st.companies.has(s.companyId)) return { kind: 'none' };
      if (st.now() >= s.expiresAt) {
        st.sessions.delete(token);
        return { kind: 'none' };
      }
      return { kind: 'session', companyId: s.companyId, personId: s.personId, token };
    },

    logout(token) {
      // The demo's session too: a real backend ends whatever session signs out (`reset()` brings it back).
      if (token) st.sessions.delete(token);
    },

    // ── PP-COMPANY ──
  };
}
