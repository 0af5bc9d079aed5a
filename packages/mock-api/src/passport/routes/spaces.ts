/** PP-SPACES — the linked company, user and trainer spaces. */
import { PASSPORT_ROUTES as R, type PassportRouteName } from '@vigie/core/passport';
import { ok, type Answer } from '../../answers.js';
import type { PassportStore } from '../store.js';
import { EMAIL_UNAVAILABLE, invalid, spacesRefused, parse, type PassportHandler } from './kit.js';

export const spacesHandlers: Pick<
  Record<PassportRouteName, PassportHandler>,
  'spaces' | 'linkSpaces' | 'dissociateSpaces' | 'switchSpace'
> = {
  // PP-SPACES
  spaces: {
    answer: ({ passport }, session) => ok(passport.spaces(session)),
    malformed: () => ({ linked: 'oui', spaces: 'entreprise', active: 'bureau' }),
  },
  linkSpaces: {
    answer: ({ passport }, session) => spacesAnswer(passport.linkSpaces(session)),
    malformed: () => ({ linked: 1 }),
  },
  dissociateSpaces: {
    async answer({ request, passport }, session) {
      const body = await parse(request, R.dissociateSpaces.body);
      if (!body.ok) return body.answer;
      return spacesAnswer(passport.dissociateSpaces(session, body.value));
    },
    malformed: () => ({ linked: 'non', userLogin: 'b.martin@example.fr' }),
  },
  switchSpace: {
    async answer({ request, passport }, session) {
      const body = await parse(request, R.switchSpace.body);
      if (!body.ok) return body.answer;
      return spacesAnswer(passport.switchSpace(session, body.value.to));
    },
    malformed: () => ({ active: 'formateur' }),
  },
};

function spacesAnswer(r: ReturnType<PassportStore['linkSpaces']>): Answer {
  if (!('kind' in r)) return ok(r);
  switch (r.kind) {
    case 'refused':
      return spacesRefused(r.reason);
    case 'email-unavailable':
      return EMAIL_UNAVAILABLE;
    case 'invalid':
      return invalid(r.errors);
  }
}
