/**
 * RS-ONB — the onboarding to MySecuritas Remote Services as a pure {@link Flow} (seed 000, both
 * diagrams: « via ID & PIN » and « grâce à l'Automatic Onboarding »).
 *
 * Four paths: the invitation's kind (ID & PIN, or automatic) × the user (an existing MySecuritas
 * account, or a new one):
 *
 * | path                | steps (seed 000 numbering)                                                            |
 * | ------------------- | ------------------------------------------------------------------------------------- |
 * | ID & PIN, existing  | 1 invitation · 2a log in · 3a connect ID & PIN · 4a contact details · success          |
 * | ID & PIN, new       | 1 invitation · 2b/3b e-mail · 4b the e-mailed link · 5b password · 6b log in ·          |
 * |                     | 7b MySecuritas terms · 8b Remote Services terms · 9b ID & PIN (or « Je n'ai pas        |
 * |                     | d'ID & PIN » → « Oui, je suis nouveau ») · 10b contact details · success               |
 * | automatic, existing | 1 invitation · 2a log in · 3a contact details · success                                |
 * | automatic, new      | the ID & PIN new path without its ID & PIN step                                         |
 *
 * (« Créez un nouveau compte » (2b) and « Ajoutez une adresse e-mail » (3b) are one screen: creating
 * the account IS giving its e-mail.)
 *
 * The server holds the onboarding (Okta IDX, Stripe embedded onboarding): every answer is the whole
 * {@link OnboardingStatus}, and the step shown is a pure function of it and of what this page holds
 * (the person's choice, the onboarding session, the e-mailed link's token): {@link onboardingStep}.
 * So the flow resumes anywhere: it starts by fetching the onboarding for the invitation's token, or
 * for the e-mailed link's token (which may open in another tab); the tab left waiting for the
 * e-mail polls the server and moves on by itself once the password was set elsewhere.
 * « Étape n sur N » is {@link onboardingProgress}: also a function of the state.
 *
 * Secrets (passwords, the PIN) pass through events into `call` requests only: never in the state.
 */
export * from './onboarding-landing.js';
export { onboardingLaterTransition } from './onboarding-later.js';
import type { Flow } from '../../shared/flow.js';
import { onboardingFlowWith, type OnboardingEvent, type OnboardingRequest, type OnboardingState } from './onboarding-landing.js';
import { onboardingLaterTransition } from './onboarding-later.js';

/**
 * RS-ONB: the onboarding flow, both parts (run it with `createFlowRunner`, or `FlowController` in an
 * element). The landing part is `onboarding-landing.ts`, the later steps `onboarding-later.ts`: a
 * widget may start with the first and add the second when the person goes on (`onboardingFlowWith`).
 */
export const onboardingFlow: Flow<OnboardingState, OnboardingEvent, OnboardingRequest> = onboardingFlowWith(
  () => onboardingLaterTransition,
);
