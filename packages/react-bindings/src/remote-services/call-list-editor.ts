/**
 * @vigie/react — `<call-list-editor>` (RS-CALL: a site's call lists). Importing this module registers
 * the tag.
 *
 * Props: `siteId`. Events: `onCallListSaved` (`siteId`, `listId`, `version`), `onContactsTabRequested`
 * (call `preventDefault()` once you opened the site's contacts). Call the element's `refresh()`
 * through a ref to read the lists again (drafts are kept).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  CallListEditor as CallListEditorElement,
  type CallListSavedEvent,
  type ContactsTabRequestedEvent,
} from '@vigie/components/define/call-list-editor.js';

export const CallListEditor = createComponent({
  tagName: 'call-list-editor',
  elementClass: CallListEditorElement,
  react: React,
  events: {
    onCallListSaved: 'call-list-saved' as EventName<CallListSavedEvent>,
    onContactsTabRequested: 'contacts-tab-requested' as EventName<ContactsTabRequestedEvent>,
  },
});
