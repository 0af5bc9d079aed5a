import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  remoteCoreMessages,
  remoteOverviewScheduleMessages,
  scheduleViewFlow,
  scheduleViewTransition,
  weekdayOf,
  type ScheduleContext,
  type ScheduleEvent,
  type ScheduleRequest,
  type ScheduleState,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { FlowController } from '../../base/flow-controller.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import type { ToastController } from '../../base/toast.js';
import { VigieElement } from '../../base/vigie-element.js';
import { failedBox, loadingLine, OnDemandAction } from './site-overview.parts.js';
import { ScheduleChangedEvent } from './site-overview.events.js';
import { overviewShared } from './site-overview.styles.js';
import { scheduleStyles } from './site-schedule.styles.js';

let uid = 0;
type Editor = typeof import('./site-schedule-editor.on-demand.js');

/**
 * RS-OVERVIEW — the schedule of a site, part of `<site-overview>` (loaded with its own code once the
 * overview painted): each day from today to today + 30 with its opening hours, and the temporary
 * changes (add, edit, remove) through core's `scheduleFlow`. Only those 31 days can be chosen (the
 * server refuses the others too); a refused change shows each error under its field and keeps what
 * was typed; each outcome is told in a toast in the overview's live region (`toasts`).
 *
 * The days are core's `scheduleViewFlow`; the editor (the form, the edit part of the flow, their
 * texts) loads on demand, on intent (pointer over or focus on « Ajouter », « Modifier »,
 * « Supprimer ») and on the click, which waits for it with the button busy.
 *
 * Defined as `site-schedule` by `<site-overview>` when it loads it (not a public entry).
 *
 * @summary The schedule of a site, day by day to today + 30, with its temporary changes (RS-OVERVIEW).
 * @fires {ScheduleChangedEvent} schedule-changed - A temporary change was saved or removed (`siteId`, `date`).
 */
export class SiteSchedule extends VigieElement {
  static override messages = [remoteCoreMessages, remoteOverviewScheduleMessages];
  static override styles = [tokens, spinnerStyles, overviewShared, scheduleStyles];

  @property({ attribute: 'site-id' }) siteId = '';
  /** Where the toasts go: the overview's live region. */
  @property({ attribute: false }) toasts?: ToastController;

