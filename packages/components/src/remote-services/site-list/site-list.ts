import { html, nothing, render, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { createRef } from 'lit/directives/ref.js';
import {
  SITE_GROUP_ROW,
  SITE_SORT_COLUMNS,
  SITE_SORT_DIRECTIONS,
  SITE_TEST_MODE_FILTERS,
  SYSTEM_STATES,
  buildSiteIndex,
  calendarDateOf,
  formatTimeOfDay,
  isSiteGroupRow,
  prepareSiteIndex,
  remoteSitesMessages,
  setSiteLabels,
  siteAt,
  sitePositionOf,
  siteTestModeOn,
  siteTitle,
  updateSite,
  viewSites,
  type IdPinLink,
  type Locale,
  type Site,
  type SiteIndex,
  type SiteLabels,
  type SiteSort,
  type SiteSortColumn,
  type SiteSortDirection,
  type SiteTestModeFilter,
  type SystemState,
} from '@vigie/core';
import { formatDate, loadMessages, messagesLoaded, toLocale } from '@vigie/core/i18n';
import { icon, searchIcon } from '../../base/icons.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { LoadController } from '../../base/load-controller.js';
import { OnDemand } from '../../base/on-demand.js';
import { LiveAnnouncer } from '../../base/live-announcer.js';
import { VigieElement } from '../../base/vigie-element.js';
import {
  VirtualTableController,
  labelStackedCells,
  listEmpty,
  listError,
  listLoading,
  listSearchInput,
  virtualTable,
  whenIdle,
  type RowMetrics,
} from '../../base/virtual-table/virtual-table.js';
import { sortControls, sortHeader, sortOnClick, type SortControlTexts } from '../../base/virtual-table/sort-header.js';
import { virtualListStyles, virtualTableStyles } from '../../base/virtual-table/virtual-table.styles.js';
import { SiteSelectedEvent } from './site-list.events.js';
import { styles } from './site-list.styles.js';

/** Geometry until the first measure (3.5rem rows, 3rem header at 16 px; a 36rem viewport). */
const DEFAULT_METRICS: RowMetrics = { rowHeight: 56, headHeight: 48, viewport: 576 };
/** Screen readers hear the number of results once typing pauses. */
const ANNOUNCE_DELAY_MS = 700;
/** The longest a timer may wait (setTimeout's limit); a test mode ending later is checked again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const NO_ROWS = new Uint32Array(0);

const filterIcon = icon(svg`<path d="M22 3H2l8 9.46V19l4 2v-8.54L22 3z"/>`);

/** Texts resolved once per locale: every row reads them. */
interface SiteTexts {
  readonly locale: Locale;
  readonly state: Readonly<Record<SystemState, string>>;
  readonly until: (until: string, now: number) => string;
  readonly noTestMode: string;
  readonly alarms: (n: number) => string;
  readonly group: (identifiers: readonly string[]) => string;
  readonly groupCount: (n: number) => string;
  readonly shared: string;
  readonly noLink: string;
}

let uid = 0;

/**
 * RS-SITES — « Sites » (seed 000: « Visualisez tous vos sites disponibles et vérifiez l'état des
 * alarmes »): every site the user watches, with its alarm state (an icon AND its text), its
 * nickname, its address, its test mode (a badge with its end time) and its open alarms; a search
 * (name, nickname, address, ID — accents and case ignored), filters by location (town or postal
 * code) and test mode (on / off) in the « Filtres » panel, a sort on every column (French order),
 * and the sites grouped by
 * the ID & PIN they come through (a site reached through several pairs appears once, under all of
 * them). Choosing a site (its name is a button: pointer, Enter, Space; ↑ / ↓ go from site to site)
 * fires `site-selected`; `selected-site-id` marks the current one (`aria-current`).
 *
 * Fluid at 5,000 sites and more: the table is the virtual table the roster uses
 * (`base/virtual-table/`): only the rows in view and a few more are in the DOM (under 2,000 nodes
 * whatever the number of sites), recycled as it scrolls; search, filters and sort run through
 * core's site index (`viewSites`), whose search texts and orders are prepared in idle time after
 * the first paint. The filter panel's fields are loaded on demand, when the user opens « Filtres »
 * (`site-filters.on-demand.ts`); the filtering is the list's, so `location` and `test-mode-filter`
 * set by the host filter the first screen, and « Filtres (n) » says how many apply.
 *
 * The list follows the clock: a test mode that ends leaves the « Activé » filter and loses its
 * badge at its end, without a reload (and again when the tab becomes visible). It follows the
 * other widgets too, through their events heard on the document: a nickname given in
 * `<id-pin-links>` (`site-renamed`) shows at once, a test mode started or stopped in
 * `<site-overview>` (`test-mode-changed`) too, and an ID & PIN linked or removed
 * (`id-pin-linked`, `id-pin-unlinked`) reads the sites again.
 *
 * **Feeding sites without the API** (hosts that already have them, benchmarks): set `sites` and
 * `links`; nothing is fetched then.
 *
 * @tagname site-list
 * @summary The sites of Remote Services: state, search, filters, sort, grouped by ID & PIN (RS-SITES).
 * @fires {SiteSelectedEvent} site-selected - A site was chosen (`siteId`): open its overview.
 * @csspart base - The wrapper.
 * @csspart title - The « Sites » heading.
 * @csspart tools - The search and the filters.
 * @csspart search-input - The search field.
 * @csspart filters-button - « Filtres »: opens the panel of the location and test-mode filters (says how many apply).
 * @csspart location-input - The location field (town or postal code), in the « Filtres » panel.
 * @csspart test-mode-filter - The test-mode filter (all, on, off), in the « Filtres » panel.
 * @csspart count - How many sites the list shows.
 * @csspart scroller - The scrolling region around the table.
 * @csspart table - The table.
 * @csspart empty - No site at all, or no site for the search and filters.
 * @csspart error - The loading error, with « Réessayer ».
 * @csspart sort-controls - « Trier par » and « Ordre », shown where rows stack (narrow containers).
 * @cssprop --site-list-height - The tallest the scrolling list grows (default `36rem`).
 * @cssprop --site-list-row-height - The height of every row (default `3.5rem`).
 * @cssprop --site-list-stacked-row-height - The height of a row in a container narrower than 48rem, where each row stacks its cells (default `8rem`).
 */
export class SiteList extends VigieElement {
  static override messages = [remoteSitesMessages];

  static override styles = [tokens, spinnerStyles, virtualTableStyles, virtualListStyles, styles];

  /** The site shown by the host (its overview): marked `aria-current` in the list. */
  @property({ attribute: 'selected-site-id', reflect: true }) selectedSiteId?: string;

  /** The sites, when the host already has them (with `links`): nothing is fetched. */
  @property({ attribute: false }) sites?: readonly Site[];

  /** The user's ID & PIN links, with `sites`. */
  @property({ attribute: false }) links?: readonly IdPinLink[];

  /** The search, as typed (name, nickname, address, ID; accents and case ignored). */
  @property() query = '';

  /** The location filter: a town or the start of a postal code (« 69 »). */
  @property() location = '';

  /** The test-mode filter: `all` (default), `on`, `off`. */
  @property({ attribute: 'test-mode-filter', reflect: true }) testModeFilter: SiteTestModeFilter = 'all';

  /** The column the list is sorted by: `name` (default), `location`, `state`, `testMode`, `openAlarms`. */
  @property({ attribute: 'sort-column', reflect: true }) sortColumn: SiteSortColumn = 'name';

  /** `ascending` (default) or `descending`. */
  @property({ attribute: 'sort-direction', reflect: true }) sortDirection: SiteSortDirection = 'ascending';

  /** `link` (default): sites grouped by their ID & PIN links; `none`: one list. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: 'link' | 'none' = 'link';

  /** Hides the heading (when the host page already titles the list). */
  @property({ type: Boolean, attribute: 'hide-title' }) hideTitle = false;

  /** « Filtres » is open: the panel shows (its code loads on demand). */
  @state() private filtersOpen = false;

  readonly #id = `sl${++uid}`;
  #index?: SiteIndex;
  #view: Uint32Array = NO_ROWS;
  #count = 0;
  #groupSizes?: Uint32Array;
  #stamp = 0;
  #texts?: SiteTexts;
  #now = 0;
  #client?: unknown;
  #idleWork?: (() => void) | null;
  /** The polite live region (the count once typing pauses, a sort): shared with `<passport-roster>`. */
  readonly #announcer = new LiveAnnouncer(this);
  #clockTimer?: ReturnType<typeof setTimeout>;

  /** The sites from the API (the data layer loads with the first read); the rows shown stay while they are read again. */
  readonly #load = new LoadController(
    this,
    async (signal) => (await import('@vigie/core/remote-services/api')).listRemoteSites(this.services!.client, { signal }),
    (body) => this.#setData(body.sites, body.links),
  );
  readonly #filters = new OnDemand(this, () => import('./site-filters.on-demand.js'));
  readonly #scrollerRef = createRef<HTMLDivElement>();
  readonly #bodyRef = createRef<HTMLTableSectionElement>();
  readonly #table = new VirtualTableController(this, {
    scroller: () => this.#scrollerRef.value,
    body: () => this.#bodyRef.value,
    view: () => this.#view,
    paint: (tr, position, index) => this.#paintRow(tr, position, index),
    stamp: () => this.#stamp,
    defaultAction: 'open',
    metrics: DEFAULT_METRICS,
  });

  // ── public API ─────────────────────────────────────────────────────────────────────────

  /** How many sites the list shows (those matching the search and filters). */
  get matchCount(): number {
    return this.#count;
  }

  /** How many sites the user has. */
  get totalCount(): number {
    return this.#index?.sites.length ?? 0;
  }

  /** Loads the sites again (the rows shown stay until the new ones arrive). Nothing to do with `sites`. */
  refresh(): Promise<void> {
    return this.sites ? Promise.resolve() : this.#load.run();
  }

  /** Scrolls so that a site is in view (e.g. the one selected elsewhere); `await updateComplete` for its DOM. */
  async revealSite(siteId: string): Promise<void> {
    const position = this.#index && sitePositionOf(this.#index, siteId);
    if (position === undefined) return;
    const index = this.#view.indexOf(position);
    if (index < 0) return;
    await this.updateComplete;
    this.#table.show(index);
    this.#table.renderWindow();
  }

  /** Resolves once the rows of the current view are in the DOM, measured for the viewport as laid out now. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (!done) done = await super.getUpdateComplete();
    this.#table.measureNow();
    return done;
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────────────────

  /** The other widgets' events the list follows, and the tab becoming visible: heard on the document while connected. */
  #listen(method: 'addEventListener' | 'removeEventListener'): void {
    const events: [string, EventListener][] = [
      ['site-renamed', this.#onRenamed],
      ['test-mode-changed', this.#onTestModeChanged],
      ['visibilitychange', this.#onVisibility],
      ['id-pin-linked', this.#onLinksChanged],
      ['id-pin-unlinked', this.#onLinksChanged],
    ];
    for (const [type, listener] of events) document[method](type, listener);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen('addEventListener');
    if (this.#index) this.#scheduleClock();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listen('removeEventListener');
    this.#idleWork?.();
    this.#idleWork = undefined;
    clearTimeout(this.#clockTimer);
  }

  /** What the last update applied (compared by value: an update held back while texts load must not lose a change). */
  #appliedSites?: readonly Site[];
  #appliedLinks?: readonly IdPinLink[];
  #appliedView = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#syncTexts();
    this.#now = this.services?.clock.now() ?? Date.now();
    if (this.sites !== this.#appliedSites || this.links !== this.#appliedLinks) {
      const had = this.#appliedSites;
      this.#appliedSites = this.sites;
      this.#appliedLinks = this.links;
      if (this.sites) this.#setData(this.sites, this.links ?? []);
      else if (had) {
        this.#index = undefined;
        this.#refreshView();
        this.#load.state = { status: 'idle' };
        this.#client = undefined;
      }
    }
    if (!this.sites && this.services && (this.services.client !== this.#client || this.#load.state.status === 'idle')) {
      this.#client = this.services.client;
      void this.#load.run();
    }
    const key = `${this.query}\u0000${this.location}\u0000${this.#filter}\u0000${this.#sort.column} ${this.#sort.direction}\u0000${this.#grouped}`;
    if (key !== this.#appliedView) {
      const before = this.#appliedView;
      this.#appliedView = key;
      this.#refreshView();
      this.#table.setScrollTop(0);
      if (before) this.#announceChange(changed);
    }
    if (changed.has('selectedSiteId')) this.#stamp++;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const scroller = this.#scrollerRef.value;
    if (scroller && this.#bodyRef.value?.isConnected) this.#labelCells(scroller);
    this.#table.sync();
    if (this.#index && this.#idleWork === undefined) {
      const index = this.#index;
      const work = whenIdle((shouldStop) => index !== this.#index || this.#idleWork !== work || prepareSiteIndex(index, shouldStop));
      this.#idleWork = work;
    }
  }

  // ── data ───────────────────────────────────────────────────────────────────────────────

  get #sort(): SiteSort {
    const column = (SITE_SORT_COLUMNS as readonly string[]).includes(this.sortColumn) ? this.sortColumn : 'name';
    const direction = (SITE_SORT_DIRECTIONS as readonly string[]).includes(this.sortDirection) ? this.sortDirection : 'ascending';
    return { column, direction };
  }

  get #filter(): SiteTestModeFilter {
    return (SITE_TEST_MODE_FILTERS as readonly string[]).includes(this.testModeFilter) ? this.testModeFilter : 'all';
  }

  get #grouped(): boolean {
    return this.groupBy !== 'none';
  }

  get #filtering(): boolean {
    return this.query.trim() !== '' || this.location.trim() !== '' || this.#filter !== 'all';
  }

  #labels(): SiteLabels {
    const texts = this.#texts!;
    return { state: (s) => texts.state[s] };
  }

  #syncTexts(): void {
    const locale = this.services?.locale ?? toLocale(document.documentElement.lang);
    if (this.#texts?.locale === locale) return;
    const dates = new Map<string, string>();
    this.#texts = {
      locale,
      state: Object.fromEntries(SYSTEM_STATES.map((s) => [s, this.t(`rs.sites.state.${s}`)])) as Record<SystemState, string>,
      until: (until, now) => {
        const ms = Date.parse(until);
        const time = formatTimeOfDay(ms);
        const day = calendarDateOf(ms);
        if (day === calendarDateOf(now)) return this.t('rs.sites.testMode.until', { time });
        let date = dates.get(day);
        if (date === undefined) dates.set(day, (date = formatDate(locale, day)));
        return this.t('rs.sites.testMode.untilDay', { date, time });
      },
      noTestMode: this.t('rs.sites.testMode.none'),
      alarms: (count) => this.t('rs.sites.alarms', { count }),
      group: (identifiers) => this.t('rs.sites.group', { identifiers: identifiers.join(' · ') }),
      groupCount: (count) => this.t('rs.sites.group.count', { count }),
      shared: this.t('rs.sites.group.shared'),
      noLink: this.t('rs.sites.group.none'),
    };
    if (this.#index) {
      setSiteLabels(this.#index, this.#labels());
      this.#refreshView();
    }
    this.#stamp++;
  }

  #setData(sites: readonly Site[], links: readonly IdPinLink[]): void {
    this.#idleWork?.();
    this.#idleWork = undefined;
    this.#index = buildSiteIndex(sites, links, this.#labels());
    this.#stamp++;
    this.#refreshView();
    this.#scheduleClock();
  }

  #refreshView(): void {
    if (!this.#index) {
      this.#view = NO_ROWS;
      this.#count = 0;
      return;
    }
    const view = viewSites(
      this.#index,
      { query: this.query, location: this.location, testMode: this.#filter, sort: this.#sort, grouped: this.#grouped },
      this.#now,
    );
    this.#view = view.rows;
    this.#count = view.count;
    this.#groupSizes = view.groupSizes;
    this.#stamp++;
  }

  /** The data changed in place (a nickname, a test mode, the clock): new view, the rows in view stay where they are. */
  #dataChanged(): void {
    this.#idleWork?.();
    this.#idleWork = undefined;
    this.#refreshView();
    this.requestUpdate();
  }

  /**
   * RS-SITES / RS-OVERVIEW: at the next end of a test mode, the list is rated again (the badge goes,
   * the « Activé » filter lets the site go) without a reload.
   */
  #scheduleClock(): void {
    clearTimeout(this.#clockTimer);
    const index = this.#index;
    const clock = this.services?.clock;
    if (!index || clock?.fixed || !this.isConnected) return;
    const now = clock?.now() ?? Date.now();
    let next = Number.POSITIVE_INFINITY;
    for (const site of index.sites) {
      if (site.testModeUntil === null) continue;
      const end = Date.parse(site.testModeUntil);
      if (end > now && end < next) next = end;
    }
    if (next === Number.POSITIVE_INFINITY) return;
    this.#clockTimer = setTimeout(() => this.#tick(), Math.min(MAX_TIMER_MS, next - now + 1));
  }

  #tick(): void {
    this.#now = this.services?.clock.now() ?? Date.now();
    this.#dataChanged();
    this.#scheduleClock();
  }

  #onVisibility = () => {
    if (document.visibilityState === 'visible' && this.#index) this.#tick();
  };

  /** RS-IDPIN: `<id-pin-links>` gave a site a nickname (`site-renamed` {siteId, nickname}). */
  #onRenamed = (e: Event) => {
    const { siteId, nickname } = e as Event & { siteId?: unknown; nickname?: unknown };
    this.#patchSite(siteId, (site) => ({ ...site, nickname: typeof nickname === 'string' && nickname.trim() !== '' ? nickname : null }));
  };

  /** RS-IDPIN: an ID & PIN was linked or removed in `<id-pin-links>`: its sites come or go (read again; the rows shown stay until then). */
  #onLinksChanged = () => {
    if (!this.sites && this.#index) void this.#load.run();
  };

  /** RS-OVERVIEW: `<site-overview>` started or stopped a test mode (`test-mode-changed` {siteId, until}). */
  #onTestModeChanged = (e: Event) => {
    const { siteId, until } = e as Event & { siteId?: unknown; until?: unknown };
    this.#patchSite(siteId, (site) => ({ ...site, testModeUntil: typeof until === 'string' ? until : null }));
  };

  /** A site changed in another widget: the index follows at once (the rows in view stay where they are), the clock too. */
  #patchSite(siteId: unknown, patch: (site: Site) => Site): void {
    const index = this.#index;
    const position = typeof siteId === 'string' && index ? sitePositionOf(index, siteId) : undefined;
    if (position === undefined) return;
    updateSite(index!, patch(siteAt(index!, position)!));
    this.#tick();
  }

  #announceChange(changed: PropertyValues<this>): void {
    const sorted = changed.has('sortColumn') || changed.has('sortDirection');
    this.#announcer.announce(
      () => {
        const [count, total, sort] = [this.#count, this.totalCount, this.#sort];
        const filtering = this.#filtering;
        return () =>
          sorted
            ? this.t('rs.sites.sorted', {
                column: this.t(`rs.sites.column.${sort.column}`),
                direction: this.t(`rs.sites.sort.${sort.direction}`),
              })
            : this.#countText(count, total, filtering);
      },
      sorted ? 0 : ANNOUNCE_DELAY_MS,
    );
  }

  #countText(count: number, total: number, filtering: boolean): string {
    return filtering
      ? this.t('rs.sites.found', { count, total: this.t('rs.sites.count', { count: total }) })
      : this.t('rs.sites.count', { count });
  }

  // ── rows ───────────────────────────────────────────────────────────────────────────────

  /** The narrow layout writes each stacked cell's column before its value from CSS (silent for screen readers). */
  #labelCells(scroller: HTMLDivElement): void {
    labelStackedCells(scroller, this.#texts!.locale, () => ({
      testMode: this.t('rs.sites.cellLabel', { label: this.t('rs.sites.column.testMode') }),
    }));
  }

  #paintRow(tr: HTMLTableRowElement, position: number, index: number): void {
    tr.setAttribute('aria-rowindex', String(index + 2));
    tr.dataset.p = String(position);
    if (isSiteGroupRow(position)) {
      tr.className = 'group';
      render(this.#groupCells(position - SITE_GROUP_ROW), tr, { host: this });
      return;
    }
    const site = siteAt(this.#index!, position);
    const current = !!site && site.id === this.selectedSiteId;
    tr.className = current ? 'current' : '';
    render(site ? this.#cells(site, current) : nothing, tr, { host: this });
  }

  #groupCells(g: number) {
    const x = this.#texts!;
    const group = this.#index!.groups[g]!;
    const title = group.identifiers.length ? x.group(group.identifiers) : x.noLink;
    const note = group.identifiers.length > 1 ? html`<span class="group-note">${x.shared}</span>` : nothing;
    return html`<th role="rowheader" scope="rowgroup" colspan="5"><span class="group-head"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7"/><path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7"/></svg><span class="group-title">${title}</span> <span class="group-count">${x.groupCount(this.#groupSizes?.[g] ?? 0)}</span> ${note}</span></th>`;
  }

  /** The cells of one site (icons inline: fewest nodes). */
  #cells(site: Site, current: boolean) {
    const x = this.#texts!;
    const title = siteTitle(site);
    const a = site.address;
    const testOn = siteTestModeOn(site, this.#now);
    return html`<td role="cell" class="site"><button type="button" class="open" data-action="open" aria-current=${current ? 'true' : nothing}><span class="line title">${title}</span>${site.nickname ? html`<span class="line sub">${site.name}</span>` : nothing}</button></td>\
<td role="cell" class="text address"><span class="line">${a.street}</span><span class="line sub">${a.postalCode} ${a.city}</span></td>\
<td role="cell" class="state-cell">${this.#stateOf(site.state)}</td>\
<td role="cell" class="test labelled">${testOn ? html`<span class="badge"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M9 3h6M10 3v6L4.5 18.5A1.7 1.7 0 0 0 6 21h12a1.7 1.7 0 0 0 1.5-2.5L14 9V3"/><path d="M7 15h10"/></svg>${x.until(site.testModeUntil!, this.#now)}</span>` : html`<span class="none">${x.noTestMode}</span>`}</td>\
<td role="cell" class="alarms ${site.openAlarms ? 'has' : ''}">${site.openAlarms ? html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9"/><path d="M10.3 21a1.9 1.9 0 0 0 3.4 0"/></svg>` : nothing}${x.alarms(site.openAlarms)}</td>`;
  }

  /** RS-SITES: the alarm state, an icon AND its text (never a colour alone). */
  #stateOf(state: SystemState) {
    const label = this.#texts!.state[state];
    if (state === 'armed')
      return html`<span class="status" data-state="armed"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10z"/><path d="m9 12 2 2 4-4"/></svg>${label}</span>`;
    if (state === 'partial')
      return html`<span class="status" data-state="partial"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10z"/><path d="M12 2v20"/></svg>${label}</span>`;
    return html`<span class="status" data-state="disarmed"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M19.7 14a7 7 0 0 0 .3-2V5l-8-3-3.2 1.2"/><path d="m2 2 20 20"/><path d="M4.7 4.7 4 5v7c0 6 8 10 8 10a20 20 0 0 0 5.6-4.6"/></svg>${label}</span>`;
  }

  // ── input ──────────────────────────────────────────────────────────────────────────────

  /** A site's button (pointer, Enter, Space): the site becomes the current one and `site-selected` tells the host. */
  #onRowClick = (e: MouseEvent) => {
    const control = (e.target as Element).closest<HTMLElement>('[data-action=open]');
    const tr = control?.closest('tr');
    if (!control || !tr?.dataset.p || !this.#index) return;
    const site = siteAt(this.#index, Number(tr.dataset.p));
    if (!site) return;
    this.selectedSiteId = site.id;
    this.dispatchEvent(new SiteSelectedEvent(site.id));
  };

  /** ↑ / ↓ on a site's button: the previous / next site (group headings skipped), scrolled into view. */
  #onRowKeydown = (e: KeyboardEvent) => {
    if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const from = this.#table.focusOf(e.target as HTMLElement);
    if (!from || from.action !== 'open') return;
    const step = e.key === 'ArrowDown' ? 1 : -1;
    let i = this.#view.indexOf(from.position) + step;
    while (i >= 0 && i < this.#view.length && isSiteGroupRow(this.#view[i]!)) i += step;
    e.preventDefault();
    if (i < 0 || i >= this.#view.length) {
      // From the first site up: its group's heading comes into view; nothing moves past the ends.
      if (i < 0) this.#table.show(0);
      this.#table.renderWindow();
      return;
    }
    if (step < 0 && i > 0 && isSiteGroupRow(this.#view[i - 1]!)) this.#table.show(i - 1);
    this.#table.show(i);
    this.#table.renderWindow();
    this.#table.controlOf(this.#view[i]!, 'open')?.focus();
  };

  #onSortClick = (e: MouseEvent) => {
    const next = sortOnClick(e, this.#sort);
    if (next) [this.sortColumn, this.sortDirection] = [next.column, next.direction];
  };

  #clear = async () => {
    this.query = '';
    this.location = '';
    this.testModeFilter = 'all';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('[part~=search-input]')?.focus();
  };

  // ── rendering ──────────────────────────────────────────────────────────────────────────

  protected override render() {
    if (!this.services && !this.sites) return this.renderMissingProvider();
    const index = this.#index;
    let body;
    const load = this.#load.state;
    if (!index)
      body =
        load.status === 'error'
          ? listError(
              this.t('rs.sites.error'),
              this.services!.describeFailure(load.failure),
              this.t('common.retry'),
              () => void this.#load.run(),
            )
          : listLoading(this.t('rs.sites.loading'));
    else if (index.sites.length === 0)
      body = listEmpty(html`<h3>${this.t('rs.sites.empty.title')}</h3><p>${this.t('rs.sites.empty.text')}</p>`);
    else body = this.#renderList();
    return html`<section part="base" class="base" aria-labelledby=${ifDefined(this.hideTitle ? undefined : `${this.#id}-title`)} aria-label=${ifDefined(this.hideTitle ? this.t('rs.sites.title') : undefined)}>
      ${this.hideTitle ? nothing : html`<h2 part="title" class="title" id="${this.#id}-title">${this.t('rs.sites.title')}</h2>`} ${body}
    </section>`;
  }

  #renderList() {
    const id = this.#id;
    const count = this.#countText(this.#count, this.totalCount, this.#filtering);
    const sort = this.#sort;
    return html`<div part="tools" class="tools">
        <div class="field search">
          <label for="${id}-q">${this.t('rs.sites.search.label')}</label>
          <div class="input-icon">
            ${searchIcon} ${listSearchInput(id, this.t('rs.sites.search.placeholder'), this.query, (q) => (this.query = q))}
          </div>
          <p class="hint" id="${id}-hint">${this.t('rs.sites.search.hint')}</p>
        </div>
        <label class="check">
          <input type="checkbox" .checked=${live(this.#grouped)} @change=${(e: Event) => (this.groupBy = (e.target as HTMLInputElement).checked ? 'link' : 'none')} />
          <span>${this.t('rs.sites.grouped')}</span>
        </label>
        <button
          type="button"
          part="filters-button"
          class="btn secondary filters-button"
          aria-expanded=${this.filtersOpen ? 'true' : 'false'}
          aria-controls="${id}-filters"
          aria-busy=${this.filtersOpen && !this.#filters.module && !this.#filters.failed ? 'true' : 'false'}
          @click=${this.#toggleFilters}
          @pointerenter=${this.#filtersIntent}
          @focusin=${this.#filtersIntent}
        >
          ${filterIcon}${this.t('rs.sites.filters', { count: this.#activeFilters })}
        </button>
        <div id="${id}-filters" class="filters" ?hidden=${!this.filtersOpen}>${this.filtersOpen ? this.#renderFilters() : nothing}</div>
      </div>
      <div class="bar">
        <p part="count" class="count">${count}</p>
        ${sortControls(id, SITE_SORT_COLUMNS, sort, this.#sortTexts(), (next) => ([this.sortColumn, this.sortDirection] = [next.column, next.direction]))}
      </div>
      ${this.#announcer.region()}
      ${this.#count === 0 ? this.#renderNoResult() : nothing}
      ${virtualTable(this.#table, {
        id,
        label: this.t('rs.sites.list'),
        rows: this.#view.length,
        hidden: this.#count === 0,
        columns: SITE_SORT_COLUMNS,
        headers: SITE_SORT_COLUMNS.map((c) =>
          sortHeader(c, this.t(`rs.sites.column.${c}`), sort.column === c ? sort.direction : undefined),
        ),
        onSortClick: this.#onSortClick,
        onRowClick: this.#onRowClick,
        onRowKeydown: this.#onRowKeydown,
        scroller: this.#scrollerRef,
        body: this.#bodyRef,
      })}`;
  }

  /**
   * The filter panel (location, test mode), on demand: its module loads when « Filtres » is opened
   * (or on intent); meanwhile a loading line, after a failure a message with « Réessayer ». The
   * focus stays on « Filtres » (a disclosure); the fields come next in the tab order.
   */
  #renderFilters() {
    const m = this.#filters.module;
    const locale = this.services?.locale ?? this.#texts!.locale;
    if (m && !messagesLoaded(locale, [m.remoteSiteFiltersMessages]))
      void loadMessages(locale, [m.remoteSiteFiltersMessages]).then(() => this.requestUpdate());
    else if (m)
      return m.siteFilters({
        id: this.#id,
        root: this.renderRoot as ShadowRoot,
        location: this.location,
        testMode: this.#filter,
        t: (key) => this.t(key),
        onLocation: (location) => (this.location = location),
        onTestMode: (filter) => (this.testModeFilter = filter),
      });
    if (this.#filters.failed)
      return html`<p class="filters-failed" role="alert">
        ${this.t('rs.sites.filters.failed')} <button type="button" class="btn secondary" @click=${this.#filtersIntent}>${this.t('common.retry')}</button>
      </p>`;
    return html`<p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('common.loading')}</p>`;
  }

  /** How many filters apply (« Filtres (2) »): the location, the test mode. */
  get #activeFilters(): number {
    return Number(this.location.trim() !== '') + Number(this.#filter !== 'all');
  }

  #toggleFilters = () => {
    this.filtersOpen = !this.filtersOpen;
    if (this.filtersOpen) this.#filtersIntent();
  };

  /** The pointer over « Filtres », the focus on it, a click or « Réessayer »: the panel's code loads (once). */
  #filtersIntent = () => {
    void this.#filters.load().catch(() => undefined);
  };

  #sortTexts(): SortControlTexts<SiteSortColumn> {
    return {
      by: this.t('rs.sites.sortBy'),
      order: this.t('rs.sites.sortOrder'),
      column: (c) => this.t(`rs.sites.column.${c}`),
      direction: (d) => this.t(`rs.sites.sort.${d}`),
    };
  }

  #renderNoResult() {
    return listEmpty(
      html`<p><strong>${this.t('rs.sites.noResult')}</strong></p>
        <p>${this.t('rs.sites.noResult.hint')}</p>
        <button type="button" class="btn secondary" @click=${this.#clear}>${this.t('rs.sites.clear')}</button>`,
      true,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'site-list': SiteList;
  }
}
