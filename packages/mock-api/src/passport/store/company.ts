/** PP-COMPANY — the company at a version, its password, its handover, the e-mail domain of its employees. */
import {
  applyDomainChange,
  checkCompanyForm,
  checkDomainChange,
  fieldIssueList,
  normalizeDomain,
  normalizeRegions,
  previewDomainChange,
  transition,
} from '@vigie/core/passport';
import { hashPassword, verifyPassword } from '../hash.js';
import { type PassportStore } from './data.js';
import { type Person, opaque, normalizeLogin, issues, policyIssues } from './kit.js';
import type { PassportContext } from './context.js';

export function companyOf(
  st: PassportContext,
): Pick<PassportStore, 'company' | 'updateCompany' | 'changeCompanyPassword' | 'handOver' | 'previewDomainChange' | 'changeEmailDomain'> {
  return {
    company: (companyId) => st.info(st.companyById(companyId)),

    updateCompany(companyId, request, version) {
      const c = st.companyById(companyId);
      const current = st.info(c);
      const form = {
        companyName: request.companyName,
        regions: request.regions,
        referentLastName: request.referent.lastName,
        referentFirstName: request.referent.firstName,
        referentEmail: c.login,
        handoverPassword: null,
        password: '',
        passwordConfirmation: '',
      };
      const invalid = issues(fieldIssueList(checkCompanyForm(current, form, { spacesLinked: false })));
      if (invalid) return invalid;
      const next = {
        companyName: request.companyName.trim(),
        regions: normalizeRegions(request.regions),
        referent: { lastName: request.referent.lastName.trim(), firstName: request.referent.firstName.trim() },
      };
      const refusal = st.versionRefusal(c.version, version);
      if (refusal) {
        // A PUT retried after a lost answer finds its own change already there: that is a success.
        const same =
          refusal.kind === 'version-mismatch' &&
          JSON.stringify(next) === JSON.stringify({ companyName: c.companyName, regions: c.regions, referent: c.referent });
        if (!same) return refusal;
        return current;
      }
      Object.assign(c, next);
      c.version++;
      return st.info(c);
    },

    changeCompanyPassword(session, password) {
      const c = st.companyById(session.companyId);
      const invalid = policyIssues(password, {
        isCurrent: (p) => verifyPassword(p, c.passwordHash),
        currentIsTemporary: c.passwordState === 'temporary',
      });
      if (invalid) return invalid;
      c.passwordHash = hashPassword(password);
      c.passwordState = 'set';
      st.endOtherSessions(c.id, session.token);
      return { kind: 'done' };
    },

    handOver(session, request, version) {
      const c = st.companyById(session.companyId);
      const current = st.info(c);
      const mode = request.password.mode;
      const temporary = request.password.mode === 'temporary' ? request.password.temporaryPassword : '';
      // Point 17: the name and regions come with the handover (absent: unchanged), all checked before anything changes.
      const companyName = request.companyName ?? c.companyName;
      const regions = request.regions ?? c.regions;
      const form = {
        companyName,
        regions,
        referentLastName: request.referent.lastName,
        referentFirstName: request.referent.firstName,
        referentEmail: request.email,
        handoverPassword: mode,
        password: temporary,
        passwordConfirmation: temporary,
      };
      const invalid =
        issues(fieldIssueList(checkCompanyForm(current, form, { spacesLinked: false }))) ??
        (mode === 'temporary' ? policyIssues(temporary) : undefined);
      if (invalid) return invalid;
      const refusal = st.versionRefusal(c.version, version);
      if (refusal) return refusal;
      // The machine decides (dissociate first, referent only, a new e-mail…); then the login must be free.
      const probe = transition(st.spacesStateOf(session.personId, c), {
        type: 'hand-over',
        referent: request.referent,
        email: request.email,
        password: mode,
      });
      if (probe.refusal) return { kind: 'refused', reason: probe.refusal.reason };
      if (st.loginTaken(request.email)) return { kind: 'email-unavailable' };
      const next = st.runSpaces(session, { type: 'hand-over', referent: request.referent, email: request.email, password: mode });
      if ('kind' in next) return next;
      const successor: Person = {
        id: opaque('person'),
        linked: false,
        userLogin: null,
        userPasswordHash: null,
        hasUserAccount: false,
        isTrainer: false,
        active: 'company',
      };
      st.persons.set(successor.id, successor);
      // Everything at once (one version): the information, the referent, the login and the password.
      c.companyName = companyName.trim();
      c.regions = normalizeRegions(regions);
      c.login = normalizeLogin(next.company!.login);
      c.referent = { ...next.company!.referent };
      c.passwordState = next.company!.password;
      if (mode === 'temporary') c.passwordHash = hashPassword(temporary);
      if (mode === 'reset') c.passwordHash = null;
      c.referentPersonId = successor.id;
      c.version++;
      if (mode !== 'keep') st.endOtherSessions(c.id, session.token);
      st.outbox.push({ kind: 'handover', to: c.login, companyName: c.companyName, passwordMode: mode });
      return st.info(c);
    },

    previewDomainChange(companyId, fromDomain, toDomain) {
      const invalid = issues(fieldIssueList(checkDomainChange({ fromDomain, toDomain })));
      if (invalid) return invalid;
      const p = previewDomainChange(st.roster(companyId).rows, fromDomain, toDomain);
      return {
        fromDomain: normalizeDomain(fromDomain),
        toDomain: normalizeDomain(toDomain),
        changing: p.changing.length,
        otherDomain: p.otherDomain.length,
        noEmail: p.noEmail.length,
      };
    },

    changeEmailDomain(companyId, fromDomain, toDomain) {
      const invalid = issues(fieldIssueList(checkDomainChange({ fromDomain, toDomain })));
      if (invalid) return invalid;
      const r = st.roster(companyId);
      const moved = applyDomainChange(r.rows, fromDomain, toDomain);
      let changed = 0;
      r.rows = moved.map((row, i) => (row === r.rows[i] ? row : (changed++, { ...row, version: row.version + 1 })));
      return { changed };
    },

    // ── PP-SPACES ──
  };
}
