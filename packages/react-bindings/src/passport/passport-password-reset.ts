/**
 * @vigie/react — `<passport-password-reset>` (PP-LOGIN: the page of the e-mailed reset link).
 * Importing this module registers the tag.
 *
 * Props: `loginHref`, `headingLevel`, `tokenParam` (default `passport-reset-token`), `token` (write-only:
 * the link's token when the host routes it itself). Events: `onPassportPasswordReset` (the new
 * password was accepted; nothing personal in it), `onPassportLoginRequested` (`e.reason`:
 * `password-reset` or `new-link`; call `preventDefault()` to show your own sign-in).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  PassportPasswordReset as PassportPasswordResetElement,
  type PassportLoginRequestedEvent,
  type PassportPasswordResetEvent,
} from '@vigie/components/define/passport-password-reset.js';

export const PassportPasswordReset = createComponent({
  tagName: 'passport-password-reset',
  elementClass: PassportPasswordResetElement,
  react: React,
  events: {
    onPassportPasswordReset: 'passport-password-reset' as EventName<PassportPasswordResetEvent>,
    onPassportLoginRequested: 'passport-login-requested' as EventName<PassportLoginRequestedEvent>,
  },
});
