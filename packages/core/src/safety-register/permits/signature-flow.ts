/**
 * SR-PERMIT — the QR-code dialog of a permit awaiting a signature, as a pure flow: ask the server
 * for the link (short-lived token), show it (QR + text + copy), say when it expired and offer a new
 * one; copy with a status, or select the text when the clipboard refuses. The dialog is open in
 * every phase but `closed`.
 */
import type { ApiFailure } from '../../api/errors.js';
import type { Flow, Step } from '../../shared/flow.js';
import { isLinkExpired } from './rules.js';
import type { SignatureLink } from './schemas.js';

/** Where the copy stands: not asked, done (« Lien copié »), or refused (the text is selected instead). */
export type CopyStatus = 'idle' | 'copied' | 'manual';

export type SignatureDialogState =
  | { readonly phase: 'closed' }
  | { readonly phase: 'loading'; readonly permitId: string }
  | { readonly phase: 'failed'; readonly permitId: string; readonly failure: ApiFailure }
  | { readonly phase: 'ready'; readonly permitId: string; readonly link: SignatureLink; readonly copy: CopyStatus }
  | { readonly phase: 'expired'; readonly permitId: string; readonly link: SignatureLink };

export type SignatureDialogEvent =
  | { readonly type: 'open'; readonly permitId: string }
  | { readonly type: 'link-loaded'; readonly link: SignatureLink }
  | { readonly type: 'link-failed'; readonly failure: ApiFailure }
  /** A new link (after a failure or an expiry). */
  | { readonly type: 'regenerate' }
  /** The link's `expiresAt` has come (the controller sends it on time). */
  | { readonly type: 'expire' }
  | { readonly type: 'copied' }
  | { readonly type: 'copy-refused' }
  | { readonly type: 'close' };

export type SignatureDialogRequest = { readonly op: 'signature-link'; readonly permitId: string };

/** The `data-focus` targets of the dialog. */
export const signatureFocus = {
  title: 'signature-title',
  regenerate: 'signature-regenerate',
  link: 'signature-link',
  opener: (permitId: string) => `permit-open-${permitId}`,
} as const;

type S = Step<SignatureDialogState, SignatureDialogRequest, SignatureDialogEvent>;
const ask = (permitId: string): S => ({
  state: { phase: 'loading', permitId },
  effects: [{ type: 'call', key: 'link', request: { op: 'signature-link', permitId } }],
});

export const signatureDialogFlow: Flow<SignatureDialogState, SignatureDialogEvent, SignatureDialogRequest> = {
  init: () => ({ state: { phase: 'closed' }, effects: [] }),
  transition(state, event, ctx): S {
    const stay: S = { state, effects: [] };
    switch (event.type) {
      case 'open':
        return state.phase === 'closed' ? ask(event.permitId) : stay;
      case 'link-loaded':
        if (state.phase !== 'loading') return stay;
        // A link already past its expiry (a slow answer, a wrong clock) is never shown as a QR.
        if (isLinkExpired(event.link, ctx.now))
          return { state: { phase: 'expired', permitId: state.permitId, link: event.link }, effects: [] };
        return {
          state: { phase: 'ready', permitId: state.permitId, link: event.link, copy: 'idle' },
          effects: [{ type: 'emit', name: 'signature-link-shown', detail: { permitId: state.permitId, awaiting: event.link.awaiting } }],
        };
      case 'link-failed':
        return state.phase === 'loading'
          ? { state: { phase: 'failed', permitId: state.permitId, failure: event.failure }, effects: [] }
          : stay;
      case 'regenerate':
        return state.phase === 'failed' || state.phase === 'expired' ? ask(state.permitId) : stay;
      case 'expire':
        if (state.phase !== 'ready' || !isLinkExpired(state.link, ctx.now)) return stay;
        return {
          state: { phase: 'expired', permitId: state.permitId, link: state.link },
          effects: [
            { type: 'announce', message: { key: 'sr.permits.qr.expired' }, tone: 'status' },
            { type: 'focus', target: signatureFocus.regenerate },
          ],
        };
      case 'copied':
        if (state.phase !== 'ready') return stay;
        return {
          state: { ...state, copy: 'copied' },
          effects: [{ type: 'emit', name: 'signature-link-copied', detail: { permitId: state.permitId } }],
        };
      case 'copy-refused':
        return state.phase === 'ready'
          ? { state: { ...state, copy: 'manual' }, effects: [{ type: 'focus', target: signatureFocus.link }] }
          : stay;
      case 'close':
        if (state.phase === 'closed') return stay;
        return { state: { phase: 'closed' }, effects: [{ type: 'focus', target: signatureFocus.opener(state.permitId) }] };
    }
  },
  deadline: (state) => (state.phase === 'ready' ? { at: Date.parse(state.link.expiresAt), event: { type: 'expire' } } : undefined),
};
