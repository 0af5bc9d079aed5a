/** Registers `<user-profiles>` (SR-PROFILES). */
import { defineElement } from '../base/define.js';
import { UserProfiles } from '../safety-register/user-profiles/user-profiles.js';

defineElement('user-profiles', UserProfiles);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { UserProfiles };
export * from '../safety-register/user-profiles/user-profiles.events.js';
