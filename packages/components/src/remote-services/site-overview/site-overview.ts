import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  formatTimeOfDay,
  isTestModeOn,
  remainingMs,
  remoteCoreMessages,
  remoteOverviewMessages,
  testModeViewFlow,
  testModeViewTransition,
  type SiteOverview as SiteOverviewData,
  type SystemState,
  type TestModeContext,
  type TestModeEvent,
  type TestModeRequest,
  type TestModeState,
} from '@vigie/core';
import { defineElement } from '../../base/define.js';
import { clockIcon, icon, lockIcon } from '../../base/icons.js';
import { FlowController } from '../../base/flow-controller.js';
import { LoadController } from '../../base/load-controller.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { ToastController, toastStyles } from '../../base/toast.js';
import { VigieElement } from '../../base/vigie-element.js';
import { SITE_OVERVIEW_TABS, TabChangedEvent, TestModeChangedEvent, type SiteOverviewTab } from './site-overview.events.js';
import { overviewShared, styles } from './site-overview.styles.js';
import { failedBox, loadingLine, OnDemandAction } from './site-overview.parts.js';

type TestModeChange = typeof import('./site-test-mode.on-demand.js');

const api = () => import('@vigie/core/remote-services/api');

/** The code of each tab, loaded the first time it opens (the overview alone stays small), and the schedule's, once the overview painted. */
const PARTS = {
  // Internal to the overview: defined here (no define/ entry), so no bundler can drop them as unused.
  events: async () => defineElement('site-event-log', (await import('./site-event-log.js')).SiteEventLog),
  'call-lists': () => import('../../define/call-list-editor.js'),
  contacts: () => import('../../define/site-contacts.js'),
  schedule: async () => defineElement('site-schedule', (await import('./site-schedule.js')).SiteSchedule),
};
type Part = keyof typeof PARTS;

const STATE_ICONS: Readonly<Record<SystemState, ReturnType<typeof icon>>> = {
  armed: lockIcon,
  partial: icon(svg`<path d="M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10z"/><path d="M12 2v20"/>`),
  disarmed: icon(svg`<rect x="3" y="11" width="18" height="11" rx="2"/><path d="M7 11V7a5 5 0 0 1 9.9-1"/>`),
};

