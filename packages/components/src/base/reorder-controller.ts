/**
 * X-A11Y, RS-CALL — reordering a list in three ways, with no drag-and-drop library (the candidates
 * break inside shadow DOM or weigh 7–34 KB; native HTML drag and drop has no keyboard story):
 *
 * 1. **pointer drag on a handle** — `pointerdown` on `[data-reorder-handle]` captures the pointer
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

interface Drag {
  readonly pointerId: number;
  readonly handle: HTMLElement;
  readonly from: number;
  readonly startY: number;
  readonly rows: HTMLElement[];
  readonly mids: number[];
  readonly shift: number;
  to: number;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment; updateComplete: Promise<boolean> };

export class ReorderController implements ReactiveController {
  #drag?: Drag;

  constructor(
    private readonly host: Host,
    private readonly options: ReorderControllerOptions,
  ) {
    host.addController(this);
  }

  /** Whether a pointer drag is under way (the host may mark its list busy). */
  get dragging(): boolean {
    return this.#drag !== undefined;
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    root.addEventListener('pointerdown', this.#onPointerDown as EventListener);
    root.addEventListener('pointermove', this.#onPointerMove as EventListener);
    root.addEventListener('pointerup', this.#onPointerUp as EventListener);
    root.addEventListener('pointercancel', this.#onPointerCancel as EventListener);
    root.addEventListener('lostpointercapture', this.#onPointerCancel as EventListener);
    root.addEventListener('click', this.#onClick as EventListener);
    root.addEventListener('keydown', this.#onKeyDown as EventListener);
  }

  hostDisconnected(): void {
    const root = this.host.renderRoot;
    this.#end(false);
    root.removeEventListener('pointerdown', this.#onPointerDown as EventListener);
    root.removeEventListener('pointermove', this.#onPointerMove as EventListener);
    root.removeEventListener('pointerup', this.#onPointerUp as EventListener);
    root.removeEventListener('pointercancel', this.#onPointerCancel as EventListener);
    root.removeEventListener('lostpointercapture', this.#onPointerCancel as EventListener);
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
    const target = wanted && wanted.getAttribute('aria-disabled') !== 'true' ? wanted : (row.querySelector<HTMLElement>('[data-reorder-handle]') ?? wanted);
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
    if (this.#drag && e.key === 'Escape') {
      e.preventDefault();
      this.#end(false);
      return;
    }
    if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    const at = this.#rowOf(e);
    if (!at || !this.#enabled()) return;
    e.preventDefault();
    const focused = this.#closest(e, '[data-reorder-focus]');
    this.step(at.index, e.key === 'ArrowUp' ? -1 : 1, focused?.dataset.reorderFocus);
  };

  #onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0 || this.#drag || !this.#enabled()) return;
    const handle = this.#closest(e, '[data-reorder-handle]');
    const at = handle && this.#rowOf(e);
    if (!handle || !at) return;
    e.preventDefault();
    handle.focus();
    const rows = [...this.host.renderRoot.querySelectorAll<HTMLElement>('[data-reorder-item]')].sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
    const boxes = rows.map((r) => r.getBoundingClientRect());
    const mine = boxes[at.index]!;
    const next = boxes[at.index + 1] ?? boxes[at.index - 1];
    const gap = next ? Math.max(0, next.top > mine.top ? next.top - mine.bottom : mine.top - next.bottom) : 0;
    try {
      handle.setPointerCapture(e.pointerId);
    } catch {
      // A synthetic pointer (no capture possible): the drag still follows the events that reach the root.
    }
    this.#drag = { pointerId: e.pointerId, handle, from: at.index, to: at.index, startY: e.clientY, rows, mids: boxes.map((b) => b.top + b.height / 2), shift: mine.height + gap };
    at.row.setAttribute('data-dragging', '');
    this.options.announce({ kind: 'grabbed', name: this.options.label(at.index), position: at.index + 1, count: rows.length });
  };

  #onPointerMove = (e: PointerEvent) => {
    const d = this.#drag;
    if (!d || e.pointerId !== d.pointerId) return;
    e.preventDefault();
    const dy = e.clientY - d.startY;
    const center = d.mids[d.from]! + dy;
    let to = 0;
    d.mids.forEach((mid, i) => {
      if (i !== d.from && mid < center) to++;
    });
    d.to = to;
    d.rows.forEach((row, i) => {
      let y = 0;
      if (i === d.from) y = dy;
      else if (d.from < to && i > d.from && i <= to) y = -d.shift;
      else if (to < d.from && i >= to && i < d.from) y = d.shift;
      row.style.transform = y ? `translateY(${y}px)` : '';
    });
  };

  #onPointerUp = (e: PointerEvent) => {
    const d = this.#drag;
    if (!d || e.pointerId !== d.pointerId) return;
    this.#end(true);
  };

  #onPointerCancel = (e: PointerEvent) => {
    const d = this.#drag;
    if (!d || e.pointerId !== d.pointerId) return;
    this.#end(false);
  };

  /** Ends the drag: drops (`commit`) or puts the row back and says so. */
  #end(commit: boolean) {
    const d = this.#drag;
    if (!d) return;
    this.#drag = undefined;
    for (const row of d.rows) {
      row.style.transform = '';
      row.removeAttribute('data-dragging');
    }
    try {
      if (d.handle.hasPointerCapture(d.pointerId)) d.handle.releasePointerCapture(d.pointerId);
    } catch {
      // Already released.
    }
    if (commit && d.to !== d.from) this.#commit(d.from, d.to, d.handle.dataset.reorderFocus);
    else if (!commit) this.options.announce({ kind: 'cancelled', name: this.options.label(d.from), position: d.from + 1, count: d.rows.length });
  }
}
