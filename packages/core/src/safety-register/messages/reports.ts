/** X-I18N — the message bundle `sr.reports`, a module of its own (a widget's chunk pulls only its bundles). */
import type { MessageBundle } from '../../i18n/index.js';
import { registerReportsFr } from './reports.fr.js';

export const registerReportsMessages: MessageBundle = {
  id: 'sr.reports',
  fr: registerReportsFr,
  en: async () => (await import('./reports.en.js')).registerReportsEn,
};
