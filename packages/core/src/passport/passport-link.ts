/**
 * PP-ROSTER — « Voir le passeport »: the roster links to the address the server gives for an
 * employee's passport (`Employee.passportUrl`) only when it is a web address: `http:` or `https:`,
 * or relative to the page (a path, a query, a fragment, `//host/…`). Anything else (`javascript:`,
 * `data:`, `vbscript:`, `blob:`, `file:`…) is not linked: the cell shows « — » as for no passport.
 *
 * Read as a browser reads an `href` (WHATWG URL): leading and trailing control characters and
 * spaces are ignored, tabs and line breaks are removed anywhere, the scheme is case-insensitive.
 * Pure: no DOM, no `URL` parsing per row.
 */

/** The schemes a passport link may name; without a scheme it is relative (so http(s) like the page). */
export const PASSPORT_LINK_SCHEMES = ['http', 'https'] as const;

// eslint-disable-next-line no-control-regex -- the C0 controls and the space are exactly what a pasted link is trimmed of
const EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z\d+.-]*):/;

/** PP-ROSTER: the link to follow for « Voir le passeport », or undefined when it must not be a link. */
export function safePassportUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const cleaned = url.replace(EDGES, '').replace(TAB_OR_NEWLINE, '');
  if (cleaned === '') return undefined;
  const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === undefined) return cleaned;
  return (PASSPORT_LINK_SCHEMES as readonly string[]).includes(scheme) ? cleaned : undefined;
}
