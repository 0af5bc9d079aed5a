/**
 * What every service's forms check the same way (the vault's and the passport's): a blank value,
 * the shape of an e-mail address, two e-mail addresses that are the same one.
 */

/** Longest e-mail address (RFC 5321). */
export const EMAIL_MAX_LENGTH = 254;

/**
 * The one source of the e-mail shape, as a string (what an HTML `pattern` attribute or a form's
 * check derives from): one `@`, something before it, a dot in the domain between non-empty labels
 * (`a@b..fr` and `a@.fr` are refused), no spaces. A hint, not RFC 5322: the server decides.
 */
export const EMAIL_PATTERN_SOURCE = '^[^\\s@]+@[^\\s@.]+(?:\\.[^\\s@.]+)+$';

/** {@link EMAIL_PATTERN_SOURCE} as a regular expression (the forms of every service and the contract's schemas). */
export const EMAIL_PATTERN = new RegExp(EMAIL_PATTERN_SOURCE);

/** Whether the value looks like an e-mail address (the same loose check everywhere; the server decides). */
export function isEmail(value: string): boolean {
  const v = value.trim();
  return v.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(v);
}

/** Empty or only white space. */
export const isBlank = (value: string | undefined | null): boolean => (value ?? '').trim() === '';

/** The same address, whatever the case or the surrounding spaces. */
export const sameEmail = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** `required` if blank, else `invalid-email` if not an e-mail address, else nothing. */
export function emailIssue(value: string): 'required' | 'invalid-email' | undefined {
  if (isBlank(value)) return 'required';
  return isEmail(value) ? undefined : 'invalid-email';
}
