/**
 * X-A11Y, RS-CALL — reordering a list in three ways, with no drag-and-drop library (the candidates
 * break inside shadow DOM or weigh 7–34 KB; native HTML drag and drop has no keyboard story):
 *
 * 1. **pointer drag on a handle** (`reorder-drag.on-demand.ts`, loaded when a pointer goes over a
 *    handle, or on the `pointerdown` itself) — `pointerdown` on `[data-reorder-handle]` captures the pointer
 *    (`setPointerCapture`), the row follows it, the others make room (midpoint comparison against the
 *    rows' boxes measured at pick-up, so no `elementFromPoint` and no shadow-DOM trouble); `pointerup`
 *    drops, `pointercancel`, a lost capture or Escape put it back. Mouse, pen and touch alike
 *    (`touch-action: none` on the handle);
 * 2. **visible buttons** `[data-reorder="up"]` / `[data-reorder="down"]` (WCAG 2.5.7: a single-pointer
 *    alternative to dragging). At the ends they stay focusable with `aria-disabled="true"` and say
 *    why (« … est déjà en première position »), so the focus is never lost;
 * 3. **Alt+↑ / Alt+↓** on anything focused in a row (APG « rearrangeable listbox »; advertise it with
 *    `aria-keyshortcuts`).
 *
 * Each move is announced through `announce` (the host speaks it in its polite live region: « Jean
 * Dupont déplacé en position 2 sur 5 »), and the focus stays on the moved item: on the same control
 * (`data-reorder-focus="<name>"`) in the moved row once the host re-rendered, or its handle.
 *
 * The host renders rows `[data-reorder-item][data-index="<i>"]` in order and applies `move(from, to)`
 * to its own data; the controller only listens (delegation on the render root) and moves nothing in
 * the host's data itself.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OnDemand } from './on-demand.js';
import type { PointerDrag } from './reorder-drag.on-demand.js';

export interface ReorderAnnouncement {
  readonly kind: 'moved' | 'already-first' | 'already-last' | 'grabbed' | 'cancelled';
  /** The item's name (« Jean Dupont »). */
  readonly name: string;
  /** 1-based. */
  readonly position: number;
  readonly count: number;
}

export interface ReorderControllerOptions {
  /** How many items there are now. */
  readonly count: () => number;
  /** The spoken name of the item at `index`. */
  readonly label: (index: number) => string;
  /** Applies a move to the host's data (the host re-renders). */
  readonly move: (from: number, to: number) => void;
  /** Says what happened (a polite live region). */
  readonly announce: (a: ReorderAnnouncement) => void;
  /** False while moves are not allowed (saving…); default true. */
  readonly enabled?: () => boolean;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment; updateComplete: Promise<boolean> };

export class ReorderController implements ReactiveController {
  /** The pointer drag, once its code is there. */
  #drag?: PointerDrag;
  readonly #code: OnDemand<typeof import('./reorder-drag.on-demand.js')>;

  constructor(
    private readonly host: Host,
    private readonly options: ReorderControllerOptions,
  ) {
    host.addController(this);
    this.#code = new OnDemand(host, () => import('./reorder-drag.on-demand.js'));
  }

