/** PP-SPACES — the linked company, user and trainer spaces. */
import { checkDissociation, fieldIssueList, spacesView, transition, type SpacesStatus } from '@vigie/core/passport';
import { hashPassword } from '../hash.js';
import { type PassportStore } from './data.js';
import { normalizeLogin, issues, policyIssues } from './kit.js';
import type { PassportContext } from './context.js';

export function spacesOf(st: PassportContext): Pick<PassportStore, 'spaces' | 'linkSpaces' | 'dissociateSpaces' | 'switchSpace'> {
  return {
    spaces: (session) => spacesView(st.spacesStateOf(session.personId, st.companyById(session.companyId))) as SpacesStatus,

    linkSpaces(session) {
      const next = st.runSpaces(session, { type: 'link' });
      return 'kind' in next ? next : (spacesView(next) as SpacesStatus);
    },

    dissociateSpaces(session, request) {
      const c = st.companyById(session.companyId);
      const invalid =
        issues(
          fieldIssueList(
            checkDissociation(
              { userLogin: request.userLogin, password: request.password, passwordConfirmation: request.password },
              c.login,
            ),
          ),
        ) ?? policyIssues(request.password);
      if (invalid) return invalid;
      const probe = transition(st.spacesStateOf(session.personId, c), { type: 'dissociate', userLogin: request.userLogin });
      if (probe.refusal) return { kind: 'refused', reason: probe.refusal.reason };
      if (st.loginTaken(request.userLogin, session.personId)) return { kind: 'email-unavailable' };
      const next = st.runSpaces(session, { type: 'dissociate', userLogin: normalizeLogin(request.userLogin) });
      if ('kind' in next) return next;
      st.persons.get(session.personId)!.userPasswordHash = hashPassword(request.password);
      return spacesView(next) as SpacesStatus;
    },

    switchSpace(session, to) {
      const next = st.runSpaces(session, { type: 'switch', to });
      return 'kind' in next ? next : (spacesView(next) as SpacesStatus);
    },

    // ── PP-ROSTER ──
  };
}
