import { defineElement } from '../base/define.js';
import { SpaceSwitcher } from '../passport/space-switcher/space-switcher.js';

defineElement('space-switcher', SpaceSwitcher);

// The class and its events, for hosts (and @vigie/react) that import this entry.
export { SpaceSwitcher };
export * from '../passport/space-switcher/space-switcher.events.js';
export { PassportLoginRequestedEvent, type PassportLoginReason } from '../passport/passport.events.js';
