/** VA-LOGIN — signing in (password, second factor, temporary password) and out: the sessions. */
import { VAULT_PROBLEMS, VAULT_ROUTES as R, type VaultRouteName } from '@vigie/core';
import { ok } from '../../answers.js';
import {
  INVALID_CREDENTIALS,
  lockedAnswer,
  policy,
  challengeExpired,
  tooEarly,
  bearerOf,
  problem,
  withBody,
  type VaultHandler,
} from './kit.js';

export const loginHandlers: Pick<
  Record<VaultRouteName, VaultHandler>,
  'login' | 'secondFactor' | 'secondFactorResend' | 'newPassword' | 'logout'
> = {
  login: {
    answer: withBody(R.login.body, ({ identifier, password }, { vault }) => {
      const r = vault.login(identifier, password);
      if (r.kind === 'refused') return INVALID_CREDENTIALS;
      if (r.kind === 'locked') return lockedAnswer(r.lockedUntil, vault.now());
      return ok(r);
    }),
    malformed: () => ({ kind: 'signed-in', session: { token: 42, expiresAt: 'demain' } }),
  },
  secondFactor: {
    answer: withBody(R.secondFactor.body, ({ challenge, code }, { vault }) => {
      const r = vault.verifyCode(challenge, code);
      if (r.kind === 'invalid-code') return problem(VAULT_PROBLEMS.invalidCode, 'The code is incorrect.', { attemptsLeft: r.attemptsLeft });
      if (r.kind === 'challenge-expired') return challengeExpired();
      return ok(r);
    }),
    malformed: () => ({ kind: 'code-ok' }),
  },
  secondFactorResend: {
    answer: withBody(R.secondFactorResend.body, ({ challenge }, { vault }) => {
      const r = vault.resendCode(challenge);
      if ('kind' in r) return r.kind === 'too-early' ? tooEarly(r.resendAt, vault.now()) : challengeExpired();
      return ok(r);
    }),
    malformed: () => ({ channel: 'pigeon', destination: '', expiresAt: 'bientôt' }),
  },
  newPassword: {
    answer: withBody(
      R.newPassword.body,
      ({ challenge, password }, { vault }) => {
        const r = vault.changeTemporaryPassword(challenge, password);
        if (r.kind === 'policy') return policy(r.issues);
        if (r.kind === 'challenge-expired') return challengeExpired();
        return ok(r);
      },
      'password',
    ),
    malformed: () => ({ kind: 'signed-in' }),
  },
  // VA-LOGIN, X-SEC: signing out ends the session here, not only in the page.
  logout: {
    answer: (ctx) => {
      const bearer = bearerOf(ctx);
      // Idempotent: an ended, expired or unknown session is signed out already (204 all the same).
      if (bearer) ctx.vault.logout(bearer);
      return { kind: 'empty' };
    },
    malformed: () => ({ signedOut: 'oui' }),
  },
};