let uid = 0;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * RS-OVERVIEW — the overview of one site (seed 000 « Vue d'ensemble du site »): its name (and the
 * user's nickname), address and open alarms; tabs for its alarm systems (state, test mode, the
 * schedule of each day from today to today + 30 with its temporary changes), its events (the site
 * log), its call lists and its contacts. Each tab's code loads the first time it opens.
 *
 * The test mode is core's test-mode flow run by a `FlowController`: its view part (on/off, the end,
 * the countdown) is up front and ends it by itself at the end the server gave (also after the tab was
 * hidden); changing it loads on demand (`site-test-mode.on-demand.ts`: the duration choice under
 * « Mettre en mode test », a disclosure, « Démarrer », « Arrêter le mode test »'s request, their texts),
 * on intent (pointer over or focus on either button) and on the click, the button busy meanwhile. The schedule is `<site-schedule>` (core's
 * `scheduleFlow`), loaded once the overview painted; its toasts go to the overview's live region.
 * Each change is told in a toast, and the server refuses what core refuses.
 *
 * @tagname site-overview
 * @summary The overview of a site: open alarms, systems, test mode, schedule, log, call lists, contacts (RS-OVERVIEW).
 * @fires {TestModeChangedEvent} test-mode-changed - The test mode started, stopped or ended by itself (`siteId`, `until`).
 * @fires {ScheduleChangedEvent} schedule-changed - A temporary change was saved or removed (`siteId`, `date`).
 * @fires {TabChangedEvent} tab-changed - The user opened another tab (`tab`).
 * @csspart base - The wrapper.
 * @csspart header - The site's name, nickname and address.
 * @csspart alarms - The open alarms (`<active-alarms site-id>`).
 * @csspart tabs - The tab list.
 * @csspart tab - One tab.
 * @csspart panel - The open tab's panel.
 * @csspart system - One alarm system.
 * @csspart state - A system's state (text and icon).
 * @csspart test-mode - The test mode section.
 * @csspart timer - The test mode's remaining time.
 * @csspart schedule - The schedule section.
 * @csspart day - One day of the schedule.
 * @csspart form - The temporary change form.
 * @csspart toasts - The toasts' live region.
 * @cssprop --site-overview-state-armed - Colour of the « Activé » state (defaults to the success colour).
 * @cssprop --site-overview-state-partial - Colour of the « Partiel » state (defaults to the warning colour).
 */
export class SiteOverview extends VigieElement {
  static override messages = [remoteCoreMessages, remoteOverviewMessages];
  static override styles = [tokens, spinnerStyles, toastStyles, overviewShared, styles];

  /** The site shown. Without it, a prompt to choose one. */
  @property({ attribute: 'site-id', reflect: true }) siteId = '';

  /** The open tab: `systems` (default), `events`, `call-lists` or `contacts`. */
  @property({ reflect: true }) tab: SiteOverviewTab = 'systems';

  /** Nicknames given since the load (`site-renamed` from `<id-pin-links>`). */
  @state() private nicknames = new Map<string, string | null>();
  @state() private parts: Partial<Record<Part, 'loading' | 'ready' | 'error'>> = {};
  /** « Mettre en mode test » is open (the duration choice shows while the mode is off). */
  @state() private testModeOpen = false;

  #id = `so${++uid}`;
  #toasts = new ToastController(
    this,
    (m) => this.t(m.key, m.params),
    () => this.t('common.close'),
  );
  #overview = new LoadController<SiteOverviewData>(this, async (signal) =>
    (await api()).getSiteOverview(this.services!.client, this.siteId, { signal }),
  );
  #lastLoad?: unknown;
  #tick?: ReturnType<typeof setTimeout>;

  #t = this.t.bind(this);
  /** Changing the test mode (its form, the change part of the flow, their texts): on the user's action. */
  #change = new OnDemandAction<TestModeChange>(
    this,
    this.#t,
    () => this.services!.locale,
    () => import('./site-test-mode.on-demand.js'),
  );

  #testMode = new FlowController<TestModeState, TestModeEvent, TestModeRequest, TestModeContext>(this, {
    // The state and its end; a change event is the change module's (it is there: the user's action waited for it).
    flow: {
      ...testModeViewFlow,
      transition: (s, e, ctx) =>
        testModeViewTransition(s, e, ctx) ?? this.#change.module?.testModeChangeTransition(s, e, ctx) ?? { state: s, effects: [] },
    },
    clock: () => this.services!.clock,
    context: () => ({ now: this.services!.clock.now(), siteId: this.siteId }),
    run: async (request, signal) => (await api()).testModeRunner(this.services!.client)(request, signal),
    events: {
      'test-mode-changed': (d) => new TestModeChangedEvent((d as { siteId: string }).siteId, (d as { until: string | null }).until),
    },
    toasts: this.#toasts,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('site-renamed', this.#onRenamed);
    this.addEventListener('contacts-tab-requested', this.#onContactsRequested);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('site-renamed', this.#onRenamed);
    this.removeEventListener('contacts-tab-requested', this.#onContactsRequested);
    clearTimeout(this.#tick);
  }

  #onRenamed = (e: Event) => {
    const { siteId, nickname } = e as Event & { siteId?: string; nickname?: string | null };
    if (typeof siteId === 'string') this.nicknames = new Map(this.nicknames).set(siteId, nickname ?? null);
  };

  /** RS-CALL: « the person is missing » — the call-list editor asks for the contacts tab. */
  #onContactsRequested = (e: Event) => {
    e.preventDefault();
    void this.#open('contacts', true);
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!SITE_OVERVIEW_TABS.includes(this.tab)) this.tab = 'systems';
    const client = this.services?.client;
    const key = client && this.siteId ? `${this.siteId}` : undefined;
    if (client && key && (key !== this.#lastLoad || changed.has('siteId'))) {
      if (this.#lastLoad !== undefined) this.#testMode.restart();
      this.#lastLoad = key;
      void this.#overview.run();
      // The test mode and the schedule load beside the overview (their flows start on first read).
      void this.#testMode.state;
    }
    if (changed.has('tab') && this.tab !== 'systems') void this.#load(this.tab);
    // Once on, « Mettre en mode test » closes (it shows closed when the mode is off again).
    if (this.testModeOpen && this.#testMode.started && isTestModeOn(this.#testMode.state, this.services!.clock.now()))
      this.testModeOpen = false;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // « Alarmes ouvertes »: the live list's code arrives after the overview painted.
    void import('../../define/active-alarms.js').catch(() => undefined);
  }

  protected override updated(): void {
    // The schedule (its flow, form and texts) loads with its own code once the overview painted.
    if (this.#overview.state.status === 'success') void this.#load('schedule');
    // The countdown's text changes each second while the test mode is on (the timer is not live: not re-read).
    clearTimeout(this.#tick);
    const clock = this.services?.clock;
    if (!clock || clock.fixed || !this.siteId || !this.#testMode.started) return;
    const left = remainingMs(this.#testMode.state, clock.now());
    if (left > 0) this.#tick = setTimeout(() => this.requestUpdate(), (left % 1000) + 5);
  }

  async #load(part: Part) {
    if (this.parts[part] === 'ready' || this.parts[part] === 'loading') return;
    this.parts = { ...this.parts, [part]: 'loading' };
    try {
      await PARTS[part]();
      this.parts = { ...this.parts, [part]: 'ready' };
    } catch {
      this.parts = { ...this.parts, [part]: 'error' };
    }
  }

  /** A part's element once its code is there; meanwhile a loading line, or the failure with « Réessayer ». */
  #part(part: Part, ready: () => unknown) {
    const status = this.parts[part];
    return status === 'ready'
      ? ready()
      : status === 'error'
        ? failedBox(this.#t, this.t('rs.overview.tab.error'), () => this.#load(part))
        : loadingLine(this.#t);
  }

  async #open(tab: SiteOverviewTab, focus: boolean) {
    if (tab !== this.tab) {
      this.tab = tab;
      const changed = new TabChangedEvent(tab);
      this.dispatchEvent(changed);
    }
    if (focus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${this.#id}-tab-${tab}`)?.focus();
    }
  }

  /** « Réessayer » after the overview failed: everything that failed with it is asked again. */
  #retry = () => {
    void this.#overview.run();
    if (this.#testMode.state.status === 'error') this.#testMode.send({ type: 'retry' });
  };

  #onTabKey(e: KeyboardEvent) {
    const i = SITE_OVERVIEW_TABS.indexOf(this.tab);
    const n = SITE_OVERVIEW_TABS.length;
    const next = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    void this.#open(SITE_OVERVIEW_TABS[next]!, true);
  }

  protected override render() {
    if (!this.services) return this.renderMissingProvider();
    if (!this.siteId) return html`<div part="base" class="base"><p class="state prompt">${this.t('rs.overview.prompt')}</p></div>`;
    const load = this.#overview.state;
    if (load.status !== 'success') {
      return html`<div part="base" class="base" aria-busy=${load.status === 'error' ? 'false' : 'true'}>
        ${load.status === 'error' ? failedBox(this.#t, this.t('rs.overview.error'), this.#retry, this.services.describeFailure(load.failure)) : loadingLine(this.#t)}
      </div>`;
    }
    const { site, systems } = load.value;
    const nickname = this.nicknames.has(site.id) ? this.nicknames.get(site.id) : site.nickname;
    return html`<div part="base" class="base">
      <div part="header" class="header">
        <h2 class="title">${nickname || site.name}</h2>
        ${nickname ? html`<p class="muted">${this.t('rs.overview.officialName', { name: site.name })}</p>` : nothing}
        <p class="muted">${site.address.street}, ${site.address.postalCode} ${site.address.city}</p>
      </div>
      <!-- « Alarmes ouvertes »: the live list titles itself. -->
      <active-alarms class="alarms" site-id=${site.id} exportparts="base: alarms"></active-alarms>
      <div part="tabs" class="tabs" role="tablist" aria-label=${this.t('rs.overview.tabs')} @keydown=${this.#onTabKey}>
        ${SITE_OVERVIEW_TABS.map(
          (tab) => html`<button
            part="tab"
            class="tab"
            role="tab"
            type="button"
            id="${this.#id}-tab-${tab}"
            aria-controls="${this.#id}-panel-${tab}"
            aria-selected=${tab === this.tab ? 'true' : 'false'}
            tabindex=${tab === this.tab ? 0 : -1}
            @click=${() => this.#open(tab, false)}
          >
            ${this.t(`rs.overview.tab.${tab}`)}
          </button>`,
        )}
      </div>
      ${SITE_OVERVIEW_TABS.map(
        (
          tab,
        ) => html`<div part="panel" class="panel" role="tabpanel" id="${this.#id}-panel-${tab}" aria-labelledby="${this.#id}-tab-${tab}" tabindex="0" ?hidden=${tab !== this.tab}>
          ${tab === this.tab || this.parts[tab as Part] === 'ready' ? this.#renderPanel(tab, site.id, systems) : nothing}
        </div>`,
      )}
      ${this.#toasts.render()}
    </div>`;
  }

  #renderPanel(tab: SiteOverviewTab, siteId: string, systems: SiteOverviewData['systems']) {
    if (tab === 'systems') {
      return [
        this.#renderSystems(systems),
        this.#renderTestMode(),
        this.#part(
          'schedule',
          () => html`<site-schedule site-id=${siteId} .toasts=${this.#toasts} exportparts="base: schedule, day, form"></site-schedule>`,
        ),
      ];
    }
    return this.#part(tab, () =>
      tab === 'events'
        ? html`<site-event-log site-id=${siteId}></site-event-log>`
        : tab === 'call-lists'
          ? html`<call-list-editor site-id=${siteId}></call-list-editor>`
          : html`<site-contacts site-id=${siteId}></site-contacts>`,
    );
  }

  #renderSystems(systems: SiteOverviewData['systems']) {
    return html`<section aria-labelledby="${this.#id}-systems">
      <h3 id="${this.#id}-systems">${this.t('rs.overview.systems.title')}</h3>
      ${
        systems.length === 0
          ? html`<p class="state empty">${this.t('rs.overview.systems.empty')}</p>`
          : html`<ul class="systems">
            ${systems.map(
              (s) => html`<li part="system" class="system">
                <span class="system-name">${s.name}<span class="muted">${this.t(`rs.system.kind.${s.kind}`)}</span></span>
                <span part="state" class="state-chip ${s.state}">${STATE_ICONS[s.state]}${this.t(`rs.system.state.${s.state}`)}</span>
              </li>`,
            )}
          </ul>`
      }
    </section>`;
  }

  #remaining(ms: number): string {
    const total = Math.ceil(ms / 1000);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    if (h > 0) return this.t('rs.overview.remaining.hm', { h, m: pad(m) });
    if (m > 0) return this.t('rs.overview.remaining.ms', { m, s: pad(s) });
    return this.t('rs.overview.remaining.s', { s });
  }

  #renderTestMode() {
    const tm = this.#testMode.state;
    const on = isTestModeOn(tm, this.services!.clock.now());
    const form = `${this.#id}-tm-form`;
    let body;
    if (tm.status === 'loading') body = loadingLine(this.#t);
    else if (tm.status === 'error')
      body = failedBox(this.#t, this.t('rs.overview.testMode.error'), () => this.#testMode.send({ type: 'retry' }));
    else if (on) {
      const stopping = tm.status === 'stopping';
      body = html`<p class="tm-status on">${clockIcon}<strong>${this.t('rs.overview.testMode.on', { time: formatTimeOfDay(Date.parse(tm.until!)) })}</strong></p>
        <p part="timer" class="timer" role="timer" aria-live="off">${this.t('rs.overview.testMode.remaining', { duration: this.#remaining(remainingMs(tm, this.services!.clock.now())) })}</p>
        <button
          class="btn danger"
          type="button"
          data-focus="test-mode-stop"
          aria-disabled=${stopping ? 'true' : 'false'}
          aria-busy=${this.#change.busy('stop')}
          @pointerenter=${this.#change.intent}
          @focus=${this.#change.intent}
          @click=${() => stopping || this.#change.act('stop', () => this.#testMode.send({ type: 'stop' }))}
        >
          ${stopping ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.t('rs.overview.testMode.stop')}
        </button>`;
    } else {
      // « Mettre en mode test » shows the duration choice and « Démarrer » (a disclosure).
      const open = this.testModeOpen && this.#change.module;
      body = html`<p class="tm-status">${this.t('rs.overview.testMode.off')}</p>
        <button
          class="btn"
          type="button"
          data-focus="test-mode-start"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${form}
          aria-busy=${this.#change.busy('open')}
          @pointerenter=${this.#change.intent}
          @focus=${this.#change.intent}
          @click=${() => this.#change.act('open', () => (this.testModeOpen = !open))}
        >
          ${this.t('rs.overview.testMode.start')}
        </button>
        ${open ? this.#change.module!.renderTestModeForm({ id: form, t: this.#t, send: (e) => this.#testMode.send(e) }, tm) : nothing}`;
    }
    return html`<section part="test-mode" class="box test-mode ${on ? 'on' : ''}" aria-labelledby="${this.#id}-tm">
      <h3 id="${this.#id}-tm">${this.t('rs.overview.testMode.title')}</h3>
      <p class="muted">${this.t('rs.overview.testMode.help')}</p>
      ${body}${this.#change.failure()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'site-overview': SiteOverview;
  }
}
