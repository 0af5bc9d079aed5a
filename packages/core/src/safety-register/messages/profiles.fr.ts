/**
 * X-I18N — the French texts of SR-PROFILES (keys `sr.profiles.*`): the first screen's and the editor's,
 * two bundles so the first screen carries only its own. French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
import { registerProfilesEditorFr } from './profiles-editor.fr.js';
import { registerProfilesListFr } from './profiles-list.fr.js';

export const registerProfilesFr = { ...registerProfilesListFr, ...registerProfilesEditorFr } as const;
