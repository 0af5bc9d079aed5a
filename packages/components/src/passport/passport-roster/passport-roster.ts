import { html, nothing, render, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createRef } from 'lit/directives/ref.js';
import {
  EMPLOYEE_STATES,
  PROFILE_IDS,
  ROSTER_SORT_COLUMNS,
  ROSTER_SORT_DIRECTIONS,
  appendRosterRows,
  buildRosterIndex,
  calendarDateOf,
  deleteRosterRow,
  isApiError,
  passportCoreMessages,
  passportRosterMessages,
  passportProblemOfFailure,
  prepareRosterIndex,
  rosterPositionOf,
  rosterRowAt,
  rosterRowsWithStatus,
  rosterStatus,
  rosterStatusCounts,
  safePassportUrl,
  setRosterLabels,
  setRosterToday,
  updateRosterRow,
  viewRoster,
  viewRosterStart,
  type ApiFailure,
  type Employee,
  type EmployeeState,
  type Locale,
  type MessageKey,
  type PassportSession,
  type ProfileId,
  type RosterIndex,
  type RosterLabels,
  type RosterSort,
  type RosterSortColumn,
  type RosterSortDirection,
  type RosterStatus,
  type RosterStatusCounts,
} from '@vigie/core';
import { beginsWithVowelSound, formatDate, formatInteger, toLocale } from '@vigie/core/i18n';
import { checkIcon, closeIcon, errorIcon, icon, infoIcon, lockIcon, searchIcon } from '../../base/icons.js';
import { spinnerStyles, tokens } from '../../base/styles.js';
import { VigieElement } from '../../base/vigie-element.js';
import { PassportSessionController, passportLoginAction } from '../passport-session.js';
import { EmployeeDeletedEvent, EmployeeEditRequestedEvent, EmployeeEnrollmentRequestedEvent, EmployeeUnblockedEvent } from './passport-roster.events.js';
import { PassportViewRequestedEvent } from '../passport-view/passport-view.events.js';
import {
  VIRTUAL_OVERSCAN,
  VirtualTableController,
  labelStackedCells,
  listError,
  listLoading,
  listSearchInput,
  virtualTable,
  visibleRowCount,
  whenIdle,
  type RowMetrics,
} from '../../base/virtual-table/virtual-table.js';
import { sortControls, sortHeader, sortOnClick } from '../../base/virtual-table/sort-header.js';
import { virtualListStyles, virtualTableStyles } from '../../base/virtual-table/virtual-table.styles.js';
import { isRosterFilter, renderRosterFilters, type RosterFilter } from './roster-filters.js';
import { ROSTER_POLL_INTERVAL_MS, RosterPollController } from './roster-poll.js';
import { alertShown, renderRosterAlert, renderRosterSummary, type BlockedAlert, type SummaryState } from './roster-summary.js';
import { styles } from './passport-roster.styles.js';

/** The roster's columns, in the seed's order: the six that sort, then « Actions ». */
const COLUMNS = [...ROSTER_SORT_COLUMNS, 'actions'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * Geometry used until the first measure (3rem rows and header at 16 px; a 36rem viewport). The
 * first rows are rendered with it; the viewport's ResizeObserver measures in that same frame,
 * after its layout, and adds the rows a different geometry needs before the paint.
 */
const DEFAULT_METRICS: RowMetrics = { rowHeight: 48, headHeight: 48, viewport: 576 };
/**
 * How many rows of a new view are placed at once, at the top (more than any first window needs);
 * the rows further down are placed when the window reaches them, a search's count after the
 * frame that shows its first matches, the default order's in idle time.
 */
const START_ROWS = 128;
/** Screen readers hear the number of results once typing pauses (the rows themselves change at once). */
const ANNOUNCE_DELAY_MS = 700;
const NO_ROWS = new Uint32Array(0);

const plusIcon = icon(svg`<path d="M12 5v14"/><path d="M5 12h14"/>`);
const spinner = html`<span class="spinner" aria-hidden="true"></span>`;

/** The list's loading: not started, pages arriving, every page in, or stopped by a failure. */
type Paging =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'done' }
  | { readonly status: 'failed'; readonly failure: ApiFailure };

/** A confirmation dialog (« Bloqué » → unblock, the bin → « Supprimer le profil »). */
interface Confirmation {
  readonly kind: 'unblock' | 'delete';
  readonly employee: Employee;
  /** The unblock or delete request is under way. */
  readonly busy: boolean;
  /** After a conflict: the employee is being read again (« Recharger »). */
  readonly reloading?: boolean;
  /** The employee was read again after a conflict: the dialog shows them as they are now. */
  readonly reloaded?: boolean;
  readonly error?: { readonly text: string; readonly detail: string; readonly conflict: boolean };
}

/** The enrolment form in a dialog: creation, or « Modifier un salarié ». */
interface Editor {
  readonly kind: 'enroll' | 'edit';
  readonly employee?: Employee;
  /** `<employee-enrollment>` is fetched the first time it is needed. */
  readonly editor: 'loading' | 'ready' | 'failed';
}

/** « Voir le passeport »: `<passport-view>` in a dialog over the list (PP-ROSTER); fetched on first use. */
interface PassportDialog {
  readonly kind: 'passport';
  readonly employee: Employee;
  readonly view: 'loading' | 'ready' | 'failed';
}

type Dialog = Confirmation | Editor | PassportDialog;

const isConfirmation = (d: Dialog | undefined): d is Confirmation => d?.kind === 'unblock' || d?.kind === 'delete';

/** What gets the focus back when a dialog closes. */
type FocusTarget =
  | { readonly position: number; readonly action: RowAction }
  | { readonly enroll: true }
  | { readonly notice: true };

type RowAction = 'unblock' | 'edit' | 'delete' | 'passport';

/** Texts resolved once per locale: the rows read them for every cell. */
interface RosterTexts {
  readonly locale: Locale;
  readonly profile: Readonly<Record<ProfileId, string>>;
  readonly state: Readonly<Record<EmployeeState | 'expired' | 'expiring', string>>;
  readonly none: string;
  readonly notStarted: string;
  readonly noPassport: string;
  readonly noExpiry: string;
  readonly viewPassport: string;
  readonly viewPassportOf: (name: string) => string;
  readonly blockedOf: (name: string) => string;
  readonly editOf: (name: string) => string;
  readonly deleteOf: (name: string) => string;
  readonly noEmail: string;
  /** Under « Bloqué »: the module and the day (visible), and the same said in full (screen readers). */
  readonly blockedBy: (module: string, date: string) => { readonly text: string; readonly label: string };
  /** A count as the locale writes it (« 100 000 »). */
  readonly count: (n: number) => string;
  /** `YYYY-MM-DD` → as shown, each date formatted once. */
  readonly dates: Map<string, string>;
}

const failureOf = (error: unknown): ApiFailure =>
  isApiError(error) ? error.failure : { kind: 'network', message: error instanceof Error ? error.message : String(error) };

