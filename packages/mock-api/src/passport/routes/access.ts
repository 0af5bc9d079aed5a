/** PP-REGISTER, PP-LOGIN — the public side: registration, login, the temporary password, the forgotten password and its link, and the end of a session. */
import { PASSPORT_ROUTES as R, retryAfterSeconds, type PassportRouteName } from '@vigie/core/passport';
import { ok } from '../../answers.js';
import {
  INVALID_CREDENTIALS,
  tooManyAttempts,
  CHALLENGE_EXPIRED,
  ROBOT_CHECK_FAILED,
  COMPANY_EXISTS,
  LINK_REFUSED,
  invalid,
  parse,
  bearerOf,
  REGISTRATION_FIELDS,
  type PassportHandler,
} from './kit.js';

export const accessHandlers: Pick<
  Record<PassportRouteName, PassportHandler>,
  'register' | 'login' | 'newPassword' | 'resetRequest' | 'resetLinkStatus' | 'reset' | 'logout'
> = {
  // PP-REGISTER
  register: {
    async answer({ request, passport }) {
      const body = await parse(request, R.register.body, REGISTRATION_FIELDS);
      if (!body.ok) return body.answer;
      const r = passport.register(body.value);
      switch (r.kind) {
        case 'created':
          return ok({ status: 'created', login: r.login }, 201);
        case 'invalid':
          return invalid(r.errors);
        case 'robot-check-failed':
          return ROBOT_CHECK_FAILED;
        case 'company-exists':
          return COMPANY_EXISTS;
      }
    },
    malformed: () => ({ status: 'créée', login: 42 }),
  },
  // PP-LOGIN
  login: {
    async answer({ request, passport }) {
      const body = await parse(request, R.login.body);
      if (!body.ok) return body.answer;
      const r = passport.login(body.value.email, body.value.password);
      if (r.kind === 'wait') return tooManyAttempts(retryAfterSeconds(r.retryAt, passport.now()));
      return r.kind === 'refused' ? INVALID_CREDENTIALS : ok(r);
    },
    malformed: () => ({ kind: 'signed-in', session: { token: 42, expiresAt: 'dans 30 minutes', companyName: null } }),
  },
  newPassword: {
    async answer({ request, passport }) {
      const body = await parse(request, R.newPassword.body);
      if (!body.ok) return body.answer;
      const r = passport.changeTemporaryPassword(body.value.challenge, body.value.password);
      if (r.kind === 'challenge-expired') return CHALLENGE_EXPIRED;
      if (r.kind === 'invalid') return invalid(r.errors);
      return ok(r);
    },
    malformed: () => ({ kind: 'password-changed' }),
  },
  resetRequest: {
    async answer({ request, passport }) {
      const body = await parse(request, R.resetRequest.body);
      if (!body.ok) return body.answer;
      passport.requestReset(body.value.email);
      return ok({ status: 'accepted' }, 202);
    },
    malformed: () => ({ status: 'sent-to-baptiste.martin@granulats-dupont.fr' }),
  },
  resetLinkStatus: {
    async answer({ request, passport }) {
      const body = await parse(request, R.resetLinkStatus.body);
      if (!body.ok) return body.answer;
      const r = passport.resetLinkStatus(body.value.token);
      return r.kind === 'valid' ? ok({ status: 'valid', expiresAt: new Date(r.expiresAt).toISOString() }) : LINK_REFUSED[r.kind];
    },
    malformed: () => ({ status: 'ok', expiresAt: 'bientôt' }),
  },
  reset: {
    async answer({ request, passport }) {
      const body = await parse(request, R.reset.body);
      if (!body.ok) return body.answer;
      const r = passport.resetPassword(body.value.token, body.value.password);
      if (r.kind === 'done') return { kind: 'empty' };
      return r.kind === 'invalid' ? invalid(r.errors) : LINK_REFUSED[r.kind];
    },
    malformed: () => ({ changed: 'oui' }),
  },
  logout: {
    // « Se déconnecter »: public, so that an already ended session also gets 204 (nothing to learn, nothing to retry).
    answer({ request, passport }) {
      passport.logout(bearerOf(request));
      return { kind: 'empty' };
    },
    malformed: () => ({ loggedOut: 'oui' }),
  },
};
