/**
 * X-I18N — the French texts of RS-OVERVIEW (keys `rs.overview.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const remoteOverviewFr = {} as const;
