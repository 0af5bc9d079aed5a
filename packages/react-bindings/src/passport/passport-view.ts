/**
 * @vigie/react — `<passport-view>` (PP-ROSTER « Voir le passeport »). Importing this module
 * registers the tag.
 *
 * Props: `employeeId` (whose passport), `audience` (`referent`, the default, or `employee`: a blocked
 * account then tells the employee to see their manager), `loginHref`. Events:
 * `onPassportLoginRequested` (call `preventDefault()` to show your own sign-in). Call the element's
 * `refresh()` through a ref to read the passport again. Needs the passport session of its
 * `<VigieProvider>` (given by `<PassportLogin>`, or its `passportSession` prop).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { PassportLoginRequestedEvent } from '@vigie/components';
import { PassportView as PassportViewElement } from '@vigie/components/define/passport-view.js';

export const PassportView = createComponent({
  tagName: 'passport-view',
  elementClass: PassportViewElement,
  react: React,
  events: {
    onPassportLoginRequested: 'passport-login-requested' as EventName<PassportLoginRequestedEvent>,
  },
});
