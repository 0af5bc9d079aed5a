/**
 * X-I18N — the French texts of RS-IDPIN (keys `rs.id-pin.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const remoteIdPinFr = {} as const;
