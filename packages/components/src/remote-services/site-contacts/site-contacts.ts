import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  INVITATION_VALID_DAYS,
  MAX_CONTACT_EMAILS,
  PERMISSION_LEVEL_LIST,
  PERMISSION_LEVEL_ORDER,
  calendarDateOf,
  choosableLevels,
  contactActions,
  contactsCallRunner,
  contactsFlow,
  contactsFocus,
  formatTimeOfDay,
  remoteContactsMessages,
  remoteCoreMessages,
  siteContactName,
  type Contact,
  type ContactFieldError,
  type ContactsContext,
  type ContactsEvent,
  type ContactsRequest,
  type ContactsState,
  type EditDialog,
  type InviteDialog,
  type InvitationState,
  type LevelDialog,
  type PermissionLevel,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { FlowController } from '../../base/flow-controller.js';
import { checkIcon, clockIcon, closeIcon, errorIcon, icon, warningIcon } from '../../base/icons.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { ToastController, toastStyles } from '../../base/toast.js';
import { VigieElement } from '../../base/vigie-element.js';
import { AccessGrantedEvent, ContactInvitedEvent, ContactUpdatedEvent, InvitationResentEvent } from './site-contacts.events.js';
import { styles } from './site-contacts.styles.js';

const mailIcon = icon(svg`<rect x="2" y="4" width="20" height="16" rx="2"/><path d="m22 7-10 6L2 7"/>`);
const userIcon = icon(svg`<circle cx="12" cy="8" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>`);
const plusIcon = icon(svg`<path d="M12 5v14"/><path d="M5 12h14"/>`);

const STATE_ICONS: Readonly<Record<InvitationState, TemplateResult>> = {
  'not-invited': userIcon,
  invited: mailIcon,
  expired: warningIcon,
  granted: checkIcon,
};

type Detail = { siteId: string; contactId: string };

let uid = 0;

/**
 * RS-CONTACTS — the contacts of a site (seed 000 « Contacts sur le site »): each with their
 * permission level, personal information and where they are with MySecuritas (not invited,
 * invitation sent with its end, expired, access granted: text and icon). Depending on the caller's
 * level: edit the personal data (name, phone, e-mails) until access is granted, change a level
 * (the levels' descriptions beside the choice; only the levels the caller may grant), invite a
 * colleague by e-mail with a level, grant access to a contact never invited, resend an invitation.
 * Each change says in a toast whether it worked; a failed one keeps what was typed.
 *
 * The behaviour is core's `contactsFlow` (a pure machine with effects) run by a `FlowController`.
 *
 * @tagname site-contacts
 * @summary A site's contacts: permission levels, personal data, invitations to MySecuritas (RS-CONTACTS).
 * @fires {ContactUpdatedEvent} contact-updated - A contact's personal data or level was saved (`siteId`, `contactId`).
 * @fires {ContactInvitedEvent} contact-invited - A colleague was invited and added to the site's contacts (`siteId`, `contactId`).
 * @fires {AccessGrantedEvent} access-granted - A contact never invited was sent their invitation (`siteId`, `contactId`).
 * @fires {InvitationResentEvent} invitation-resent - A pending or expired invitation was sent again (`siteId`, `contactId`).
 * @csspart base - The wrapper.
 * @csspart contact - One contact's card.
 * @csspart invitation - A contact's invitation state (icon and text).
 * @csspart level - A contact's permission level.
 * @csspart dialog - The dialog (edit, level, invite).
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart toasts - The toasts' live region.
 * @cssprop --site-contacts-max-width - The widest the widget grows (default `60rem`).
 * @cssprop --vigie-color-accent - Buttons, links.
 * @cssprop --vigie-color-surface - Cards and dialog background.
 * @cssprop --vigie-color-surface-raised - Level badges, notes.
 * @cssprop --vigie-color-success-fg - « Accès accordé ».
 * @cssprop --vigie-color-warning-fg - « Invitation expirée ».
 * @cssprop --vigie-color-danger-fg - Field errors.
 */
