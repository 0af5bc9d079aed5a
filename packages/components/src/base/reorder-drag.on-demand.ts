/**
 * X-A11Y, RS-CALL — the pointer drag of {@link ReorderController} (see its header): the row follows
 * the pointer, the others make room (midpoint comparison against the rows' boxes measured at
 * pick-up, so no `elementFromPoint` and no shadow-DOM trouble); `pointerup` drops, `pointercancel`,
 * a lost capture or Escape put it back. The controller loads this on intent (a pointer over a
 * handle) or on the `pointerdown` itself; the keyboard moves and the « Monter » / « Descendre »
 * buttons never need it.
 */
import type { ReorderControllerOptions } from './reorder-controller.js';

/** The pick-up, as seen when the `pointerdown` happened. */
export interface PickUp {
  readonly pointerId: number;
  readonly handle: HTMLElement;
  readonly row: HTMLElement;
  readonly from: number;
  readonly startY: number;
  /** The handle captured the pointer (a synthetic pointer cannot be captured). */
  readonly captured: boolean;
}

export class PointerDrag {
  #p?: PickUp;
  #rows: HTMLElement[] = [];
  #mids: number[] = [];
  #shift = 0;
  #to = 0;

  constructor(
    private readonly root: HTMLElement | DocumentFragment,
    private readonly options: ReorderControllerOptions,
    private readonly commit: (from: number, to: number, focus?: string) => void,
  ) {}

  get dragging(): boolean {
    return this.#p !== undefined;
  }

  start(p: PickUp): void {
    // Released before this code was there (a press, not a drag): nothing to move.
    if (this.#p || (p.captured && !p.handle.hasPointerCapture(p.pointerId))) return;
    const rows = [...this.root.querySelectorAll<HTMLElement>('[data-reorder-item]')].sort(
      (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
    );
    const boxes = rows.map((r) => r.getBoundingClientRect());
    const mine = boxes[p.from]!;
    const next = boxes[p.from + 1] ?? boxes[p.from - 1];
    const gap = next ? Math.max(0, next.top > mine.top ? next.top - mine.bottom : mine.top - next.bottom) : 0;
    this.#p = p;
    this.#to = p.from;
    this.#rows = rows;
    this.#mids = boxes.map((b) => b.top + b.height / 2);
    this.#shift = mine.height + gap;
    for (const t of ['pointermove', 'pointerup', 'pointercancel', 'lostpointercapture'])
      this.root.addEventListener(t, this.#on as EventListener);
    p.row.setAttribute('data-dragging', '');
    this.options.announce({ kind: 'grabbed', name: this.options.label(p.from), position: p.from + 1, count: rows.length });
  }

  #on = (e: PointerEvent) => {
    const p = this.#p;
    if (!p || e.pointerId !== p.pointerId) return;
    if (e.type !== 'pointermove') return this.end(e.type === 'pointerup');
    e.preventDefault();
    const dy = e.clientY - p.startY;
    const center = this.#mids[p.from]! + dy;
    let to = 0;
    this.#mids.forEach((mid, i) => {
      if (i !== p.from && mid < center) to++;
    });
    this.#to = to;
    this.#rows.forEach((row, i) => {
      let y = 0;
      if (i === p.from) y = dy;
      else if (p.from < to && i > p.from && i <= to) y = -this.#shift;
      else if (to < p.from && i >= to && i < p.from) y = this.#shift;
      row.style.transform = y ? `translateY(${y}px)` : '';
    });
  };

  /** Ends the drag: drops (`drop`) or puts the row back and says so. */
  end(drop: boolean): void {
    const p = this.#p;
    if (!p) return;
    this.#p = undefined;
    for (const t of ['pointermove', 'pointerup', 'pointercancel', 'lostpointercapture'])
      this.root.removeEventListener(t, this.#on as EventListener);
    for (const row of this.#rows) {
      row.style.transform = '';
      row.removeAttribute('data-dragging');
    }
    try {
      if (p.handle.hasPointerCapture(p.pointerId)) p.handle.releasePointerCapture(p.pointerId);
    } catch {
      // Already released.
    }
    if (drop && this.#to !== p.from) this.commit(p.from, this.#to, p.handle.dataset.reorderFocus);
    else if (!drop)
      this.options.announce({ kind: 'cancelled', name: this.options.label(p.from), position: p.from + 1, count: this.#rows.length });
  }
}
