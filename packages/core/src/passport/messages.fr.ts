/**
 * X-I18N — the safety passport's French messages (PP-*): the texts of the core rules
 * (`messages/core.fr.ts`), then each widget's (`messages/<widget>.fr.ts`, spread below).
 */
import { passportCoreFr } from './messages/core.fr.js';

export const passportFr = { ...passportCoreFr } as const;
