/**
 * RS-CONTACTS — the flow of `<site-contacts>`: load the site's contacts, then each change as a
 * step with effects (the convention of `shared/flow.ts`):
 *
 *     loading ─loaded→ ready ─open-edit / open-level / open-invite→ (dialog) ─submit→ (call) ─saved→ ready
 *                                                                          └─save-failed→ (dialog, input kept)
 *             ─load-failed→ error ─load→ loading
 *     ready ─grant / resend→ (call, the row busy) ─invitation-sent→ ready   (─invitation-failed→ ready)
 *
 * This module is the list's part: loading, the invitations' expiry, grant and resend, and what the
 * caller may do. The dialogs' part (open, edit, check, submit, close: `dialog-flow.ts`) is passed
 * in ({@link contactsFlowWith}), so a widget loads it when the user first opens a dialog;
 * `contactsFlow` (`flow.ts`) is the two together.
 *
 * - Nothing invalid is sent: the forms are checked first ({@link checkPersonalData},
 *   {@link checkInvitation}), the first field in error gets the focus; a failed call keeps
 *   everything typed and says why in the dialog and in a toast.
 * - The caller's level decides which actions exist (`canManageContacts`, `canChangeLevel`) and which
 *   levels can be chosen (`grantableLevels`); the server refuses the rest too.
 * - An invitation expires at its `expiresAt` while the list is on screen: the flow's deadline is the
 *   next such instant, and the `tick` then makes it `expired` (resend offered).
 * - Host events `contact-updated` (personal data or level), `contact-invited`, `access-granted`,
 *   `invitation-resent`, each `{ siteId, contactId }`.
 */
import type { ApiFailure } from '../../api/errors.js';
import type { MessageKey } from '../../i18n/index.js';
import type { MachineContext } from '../../shared/machine.js';
import type { Flow, FlowEffect, FlowMessage, Step } from '../../shared/flow.js';
import type { Contact, PermissionLevel } from '../schemas.js';
import { canChangeLevel, canManageContacts, grantableLevels, type ContactsCaller } from './permissions.js';
import { canEditPersonalData, contactAt, invitationActionOf, type InvitationAction } from './invitations.js';
import type { ContactFieldError, InvitationForm, PersonalDataForm } from './personal-data.js';
// For the links of the doc comments.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- imported for the {@link}s above
import type { checkInvitation, checkPersonalData } from './personal-data.js';
import type { ContactUpdateRequest, InvitationRequest, SiteContacts } from './schemas.js';

export interface ContactsContext extends MachineContext {
  readonly siteId: string;
}

export type ContactsRequest =
  | { readonly op: 'list'; readonly siteId: string }
  | { readonly op: 'update'; readonly siteId: string; readonly contactId: string; readonly body: ContactUpdateRequest }
  | { readonly op: 'permission'; readonly siteId: string; readonly contactId: string; readonly permission: PermissionLevel }
  | { readonly op: 'invite'; readonly siteId: string; readonly body: InvitationRequest }
  | { readonly op: 'grant'; readonly siteId: string; readonly contactId: string }
  | { readonly op: 'resend'; readonly siteId: string; readonly contactId: string };

interface DialogBase {
  readonly submitting: boolean;
  /** Why the last submit failed (shown in the dialog; the input is kept). */
  readonly failure?: FlowMessage;
}
export interface EditDialog extends DialogBase {
  readonly kind: 'edit';
  readonly contactId: string;
  readonly form: PersonalDataForm;
  readonly errors: readonly ContactFieldError[];
  /** After a first submit, errors follow the input. */
  readonly checked: boolean;
}
export interface LevelDialog extends DialogBase {
  readonly kind: 'level';
  readonly contactId: string;
  readonly permission: PermissionLevel;
}
export interface InviteDialog extends DialogBase {
  readonly kind: 'invite';
  readonly form: InvitationForm;
  readonly errors: readonly ContactFieldError[];
  readonly checked: boolean;
}
export type ContactsDialog = EditDialog | LevelDialog | InviteDialog;

export interface ContactsState {
  readonly siteId: string;
  readonly status: 'loading' | 'ready' | 'error';
  /** Why the list could not be loaded (status `error`). */
  readonly failure?: ApiFailure;
  readonly caller?: ContactsCaller;
  readonly contacts: readonly Contact[];
  readonly dialog?: ContactsDialog;
  /** The contacts whose invitation is being sent (grant or resend). */
  readonly pending: Readonly<Record<string, InvitationAction>>;
}

export type EditField = 'firstName' | 'lastName' | 'phone' | `emails.${number}`;