  /** Whether a pointer drag is under way (the host may mark its list busy). */
  get dragging(): boolean {
    return this.#drag?.dragging ?? false;
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    root.addEventListener('pointerover', this.#onPointerOver as EventListener);
    root.addEventListener('pointerdown', this.#onPointerDown as EventListener);
    root.addEventListener('click', this.#onClick as EventListener);
    root.addEventListener('keydown', this.#onKeyDown as EventListener);
  }

  hostDisconnected(): void {
    const root = this.host.renderRoot;
    this.#drag?.end(false);
    root.removeEventListener('pointerover', this.#onPointerOver as EventListener);
    root.removeEventListener('pointerdown', this.#onPointerDown as EventListener);
    root.removeEventListener('click', this.#onClick as EventListener);
    root.removeEventListener('keydown', this.#onKeyDown as EventListener);
  }

  /** Moves the item at `from` by `delta` (−1 up, +1 down), says so, and keeps the focus on it. */
  step(from: number, delta: -1 | 1, focus?: string): void {
    const count = this.options.count();
    const name = this.options.label(from);
    const to = from + delta;
    if (to < 0 || to >= count) {
      this.options.announce({ kind: delta < 0 ? 'already-first' : 'already-last', name, position: from + 1, count });
      return;
    }
    this.#commit(from, to, focus);
  }

  #enabled(): boolean {
    return this.options.enabled?.() ?? true;
  }

  #commit(from: number, to: number, focus?: string) {
    const count = this.options.count();
    const name = this.options.label(from);
    this.options.move(from, to);
    this.options.announce({ kind: 'moved', name, position: to + 1, count });
    void this.host.updateComplete.then(() => this.#focus(to, focus));
  }

  /** After the host re-rendered: the same control in the moved row, else its handle (an enabled one). */
  #focus(index: number, name?: string) {
    const row = this.host.renderRoot.querySelector<HTMLElement>(`[data-reorder-item][data-index="${index}"]`);
    if (!row) return;
    const wanted = name ? row.querySelector<HTMLElement>(`[data-reorder-focus="${CSS.escape(name)}"]`) : null;
    const target =
      wanted && wanted.getAttribute('aria-disabled') !== 'true'
        ? wanted
        : (row.querySelector<HTMLElement>('[data-reorder-handle]') ?? wanted);
    target?.focus();
  }

  #rowOf(e: Event): { row: HTMLElement; index: number } | undefined {
    for (const node of e.composedPath()) {
      if (node === this.host) break;
      if (node instanceof HTMLElement && node.hasAttribute('data-reorder-item')) {
        const index = Number(node.dataset.index);
        return Number.isInteger(index) ? { row: node, index } : undefined;
      }
    }
    return undefined;
  }

  #closest(e: Event, selector: string): HTMLElement | undefined {
    for (const node of e.composedPath()) {
      if (node === this.host) break;
      if (node instanceof HTMLElement && node.matches(selector)) return node;
    }
    return undefined;
  }

  #onClick = (e: MouseEvent) => {
    const button = this.#closest(e, '[data-reorder]');
    const at = button && this.#rowOf(e);
    if (!button || !at || !this.#enabled()) return;
    const dir = button.dataset.reorder;
    if (dir !== 'up' && dir !== 'down') return;
    e.preventDefault();
    this.step(at.index, dir === 'up' ? -1 : 1, button.dataset.reorderFocus);
  };

  #onKeyDown = (e: KeyboardEvent) => {
    if (this.#drag?.dragging && e.key === 'Escape') {
      e.preventDefault();
      this.#drag.end(false);
      return;
    }
    if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    const at = this.#rowOf(e);
    if (!at || !this.#enabled()) return;
    e.preventDefault();
    const focused = this.#closest(e, '[data-reorder-focus]');
    this.step(at.index, e.key === 'ArrowUp' ? -1 : 1, focused?.dataset.reorderFocus);
  };

  /** Intent: a pointer over a handle loads the drag's code. */
  #onPointerOver = (e: PointerEvent) => {
    if (this.#closest(e, '[data-reorder-handle]')) this.#code.load().catch(() => undefined);
  };

  #onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0 || this.dragging || !this.#enabled()) return;
    const handle = this.#closest(e, '[data-reorder-handle]');
    const at = handle && this.#rowOf(e);
    if (!handle || !at) return;
    e.preventDefault();
    handle.focus();
    let captured = true;
    try {
      handle.setPointerCapture(e.pointerId);
    } catch {
      // A synthetic pointer (no capture possible): the drag still follows the events that reach the root.
      captured = false;
    }
    const p = { pointerId: e.pointerId, handle, row: at.row, from: at.index, startY: e.clientY, captured };
    // The drag's code (already there after the pointer went over the handle, else it loads now).
    this.#code.load().then(
      (m) =>
        (this.#drag ??= new m.PointerDrag(this.host.renderRoot, this.options, (from, to, focus) => this.#commit(from, to, focus))).start(p),
      () => {
        // Nothing moved; « Monter » / « Descendre » work meanwhile, the next drag tries again.
        if (handle.hasPointerCapture(p.pointerId)) handle.releasePointerCapture(p.pointerId);
        this.options.announce({ kind: 'cancelled', name: this.options.label(p.from), position: p.from + 1, count: this.options.count() });
      },
    );
  };
}
