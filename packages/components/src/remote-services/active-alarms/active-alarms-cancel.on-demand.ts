/**
 * RS-ALARMS — the confirmation of « Annuler l’alarme » in `<active-alarms>`: the dialog's content,
 * its styles and texts (core's cancel flow, which runs it, stays with the list). Loaded on demand: when the user points at or focuses
 * an alarm's « Annuler l’alarme », and on the press (issue 9's size budgets).
 */
import { css, html } from 'lit';
import { remoteAlarmsCancelMessages, type Alarm, type AlarmCancelEvent, type MessageKey, type Params } from '@vigie/core';

export { remoteAlarmsCancelMessages };

/** What the confirmation needs of `<active-alarms>`. */
export interface CancelHost {
  t(key: MessageKey, params?: Params): string;
  /** « il y a 3 min » and the time of an instant. */
  when(iso: string): { age: string; time: string };
  send(event: AlarmCancelEvent): void;
  /** The `data-focus` of « Non, garder l’alarme » (core's `CONFIRM_KEEP_TARGET`, where the flow puts the focus). */
  readonly keep: string;
}

/** The dialog's content for `a` (`cancelling`: the call runs). */
export function renderConfirm(host: CancelHost, a: Alarm, cancelling: boolean) {
  return html`<h3 id="confirm-title">${host.t('rs.alarms.confirm.title')}</h3>
    <p class="summary">
      <span class="badge" data-priority=${a.priority}>${host.t('rs.alarm.priority', { priority: a.priority })}</span>
      <strong>${host.t(`rs.alarm.kind.${a.kind}`)}</strong> · ${a.zone}<br />${a.siteName} · ${host.t('rs.alarms.raised-at', host.when(a.raisedAt))}
    </p>
    <p id="confirm-body">${host.t('rs.alarms.confirm.body')}</p>
    <div class="dialog-actions">
      <button type="button" class="btn secondary" data-focus=${host.keep} ?disabled=${cancelling} @click=${() => host.send({ type: 'dismiss' })}>
        ${host.t('rs.alarms.confirm.keep')}
      </button>
      <button type="button" class="btn danger" aria-disabled=${cancelling} @click=${() => !cancelling && host.send({ type: 'confirm' })}>
        ${cancelling ? html`<span class="spinner" aria-hidden="true"></span>${host.t('rs.alarms.cancelling')}` : host.t('rs.alarms.confirm.yes')}
      </button>
    </div>`;
}

export const confirmStyles = css`
  .btn.danger {
    border-color: var(--_danger-border);
    background: var(--_danger-border);
    color: var(--_on-danger);
  }
  dialog {
    inline-size: min(32rem, calc(100vw - 2rem));
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog h3 {
    font-size: 1.15rem;
    margin-block-end: 0.75rem;
  }
  dialog p {
    margin-block-end: 0.75rem;
  }
  .summary {
    padding: 0.6rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .summary .badge {
    margin-inline-end: 0.4rem;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }
`;
