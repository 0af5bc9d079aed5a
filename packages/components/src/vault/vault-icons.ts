/**
 * The icons of the vault widgets, drawn once: 24×24 strokes in the style of base/icons.ts.
 * Decorative (the text next to them carries the meaning). The light-DOM widgets use the
 * `vigie-icon` builds (base/forms/light-icons.ts); `<vault-documents>`, in a shadow root, uses
 * `documentIcons` (base/icons.ts: class `icon`, `part="icon"`).
 */
import { svg } from 'lit';
import { icon as shadowIcon } from '../base/icons.js';
import { errorIcon, icon } from '../base/forms/light-icons.js';

/** The drawings, by name. */
const paths = {
  check: svg`<path d="M20 6 9 17l-5-5"/>`,
  checkCircle: svg`<circle cx="12" cy="12" r="10"/><path d="m8 12.5 2.7 2.7L16.5 9.5"/>`,
  clock: svg`<circle cx="12" cy="12" r="10"/><path d="M12 6v6l4 2"/>`,
  info: svg`<circle cx="12" cy="12" r="10"/><path d="M12 16v-4"/><path d="M12 8h.01"/>`,
  warning: svg`<path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z"/><path d="M12 9v4"/><path d="M12 17h.01"/>`,
  lock: svg`<rect x="3" y="11" width="18" height="11" rx="2"/><path d="M7 11V7a5 5 0 0 1 10 0v4"/>`,
  mail: svg`<rect x="2.5" y="5" width="19" height="14" rx="2"/><path d="m3 6.5 9 6.5 9-6.5"/>`,
  key: svg`<circle cx="7.5" cy="15.5" r="5.5"/><path d="m21 2-9.6 9.6"/><path d="m15.5 7.5 3 3L22 7l-3-3"/>`,
  external: svg`<path d="M15 3h6v6"/><path d="M10 14 21 3"/><path d="M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6"/>`,
  print: svg`<path d="M6 9V3h12v6"/><rect x="3" y="9" width="18" height="8" rx="2"/><path d="M6 14h12v7H6z"/>`,
  folder: svg`<path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z"/>`,
  archive: svg`<rect x="3" y="4" width="18" height="4" rx="1"/><path d="M5 8v11a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8"/><path d="M10 12h4"/>`,
  restore: svg`<path d="M3 12a9 9 0 1 0 3-6.7L3 8"/><path d="M3 3v5h5"/>`,
  move: svg`<path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z"/><path d="M9 13h6"/><path d="m13 11 2 2-2 2"/>`,
  file: svg`<path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z"/><path d="M14 3v5h5"/><path d="M9 13h6"/><path d="M9 17h4"/>`,
};

// Light-DOM icons (`vigie-icon`).
export { errorIcon };
export const checkIcon = icon(paths.check);
/** A ticked circle: something is done (a confirmation, a long-enough password). */
export const checkCircleIcon = icon(paths.checkCircle);
export const clockIcon = icon(paths.clock);
export const infoIcon = icon(paths.info);
export const warningIcon = icon(paths.warning);
export const lockIcon = icon(paths.lock);
export const mailIcon = icon(paths.mail);
export const keyIcon = icon(paths.key);
/** After a link that opens in a new tab or window. */
export const externalIcon = icon(paths.external);
export const printIcon = icon(paths.print);

/** The icons of `<vault-documents>` (shadow DOM: class `icon`, `part="icon"`). */
export const documentIcons = {
  folder: shadowIcon(paths.folder),
  archive: shadowIcon(paths.archive),
  restore: shadowIcon(paths.restore),
  print: shadowIcon(paths.print),
  move: shadowIcon(paths.move),
  file: shadowIcon(paths.file),
  info: shadowIcon(paths.info),
};
