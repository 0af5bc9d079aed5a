/**
 * X-EVENTS — the events of `<company-registration>` (PP-REGISTER): one class per domain event,
 * bubbling and composed, typed fields, in `HTMLElementEventMap`. Never a password nor the
 * anti-robot token in a payload.
 */

const init: EventInit = { bubbles: true, composed: true };

/** The company account is created; a confirmation e-mail went to the referent, whose e-mail is the login. */
export class CompanyRegisteredEvent extends Event {
  static readonly eventName = 'company-registered';
  constructor(
    /** The company's name, as sent. */
    readonly companyName: string,
    /** The referent's e-mail address: the company's login, where the confirmation was sent. */
    readonly email: string,
  ) {
    super(CompanyRegisteredEvent.eventName, init);
  }
}

/**
 * The anti-robot token was sent to the server (whatever its answer): it cannot serve again. Reset
 * your anti-robot widget now (e.g. `grecaptcha.reset()`), so that the next submission gets a fresh
 * token. A `captcha-token` attribute has already been removed.
 */
export class CaptchaTokenUsedEvent extends Event {
  static readonly eventName = 'captcha-token-used';
  constructor() {
    super(CaptchaTokenUsedEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'company-registered': CompanyRegisteredEvent;
    'captcha-token-used': CaptchaTokenUsedEvent;
  }
}
