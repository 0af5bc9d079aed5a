/**
 * The element `<passport-roster>` (PP-ROSTER), in parts: where the rows come from and the paging
 * (`roster-data.ts`), what is shown (`roster-view.ts`), one row's cells (`roster-rows.ts`), the
 * dialogs (`roster-dialogs.ts`, `roster-dialogs.render.ts`), the list's states, filters and alert
 * (`roster-filters.ts`, `roster-summary.ts`, `roster-list.render.ts`), the poll (`roster-poll.ts`);
 * shared with the other lists: the virtual table (`base/virtual-table/`) and the live announcer
 * (`base/live-announcer.ts`). This file wires them: the public API, the lifecycle, the inputs
 * applied once per update, and the render.
 *
 * Why over 400 lines: about 110 of them are the element's documentation and public properties,
 * which the custom-elements manifest reads from the class itself; the rest is the wiring of the
 * parts above (each under 300 lines), which reads best in one place: the order in which an update
 * applies rows, session, day, search, sort and filter is what keeps the rows in view still.
 */
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createRef } from 'lit/directives/ref.js';
import {
  ROSTER_SORT_COLUMNS,
  ROSTER_SORT_DIRECTIONS,
  appendRosterRows,
  calendarDateOf,
  deleteRosterRow,
  passportCoreMessages,
  passportRosterMessages,
  rosterPositionOf,
  rosterRowAt,
  setRosterLabels,
  setRosterToday,
  updateRosterRow,
  type Employee,
  type PassportSession,
  type RosterSort,
  type RosterSortColumn,
  type RosterSortDirection,
  type RosterStatus,
} from '@vigie/core';
import { toLocale } from '@vigie/core/i18n';
import { icon, lockIcon, searchIcon } from '../../base/icons.js';
import { LiveAnnouncer } from '../../base/live-announcer.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { VigieElement } from '../../base/vigie-element.js';
import {
  VIRTUAL_OVERSCAN,
  VirtualTableController,
  labelStackedCells,
  listError,
  listLoading,
  listSearchInput,
  virtualTable,
  type RowMetrics,
} from '../../base/virtual-table/virtual-table.js';
import { sortControls, sortHeader, sortOnClick } from '../../base/virtual-table/sort-header.js';
import { virtualListStyles, virtualTableStyles } from '../../base/virtual-table/virtual-table.styles.js';
import { PassportSessionController, passportLoginAction } from '../passport-session.js';
import { rosterStyles } from './passport-roster.styles.js';
import { RosterData } from './roster-data.js';
import { RosterDialogs, type FocusTarget, type RowAction } from './roster-dialogs.js';
import { renderRosterDialog } from './roster-dialogs.render.js';
import { isRosterFilter, type RosterFilter } from './roster-filters.js';
import { renderEmpty, renderNoResult, renderNotice, renderProgress, renderStates, type Notice } from './roster-list.render.js';
import { ROSTER_POLL_INTERVAL_MS } from './roster-poll.js';
import { nameOf, paintRosterRow, rosterLabels, rosterTexts, type RosterTexts, type Translate } from './roster-rows.js';
import { RosterView, anchorOf, keepAnchor } from './roster-view.js';

