/**
 * @vigie/react — `<register-access-notice>` (SR-INVOICE). Importing this module registers the tag.
 *
 * Props: `feature` (the module whose content it replaces), `headingLevel`. No events. Renders
 * nothing while access is full; needs a `<VigieProvider>`.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { RegisterAccessNotice as RegisterAccessNoticeElement } from '@vigie/components/define/register-access-notice.js';

export const RegisterAccessNotice = createComponent({
  tagName: 'register-access-notice',
  elementClass: RegisterAccessNoticeElement,
  react: React,
  events: {},
});
