/**
 * X-A11Y — the « onglet déroulant » of `<space-switcher>`: a menu button (WAI-ARIA APG « Menu
 * Button ») whose items are radio items, the current one checked.
 *
 * Keyboard: on the button, Enter, Space or ↓ open the menu on the checked item, ↑ on the last;
 * in the menu, ↓ ↑ move (wrapping), Home and End go to the ends, a letter goes to the next item
 * starting with it, Enter or Space choose, Escape closes and gives focus back to the button, Tab
 * closes and lets focus move on. Leaving the menu (a click elsewhere) closes it. Items are
 * focused with a roving focus (each `tabindex=-1`), never `aria-activedescendant`, so screen
 * readers and magnifiers follow the real focus.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { icon } from '../../base/forms/light-icons.js';
import { svg } from 'lit';

const chevron = icon(svg`<path d="m6 9 6 6 6-6"/>`);
const tick = icon(svg`<path d="M20 6 9 17l-5-5"/>`);

export interface MenuItem<V extends string> {
  readonly value: V;
  readonly label: string;
}

export interface MenuRender<V extends string> {
  readonly items: readonly MenuItem<V>[];
  /** The checked item. */
  readonly current: V;
  /** What the button shows (its accessible name). */
  readonly button: TemplateResult | string;
  /** The menu's accessible name. */
  readonly label: string;
  /** Read after each item's label for the checked one (« (espace actuel) »). */
  readonly currentNote: string;
  /** A request is in flight: the button says so (`aria-disabled`) and does not open. */
  readonly busy: boolean;
}

export class MenuButtonController<V extends string> implements ReactiveController {
  open = false;
  #items: readonly MenuItem<V>[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly id: string,
    private readonly onSelect: (value: V) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.open = false;
  }

  get buttonId(): string {
    return `${this.id}-button`;
  }

  /** Closes the menu; `focusButton`: focus goes back to the button (Escape, a choice). */
  async close(focusButton = false): Promise<void> {
    if (this.open) {
      this.open = false;
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    if (focusButton) this.#button()?.focus();
  }

  render(r: MenuRender<V>) {
    this.#items = r.items;
    const menuId = `${this.id}-menu`;
    return html`<div class="vigie-menu" @focusout=${this.#onFocusOut}>
      <button
        type="button"
        class="vigie-menu-button"
        id=${this.buttonId}
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${menuId}
        aria-disabled=${r.busy ? 'true' : nothing}
        @click=${() => (r.busy ? undefined : this.#toggle(r))}
        @keydown=${(e: KeyboardEvent) => this.#onButtonKey(e, r)}
      >
        ${r.busy ? html`<span class="vigie-spinner" aria-hidden="true"></span>` : nothing}<span class="vigie-menu-button-text">${r.button}</span>${chevron}
      </button>
      <ul class="vigie-menu-list" role="menu" id=${menuId} aria-label=${r.label} ?hidden=${!this.open} @keydown=${this.#onMenuKey}>
        ${r.items.map(
          (item, i) =>
            html`<li
              role="menuitemradio"
              class="vigie-menu-item"
              id=${`${this.id}-item-${i}`}
              tabindex="-1"
              aria-checked=${item.value === r.current ? 'true' : 'false'}
              @click=${() => void this.#choose(i)}
            >
              <span class="vigie-menu-mark">${item.value === r.current ? tick : nothing}</span>
              <span>${item.label}${item.value === r.current ? html`<span class="vigie-sr-only"> ${r.currentNote}</span>` : nothing}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  // ── keyboard and pointer ──────────────────────────────────────────────────────────────────

  #toggle(r: MenuRender<V>): void {
    if (this.open) void this.close(true);
    else void this.#openAt(this.#checkedIndex(r));
  }

  #onButtonKey(e: KeyboardEvent, r: MenuRender<V>): void {
    if (r.busy) return;
    const at = e.key === 'ArrowDown' ? this.#checkedIndex(r) : e.key === 'ArrowUp' ? r.items.length - 1 : undefined;
    if (at === undefined) return;
    e.preventDefault();
    void this.#openAt(at);
  }

  #onMenuKey = (e: KeyboardEvent): void => {
    const count = this.#items.length;
    const index = this.#focusedIndex();
    const go = (i: number) => {
      e.preventDefault();
      this.#focusItem((i + count) % count);
    };
    switch (e.key) {
      case 'ArrowDown':
        return go(index + 1);
      case 'ArrowUp':
        return go(index - 1);
      case 'Home':
        return go(0);
      case 'End':
        return go(count - 1);
      case 'Escape':
        e.preventDefault();
        e.stopPropagation(); // an enclosing dialog stays open
        void this.close(true);
        return;
      case 'Tab':
        void this.close();
        return;
      case 'Enter':
      case ' ':
        e.preventDefault();
        void this.#choose(index);
        return;
      default:
        if (e.key.length === 1 && /\S/.test(e.key)) go(this.#nextStartingWith(e.key, index) ?? index);
    }
  };

  #onFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget as Node | null;
    if (this.open && !(next && (e.currentTarget as HTMLElement).contains(next))) void this.close();
  };

  async #choose(index: number): Promise<void> {
    const item = this.#items[index];
    await this.close(true);
    if (item) this.onSelect(item.value);
  }

  async #openAt(index: number): Promise<void> {
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#focusItem(index);
  }

  // ── internals ─────────────────────────────────────────────────────────────────────────────

  #checkedIndex(r: MenuRender<V>): number {
    return Math.max(
      0,
      r.items.findIndex((i) => i.value === r.current),
    );
  }

  #focusedIndex(): number {
    const id = (document.activeElement as HTMLElement | null)?.id ?? '';
    const prefix = `${this.id}-item-`;
    return id.startsWith(prefix) ? Number(id.slice(prefix.length)) : 0;
  }

  #nextStartingWith(letter: string, from: number): number | undefined {
    const l = letter.toLocaleLowerCase();
    for (let step = 1; step <= this.#items.length; step++) {
      const i = (from + step) % this.#items.length;
      if (this.#items[i]!.label.toLocaleLowerCase().startsWith(l)) return i;
    }
    return undefined;
  }

  #focusItem(index: number): void {
    this.host.querySelector<HTMLElement>(`#${this.id}-item-${index}`)?.focus();
  }

  #button(): HTMLButtonElement | null {
    return this.host.querySelector<HTMLButtonElement>(`#${this.buttonId}`);
  }
}
