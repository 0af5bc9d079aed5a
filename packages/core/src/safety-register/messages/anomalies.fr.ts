/**
 * X-I18N — the French texts of SR-ANOMALY (keys `sr.anomalies.*`): the list's (first screen) and the
 * dialog's (on demand), two bundles (`anomalies.ts`, `anomalies-details.ts`). French typography: a
 * narrow no-break space (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
import { registerAnomaliesDetailsFr } from './anomalies-details.fr.js';
import { registerAnomaliesListFr } from './anomalies-list.fr.js';

export const registerAnomaliesFr = { ...registerAnomaliesListFr, ...registerAnomaliesDetailsFr } as const;
