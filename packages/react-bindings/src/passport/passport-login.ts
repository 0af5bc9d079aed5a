/**
 * @vigie/react — `<passport-login>` (PP-LOGIN). Importing this module registers the tag.
 *
 * Props: `registerHref`, `headingLevel`. Events: `onPassportSignedIn` (`e.companyName`,
 * `e.referent`: first and last name, never the token), `onPassportSignedOut` (`e.reason`: `user` |
 * `expired` | `ended`), `onPassportResetRequested` (the forgotten-password answer is shown).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { PassportResetRequestedEvent, PassportSignedInEvent, PassportSignedOutEvent } from '@vigie/components';
import { PassportLogin as PassportLoginElement } from '@vigie/components/define/passport-login.js';

export const PassportLogin = createComponent({
  tagName: 'passport-login',
  elementClass: PassportLoginElement,
  react: React,
  events: {
    onPassportSignedIn: 'passport-signed-in' as EventName<PassportSignedInEvent>,
    onPassportSignedOut: 'passport-signed-out' as EventName<PassportSignedOutEvent>,
    onPassportResetRequested: 'passport-reset-requested' as EventName<PassportResetRequestedEvent>,
  },
});
