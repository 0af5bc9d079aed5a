import { defineElement } from '../base/define.js';
import { SiteOverview } from '../remote-services/site-overview/site-overview.js';

defineElement('site-overview', SiteOverview);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { SiteOverview };
export * from '../remote-services/site-overview/site-overview.events.js';
