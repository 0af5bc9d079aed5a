import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  remoteCoreMessages,
  remoteOverviewScheduleMessages,
  scheduleFlow,
  weekdayOf,
  type ScheduleContext,
  type ScheduleEvent,
  type ScheduleFieldError,
  type ScheduleRequest,
  type ScheduleState,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { errorIcon } from '../../base/icons.js';
import { FlowController } from '../../base/flow-controller.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { ToastController, toastStyles } from '../../base/toast.js';
import { VigieElement } from '../../base/vigie-element.js';
import { ScheduleChangedEvent } from './site-overview.events.js';
import { overviewShared } from './site-overview.styles.js';
import { scheduleStyles } from './site-schedule.styles.js';

let uid = 0;

/**
 * RS-OVERVIEW — the schedule of a site, part of `<site-overview>` (loaded with its own code once the
 * overview painted): each day from today to today + 30 with its opening hours, and the temporary
 * changes (add, edit, remove) through core's `scheduleFlow`. Only those 31 days can be chosen (the
 * server refuses the others too); a refused change shows each error under its field and keeps what
 * was typed; each outcome is told in a toast (the overview's live region when it passes `toasts`).
 *
 * Defined as `site-schedule` by `<site-overview>` when it loads it (not a public entry).
 *
 * @summary The schedule of a site, day by day to today + 30, with its temporary changes (RS-OVERVIEW).
 * @fires {ScheduleChangedEvent} schedule-changed - A temporary change was saved or removed (`siteId`, `date`).
 */
export class SiteSchedule extends VigieElement {
  static override messages = [remoteCoreMessages, remoteOverviewScheduleMessages];
  static override styles = [tokens, spinnerStyles, toastStyles, overviewShared, scheduleStyles];

  @property({ attribute: 'site-id' }) siteId = '';
  /** Where the toasts go (the overview's); without it, the element shows its own. */
  @property({ attribute: false }) toasts?: ToastController;

  #id = `ss${++uid}`;
  #own = new ToastController(this, (m) => this.t(m.key, m.params), () => this.t('common.close'));
  #lastSite?: string;
  #flow = new FlowController<ScheduleState, ScheduleEvent, ScheduleRequest, ScheduleContext>(this, {
    flow: scheduleFlow,
    clock: () => this.services!.clock,
    context: () => ({ now: this.services!.clock.now(), siteId: this.siteId }),
    run: async (request, signal) => (await import('@vigie/core/remote-services/api')).scheduleRunner(this.services!.client)(request, signal),
    events: { 'schedule-changed': (d) => new ScheduleChangedEvent((d as { siteId: string }).siteId, (d as { date: string }).date) },
    toasts: { show: (m, tone) => (this.toasts ?? this.#own).show(m, tone) } as ToastController,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('siteId') && this.#lastSite !== undefined && this.siteId !== this.#lastSite) this.#flow.restart();
    this.#lastSite = this.siteId;
  }

  #day(date: string): string {
    return `${this.t(`rs.overview.weekday.${weekdayOf(date)}` as 'rs.overview.weekday.0')} ${formatDate(this.services!.locale, date)}`;
  }

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const s = this.#flow.state;
    const send = (e: ScheduleEvent) => this.#flow.send(e);
    let body;
    if (s.status === 'loading') body = html`<p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>`;
    else if (s.status === 'error') {
      body = html`<div class="state error" role="alert">
        ${errorIcon}
        <div>
          <p>${this.t('rs.overview.schedule.error')}</p>
          <p>${this.services!.describeFailure(s.failure!)}</p>
          <button class="btn" @click=${() => send({ type: 'retry' })}>${this.t('common.retry')}</button>
        </div>
      </div>`;
    } else {
      const byId = new Map(s.exceptions.map((e) => [e.id, e]));
      body = html`${s.form
          ? this.#renderForm(s)
          : html`<button class="btn secondary" type="button" data-focus="schedule-add" @click=${() => send({ type: 'add' })}>${this.t('rs.overview.schedule.add')}</button>`}
        <div class="days-scroll" role="region" tabindex="0" aria-label=${this.t('rs.overview.schedule.days')}>
          <ol class="days">
            ${s.days.map((d) => {
              const e = d.exceptionId ? byId.get(d.exceptionId) : undefined;
              const date = formatDate(this.services!.locale, d.date);
              return html`<li part="day" class="day ${e ? 'temporary' : ''} ${d.date === s.selected ? 'selected' : ''}">
                <span class="day-date">${this.#day(d.date)}${d.date === s.today ? html` <span class="badge">${this.t('rs.overview.schedule.today')}</span>` : nothing}</span>
                <span class="day-hours">
                  <span
                    >${d.ranges.length === 0
                      ? this.t('rs.overview.schedule.closed')
                      : d.ranges.map((r, i) => html`${i > 0 ? ', ' : ''}<span class="nowrap">${this.t('rs.overview.schedule.range', { start: r.start, end: r.end })}</span>`)}</span
                  >
                  <span class="muted">${e ? this.t('rs.overview.schedule.temporary') : this.t('rs.overview.schedule.weekly')}${e?.reason ? ` · ${this.t('rs.overview.schedule.reason', { reason: e.reason })}` : ''}</span>
                </span>
                <span class="day-actions">
                  <button
                    class="link"
                    type="button"
                    data-focus="day-${d.date}"
                    aria-label=${e ? this.t('rs.overview.schedule.editLabel', { date }) : this.t('rs.overview.schedule.changeDayLabel', { date })}
                    @click=${() => (e ? send({ type: 'edit', id: e.id }) : (send({ type: 'select', date: d.date }), send({ type: 'add' })))}
                  >
                    ${this.t('rs.overview.schedule.edit')}
                  </button>
                  ${e
                    ? html`<button class="link danger" type="button" aria-label=${this.t('rs.overview.schedule.removeLabel', { date })} aria-disabled=${s.removing ? 'true' : 'false'} @click=${() => send({ type: 'remove', id: e.id })}>
                        ${this.t('rs.overview.schedule.remove')}
                      </button>`
                    : nothing}
                </span>
              </li>`;
            })}
          </ol>
        </div>`;
    }
    return html`<section part="base" class="schedule" aria-labelledby="${this.#id}-sc">
      <h3 id="${this.#id}-sc">${this.t('rs.overview.schedule.title')}</h3>
      <p class="muted">${this.t('rs.overview.schedule.help')}</p>
      ${body}
    </section>
    ${this.toasts ? nothing : this.#own.render()}`;
  }

