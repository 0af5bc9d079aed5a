/**
 * VA — the in-memory payslip vault of the mock API, as a backend would keep it. Every rule comes
 * from core: the lockout (`decideLogin` under `lockKey`: 3 consecutive failures per account, its
 * number and e-mail together, or per normalised identifier when no account has it; lock 120
 * minutes), the identifiers (`normalizeIdentifier`), the password
 * policy (`checkNewPassword`), the code deadlines (`codeDeadlines`), the link validity
 * (`activationLinkStatus`, `resetLinkStatus`), the documents (`archiveDocument`, `moveDocument`),
 * the forms (`checkIdentifierRecovery`, `checkEmailChange`). "Now" is read from the clock at each
 * call, so tests and demos move time by moving the clock.
 *
 * It is a mock: passwords are kept in clear, codes are always {@link DEMO_ONE_TIME_CODE}, and what a
 * real backend would e-mail or text is appended to {@link VaultStore.outbox} instead.
 */
import type { VaultScenario } from '../scenarios.js';
import type { VaultStore } from './store/data.js';
import { createVaultContext } from './store/context.js';
import { sessionsOf } from './store/sessions.js';
import { linksOf } from './store/links.js';
import { profileOf } from './store/profile.js';
import { documentsOf } from './store/documents.js';
import { paperOf } from './store/paper.js';

export * from './store/data.js';
export { maskEmail, maskPhone } from './store/kit.js';

/** VA — the vault of a scenario: one state (`store/context.ts`), one module per aggregate. */
export function createVaultStore(scenario: VaultScenario, now: () => number = Date.now): VaultStore {
  const st = createVaultContext(scenario, now);
  return {
    scenario,
    now,
    ...sessionsOf(st),
    ...linksOf(st),
    ...profileOf(st),
    ...documentsOf(st),
    ...paperOf(st),
    outbox: () => [...st.outbox],
    reset: () => st.reset(),
  };
}
