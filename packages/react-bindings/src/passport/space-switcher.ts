/**
 * @vigie/react — `<space-switcher>` (PP-SPACES). Importing this module registers the tag.
 *
 * Props: `loginHref`, `companyHref` (the page of `<company-profile>`, offered after a
 * dissociation for the handover), `dissociating` (opens « Avoir un accès distinct à mon compte
 * utilisateur »). Events: `onSpacesLinked` (`e.spaces`, `e.active`), `onSpaceSwitched` (`e.space`,
 * `e.previous`: show that space's pages), `onSpacesDissociated` (`e.userLogin`; never the password),
 * `onCompanyProfileRequested` (`e.href`; call `preventDefault()` to show the company information
 * yourself), `onPassportLoginRequested` (call `preventDefault()` to show your own sign-in).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  SpaceSwitcher as SpaceSwitcherElement,
  type CompanyProfileRequestedEvent,
  type PassportLoginRequestedEvent,
  type SpaceSwitchedEvent,
  type SpacesDissociatedEvent,
  type SpacesLinkedEvent,
} from '@vigie/components/define/space-switcher.js';

export const SpaceSwitcher = createComponent({
  tagName: 'space-switcher',
  elementClass: SpaceSwitcherElement,
  react: React,
  events: {
    onSpacesLinked: 'spaces-linked' as EventName<SpacesLinkedEvent>,
    onSpaceSwitched: 'space-switched' as EventName<SpaceSwitchedEvent>,
    onSpacesDissociated: 'spaces-dissociated' as EventName<SpacesDissociatedEvent>,
    onCompanyProfileRequested: 'company-profile-requested' as EventName<CompanyProfileRequestedEvent>,
    onPassportLoginRequested: 'passport-login-requested' as EventName<PassportLoginRequestedEvent>,
  },
});
