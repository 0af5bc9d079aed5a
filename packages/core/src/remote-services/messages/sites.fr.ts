/**
 * X-I18N — the French texts of RS-SITES (keys `rs.sites.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const remoteSitesFr = {} as const;
