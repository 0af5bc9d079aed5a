/**
 * RS-CONTACTS — the dialogs' part of the flow of `<site-contacts>` (see `list-flow.ts`): open a
 * dialog (edit the personal data, change a level, invite a colleague), follow the input, check it,
 * send it, and the answer. A widget loads it when the user first opens a dialog
 * (`contactsFlowWith(() => contactsDialogTransition)`); `contactsFlow` (`flow.ts`) has it at hand.
 */
import type { ApiFailure } from '../../api/errors.js';
import type { FlowMessage } from '../../shared/flow.js';
import type { Contact } from '../schemas.js';
import { canManageContacts, levelChangeRefusal } from './permissions.js';
import { contactAt } from './invitations.js';
import {
  CONTACT_FIELD_ISSUES,
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
import {
  choosableLevels,
  contactActions,
  contactOf as at,
  contactsFailureKey,
  contactsFocus,
  contactsStep as step,
  contactsProblemType,
  replaceContact as replace,
  siteContactName,
  type ContactsDialog,
  type ContactsDialogTransition,
  type ContactsEffect,
  type ContactsState,
  type ContactsStep as S,
  type EditDialog,
  type InviteDialog,
  type LevelDialog,
} from './list-flow.js';

/** The field errors a 422 `validation` problem names (only those core knows). */
export function fieldErrorsOf(failure: ApiFailure): ContactFieldError[] {
  if (!('problem' in failure) || contactsProblemType(failure) !== 'validation') return [];
  const errors = (failure.problem as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((e: unknown) => {
    const { field, issue } = (e ?? {}) as { field?: unknown; issue?: unknown };
    return typeof field === 'string' && typeof issue === 'string' && (CONTACT_FIELD_ISSUES as readonly string[]).includes(issue)
      ? [{ field: field as ContactFieldError['field'], issue: issue as ContactFieldIssue }]
      : [];
  });
}

/** The focus target of what opened a dialog (where the focus goes back when it closes). */
function openerOf(dialog: ContactsDialog): string {
  return dialog.kind === 'invite'
    ? contactsFocus.invite
    : dialog.kind === 'edit'
      ? contactsFocus.edit(dialog.contactId)
      : contactsFocus.level(dialog.contactId);
}

function submitEdit(state: ContactsState, d: EditDialog): S {
  const contact = at(state, d.contactId);
  if (!contact) return step({ ...state, dialog: undefined });
  const errors = checkPersonalData(d.form, contact.invitation.state);
  if (errors.length)
    return step({ ...state, dialog: { ...d, errors, checked: true, failure: undefined } }, [
      { type: 'focus', target: contactsFocus.field(errors[0]!.field) },
    ]);
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
    return step({ ...state, dialog: { ...d, failure: { key: 'rs.contacts.failure.permission-denied' } } }, [
      { type: 'focus', target: contactsFocus.dialogFailure },
    ]);
  }
  return step({ ...state, dialog: { ...d, submitting: true, failure: undefined } }, [
    { type: 'call', request: { op: 'permission', siteId: state.siteId, contactId: d.contactId, permission: d.permission }, key: 'dialog' },
  ]);
}

function submitInvite(state: ContactsState, d: InviteDialog): S {
  const errors = checkInvitation(d.form, choosableLevels(state), state.contacts);
  if (errors.length)
    return step({ ...state, dialog: { ...d, errors, checked: true, failure: undefined } }, [
      { type: 'focus', target: contactsFocus.field(errors[0]!.field) },
    ]);
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
    d.kind === 'edit'
      ? { key: 'rs.contacts.updated', params: { name } }
      : { key: `rs.contacts.level-changed.${contact.permission}`, params: { name } };
  return step({ ...state, contacts: replace(state.contacts, current), dialog: undefined }, [
    { type: 'announce', message, tone: 'success' },
    { type: 'emit', name: 'contact-updated', detail },
    { type: 'focus', target: openerOf(d) },
  ]);
}

function saveFailed(state: ContactsState, d: ContactsDialog, failure: ApiFailure): S {
  const key = contactsFailureKey(failure);
  const fields = d.kind === 'level' ? [] : fieldErrorsOf(failure);
  const dialog: ContactsDialog =
    d.kind === 'level'
      ? { ...d, submitting: false, failure: { key } }
      : { ...d, submitting: false, failure: { key }, errors: fields, checked: true };
  const effects: ContactsEffect[] = [{ type: 'announce', message: { key }, tone: 'error' }];
  effects.push({ type: 'focus', target: fields.length ? contactsFocus.field(fields[0]!.field) : contactsFocus.dialogFailure });
  return step({ ...state, dialog }, effects);
}

/** The dialogs' part of the flow: its transition for the dialog events (pure). */
export const contactsDialogTransition: ContactsDialogTransition = (state, event, ctx) => {
  const d = state.dialog;
  switch (event.type) {
    case 'open-edit': {
      const contact = at(state, event.contactId);
      if (state.status !== 'ready' || d?.submitting || !contact || !contactActions(state, contact).edit) return step(state);
      return step(
        {
          ...state,
          dialog: { kind: 'edit', contactId: contact.id, form: personalDataFormOf(contact), errors: [], checked: false, submitting: false },
        },
        [{ type: 'focus', target: contactsFocus.field('firstName') }],
      );
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
      return step({ ...state, dialog: { kind: 'invite', form, errors: [], checked: false, submitting: false } }, [
        { type: 'focus', target: contactsFocus.field('firstName') },
      ]);
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
  }
};
