/**
 * PP-ROSTER / PP-BLOCK — the templates of `<passport-roster>`'s dialogs (`roster-dialogs.ts` holds
 * their state and what they do): the unblock and delete confirmations, `<employee-enrollment>` and
 * `<passport-view>` in a dialog, each with its loading and failure states.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { closeIcon, errorIcon, infoIcon } from '../../base/icons.js';
import { isConfirmation, type Confirmation, type Dialog, type Editor, type PassportDialog, type RosterDialogs } from './roster-dialogs.js';
import { nameOf, type Translate } from './roster-rows.js';

const spinner = html`<span class="spinner" aria-hidden="true"></span>`;

/** What the templates need besides the dialogs' controller. */
export interface DialogView {
  readonly t: Translate;
  /** The element's id prefix. */
  readonly id: string;
  readonly loginHref: string | undefined;
  readonly onEnrolled: (e: HTMLElementEventMap['employee-enrolled']) => void;
  readonly onUpdated: (e: HTMLElementEventMap['employee-updated']) => void;
}

/** The dialog open, if any. */
export function renderRosterDialog(dialogs: RosterDialogs, v: DialogView) {
  const d: Dialog | undefined = dialogs.dialog;
  if (!d) return nothing;
  if (d.kind === 'passport') return renderPassport(d, dialogs, v);
  return isConfirmation(d) ? renderConfirmation(d, dialogs, v) : renderEditor(d, dialogs, v);
}

function renderConfirmation(d: Confirmation, dialogs: RosterDialogs, { t, id: prefix }: DialogView) {
  const id = `${prefix}-dialog`;
  const name = nameOf(d.employee);
  const unblock = d.kind === 'unblock';
  const body = unblock
    ? html`<p>${t('passport.roster.unblock.question', { name })}</p>
        <p>${t('passport.roster.unblock.effect')}</p>`
    : html`<p>${t('passport.roster.deleteDialog.question', { name })}</p>
        <p class="warning">${t('passport.roster.deleteDialog.warning')}</p>
        <ul>
          <li>${t('passport.roster.deleteDialog.certificate')}</li>
          <li>${t('passport.roster.deleteDialog.sites')}</li>
        </ul>`;
  return html`<dialog part="dialog confirm-dialog" class="dialog confirm ${d.kind}" aria-labelledby="${id}-title" aria-describedby="${id}-body" @close=${dialogs.onClose}>
    <form method="dialog" @submit=${dialogs.onConfirm}>
      <h2 id="${id}-title">${t(unblock ? 'passport.roster.unblock.title' : 'passport.roster.deleteDialog.title')}</h2>
      <div id="${id}-body" class="dialog-text">${body}</div>
      ${
        d.error
          ? html`<div class="dialog-error" role="alert" tabindex="-1">
            ${errorIcon}
            <div>
              <p><strong>${d.error.text}</strong></p>
              <p>${d.error.detail}</p>
              ${
                d.error.conflict
                  ? html`<button
                    type="button"
                    class="btn secondary small"
                    aria-label=${t('passport.roster.reloadRow.label', { name })}
                    aria-disabled=${ifDefined(d.reloading ? 'true' : undefined)}
                    @click=${dialogs.reloadEmployee}
                  >
                    ${d.reloading ? spinner : nothing}${t('passport.roster.reloadRow')}
                  </button>`
                  : nothing
              }
            </div>
          </div>`
          : nothing
      }
      ${d.reloaded ? html`<p class="notice-box dialog-reloaded" role="status" tabindex="-1">${infoIcon}<span class="notice-text">${t('passport.roster.reloaded', { name })}</span></p>` : nothing}
      <div class="dialog-actions">
        <button type="submit" class="btn ${unblock ? '' : 'danger'}" aria-disabled=${ifDefined(d.busy ? 'true' : undefined)} ?autofocus=${unblock}>
          ${d.busy ? spinner : nothing}${t('passport.roster.confirm')}
        </button>
        <button type="button" class="btn secondary" ?autofocus=${!unblock} @click=${() => dialogs.close()}>${t('passport.roster.cancel')}</button>
      </div>
      <p class="sr-only" role="status">${d.busy ? t('passport.roster.working') : ''}</p>
    </form>
  </dialog>`;
}

function renderPassport(d: PassportDialog, dialogs: RosterDialogs, { t, loginHref }: DialogView) {
  const label = t('passport.roster.passportDialog.label', { name: nameOf(d.employee) });
  let content;
  if (d.view === 'failed') {
    content = html`<div class="dialog-error" role="alert">
      ${errorIcon}
      <div>
        <p><strong>${t('passport.roster.passportDialog.error')}</strong></p>
        <button type="button" class="btn secondary small" @click=${() => void dialogs.requestPassport(d.employee)}>${t('common.retry')}</button>
      </div>
    </div>`;
  } else if (d.view === 'loading') {
    content = html`<p class="state loading" role="status">${spinner}${t('common.loading')}</p>`;
  } else {
    content = html`<passport-view employee-id=${d.employee.id} login-href=${ifDefined(loginHref)}></passport-view>`;
  }
  return html`<dialog part="dialog passport-dialog" class="dialog editor passport" aria-label=${label} @close=${dialogs.onClose}>
    <div class="dialog-bar">
      <button type="button" class="icon-btn" aria-label=${t('common.close')} @click=${() => dialogs.close()}>${closeIcon}</button>
    </div>
    <div class="dialog-body">${content}</div>
  </dialog>`;
}

function renderEditor(d: Editor, dialogs: RosterDialogs, { t, loginHref, onEnrolled, onUpdated }: DialogView) {
  const title = t(d.kind === 'edit' ? 'passport.roster.editDialog.title' : 'passport.roster.enroll');
  let content;
  if (d.editor === 'failed') {
    content = html`<div class="dialog-error" role="alert">
      ${errorIcon}
      <div>
        <p><strong>${t('passport.roster.editor.error')}</strong></p>
        <button type="button" class="btn secondary small" @click=${() => dialogs.openEditor(d)}>${t('common.retry')}</button>
      </div>
    </div>`;
  } else if (d.editor === 'loading') {
    content = html`<p class="state loading" role="status">${spinner}${t('common.loading')}</p>`;
  } else if (d.kind === 'edit' && d.employee) {
    content = html`<employee-enrollment employee-id=${d.employee.id} .employee=${d.employee} login-href=${ifDefined(loginHref)}></employee-enrollment>`;
  } else {
    content = html`<employee-enrollment login-href=${ifDefined(loginHref)}></employee-enrollment>`;
  }
  return html`<dialog
    part="dialog form-dialog"
    class="dialog editor"
    aria-label=${title}
    @close=${dialogs.onClose}
    @employee-enrolled=${onEnrolled}
    @employee-updated=${onUpdated}
    @employee-edit-cancelled=${() => dialogs.close()}
  >
    <div class="dialog-bar">
      <button type="button" class="icon-btn" aria-label=${t('common.close')} @click=${() => dialogs.close()}>${closeIcon}</button>
    </div>
    <div class="dialog-body">${content}</div>
  </dialog>`;
}
