/**
 * X-I18N — the French texts of SR-ANOMALY (keys `sr.anomalies.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const registerAnomaliesFr = {

} as const;
