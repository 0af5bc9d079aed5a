/**
 * RS-OVERVIEW — the schedule editor of `<site-schedule>`: the temporary-change form (date, opening
 * ranges, reason; each refusal under its field), the edit part of core's schedule flow, its styles
 * and texts. Loaded on demand: when the user points at or focuses « Ajouter un horaire temporaire »,
 * « Modifier » or « Supprimer », and on the click (issue 9's size budgets).
 */
import { css, html, nothing } from 'lit';
import {
  remoteOverviewScheduleEditMessages,
  scheduleEditTransition,
  type Params,
  type MessageKey,
  type ScheduleEvent,
  type ScheduleFieldError,
  type ScheduleState,
} from '@vigie/core';
import { errorIcon } from '../../base/icons.js';
import { fieldStyles } from './site-overview-fields.styles.js';

export { scheduleEditTransition };
/** Its texts, registered when it loads (`OnDemandAction`). */
export const texts = remoteOverviewScheduleEditMessages;

/** What the form needs of `<site-schedule>`. */
export interface ScheduleEditorHost {
  /** The prefix of the form's ids. */
  readonly id: string;
  t(key: MessageKey, params?: Params): string;
  /** « lun. 12/03/2026 ». */
  day(date: string): string;
  send(event: ScheduleEvent): void;
}

/** The temporary-change form of `s.form`. */
export function renderScheduleForm(host: ScheduleEditorHost, s: ScheduleState) {
  const form = s.form!;
  const errorOf = (field: string) => form.errors.find((e: ScheduleFieldError) => e.field === field);
  const fid = (field: string) => `${host.id}-f-${field.replace(/\./g, '-')}`;
  const msg = (field: string) => {
    const e = errorOf(field);
    return e
      ? html`<p class="field-error" id="${fid(field)}-err">${errorIcon}${host.t(`rs.overview.schedule.issue.${e.issue}`)}</p>`
      : nothing;
  };
  const described = (field: string, extra = '') => [errorOf(field) ? `${fid(field)}-err` : '', extra].filter(Boolean).join(' ') || nothing;
  const title = `${host.id}-form-title`;
  return html`<form
    part="form"
    class="form"
    aria-labelledby=${title}
    novalidate
    @submit=${(e: Event) => (e.preventDefault(), host.send({ type: 'submit' }))}
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (e.preventDefault(), host.send({ type: 'cancel' }))}
  >
    <h4 id=${title}>${host.t(form.mode === 'add' ? 'rs.overview.schedule.form.add' : 'rs.overview.schedule.form.edit')}</h4>
    <div class="field">
      <label for=${fid('date')}>${host.t('rs.overview.schedule.form.date')}</label>
      <select
        id=${fid('date')}
        data-focus="schedule-field-date"
        aria-invalid=${errorOf('date') ? 'true' : 'false'}
        aria-describedby=${described('date')}
        @change=${(e: Event) => host.send({ type: 'change', field: 'date', value: (e.target as HTMLSelectElement).value })}
      >
        ${form.draft.date === '' ? html`<option value="" selected></option>` : nothing}
        ${s.days.map((d) => html`<option value=${d.date} ?selected=${d.date === form.draft.date}>${host.day(d.date)}</option>`)}
      </select>
      ${msg('date')}
    </div>
    <fieldset class="ranges" aria-describedby="${fid('ranges')}-help ${errorOf('ranges') ? `${fid('ranges')}-err` : ''}">
      <legend>${host.t('rs.overview.schedule.form.ranges')}</legend>
      <p class="muted" id="${fid('ranges')}-help">${host.t('rs.overview.schedule.form.rangesHelp')}</p>
      ${msg('ranges')}
      ${form.draft.ranges.map((r, i) => {
        const n = i + 1;
        const input = (part: 'start' | 'end') => {
          const field = `ranges.${i}.${part}`;
          return html`<div class="field">
            <label for=${fid(field)}>${host.t(part === 'start' ? 'rs.overview.schedule.form.start' : 'rs.overview.schedule.form.end')}</label>
            <input
              id=${fid(field)}
              data-focus="schedule-field-${field}"
              inputmode="numeric"
              autocomplete="off"
              placeholder="08:00"
              size="5"
              .value=${r[part]}
              aria-invalid=${errorOf(field) ? 'true' : 'false'}
              aria-describedby=${described(field)}
              @input=${(e: Event) => host.send({ type: 'change-range', index: i, part, value: (e.target as HTMLInputElement).value.trim() })}
            />
            ${msg(field)}
          </div>`;
        };
        return html`<div class="range" role="group" aria-label=${host.t('rs.overview.schedule.form.rangeN', { n })}>
          <span class="range-n" aria-hidden="true">${host.t('rs.overview.schedule.form.rangeN', { n })}</span>
          ${input('start')}${input('end')}
          <button class="link danger" type="button" @click=${() => host.send({ type: 'remove-range', index: i })}>${host.t('rs.overview.schedule.form.removeRange', { n })}</button>
        </div>`;
      })}
      ${
        form.draft.ranges.length < 4
          ? html`<button class="btn secondary small" type="button" data-focus="schedule-add-range" @click=${() => host.send({ type: 'add-range' })}>${host.t('rs.overview.schedule.form.addRange')}</button>`
          : nothing
      }
    </fieldset>
    <div class="field">
      <label for=${fid('reason')}>${host.t('rs.overview.schedule.form.reason')}</label>
      <input
        id=${fid('reason')}
        data-focus="schedule-field-reason"
        .value=${form.draft.reason}
        aria-invalid=${errorOf('reason') ? 'true' : 'false'}
        aria-describedby=${described('reason')}
        @input=${(e: Event) => host.send({ type: 'change', field: 'reason', value: (e.target as HTMLInputElement).value })}
      />
      ${msg('reason')}
    </div>
    <div class="actions">
      <button class="btn" type="submit" aria-disabled=${form.saving ? 'true' : 'false'}>
        ${form.saving ? html`<span class="spinner" aria-hidden="true"></span>${host.t('rs.overview.schedule.form.saving')}` : host.t('rs.overview.schedule.form.save')}
      </button>
      <button class="btn secondary" type="button" @click=${() => host.send({ type: 'cancel' })}>${host.t('rs.overview.schedule.form.cancel')}</button>
    </div>
  </form>`;
}

export const styles = [
  fieldStyles,
  css`
  [aria-invalid='true'] {
    border-color: var(--_danger-border);
    border-width: 2px;
  }
  .field-error {
    display: flex;
    gap: 0.3rem;
    align-items: flex-start;
    color: var(--_danger-fg);
    font-size: 0.925rem;
  }
  .btn.small {
    min-height: 2.25rem;
    padding: 0.3rem 0.75rem;
  }
  .form {
    display: grid;
    gap: 0.9rem;
    padding: 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  fieldset {
    display: grid;
    gap: 0.6rem;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: start;
  }
  .range .link {
    align-self: end;
  }
  .range-n {
    inline-size: 100%;
    font-weight: 600;
    color: var(--_muted);
  }
  .range input {
    inline-size: 6.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`,
];
