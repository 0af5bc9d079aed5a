/**
 * X-I18N — the French texts of SR-OBS (observations from PDF reports) (keys `sr.reports.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const registerReportsFr = {

} as const;
