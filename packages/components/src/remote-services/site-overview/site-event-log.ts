import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  addDays,
  calendarDateOf,
  filterLog,
  formatTimeOfDay,
  LOG_GROUPS,
  remoteOverviewLogMessages,
  SITE_LOG_DAYS,
  type LogEntry,
  type LogGroup,
} from '@vigie/core';
import { formatDate } from '@vigie/core/i18n';
import { errorIcon } from '../../base/icons.js';
import { LoadController } from '../../base/load-controller.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { VigieElement } from '../../base/vigie-element.js';

let uid = 0;

/**
 * RS-OVERVIEW — the « Événements » tab of `<site-overview>`: the site log of the last 30 days (seed
 * 000 « Consulter le journal du site »), newest first, filtered by kind and by days with core's
 * `filterLog` (no request per filter change). Loaded with its own code the first time the tab opens.
 *
 * Defined as `site-event-log` by `<site-overview>` when the tab opens (not a public entry).
 * @summary The site log with its filters (the events tab of `<site-overview>`, RS-OVERVIEW).
 * @csspart filters - The filter form.
 * @csspart entry - One log entry.
 */
export class SiteEventLog extends VigieElement {
  static override messages = [remoteOverviewLogMessages];
  static override styles = [
    tokens,
    spinnerStyles,
    css`
      :host {
        display: grid;
        gap: 0.75rem;
      }
      h3,
      p {
        margin: 0;
      }
      fieldset {
        margin: 0;
        padding: 0.75rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: end;
        min-inline-size: 0;
      }
      legend {
        font-weight: 600;
      }
      .kinds {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        inline-size: 100%;
      }
      .check {
        display: inline-flex;
        gap: 0.4rem;
        align-items: center;
        min-block-size: 2.75rem;
      }
      .check input {
        inline-size: 1.2rem;
        block-size: 1.2rem;
      }
      label.date {
        display: grid;
        gap: 0.2rem;
        font-weight: 600;
      }
      input[type='date'] {
        font: inherit;
        min-block-size: 2.5rem;
        padding: 0.3rem 0.5rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
      }
      .link {
        min-block-size: 2.75rem;
        border: 0;
        background: none;
        color: var(--_accent);
        font-weight: 600;
        text-decoration: underline;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      li {
        display: grid;
        grid-template-columns: 9.5rem 1fr;
        gap: 0.1rem 0.75rem;
        padding: 0.45rem 0.75rem;
        border-block-end: 1px solid var(--_border);
      }
      li:last-child {
        border-block-end: 0;
      }
      li.alarm {
        border-inline-start: 4px solid var(--_danger-border);
      }
      li.test-mode {
        border-inline-start: 4px solid var(--_warning-border);
      }
      time {
        color: var(--_muted);
        font-variant-numeric: tabular-nums;
      }
      .what {
        font-weight: 600;
      }
      .muted {
        color: var(--_muted);
      }
      .state {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
      }
      .state.error {
        padding: 0.75rem 1rem;
        border: 1px solid var(--_danger-border);
        border-radius: var(--_radius);
        background: var(--_danger-bg);
        color: var(--_danger-fg);
      }
      @container (max-width: 34rem) {
        li {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  @property({ attribute: 'site-id' }) siteId = '';
  @state() private groups: readonly LogGroup[] = [];
  @state() private from = '';
  @state() private to = '';

  #id = `sel${++uid}`;
  #lastLoad?: string;
  #load = new LoadController<readonly LogEntry[]>(
    this,
    async (signal) =>
      (await (await import('@vigie/core/remote-services/api')).getSiteLog(this.services!.client, this.siteId, {}, { signal })).entries,
  );

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (this.services?.client && this.siteId && this.siteId !== this.#lastLoad) {
      this.#lastLoad = this.siteId;
      void this.#load.run();
    }
  }

  #toggle(group: LogGroup, on: boolean) {
    this.groups = on ? [...this.groups, group] : this.groups.filter((g) => g !== group);
  }

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    const state = this.#load.state;
    const title = html`<h3>${this.t('rs.overview.log.title')}</h3>`;
    if (state.status === 'error') {
      return html`${title}
        <div class="state error" role="alert">
          ${errorIcon}
          <div>
            <p>${this.t('rs.overview.log.error')}</p>
            <p>${this.services.describeFailure(state.failure)}</p>
            <button class="btn" @click=${() => this.#load.run()}>${this.t('common.retry')}</button>
          </div>
        </div>`;
    }
    if (state.status !== 'success')
      return html`${title}<p class="state" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>`;
    const locale = this.services.locale;
    const today = calendarDateOf(this.services.clock.now());
    const first = addDays(today, -(SITE_LOG_DAYS - 1));
    const shown = filterLog(state.value, { groups: this.groups, from: this.from || undefined, to: this.to || undefined });
    const filtered = this.groups.length > 0 || this.from || this.to;
    return html`${title}
      <fieldset part="filters">
        <legend>${this.t('rs.overview.log.filters')}</legend>
        <div class="kinds" role="group" aria-label=${this.t('rs.overview.log.kinds')}>
          ${LOG_GROUPS.map(
            (g) => html`<label class="check"
              ><input type="checkbox" .checked=${this.groups.includes(g)} @change=${(e: Event) => this.#toggle(g, (e.target as HTMLInputElement).checked)} />${this.t(`rs.overview.log.group.${g}`)}</label
            >`,
          )}
        </div>
        <label class="date">${this.t('rs.overview.log.from')}
          <input type="date" min=${first} max=${today} .value=${this.from} @change=${(e: Event) => (this.from = (e.target as HTMLInputElement).value)} />
        </label>
        <label class="date">${this.t('rs.overview.log.to')}
          <input type="date" min=${first} max=${today} .value=${this.to} @change=${(e: Event) => (this.to = (e.target as HTMLInputElement).value)} />
        </label>
        ${filtered ? html`<button class="link" type="button" @click=${() => ((this.groups = []), (this.from = ''), (this.to = ''))}>${this.t('rs.overview.log.reset')}</button>` : nothing}
      </fieldset>
      <p role="status" id="${this.#id}-count">${this.t('rs.overview.log.count', { count: shown.length })}</p>
      ${
        shown.length === 0
          ? html`<p class="muted">${this.t('rs.overview.log.empty')}</p>`
          : html`<ol aria-labelledby="${this.#id}-count">
            ${shown.map((e) => {
              const at = Date.parse(e.at);
              const group = e.kind.startsWith('alarm') ? 'alarm' : e.kind.startsWith('test-mode') ? 'test-mode' : '';
              return html`<li part="entry" class=${group}>
                <time datetime=${e.at}>${formatDate(locale, calendarDateOf(at))} ${formatTimeOfDay(at)}</time>
                <span
                  ><span class="what">${this.t(`rs.overview.log.kind.${e.kind}`)}</span>${e.systemName ? html` · ${e.systemName}` : nothing}${e.detail ? html` · ${e.detail}` : nothing}${
                    e.actor ? html` <span class="muted">${this.t('rs.overview.log.by', { actor: e.actor })}</span>` : nothing
                  }</span
                >
              </li>`;
            })}
          </ol>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'site-event-log': SiteEventLog;
  }
}
