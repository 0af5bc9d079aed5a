/**
 * RS-CONTACTS — the flow of `<site-contacts>`: load the site's contacts, then each change as a
 * step with effects (the convention of `shared/flow.ts`):
 *
 *     loading ─loaded→ ready ─open-edit / open-level / open-invite→ (dialog) ─submit→ (call) ─saved→ ready
 *                                                                          └─save-failed→ (dialog, input kept)
 *             ─load-failed→ error ─load→ loading
 *     ready ─grant / resend→ (call, the row busy) ─invitation-sent→ ready   (─invitation-failed→ ready)
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
import { canChangeLevel, canManageContacts, grantableLevels, levelChangeRefusal, type ContactsCaller } from './permissions.js';
import { contactAt, invitationActionOf, type InvitationAction } from './invitations.js';
import {
  CONTACT_FIELD_ISSUES,
  canEditPersonalData,
  checkInvitation,
  checkPersonalData,
  personalDataFormOf,
  samePersonalData,
  toContactUpdate,
  toInvitationRequest,
  type ContactFieldError,
  type ContactFieldIssue,
  type InvitationForm,
  type PersonalDataForm,
} from './personal-data.js';
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

type Effect = FlowEffect<ContactsRequest, ContactsEvent>;
type S = Step<ContactsState, ContactsRequest, ContactsEvent>;

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

const problemType = (failure: ApiFailure): string | undefined => ('problem' in failure ? failure.problem.type : undefined)?.replace(/^.*\/problems\//, '');

/** The catalog text of a failure of this part. */
export function contactsFailureKey(failure: ApiFailure): MessageKey {
  switch (failure.kind) {
    case 'network':
    case 'timeout':
      return 'rs.contacts.failure.network';
    case 'contract':
      return 'rs.contacts.failure.server';
    case 'aborted':
      return 'rs.contacts.failure.network';
    default:
      break;
  }
  switch (problemType(failure)) {
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

/** The field errors a 422 `validation` problem names (only those core knows). */
export function fieldErrorsOf(failure: ApiFailure): ContactFieldError[] {
  if (!('problem' in failure) || problemType(failure) !== 'validation') return [];
  const errors = (failure.problem as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((e: unknown) => {
    const { field, issue } = (e ?? {}) as { field?: unknown; issue?: unknown };
    return typeof field === 'string' && typeof issue === 'string' && (CONTACT_FIELD_ISSUES as readonly string[]).includes(issue)
      ? [{ field: field as ContactFieldError['field'], issue: issue as ContactFieldIssue }]
      : [];
  });
}

const step = (state: ContactsState, effects: readonly Effect[] = []): S => ({ state, effects });
const at = (state: ContactsState, contactId: string) => state.contacts.find((c) => c.id === contactId);
const replace = (contacts: readonly Contact[], contact: Contact) => contacts.map((c) => (c.id === contact.id ? contact : c));
const withoutPending = (pending: ContactsState['pending'], id: string) => Object.fromEntries(Object.entries(pending).filter(([k]) => k !== id));

/** The focus target of what opened a dialog (where the focus goes back when it closes). */
function openerOf(dialog: ContactsDialog): string {
  return dialog.kind === 'invite' ? contactsFocus.invite : dialog.kind === 'edit' ? contactsFocus.edit(dialog.contactId) : contactsFocus.level(dialog.contactId);
}

/** What the caller may do with a contact now (the widget shows exactly these buttons). */
export function contactActions(state: ContactsState, contact: Contact): { edit: boolean; level: boolean; invitation: InvitationAction | undefined } {
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
export const choosableLevels = (state: ContactsState): readonly PermissionLevel[] => (state.caller ? grantableLevels(state.caller.permission) : []);

function submitEdit(state: ContactsState, d: EditDialog): S {
  const contact = at(state, d.contactId);
  if (!contact) return step({ ...state, dialog: undefined });
  const errors = checkPersonalData(d.form, contact.invitation.state);
  if (errors.length) return step({ ...state, dialog: { ...d, errors, checked: true, failure: undefined } }, [{ type: 'focus', target: contactsFocus.field(errors[0]!.field) }]);
  if (samePersonalData(contact, d.form)) return step({ ...state, dialog: undefined }, [{ type: 'focus', target: openerOf(d) }]);
  return step({ ...state, dialog: { ...d, errors: [], checked: true, submitting: true, failure: undefined } }, [
    { type: 'call', request: { op: 'update', siteId: state.siteId, contactId: d.contactId, body: toContactUpdate(d.form) }, key: 'dialog' },
  ]);
}

function submitLevel(state: ContactsState, d: LevelDialog): S {
  const contact = at(state, d.contactId);
  if (!contact || !state.caller) return step({ ...state, dialog: undefined });
  if (contact.permission === d.permission) return step({ ...state, dialog: undefined }, [{ type: 'focus', target: openerOf(d) }]);
  if (levelChangeRefusal(state.caller, contact, d.permission)) {
    return step({ ...state, dialog: { ...d, failure: { key: 'rs.contacts.failure.permission-denied' } } }, [{ type: 'focus', target: contactsFocus.dialogFailure }]);
  }
  return step({ ...state, dialog: { ...d, submitting: true, failure: undefined } }, [
    { type: 'call', request: { op: 'permission', siteId: state.siteId, contactId: d.contactId, permission: d.permission }, key: 'dialog' },
  ]);
}

function submitInvite(state: ContactsState, d: InviteDialog): S {
  const errors = checkInvitation(d.form, choosableLevels(state), state.contacts);
  if (errors.length) return step({ ...state, dialog: { ...d, errors, checked: true, failure: undefined } }, [{ type: 'focus', target: contactsFocus.field(errors[0]!.field) }]);
  return step({ ...state, dialog: { ...d, errors: [], checked: true, submitting: true, failure: undefined } }, [
    { type: 'call', request: { op: 'invite', siteId: state.siteId, body: toInvitationRequest(d.form) }, key: 'dialog' },
  ]);
}

function saved(state: ContactsState, d: ContactsDialog, contact: Contact, now: number): S {
  const current = contactAt(contact, now);
  const detail = { siteId: state.siteId, contactId: contact.id };
  const name = siteContactName(current);
  if (d.kind === 'invite') {
    return step({ ...state, contacts: [...state.contacts, current], dialog: undefined }, [
      { type: 'announce', message: { key: 'rs.contacts.invited', params: { name, email: contact.emails[0] ?? '' } }, tone: 'success' },
      { type: 'emit', name: 'contact-invited', detail },
      { type: 'focus', target: contactsFocus.row(contact.id) },
    ]);
  }
  const message: FlowMessage =
    d.kind === 'edit' ? { key: 'rs.contacts.updated', params: { name } } : { key: `rs.contacts.level-changed.${contact.permission}`, params: { name } };
  return step({ ...state, contacts: replace(state.contacts, current), dialog: undefined }, [
    { type: 'announce', message, tone: 'success' },
    { type: 'emit', name: 'contact-updated', detail },
    { type: 'focus', target: openerOf(d) },
  ]);
}

function saveFailed(state: ContactsState, d: ContactsDialog, failure: ApiFailure): S {
  const key = contactsFailureKey(failure);
  const fields = d.kind === 'level' ? [] : fieldErrorsOf(failure);
  const dialog: ContactsDialog = d.kind === 'level' ? { ...d, submitting: false, failure: { key } } : { ...d, submitting: false, failure: { key }, errors: fields, checked: true };
  const effects: Effect[] = [{ type: 'announce', message: { key }, tone: 'error' }];
  effects.push({ type: 'focus', target: fields.length ? contactsFocus.field(fields[0]!.field) : contactsFocus.dialogFailure });
  return step({ ...state, dialog }, effects);
}

function sendInvitation(state: ContactsState, action: InvitationAction, contactId: string): S {
  const contact = at(state, contactId);
  if (!contact || state.pending[contactId] || contactActions(state, contact).invitation !== action) return step(state);
  return step({ ...state, pending: { ...state.pending, [contactId]: action } }, [
    { type: 'call', request: { op: action, siteId: state.siteId, contactId }, key: `invitation-${contactId}` },
  ]);
}

export const contactsFlow: Flow<ContactsState, ContactsEvent, ContactsRequest, ContactsContext> = {
  init: (ctx) => ({
    state: { siteId: ctx.siteId, status: 'loading', contacts: [], pending: {} },
    effects: [{ type: 'call', request: { op: 'list', siteId: ctx.siteId }, key: 'list' }],
  }),

  transition(state, event, ctx): S {
    const d = state.dialog;
    switch (event.type) {
      case 'load':
        if (state.status === 'loading') return step(state);
        return step({ ...state, status: 'loading', failure: undefined }, [{ type: 'call', request: { op: 'list', siteId: state.siteId }, key: 'list' }]);
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

      case 'open-edit': {
        const contact = at(state, event.contactId);
        if (state.status !== 'ready' || d?.submitting || !contact || !contactActions(state, contact).edit) return step(state);
        return step({ ...state, dialog: { kind: 'edit', contactId: contact.id, form: personalDataFormOf(contact), errors: [], checked: false, submitting: false } }, [
          { type: 'focus', target: contactsFocus.field('firstName') },
        ]);
      }
      case 'edit-field': {
        if (d?.kind !== 'edit' || d.submitting) return step(state);
        const m = /^emails\.(\d+)$/.exec(event.field);
        const form: PersonalDataForm = m
          ? { ...d.form, emails: d.form.emails.map((e, i) => (i === Number(m[1]) ? event.value : e)) }
          : { ...d.form, [event.field]: event.value };
        const contact = at(state, d.contactId);
        const errors = d.checked && contact ? checkPersonalData(form, contact.invitation.state) : d.errors;
        return step({ ...state, dialog: { ...d, form, errors } });
      }
      case 'open-level': {
        const contact = at(state, event.contactId);
        if (state.status !== 'ready' || d?.submitting || !contact || !contactActions(state, contact).level) return step(state);
        return step({ ...state, dialog: { kind: 'level', contactId: contact.id, permission: contact.permission, submitting: false } }, [
          { type: 'focus', target: contactsFocus.field('permission') },
        ]);
      }
      case 'choose-level':
        if (d?.kind !== 'level' || d.submitting || !choosableLevels(state).includes(event.permission)) return step(state);
        return step({ ...state, dialog: { ...d, permission: event.permission, failure: undefined } });
      case 'open-invite': {
        if (state.status !== 'ready' || d?.submitting || !state.caller || !canManageContacts(state.caller)) return step(state);
        const levels = choosableLevels(state);
        // The least powerful level is chosen by default: giving more is a decision.
        const form: InvitationForm = { firstName: '', lastName: '', email: '', permission: levels[levels.length - 1] ?? '' };
        return step({ ...state, dialog: { kind: 'invite', form, errors: [], checked: false, submitting: false } }, [{ type: 'focus', target: contactsFocus.field('firstName') }]);
      }
      case 'invite-field': {
        if (d?.kind !== 'invite' || d.submitting) return step(state);
        const form = { ...d.form, [event.field]: event.value } as InvitationForm;
        const errors = d.checked ? checkInvitation(form, choosableLevels(state), state.contacts) : d.errors;
        return step({ ...state, dialog: { ...d, form, errors } });
      }
      case 'submit':
        if (!d || d.submitting) return step(state);
        return d.kind === 'edit' ? submitEdit(state, d) : d.kind === 'level' ? submitLevel(state, d) : submitInvite(state, d);
      case 'close':
        // A running call is not taken back: wait for its answer.
        if (!d || d.submitting) return step(state);
        return step({ ...state, dialog: undefined }, [{ type: 'focus', target: openerOf(d) }]);
      case 'saved':
        if (!d?.submitting) return step(state);
        return saved(state, d, event.contact, ctx.now);
      case 'save-failed':
        if (!d?.submitting) return step(state);
        return saveFailed(state, d, event.failure);

      case 'grant':
      case 'resend':
        if (state.status !== 'ready') return step(state);
        return sendInvitation(state, event.type, event.contactId);
      case 'invitation-sent': {
        const contact = contactAt(event.contact, ctx.now);
        const detail = { siteId: state.siteId, contactId: contact.id };
        const params = { name: siteContactName(contact), email: contact.emails[0] ?? '' };
        return step({ ...state, contacts: replace(state.contacts, contact), pending: withoutPending(state.pending, contact.id) }, [
          { type: 'announce', message: { key: event.action === 'grant' ? 'rs.contacts.access-granted' : 'rs.contacts.invitation-resent', params }, tone: 'success' },
          { type: 'emit', name: event.action === 'grant' ? 'access-granted' : 'invitation-resent', detail },
          { type: 'focus', target: contactsFocus.action(contact.id) },
        ]);
      }
      case 'invitation-failed':
        return step({ ...state, pending: withoutPending(state.pending, event.contactId) }, [
          { type: 'announce', message: { key: contactsFailureKey(event.failure) }, tone: 'error' },
        ]);
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
