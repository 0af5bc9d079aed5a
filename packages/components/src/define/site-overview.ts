import { defineElement } from '../base/define.js';
import { SiteOverview } from '../remote-services/site-overview/site-overview.js';

defineElement('site-overview', SiteOverview);
