/**
 * X-I18N — the French texts of RS-ALARMS (keys `rs.alarms.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const remoteAlarmsFr = {} as const;
