/**
 * X-I18N — the message bundle `rs.call-lists.add`: RS-CALL's « Ajouter » combobox once used.
 * `<call-list-editor>` loads it with the combobox's behaviour.
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteCallListsAddFr } from './call-lists-add.fr.js';

export const remoteCallListsAddMessages: MessageBundle = {
  id: 'rs.call-lists.add',
  fr: remoteCallListsAddFr,
  en: async () => (await import('./call-lists-add.en.js')).remoteCallListsAddEn,
};
