/**
 * X-I18N — the French texts of SR-PROFILES (keys `sr.profiles.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const registerProfilesFr = {

} as const;
