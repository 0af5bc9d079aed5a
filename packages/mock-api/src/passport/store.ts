/**
 * PP — the in-memory safety-passport backend of the mock API, as a real one would keep it: the
 * subcontractor companies, their referents' sessions and linked spaces, and their employee
 * rosters. Every rule comes from core (`@vigie/core/passport`): the forms' checks
 * (`checkRegistration`, `checkEnrollment`, `checkCompanyForm`, `checkDissociation`,
 * `checkDomainChange`), the profile (`profileFor`), the SNBPE reciprocity (`reciprocity`, only at
 * creation), PP-BLOCK (`recordModuleFailure`, `unblock`), the linked-spaces machine (`transition`
 * over a {@link SpacesState} built from the store, then written back) and the e-mail domain change
 * (`previewDomainChange`, `applyDomainChange`). "Now" is read from the clock at each call.
 *
 * It is a mock: what a real backend would e-mail goes to {@link PassportStore.outbox}; the
 * anti-robot provider accepts only {@link PASSPORT_TEST_CAPTCHA_TOKEN}. Passwords are never kept in
 * clear (a salted hash, `hash.ts`) and never leave the store.
 */
import type { PassportScenario } from '../scenarios.js';
import type { PassportStore } from './store/data.js';
import { createPassportContext } from './store/context.js';
import { accessOf } from './store/access.js';
import { companyOf } from './store/company.js';
import { spacesOf } from './store/spaces.js';
import { employeesOf } from './store/employees.js';

export * from './store/data.js';

/** PP — the safety passport of a scenario: one state (`store/context.ts`), one module per aggregate. */
export function createPassportStore(scenario: PassportScenario, now: () => number = () => Date.now()): PassportStore {
  const st = createPassportContext(scenario, now);
  return {
    scenario,
    now,
    ...accessOf(st),
    ...companyOf(st),
    ...spacesOf(st),
    ...employeesOf(st),
    outbox: () => [...st.outbox],
    reset: () => st.reset(),
  };
}
