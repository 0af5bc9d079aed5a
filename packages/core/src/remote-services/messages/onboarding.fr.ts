/**
 * X-I18N — the French texts of RS-ONB (keys `rs.onboarding.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const remoteOnboardingFr = {} as const;
