/**
 * X-I18N — the message bundle of RS-CONTACTS' dialogs (`rs.contacts.*` keys too): the widget loads it
 * with the dialogs, on the user's first opening one (or the levels' help); English loads on first use.
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteContactsDialogsFr } from './contacts-dialogs.fr.js';

export const remoteContactsDialogsMessages: MessageBundle = {
  id: 'rs.contacts.dialogs',
  fr: remoteContactsDialogsFr,
  en: async () => (await import('./contacts-dialogs.en.js')).remoteContactsDialogsEn,
};
