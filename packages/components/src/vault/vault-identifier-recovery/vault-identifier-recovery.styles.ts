/**
 * X-THEME — light-DOM styles of `<vault-identifier-recovery>` (VA-LOSTID): the paired fields and
 * the policy link under the consent box (fields come from base/forms, the panel and the link
 * from the shared `panelStyles`).
 */
import { css } from 'lit';

export const identifierRecoveryStyles = css`
  .vigie-identifier-recovery {
    --_max-width: var(--vault-identifier-recovery-max-width, 40rem);
  }
  /* Two short fields side by side where there is room. */
  .vigie-identifier-recovery .vigie-lostid-pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 1rem;
    align-items: start;
  }
  /* Under the consent box, lined up with its label. */
  .vigie-identifier-recovery .vigie-policy-link {
    margin: 0;
    padding-inline-start: 1.95rem;
  }
`;
