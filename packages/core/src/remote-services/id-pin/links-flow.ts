/**
 * RS-IDPIN — the flow of `<id-pin-links>` (seed 000 « Mes ID & PIN »): the user's links with their
 * sites, and what a person does with them, each a step of one pure machine returning
 * `{ state, effects }` (`shared/flow.ts`):
 *
 *   list:    loading ──links-loaded──► ready          (links-failed ► error ──retry──► loading)
 *   add:     closed ──add-opened──► open ──add-submitted (ID + PIN judged in the form)──► submitting
 *              submitting ──answered──► closed (link appended; `id-pin-linked`; toast; focus on it)
 *                         ├─refused──► open, generic « ID ou PIN incorrect » (same for an unknown ID)
 *                         ├─already-linked──► open, the ID field says so
 *                         ├─throttled──► open, « réessayez à 14 h 05 » until `waitUntil` (a deadline)
 *                         └─failed──► open, « service indisponible » (the PIN is kept for a retry)
 *   pin:     (one link) editing ──pin-submitted (the form's issues only)──► submitting ──► closed / editing
 *   rename:  (one site) editing ──rename-submitted──► saving ──► closed (`site-renamed`) / editing
 *   removal: (one link) confirming (a dialog naming its sites) ──remove-confirmed──► removing ──► gone (`id-pin-unlinked`)
 *   holder:  (one link) editing ──holder-submitted──► saving ──► closed / editing
 *
 * PINs never enter the machine: the form keeps them, checks them with core's rules and sends
 * only their issues (`add-submitted.pin`, `pin-submitted.problems`); a `call` names the request and
 * the element's runner reads the PINs from the form when it sends it, then empties the PIN fields
 * once the server has judged them (kept after a failure on the way, for the retry). Answers are
 * applied only to the step that is waiting for them (a late answer changes nothing). Pin, rename,
 * removal and holder are one edit at a time: opening one closes another that is not being sent.
 */
export * from './links-list.js';
export { idPinLinksEditTransition } from './links-edits.js';
import { idPinLinksEditTransition } from './links-edits.js';
import { idPinLinksFlowWith } from './links-list.js';

/** The whole flow: the list and the edits. */
export const idPinLinksFlow = idPinLinksFlowWith(() => idPinLinksEditTransition);
