/**
 * The icons the light-DOM widgets share (vault, passport…), drawn once: 24×24 strokes in the
 * style of base/icons.ts, built as `vigie-icon` (base/forms/light-icons.ts). Decorative: the text
 * next to them carries the meaning. `iconDrawings` lets a shadow-DOM widget build the same
 * drawings with base/icons.ts (class `icon`, `part="icon"`).
 */
import { svg } from 'lit';
import { errorIcon, icon } from './light-icons.js';

/** The drawings, by name. */
export const iconDrawings = {
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
};

export { errorIcon };
export const checkIcon = icon(iconDrawings.check);
/** A ticked circle: something is done (a confirmation, a long-enough password). */
export const checkCircleIcon = icon(iconDrawings.checkCircle);
export const clockIcon = icon(iconDrawings.clock);
export const infoIcon = icon(iconDrawings.info);
export const warningIcon = icon(iconDrawings.warning);
export const lockIcon = icon(iconDrawings.lock);
export const mailIcon = icon(iconDrawings.mail);
export const keyIcon = icon(iconDrawings.key);
/** After a link that opens in a new tab or window. */
export const externalIcon = icon(iconDrawings.external);
export const printIcon = icon(iconDrawings.print);
