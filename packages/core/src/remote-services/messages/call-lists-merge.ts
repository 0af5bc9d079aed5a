/**
 * X-I18N — the message bundle `rs.call-lists.merge`: RS-CALL's texts after a save answered 412 (the
 * notice of someone else's save, the conflicts). `<call-list-editor>` loads it with that view.
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteCallListsMergeFr } from './call-lists-merge.fr.js';

export const remoteCallListsMergeMessages: MessageBundle = {
  id: 'rs.call-lists.merge',
  fr: remoteCallListsMergeFr,
  en: async () => (await import('./call-lists-merge.en.js')).remoteCallListsMergeEn,
};
