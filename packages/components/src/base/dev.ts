/**
 * Issue 11, point 12 — development warnings. `DEV` is true from the sources and in the development
 * build (`dist/dev/`, which the `development` export condition selects: Vite, webpack and
 * @web/dev-server use it while developing, as they do for Lit's own dev mode); the production build
 * (`dist/`, the CDN bundles) replaces this module's value with `false` (rollup.config.ts,
 * `devFlag`), so every `if (DEV) …` block and its messages are dropped from it.
 *
 * What it warns about, once per distinct message: a tag defined twice by different classes, an
 * attribute a widget does not know (a typo: `reset-hef`), a value outside an attribute's options
 * (`filter="retard"`), a heading level outside 1–6. A widget outside `<vigie-provider>` is an
 * error in both builds (it renders an error state and says why in the console).
 */
export const DEV: boolean = true;

const said = new Set<string>();

/** One console warning per distinct message (a table of 50 rows does not warn 50 times). */
export function devWarn(message: string): void {
  if (!DEV || said.has(message)) return;
  said.add(message);
  console.warn(`[vigie] ${message}`);
}

/** Attributes every element may carry (global HTML attributes, ARIA, data-*, framework markers). */
const GLOBAL =
  /^(aria-|data-|on|xml|x-|v-|ng-|_ng)|^(accesskey|autocapitalize|autofocus|class|contenteditable|dir|draggable|enterkeyhint|exportparts|hidden|id|inert|inputmode|is|itemid|itemprop|itemref|itemscope|itemtype|lang|nonce|part|popover|role|slot|spellcheck|style|tabindex|title|translate|writingsuggestions|key|ref)$/;

/** The host element's checks: attributes it does not know, values outside the listed options. */
export function devCheckAttributes(
  el: HTMLElement,
  observed: readonly string[],
  values: Readonly<Record<string, readonly unknown[]>>,
): void {
  if (!DEV) return;
  const tag = el.localName;
  for (const name of el.getAttributeNames()) {
    if (!observed.includes(name) && !GLOBAL.test(name))
      devWarn(`<${tag}> has no attribute « ${name} » (known: ${observed.join(', ') || 'none'}). A typo?`);
  }
  for (const [property, allowed] of Object.entries(values)) {
    const value = (el as unknown as Record<string, unknown>)[property];
    if (value !== undefined && value !== null && !allowed.includes(value))
      devWarn(`<${tag}> ${property}: « ${String(value)} » is not one of ${allowed.map((v) => `« ${String(v)} »`).join(', ')}.`);
  }
  const level = (el as unknown as { headingLevel?: unknown }).headingLevel;
  if (level !== undefined && !(Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 6))
    devWarn(`<${tag}> heading-level: « ${String(level)} » is not a heading level (1 to 6).`);
}
