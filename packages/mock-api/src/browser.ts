/**
 * X-MOCK — the mock API in the browser (demo, Storybook, browser tests) through msw's
 * service worker. Serve `msw/mockServiceWorker.js` at `serviceWorkerUrl` (scope `/`).
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers, type HandlerOptions } from './handlers.js';
import type { PassportStore } from './passport/store.js';
import type { RemoteStore } from './remote-services/store.js';
import type { RegisterStore } from './safety-register/register-store.js';
import type { ScenarioName } from './scenarios.js';
import type { VaultStore } from './vault/store.js';

export interface MockWorkerOptions extends HandlerOptions {
  /** Silence msw's console log of each mocked request (default true). */
  readonly quiet?: boolean;
  readonly serviceWorkerUrl?: string;
}

export interface MockWorker {
  readonly worker: SetupWorker;
  readonly scenario: ScenarioName;
  /** The payslip vault of the current scenario (e.g. its `outbox()`: the e-mails a real vault would send). */
  readonly vault: VaultStore;
  /** The safety passport of the current scenario (e.g. `recordModuleFailure()` to block someone, its `outbox()`). */
  readonly passport: PassportStore;
  /** Remote Services of the current scenario. */
  readonly remote: RemoteStore;
  /** The safety register of the current scenario (e.g. `currentUser().rights`, to take a right away). */
  readonly register: RegisterStore;
  setScenario(name: ScenarioName): void;
  reset(): void;
  stop(): void;
}

export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const { quiet = true, serviceWorkerUrl = '/mockServiceWorker.js', ...handlerOptions } = options;
  const mock = createHandlers(handlerOptions);
  const worker = setupWorker(...mock.handlers);
  await worker.start({
    quiet,
    serviceWorker: { url: serviceWorkerUrl },
    // Only the API is mocked: the page's own assets, fonts, HMR… go through untouched and unlogged.
    onUnhandledFrame: 'bypass',
  });
  return {
    worker,
    get scenario() {
      return mock.scenario;
    },
    get vault() {
      return mock.vault;
    },
    get passport() {
      return mock.passport;
    },
    get remote() {
      return mock.remote;
    },
    get register() {
      return mock.register;
    },
    setScenario: (name) => mock.setScenario(name),
    reset: () => mock.reset(),
    stop: () => void worker.stop(),
  };
}

// The demo page loads this module alone from the CDN folder: give it the scenario list too.
export { SCENARIOS, SCENARIO_NAMES, describeScenario, isScenarioName, type ScenarioName } from './scenarios.js';
// …and the vault's demo credentials, to show them beside the login.
export { DEMO_ACCOUNTS, DEMO_ONE_TIME_CODE, DEMO_PENDING_EMAIL, DEMO_TOKENS } from './vault/store.js';
// …and the passport's demo data (login, anti-robot test token, always-open demo session…).
export {
  PASSPORT_DEMO_COMPANY,
  PASSPORT_DEMO_EMPLOYEES,
  PASSPORT_DEMO_LOGIN,
  PASSPORT_DEMO_SESSION,
  PASSPORT_DEMO_SESSION_TOKEN,
  PASSPORT_DEMO_RESET_TOKENS,
  PASSPORT_DEMO_SIRET,
  PASSPORT_DEMO_USER_LOGIN,
  PASSPORT_HANDOVER_LOGIN,
  PASSPORT_LINKED_REFERENT,
  PASSPORT_TEST_CAPTCHA_TOKEN,
  PASSPORT_UNREGISTERED,
} from './passport/store.js';
// …and what the demo's « Faire échouer un module » needs (PP-BLOCK): the mock's route, the modules and their French names.
export { passportModuleFailuresPath } from './passport/routes.js';
export { DEMO_ID_PIN_PAIRS, DEMO_LINKED_PIN } from './remote-services/id-pin/routes.js';
export { UNPG_MODULE_IDS, passportCoreMessages } from '@vigie/core/passport';
// …and what the demo's « Déclencher une alarme » needs (RS-ALARMS): the mock's route, the alarm kinds and their French names.
export { REMOTE_ALARMS_RAISE_PATH } from './remote-services/alarms/routes.js';
export { ALARM_KINDS, remoteCoreMessages } from '@vigie/core/remote-services';
// …and RS-CONTACTS' invitation outbox (what MySecuritas would have e-mailed), to show it beside the contacts.
export {
  acceptRemoteInvitation,
  remoteInvitationOutbox,
  setRemoteCallerLevel,
  type RemoteInvitationMail,
} from './remote-services/contacts/store.js';
// …and Remote Services' demo invitations (RS-ONB: one per path) and the onboarding's outbox.
export {
  REMOTE_ONBOARDING_DEMO,
  REMOTE_ONBOARDING_DEMO_ACCOUNT,
  REMOTE_ONBOARDING_DEMO_ID_PIN,
  remoteOnboarding,
} from './remote-services/onboarding/store.js';
