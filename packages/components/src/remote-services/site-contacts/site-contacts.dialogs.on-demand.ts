/**
 * RS-CONTACTS — the dialogs of `<site-contacts>` (edit the personal data, change a level, invite a
 * colleague): their views, styles and texts, and the dialogs' part of the flow; and what each level
 * allows (the list's « Ce que permet chaque niveau », closed at first). The list never needs them:
 * the widget loads this module when the user points at or focuses a button that opens a dialog, or
 * the levels' summary, and at the latest on its press (`OnDemand`; issue 9's size budgets).
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  INVITATION_VALID_DAYS,
  MAX_CONTACT_EMAILS,
  PERMISSION_LEVEL_LIST,
  PERMISSION_LEVEL_ORDER,
  choosableLevels,
  contactsDialogTransition,
  contactsFocus,
  siteContactName,
  type Contact,
  type ContactFieldError,
  type ContactsDialog,
  type ContactsEvent,
  type ContactsState,
  type EditDialog,
  type InviteDialog,
  type LevelDialog,
  type MessageKey,
  type Params,
  type PermissionLevel,
  remoteContactsDialogsMessages,
} from '@vigie/core';
import { closeIcon, errorIcon } from '../../base/icons.js';

export { contactsDialogTransition };
export { dialogStyles } from './site-contacts.dialogs.styles.js';
export const messages = remoteContactsDialogsMessages;

/** What a dialog needs of the widget. */
export interface DialogHost {
  /** The widget's id prefix (for the ids of labels and fields). */
  readonly id: string;
  t(key: MessageKey, params?: Params): string;
  send(event: ContactsEvent): void;
}

/** What each level allows and may grant (inside the list's `<details>`). */
export function renderLevels(host: DialogHost) {
  return html`<dl class="levels">
    ${PERMISSION_LEVEL_LIST.map(
      (l) => html`<div class="level-info">
        <dt>${host.t(`rs.permission.${l.id}`)}</dt>
        <dd>
          <p>${host.t(`rs.contacts.level.${l.id}.description`)}</p>
          <ul>
            ${l.capabilities.map((c) => html`<li>${host.t(`rs.contacts.capability.${c}`)}</li>`)}
          </ul>
          <p class="grants">
            ${
              l.grants.length
                ? host.t('rs.contacts.level.grants', { levels: l.grants.map((g) => host.t(`rs.permission.${g}`)).join(', ') })
                : host.t('rs.contacts.level.grants-none')
            }
          </p>
        </dd>
      </div>`,
    )}
  </dl>`;
}

/** The open dialog's content: its title, close button and form. */
export function renderDialog(host: DialogHost, s: ContactsState, d: ContactsDialog) {
  const contact = d.kind !== 'invite' ? s.contacts.find((c) => c.id === d.contactId) : undefined;
  let title = '';
  let body: unknown = nothing;
  if (d.kind === 'edit' && contact) {
    title = host.t('rs.contacts.edit.title', { name: siteContactName(contact) });
    body = renderEdit(host, d);
  } else if (d.kind === 'level' && contact) {
    title = host.t('rs.contacts.level.title', { name: siteContactName(contact) });
    body = renderLevel(host, s, d, contact);
  } else if (d.kind === 'invite') {
    title = host.t('rs.contacts.invite.title');
    body = renderInvite(host, s, d);
  }
  return html`<div class="dialog-head">
      <h2 id="${host.id}-dialog-title">${title}</h2>
      <button type="button" class="icon-button" aria-label=${host.t('common.close')} ?disabled=${d.submitting} @click=${() => host.send({ type: 'close' })}>${closeIcon}</button>
    </div>
    ${body}`;
}

const form = (host: DialogHost, content: unknown) =>
  html`<form
    class="form"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      host.send({ type: 'submit' });
    }}
  >
    ${content}
  </form>`;

function failure(host: DialogHost, d: ContactsDialog) {
  return d.failure
    ? html`<p class="dialog-failure" role="alert" tabindex="-1" data-focus=${contactsFocus.dialogFailure}>${errorIcon}<span>${host.t(d.failure.key, d.failure.params)}</span></p>`
    : nothing;
}

function buttons(host: DialogHost, d: ContactsDialog, label: string, busy: string) {
  return html`<div class="dialog-actions">
    <button type="submit" class="btn" aria-disabled=${d.submitting ? 'true' : 'false'}>
      ${d.submitting ? html`<span class="spinner" aria-hidden="true"></span>${busy}` : label}
    </button>
    <button type="button" class="btn secondary" ?disabled=${d.submitting} @click=${() => host.send({ type: 'close' })}>${host.t('rs.contacts.cancel')}</button>
  </div>`;
}

const errorOf = (errors: readonly ContactFieldError[], field: string) => errors.find((e) => e.field === field);

const issue = (host: DialogHost, error: ContactFieldError, id: string) =>
  html`<p class="error" id=${id}>${errorIcon}<span>${host.t(`rs.contacts.issue.${error.issue}`)}</span></p>`;

