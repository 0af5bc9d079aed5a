/** VA-PROFILE — the profile, the e-mail change and its link, the password change. */
import { checkEmailChange, decideLogin, emailConfirmationLinkStatus, lockKey } from '@vigie/core';
import { newPasswordIssues } from '../../shared/new-password.js';
import type { VaultStore } from './data.js';
import { maskEmail, opaque } from './kit.js';
import type { VaultContext } from './context.js';

export function profileOf(st: VaultContext): Pick<VaultStore, 'profile' | 'changeEmail' | 'confirmEmail' | 'changePassword'> {
  return {
    profile: st.profile,

    changeEmail(accountId, email, confirmation, currentPassword) {
      const a = st.account(accountId);
      const errors = checkEmailChange(email, confirmation, a.email);
      if (errors.length) return { kind: 'invalid', errors };
      // The current password, checked like a login under the account's lock (a wrong one counts).
      const valid = a.password !== undefined && a.password === currentPassword;
      const { state, decision } = decideLogin(st.lockout, lockKey(a.identifier, a.id), valid, st.now());
      st.lockout = state;
      if (decision.kind === 'locked') return decision;
      if (decision.kind === 'refused') return { kind: 'wrong-current' };
      // Whether or not another vault has this address, the same answer: its owner is the one told, by the link.
      const next = email.trim().toLowerCase();
      for (const link of st.emailLinks.values()) if (link.accountId === a.id) link.replaced = true;
      const token = opaque('eml');
      st.emailLinks.set(token, { accountId: a.id, email: next, issuedAt: st.now(), used: false, replaced: false });
      st.outbox.push({ kind: 'email-confirmation-link', to: next, token });
      st.outbox.push({ kind: 'email-change-notice', to: a.email, newEmail: maskEmail(next) });
      return st.profile(accountId);
    },

    confirmEmail(token) {
      const link = st.emailLinks.get(token);
      const state = link?.replaced ? 'expired' : st.linkState(link, emailConfirmationLinkStatus);
      if (state !== 'valid') return { kind: state };
      const a = st.account(link!.accountId);
      const other = st.accountOf(link!.email);
      if (other && other.id !== a.id) return { kind: 'email-unavailable' };
      a.email = link!.email;
      link!.used = true;
      return { kind: 'confirmed', email: a.email };
    },

    changePassword(accountId, current, next) {
      const a = st.account(accountId);
      // X-SEC: the current password is checked like a login, under the account's lock: a wrong one
      // counts toward it, and a locked account cannot change its password (as the e-mail change).
      const valid = a.password !== undefined && a.password === current;
      const { state, decision } = decideLogin(st.lockout, lockKey(a.identifier, a.id), valid, st.now());
      st.lockout = state;
      if (decision.kind === 'locked') return decision;
      if (decision.kind === 'refused') return { kind: 'wrong-current' };
      const issues = newPasswordIssues(next, { isCurrent: (p) => p === a.password, currentIsTemporary: a.temporary });
      if (issues.length) return { kind: 'policy', issues };
      a.password = next;
      a.temporary = false;
      return { kind: 'done' };
    },
  };
}
