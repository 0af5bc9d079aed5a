/** X-I18N — the English texts of RS-IDPIN: exactly the keys of `id-pin.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteIdPinFr } from './id-pin.fr.js';

export const remoteIdPinEn: CatalogOf<typeof remoteIdPinFr> = {};
