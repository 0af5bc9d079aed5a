/** X-I18N — the shared messages in English. */
import type { CatalogOf } from './fr.js';
import type { commonFr } from './common.fr.js';

export const commonEn: CatalogOf<typeof commonFr> = {
  'common.close': 'Close',
  'common.retry': 'Try again',
  'common.loading': 'Loading…',
  'common.error.network': 'The service cannot be reached. Check your connection and try again.',
  'common.error.timeout': 'The service is taking too long to answer. Try again in a moment.',
  'common.error.client': 'The request could not be completed ({status}). Check what you entered and try again.',
  'common.error.http': 'The service ran into an error ({status}). Try again in a moment.',
  'common.error.contract': 'The service sent an unexpected answer. Try again later or contact support.',
  'common.error.locked': 'This resource is locked.',
  'common.error.conflict': 'This data was changed meanwhile. Reload to see the latest version.',
  'common.error.aborted': 'The request was cancelled.',
  'provider.missing': 'This widget must be placed inside a <vigie-provider> element.',
};
