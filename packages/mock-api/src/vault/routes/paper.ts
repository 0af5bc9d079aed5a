/** VA-PAPER — the request for payslips on paper: credentials checked like a login, then confirmed. */
import { VAULT_PROBLEMS, VAULT_ROUTES as R, type VaultRouteName } from '@vigie/core';
import { ok } from '../../answers.js';
import { INVALID_CREDENTIALS, lockedAnswer, notFound, problem, withBody, type VaultHandler } from './kit.js';

export const paperHandlers: Pick<Record<VaultRouteName, VaultHandler>, 'paperRequest' | 'paperConfirm'> = {
  paperRequest: {
    answer: withBody(R.paperRequest.body, ({ identifier, password, employer }, { vault }) => {
      const r = vault.draftPaperRequest(identifier, password, employer);
      if ('kind' in r) return r.kind === 'refused' ? INVALID_CREDENTIALS : lockedAnswer(r.lockedUntil, vault.now());
      return ok(r, 201);
    }),
    malformed: () => ({ draft: true }),
  },
  paperConfirm: {
    answer: withBody(R.paperConfirm.body, ({ draftId }, { vault }) => {
      const r = vault.confirmPaperRequest(draftId);
      if (!r) return notFound('request');
      if ('kind' in r) return problem(VAULT_PROBLEMS.challengeExpired, 'The confirmation came too late: start the request again.');
      return ok(r, 201);
    }),
    malformed: () => ({ reference: 123, requestedAt: 'hier' }),
  },
};
