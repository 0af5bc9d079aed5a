/** VA-PAPER — paper payslip requests (drafts, confirmations). */
import { normalizeIdentifier, calendarDateOf } from '@vigie/core';
import type { VaultStore } from './data.js';
import { PAPER_DRAFT_VALID_MINUTES } from './data.js';
import { MIN, iso, opaque } from './kit.js';
import type { VaultContext } from './context.js';

export function paperOf(st: VaultContext): Pick<VaultStore, 'draftPaperRequest' | 'confirmPaperRequest'> {
  return {
    draftPaperRequest(identifier, password, employer) {
      const r = st.checkCredentials(identifier, password);
      if (r.kind !== 'accepted') return r;
      const draftId = opaque('pap');
      const expiresAt = st.now() + PAPER_DRAFT_VALID_MINUTES * MIN;
      st.drafts.set(draftId, {
        accountId: r.account.id,
        identifier: normalizeIdentifier(identifier),
        employer: employer.trim(),
        expiresAt,
      });
      return {
        draftId,
        firstName: r.account.firstName,
        lastName: r.account.lastName,
        employer: employer.trim(),
        expiresAt: iso(expiresAt),
      };
    },

    confirmPaperRequest(draftId) {
      const d = st.drafts.get(draftId);
      if (!d) return undefined;
      if (d.confirmation) return d.confirmation;
      if (st.now() >= d.expiresAt) return { kind: 'expired' };
      const a = st.account(d.accountId);
      a.paperless = false;
      const t = st.now();
      d.confirmation = {
        reference: `PAP-${calendarDateOf(t).slice(0, 4)}-${String(++st.paperSequence).padStart(6, '0')}`,
        requestedAt: iso(t),
        identifier: d.identifier,
        firstName: a.firstName,
        lastName: a.lastName,
        employer: d.employer,
      };
      return d.confirmation;
    },
  };
}
