import { defineElement } from '../base/define.js';
import { CompanyRegistration } from '../passport/company-registration/company-registration.js';

defineElement('company-registration', CompanyRegistration);

// The class and its events, for a host (or a wrapper) that imports the tag's entry alone.
export { CompanyRegistration };
export * from '../passport/company-registration/company-registration.events.js';
export { PassportLoginRequestedEvent } from '../passport/passport.events.js';
