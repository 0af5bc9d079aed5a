/**
 * X-I18N — the French texts of SR-SIGN (the interventions) (keys `sr.interventions.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const registerInterventionsFr = {

} as const;
