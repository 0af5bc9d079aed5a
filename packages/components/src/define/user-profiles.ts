import { defineElement } from '../base/define.js';
import { UserProfiles } from '../safety-register/user-profiles/user-profiles.js';

defineElement('user-profiles', UserProfiles);
