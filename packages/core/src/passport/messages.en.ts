/** X-I18N — the safety passport's English messages (every key of the French ones, file by file). */
import type { CatalogOf } from '../i18n/fr.js';
import { passportCoreEn } from './messages/core.en.js';
import { passportEnrollmentEn } from './messages/enrollment.en.js';
import { passportCompanyEn } from './messages/company.en.js';
import { passportSpacesEn } from './messages/spaces.en.js';
import { passportRegistrationEn } from './messages/registration.en.js';
import { passportLoginEn } from './messages/login.en.js';
import { passportRosterEn } from './messages/roster.en.js';
import { passportViewEn } from './messages/view.en.js';
import type { passportFr } from './messages.fr.js';

export const passportEn: CatalogOf<typeof passportFr> = {
  ...passportCoreEn,
  ...passportEnrollmentEn,
  ...passportRegistrationEn,
  ...passportLoginEn,
  ...passportCompanyEn,
  ...passportSpacesEn,
  ...passportRosterEn,
  ...passportViewEn,
};
