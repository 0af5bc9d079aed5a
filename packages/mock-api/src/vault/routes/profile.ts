/** VA-PROFILE — the signed-in person: the profile, the e-mail change and its confirmation link, the password change. */
import { VAULT_ROUTES as R, type VaultRouteName } from '@vigie/core';
import { ok } from '../../answers.js';
import {
  invalid,
  lockedAnswer,
  policy,
  linkProblem,
  WRONG_CURRENT_PASSWORD,
  EMAIL_UNAVAILABLE,
  withBody,
  signedIn,
  type VaultHandler,
} from './kit.js';

export const profileHandlers: Pick<
  Record<VaultRouteName, VaultHandler>,
  'profile' | 'profileEmail' | 'emailConfirmation' | 'profilePassword'
> = {
  profile: {
    answer: signedIn((accountId, { vault }) => ok(vault.profile(accountId))),
    malformed: () => ({ identifier: 'PAUL', firstName: null }),
  },
  profileEmail: {
    // X-SEC: the current password (counted toward the account's lock); the change waits for its confirmation link.
    answer: signedIn((accountId, ctx) =>
      withBody(R.profileEmail.body, ({ email, emailConfirmation, currentPassword }, { vault }) => {
        const r = vault.changeEmail(accountId, email, emailConfirmation, currentPassword);
        if (!('kind' in r)) return ok(r);
        if (r.kind === 'invalid') return invalid(r.errors);
        if (r.kind === 'locked') return lockedAnswer(r.lockedUntil, vault.now());
        return WRONG_CURRENT_PASSWORD;
      })(ctx),
    ),
    malformed: () => ({ email: 42 }),
  },
  emailConfirmation: {
    answer: withBody(R.emailConfirmation.body, ({ token }, { vault }) => {
      const r = vault.confirmEmail(token);
      if (r.kind === 'confirmed') return ok({ email: r.email });
      if (r.kind === 'email-unavailable') return EMAIL_UNAVAILABLE;
      return linkProblem(r.kind);
    }),
    malformed: () => ({ confirmed: 'oui' }),
  },
  profilePassword: {
    // X-SEC: the current password counts toward the account's lock, as on the e-mail change.
    answer: signedIn((accountId, ctx) =>
      withBody(
        R.profilePassword.body,
        ({ currentPassword, newPassword }, { vault }) => {
          const r = vault.changePassword(accountId, currentPassword, newPassword);
          if (r.kind === 'wrong-current') return WRONG_CURRENT_PASSWORD;
          if (r.kind === 'locked') return lockedAnswer(r.lockedUntil, vault.now());
          if (r.kind === 'policy') return policy(r.issues);
          return { kind: 'empty' };
        },
        'newPassword',
      )(ctx),
    ),
    malformed: () => ({ changed: true }),
  },
};