export class SiteContacts extends VigieElement {
  static override messages = [remoteCoreMessages, remoteContactsMessages];

  static override styles = [tokens, spinnerStyles, toastStyles, styles];

  /** The site whose contacts are shown. */
  @property({ attribute: 'site-id', reflect: true }) siteId = '';

  readonly #id = `sc${++uid}`;
  // Before the flow's controller: the dialog is open when the flow's focus lands in it.
  readonly #dialogSync = this.addController({ hostUpdated: () => this.#syncDialog() });
  readonly #toasts = new ToastController(
    this,
    (m) => this.t(m.key, m.params),
    () => this.t('common.close'),
  );
  readonly #flow = new FlowController<ContactsState, ContactsEvent, ContactsRequest, ContactsContext>(this, {
    flow: contactsFlow,
    clock: () => this.services!.clock,
    context: () => ({ now: this.services!.clock.now(), siteId: this.siteId }),
    run: contactsCallRunner(
      () => this.services!.client,
      () => import('@vigie/core/remote-services/api'),
    ),
    events: {
      'contact-updated': (d) => new ContactUpdatedEvent((d as Detail).siteId, (d as Detail).contactId),
      'contact-invited': (d) => new ContactInvitedEvent((d as Detail).siteId, (d as Detail).contactId),
      'access-granted': (d) => new AccessGrantedEvent((d as Detail).siteId, (d as Detail).contactId),
      'invitation-resent': (d) => new InvitationResentEvent((d as Detail).siteId, (d as Detail).contactId),
    },
    toasts: this.#toasts,
  });

  /** The current state of the flow (tests, stories). */
  get state(): ContactsState | undefined {
    return this.#flow.started ? this.#flow.state : undefined;
  }

  /** Loads the contacts again. */
  refresh(): void {
    this.#flow.send({ type: 'load' });
  }

  /** Resolves when no call is running (tests). */
  settled(): Promise<void> {
    return this.#flow.settled();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('siteId') && changed.get('siteId') !== undefined && this.#flow.started) this.#flow.restart();
  }

  /** Opens or closes the native dialog after each render, before the flow's focus is applied (controllers run in order). */
  #syncDialog(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (!dialog) return;
    const open = this.#flow.started && this.#flow.state.dialog !== undefined;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }

  #send = (event: ContactsEvent) => this.#flow.send(event);

  // ── Rendering ───────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    if (!this.siteId) return nothing;
    const s = this.#flow.state;
    return html`<div part="base" class="base" aria-busy=${s.status === 'loading' ? 'true' : 'false'}>
      ${this.#renderBody(s)} ${this.#renderDialog(s)} ${this.#toasts.render()}
    </div>`;
  }

  #renderBody(s: ContactsState) {
    const title = html`<h2 class="title" id="${this.#id}-title">${this.t('rs.contacts.title')}</h2>`;
    if (s.status === 'error' && s.failure) {
      return html`${title}
        <div part="error" class="state error" role="alert">
          ${errorIcon}
          <div>
            <p><strong>${this.t('rs.contacts.load-error')}</strong></p>
            <p>${this.services!.describeFailure(s.failure)}</p>
            <button type="button" class="btn" @click=${() => this.#send({ type: 'load' })}>${this.t('common.retry')}</button>
          </div>
        </div>`;
    }
    if (s.status === 'loading' && !s.caller) {
      return html`${title}
        <p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>
        <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>`;
    }
    const caller = s.caller!;
    const manage = choosableLevels(s).length > 0;
    return html`<header class="head">
        <div>
          ${title}
          <p class="summary">
            <span>${this.t('rs.contacts.count', { count: s.contacts.length })}</span>
            <span>${this.t('rs.contacts.caller', { level: this.t(`rs.permission.${caller.permission}`) })}</span>
          </p>
        </div>
        ${manage
          ? html`<button type="button" class="btn" data-focus=${contactsFocus.invite} @click=${() => this.#send({ type: 'open-invite' })}>
              ${plusIcon}${this.t('rs.contacts.invite')}
            </button>`
          : nothing}
      </header>
      ${manage ? nothing : html`<p class="note">${this.t('rs.contacts.read-only')}</p>`} ${this.#renderLevelsHelp()}
      ${s.contacts.length === 0
        ? html`<div part="empty" class="state empty">
            ${userIcon}
            <div>
              <p><strong>${this.t('rs.contacts.empty')}</strong></p>
              ${manage ? html`<p>${this.t('rs.contacts.empty.hint')}</p>` : nothing}
            </div>
          </div>`
        : html`<ul class="contacts" aria-labelledby="${this.#id}-title">
            ${s.contacts.map((c) => this.#renderContact(s, c))}
          </ul>`}`;
  }

  #renderLevelsHelp() {
    return html`<details class="levels-help">
      <summary>${this.t('rs.contacts.levels.help')}</summary>
      <dl class="levels">
        ${PERMISSION_LEVEL_LIST.map(
          (l) => html`<div class="level-info">
            <dt>${this.t(`rs.permission.${l.id}`)}</dt>
            <dd>
              <p>${this.t(`rs.contacts.level.${l.id}.description`)}</p>
              <ul>
                ${l.capabilities.map((c) => html`<li>${this.t(`rs.contacts.capability.${c}`)}</li>`)}
              </ul>
              <p class="grants">${this.#grantsText(l.grants)}</p>
            </dd>
          </div>`,
        )}
      </dl>
    </details>`;
  }

  #grantsText(levels: readonly PermissionLevel[]) {
    return levels.length
      ? this.t('rs.contacts.level.grants', { levels: levels.map((l) => this.t(`rs.permission.${l}`)).join(', ') })
      : this.t('rs.contacts.level.grants-none');
  }

  #when(iso: string | null) {
    if (!iso) return { date: '', time: '' };
    const ms = Date.parse(iso);
    return { date: formatDate(this.services!.locale, calendarDateOf(ms)), time: formatTimeOfDay(ms) };
  }

  #renderInvitation(c: Contact) {
    const inv = c.invitation;
    let detail: string;
    switch (inv.state) {
      case 'invited': {
        const sent = this.#when(inv.sentAt);
        const end = this.#when(inv.expiresAt);
        detail = this.t('rs.contacts.invitation.pending', { date: sent.date, until: end.date, time: end.time });
        break;
      }
      case 'expired': {
        const end = this.#when(inv.expiresAt);
        detail = this.t('rs.contacts.invitation.expired-on', { until: end.date, time: end.time });
        break;
      }
      case 'granted':
        detail = this.t('rs.contacts.invitation.granted-note');
        break;
      case 'not-invited':
        detail = this.t('rs.contacts.invitation.not-invited-note');
        break;
    }
    return html`<div part="invitation" class="invitation ${inv.state}">
      ${STATE_ICONS[inv.state]}
      <div><strong>${this.t(`rs.invitation.${inv.state}`)}</strong> <span class="detail">${detail}</span></div>
    </div>`;
  }

  #renderContact(s: ContactsState, c: Contact) {
    const name = siteContactName(c);
    const actions = contactActions(s, c);
    const pending = s.pending[c.id];
    const nameId = `${this.#id}-${c.id}-name`;
    const you = s.caller?.contactId === c.id;
    const manage = choosableLevels(s).length > 0;
    const needsEmail = manage && c.invitation.state === 'not-invited' && c.emails.length === 0;
    return html`<li part="contact" class="contact" data-focus=${contactsFocus.row(c.id)} tabindex="-1" aria-labelledby=${nameId}>
      <div class="who">
        <h3 class="name" id=${nameId}>${name}${you ? html` <span class="you">(${this.t('rs.contacts.you')})</span>` : nothing}</h3>
        <span part="level" class="level ${c.permission}"
          ><span class="sr-only">${this.t('rs.contacts.level')} </span>${this.t(`rs.permission.${c.permission}`)}</span
        >
      </div>
      <dl class="info">
        <div>
          <dt>${this.t('rs.contacts.phone')}</dt>
          <dd>${c.phone ?? html`<span class="muted">${this.t('rs.contacts.no-phone')}</span>`}</dd>
        </div>
        <div>
          <dt>${this.t('rs.contacts.emails')}</dt>
          <dd>
            ${c.emails.length
              ? html`<ul class="emails">
                  ${c.emails.map((e) => html`<li>${e}</li>`)}
                </ul>`
              : html`<span class="muted">${this.t('rs.contacts.no-email')}</span>`}
          </dd>
        </div>
      </dl>
      ${this.#renderInvitation(c)}
      ${c.invitation.state === 'granted' && manage ? html`<p class="note small">${this.t('rs.contacts.locked')}</p>` : nothing}
      ${needsEmail ? html`<p class="note small">${this.t('rs.contacts.grant-needs-email')}</p>` : nothing}
      ${actions.edit || actions.level || actions.invitation
        ? html`<div class="actions">
            ${actions.invitation
              ? html`<button
                  type="button"
                  class="btn invitation-action"
                  data-focus=${contactsFocus.action(c.id)}
                  aria-label=${this.t(`rs.contacts.action.${actions.invitation}.label`, { name })}
                  aria-disabled=${pending ? 'true' : 'false'}
                  @click=${() => !pending && this.#send({ type: actions.invitation!, contactId: c.id })}
                >
                  ${pending ? html`<span class="spinner" aria-hidden="true"></span>${this.t('rs.contacts.action.sending')}` : html`${mailIcon}${this.t(`rs.contacts.action.${actions.invitation}`)}`}
                </button>`
              : nothing}
            ${actions.edit
              ? html`<button
                  type="button"
                  class="btn secondary"
                  data-focus=${contactsFocus.edit(c.id)}
                  aria-label=${this.t('rs.contacts.action.edit.label', { name })}
                  @click=${() => this.#send({ type: 'open-edit', contactId: c.id })}
                >
                  ${this.t('rs.contacts.action.edit')}
                </button>`
              : nothing}
            ${actions.level
              ? html`<button
                  type="button"
                  class="btn secondary"
                  data-focus=${contactsFocus.level(c.id)}
                  aria-label=${this.t('rs.contacts.action.level.label', { name })}
                  @click=${() => this.#send({ type: 'open-level', contactId: c.id })}
                >
                  ${this.t('rs.contacts.action.level')}
                </button>`
              : nothing}
          </div>`
        : nothing}
    </li>`;
  }

  // ── The dialog ──────────────────────────────────────────────────────────────

  #renderDialog(s: ContactsState) {
    const d = s.dialog;
    const contact = d && d.kind !== 'invite' ? s.contacts.find((c) => c.id === d.contactId) : undefined;
    const titleId = `${this.#id}-dialog-title`;
    let title = '';
    let body: unknown = nothing;
    if (d?.kind === 'edit' && contact) {
      title = this.t('rs.contacts.edit.title', { name: siteContactName(contact) });
      body = this.#renderEdit(d);
    } else if (d?.kind === 'level' && contact) {
      title = this.t('rs.contacts.level.title', { name: siteContactName(contact) });
      body = this.#renderLevel(s, d, contact);
    } else if (d?.kind === 'invite') {
      title = this.t('rs.contacts.invite.title');
      body = this.#renderInvite(s, d);
    }
    return html`<dialog part="dialog" class="dialog" aria-labelledby=${titleId} @cancel=${this.#onCancel}>
      ${d
        ? html`<div class="dialog-head">
              <h2 id=${titleId}>${title}</h2>
              <button type="button" class="icon-button" aria-label=${this.t('common.close')} ?disabled=${d.submitting} @click=${() => this.#send({ type: 'close' })}>
                ${closeIcon}
              </button>
            </div>
            ${body}`
        : nothing}
    </dialog>`;
  }

  #onCancel = (e: Event) => {
    // Escape: the flow decides (it keeps the dialog while a call runs) and puts the focus back.
    e.preventDefault();
    this.#send({ type: 'close' });
  };

  #submit = (e: Event) => {
    e.preventDefault();
    this.#send({ type: 'submit' });
  };

  #failure(d: EditDialog | LevelDialog | InviteDialog) {
    return d.failure
      ? html`<p class="dialog-failure" role="alert" tabindex="-1" data-focus=${contactsFocus.dialogFailure}>${errorIcon}<span>${this.t(d.failure.key, d.failure.params)}</span></p>`
      : nothing;
  }

  #buttons(d: EditDialog | LevelDialog | InviteDialog, label: string, busy: string) {
    return html`<div class="dialog-actions">
      <button type="submit" class="btn" aria-disabled=${d.submitting ? 'true' : 'false'}>
        ${d.submitting ? html`<span class="spinner" aria-hidden="true"></span>${busy}` : label}
      </button>
      <button type="button" class="btn secondary" ?disabled=${d.submitting} @click=${() => this.#send({ type: 'close' })}>${this.t('rs.contacts.cancel')}</button>
    </div>`;
  }

  #errorOf(errors: readonly ContactFieldError[], field: string) {
    return errors.find((e) => e.field === field);
  }

  #field(opts: {
    field: string;
    label: string;
    value: string;
    errors: readonly ContactFieldError[];
    type?: string;
    autocomplete?: string;
    hint?: string;
    required?: boolean;
    disabled: boolean;
    onInput: (value: string) => void;
  }) {
    const id = `${this.#id}-${opts.field.replace('.', '-')}`;
    const error = this.#errorOf(opts.errors, opts.field);
    const described = [opts.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}>${opts.label}</label>
      ${opts.hint ? html`<p class="hint" id="${id}-hint">${opts.hint}</p>` : nothing}
      <input
        id=${id}
        data-focus=${contactsFocus.field(opts.field)}
        type=${opts.type ?? 'text'}
        autocomplete=${opts.autocomplete ?? 'off'}
        .value=${live(opts.value)}
        ?readonly=${opts.disabled}
        ?required=${opts.required ?? false}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) => opts.onInput((e.target as HTMLInputElement).value)}
      />
      ${error ? html`<p class="error" id="${id}-error">${errorIcon}<span>${this.t(`rs.contacts.issue.${error.issue}`)}</span></p>` : nothing}
    </div>`;
  }

  #errorCount(d: EditDialog | InviteDialog) {
    return d.errors.length ? html`<p class="error-count" role="status">${this.t('rs.contacts.form.errors', { count: d.errors.length })}</p>` : nothing;
  }

  #renderEdit(d: EditDialog) {
    const edit = (field: 'firstName' | 'lastName' | 'phone' | `emails.${number}`) => (value: string) => this.#send({ type: 'edit-field', field, value });
    return html`<form class="form" novalidate @submit=${this.#submit}>
      <p class="intro">${this.t('rs.contacts.edit.intro')}</p>
      ${this.#failure(d)} ${this.#errorCount(d)}
      <div class="row">
        ${this.#field({ field: 'firstName', label: this.t('rs.contacts.field.firstName'), value: d.form.firstName, errors: d.errors, autocomplete: 'off', required: true, disabled: d.submitting, onInput: edit('firstName') })}
        ${this.#field({ field: 'lastName', label: this.t('rs.contacts.field.lastName'), value: d.form.lastName, errors: d.errors, required: true, disabled: d.submitting, onInput: edit('lastName') })}
      </div>
      ${this.#field({ field: 'phone', label: this.t('rs.contacts.field.phone'), hint: this.t('rs.contacts.field.phone.hint'), value: d.form.phone, errors: d.errors, type: 'tel', disabled: d.submitting, onInput: edit('phone') })}
      <fieldset class="emails-field">
        <legend>${this.t('rs.contacts.field.emails')}</legend>
        <p class="hint">${this.t('rs.contacts.field.emails.hint', { max: MAX_CONTACT_EMAILS })}</p>
        ${d.form.emails.map((value, i) =>
          this.#field({ field: `emails.${i}`, label: this.t('rs.contacts.field.email-n', { n: i + 1 }), value, errors: d.errors, type: 'email', disabled: d.submitting, onInput: edit(`emails.${i}`) }),
        )}
      </fieldset>
      ${this.#buttons(d, this.t('rs.contacts.save'), this.t('rs.contacts.saving'))}
    </form>`;
  }

  #levelChoice(s: ContactsState, name: string, chosen: PermissionLevel | '', current: PermissionLevel | undefined, disabled: boolean, onChoose: (level: PermissionLevel) => void, error?: ContactFieldError) {
    const grantable = choosableLevels(s);
    const errorId = `${this.#id}-permission-error`;
    return html`<fieldset class="level-choice" aria-describedby=${error ? errorId : nothing}>
      <legend>${this.t('rs.contacts.field.permission')}</legend>
      ${error ? html`<p class="error" id=${errorId}>${errorIcon}<span>${this.t(`rs.contacts.issue.${error.issue}`)}</span></p>` : nothing}
      ${PERMISSION_LEVEL_ORDER.map((level) => {
        const id = `${this.#id}-level-${level}`;
        const allowed = grantable.includes(level);
        const checked = chosen === level;
        // The focus goes to the chosen level (or the first one that can be chosen).
        const focus = checked || (chosen === '' && level === grantable[0]);
        return html`<div class="level-option ${allowed ? '' : 'not-allowed'} ${checked ? 'checked' : ''}">
          <input
            type="radio"
            id=${id}
            name="${this.#id}-${name}"
            value=${level}
            .checked=${live(checked)}
            ?disabled=${!allowed || disabled}
            data-focus=${focus ? contactsFocus.field('permission') : nothing}
            aria-describedby="${id}-desc"
            @change=${() => onChoose(level)}
          />
          <label for=${id}>
            <span class="level-name">${this.t(`rs.permission.${level}`)}${current === level ? html` <span class="current">— ${this.t('rs.contacts.level.current')}</span>` : nothing}</span>
            <span class="level-desc" id="${id}-desc"
              >${this.t(`rs.contacts.level.${level}.description`)}${allowed ? nothing : html` <em>${this.t('rs.contacts.level.not-grantable')}</em>`}</span
            >
          </label>
        </div>`;
      })}
    </fieldset>`;
  }

  #renderLevel(s: ContactsState, d: LevelDialog, contact: Contact) {
    return html`<form class="form" novalidate @submit=${this.#submit}>
      ${this.#failure(d)}
      ${this.#levelChoice(s, 'level', d.permission, contact.permission, d.submitting, (permission) => this.#send({ type: 'choose-level', permission }))}
      ${this.#buttons(d, this.t('rs.contacts.apply-level'), this.t('rs.contacts.saving'))}
    </form>`;
  }

  #renderInvite(s: ContactsState, d: InviteDialog) {
    const input = (field: 'firstName' | 'lastName' | 'email') => (value: string) => this.#send({ type: 'invite-field', field, value });
    return html`<form class="form" novalidate @submit=${this.#submit}>
      <p class="intro">${this.t('rs.contacts.invite.intro', { days: INVITATION_VALID_DAYS })}</p>
      ${this.#failure(d)} ${this.#errorCount(d)}
      <div class="row">
        ${this.#field({ field: 'firstName', label: this.t('rs.contacts.field.firstName'), value: d.form.firstName, errors: d.errors, required: true, disabled: d.submitting, onInput: input('firstName') })}
        ${this.#field({ field: 'lastName', label: this.t('rs.contacts.field.lastName'), value: d.form.lastName, errors: d.errors, required: true, disabled: d.submitting, onInput: input('lastName') })}
      </div>
      ${this.#field({ field: 'email', label: this.t('rs.contacts.field.email'), value: d.form.email, errors: d.errors, type: 'email', required: true, disabled: d.submitting, onInput: input('email') })}
      ${this.#levelChoice(s, 'invite', d.form.permission, undefined, d.submitting, (permission) => this.#send({ type: 'invite-field', field: 'permission', value: permission }), this.#errorOf(d.errors, 'permission'))}
      ${this.#buttons(d, this.t('rs.contacts.send-invitation'), this.t('rs.contacts.sending'))}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'site-contacts': SiteContacts;
  }
}
