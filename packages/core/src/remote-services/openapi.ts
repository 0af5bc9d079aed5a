/** RS — Remote Services in the OpenAPI document: each part's paths and schemas. */
import { remoteSitesComponents, remoteSitesPaths } from './sites/openapi.js';
import { remoteOverviewComponents, remoteOverviewPaths } from './overview/openapi.js';
import { remoteCallListsComponents, remoteCallListsPaths } from './call-lists/openapi.js';
import { remoteContactsComponents, remoteContactsPaths } from './contacts/openapi.js';
import { remoteAlarmsComponents, remoteAlarmsPaths } from './alarms/openapi.js';
import { remoteIdPinComponents, remoteIdPinPaths } from './id-pin/openapi.js';
import { remoteOnboardingComponents, remoteOnboardingPaths } from './onboarding/openapi.js';

export function remoteServicesPaths(): Record<string, unknown> {
  return {
    ...remoteSitesPaths(),
    ...remoteOverviewPaths(),
    ...remoteCallListsPaths(),
    ...remoteContactsPaths(),
    ...remoteAlarmsPaths(),
    ...remoteIdPinPaths(),
    ...remoteOnboardingPaths(),
  };
}

export function remoteServicesComponents(): Record<string, unknown> {
  return {
    ...remoteSitesComponents(),
    ...remoteOverviewComponents(),
    ...remoteCallListsComponents(),
    ...remoteContactsComponents(),
    ...remoteAlarmsComponents(),
    ...remoteIdPinComponents(),
    ...remoteOnboardingComponents(),
  };
}
