/**
 * RS-ONB — the later part of the onboarding flow: the requests of the steps after the log-in (both
 * terms, the ID & PIN or « Je n'ai pas d'ID & PIN » → « Oui, je suis nouveau », the contact
 * details) and of the new account's e-mail. Joined to the landing part (`onboarding-landing.ts`)
 * by `onboardingFlowWith`; `onboardingFlow` (`onboarding.ts`) is both together. Their answers and
 * refusals are the landing part's (one handling for every step).
 */
import { stay } from '../../shared/flow.js';
import { normalizeIdPinId } from '../id-pin/id-pin-format.js';
import { onboardingCall as call, type OnboardingLaterTransition } from './onboarding-landing.js';

/** RS-ONB: the later steps' events, each sent only on its step (and with the session after the log-in). */
export const onboardingLaterTransition: OnboardingLaterTransition = (s, e, step, ctx) => {
  switch (e.type) {
    case 'submit-email':
      if (step !== 'email') return stay(s);
      return call(s, 'signup', { op: 'signup', invitation: s.invitation, email: e.email.trim() }, { notice: undefined });
    case 'accept-terms': {
      const expected = e.terms === 'mysecuritas' ? 'terms-mysecuritas' : 'terms-remote';
      if (step !== expected || !s.session) return stay(s);
      return call(s, expected, { op: 'terms', session: s.session, terms: e.terms }, { notice: undefined });
    }
    case 'submit-id-pin':
      if (step !== 'id-pin' || !s.session) return stay(s);
      if (s.waitUntil !== undefined && ctx.now < s.waitUntil) return stay(s);
      return call(s, 'id-pin', { op: 'id-pin', session: s.session, id: normalizeIdPinId(e.id), pin: e.pin }, { waitUntil: undefined });
    case 'no-id-pin':
      if (step !== 'id-pin' || s.busy) return stay(s);
      return { state: { ...s, noIdPin: true, notice: undefined }, effects: [{ type: 'focus', target: 'no-id-pin' }] };
    case 'confirm-new':
      if (step !== 'id-pin' || !s.noIdPin || !s.session) return stay(s);
      return call(s, 'new-user', { op: 'new-user', session: s.session });
    case 'confirm-contact':
      if (step !== 'contact' || !s.session) return stay(s);
      return call(s, 'contact', { op: 'contact', session: s.session, contact: e.contact }, { notice: undefined });
  }
};
