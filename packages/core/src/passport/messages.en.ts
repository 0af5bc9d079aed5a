/** X-I18N — the safety passport's English messages (every key of the French ones, file by file). */
import type { CatalogOf } from '../i18n/fr.js';
import { passportCoreEn } from './messages/core.en.js';
import type { passportFr } from './messages.fr.js';

export const passportEn: CatalogOf<typeof passportFr> = { ...passportCoreEn };
