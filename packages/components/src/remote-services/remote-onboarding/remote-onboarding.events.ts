/**
 * X-EVENTS — the events of `<remote-onboarding>` (RS-ONB), as Stripe's embedded onboarding exposes
 * `onStepChange` and `onExit`. Bubbling, composed, typed; never a password, a PIN, a token or an
 * e-mail in a payload.
 */
import type { InvitationKind, OnboardingStep, OnboardingUser } from '@vigie/core';

/** RS-ONB: the step shown changed (« Étape {index} sur {total} »; `index` is 1-based). */
export class OnboardingStepChangedEvent extends Event {
  static readonly eventName = 'onboarding-step-changed';
  constructor(
    readonly step: OnboardingStep,
    readonly index: number,
    readonly total: number,
  ) {
    super(OnboardingStepChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** RS-ONB: the onboarding is complete (the server says so): the person reaches Remote Services. */
export class OnboardingCompletedEvent extends Event {
  static readonly eventName = 'onboarding-completed';
  constructor(
    /** The invitation's kind. */
    readonly kind: InvitationKind,
    /** The path taken: an existing MySecuritas account, or a new one. */
    readonly user: OnboardingUser,
  ) {
    super(OnboardingCompletedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * RS-ONB: « Quitter l'inscription » was pressed on `step`. Cancelable: `preventDefault()` keeps the
 * widget as it is and lets the host take over (close its dialog, go elsewhere); otherwise the widget
 * says how to resume later (the server keeps the onboarding).
 */
export class OnboardingExitedEvent extends Event {
  static readonly eventName = 'onboarding-exited';
  constructor(readonly step: OnboardingStep) {
    super(OnboardingExitedEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onboarding-step-changed': OnboardingStepChangedEvent;
    'onboarding-completed': OnboardingCompletedEvent;
    'onboarding-exited': OnboardingExitedEvent;
  }
}