const nameOf = (e: Employee): string => `${e.firstName} ${e.lastName}`;

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

  static override styles = [tokens, spinnerStyles, virtualTableStyles, virtualListStyles, styles];

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

  @state() private paging: Paging = { status: 'idle' };
  /** The texts are functions of the data, read at render: a language switch re-words them (issue 8, point 20). */
  @state() private notice?: { readonly text: () => string; readonly created?: boolean };
  @state() private dialog?: Dialog;
  /** What the polite live region says (the number of results once typing pauses, a sort, the end of loading). */
  @state() private announcement: () => string = () => '';
  /** PP-BLOCK: the blocked accounts the referent hid the alert for (undefined: not hidden). */
  @state() private alertHidden?: ReadonlySet<string>;

  readonly #id = `pr${++uid}`;
  #index?: RosterIndex<Employee>;
  /**
   * Positions of the rows shown, in display order (core's view of the index); its length is the
   * number of rows shown, once counted. Until then ({@link #wholeView}), only its start may be
   * there: its first `#viewKnown` positions; and a search's first matches come before its count.
   */
  #view: Uint32Array = NO_ROWS;
  #viewKnown = 0;
  /** The length of `#view` is the number of rows shown (false: a search's first matches only). */
  #viewCounted = true;
  /** The count the list shows (kept while a new search is being counted); undefined before the first. */
  #countShown?: { readonly rows: number; readonly label: string };
  /** The search being counted after the frame that shows its first matches. */
  #countLater = 0;
  /** The server's count of employees (the progress bar's end). */
  #expected = 0;
  /** Bumped whenever every row must be painted again (data, labels). */
  #stamp = 0;
  /** The row to mark as new (just enrolled). */
  #fresh?: number;
  #texts?: RosterTexts;

  readonly #scrollerRef = createRef<HTMLDivElement>();
  readonly #bodyRef = createRef<HTMLTableSectionElement>();
  /** The virtual table (shared with `<site-list>`): window, recycled rows, scrolling, measuring, focus. */
  readonly #table = new VirtualTableController(this, {
    scroller: () => this.#scrollerRef.value,
    body: () => this.#bodyRef.value,
    view: () => this.#view,
    // Beyond the rows placed (or near the end of a search not counted yet): the whole view first.
    complete: (range) => {
      if (range.end > this.#viewKnown || (!this.#viewCounted && range.end + VIRTUAL_OVERSCAN >= this.#view.length)) {
        this.#wholeView();
        return true;
      }
      return false;
    },
    wholeLength: () => this.#wholeView().length,
    paint: (tr, position, index) => this.#paintRow(tr, position, index),
    stamp: () => this.#stamp,
    defaultAction: 'passport',
    metrics: DEFAULT_METRICS,
  });
  /** The index work waiting for idle time: its cancel function, `null` once done for the rows there. */
  #idleWork?: (() => void) | null;

  #abort?: AbortController;
  /** Loading was cut by a disconnection: resume when connected again. */
  #resume = false;
  /**
   * Where the last loading stands: the cursor of the next page (none: the first) and the ids this
   * loading has received (to drop, at the end of a reload, the rows the server no longer has).
   * « Réessayer » and a reconnection go on from there; undefined once every page is in.
   */
  #resumeFrom?: { readonly cursor: string | undefined; readonly seen: Set<string> | undefined };
  #client?: unknown;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #returnFocus?: FocusTarget;

  /** PP-ROSTER / PP-BLOCK: the list is read again when the tab becomes visible, and at intervals while visible. */
  readonly #poll = new RosterPollController(
    this,
    () => this.#pollNow(),
    () => (Number.isFinite(this.pollInterval) ? this.pollInterval * 1000 : 0),
  );

  readonly #session = new PassportSessionController(
    this,
    () => this.services,
    (session, previous) => this.#sessionChanged(session, previous),
  );

  // ── public API ─────────────────────────────────────────────────────────────────────────

  /** How many employees the list shows (those matching the search). */
  get matchCount(): number {
    return this.#wholeView().length;
  }

  /** How many employees are loaded (all of them once loading is done). */
  get loadedCount(): number {
    return this.#index?.total ?? 0;
  }

  /** How many employees the company has, as the server last said (the loaded count with `rows`). */
  get totalCount(): number {
    return Math.max(this.#expected, this.loadedCount);
  }

  /** Loads the list again (keeps showing the current rows until the new ones arrive). Nothing to do with `rows`. */
  refresh(): Promise<void> {
    return this.rows || !this.#session.session ? Promise.resolve() : this.#loadAll();
  }

  /** Scrolls so that row `index` of the list shown (0 = first) is in view; `await updateComplete` for its DOM. */
  scrollToRow(index: number): void {
    const count = this.#wholeView().length;
    if (count === 0) return;
    const i = Math.min(Math.max(0, Math.floor(index)), count - 1);
    this.#table.show(i);
    // The window follows at once when the table is there; otherwise at the next render.
    if (this.#table.ready && !this.isUpdatePending) this.#table.renderWindow();
    else this.requestUpdate();
  }

  /** Shows an employee as the server now has it (after your own edit form saved it). */
  applyUpdate(employee: Employee): void {
    if (!this.#index) return;
    if (!updateRosterRow(this.#index, employee)) appendRosterRows(this.#index, [employee]);
    this.#dataChanged();
  }

  /** Adds a new employee (after your own enrolment form created it), with « ✓ L’utilisateur a bien été créé ». */
  applyEnrollment(employee: Employee): void {
    if (!this.#index) this.#index = buildRosterIndex([], this.#labels(), { today: this.#today() });
    appendRosterRows(this.#index, [employee]);
    this.#fresh = rosterPositionOf(this.#index, employee.id);
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
    if (!this.#viewCounted) {
      // A search shows its first matches first; whoever awaits gets its count in the DOM too.
      this.#wholeView();
      this.requestUpdate();
      done = await super.getUpdateComplete();
    }
    this.#table.measureNow();
    return done;
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#resume) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.paging.status === 'loading') {
      this.#abort?.abort();
      this.#resume = true;
    } else if (this.#polling) this.#abort?.abort();
    this.#countLater++;
    this.#restartIdleWork();
    clearTimeout(this.#announceTimer);
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
        this.#useRows();
        viewFresh = true;
      }
    }
    if (!this.rows) this.#followSession();
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
    this.#syncRows();
    this.#syncDialog();
    if (!this.#viewCounted) this.#countAfterPaint();
    if (this.#index && this.#idleWork === undefined) this.#prepareWhenIdle(this.#index);
    if (changed.has('pollInterval')) this.#poll.sync();
  }

  // ── data ───────────────────────────────────────────────────────────────────────────────

  get #sort(): RosterSort {
    const column = (ROSTER_SORT_COLUMNS as readonly string[]).includes(this.sortColumn) ? this.sortColumn : 'lastName';
    const direction = (ROSTER_SORT_DIRECTIONS as readonly string[]).includes(this.sortDirection) ? this.sortDirection : 'ascending';
    return { column, direction };
  }

  #labels(): RosterLabels {
    const texts = this.#texts!;
    return { profile: (p) => texts.profile[p], state: (s) => texts.state[s], expiry: (s) => texts.state[s] };
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

  /** A new day (a tab left open overnight, or a clock moved): every row's state is rated again. */
  #syncToday(): void {
    this.#dayCache = this.#today();
    if (this.#index && setRosterToday(this.#index, this.#dayCache)) {
      this.#stamp++;
      this.#refreshView();
    }
  }

  /** The texts of the rows, once per locale; a new locale relabels the index (10 labels, no row touched). */
  #syncTexts(): void {
    const locale = this.services?.locale ?? toLocale(document.documentElement.lang);
    if (this.#texts?.locale === locale) return;
    // The sentence around a name, cut once per locale; twice, for a name that starts with a vowel
    // sound and one that does not (« Voir le passeport d’Alexandre », « … de Baptiste »).
    const phrase = (key: MessageKey) => {
      const cut = (first: string) => {
        const [before = '', after = ''] = this.t(key, { name: `${first}\u0000` }).split('\u0000');
        return [before.slice(0, -first.length), after] as const;
      };
      const [[vowelBefore, vowelAfter], [before, after]] = [cut('a'), cut('b')];
      return (name: string) => (beginsWithVowelSound(name) ? vowelBefore + name + vowelAfter : before + name + after);
    };
    this.#texts = {
      locale,
      profile: Object.fromEntries(PROFILE_IDS.map((p) => [p, this.t(`passport.profile.${p}`)])) as Record<ProfileId, string>,
      state: {
        ...(Object.fromEntries(EMPLOYEE_STATES.map((s) => [s, this.t(`passport.state.${s}`)])) as Record<EmployeeState, string>),
        expired: this.t('passport.roster.state.expired'),
        expiring: this.t('passport.roster.state.expiring'),
      },
      none: this.t('passport.state.none'),
      notStarted: this.t('passport.state.none.label'),
      noPassport: this.t('passport.roster.noPassport'),
      noExpiry: this.t('passport.roster.noExpiry'),
      viewPassport: this.t('passport.roster.viewPassport'),
      viewPassportOf: phrase('passport.roster.viewPassport.label'),
      blockedOf: phrase('passport.roster.blocked.label'),
      editOf: phrase('passport.roster.edit.label'),
      deleteOf: phrase('passport.roster.delete.label'),
      noEmail: this.t('passport.roster.noEmail'),
      blockedBy: (module, date) => ({ text: this.t('passport.roster.blockedBy', { module, date }), label: this.t('passport.roster.blockedBy.label', { module, date }) }),
      count: (n) => formatInteger(locale, n),
      dates: new Map(),
    };
    if (this.#index) {
      setRosterLabels(this.#index, this.#labels());
      this.#refreshView();
    }
    this.#stamp++;
  }

  /** `rows` set or changed: the list is that array (nothing fetched); unset: back to the API. */
  #useRows(): void {
    this.#restartIdleWork();
    this.#abort?.abort();
    this.#resume = false;
    this.#resumeFrom = undefined;
    this.#fresh = undefined;
    if (this.rows) {
      this.#index = buildRosterIndex(this.rows, this.#labels(), { today: this.#today() });
      this.#expected = this.rows.length;
      this.paging = { status: 'done' };
    } else {
      this.#index = undefined;
      this.#expected = 0;
      this.paging = { status: 'idle' };
      this.#client = undefined;
    }
    this.#stamp++;
    this.#refreshView();
  }

  #followSession(): void {
    this.#session.sync();
    const s = this.services;
    if (!s || !this.#session.session) return;
    if (s.client !== this.#client || this.#resume || this.paging.status === 'idle') {
      const resume = this.#resume && s.client === this.#client;
      this.#client = s.client;
      this.#resume = false;
      void this.#loadAll(resume);
    }
  }

  /** Another session (or none): nothing of the previous company may stay on screen. */
  #sessionChanged(session: PassportSession | undefined, previous: PassportSession | undefined): void {
    if (this.rows) return;
    if (session && previous && session.token === previous.token) return;
    this.#abort?.abort();
    this.#closeDialog();
    this.#index = undefined;
    this.#view = NO_ROWS;
    this.#viewKnown = 0;
    this.#viewCounted = true;
    this.#resumeFrom = undefined;
    this.#expected = 0;
    this.#fresh = undefined;
    this.notice = undefined;
    this.paging = { status: 'idle' };
    this.#client = undefined;
  }

  /**
   * Every page, one after the other, each added to the index as it arrives (the rows loaded so far
   * are shown, searched and sorted meanwhile). Loading again keeps the rows shown: each page
   * replaces its rows, and rows the server no longer has are dropped at the end. `resume`: from
   * the page after the last one received (« Réessayer » after a failure, a reconnection), not
   * from the first. `quiet` (a poll): no progress bar, no announcement, and a failure keeps the
   * list as it was without an error (the next poll tries again).
   */
  async #loadAll(resume = false, quiet = false): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#polling = quiet;
    const s = this.services!;
    const from = resume ? this.#resumeFrom : undefined;
    const seen = from ? from.seen : this.#index ? new Set<string>() : undefined;
    this.#resumeFrom = { cursor: from?.cursor, seen };
    if (!quiet) this.paging = { status: 'loading' };
    try {
      const { employeePages } = await import('@vigie/core/passport/api');
      const pages = employeePages(s.client, { session: this.#session.session, signal: abort.signal, cursor: from?.cursor });
      for await (const page of pages) {
        if (abort.signal.aborted) return;
        this.#receive(page.items, page.total, seen);
        this.#resumeFrom = { cursor: page.nextCursor ?? undefined, seen };
      }
      if (abort.signal.aborted) return;
      this.#resumeFrom = undefined;
      if (!this.#index) this.#index = buildRosterIndex([], this.#labels(), { today: this.#today() });
      if (seen) this.#prune(seen);
      this.paging = { status: 'done' };
      const total = this.#index.total;
      if (!quiet) this.#announce(() => () => this.t('passport.roster.loaded', { count: this.#countText('count', total) }), 0);
    } catch (e) {
      if (abort.signal.aborted) return;
      const failure = failureOf(e);
      if (failure.kind === 'aborted') return;
      if (this.#session.endIfRefused(failure)) return;
      if (!quiet) this.paging = { status: 'failed', failure };
    } finally {
      if (this.#abort === abort) this.#polling = false;
    }
  }

  /** A quiet load is under way (a poll). */
  #polling = false;

  /**
   * A poll (the tab became visible, or the interval): the list is loaded again in place, quietly,
   * when it is fully loaded and signed in (never over a loading, a failure or host-fed `rows`).
   */
  #pollNow(): void {
    if (this.rows || !this.#session.session || !this.services || this.paging.status !== 'done' || this.#polling) return;
    void this.#loadAll(false, true);
  }

  #receive(items: readonly Employee[], total: number, seen: Set<string> | undefined): void {
    if (this.#index) appendRosterRows(this.#index, items);
    else this.#index = buildRosterIndex(items, this.#labels(), { today: this.#today() });
    if (seen) for (const item of items) seen.add(item.id);
    this.#expected = total;
    this.#dataChanged();
  }

  /** After loading again: the rows the server no longer has leave the list. */
  #prune(seen: ReadonlySet<string>): void {
    const index = this.#index!;
    const gone: string[] = [];
    for (const position of viewRoster(index)) {
      const row = rosterRowAt(index, position);
      if (row && !seen.has(row.id)) gone.push(row.id);
    }
    for (const id of gone) deleteRosterRow(index, id);
    this.#dataChanged();
  }

  /**
   * After the rows are painted, the rest of the index (each row's search text, the lookup by id)
   * is prepared in idle time; a keystroke that comes first prepares what it needs itself.
   */
  #prepareWhenIdle(index: RosterIndex<Employee>): void {
    const work = whenIdle((shouldStop) => {
      if (index !== this.#index || this.#idleWork !== work) return true;
      const done = prepareRosterIndex(index, shouldStop);
      if (done) {
        this.#idleWork = null;
        // The whole order is ready: placing the rest of the default view costs nothing now.
        if (this.#viewCounted) this.#wholeView();
      }
      return done;
    });
    this.#idleWork = work;
  }

  /** New rows or another index: idle preparation starts again after the next paint. */
  #restartIdleWork(): void {
    this.#idleWork?.();
    this.#idleWork = undefined;
  }

  /**
   * The index changed: new view, every row painted again, and the rows a person is looking at stay
   * where they are (see {@link #anchor}).
   */
  #dataChanged(): void {
    this.#restartIdleWork();
    this.#stamp++;
    const anchor = this.#anchor();
    this.#refreshView();
    if (anchor) this.#keepAnchor(anchor);
    this.requestUpdate();
  }

  /**
   * What must stay still when the rows change (a page arriving, a row edited, deleted or added): the
   * rows at the top of the viewport, by position, and the scroll position. Pages come in id order,
   * so each one puts rows before and between those shown in a sorted list; without this, the rows
   * under a fixed scroll position changed with every page (issue 8, point 16). As the browser's own
   * scroll anchoring (`overflow-anchor`) does for a page, none at the very top: there the list
   * shows its start, whatever has just arrived.
   */
  #anchor(): { readonly top: number; readonly first: number; readonly positions: Uint32Array } | undefined {
    const scroller = this.#scrollerRef.value;
    if (!scroller || !this.#table.ready || !this.#index) return undefined;
    // The scroller may have moved since the last frame read it (a scroll event is pending).
    const top = this.#table.currentTop();
    if (top <= 0) return undefined;
    const m = this.#table.metrics;
    const first = Math.floor(top / m.rowHeight);
    // Only the part of the view placed before the change (the index has the new rows already).
    const end = Math.min(first + visibleRowCount(m), this.#viewKnown);
    if (first >= end) return undefined;
    return { top, first, positions: this.#view.slice(first, end) };
  }

  /**
   * Scrolls the new view so that the first row of the anchor still there is where it was on
   * screen (a row deleted or no longer matching the search gives way to the next one).
   */
  #keepAnchor(anchor: { readonly top: number; readonly first: number; readonly positions: Uint32Array }): void {
    const m = this.#table.metrics;
    for (let k = 0; k < anchor.positions.length; k++) {
      const position = anchor.positions[k]!;
      let index = this.#view.subarray(0, this.#viewKnown).indexOf(position);
      if (index < 0 && (this.#viewKnown < this.#view.length || !this.#viewCounted)) index = this.#wholeView().indexOf(position);
      if (index < 0) continue;
      this.#table.moveTo(Math.max(0, anchor.top + (index - anchor.first - k) * m.rowHeight));
      return;
    }
  }

  /**
   * The new view: its start at once (with no search and the default sort, core ranks only the
   * rows that can come first), the rest when the window goes further or in idle time.
   */
  #refreshView(): void {
    const index = this.#index;
    if (!index) {
      this.#view = NO_ROWS;
      this.#viewKnown = 0;
      this.#viewCounted = true;
      return;
    }
    const { positions, length } = viewRosterStart(index, { query: this.query, sort: this.#sort, status: this.#status }, START_ROWS);
    if (length !== undefined && positions.length < length) {
      this.#view = new Uint32Array(length);
      this.#view.set(positions);
    } else this.#view = positions;
    this.#viewKnown = positions.length;
    this.#viewCounted = length !== undefined;
    // No count shown yet (a first render with a search): no frame may show a wrong one.
    if (!this.#viewCounted && this.#countShown === undefined) this.#wholeView();
  }

  /** The view with every position placed and counted (computed now if only its start was). */
  #wholeView(): Uint32Array {
    if ((this.#viewKnown < this.#view.length || !this.#viewCounted) && this.#index) {
      this.#view = viewRoster(this.#index, { query: this.query, sort: this.#sort, status: this.#status });
      this.#viewKnown = this.#view.length;
      this.#viewCounted = true;
    }
    return this.#view;
  }

  /**
   * After the frame that shows a search's first matches (a task queued from that frame runs once
   * it is painted), the search is counted: the count, `aria-rowcount` and the scroll extent follow.
   */
  #countAfterPaint(): void {
    const ticket = ++this.#countLater;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (ticket !== this.#countLater) return;
        this.#wholeView();
        this.requestUpdate();
      }),
    );
  }

  /** The search or the sort changed: new view from the top (unless `fresh`: just computed), and a word for screen readers. */
  #viewChanged(what: 'none' | 'query' | 'sort' | 'filter', fresh = false): void {
    if (!fresh) this.#refreshView();
    this.#stamp++;
    this.#table.setScrollTop(0);
    if (!this.#index || what === 'none') return;
    if (what === 'query') {
      // Said once typing pauses, from the search's count (then done).
      this.#announce(() => {
        const [kind, n] = [this.query.trim() || this.#status ? 'found' : 'count', this.#wholeView().length] as const;
        return () => this.#countText(kind, n);
      }, ANNOUNCE_DELAY_MS);
    } else if (what === 'filter') {
      // PP-ROSTER: the result of a state filter, said at once (« Bloqués : 2 salariés trouvés »).
      this.#announce(() => {
        const [kind, n, filter] = [this.#status ? 'found' : 'count', this.#wholeView().length, this.#filter] as const;
        return () => this.t('passport.roster.filter.announce', { filter: this.t(`passport.roster.filter.${filter}`), count: this.#countText(kind, n) });
      }, 0);
    } else {
      const sort = this.#sort;
      this.#announce(
        () => () =>
          this.t('passport.roster.sorted', {
            column: this.t(`passport.roster.column.${sort.column}`),
            direction: this.t(`passport.roster.sort.${sort.direction}`),
          }),
        0,
      );
    }
  }

  /**
   * Says something politely once `delay` has passed: `words()` then freezes the data (a count…) and
   * returns the sentence as a function of the locale, read at render, so that a language switch
   * re-words what the live region holds instead of leaving it in the former language.
   */
  #announce(words: () => () => string, delay: number): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const text = words();
      // Cleared first, so that the same words said again are heard again.
      this.announcement = () => '';
      void this.updateComplete.then(() => (this.announcement = text));
    }, delay);
  }

  #countText(kind: 'count' | 'found', n: number): string {
    if (n === 0) return this.t(`passport.roster.${kind}.none`);
    if (n === 1) return this.t(`passport.roster.${kind}.one`);
    return this.t(`passport.roster.${kind}.other`, { count: this.#texts!.count(n) });
  }

  // ── virtual rows (the shared virtual table: base/virtual-table/) ───────────────────────

  /** After each render: the table body (new or kept) gets the rows of the window. */
  #syncRows(): void {
    const scroller = this.#scrollerRef.value;
    if (scroller && this.#bodyRef.value?.isConnected) this.#labelCells(scroller);
    this.#table.sync();
  }

  /**
   * The narrow layout writes each stacked cell's column before its value from CSS (`content:
   * var(--_l-…) / ""`, silent for screen readers, which have the column headers): the labels are
   * set once per locale on the scroller, never per row.
   */
  #labelCells(scroller: HTMLDivElement): void {
    const label = (column: RosterSortColumn) => this.t('passport.roster.cellLabel', { label: this.t(`passport.roster.column.${column}`) });
    labelStackedCells(scroller, this.#texts!.locale, () => ({ passport: label('passport'), state: label('state'), expiresOn: label('expiresOn') }));
  }

  /** Paints one row: its cells are a Lit template rendered into the recycled `<tr>`. */
  #paintRow(tr: HTMLTableRowElement, position: number, index: number): void {
    const row = rosterRowAt(this.#index!, position);
    tr.setAttribute('aria-rowindex', String(index + 2));
    tr.dataset.p = String(position);
    tr.classList.toggle('fresh', position === this.#fresh);
    tr.classList.toggle('has-email', !!row?.email);
    render(row ? this.#cells(row) : nothing, tr, { host: this });
  }

  #date(day: string): string {
    const dates = this.#texts!.dates;
    let text = dates.get(day);
    if (text === undefined) dates.set(day, (text = formatDate(this.#texts!.locale, day)));
    return text;
  }

  /** « — » for an empty cell, with what it means for screen readers. */
  #none(meaning: string) {
    return html`<span aria-hidden="true" class="none">${this.#texts!.none}</span><span class="sr-only">${meaning}</span>`;
  }

  /** The cells of one row (icons inline: no nested template, fewest nodes). */
  #cells(row: Employee) {
    const x = this.#texts!;
    const name = nameOf(row);
    const url = safePassportUrl(row.passportUrl);
    // PP-ROSTER: a button, not a link: the passport opens over the list (or the host shows it), the page is never left.
    const passport = url ? html`<button type="button" class="link" data-action="passport" aria-haspopup="dialog" aria-label=${x.viewPassportOf(name)}>${x.viewPassport}</button>` : this.#none(x.noPassport);
    const state = this.#stateCell(row, name);
    // One line per cell, joined by line continuations: no white-space node between the cells.
    // Text cells hold their lines in `.cell`: cut with an ellipsis, shown whole on hover or while the row has the focus.
    return html`<td role="cell" class="text name"><span class="cell"><span class="line">${row.firstName}</span></span></td>\
<td role="cell" class="text name"><span class="cell"><span class="line">${row.lastName}</span>${row.email ? html`<span class="line email">${row.email}</span>` : nothing}</span></td>\
<td role="cell" class="text"><span class="cell"><span class="clamp">${x.profile[row.profile]}</span></span></td>\
<td role="cell" class="labelled">${passport}</td>\
<td role="cell" class="labelled status-cell ${row.state === 'blocked' ? 'text' : ''}">${state}</td>\
<td role="cell" class="text labelled">${row.expiresOn ? this.#date(row.expiresOn) : this.#none(x.noExpiry)}</td>\
<td role="cell"><span class="row-actions">\
<button type="button" class="icon-btn" data-action="edit" aria-haspopup="dialog" aria-label=${x.editOf(name)}><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 20h9"/><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"/></svg></button>\
<button type="button" class="icon-btn danger" data-action="delete" aria-haspopup="dialog" aria-label=${x.deleteOf(name)}><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 6h18"/><path d="M8 6V4h8v2"/><path d="M6 6l1 14h10l1-14M10 11v6M14 11v6"/></svg></button>\
</span></td>`;
  }

  /**
   * PP-ROSTER / PP-BLOCK: the state shown today, an icon AND its text (« Actif », « Expire bientôt »,
   * « Expiré »); « Bloqué » is the unblock button, with the module and the day of the block under it.
   */
  #stateCell(row: Employee, name: string) {
    const x = this.#texts!;
    const status = rosterStatus(row, this.#day);
    if (status === 'not-started') return this.#none(x.notStarted);
    // Icons inline, one template per state (as the row's other icons): paths only, no nested template.
    if (status === 'active') return html`<span class="status" data-state="active"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M20 6 9 17l-5-5"/></svg>${x.state.active}</span>`;
    if (status === 'expired') return html`<span class="status" data-state="expired"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10"/><path d="M12 8v4M12 16h.01"/></svg>${x.state.expired}</span>`;
    if (status === 'expiring') return html`<span class="status" data-state="expiring"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10"/><path d="M12 6v6l4 2"/></svg>${x.state.expiring}</span>`;
    const button = html`<button type="button" class="blocked" data-action="unblock" aria-haspopup="dialog" aria-label=${x.blockedOf(name)}><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="3" y="11" width="18" height="11" rx="2"/><path d="M7 11V7a5 5 0 0 1 10 0v4"/></svg>${x.state.blocked}</button>`;
    const block = row.block;
    if (!block) return button;
    const by = x.blockedBy(this.t(`passport.module.${block.moduleId}`), this.#date(calendarDateOf(Date.parse(block.at))));
    return html`<span class="cell">${button}<span class="line block-info" aria-hidden="true">${by.text}</span><span class="sr-only">${by.label}</span></span>`;
  }

  /** Today (Paris) as the rows are rated, refreshed at each update ({@link #syncToday}). */
  get #day(): string {
    return (this.#dayCache ??= this.#today());
  }
  #dayCache?: string;

  /** One listener for every row (event delegation): the control says what, its row says who. */
  #onRowClick = (e: MouseEvent) => {
    const control = (e.target as Element).closest<HTMLElement>('[data-action]');
    const tr = control?.closest('tr');
    if (!control || !tr?.dataset.p || !this.#index) return;
    const position = Number(tr.dataset.p);
    const employee = rosterRowAt(this.#index, position);
    if (!employee) return;
    const action = control.dataset.action as RowAction;
    this.#returnFocus = { position, action };
    if (action === 'edit') this.#requestEdit(employee);
    else if (action === 'passport') void this.#requestPassport(employee);
    else if (action === 'delete' || action === 'unblock') this.dialog = { kind: action, employee, busy: false };
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

  /** Scrolls an employee's row into view (after an enrolment: the new row). */
  async #reveal(id: string): Promise<void> {
    const position = this.#index && rosterPositionOf(this.#index, id);
    if (position === undefined) return;
    const index = this.#wholeView().indexOf(position);
    if (index < 0) return;
    await this.updateComplete;
    this.#table.show(index);
    this.#table.renderWindow();
  }

  // ── actions ────────────────────────────────────────────────────────────────────────────

  #requestEnrollment = () => {
    const event = new EmployeeEnrollmentRequestedEvent();
    this.dispatchEvent(event);
    this.#returnFocus = { enroll: true };
    if (!event.defaultPrevented) void this.#openEditor({ kind: 'enroll', editor: 'loading' });
  };

  #requestEdit(employee: Employee): void {
    const event = new EmployeeEditRequestedEvent(employee);
    this.dispatchEvent(event);
    if (!event.defaultPrevented) void this.#openEditor({ kind: 'edit', employee, editor: 'loading' });
  }

  /** « Voir le passeport »: the cancelable `passport-view-requested`; not cancelled, `<passport-view>` in a dialog (fetched the first time). */
  async #requestPassport(employee: Employee): Promise<void> {
    const event = new PassportViewRequestedEvent(employee, safePassportUrl(employee.passportUrl));
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const ready = !!customElements.get('passport-view');
    this.dialog = { kind: 'passport', employee, view: ready ? 'ready' : 'loading' };
    if (ready) return;
    const done = (view: PassportDialog['view']) => {
      if (this.dialog?.kind === 'passport' && this.dialog.employee.id === employee.id) this.dialog = { ...this.dialog, view };
    };
    try {
      await import('../../define/passport-view.js');
      done('ready');
    } catch {
      done('failed');
    }
  }

  /** Opens the enrolment form in the dialog; `<employee-enrollment>` is fetched the first time. */
  async #openEditor(editor: Editor): Promise<void> {
    const ready = !!customElements.get('employee-enrollment');
    this.dialog = { ...editor, editor: ready ? 'ready' : 'loading' };
    if (!ready) {
      try {
        await import('../../define/employee-enrollment.js');
        if (this.dialog?.kind === editor.kind) this.dialog = { ...this.dialog, editor: 'ready' } as Editor;
      } catch {
        if (this.dialog?.kind === editor.kind) this.dialog = { ...this.dialog, editor: 'failed' } as Editor;
      }
    }
    await this.updateComplete;
    const form = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('employee-enrollment');
    await form?.updateComplete;
    form?.querySelector<HTMLElement>('input:not([type=hidden])')?.focus();
  }

  #onEnrolled = (e: HTMLElementEventMap['employee-enrolled']) => {
    this.applyEnrollment(e.employee);
  };

  #onUpdated = (e: HTMLElementEventMap['employee-updated']) => {
    this.applyUpdate(e.employee);
    this.notice = { text: () => this.t('passport.roster.updated', { name: nameOf(e.employee) }) };
    const position = this.#index && rosterPositionOf(this.#index, e.employee.id);
    if (position !== undefined) this.#returnFocus = { position, action: 'edit' };
    this.#closeDialog();
  };

  #onEditCancelled = () => this.#closeDialog();

  /** « Confirmer » in the unblock or delete dialog: one request at a time; a failure keeps the row. */
  #onConfirm = async (e: SubmitEvent) => {
    e.preventDefault();
    const d = this.dialog;
    if (!isConfirmation(d) || d.busy || d.reloading || !this.#index) return;
    const position = rosterPositionOf(this.#index, d.employee.id);
    const employee = (position !== undefined && rosterRowAt(this.#index, position)) || d.employee;
    this.dialog = { kind: d.kind, employee, busy: true };
    const s = this.services!;
    const opts = { session: this.#session.session ?? s.passportSession };
    try {
      const api = await import('@vigie/core/passport/api');
      if (d.kind === 'unblock') {
        const updated = await api.unblockEmployee(s.client, employee.id, opts);
        this.applyUpdate(updated);
        this.notice = { text: () => this.t('passport.roster.unblocked', { name: nameOf(updated) }) };
        if (position !== undefined) this.#returnFocus = { position, action: 'edit' };
        this.#closeDialog();
        this.dispatchEvent(new EmployeeUnblockedEvent(updated));
      } else {
        await api.deleteEmployee(s.client, employee.id, employee.version, opts);
        this.#remove(employee, 'passport.roster.deleted');
        this.dispatchEvent(new EmployeeDeletedEvent(employee));
      }
    } catch (err) {
      this.#confirmFailed(d.kind, employee, failureOf(err));
    }
  };

  #remove(employee: Employee, message: MessageKey): void {
    deleteRosterRow(this.#index!, employee.id);
    this.#dataChanged();
    this.notice = { text: () => this.t(message, { name: nameOf(employee) }) };
    this.#returnFocus = { notice: true };
    this.#closeDialog();
  }

  #confirmFailed(kind: Confirmation['kind'], employee: Employee, failure: ApiFailure): void {
    if (failure.kind === 'aborted') return;
    if (this.#session.endIfRefused(failure)) {
      this.#closeDialog();
      return;
    }
    if (kind === 'delete' && passportProblemOfFailure(failure) === 'notFound') {
      this.#remove(employee, 'passport.roster.goneAlready');
      return;
    }
    const conflict = failure.kind === 'conflict' || passportProblemOfFailure(failure) === 'versionMismatch';
    const text = this.t(kind === 'unblock' ? 'passport.roster.error.unblock' : 'passport.roster.error.delete', { name: nameOf(employee) });
    const detail = conflict ? this.t('passport.roster.error.conflict') : `${this.services!.describeFailure(failure)} ${this.t('passport.roster.error.kept')}`;
    this.dialog = { kind, employee, busy: false, error: { text, detail, conflict } };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.dialog-error')?.focus());
  }

  /**
   * « Recharger » after a conflict (someone else changed the employee): reads that employee again,
   * one request rather than every page; the row and the dialog then show them as they are now, to
   * confirm again. Gone in between: the row leaves the list, as after a delete.
   */
  #reloadEmployee = async () => {
    const d = this.dialog;
    if (!isConfirmation(d) || d.busy || d.reloading) return;
    const { kind, employee } = d;
    const still = () => isConfirmation(this.dialog) && this.dialog.kind === kind && this.dialog.employee.id === employee.id;
    this.dialog = { ...d, reloading: true };
    const s = this.services!;
    try {
      const { getEmployee } = await import('@vigie/core/passport/api');
      const current = await getEmployee(s.client, employee.id, { session: this.#session.session ?? s.passportSession });
      this.applyUpdate(current);
      if (!still()) return;
      this.dialog = { kind, employee: current, busy: false, reloaded: true };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.dialog-reloaded')?.focus();
    } catch (err) {
      const failure = failureOf(err);
      if (failure.kind === 'aborted' || !still()) return;
      if (this.#session.endIfRefused(failure)) {
        this.#closeDialog();
        return;
      }
      if (passportProblemOfFailure(failure) === 'notFound') {
        this.#remove(employee, 'passport.roster.goneAlready');
        return;
      }
      const error = { text: this.t('passport.roster.error.reload', { name: nameOf(employee) }), detail: this.services!.describeFailure(failure), conflict: true };
      this.dialog = { kind, employee, busy: false, error };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.dialog-error')?.focus();
    }
  };

  // ── dialogs ────────────────────────────────────────────────────────────────────────────

  #dialogElement(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #syncDialog(): void {
    const dialog = this.#dialogElement();
    if (this.dialog && dialog && !dialog.open) dialog.showModal();
  }

  #closeDialog(): void {
    const dialog = this.#dialogElement();
    if (dialog?.open) dialog.close();
    else this.dialog = undefined;
  }

  /** The dialog closed (Escape, « Annuler », the close button, or done): focus goes back where it belongs. */
  #onDialogClose = async () => {
    this.dialog = undefined;
    const target = this.#returnFocus;
    await this.updateComplete;
    if (target) await this.#focusTarget(target);
  };

  async #focusTarget(target: FocusTarget): Promise<void> {
    if ('position' in target) {
      const index = this.#wholeView().indexOf(target.position);
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
    const index = this.#index;
    let body;
    if (!index) body = this.paging.status === 'failed' ? this.#renderLoadError(this.paging.failure) : this.#renderLoading();
    else if (index.total === 0 && this.paging.status === 'done') body = this.#renderEmpty();
    else body = this.#renderList(index);
    const empty = !!index && index.total === 0 && this.paging.status === 'done';
    return html`<section part="base" class="base" aria-labelledby=${ifDefined(this.hideTitle ? undefined : `${this.#id}-title`)} aria-label=${ifDefined(this.hideTitle ? this.t('passport.roster.title') : undefined)}>
      ${this.#renderHead(!empty)} ${body} ${this.#renderDialog()}
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
    return html`<button type="button" part="enroll-button" class="btn enroll" aria-haspopup="dialog" @click=${this.#requestEnrollment}>${plusIcon}<span>${this.t('passport.roster.enroll')}</span></button>`;
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

  #renderLoading() {
    return listLoading(this.t('passport.roster.loading'));
  }

  #renderLoadError(failure: ApiFailure) {
    return listError(this.t('passport.roster.error'), this.services!.describeFailure(failure), this.t('common.retry'), () => void this.#loadAll(true));
  }

  #renderEmpty() {
    return html`<div part="empty" class="state empty">
        ${infoIcon}
        <div>
          <h3>${this.t('passport.roster.empty.title')}</h3>
          <p>${this.t('passport.roster.empty.text')}</p>
          ${this.#renderEnroll()}
        </div>
      </div>
      ${this.#renderNotice()}`;
  }

  #renderList(index: RosterIndex<Employee>) {
    // While a search is being counted (a frame), the list keeps showing the last count.
    const matches = this.#view.length;
    const searching = this.query.trim() !== '' || this.#status !== undefined;
    if (this.#viewCounted || !this.#countShown) this.#countShown = { rows: matches, label: this.#countText(searching ? 'found' : 'count', matches) };
    const count = this.#countShown;
    return html`${this.#renderAlert(index)}<div class="tools">
        <div part="search" class="search">
          ${searchIcon}
          <label class="sr-only" for="${this.#id}-q">${this.t('passport.roster.search.label')}</label>
          ${listSearchInput(this.#id, this.t('passport.roster.search.placeholder'), this.query, this.#onSearch)}
          <p class="hint" id="${this.#id}-hint">${this.t('passport.roster.search.hint')}</p>
        </div>
        <p part="count" class="count">${count.label}</p>
        ${this.#renderProgress(index)}
      </div>
      ${this.#renderStates(index)} ${this.#renderSortControls()}
      ${this.#renderPagingError(index)} ${this.#renderNotice()}
      <p class="sr-only" role="status" aria-atomic="true">${this.announcement()}</p>
      ${matches === 0 ? this.#renderNoResult() : nothing}
      ${virtualTable(this.#table, {
        id: this.#id,
        label: this.t('passport.roster.list'),
        tableLabel: this.t('passport.roster.title'),
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

  #renderProgress(index: RosterIndex<Employee>) {
    if (this.paging.status !== 'loading' || this.#expected === 0) return nothing;
    const n = this.#texts!.count;
    const loaded = Math.min(index.total, this.#expected);
    return html`<div part="progress" class="progress">
      <progress max=${this.#expected} .value=${loaded} aria-labelledby="${this.#id}-progress"></progress>
      <span id="${this.#id}-progress">${this.t('passport.roster.progress', { loaded: n(loaded), total: n(this.#expected) })}</span>
    </div>`;
  }

  #renderPagingError(index: RosterIndex<Employee>) {
    if (this.paging.status !== 'failed') return nothing;
    const n = this.#texts!.count;
    return listError(
      this.t('passport.roster.error.partial', { loaded: n(index.total), total: n(Math.max(this.#expected, index.total)) }),
      this.services!.describeFailure(this.paging.failure),
      this.t('common.retry'),
      () => void this.#loadAll(true),
    );
  }

  #renderNotice() {
    const n = this.notice;
    return html`<div part="notice" class="notice" role="status">
      ${n
        ? html`<p class="notice-box ${n.created ? 'created' : ''}" tabindex="-1">
            ${checkIcon}<span class="notice-text">${n.text()}</span>
            <button type="button" class="icon-btn" aria-label=${this.t('common.close')} @click=${() => (this.notice = undefined)}>${closeIcon}</button>
          </p>`
        : nothing}
    </div>`;
  }

  #renderNoResult() {
    const query = this.query.trim();
    const filter = this.#status ? this.t(`passport.roster.filter.${this.#filter}`) : undefined;
    const showAll = filter ? html`<button type="button" class="btn secondary" @click=${this.#showAll}>${this.t('passport.roster.filter.showAll')}</button>` : nothing;
    if (!query && filter) {
      return html`<div part="empty" class="state empty small">
        ${infoIcon}
        <div>
          <p><strong>${this.t('passport.roster.filter.none', { filter })}</strong></p>
          ${showAll}
        </div>
      </div>`;
    }
    return html`<div part="empty" class="state empty small">
      ${infoIcon}
      <div>
        <p><strong>${this.t('passport.roster.noResult', { query })}</strong></p>
        <p>${this.t('passport.roster.noResult.hint')}</p>
        <button type="button" class="btn secondary" @click=${this.#clearSearch}>${this.t('passport.roster.clearSearch')}</button>
        ${showAll}
      </div>
    </div>`;
  }

  // ── states: filters, summary, the referent's alert (PP-ROSTER, PP-BLOCK) ───────────────

  /** Counts of the whole list, and the blocked rows, computed again only when the index changed. */
  #overview?: { readonly counts: RosterStatusCounts; readonly blocked: readonly Employee[] };

  #overviewOf(index: RosterIndex<Employee>): { readonly counts: RosterStatusCounts; readonly blocked: readonly Employee[] } {
    const counts = rosterStatusCounts(index);
    if (this.#overview?.counts !== counts) this.#overview = { counts, blocked: rosterRowsWithStatus(index, 'blocked') };
    return this.#overview;
  }

  /** The summary line (the whole list) and the filters (their counts follow the search). */
  #renderStates(index: RosterIndex<Employee>) {
    const { counts } = this.#overviewOf(index);
    const n = this.#texts!.count;
    const plural = new Intl.PluralRules(this.#texts!.locale === 'en' ? 'en-GB' : 'fr-FR');
    const part = (state: SummaryState, count: number) =>
      this.t(`passport.roster.summary.${state}.${plural.select(count) === 'one' ? 'one' : 'other'}`, { count: n(count) });
    return html`${renderRosterSummary({ counts, label: this.t('passport.roster.summary.label'), part })}
    ${renderRosterFilters({
      id: this.#id,
      legend: this.t('passport.roster.filter.legend'),
      selected: this.#filter,
      counts: rosterStatusCounts(index, { query: this.query }),
      label: (filter) => this.t(`passport.roster.filter.${filter}`),
      count: n,
      onChange: (filter) => (this.statusFilter = filter),
    })}`;
  }

  /** PP-BLOCK: the referent's alert while accounts are blocked (until hidden, and again at a new block). */
  #renderAlert(index: RosterIndex<Employee>) {
    const { blocked } = this.#overviewOf(index);
    const ids = blocked.map((e) => e.id);
    let alert: BlockedAlert | undefined;
    if (alertShown(ids, this.alertHidden)) {
      const only = blocked.length === 1 ? blocked[0]! : undefined;
      const block = only?.block;
      alert = {
        count: blocked.length,
        only: only && block ? { name: nameOf(only), module: this.t(`passport.module.${block.moduleId}`), date: this.#date(calendarDateOf(Date.parse(block.at))) } : undefined,
      };
    }
    const plural = new Intl.PluralRules(this.#texts!.locale === 'en' ? 'en-GB' : 'fr-FR').select(blocked.length) === 'one' ? 'one' : 'other';
    return renderRosterAlert({
      id: this.#id,
      alert,
      title: this.t(`passport.roster.alert.title.${plural}`, { count: this.#texts!.count(blocked.length) }),
      text: alert?.only ? this.t('passport.roster.alert.one', alert.only) : this.t('passport.roster.alert.other'),
      show: this.t('passport.roster.alert.show'),
      dismiss: this.t('passport.roster.alert.dismiss'),
      filtered: this.#filter === 'blocked',
      onShow: () => void this.#filterAndFocus('blocked'),
      onDismiss: () => {
        this.alertHidden = new Set(ids);
        void this.#filterAndFocus(this.#filter);
      },
    });
  }

  /** Sets a filter and puts the focus on its radio (the control that was pressed may be gone). */
  async #filterAndFocus(filter: RosterFilter): Promise<void> {
    this.statusFilter = filter;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`[part~=filters] input[value=${filter}]`)?.focus();
  }

  #showAll = () => void this.#filterAndFocus('all');

  /** PP-ROSTER: where rows stack, the column headers are off screen: « Trier par » and « Ordre » say and change the sort. */
  #renderSortControls() {
    const texts = { by: this.t('passport.roster.sortBy'), order: this.t('passport.roster.sortOrder'), column: (c: RosterSortColumn) => this.t(`passport.roster.column.${c}`), direction: (d: RosterSortDirection) => this.t(`passport.roster.sortOrder.${d}`) };
    return sortControls(this.#id, ROSTER_SORT_COLUMNS, this.#sort, texts, (next) => ([this.sortColumn, this.sortDirection] = [next.column, next.direction]));
  }

  #renderDialog() {
    const d = this.dialog;
    if (!d) return nothing;
    if (d.kind === 'passport') return this.#renderPassport(d);
    return isConfirmation(d) ? this.#renderConfirmation(d) : this.#renderEditor(d);
  }

  #renderConfirmation(d: Confirmation) {
    const id = `${this.#id}-dialog`;
    const name = nameOf(d.employee);
    const unblock = d.kind === 'unblock';
    const body = unblock
      ? html`<p>${this.t('passport.roster.unblock.question', { name })}</p>
          <p>${this.t('passport.roster.unblock.effect')}</p>`
      : html`<p>${this.t('passport.roster.deleteDialog.question', { name })}</p>
          <p class="warning">${this.t('passport.roster.deleteDialog.warning')}</p>
          <ul>
            <li>${this.t('passport.roster.deleteDialog.certificate')}</li>
            <li>${this.t('passport.roster.deleteDialog.sites')}</li>
          </ul>`;
    return html`<dialog part="dialog confirm-dialog" class="dialog confirm ${d.kind}" aria-labelledby="${id}-title" aria-describedby="${id}-body" @close=${this.#onDialogClose}>
      <form method="dialog" @submit=${this.#onConfirm}>
        <h2 id="${id}-title">${this.t(unblock ? 'passport.roster.unblock.title' : 'passport.roster.deleteDialog.title')}</h2>
        <div id="${id}-body" class="dialog-text">${body}</div>
        ${d.error
          ? html`<div class="dialog-error" role="alert" tabindex="-1">
              ${errorIcon}
              <div>
                <p><strong>${d.error.text}</strong></p>
                <p>${d.error.detail}</p>
                ${d.error.conflict
                  ? html`<button
                      type="button"
                      class="btn secondary small"
                      aria-label=${this.t('passport.roster.reloadRow.label', { name })}
                      aria-disabled=${ifDefined(d.reloading ? 'true' : undefined)}
                      @click=${this.#reloadEmployee}
                    >
                      ${d.reloading ? spinner : nothing}${this.t('passport.roster.reloadRow')}
                    </button>`
                  : nothing}
              </div>
            </div>`
          : nothing}
        ${d.reloaded ? html`<p class="notice-box dialog-reloaded" role="status" tabindex="-1">${infoIcon}<span class="notice-text">${this.t('passport.roster.reloaded', { name })}</span></p>` : nothing}
        <div class="dialog-actions">
          <button type="submit" class="btn ${unblock ? '' : 'danger'}" aria-disabled=${ifDefined(d.busy ? 'true' : undefined)} ?autofocus=${unblock}>
            ${d.busy ? spinner : nothing}${this.t('passport.roster.confirm')}
          </button>
          <button type="button" class="btn secondary" ?autofocus=${!unblock} @click=${() => this.#closeDialog()}>${this.t('passport.roster.cancel')}</button>
        </div>
        <p class="sr-only" role="status">${d.busy ? this.t('passport.roster.working') : ''}</p>
      </form>
    </dialog>`;
  }

  #renderPassport(d: PassportDialog) {
    const label = this.t('passport.roster.passportDialog.label', { name: nameOf(d.employee) });
    let content;
    if (d.view === 'failed') {
      content = html`<div class="dialog-error" role="alert">
        ${errorIcon}
        <div>
          <p><strong>${this.t('passport.roster.passportDialog.error')}</strong></p>
          <button type="button" class="btn secondary small" @click=${() => void this.#requestPassport(d.employee)}>${this.t('common.retry')}</button>
        </div>
      </div>`;
    } else if (d.view === 'loading') {
      content = html`<p class="state loading" role="status">${spinner}${this.t('common.loading')}</p>`;
    } else {
      content = html`<passport-view employee-id=${d.employee.id} login-href=${ifDefined(this.loginHref)}></passport-view>`;
    }
    return html`<dialog part="dialog passport-dialog" class="dialog editor passport" aria-label=${label} @close=${this.#onDialogClose}>
      <div class="dialog-bar">
        <button type="button" class="icon-btn" aria-label=${this.t('common.close')} @click=${() => this.#closeDialog()}>${closeIcon}</button>
      </div>
      <div class="dialog-body">${content}</div>
    </dialog>`;
  }

  #renderEditor(d: Editor) {
    const title = this.t(d.kind === 'edit' ? 'passport.roster.editDialog.title' : 'passport.roster.enroll');
    let content;
    if (d.editor === 'failed') {
      content = html`<div class="dialog-error" role="alert">
        ${errorIcon}
        <div>
          <p><strong>${this.t('passport.roster.editor.error')}</strong></p>
          <button type="button" class="btn secondary small" @click=${() => this.#openEditor(d)}>${this.t('common.retry')}</button>
        </div>
      </div>`;
    } else if (d.editor === 'loading') {
      content = html`<p class="state loading" role="status">${spinner}${this.t('common.loading')}</p>`;
    } else if (d.kind === 'edit' && d.employee) {
      content = html`<employee-enrollment employee-id=${d.employee.id} .employee=${d.employee} login-href=${ifDefined(this.loginHref)}></employee-enrollment>`;
    } else {
      content = html`<employee-enrollment login-href=${ifDefined(this.loginHref)}></employee-enrollment>`;
    }
    return html`<dialog
      part="dialog form-dialog"
      class="dialog editor"
      aria-label=${title}
      @close=${this.#onDialogClose}
      @employee-enrolled=${this.#onEnrolled}
      @employee-updated=${this.#onUpdated}
      @employee-edit-cancelled=${this.#onEditCancelled}
    >
      <div class="dialog-bar">
        <button type="button" class="icon-btn" aria-label=${this.t('common.close')} @click=${() => this.#closeDialog()}>${closeIcon}</button>
      </div>
      <div class="dialog-body">${content}</div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'passport-roster': PassportRoster;
  }
}
