/**
 * X-I18N — the message bundle `rs.overview.test-mode`: the texts of changing the test mode, a module
 * of its own so that they load when the user asks to change it, not with the overview.
 */
import type { MessageBundle } from '../../i18n/index.js';
import { remoteOverviewTestModeFr } from './overview-test-mode.fr.js';

/** RS-OVERVIEW: the texts of changing the test mode, loaded with its form. */
export const remoteOverviewTestModeMessages: MessageBundle = {
  id: 'rs.overview.test-mode',
  fr: remoteOverviewTestModeFr,
  en: async () => (await import('./overview-test-mode.en.js')).remoteOverviewTestModeEn,
};
