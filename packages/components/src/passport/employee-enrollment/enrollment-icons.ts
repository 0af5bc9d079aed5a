/** The icons of `<employee-enrollment>` (light DOM, `vigie-icon`): decorative, the text beside them carries the meaning. */
import { svg } from 'lit';
import { errorIcon, icon } from '../../base/forms/light-icons.js';

export { errorIcon };
export const checkCircleIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="m8 12.5 2.7 2.7L16.5 9.5"/>`);
export const infoIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 16v-4"/><path d="M12 8h.01"/>`);
export const warningIcon = icon(
  svg`<path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z"/><path d="M12 9v4"/><path d="M12 17h.01"/>`,
);
export const lockIcon = icon(svg`<rect x="3" y="11" width="18" height="11" rx="2"/><path d="M7 11V7a5 5 0 0 1 10 0v4"/>`);
export const badgeIcon = icon(svg`<rect x="4" y="3" width="16" height="18" rx="2"/><circle cx="12" cy="10" r="3"/><path d="M8 17c.8-1.8 2.2-2.7 4-2.7s3.2.9 4 2.7"/>`);
