/**
 * Layout checks of the element tests (X-THEME, narrow widths): what a person at 360 px would see
 * cut or pushed out of a widget's box.
 */

/** One element wider inside than its box (its content is cut, or spills out of the widget). */
export interface Overflow {
  readonly element: Element;
  /** `tag.class` and the widths, for the failure message. */
  readonly what: string;
}

/** Every element of a tree: light DOM, open shadow roots, and what is slotted is walked once (as light DOM). */
function* elementsOf(root: Element | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* elementsOf(el.shadowRoot);
  }
}

/**
 * Whether something between `el` and `host` already accounts for `el`'s horizontal position: a
 * scroller or a clipping box (its own `scrollWidth` is checked), or a box out of the flow of the
 * page (a fixed element, an open dialog in the top layer).
 */
function placedByAncestor(el: Element, host: Element): boolean {
  for (
    let a = el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host;
    a && a !== host;
    a = a.parentElement ?? (a.parentNode as ShadowRoot | null)?.host
  ) {
    const s = getComputedStyle(a);
    if (
      s.overflowX !== 'visible' ||
      s.position === 'fixed' ||
      (a instanceof HTMLDialogElement && a.open) ||
      s.clipPath.startsWith('inset(50%')
    )
      return true;
  }
  return false;
}

/** Text for assistive technologies only (`.sr-only`: clipped to nothing), which no one sees cut. */
function visuallyHidden(el: HTMLElement, style: CSSStyleDeclaration): boolean {
  const r = el.getBoundingClientRect();
  return style.clipPath.startsWith('inset(50%') || (r.width <= 4 && r.height <= 4);
}

/** Inside an element hidden that way (a table's `<thead>` kept for screen readers). */
function insideVisuallyHidden(el: Element, host: Element): boolean {
  for (
    let a = el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host;
    a && a !== host;
    a = a.parentElement ?? (a.parentNode as ShadowRoot | null)?.host
  ) {
    if (getComputedStyle(a).clipPath.startsWith('inset(50%')) return true;
  }
  return false;
}

const describe = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;

/**
 * The elements of `host` (itself, its light DOM and its shadow trees) whose content is wider than
 * their box (`scrollWidth > clientWidth`): text cut by an ellipsis or an `overflow: hidden`, an
 * unbroken string running out of its cell, a row pushing the widget wider than the page.
 * Left out: elements meant to scroll sideways (`overflow-x: auto | scroll`), visually hidden text
 * (`.sr-only`: clipped to nothing), inline boxes (no width of their own: their container
 * counts), and what `allow` matches (selectors a widget truncates on purpose, with another way to
 * read it in full).
 */
export function horizontalOverflows(host: Element, allow: readonly string[] = []): Overflow[] {
  const found: Overflow[] = [];
  for (const el of [host, ...elementsOf(host.shadowRoot ?? host), ...(host.shadowRoot ? elementsOf(host) : [])]) {
    if (!(el instanceof HTMLElement) || el.clientWidth <= 1) continue;
    const style = getComputedStyle(el);
    if (visuallyHidden(el, style) || (el !== host && insideVisuallyHidden(el, host))) continue;
    if (style.display === 'contents' || style.display === 'none' || style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
    if (allow.some((s) => el.matches(s))) continue;
    // One pixel of rounding (sub-pixel widths) is not an overflow.
    if (el.scrollWidth > el.clientWidth + 1) found.push({ element: el, what: `${describe(el)} ${el.scrollWidth} > ${el.clientWidth}` });
  }
  // Nothing may stand out of the widget's box either (a positioned child does not widen its parent).
  const box = host.getBoundingClientRect();
  for (const el of elementsOf(host.shadowRoot ?? host)) {
    if (!(el instanceof HTMLElement) || el.clientWidth <= 1 || allow.some((s) => el.matches(s))) continue;
    const style = getComputedStyle(el);
    if (visuallyHidden(el, style) || style.position === 'fixed' || style.visibility === 'hidden' || placedByAncestor(el, host)) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1))
      found.push({
        element: el,
        what: `${describe(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`,
      });
  }
  return found;
}

/** The overflows as readable lines (empty when there is none): `expect(overflowReport(el)).to.deep.equal([])`. */
export const overflowReport = (host: Element, allow: readonly string[] = []): string[] =>
  horizontalOverflows(host, allow).map((o) => o.what);