  #renderForm(s: ScheduleState) {
    const form = s.form!;
    const send = (e: ScheduleEvent) => this.#flow.send(e);
    const errorOf = (field: string) => form.errors.find((e: ScheduleFieldError) => e.field === field);
    const fid = (field: string) => `${this.#id}-f-${field.replace(/\./g, '-')}`;
    const msg = (field: string) => {
      const e = errorOf(field);
      return e ? html`<p class="field-error" id="${fid(field)}-err">${errorIcon}${this.t(`rs.overview.schedule.issue.${e.issue}`)}</p>` : nothing;
    };
    const described = (field: string, extra = '') => [errorOf(field) ? `${fid(field)}-err` : '', extra].filter(Boolean).join(' ') || nothing;
    const title = `${this.#id}-form-title`;
    return html`<form
      part="form"
      class="form"
      aria-labelledby=${title}
      novalidate
      @submit=${(e: Event) => (e.preventDefault(), send({ type: 'submit' }))}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (e.preventDefault(), send({ type: 'cancel' }))}
    >
      <h4 id=${title}>${this.t(form.mode === 'add' ? 'rs.overview.schedule.form.add' : 'rs.overview.schedule.form.edit')}</h4>
      <div class="field">
        <label for=${fid('date')}>${this.t('rs.overview.schedule.form.date')}</label>
        <select
          id=${fid('date')}
          data-focus="schedule-field-date"
          aria-invalid=${errorOf('date') ? 'true' : 'false'}
          aria-describedby=${described('date')}
          @change=${(e: Event) => send({ type: 'change', field: 'date', value: (e.target as HTMLSelectElement).value })}
        >
          ${form.draft.date === '' ? html`<option value="" selected></option>` : nothing}
          ${s.days.map((d) => html`<option value=${d.date} ?selected=${d.date === form.draft.date}>${this.#day(d.date)}</option>`)}
        </select>
        ${msg('date')}
      </div>
      <fieldset class="ranges" aria-describedby="${fid('ranges')}-help ${errorOf('ranges') ? `${fid('ranges')}-err` : ''}">
        <legend>${this.t('rs.overview.schedule.form.ranges')}</legend>
        <p class="muted" id="${fid('ranges')}-help">${this.t('rs.overview.schedule.form.rangesHelp')}</p>
        ${msg('ranges')}
        ${form.draft.ranges.map((r, i) => {
          const n = i + 1;
          const input = (part: 'start' | 'end') => {
            const field = `ranges.${i}.${part}`;
            return html`<div class="field">
              <label for=${fid(field)}>${this.t(part === 'start' ? 'rs.overview.schedule.form.start' : 'rs.overview.schedule.form.end')}</label>
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
                @input=${(e: Event) => send({ type: 'change-range', index: i, part, value: (e.target as HTMLInputElement).value.trim() })}
              />
              ${msg(field)}
            </div>`;
          };
          return html`<div class="range" role="group" aria-label=${this.t('rs.overview.schedule.form.rangeN', { n })}>
            <span class="range-n" aria-hidden="true">${this.t('rs.overview.schedule.form.rangeN', { n })}</span>
            ${input('start')}${input('end')}
            <button class="link danger" type="button" @click=${() => send({ type: 'remove-range', index: i })}>${this.t('rs.overview.schedule.form.removeRange', { n })}</button>
          </div>`;
        })}
        ${form.draft.ranges.length < 4
          ? html`<button class="btn secondary small" type="button" data-focus="schedule-add-range" @click=${() => send({ type: 'add-range' })}>${this.t('rs.overview.schedule.form.addRange')}</button>`
          : nothing}
      </fieldset>
      <div class="field">
        <label for=${fid('reason')}>${this.t('rs.overview.schedule.form.reason')}</label>
        <input
          id=${fid('reason')}
          data-focus="schedule-field-reason"
          .value=${form.draft.reason}
          aria-invalid=${errorOf('reason') ? 'true' : 'false'}
          aria-describedby=${described('reason')}
          @input=${(e: Event) => send({ type: 'change', field: 'reason', value: (e.target as HTMLInputElement).value })}
        />
        ${msg('reason')}
      </div>
      <div class="actions">
        <button class="btn" type="submit" aria-disabled=${form.saving ? 'true' : 'false'}>
          ${form.saving ? html`<span class="spinner" aria-hidden="true"></span>${this.t('rs.overview.schedule.form.saving')}` : this.t('rs.overview.schedule.form.save')}
        </button>
        <button class="btn secondary" type="button" @click=${() => send({ type: 'cancel' })}>${this.t('rs.overview.schedule.form.cancel')}</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'site-schedule': SiteSchedule;
  }
}
