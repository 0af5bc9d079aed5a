/**
 * X-I18N — the safety passport's French messages (PP-*): the texts of the core rules
 * (`messages/core.fr.ts`), then each widget's (`messages/<widget>.fr.ts`, spread below).
 */
import { passportCoreFr } from './messages/core.fr.js';
import { passportEnrollmentFr } from './messages/enrollment.fr.js';
import { passportCompanyFr } from './messages/company.fr.js';
import { passportSpacesFr } from './messages/spaces.fr.js';
import { passportRegistrationFr } from './messages/registration.fr.js';
import { passportLoginFr } from './messages/login.fr.js';
import { passportRosterFr } from './messages/roster.fr.js';
import { passportViewFr } from './messages/view.fr.js';

export const passportFr = {
  ...passportCoreFr,
  ...passportEnrollmentFr,
  ...passportRegistrationFr,
  ...passportLoginFr,
  ...passportCompanyFr,
  ...passportSpacesFr,
  ...passportRosterFr,
  ...passportViewFr,
} as const;
