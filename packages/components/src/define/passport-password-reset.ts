import { defineElement } from '../base/define.js';
import { PassportPasswordReset } from '../passport/passport-password-reset/passport-password-reset.js';

defineElement('passport-password-reset', PassportPasswordReset);

// The class and its events, for hosts (and @vigie/react) that import this entry.
export { PassportPasswordReset };
export * from '../passport/passport-password-reset/passport-password-reset.events.js';
export { PassportLoginRequestedEvent, type PassportLoginReason } from '../passport/passport.events.js';
