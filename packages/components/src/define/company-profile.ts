import { defineElement } from '../base/define.js';
import { CompanyProfile } from '../passport/company-profile/company-profile.js';

defineElement('company-profile', CompanyProfile);

// The class and its events, for hosts (and @vigie/react) that import this entry.
export { CompanyProfile };
export * from '../passport/company-profile/company-profile.events.js';
export { PassportLoginRequestedEvent, type PassportLoginReason } from '../passport/passport.events.js';