function field(
  host: DialogHost,
  d: EditDialog | InviteDialog,
  opts: {
    field: string;
    label: MessageKey;
    labelParams?: Params;
    value: string;
    type?: string;
    hint?: string;
    required?: boolean;
    onInput: (value: string) => void;
  },
) {
  const id = `${host.id}-${opts.field.replace('.', '-')}`;
  const error = errorOf(d.errors, opts.field);
  const described = [opts.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for=${id}>${host.t(opts.label, opts.labelParams)}</label>
    ${opts.hint ? html`<p class="hint" id="${id}-hint">${opts.hint}</p>` : nothing}
    <input
      id=${id}
      data-focus=${contactsFocus.field(opts.field)}
      type=${opts.type ?? 'text'}
      autocomplete="off"
      .value=${live(opts.value)}
      ?readonly=${d.submitting}
      ?required=${opts.required ?? false}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @input=${(e: Event) => opts.onInput((e.target as HTMLInputElement).value)}
    />
    ${error ? issue(host, error, `${id}-error`) : nothing}
  </div>`;
}

function errorCount(host: DialogHost, d: EditDialog | InviteDialog) {
  return d.errors.length
    ? html`<p class="error-count" role="status">${host.t('rs.contacts.form.errors', { count: d.errors.length })}</p>`
    : nothing;
}

/** First and last name, side by side. */
function names(host: DialogHost, d: EditDialog | InviteDialog, onInput: (field: 'firstName' | 'lastName') => (value: string) => void) {
  return html`<div class="row">
    ${field(host, d, { field: 'firstName', label: 'rs.contacts.field.firstName', value: d.form.firstName, required: true, onInput: onInput('firstName') })}
    ${field(host, d, { field: 'lastName', label: 'rs.contacts.field.lastName', value: d.form.lastName, required: true, onInput: onInput('lastName') })}
  </div>`;
}

function renderEdit(host: DialogHost, d: EditDialog) {
  const edit = (field: 'firstName' | 'lastName' | 'phone' | `emails.${number}`) => (value: string) =>
    host.send({ type: 'edit-field', field, value });
  return form(
    host,
    html`<p class="intro">${host.t('rs.contacts.edit.intro')}</p>
      ${failure(host, d)} ${errorCount(host, d)} ${names(host, d, edit)}
      ${field(host, d, { field: 'phone', label: 'rs.contacts.field.phone', hint: host.t('rs.contacts.field.phone.hint'), value: d.form.phone, type: 'tel', onInput: edit('phone') })}
      <fieldset>
        <legend>${host.t('rs.contacts.field.emails')}</legend>
        <p class="hint">${host.t('rs.contacts.field.emails.hint', { max: MAX_CONTACT_EMAILS })}</p>
        ${d.form.emails.map((value, i) =>
          field(host, d, {
            field: `emails.${i}`,
            label: 'rs.contacts.field.email-n',
            labelParams: { n: i + 1 },
            value,
            type: 'email',
            onInput: edit(`emails.${i}`),
          }),
        )}
      </fieldset>
      ${buttons(host, d, host.t('rs.contacts.save'), host.t('rs.contacts.saving'))}`,
  );
}

function levelChoice(
  host: DialogHost,
  s: ContactsState,
  name: string,
  chosen: PermissionLevel | '',
  current: PermissionLevel | undefined,
  disabled: boolean,
  onChoose: (level: PermissionLevel) => void,
  error?: ContactFieldError,
) {
  const grantable = choosableLevels(s);
  const errorId = `${host.id}-permission-error`;
  return html`<fieldset aria-describedby=${error ? errorId : nothing}>
    <legend>${host.t('rs.contacts.field.permission')}</legend>
    ${error ? issue(host, error, errorId) : nothing}
    ${PERMISSION_LEVEL_ORDER.map((level) => {
      const id = `${host.id}-level-${level}`;
      const allowed = grantable.includes(level);
      const checked = chosen === level;
      // The focus goes to the chosen level (or the first one that can be chosen).
      const focus = checked || (chosen === '' && level === grantable[0]);
      return html`<div class="level-option ${allowed ? '' : 'not-allowed'} ${checked ? 'checked' : ''}">
        <input
          type="radio"
          id=${id}
          name="${host.id}-${name}"
          value=${level}
          .checked=${live(checked)}
          ?disabled=${!allowed || disabled}
          data-focus=${focus ? contactsFocus.field('permission') : nothing}
          aria-describedby="${id}-desc"
          @change=${() => onChoose(level)}
        />
        <label for=${id}>
          <span class="level-name">${host.t(`rs.permission.${level}`)}${current === level ? html` <span class="current">— ${host.t('rs.contacts.level.current')}</span>` : nothing}</span>
          <span class="level-desc" id="${id}-desc"
            >${host.t(`rs.contacts.level.${level}.description`)}${allowed ? nothing : html` <em>${host.t('rs.contacts.level.not-grantable')}</em>`}</span
          >
        </label>
      </div>`;
    })}
  </fieldset>`;
}

function renderLevel(host: DialogHost, s: ContactsState, d: LevelDialog, contact: Contact) {
  return form(
    host,
    html`${failure(host, d)}
    ${levelChoice(host, s, 'level', d.permission, contact.permission, d.submitting, (permission) => host.send({ type: 'choose-level', permission }))}
    ${buttons(host, d, host.t('rs.contacts.apply-level'), host.t('rs.contacts.saving'))}`,
  );
}

function renderInvite(host: DialogHost, s: ContactsState, d: InviteDialog) {
  const input = (field: 'firstName' | 'lastName' | 'email') => (value: string) => host.send({ type: 'invite-field', field, value });
  return form(
    host,
    html`<p class="intro">${host.t('rs.contacts.invite.intro', { days: INVITATION_VALID_DAYS })}</p>
      ${failure(host, d)} ${errorCount(host, d)} ${names(host, d, input)}
      ${field(host, d, { field: 'email', label: 'rs.contacts.field.email', value: d.form.email, type: 'email', required: true, onInput: input('email') })}
      ${levelChoice(
        host,
        s,
        'invite',
        d.form.permission,
        undefined,
        d.submitting,
        (permission) => host.send({ type: 'invite-field', field: 'permission', value: permission }),
        errorOf(d.errors, 'permission'),
      )}
      ${buttons(host, d, host.t('rs.contacts.send-invitation'), host.t('rs.contacts.sending'))}`,
  );
}
