/**
 * X-I18N — the French texts of RS-CALL (keys `rs.call-lists.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const remoteCallListsFr = {} as const;
