import { defineElement } from '../base/define.js';
import { RegisterAccessNotice } from '../safety-register/register-access-notice/register-access-notice.js';

defineElement('register-access-notice', RegisterAccessNotice);

// The class, for hosts (and @vigie/react) that import this entry alone.
export { RegisterAccessNotice };
