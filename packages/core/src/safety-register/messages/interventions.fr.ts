/**
 * X-I18N — the French texts of SR-SIGN (the interventions) (keys `sr.interventions.*`): the first
 * screens' (`interventions-list.fr.ts`) and the signature box's (`interventions-box.fr.ts`), in two
 * bundles so the box's texts come with its code. French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
import { interventionsBoxFr } from './interventions-box.fr.js';
import { interventionsListFr } from './interventions-list.fr.js';

export const registerInterventionsFr = { ...interventionsListFr, ...interventionsBoxFr } as const;
