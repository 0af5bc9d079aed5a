/**
 * @vigie/react — `<company-registration>` (PP-REGISTER). Importing this module registers the tag.
 *
 * Props: `captchaToken` (your anti-robot widget's token, or a function returning it, read at each
 * submit; it may return a promise), `loginHref`, `headingLevel`. Put your anti-robot element as a
 * child with `slot="captcha"`: the element moves it into its form. Events: `onCompanyRegistered`
 * (`e.companyName`, `e.email`: the referent's, the login; never the password),
 * `onCaptchaTokenUsed` (the token was sent: reset your anti-robot widget),
 * `onPassportLoginRequested` (« Se connecter » after the registration; call `preventDefault()` to
 * show your own sign-in instead of following `loginHref`).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  CompanyRegistration as CompanyRegistrationElement,
  type CaptchaTokenUsedEvent,
  type CompanyRegisteredEvent,
  type PassportLoginRequestedEvent,
} from '@vigie/components/define/company-registration.js';

export const CompanyRegistration = createComponent({
  tagName: 'company-registration',
  elementClass: CompanyRegistrationElement,
  react: React,
  events: {
    onCompanyRegistered: 'company-registered' as EventName<CompanyRegisteredEvent>,
    onCaptchaTokenUsed: 'captcha-token-used' as EventName<CaptchaTokenUsedEvent>,
    onPassportLoginRequested: 'passport-login-requested' as EventName<PassportLoginRequestedEvent>,
  },
});
