/**
 * X-I18N — the message bundle `rs.id-pin.edits`: the texts of `<id-pin-links>`'s forms, removal
 * dialog and their toasts, a bundle of its own so that they come with the edits' code, when a
 * person acts, and not with the list.
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteIdPinEditsFr } from './id-pin-edits.fr.js';

export const remoteIdPinEditsMessages: MessageBundle = {
  id: 'rs.id-pin.edits',
  fr: remoteIdPinEditsFr,
  en: async () => (await import('./id-pin-edits.en.js')).remoteIdPinEditsEn,
};
