import { defineElement } from '../base/define.js';
import { PassportLogin } from '../passport/passport-login/passport-login.js';

defineElement('passport-login', PassportLogin);

// The class and its events, for a host (or a wrapper) that imports the tag's entry alone.
export { PassportLogin };
export * from '../passport/passport-login/passport-login.events.js';
