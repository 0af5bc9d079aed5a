import { defineElement } from '../base/define.js';
import { PassportRoster } from '../passport/passport-roster/passport-roster.js';

defineElement('passport-roster', PassportRoster);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { PassportRoster };
export * from '../passport/passport-roster/passport-roster.events.js';
export { PassportViewRequestedEvent } from '../passport/passport-view/passport-view.events.js';
export { PassportLoginRequestedEvent, type PassportLoginReason } from '../passport/passport.events.js';
