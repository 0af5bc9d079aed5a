/**
 * @vigie/mock-api — msw handlers over an in-memory store that applies the core rules,
 * French demo data and named scenarios (X-MOCK). This entry runs in Node and in browser
 * bundles alike; the runtimes are subpaths: `@vigie/mock-api/browser` (service worker)
 * and `@vigie/mock-api/server` (HTTP server on 127.0.0.1, Node only).
 */
export * from './scenarios.js';
export * from './handlers.js';
export * from './safety-register/store.js';
export * from './safety-register/register-store.js';
export { safetyRegisterRoutes } from './safety-register/routes.js';
export * from './vault/store.js';
export { makePdf, makePdfPages, pdfString, type PdfLine } from './shared/pdf.js';
export * from './passport/store.js';
export { passportRoutes, PASSPORT_MODULE_FAILURES_PATH, passportModuleFailuresPath } from './passport/routes.js';
export { generateEmployees, DEMO_EMAIL_DOMAIN as PASSPORT_DEMO_EMAIL_DOMAIN } from './passport/generate.js';
export * from './remote-services/store.js';
export { remoteServicesRoutes } from './remote-services/routes.js';
export {
  acceptRemoteInvitation,
  remoteInvitationOutbox,
  setRemoteCallerLevel,
  type RemoteInvitationMail,
} from './remote-services/contacts/store.js';
export {
  raiseAlarm,
  dispatchPatrol,
  closeAlarm,
  alarmListeners,
  ALARM_BURST_INTERVAL_MS,
  type RaiseAlarmInit,
} from './remote-services/alarms/feed.js';
export { REMOTE_ALARMS_RAISE_PATH } from './remote-services/alarms/routes.js';
export * from './remote-services/onboarding/store.js';
export {
  generateRemoteData,
  LARGE_SITE_COUNT as REMOTE_LARGE_SITE_COUNT,
  DEMO_TEST_MODE_MINUTES as REMOTE_DEMO_TEST_MODE_MINUTES,
} from './remote-services/generate.js';
export { DEMO_ID_PIN_PAIRS, DEMO_LINKED_PIN } from './remote-services/id-pin/routes.js';
