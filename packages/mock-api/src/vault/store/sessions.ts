/** VA-LOGIN — sign-in (password, second factor, temporary password), sessions and sign-out. */
import { lockedUntil, MAX_CODE_ATTEMPTS, normalizeIdentifier } from '@vigie/core';
import { newPasswordIssues } from '../../shared/new-password.js';
import type { VaultStore } from './data.js';
import { DEMO_ONE_TIME_CODE } from './data.js';
import { iso, maskEmail, maskPhone } from './kit.js';
import type { VaultContext } from './context.js';

export function sessionsOf(
  st: VaultContext,
): Pick<VaultStore, 'login' | 'verifyCode' | 'resendCode' | 'changeTemporaryPassword' | 'session' | 'logout' | 'lockedUntil'> {
  return {
    login(identifier, password) {
      const r = st.checkCredentials(identifier, password);
      if (r.kind !== 'accepted') return r;
      return st.nextStep(r.account, normalizeIdentifier(identifier), 'password');
    },

    verifyCode(id, code) {
      const c = st.liveChallenge(id, 'second-factor');
      if (!c) return { kind: 'challenge-expired' };
      if (code !== DEMO_ONE_TIME_CODE) {
        c.attempts++;
        if (c.attempts >= MAX_CODE_ATTEMPTS) {
          st.challenges.delete(id);
          return { kind: 'challenge-expired' };
        }
        return { kind: 'invalid-code', attemptsLeft: MAX_CODE_ATTEMPTS - c.attempts };
      }
      st.challenges.delete(id);
      return st.nextStep(st.account(c.accountId), c.identifier, 'code');
    },

    resendCode(id) {
      const c = st.liveChallenge(id, 'second-factor');
      if (!c) return { kind: 'challenge-expired' };
      if (st.now() < c.resendAt) return { kind: 'too-early', resendAt: c.resendAt };
      const a = st.account(c.accountId);
      const d = st.sendCode(a, c.channel);
      c.expiresAt = d.expiresAt;
      c.resendAt = d.resendAt;
      c.attempts = 0;
      return {
        channel: c.channel,
        destination: c.channel === 'sms' ? maskPhone(a.mobilePhone) : maskEmail(a.email),
        expiresAt: iso(d.expiresAt),
        resendAt: iso(d.resendAt),
      };
    },

    changeTemporaryPassword(id, password) {
      const c = st.liveChallenge(id, 'new-password');
      if (!c) return { kind: 'challenge-expired' };
      const a = st.account(c.accountId);
      // VA-LOSTID: « doit être changé à la prochaine connexion »: not by itself (issue 8 #5).
      const issues = newPasswordIssues(password, { isCurrent: (p) => p === a.password, currentIsTemporary: a.temporary });
      if (issues.length) return { kind: 'policy', issues };
      st.challenges.delete(id);
      a.password = password;
      a.temporary = false;
      return st.openSession(a);
    },

    session(token) {
      if (!token) return { kind: 'none' };
      const s = st.sessions.get(token);
      if (!s) return token.startsWith('vs_') ? { kind: 'expired' } : { kind: 'none' };
      if (st.now() >= s.expiresAt) {
        st.sessions.delete(token);
        return { kind: 'expired' };
      }
      return { kind: 'account', accountId: s.accountId };
    },

    logout(token) {
      st.sessions.delete(token);
    },

    lockedUntil: (identifier) => lockedUntil(st.lockout, st.keyOf(identifier), st.now()),
  };
}
