/**
 * @vigie/react — `<remote-onboarding>` (RS-ONB) for React 19. Importing this module registers the tag.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { OnboardingCompletedEvent, OnboardingExitedEvent, OnboardingStepChangedEvent } from '@vigie/components';
import { RemoteOnboarding as RemoteOnboardingElement } from '@vigie/components/define/remote-onboarding.js';

/**
 * `<remote-onboarding>`: `token` and `signupToken` (write-only; else the address's `rs-invitation` /
 * `rs-signup`), `mysecuritasTermsHref`, `remoteTermsHref`, `continueHref`; `onOnboardingStepChanged`
 * (`step`, `index`, `total`), `onOnboardingCompleted`, `onOnboardingExited` (call `preventDefault()` to take over).
 */
export const RemoteOnboarding = createComponent({
  tagName: 'remote-onboarding',
  elementClass: RemoteOnboardingElement,
  react: React,
  events: {
    onOnboardingStepChanged: 'onboarding-step-changed' as EventName<OnboardingStepChangedEvent>,
    onOnboardingCompleted: 'onboarding-completed' as EventName<OnboardingCompletedEvent>,
    onOnboardingExited: 'onboarding-exited' as EventName<OnboardingExitedEvent>,
  },
});
