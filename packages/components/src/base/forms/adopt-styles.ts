/**
 * Puts light-DOM styles where a light-DOM element lives: its root node, the document or the
 * enclosing shadow root. Each sheet is adopted once per root, whatever the number of widgets.
 *
 * CSP-safe: constructable stylesheets (`adoptedStyleSheets`) are not inline styles, so a page
 * with `style-src 'self'` accepts them, like Lit's own shadow styles. Where a browser lacks them
 * (or refuses a sheet from another document), one `<style>` per root is added with the page's
 * `litNonce`, exactly as Lit does for shadow roots. Nothing is ever written to a `style` attribute.
 */
import type { CSSResult } from 'lit';

type StyleRoot = Document | ShadowRoot;

/** Sheets that went in through the `<style>` fallback, per root (adopted ones are checked live). */
const fallback = new WeakMap<StyleRoot, Set<CSSResult>>();

function isStyleRoot(node: Node): node is StyleRoot {
  return node.nodeType === Node.DOCUMENT_NODE || (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node);
}

/** Adopts `styles` into the root node of `element` (call it when the element connects). */
export function adoptLightStyles(element: Element, styles: readonly CSSResult[]): void {
  const root = element.getRootNode();
  if (!isStyleRoot(root)) return;
  for (const style of styles) {
    const sheet = style.styleSheet;
    if (sheet && 'adoptedStyleSheets' in root) {
      if (root.adoptedStyleSheets.includes(sheet)) continue;
      try {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        continue;
      } catch {
        // A sheet constructed in another document (an iframe): fall through to <style>.
      }
    }
    let done = fallback.get(root);
    if (!done) fallback.set(root, (done = new Set()));
    if (done.has(style)) continue;
    done.add(style);
    const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root as ShadowRoot).ownerDocument;
    const el = doc.createElement('style');
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce !== undefined) el.setAttribute('nonce', nonce);
    el.textContent = style.cssText;
    (root.nodeType === Node.DOCUMENT_NODE ? (root as Document).head : root).append(el);
  }
}
