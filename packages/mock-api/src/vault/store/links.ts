/** VA-RESET, VA-LOSTID, VA-ACTIVATE — the e-mailed links and the forms without a session. */
import {
  activationLinkExpiresAt,
  activationLinkStatus,
  checkIdentifierRecovery,
  clearLockout,
  lockKey,
  resetLinkExpiresAt,
  resetLinkStatus,
  calendarDateOf,
  type VaultSession,
} from '@vigie/core';
import { newPasswordIssues } from '../../shared/new-password.js';
import type { VaultStore } from './data.js';
import { DEMO_ONE_TIME_CODE } from './data.js';
import { demoDocuments, iso, maskPhone, opaque, sameText } from './kit.js';
import type { VaultContext } from './context.js';

export function linksOf(
  st: VaultContext,
): Pick<
  VaultStore,
  'requestReset' | 'resetStatus' | 'resetPassword' | 'recoverIdentifier' | 'activationStatus' | 'sendActivationCode' | 'activate'
> {
  return {
    requestReset(identifier, email) {
      const a = st.accountOf(identifier);
      if (!a || a.password === undefined || a.email.toLowerCase() !== email.trim().toLowerCase()) return;
      const token = opaque('rst');
      st.resetLinks.set(token, { accountId: a.id, issuedAt: st.now(), used: false });
      st.outbox.push({ kind: 'reset-link', to: a.email, token });
    },

    resetStatus(token) {
      const link = st.resetLinks.get(token);
      const state = st.linkState(link, resetLinkStatus);
      if (state === 'unknown') return undefined;
      return state === 'valid' ? { status: 'valid', expiresAt: iso(resetLinkExpiresAt(link!.issuedAt)) } : { status: state };
    },

    resetPassword(token, password) {
      const link = st.resetLinks.get(token);
      const state = st.linkState(link, resetLinkStatus);
      if (state !== 'valid') return { kind: state };
      const issues = newPasswordIssues(password);
      if (issues.length) return { kind: 'policy', issues };
      const a = st.account(link!.accountId);
      a.password = password;
      a.temporary = false;
      link!.used = true;
      // The person proved who they are through the e-mailed link: the account (both identifiers) is unlocked.
      st.lockout = clearLockout(st.lockout, lockKey(a.identifier, a.id));
      return { kind: 'done' };
    },

    recoverIdentifier(request) {
      const form = { ...request, birthMonth: request.birthMonth };
      if (checkIdentifierRecovery(form).length) return;
      const a = [...st.accounts.values()].find(
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
      st.outbox.push({ kind: 'identifier-and-temporary-password', to: request.email, identifier: a.identifier, temporaryPassword });
    },

    activationStatus(token) {
      const inv = st.invitations.get(token);
      const state = st.linkState(inv, activationLinkStatus);
      if (state === 'unknown') return undefined;
      if (state === 'used') return { status: 'used' };
      if (state === 'expired') return { status: 'expired', expiredAt: iso(activationLinkExpiresAt(inv!.issuedAt)) };
      const a = st.account(inv!.accountId);
      return {
        status: 'valid',
        expiresAt: iso(activationLinkExpiresAt(inv!.issuedAt)),
        person: { firstName: a.firstName, lastName: a.lastName, email: a.email },
        employer: a.employer,
        ...(inv!.smsCode ? { smsCodeDestination: maskPhone(a.mobilePhone) } : {}),
      };
    },

    sendActivationCode(token) {
      const inv = st.invitations.get(token);
      const state = st.linkState(inv, activationLinkStatus);
      if (state !== 'valid') return { kind: state };
      if (!inv!.smsCode) return { kind: 'no-code' };
      if (inv!.code && st.now() < inv!.code.resendAt) return { kind: 'too-early', resendAt: inv!.code.resendAt };
      const a = st.account(inv!.accountId);
      inv!.code = st.sendCode(a, 'sms');
      return {
        channel: 'sms',
        destination: maskPhone(a.mobilePhone),
        expiresAt: iso(inv!.code.expiresAt),
        resendAt: iso(inv!.code.resendAt),
      };
    },

    activate(token, password, person, smsCode) {
      const inv = st.invitations.get(token);
      const state = st.linkState(inv, activationLinkStatus);
      if (state !== 'valid') return { kind: state };
      const issues = newPasswordIssues(password);
      if (issues.length) return { kind: 'policy', issues };
      if (inv!.smsCode && (!inv!.code || st.now() >= inv!.code.expiresAt || smsCode !== DEMO_ONE_TIME_CODE))
        return { kind: 'invalid-code' };
      const a = st.account(inv!.accountId);
      const other = st.accountOf(person.email);
      if (other && other.id !== a.id) return { kind: 'email-unavailable' };
      a.password = password;
      a.firstName = person.firstName.trim();
      a.lastName = person.lastName.trim();
      a.email = person.email.trim().toLowerCase();
      inv!.used = true;
      st.documents.set(a.id, demoDocuments(a, calendarDateOf(st.now())));
      return st.openSession(a) as { kind: 'signed-in'; session: VaultSession };
    },
  };
}
