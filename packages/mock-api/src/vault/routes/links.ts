/** VA-RESET, VA-LOSTID, VA-ACTIVATE — what an e-mailed link or a form without a session does: the reset, the lost identifier, the activation. */
import { VAULT_PROBLEMS, VAULT_ROUTES as R, checkIdentifierRecovery, type VaultRouteName } from '@vigie/core';
import { ok } from '../../answers.js';
import { policy, tokenUnknown, linkProblem, invalid, tooEarly, EMAIL_UNAVAILABLE, problem, withBody, type VaultHandler } from './kit.js';

export const linksHandlers: Pick<
  Record<VaultRouteName, VaultHandler>,
  'resetRequest' | 'resetStatus' | 'reset' | 'identifierRecovery' | 'activationStatus' | 'activationCode' | 'activate'
> = {
  resetRequest: {
    answer: withBody(R.resetRequest.body, ({ identifier, email }, { vault }) => {
      vault.requestReset(identifier, email);
      return ok({ status: 'accepted' }, 202);
    }),
    malformed: () => ({ status: 'sent-to-paul.dupont@example.fr' }),
  },
  resetStatus: {
    answer: withBody(R.resetStatus.body, ({ token }, { vault }) => {
      const status = vault.resetStatus(token);
      return status ? ok(status) : tokenUnknown();
    }),
    malformed: () => ({ status: 'peut-être' }),
  },
  reset: {
    answer: withBody(
      R.reset.body,
      ({ token, password }, { vault }) => {
        const r = vault.resetPassword(token, password);
        if (r.kind === 'done') return { kind: 'empty' };
        return r.kind === 'policy' ? policy(r.issues) : linkProblem(r.kind);
      },
      'password',
    ),
    malformed: () => ({ changed: 'oui' }),
  },
  identifierRecovery: {
    answer: withBody(R.identifierRecovery.body, (request, { vault }) => {
      const errors = checkIdentifierRecovery(request);
      if (errors.length) return invalid(errors);
      vault.recoverIdentifier(request);
      return ok({ status: 'accepted' }, 202);
    }),
    malformed: () => ({ status: 'envoyé' }),
  },
  activationStatus: {
    answer: withBody(R.activationStatus.body, ({ token }, { vault }) => {
      const status = vault.activationStatus(token);
      return status ? ok(status) : tokenUnknown();
    }),
    malformed: () => ({ status: 'valid', expiresAt: 'dans 15 jours', person: 'Inès' }),
  },
  activationCode: {
    answer: withBody(R.activationCode.body, ({ token }, { vault }) => {
      const r = vault.sendActivationCode(token);
      if (!('kind' in r)) return ok(r);
      if (r.kind === 'no-code') return problem(VAULT_PROBLEMS.noSmsCode, 'This invitation asks for no SMS code.');
      if (r.kind === 'too-early') return tooEarly(r.resendAt, vault.now());
      return linkProblem(r.kind);
    }),
    malformed: () => ({ channel: 'sms' }),
  },
  activate: {
    answer: withBody(
      R.activate.body,
      ({ token, password, person, smsCode }, { vault }) => {
        const r = vault.activate(token, password, person, smsCode);
        switch (r.kind) {
          case 'signed-in':
            return ok(r);
          case 'policy':
            return policy(r.issues);
          case 'invalid-code':
            return problem(VAULT_PROBLEMS.invalidCode, 'The SMS code is missing, expired or incorrect.');
          case 'email-unavailable':
            return EMAIL_UNAVAILABLE;
          default:
            return linkProblem(r.kind);
        }
      },
      'password',
    ),
    malformed: () => ({ kind: 'activated' }),
  },
};