  #id = `ss${++uid}`;
  #lastSite?: string;
  #t = this.t.bind(this);
  #editor = new OnDemandAction<Editor>(
    this,
    this.#t,
    () => this.services!.locale,
    () => import('./site-schedule-editor.on-demand.js'),
  );

  #flow = new FlowController<ScheduleState, ScheduleEvent, ScheduleRequest, ScheduleContext>(this, {
    // The days; an edit event is the editor's (it is there: the user's action waited for it).
    flow: {
      init: scheduleViewFlow.init,
      transition: (s, e, ctx) =>
        scheduleViewTransition(s, e) ?? this.#editor.module?.scheduleEditTransition(s, e, ctx) ?? { state: s, effects: [] },
    },
    clock: () => this.services!.clock,
    context: () => ({ now: this.services!.clock.now(), siteId: this.siteId }),
    run: async (request, signal) =>
      (await import('@vigie/core/remote-services/api')).scheduleRunner(this.services!.client)(request, signal),
    events: { 'schedule-changed': (d) => new ScheduleChangedEvent((d as { siteId: string }).siteId, (d as { date: string }).date) },
    toasts: { show: (m, tone) => this.toasts?.show(m, tone) } as ToastController,
  });

  /** An edit action: at once when the editor is there, else once it loaded (the button busy meanwhile). */
  #act(key: string, ...events: ScheduleEvent[]) {
    this.#editor.act(key, () => events.forEach((e) => this.#flow.send(e)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('siteId') && this.#lastSite !== undefined && this.siteId !== this.#lastSite) this.#flow.restart();
    this.#lastSite = this.siteId;
  }

  #editorHost = { id: this.#id, t: this.#t, day: (date: string) => this.#day(date), send: (e: ScheduleEvent) => this.#flow.send(e) };

  #day(date: string): string {
    return `${this.t(`rs.overview.weekday.${weekdayOf(date)}` as 'rs.overview.weekday.0')} ${formatDate(this.services!.locale, date)}`;
  }

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const s = this.#flow.state;
    const send = (e: ScheduleEvent) => this.#flow.send(e);
    let body;
    if (s.status === 'loading') body = loadingLine(this.#t);
    else if (s.status === 'error')
      body = failedBox(
        this.#t,
        this.t('rs.overview.schedule.error'),
        () => send({ type: 'retry' }),
        this.services.describeFailure(s.failure!),
      );
    else {
      const byId = new Map(s.exceptions.map((e) => [e.id, e]));
      body = html`${
        s.form
          ? this.#editor.module!.renderScheduleForm(this.#editorHost, s)
          : html`<button class="btn secondary" type="button" data-focus="schedule-add" aria-busy=${this.#editor.busy('add')} @pointerenter=${this.#editor.intent} @focus=${this.#editor.intent} @click=${() => this.#act('add', { type: 'add' })}>
              ${this.t('rs.overview.schedule.add')}
            </button>`
      }
        ${this.#editor.failure()}
        <div class="days-scroll" role="region" tabindex="0" aria-label=${this.t('rs.overview.schedule.days')}>
          <ol class="days">
            ${s.days.map((d) => {
              const e = d.exceptionId ? byId.get(d.exceptionId) : undefined;
              const date = formatDate(this.services!.locale, d.date);
              return html`<li part="day" class="day ${e ? 'temporary' : ''} ${d.date === s.selected ? 'selected' : ''}">
                <span class="day-date">${this.#day(d.date)}${d.date === s.today ? html` <span class="badge">${this.t('rs.overview.schedule.today')}</span>` : nothing}</span>
                <span class="day-hours">
                  <span
                    >${
                      d.ranges.length === 0
                        ? this.t('rs.overview.schedule.closed')
                        : d.ranges.map(
                            (r, i) =>
                              html`${i > 0 ? ', ' : ''}<span class="nowrap">${this.t('rs.overview.schedule.range', { start: r.start, end: r.end })}</span>`,
                          )
                    }</span
                  >
                  <span class="muted">${e ? this.t('rs.overview.schedule.temporary') : this.t('rs.overview.schedule.weekly')}${e?.reason ? ` · ${this.t('rs.overview.schedule.reason', { reason: e.reason })}` : ''}</span>
                </span>
                <span class="day-actions">
                  <button
                    class="link"
                    type="button"
                    data-focus="day-${d.date}"
                    aria-busy=${this.#editor.busy(d.date)}
                    @pointerenter=${this.#editor.intent}
                    @focus=${this.#editor.intent}
                    aria-label=${e ? this.t('rs.overview.schedule.editLabel', { date }) : this.t('rs.overview.schedule.changeDayLabel', { date })}
                    @click=${() => (e ? this.#act(d.date, { type: 'edit', id: e.id }) : this.#act(d.date, { type: 'select', date: d.date }, { type: 'add' }))}
                  >
                    ${this.t('rs.overview.schedule.edit')}
                  </button>
                  ${
                    e
                      ? html`<button class="link danger" type="button" aria-label=${this.t('rs.overview.schedule.removeLabel', { date })} aria-disabled=${s.removing ? 'true' : 'false'}
                        aria-busy=${this.#editor.busy(`remove-${e.id}`)}
                        @pointerenter=${this.#editor.intent}
                        @focus=${this.#editor.intent}
                        @click=${() => this.#act(`remove-${e.id}`, { type: 'remove', id: e.id })}
                      >
                        ${this.t('rs.overview.schedule.remove')}
                      </button>`
                      : nothing
                  }
                </span>
              </li>`;
            })}
          </ol>
        </div>`;
    }
    return html`<section part="base" class="box schedule" aria-labelledby="${this.#id}-sc">
      <h3 id="${this.#id}-sc">${this.t('rs.overview.schedule.title')}</h3>
      <p class="muted">${this.t('rs.overview.schedule.help')}</p>
      ${body}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'site-schedule': SiteSchedule;
  }
}
