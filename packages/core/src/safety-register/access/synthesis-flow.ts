/**
 * SR-INVOICE — generating the sites' synthesis, the one action a suspended account keeps: a pure
 * flow (`{ state, effects }`). It asks who is calling (their rights) first, then generates on the
 * person's demand; a failure keeps the button and says so, and a new demand retries.
 */
import type { Flow, Step } from '../../shared/flow.js';
import type { CurrentUser } from './schemas.js';
import { SYNTHESIS_RIGHT } from '../rights.js';

export type SynthesisState =
  | { readonly phase: 'checking' }
  /** The rights could not be read: say so, offer to retry. */
  | { readonly phase: 'check-failed' }
  | { readonly phase: 'no-right' }
  | { readonly phase: 'idle' }
  | { readonly phase: 'generating' }
  | { readonly phase: 'ready'; readonly pdf: Blob }
  | { readonly phase: 'failed' };

export type SynthesisEvent =
  | { readonly type: 'user-loaded'; readonly user: CurrentUser }
  | { readonly type: 'user-failed' }
  | { readonly type: 'retry-check' }
  | { readonly type: 'generate' }
  | { readonly type: 'generated'; readonly pdf: Blob }
  | { readonly type: 'generate-failed' };

export type SynthesisRequest = { readonly op: 'current-user' } | { readonly op: 'generate-synthesis' };

type S = Step<SynthesisState, SynthesisRequest, SynthesisEvent>;
const call = (op: SynthesisRequest['op']) => ({ type: 'call', request: { op } }) as const;

export const synthesisFlow: Flow<SynthesisState, SynthesisEvent, SynthesisRequest> = {
  init: (): S => ({ state: { phase: 'checking' }, effects: [call('current-user')] }),
  transition(state, event): S {
    const stay: S = { state, effects: [] };
    switch (event.type) {
      case 'user-loaded':
        if (state.phase !== 'checking') return stay;
        return { state: event.user.rights.includes(SYNTHESIS_RIGHT) ? { phase: 'idle' } : { phase: 'no-right' }, effects: [] };
      case 'user-failed':
        return state.phase === 'checking' ? { state: { phase: 'check-failed' }, effects: [] } : stay;
      case 'retry-check':
        return state.phase === 'check-failed' ? { state: { phase: 'checking' }, effects: [call('current-user')] } : stay;
      case 'generate':
        if (state.phase !== 'idle' && state.phase !== 'failed' && state.phase !== 'ready') return stay;
        return { state: { phase: 'generating' }, effects: [call('generate-synthesis')] };
      case 'generated':
        if (state.phase !== 'generating') return stay;
        return {
          state: { phase: 'ready', pdf: event.pdf },
          effects: [
            { type: 'announce', message: { key: 'sr.access.synthesis.ready' }, tone: 'status' },
            { type: 'focus', target: 'synthesis-open' },
          ],
        };
      case 'generate-failed':
        if (state.phase !== 'generating') return stay;
        return {
          state: { phase: 'failed' },
          effects: [{ type: 'announce', message: { key: 'sr.access.synthesis.error' }, tone: 'error' }],
        };
    }
  },
};