export type ContactsEvent =
  | { readonly type: 'load' }
  | { readonly type: 'loaded'; readonly data: SiteContacts }
  | { readonly type: 'load-failed'; readonly failure: ApiFailure }
  | { readonly type: 'open-edit'; readonly contactId: string }
  | { readonly type: 'edit-field'; readonly field: EditField; readonly value: string }
  | { readonly type: 'open-level'; readonly contactId: string }
  | { readonly type: 'choose-level'; readonly permission: PermissionLevel }
  | { readonly type: 'open-invite' }
  | { readonly type: 'invite-field'; readonly field: keyof InvitationForm; readonly value: string }
  | { readonly type: 'submit' }
  | { readonly type: 'close' }
  | { readonly type: 'saved'; readonly contact: Contact }
  | { readonly type: 'save-failed'; readonly failure: ApiFailure }
  | { readonly type: 'grant'; readonly contactId: string }
  | { readonly type: 'resend'; readonly contactId: string }
  | { readonly type: 'invitation-sent'; readonly action: InvitationAction; readonly contact: Contact }
  | { readonly type: 'invitation-failed'; readonly action: InvitationAction; readonly contactId: string; readonly failure: ApiFailure }
  | { readonly type: 'tick' };

export type ContactsEffect = FlowEffect<ContactsRequest, ContactsEvent>;
export type ContactsStep = Step<ContactsState, ContactsRequest, ContactsEvent>;
type S = ContactsStep;

/** The events of the list's part (this module); every other one is the dialogs' (`dialog-flow.ts`). */
export type ContactsListEvent = Extract<
  ContactsEvent,
  { readonly type: 'load' | 'loaded' | 'load-failed' | 'tick' | 'grant' | 'resend' | 'invitation-sent' | 'invitation-failed' }
>;
/** The events of the dialogs' part: open, edit, submit, close a dialog, and the answer to its call. */
export type ContactsDialogEvent = Exclude<ContactsEvent, ContactsListEvent>;
/** The dialogs' part of the flow: a pure transition for {@link ContactsDialogEvent}s. */
export type ContactsDialogTransition = (state: ContactsState, event: ContactsDialogEvent, ctx: ContactsContext) => ContactsStep;

/** The `data-focus` targets the element renders. */
export const contactsFocus = {
  edit: (contactId: string) => `edit-${contactId}`,
  level: (contactId: string) => `level-${contactId}`,
  action: (contactId: string) => `action-${contactId}`,
  row: (contactId: string) => `row-${contactId}`,
  field: (field: string) => `field-${field}`,
  invite: 'invite',
  dialogFailure: 'dialog-failure',
} as const;

/** The name shown in messages (« Hélène Dupont »). */
export const siteContactName = (c: Pick<Contact, 'firstName' | 'lastName'>): string => `${c.firstName} ${c.lastName}`;

