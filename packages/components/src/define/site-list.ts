import { defineElement } from '../base/define.js';
import { SiteList } from '../remote-services/site-list/site-list.js';

defineElement('site-list', SiteList);

// The class and its events, for hosts (and @vigie/react) that import this entry alone.
export { SiteList };
export * from '../remote-services/site-list/site-list.events.js';
