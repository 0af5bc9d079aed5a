/**
 * X-I18N — the French texts of RS-CONTACTS (keys `rs.contacts.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const remoteContactsFr = {} as const;
