/** PP-COMPANY — the company: its information (at a version), its password, its handover, the e-mail domain of its employees. */
import { PASSPORT_ROUTES as R, type PassportRouteName } from '@vigie/core/passport';
import { ok } from '../../answers.js';
import {
  EMAIL_UNAVAILABLE,
  invalid,
  spacesRefused,
  versionAnswer,
  withVersion,
  parse,
  ifMatch,
  HANDOVER_FIELDS,
  REFERENT_FIELDS,
  type PassportHandler,
} from './kit.js';

export const companyHandlers: Pick<
  Record<PassportRouteName, PassportHandler>,
  'company' | 'updateCompany' | 'companyPassword' | 'handover' | 'emailDomainPreview' | 'emailDomain'
> = {
  // PP-COMPANY
  company: {
    answer: ({ passport }, session) => withVersion(passport.company(session.companyId)),
    malformed: () => ({ identification: '847 269 156 00018', companyName: 'Granulats Dupont SARL', regions: 'Grand Est', version: '1' }),
  },
  updateCompany: {
    async answer({ request, passport }, session) {
      const body = await parse(request, R.updateCompany.body, REFERENT_FIELDS);
      if (!body.ok) return body.answer;
      const r = passport.updateCompany(session.companyId, body.value, ifMatch(request));
      if (!('kind' in r)) return withVersion(r);
      return r.kind === 'invalid' ? invalid(r.errors) : versionAnswer(r);
    },
    malformed: () => ({ companyName: 12, version: null }),
  },
  companyPassword: {
    async answer({ request, passport }, session) {
      const body = await parse(request, R.companyPassword.body);
      if (!body.ok) return body.answer;
      const r = passport.changeCompanyPassword(session, body.value.password);
      return r.kind === 'invalid' ? invalid(r.errors) : { kind: 'empty' };
    },
    malformed: () => ({ changed: 'oui' }),
  },
  handover: {
    async answer({ request, passport }, session) {
      const body = await parse(request, R.handover.body, HANDOVER_FIELDS);
      if (!body.ok) return body.answer;
      const r = passport.handOver(session, body.value, ifMatch(request));
      if (!('kind' in r)) return withVersion(r);
      switch (r.kind) {
        case 'invalid':
          return invalid(r.errors);
        case 'refused':
          return spacesRefused(r.reason);
        case 'email-unavailable':
          return EMAIL_UNAVAILABLE;
        default:
          return versionAnswer(r);
      }
    },
    malformed: () => ({ referent: 'Claire DURAND', version: 'deux' }),
  },
  emailDomainPreview: {
    answer({ request, passport }, session) {
      const query = new URL(request.url).searchParams;
      const r = passport.previewDomainChange(session.companyId, query.get('from') ?? '', query.get('to') ?? '');
      return 'kind' in r ? invalid(r.errors) : ok(r);
    },
    malformed: () => ({ fromDomain: 'granulats-dupont.fr', changing: 'beaucoup' }),
  },
  emailDomain: {
    async answer({ request, passport }, session) {
      const body = await parse(request, R.emailDomain.body);
      if (!body.ok) return body.answer;
      const r = passport.changeEmailDomain(session.companyId, body.value.fromDomain, body.value.toDomain);
      return 'kind' in r ? invalid(r.errors) : ok(r);
    },
    malformed: () => ({ changed: -1 }),
  },
};