/** The roster's columns, in the seed's order: the six that sort, then « Actions ». */
const COLUMNS = [...ROSTER_SORT_COLUMNS, 'actions'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * Geometry used until the first measure (3rem rows and header at 16 px; a 36rem viewport). The
 * first rows are rendered with it; the viewport's ResizeObserver measures in that same frame,
 * after its layout, and adds the rows a different geometry needs before the paint.
 */
const DEFAULT_METRICS: RowMetrics = { rowHeight: 48, headHeight: 48, viewport: 576 };
/** Screen readers hear the number of results once typing pauses (the rows themselves change at once). */
const ANNOUNCE_DELAY_MS = 700;

const plusIcon = icon(svg`<path d="M12 5v14"/><path d="M5 12h14"/>`);

let uid = 0;

/**
 * PP-ROSTER — « SALARIÉS INSCRITS DE L’ENTREPRISE » (seed 004, « Vos salariés inscrits »): the
 * company's employees with « Rechercher un salarié… », a sort on every column, and for each
 * employee: « Prénom | Nom | Profil | Passeport sécurité | État | Expiration | Actions », with
 * « Voir le passeport », « Actif » / « Bloqué » / « — », the pencil « Modifier » and the bin
 * « Supprimer ». « Bloqué » unblocks the account after a confirmation (PP-BLOCK); the bin asks
 * « Supprimer le profil » with its consequences; « Inscrire un nouveau salarié » and the pencil open
 * `<employee-enrollment>` in a dialog (fetched on first use), and the new row appears with
 * « ✓ L’utilisateur a bien été créé ».
 *
 * Fluid at 100,000 employees: the list loads page by page (5,000 at a time, with a progress bar)
 * and is searched and sorted as it arrives, through core's roster index. The first rows are
 * painted first: core ranks only the rows that can open the list, the first render reads no
 * layout (the viewport's ResizeObserver measures within the painted frame), and the rest of the
 * index (each row's search text) is prepared in idle time. A keystroke shows its first matches in
 * the next frame and counts them all just after it. The table is a real `<table>`
 * (`aria-rowcount`, each row's `aria-rowindex`) whose rows are virtual: only the rows in view plus
 * a few more are in the DOM, recycled as it scrolls (under 2,000 nodes whatever the size). The
 * wheel moves the list in the frame that renders the rows there, so a fling never shows a blank
 * row, and the rows in view stay still while pages arrive or rows change elsewhere. Every
 * change (unblock, edit, delete, enrolment) updates the index in place and keeps the search and
 * the sort; after a conflict, « Recharger » reads that one employee again.
 *
 * Why a table and not `role=grid`: the rows hold text and at most four native controls, so a table
 * keeps the reading commands every screen reader has for tables, Tab reaches the row actions (the
 * browser scrolls them into view), and the scrolling region takes PageDown / PageUp / Home / End.
 * A grid would add a whole cell-by-cell keyboard model for no gain here.
 *
 * Needs the referent's passport session (`<passport-login>` gives it to the provider); without one
 * it invites to sign in (`login-href`, cancelable `passport-login-requested`). A 401 ends the
 * session for every passport widget of the provider.
 *
 * **Feeding rows without the API** (hosts that already have them, benchmarks): set `rows`; the
 * roster then fetches nothing (the row actions still call the API). After setting `rows`, `query`,
 * `sortColumn` / `sortDirection`, or calling `scrollToRow()`, `await el.updateComplete`: the rows of
 * the new view are in the DOM when it resolves (it also waits for the first measure of the viewport).
 *
 * @tagname passport-roster
 * @summary The employees of a subcontractor company: search, sort, passport, unblock, edit, delete, enrol (PP-ROSTER).
 * @fires {EmployeeEditRequestedEvent} employee-edit-requested - The pencil « Modifier » was pressed (`employeeId`, `employee`). Cancelable: `preventDefault()` to show your own form instead of the dialog; then call `applyUpdate(employee)`.
 * @fires {EmployeeEnrollmentRequestedEvent} employee-enrollment-requested - « Inscrire un nouveau salarié » was pressed. Cancelable: `preventDefault()` to show your own form; then call `applyEnrollment(employee)`.
 * @fires {EmployeeDeletedEvent} employee-deleted - « Supprimer le profil » was confirmed and the server deleted the employee (`employeeId`, `employee`: the row as it was).
 * @fires {PassportViewRequestedEvent} passport-view-requested - « Voir le passeport » was pressed (`employeeId`, `employee`, `passportUrl`). Cancelable: `preventDefault()` to show the passport yourself; otherwise `<passport-view>` opens in a dialog over the list (the page is never left).
 * @fires {EmployeeUnblockedEvent} employee-unblocked - « Bloqué » → confirmed: the server unblocked the account (`employeeId`, `employee`: the row, active again).
 * @fires {PassportLoginRequestedEvent} passport-login-requested - No (or no longer a) passport session and « Se connecter » was pressed (`href`, `reason`: `signed-out` or `session-expired`). Cancelable: `preventDefault()` to show your own sign-in instead of following `login-href`.
 * @csspart base - The wrapper.
 * @csspart title - The « Salariés inscrits de l’entreprise » heading.
 * @csspart enroll-button - « Inscrire un nouveau salarié ».
 * @csspart search - The search box (`search-input`: the field).
 * @csspart search-input - The search field.
 * @csspart count - How many employees the list shows.
 * @csspart progress - The paging progress (« 45 000 salariés chargés sur 100 000 »).
 * @csspart notice - The live message after an action (« ✓ L’utilisateur a bien été créé »…).
 * @csspart scroller - The scrolling region around the table.
 * @csspart table - The table.
 * @csspart empty - The « Aucun salarié inscrit » state and the « no result » state.
 * @csspart error - A loading error, with « Réessayer ».
 * @csspart signed-out - The « sign in » state.
 * @csspart dialog - Every dialog.
 * @csspart confirm-dialog - The unblock and delete confirmations.
 * @csspart form-dialog - The dialog holding `<employee-enrollment>`.
 * @csspart passport-dialog - The dialog holding `<passport-view>` (« Voir le passeport »).
 * @csspart icon - Every icon outside the rows.
 * @csspart filters - The state filters (« Filtrer par état »: a radio group, each state with its count).
 * @csspart summary - The summary line (« 1 compte bloqué · 3 sensibilisations expirées »).
 * @csspart alert - The referent's alert while accounts are blocked (PP-BLOCK), with « Afficher les comptes bloqués ».
 * @csspart sort-controls - « Trier par » and « Ordre », shown where rows stack (narrow containers).
 * @cssprop --passport-roster-height - The tallest the scrolling list grows (default `36rem`); shorter lists take their own height.
 * @cssprop --passport-roster-row-height - The height of every row (default `3rem`); rows never wrap beyond it.
 * @cssprop --passport-roster-stacked-row-height - The height of a row in a container narrower than 54rem, where each row stacks its cells (default `9.5rem`: the names, the e-mail, the profile, the state, the passport, the expiry).
 * @cssprop --passport-roster-min-width - The table's minimum width (default `54rem`, where rows start to stack); set it higher and the table scrolls sideways inside the widget down to 54rem.
 */
export class PassportRoster extends VigieElement {
  static override messages = [passportCoreMessages, passportRosterMessages];

  static override styles = [tokens, spinnerStyles, virtualTableStyles, virtualListStyles, ...rosterStyles];

  /**
   * The employees, when the host already has them: the roster then fetches nothing. A new array
   * rebuilds the list; to show one change, prefer `applyUpdate` / `applyEnrollment`.
   */
  @property({ attribute: false }) rows?: readonly Employee[];

  /** The search, as typed (first name, last name, e-mail, profile or state; accents and case ignored). */
  @property() query = '';

  /** The column the list is sorted by. */
  @property({ attribute: 'sort-column', reflect: true }) sortColumn: RosterSortColumn = 'lastName';

  /** The direction of the sort: `ascending` or `descending`. */
  @property({ attribute: 'sort-direction', reflect: true }) sortDirection: RosterSortDirection = 'ascending';

  /** Where « Se connecter » leads when there is no passport session (e.g. the page holding `<passport-login>`). */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** Hides the heading (when the host page already titles the list). */
  @property({ type: Boolean, attribute: 'hide-title' }) hideTitle = false;

  /**
   * The state filter: `all` (default), `active`, `blocked`, `expired`, `expiring` (within
   * `EXPIRY_WARNING_DAYS`) or `not-started`. The referent changes it with the filters.
   */
  @property({ attribute: 'status-filter', reflect: true }) statusFilter: RosterFilter = 'all';

  /**
   * How often, in seconds, the list is read again while the tab is visible (default 120; 0: only
   * when the tab becomes visible again). Blocks, expiries and new employees then show without
   * `refresh()`; the scroll position, focus, selection and search are kept.
   */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = ROSTER_POLL_INTERVAL_MS / 1000;

  /** The texts are functions of the data, read at render: a language switch re-words them (issue 8, point 20). */
  @state() private notice?: Notice;
  /** PP-BLOCK: the blocked accounts the referent hid the alert for (undefined: not hidden). */
  @state() private alertHidden?: ReadonlySet<string>;

  readonly #id = `pr${++uid}`;
  /** The element's `t`, bound (for the parts that render texts). */
  readonly #t: Translate = (key, params) => this.t(key, params);
  /** The count the list shows (kept while a new search is being counted); undefined before the first. */
  #countShown?: { readonly rows: number; readonly label: string };
  /** Bumped whenever every row must be painted again (data, labels). */
  #stamp = 0;
  /** The row to mark as new (just enrolled). */
  #fresh?: number;
  #texts?: RosterTexts;
  /** Today (Paris) as the rows are rated, refreshed at each update ({@link #syncToday}). */
  #day?: string;

  readonly #session = new PassportSessionController(
    this,
    () => this.services,
    (session, previous) => this.#sessionChanged(session, previous),
  );

  /** Where the rows come from: `rows`, or the API page by page; the index, the paging, the poll. */
  readonly #data = new RosterData(this, {
    fed: () => !!this.rows,
    services: () => this.services,
    session: () => this.#session.session,
    endIfRefused: (failure) => this.#session.endIfRefused(failure),
    labels: () => this.#labels(),
    today: () => this.#today(),
    pollInterval: () => (Number.isFinite(this.pollInterval) ? this.pollInterval * 1000 : 0),
    changed: () => this.#dataChanged(),
    loaded: (total) =>
      this.#announcer.announce(() => () => this.t('passport.roster.loaded', { count: this.#countText('count', total) }), 0),
    // The whole order is ready: placing the rest of the default view costs nothing now.
    prepared: () => void (this.#view.counted && this.#view.whole()),
  });

  /** What is shown: the positions for the search, the sort and the filter. */
  readonly #view = new RosterView(() => ({
    index: this.#data.index,
    query: { query: this.query, sort: this.#sort, status: this.#status },
  }));

  readonly #scrollerRef = createRef<HTMLDivElement>();
  readonly #bodyRef = createRef<HTMLTableSectionElement>();
  /** The virtual table (shared with `<site-list>`): window, recycled rows, scrolling, measuring, focus. */
  readonly #table = new VirtualTableController(this, {
    scroller: () => this.#scrollerRef.value,
    body: () => this.#bodyRef.value,
    view: () => this.#view.positions,
    complete: (range) => {
      if (!this.#view.needsWhole(range.end, VIRTUAL_OVERSCAN)) return false;
      this.#view.whole();
      return true;
    },
    wholeLength: () => this.#view.whole().length,
    paint: (tr, position, index) =>
      paintRosterRow(tr, rosterRowAt(this.#data.index!, position), position, index, {
        texts: this.#texts!,
        day: this.#today$,
        t: this.#t,
        fresh: this.#fresh,
        host: this,
      }),
    stamp: () => this.#stamp,
    defaultAction: 'passport',
    metrics: DEFAULT_METRICS,
  });

  /** The polite live region: the number of results once typing pauses, a sort, a filter, the end of loading. */
  readonly #announcer = new LiveAnnouncer(this);

  /** The unblock and delete confirmations, the enrolment form, the passport. */
  readonly #dialogs = new RosterDialogs(this, {
    t: this.#t,
    services: () => this.services!,
    session: () => this.#session.session ?? this.services!.passportSession,
    endIfRefused: (failure) => this.#session.endIfRefused(failure),
    current: (employee) => {
      const index = this.#data.index;
      const position = index && rosterPositionOf(index, employee.id);
      return { position, employee: (index && position !== undefined && rosterRowAt(index, position)) || employee };
    },
    update: (employee) => this.applyUpdate(employee),
    remove: (employee, message) => {
      deleteRosterRow(this.#data.index!, employee.id);
      this.#dataChanged();
      this.notice = { text: () => this.t(message, { name: nameOf(employee) }) };
    },
    notify: (text) => (this.notice = { text }),
    focus: (target) => this.#focusTarget(target),
  });

  // ── public API ─────────────────────────────────────────────────────────────────────────

  /** How many employees the list shows (those matching the search). */
  get matchCount(): number {
    return this.#view.whole().length;
  }

  /** How many employees are loaded (all of them once loading is done). */
  get loadedCount(): number {
    return this.#data.index?.total ?? 0;
  }

  /** How many employees the company has, as the server last said (the loaded count with `rows`). */
  get totalCount(): number {
    return Math.max(this.#data.expected, this.loadedCount);
  }

  /** Loads the list again (keeps showing the current rows until the new ones arrive). Nothing to do with `rows`. */
  refresh(): Promise<void> {
    return this.rows || !this.#session.session ? Promise.resolve() : this.#data.loadAll();
  }

  /** Scrolls so that row `index` of the list shown (0 = first) is in view; `await updateComplete` for its DOM. */
  scrollToRow(index: number): void {
    const count = this.#view.whole().length;
    if (count === 0) return;
    const i = Math.min(Math.max(0, Math.floor(index)), count - 1);
    this.#table.show(i);
    // The window follows at once when the table is there; otherwise at the next render.
    if (this.#table.ready && !this.isUpdatePending) this.#table.renderWindow();
    else this.requestUpdate();
  }

  /** Shows an employee as the server now has it (after your own edit form saved it). */
  applyUpdate(employee: Employee): void {
    const index = this.#data.index;
    if (!index) return;
    if (!updateRosterRow(index, employee)) appendRosterRows(index, [employee]);
    this.#dataChanged();
  }

  /** Adds a new employee (after your own enrolment form created it), with « ✓ L’utilisateur a bien été créé ». */
  applyEnrollment(employee: Employee): void {
    const index = this.#data.ensureIndex();
    appendRosterRows(index, [employee]);
    this.#fresh = rosterPositionOf(index, employee.id);
    this.#dataChanged();
    this.notice = { text: () => this.t('passport.roster.created.name', { name: nameOf(employee) }), created: true };
    void this.#reveal(employee.id);
  }

  /**
   * Resolves once the rows of the current view are in the DOM, for the viewport as it is now laid
   * out. Rendering never reads the layout (the ResizeObserver measures after the frame's own
   * layout, before its paint); a caller awaiting this gets the measure at once instead.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (!done) done = await super.getUpdateComplete();
    if (!this.#view.counted) {
      // A search shows its first matches first; whoever awaits gets its count in the DOM too.
      this.#view.whole();
      this.requestUpdate();
      done = await super.getUpdateComplete();
    }
    this.#table.measureNow();
    return done;
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#view.cancelCount();
  }

  /**
   * What the last update applied. Compared by value rather than read from `changed`: an update the
   * base class holds back (while the locale's texts load) must not lose a change.
   */
  #appliedRows?: readonly Employee[];
  #appliedQuery?: string;
  #appliedSort?: string;
  #appliedFilter?: RosterFilter;

  protected override willUpdate(): void {
    this.#syncTexts();
    // Each input is applied once per update; the view is computed once (new rows come with theirs).
    let viewFresh = false;
    if (this.rows !== this.#appliedRows) {
      const had = this.#appliedRows;
      this.#appliedRows = this.rows;
      if (this.rows || had) {
        this.#data.useRows(this.rows);
        this.#fresh = undefined;
        this.#stamp++;
        this.#refreshView();
        viewFresh = true;
      }
    }
    if (!this.rows) {
      this.#session.sync();
      this.#data.follow();
    }
    this.#syncToday();
    const sort = `${this.sortColumn} ${this.sortDirection}`;
    const filter = this.#filter;
    if (this.query !== this.#appliedQuery || sort !== this.#appliedSort || filter !== this.#appliedFilter) {
      const first = this.#appliedQuery === undefined;
      const queryChanged = this.query !== this.#appliedQuery;
      const filterChanged = !first && filter !== this.#appliedFilter;
      this.#appliedQuery = this.query;
      this.#appliedSort = sort;
      this.#appliedFilter = filter;
      this.#viewChanged(first ? 'none' : queryChanged ? 'query' : filterChanged ? 'filter' : 'sort', viewFresh);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const scroller = this.#scrollerRef.value;
    if (scroller && this.#bodyRef.value?.isConnected) this.#labelCells(scroller);
    this.#table.sync();
    if (!this.#view.counted) this.#view.countAfterPaint(() => this.requestUpdate());
    if (changed.has('pollInterval')) this.#data.poll.sync();
  }

  // ── inputs ─────────────────────────────────────────────────────────────────────────────

  get #sort(): RosterSort {
    const column = (ROSTER_SORT_COLUMNS as readonly string[]).includes(this.sortColumn) ? this.sortColumn : 'lastName';
    const direction = (ROSTER_SORT_DIRECTIONS as readonly string[]).includes(this.sortDirection) ? this.sortDirection : 'ascending';
    return { column, direction };
  }

  #labels() {
    return rosterLabels(this.#texts!);
  }

  /** The state filter, as core takes it (undefined: every state). */
  get #filter(): RosterFilter {
    return isRosterFilter(this.statusFilter) ? this.statusFilter : 'all';
  }

  get #status(): RosterStatus | undefined {
    const filter = this.#filter;
    return filter === 'all' ? undefined : filter;
  }

  /** PP-ROSTER: « today », from the provider's clock (Paris), for the expiry states. */
  #today(): string {
    return calendarDateOf(this.services?.clock.now() ?? Date.now());
  }

  get #today$(): string {
    return (this.#day ??= this.#today());
  }

  /** A new day (a tab left open overnight, or a clock moved): every row's state is rated again. */
  #syncToday(): void {
    this.#day = this.#today();
    const index = this.#data.index;
    if (index && setRosterToday(index, this.#day)) {
      this.#stamp++;
      this.#refreshView();
    }
  }

  /** The texts of the rows, once per locale; a new locale relabels the index (10 labels, no row touched). */
  #syncTexts(): void {
    const locale = this.services?.locale ?? toLocale(document.documentElement.lang);
    if (this.#texts?.locale === locale) return;
    this.#texts = rosterTexts(locale, this.#t);
    const index = this.#data.index;
    if (index) {
      setRosterLabels(index, this.#labels());
      this.#refreshView();
    }
    this.#stamp++;
  }

  /** Another session (or none): nothing of the previous company may stay on screen. */
  #sessionChanged(session: PassportSession | undefined, previous: PassportSession | undefined): void {
    if (this.rows) return;
    if (session && previous && session.token === previous.token) return;
    this.#data.reset();
    this.#dialogs.close();
    this.#view.clear();
    this.#fresh = undefined;
    this.notice = undefined;
  }

  /**
   * The index changed: new view, every row painted again, and the rows a person is looking at stay
   * where they are (`roster-view.ts`).
   */
  #dataChanged(): void {
    this.#data.restartIdleWork();
    this.#stamp++;
    const anchor = this.#data.index ? anchorOf(this.#view, this.#table) : undefined;
    this.#refreshView();
    if (anchor) keepAnchor(this.#view, this.#table, anchor);
    this.requestUpdate();
  }

  #refreshView(): void {
    this.#view.refresh(this.#countShown !== undefined);
  }

  /** The search or the sort changed: new view from the top (unless `fresh`: just computed), and a word for screen readers. */
  #viewChanged(what: 'none' | 'query' | 'sort' | 'filter', fresh = false): void {
    if (!fresh) this.#refreshView();
    this.#stamp++;
    this.#table.setScrollTop(0);
    if (!this.#data.index || what === 'none') return;
    const say = (words: () => () => string, delay: number) => this.#announcer.announce(words, delay);
    if (what === 'query') {
      // Said once typing pauses, from the search's count (then done).
      say(() => {
        const [kind, n] = [this.query.trim() || this.#status ? 'found' : 'count', this.#view.whole().length] as const;
        return () => this.#countText(kind, n);
      }, ANNOUNCE_DELAY_MS);
    } else if (what === 'filter') {
      // PP-ROSTER: the result of a state filter, said at once (« Bloqués : 2 salariés trouvés »).
      say(() => {
        const [kind, n, filter] = [this.#status ? 'found' : 'count', this.#view.whole().length, this.#filter] as const;
        return () =>
          this.t('passport.roster.filter.announce', {
            filter: this.t(`passport.roster.filter.${filter}`),
            count: this.#countText(kind, n),
          });
      }, 0);
    } else {
      const sort = this.#sort;
      say(
        () => () =>
          this.t('passport.roster.sorted', {
            column: this.t(`passport.roster.column.${sort.column}`),
            direction: this.t(`passport.roster.sort.${sort.direction}`),
          }),
        0,
      );
    }
  }

  #countText(kind: 'count' | 'found', n: number): string {
    if (n === 0) return this.t(`passport.roster.${kind}.none`);
    if (n === 1) return this.t(`passport.roster.${kind}.one`);
    return this.t(`passport.roster.${kind}.other`, { count: this.#texts!.count(n) });
  }

  /**
   * The narrow layout writes each stacked cell's column before its value from CSS (`content:
   * var(--_l-…) / ""`, silent for screen readers, which have the column headers): the labels are
   * set once per locale on the scroller, never per row.
   */
  #labelCells(scroller: HTMLDivElement): void {
    const label = (column: RosterSortColumn) => this.t('passport.roster.cellLabel', { label: this.t(`passport.roster.column.${column}`) });
    labelStackedCells(scroller, this.#texts!.locale, () => ({
      passport: label('passport'),
      state: label('state'),
      expiresOn: label('expiresOn'),
    }));
  }

  // ── events ─────────────────────────────────────────────────────────────────────────────

  /** One listener for every row (event delegation): the control says what, its row says who. */
  #onRowClick = (e: MouseEvent) => {
    const control = (e.target as Element).closest<HTMLElement>('[data-action]');
    const tr = control?.closest('tr');
    const index = this.#data.index;
    if (!control || !tr?.dataset.p || !index) return;
    const position = Number(tr.dataset.p);
    const employee = rosterRowAt(index, position);
    if (employee) this.#dialogs.rowAction(employee, position, control.dataset.action as RowAction);
  };

  #onSortClick = (e: MouseEvent) => {
    const next = sortOnClick(e, this.#sort);
    if (next) [this.sortColumn, this.sortDirection] = [next.column, next.direction];
  };

  #onSearch = (query: string) => {
    this.query = query;
  };

  #clearSearch = async () => {
    this.query = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  };

  /** Sets a filter and puts the focus on its radio (the control that was pressed may be gone). */
  async #filterAndFocus(filter: RosterFilter): Promise<void> {
    this.statusFilter = filter;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`[part~=filters] input[value=${filter}]`)?.focus();
  }

  #onEnrolled = (e: HTMLElementEventMap['employee-enrolled']) => {
    this.applyEnrollment(e.employee);
  };

  #onUpdated = (e: HTMLElementEventMap['employee-updated']) => {
    this.applyUpdate(e.employee);
    this.notice = { text: () => this.t('passport.roster.updated', { name: nameOf(e.employee) }) };
    const index = this.#data.index;
    const position = index && rosterPositionOf(index, e.employee.id);
    if (position !== undefined) this.#dialogs.returnFocus = { position, action: 'edit' };
    this.#dialogs.close();
  };

  /** Scrolls an employee's row into view (after an enrolment: the new row). */
  async #reveal(id: string): Promise<void> {
    const position = this.#data.index && rosterPositionOf(this.#data.index, id);
    if (position === undefined) return;
    const index = this.#view.whole().indexOf(position);
    if (index < 0) return;
    await this.updateComplete;
    this.#table.show(index);
    this.#table.renderWindow();
  }

  /** After a dialog: the row's control, the enrol button, or the notice (else the list) gets the focus. */
  async #focusTarget(target: FocusTarget): Promise<void> {
    if ('position' in target) {
      const index = this.#view.whole().indexOf(target.position);
      if (index >= 0) {
        this.#table.show(index);
        this.#table.renderWindow();
        const control = this.#table.controlOf(target.position, target.action) ?? this.#table.controlOf(target.position, 'edit');
        if (control) return control.focus();
      }
    }
    if ('enroll' in target) {
      const button = this.renderRoot.querySelector<HTMLElement>('[part~=enroll-button]');
      if (button) return button.focus();
    }
    const notice = this.renderRoot.querySelector<HTMLElement>('.notice-box');
    (notice ?? this.#scrollerRef.value)?.focus();
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────

  protected override render() {
    const s = this.services;
    if (!s) return this.renderMissingProvider();
    if (!this.rows && !this.#session.session) return this.#renderSignedOut();
    const index = this.#data.index;
    const paging = this.#data.paging;
    const empty = !!index && index.total === 0 && paging.status === 'done';
    let body;
    if (!index) body = paging.status === 'failed' ? this.#renderLoadError() : listLoading(this.t('passport.roster.loading'));
    else if (empty) body = html`${renderEmpty(this.#t, this.#renderEnroll())}${this.#renderNotice()}`;
    else body = this.#renderList();
    const dialog = renderRosterDialog(this.#dialogs, {
      t: this.#t,
      id: this.#id,
      loginHref: this.loginHref,
      onEnrolled: this.#onEnrolled,
      onUpdated: this.#onUpdated,
    });
    return html`<section part="base" class="base" aria-labelledby=${ifDefined(this.hideTitle ? undefined : `${this.#id}-title`)} aria-label=${ifDefined(this.hideTitle ? this.t('passport.roster.title') : undefined)}>
      ${this.#renderHead(!empty)} ${body} ${dialog}
    </section>`;
  }

  /** The heading and « Inscrire un nouveau salarié » (which the empty state carries itself). */
  #renderHead(enroll: boolean) {
    return html`<div class="head">
      ${this.hideTitle ? nothing : html`<h2 part="title" class="title" id="${this.#id}-title">${this.t('passport.roster.title')}</h2>`}
      ${enroll ? this.#renderEnroll() : nothing}
    </div>`;
  }

  #renderEnroll() {
    return html`<button type="button" part="enroll-button" class="btn enroll" aria-haspopup="dialog" @click=${this.#dialogs.requestEnrollment}>${plusIcon}<span>${this.t('passport.roster.enroll')}</span></button>`;
  }

  #renderSignedOut() {
    const expired = this.#session.expired;
    return html`<section part="base signed-out" class="base">
      ${this.hideTitle ? nothing : html`<h2 part="title" class="title">${this.t('passport.roster.title')}</h2>`}
      <div class="state signed-out" role=${expired ? 'alert' : 'status'}>
        ${lockIcon}
        <div>
          <p><strong>${this.t(expired ? 'passport.roster.sessionExpired' : 'passport.roster.signedOut')}</strong></p>
          ${passportLoginAction(this, { label: this.t('passport.roster.signIn'), href: this.loginHref, reason: this.#session.reason, className: 'btn' })}
        </div>
      </div>
    </section>`;
  }

  #renderLoadError() {
    const paging = this.#data.paging;
    return listError(
      this.t('passport.roster.error'),
      paging.status === 'failed' ? this.services!.describeFailure(paging.failure) : '',
      this.t('common.retry'),
      () => void this.#data.loadAll(true),
    );
  }

  #renderNotice() {
    return renderNotice(this.notice, this.t('common.close'), () => (this.notice = undefined));
  }

  #renderList() {
    const index = this.#data.index!;
    const texts = this.#texts!;
    // While a search is being counted (a frame), the list keeps showing the last count.
    const matches = this.#view.positions.length;
    const searching = this.query.trim() !== '' || this.#status !== undefined;
    if (this.#view.counted || !this.#countShown)
      this.#countShown = { rows: matches, label: this.#countText(searching ? 'found' : 'count', matches) };
    const count = this.#countShown;
    const paging = this.#data.paging;
    const t = this.#t;
    const sortTexts = {
      by: t('passport.roster.sortBy'),
      order: t('passport.roster.sortOrder'),
      column: (c: RosterSortColumn) => t(`passport.roster.column.${c}`),
      direction: (d: RosterSortDirection) => t(`passport.roster.sortOrder.${d}`),
    };
    const states = renderStates(index, {
      id: this.#id,
      t,
      texts,
      query: this.query,
      filter: this.#filter,
      alertHidden: this.alertHidden,
      onFilter: (filter) => (this.statusFilter = filter),
      onShowBlocked: () => void this.#filterAndFocus('blocked'),
      onHideAlert: (ids) => {
        this.alertHidden = new Set(ids);
        void this.#filterAndFocus(this.#filter);
      },
    });
    return html`${states.alert}<div class="tools">
        <div part="search" class="search">
          ${searchIcon}
          <label class="sr-only" for="${this.#id}-q">${t('passport.roster.search.label')}</label>
          ${listSearchInput(this.#id, t('passport.roster.search.placeholder'), this.query, this.#onSearch)}
          <p class="hint" id="${this.#id}-hint">${t('passport.roster.search.hint')}</p>
        </div>
        <p part="count" class="count">${count.label}</p>
        ${paging.status === 'loading' ? renderProgress(this.#id, t, texts, Math.min(index.total, this.#data.expected), this.#data.expected) : nothing}
      </div>
      ${states.summary} ${sortControls(this.#id, ROSTER_SORT_COLUMNS, this.#sort, sortTexts, (next) => ([this.sortColumn, this.sortDirection] = [next.column, next.direction]))}
      ${
        paging.status === 'failed'
          ? listError(
              t('passport.roster.error.partial', {
                loaded: texts.count(index.total),
                total: texts.count(Math.max(this.#data.expected, index.total)),
              }),
              this.services!.describeFailure(paging.failure),
              t('common.retry'),
              () => void this.#data.loadAll(true),
            )
          : nothing
      }
      ${this.#renderNotice()} ${this.#announcer.region()}
      ${matches === 0 ? renderNoResult({ t, query: this.query.trim(), filter: this.#status ? t(`passport.roster.filter.${this.#filter}`) : undefined, clearSearch: this.#clearSearch, showAll: () => void this.#filterAndFocus('all') }) : nothing}
      ${virtualTable(this.#table, {
        id: this.#id,
        label: t('passport.roster.list'),
        tableLabel: t('passport.roster.title'),
        rows: count.rows,
        hidden: matches === 0,
        columns: COLUMNS,
        headers: COLUMNS.map((c) => this.#renderHeader(c)),
        onSortClick: this.#onSortClick,
        onRowClick: this.#onRowClick,
        scroller: this.#scrollerRef,
        body: this.#bodyRef,
      })}`;
  }

  #renderHeader(column: Column) {
    const label = this.t(`passport.roster.column.${column}`);
    if (column === 'actions') return html`<th scope="col" role="columnheader" class="th-actions">${label}</th>`;
    const sort = this.#sort;
    return sortHeader(column, label, sort.column === column ? sort.direction : undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'passport-roster': PassportRoster;
  }
}
