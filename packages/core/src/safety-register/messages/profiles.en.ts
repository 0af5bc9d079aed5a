/** X-I18N — the English texts of SR-PROFILES: exactly the keys of `profiles.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { registerProfilesFr } from './profiles.fr.js';
import { registerProfilesEditorEn } from './profiles-editor.en.js';
import { registerProfilesListEn } from './profiles-list.en.js';

export const registerProfilesEn: CatalogOf<typeof registerProfilesFr> = { ...registerProfilesListEn, ...registerProfilesEditorEn };
