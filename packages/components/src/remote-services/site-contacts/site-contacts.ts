import { adoptStyles, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  calendarDateOf,
  choosableLevels,
  contactActions,
  contactsCallRunner,
  contactsFlowWith,
  contactsFocus,
  formatTimeOfDay,
  loadMessages,
  remoteContactsMessages,
  remoteCoreMessages,
  siteContactName,
  type Contact,
  type ContactsContext,
  type ContactsEvent,
  type ContactsRequest,
  type ContactsState,
  type InvitationState,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { FlowController } from '../../base/flow-controller.js';
import { checkIcon, errorIcon, icon, warningIcon } from '../../base/icons.js';
import { OnDemand } from '../../base/on-demand.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { ToastController, toastStyles } from '../../base/toast.js';
import { VigieElement } from '../../base/vigie-element.js';
import {
  AccessGrantedEvent,
  ContactInvitedEvent,
  ContactUpdatedEvent,
  InvitationResentEvent,
  type SiteContactEvent,
} from './site-contacts.events.js';
import { styles } from './site-contacts.styles.js';
import type * as Dialogs from './site-contacts.dialogs.on-demand.js';

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
const fire = (E: new (siteId: string, contactId: string) => SiteContactEvent) => (d: unknown) =>
  new E((d as Detail).siteId, (d as Detail).contactId);
/** The events that open a dialog. */
type Opening = Extract<ContactsEvent, { type: 'open-edit' | 'open-level' | 'open-invite' }>;

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
 * The dialogs (their views, texts and part of the flow) load when the user points at or focuses a
 * button that opens one, at the latest on its press: the button says it is busy meanwhile, and a
 * failed load says so with a retry.
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
  readonly #dialogs = new OnDemand<typeof Dialogs>(this, async () => {
    const m = await import('./site-contacts.dialogs.on-demand.js');
    await loadMessages(this.services!.locale, [m.messages]);
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof SiteContacts).elementStyles, m.dialogStyles]);
    return m;
  });
  /** The dialog the user asked for while its module loads (its button is busy), or whose load failed (a retry is offered). */
  #opening?: { readonly event: Opening; readonly focus: string; readonly failed: boolean };
  readonly #dialogHost: Dialogs.DialogHost = { id: this.#id, t: (key, params) => this.t(key, params), send: (e) => this.#send(e) };
  readonly #flow = new FlowController<ContactsState, ContactsEvent, ContactsRequest, ContactsContext>(this, {
    flow: contactsFlowWith(() => this.#dialogs.module?.contactsDialogTransition),
    clock: () => this.services!.clock,
    context: () => ({ now: this.services!.clock.now(), siteId: this.siteId }),
    run: contactsCallRunner(
      () => this.services!.client,
      () => import('@vigie/core/remote-services/api'),
    ),
    events: {
      'contact-updated': fire(ContactUpdatedEvent),
      'contact-invited': fire(ContactInvitedEvent),
      'access-granted': fire(AccessGrantedEvent),
      'invitation-resent': fire(InvitationResentEvent),
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

  /** Intent (pointer over, focus on a button that opens a dialog): load the dialogs now; a failure here stays silent. */
  #prefetch = () => void this.#dialogs.load().catch(() => undefined);

  /** Opens a dialog, once the dialogs' module is there (at once when it already is). */
  #open(event: Opening, focus: string): void {
    if (this.#dialogs.module) return this.#send(event);
    if (this.#opening && !this.#opening.failed) return;
    const opening = (this.#opening = { event, focus, failed: false });
    this.requestUpdate();
    this.#dialogs.load().then(
      () => {
        if (this.#opening !== opening) return;
        this.#opening = undefined;
        this.#send(event);
      },
      () => {
        if (this.#opening === opening) this.#opening = { ...opening, failed: true };
        this.requestUpdate();
      },
    );
  }

  /** A button that opens a dialog: busy while the dialogs' module loads for it. */
  #opener(event: Opening, focus: string, content: unknown, label?: string) {
    const busy = this.#opening?.focus === focus && !this.#opening.failed;
    return html`<button
      type="button"
      class="btn ${event.type === 'open-invite' ? '' : 'secondary'}"
      data-focus=${focus}
      aria-label=${label ?? nothing}
      aria-busy=${busy ? 'true' : 'false'}
      aria-disabled=${busy ? 'true' : 'false'}
      @pointerenter=${this.#prefetch}
      @focusin=${this.#prefetch}
      @click=${() => this.#open(event, focus)}
    >
      ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${content}
    </button>`;
  }

  /** A failure, said at once (`role="alert"`), with a retry. */
  #failure(message: unknown, retry: () => void, part?: string) {
    return html`<div part=${part ?? nothing} class="state error" role="alert">
      ${errorIcon}
      <div>
        ${message}
        <button type="button" class="btn" @click=${retry}>${this.t('common.retry')}</button>
      </div>
    </div>`;
  }

  /** The dialogs' module could not be loaded when asked for: say so, and offer to try again. */
  #renderOpenFailure() {
    const o = this.#opening;
    return o?.failed ? this.#failure(html`<p>${this.t('rs.contacts.failure.network')}</p>`, () => this.#open(o.event, o.focus)) : nothing;
  }

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
      ${this.#failure(
        html`<p><strong>${this.t('rs.contacts.load-error')}</strong></p>
          <p>${this.services!.describeFailure(s.failure)}</p>`,
        () => this.#send({ type: 'load' }),
        'error',
      )}`;
    }
    if (s.status === 'loading' && !s.caller) {
      return html`${title}
        <p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>
        <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>`;
    }
    const caller = s.caller!;
    const manage = choosableLevels(s).length > 0;
    return html`<div class="head">
        <div>
          ${title}
          <p class="summary">
            <span>${this.t('rs.contacts.count', { count: s.contacts.length })}</span>
            <span>${this.t('rs.contacts.caller', { level: this.t(`rs.permission.${caller.permission}`) })}</span>
          </p>
        </div>
        ${manage ? this.#opener({ type: 'open-invite' }, contactsFocus.invite, html`${plusIcon}${this.t('rs.contacts.invite')}`) : nothing}
      </div>
      ${this.#renderOpenFailure()} ${manage ? nothing : html`<p class="note">${this.t('rs.contacts.read-only')}</p>`} ${this.#renderLevelsHelp()}
      ${
        s.contacts.length === 0
          ? html`<div part="empty" class="state empty">
            ${userIcon}
            <div>
              <p><strong>${this.t('rs.contacts.empty')}</strong></p>
              ${manage ? html`<p>${this.t('rs.contacts.empty.hint')}</p>` : nothing}
            </div>
          </div>`
          : html`<ul class="contacts" aria-labelledby="${this.#id}-title">
            ${s.contacts.map((c) => this.#renderContact(s, c))}
          </ul>`
      }`;
  }

  /** What each level allows: its text loads with the dialogs when the user first opens it. */
  #renderLevelsHelp() {
    const m = this.#dialogs.module;
    return html`<details class="levels-help" @toggle=${this.#onLevelsToggle}>
      <summary @pointerenter=${this.#prefetch} @focusin=${this.#prefetch}>${this.t('rs.contacts.levels.help')}</summary>
      ${
        m
          ? m.renderLevels(this.#dialogHost)
          : this.#dialogs.failed
            ? this.#failure(html`<p>${this.t('rs.contacts.failure.network')}</p>`, this.#prefetch)
            : html`<p role="status"><span class="spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>`
      }
    </details>`;
  }

  #onLevelsToggle = (e: Event) => {
    if ((e.target as HTMLDetailsElement).open) this.#prefetch();
  };

  #when(iso: string | null) {
    if (!iso) return { date: '', time: '' };
    const ms = Date.parse(iso);
    return { date: formatDate(this.services!.locale, calendarDateOf(ms)), time: formatTimeOfDay(ms) };
  }

  #renderInvitation(c: Contact) {
    const inv = c.invitation;
    const end = this.#when(inv.expiresAt);
    const detail = this.t(
      inv.state === 'invited'
        ? 'rs.contacts.invitation.pending'
        : inv.state === 'expired'
          ? 'rs.contacts.invitation.expired-on'
          : `rs.contacts.invitation.${inv.state}-note`,
      { date: this.#when(inv.sentAt).date, until: end.date, time: end.time },
    );
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
            ${
              c.emails.length
                ? html`<ul class="emails">
                  ${c.emails.map((e) => html`<li>${e}</li>`)}
                </ul>`
                : html`<span class="muted">${this.t('rs.contacts.no-email')}</span>`
            }
          </dd>
        </div>
      </dl>
      ${this.#renderInvitation(c)}
      ${c.invitation.state === 'granted' && manage ? html`<p class="note small">${this.t('rs.contacts.locked')}</p>` : nothing}
      ${needsEmail ? html`<p class="note small">${this.t('rs.contacts.grant-needs-email')}</p>` : nothing}
      ${
        actions.edit || actions.level || actions.invitation
          ? html`<div class="actions">
            ${
              actions.invitation
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
                : nothing
            }
            ${
              actions.edit
                ? this.#opener(
                    { type: 'open-edit', contactId: c.id },
                    contactsFocus.edit(c.id),
                    this.t('rs.contacts.action.edit'),
                    this.t('rs.contacts.action.edit.label', { name }),
                  )
                : nothing
            }
            ${
              actions.level
                ? this.#opener(
                    { type: 'open-level', contactId: c.id },
                    contactsFocus.level(c.id),
                    this.t('rs.contacts.action.level'),
                    this.t('rs.contacts.action.level.label', { name }),
                  )
                : nothing
            }
          </div>`
          : nothing
      }
    </li>`;
  }

  // ── The dialog ──────────────────────────────────────────────────────────────

  /** The `<dialog>`: its content comes with the dialogs' module, loaded before the flow opens one. */
  #renderDialog(s: ContactsState) {
    const d = s.dialog;
    const m = this.#dialogs.module;
    return html`<dialog part="dialog" class="dialog" aria-labelledby="${this.#id}-dialog-title" @cancel=${this.#onCancel}>
      ${d && m ? m.renderDialog(this.#dialogHost, s, d) : nothing}
    </dialog>`;
  }

  #onCancel = (e: Event) => {
    // Escape: the flow decides (it keeps the dialog while a call runs) and puts the focus back.
    e.preventDefault();
    this.#send({ type: 'close' });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'site-contacts': SiteContacts;
  }
}
