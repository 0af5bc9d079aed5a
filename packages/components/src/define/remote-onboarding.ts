import { defineElement } from '../base/define.js';
import { RemoteOnboarding } from '../remote-services/remote-onboarding/remote-onboarding.js';

defineElement('remote-onboarding', RemoteOnboarding);

// The class and its events, for hosts (and @vigie/react) that import this entry.
export { RemoteOnboarding };
export * from '../remote-services/remote-onboarding/remote-onboarding.events.js';
