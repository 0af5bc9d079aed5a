/**
 * X-I18N — the French texts of SR-PERMIT (keys `sr.permits.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const registerPermitsFr = {

} as const;
