/**
 * RS-CONTACTS — the whole flow of `<site-contacts>`: the list's part (`list-flow.ts`) with the
 * dialogs' part (`dialog-flow.ts`) at hand. A widget that loads the dialogs on demand builds its
 * own with `contactsFlowWith`.
 */
import type { Flow } from '../../shared/flow.js';
import { contactsDialogTransition } from './dialog-flow.js';
import { contactsFlowWith, type ContactsContext, type ContactsEvent, type ContactsRequest, type ContactsState } from './list-flow.js';

export * from './list-flow.js';
export * from './dialog-flow.js';

export const contactsFlow: Flow<ContactsState, ContactsEvent, ContactsRequest, ContactsContext> = /* @__PURE__ */ contactsFlowWith(
  () => contactsDialogTransition,
);
