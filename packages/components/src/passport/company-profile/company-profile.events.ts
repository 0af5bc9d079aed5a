/**
 * X-EVENTS — the events of `<company-profile>` (PP-COMPANY). Bubbling, composed, typed; never a
 * password or a session token in a payload. (It also fires `passport-login-requested`, shared by
 * the passport widgets: see ../passport.events.ts.)
 */
import type { CompanyInfo, HandoverPasswordMode, ReferentName } from '@vigie/core';

/** What the linked-spaces flow is asked for: linking, or a separate access to the user account. */
export type SpacesFlow = 'link' | 'dissociate';

/**
 * « Enregistrer les modifications » saved the company's information (name, regions, the referent's
 * names) and/or a new company password.
 */
export class CompanyUpdatedEvent extends Event {
  static readonly eventName = 'company-updated';
  constructor(
    /** The information as the server now holds it (with its new `version`). */
    readonly company: CompanyInfo,
    /** A new company password was set (the password itself never leaves the widget). */
    readonly passwordChanged: boolean,
  ) {
    super(CompanyUpdatedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * PP-COMPANY « passage de relais »: a new referent, whose e-mail is now the company's login. The
 * person who did it is no longer the referent: a host usually signs them out of the company space.
 */
export class CompanyHandedOverEvent extends Event {
  static readonly eventName = 'company-handed-over';
  constructor(
    /** The new referent's names. */
    readonly referent: ReferentName,
    /** The new referent's e-mail: the company's new login. */
    readonly email: string,
    /** What became of the password: kept, a temporary one for the successor, or a reset they ask for. */
    readonly passwordMode: HandoverPasswordMode,
    /** The information as the server now holds it. */
    readonly company: CompanyInfo,
  ) {
    super(CompanyHandedOverEvent.eventName, { bubbles: true, composed: true });
  }
}

/** PP-COMPANY « Astuces »: every employee address on `fromDomain` moved to `toDomain`. */
export class EmployeesEmailDomainChangedEvent extends Event {
  static readonly eventName = 'employees-email-domain-changed';
  constructor(
    /** How many addresses changed. */
    readonly count: number,
    readonly fromDomain: string,
    readonly toDomain: string,
  ) {
    super(EmployeesEmailDomainChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * « Lier ce compte entreprise à mon compte utilisateur » (or, once linked, « Avoir un accès distinct
 * à mon compte utilisateur ») was pressed. **Cancelable**: call `preventDefault()` to lead to your
 * own page; otherwise the widget opens `<space-switcher>` in a dialog.
 */
export class SpacesLinkRequestedEvent extends Event {
  static readonly eventName = 'spaces-link-requested';
  constructor(
    /** `link`, or `dissociate` when the spaces are already linked. */
    readonly flow: SpacesFlow,
  ) {
    super(SpacesLinkRequestedEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'company-updated': CompanyUpdatedEvent;
    'company-handed-over': CompanyHandedOverEvent;
    'employees-email-domain-changed': EmployeesEmailDomainChangedEvent;
    'spaces-link-requested': SpacesLinkRequestedEvent;
  }
}