/** The problem type of a failure, without its path (`validation`, `contact-locked`…). */
export const contactsProblemType = (failure: ApiFailure): string | undefined =>
  ('problem' in failure ? failure.problem.type : undefined)?.replace(/^.*\/problems\//, '');

/** The catalog text of a failure of this part. */
export function contactsFailureKey(failure: ApiFailure): MessageKey {
  switch (failure.kind) {
    case 'network':
    case 'timeout':
    case 'aborted':
      return 'rs.contacts.failure.network';
    case 'contract':
      return 'rs.contacts.failure.server';
    default:
      break;
  }
  switch (contactsProblemType(failure)) {
    case 'permission-denied':
      return 'rs.contacts.failure.permission-denied';
    case 'contact-locked':
      return 'rs.contacts.failure.contact-locked';
    case 'invitation-state':
      return 'rs.contacts.failure.invitation-state';
    case 'not-found':
      return 'rs.contacts.failure.not-found';
    case 'validation':
      return 'rs.contacts.failure.validation';
    default:
      return failure.status >= 500 ? 'rs.contacts.failure.server' : 'rs.contacts.failure.other';
  }
}

export const contactsStep = (state: ContactsState, effects: readonly ContactsEffect[] = []): S => ({ state, effects });
const step = contactsStep;
/** The contact `contactId` of the state, if there. */
export const contactOf = (state: ContactsState, contactId: string): Contact | undefined => state.contacts.find((c) => c.id === contactId);
const at = contactOf;
/** The contacts with `contact` in place of the one of the same id. */
export const replaceContact = (contacts: readonly Contact[], contact: Contact): Contact[] =>
  contacts.map((c) => (c.id === contact.id ? contact : c));
const replace = replaceContact;
const withoutPending = (pending: ContactsState['pending'], id: string) =>
  Object.fromEntries(Object.entries(pending).filter(([k]) => k !== id));

/** What the caller may do with a contact now (the widget shows exactly these buttons). */
export function contactActions(
  state: ContactsState,
  contact: Contact,
): { edit: boolean; level: boolean; invitation: InvitationAction | undefined } {
  const caller = state.caller;
  const manage = caller !== undefined && canManageContacts(caller);
  const invitation = invitationActionOf(contact.invitation.state);
  return {
    edit: manage && canEditPersonalData(contact.invitation.state),
    level: caller !== undefined && canChangeLevel(caller, contact),
    // Granting access needs an address to send the invitation to.
    invitation: manage && invitation !== undefined && (invitation === 'resend' || contact.emails.length > 0) ? invitation : undefined,
  };
}

/** The levels the caller may choose from (empty when they may grant none). */
export const choosableLevels = (state: ContactsState): readonly PermissionLevel[] =>
  state.caller ? grantableLevels(state.caller.permission) : [];

function sendInvitation(state: ContactsState, action: InvitationAction, contactId: string): S {
  const contact = at(state, contactId);
  if (!contact || state.pending[contactId] || contactActions(state, contact).invitation !== action) return step(state);
  return step({ ...state, pending: { ...state.pending, [contactId]: action } }, [
    { type: 'call', request: { op: action, siteId: state.siteId, contactId }, key: `invitation-${contactId}` },
  ]);
}

/**
 * The flow, with its dialogs' part as `dialogs()` gives it: a dialog event while it gives none is
 * ignored (a widget sends one only once that part is loaded). `contactsFlow` is this with the
 * part at hand.
 */
export function contactsFlowWith(
  dialogs: () => ContactsDialogTransition | undefined,
): Flow<ContactsState, ContactsEvent, ContactsRequest, ContactsContext> {
  return {
    init: (ctx) => ({
      state: { siteId: ctx.siteId, status: 'loading', contacts: [], pending: {} },
      effects: [{ type: 'call', request: { op: 'list', siteId: ctx.siteId }, key: 'list' }],
    }),

    transition(state, event, ctx): S {
      switch (event.type) {
        case 'load':
          if (state.status === 'loading') return step(state);
          return step({ ...state, status: 'loading', failure: undefined }, [
            { type: 'call', request: { op: 'list', siteId: state.siteId }, key: 'list' },
          ]);
        case 'loaded':
          return step({
            ...state,
            status: 'ready',
            failure: undefined,
            caller: event.data.caller,
            contacts: event.data.contacts.map((c) => contactAt(c, ctx.now)),
          });
        case 'load-failed':
          return step({ ...state, status: 'error', failure: event.failure });
        case 'tick':
          return step({ ...state, contacts: state.contacts.map((c) => contactAt(c, ctx.now)) });

        case 'grant':
        case 'resend':
          if (state.status !== 'ready') return step(state);
          return sendInvitation(state, event.type, event.contactId);
        case 'invitation-sent': {
          const contact = contactAt(event.contact, ctx.now);
          const detail = { siteId: state.siteId, contactId: contact.id };
          const params = { name: siteContactName(contact), email: contact.emails[0] ?? '' };
          return step({ ...state, contacts: replace(state.contacts, contact), pending: withoutPending(state.pending, contact.id) }, [
            {
              type: 'announce',
              message: { key: event.action === 'grant' ? 'rs.contacts.access-granted' : 'rs.contacts.invitation-resent', params },
              tone: 'success',
            },
            { type: 'emit', name: event.action === 'grant' ? 'access-granted' : 'invitation-resent', detail },
            { type: 'focus', target: contactsFocus.action(contact.id) },
          ]);
        }
        case 'invitation-failed':
          return step({ ...state, pending: withoutPending(state.pending, event.contactId) }, [
            { type: 'announce', message: { key: contactsFailureKey(event.failure) }, tone: 'error' },
          ]);
        default: {
          const part = dialogs();
          return part ? part(state, event, ctx) : step(state);
        }
      }
    },

    deadline(state) {
      let next: number | undefined;
      for (const c of state.contacts) {
        if (c.invitation.state !== 'invited' || c.invitation.expiresAt === null) continue;
        const t = Date.parse(c.invitation.expiresAt);
        if (next === undefined || t < next) next = t;
      }
      return next === undefined ? undefined : { at: next, event: { type: 'tick' } };
    },
  };
}
