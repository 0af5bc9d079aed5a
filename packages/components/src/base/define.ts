/**
 * X-NAMES — registering a tag twice never throws: a name already taken is skipped
 * (in the development build, with a warning when a different class holds it, since the host
 * probably loaded two copies).
 */
import { ContextRoot } from '@lit/context';
import { DEV, devWarn } from './dev.js';

let root: ContextRoot | undefined;

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  // Providers may upgrade after their widgets (scripts in any order): a ContextRoot
  // replays the widgets' unanswered context requests when a provider appears.
  if (!root && typeof document !== 'undefined') {
    root = new ContextRoot();
    root.attach(document.documentElement);
  }
  const existing = customElements.get(tag);
  if (existing) {
    // Development build only: the production build skips silently.
    if (DEV && existing !== ctor)
      devWarn(`<${tag}> is already defined by another class (two copies of @vigie/components on the page?); keeping the first definition.`);
    return;
  }
  customElements.define(tag, ctor);
}
