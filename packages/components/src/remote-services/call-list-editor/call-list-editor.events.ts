/**
 * X-EVENTS — the events of `<call-list-editor>` (RS-CALL): bubbling, composed, typed.
 */

/** A call list was saved (its new `version` is the `If-Match` of the next save). */
export class CallListSavedEvent extends Event {
  static readonly eventName = 'call-list-saved';
  constructor(
    readonly siteId: string,
    readonly listId: string,
    readonly version: number,
  ) {
    super(CallListSavedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * « Ajouter la personne dans l'onglet Contacts » was pressed: the person to call is not among the
 * site's contacts yet. **Cancelable**: call `preventDefault()` once you opened the contacts (as
 * `<site-overview>` does with its « Contacts » tab). Not cancelled, the editor says where to add
 * the person.
 */
export class ContactsTabRequestedEvent extends Event {
  static readonly eventName = 'contacts-tab-requested';
  constructor(readonly siteId: string) {
    super(ContactsTabRequestedEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'call-list-saved': CallListSavedEvent;
    'contacts-tab-requested': ContactsTabRequestedEvent;
  }
}
