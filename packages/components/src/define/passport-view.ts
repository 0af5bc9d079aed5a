import { defineElement } from '../base/define.js';
import { PassportView } from '../passport/passport-view/passport-view.js';

defineElement('passport-view', PassportView);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { PassportView };
export { PASSPORT_VIEW_AUDIENCES, type PassportViewAudience } from '../passport/passport-view/passport-view.js';
export * from '../passport/passport-view/passport-view.events.js';
export { PassportLoginRequestedEvent, type PassportLoginReason } from '../passport/passport.events.js';
