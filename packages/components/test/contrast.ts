/**
 * Contrast of rendered colours (WCAG 2.2, 1.4.3 text and 1.4.11 non-text), computed from what
 * Chromium resolved: the element's colour with the opacity of it and its ancestors, over the
 * backgrounds behind it.
 */

/** An sRGB colour, channels 0–255, alpha 0–1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** Parses a computed colour: `rgb()`, `rgba()` or `color(srgb …)` (what `color-mix()` resolves to). */
export function parseColor(value: string): Rgba {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (rgb) return { r: +rgb[1]!, g: +rgb[2]!, b: +rgb[3]!, a: alpha(rgb[4]) };
  const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (srgb) return { r: +srgb[1]! * 255, g: +srgb[2]! * 255, b: +srgb[3]! * 255, a: alpha(srgb[4]) };
  throw new Error(`unsupported colour ${value}`);
}

const alpha = (v: string | undefined) => (v === undefined ? 1 : v.endsWith('%') ? parseFloat(v) / 100 : +v);

/** `top` painted over the opaque `bottom`. */
export const over = (top: Rgba, bottom: Rgba): Rgba => ({
  r: top.r * top.a + bottom.r * (1 - top.a),
  g: top.g * top.a + bottom.g * (1 - top.a),
  b: top.b * top.a + bottom.b * (1 - top.a),
  a: 1,
});

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = (c: Rgba) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);

/** The WCAG contrast ratio of two opaque colours (1 to 21). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The parent in the flat tree (through shadow roots); a modal dialog ends the walk (it is painted over the backdrop). */
const parentOf = (el: Element): Element | null => el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;

/**
 * What is painted behind `el`: the background colours of it and its ancestors, composited from
 * the first opaque one (or the page's white). Background images are not read (none of the
 * widgets put text on one).
 */
export function backgroundBehind(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let a: Element | null = el; a; a = a instanceof HTMLDialogElement && a.open ? null : parentOf(a)) {
    const bg = parseColor(getComputedStyle(a).backgroundColor);
    if (bg.a > 0) layers.push(bg);
    if (bg.a >= 1) break;
  }
  let result: Rgba = layers.at(-1)?.a === 1 ? layers.pop()! : { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

/** The opacity `el` is painted with: its own times its ancestors'. */
export function opacityOf(el: Element): number {
  let o = 1;
  for (let a: Element | null = el; a; a = parentOf(a)) o *= +getComputedStyle(a).opacity;
  return o;
}

/** The colour an SVG icon is drawn with: its stroke (or its fill when it has no stroke), with its opacity. */
export function iconColor(svg: SVGElement): Rgba {
  const style = getComputedStyle(svg);
  const paint = style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0 ? style.stroke : style.fill;
  const c = parseColor(paint);
  return { ...c, a: c.a * opacityOf(svg) };
}

/** The contrast of an element's text (its `color`, with its opacity) against what is behind it. */
export function textContrast(el: Element): number {
  const bg = backgroundBehind(el);
  const c = parseColor(getComputedStyle(el).color);
  return contrastRatio(over({ ...c, a: c.a * opacityOf(el) }, bg), bg);
}

/** The contrast of an SVG icon against what is behind it. */
export function iconContrast(svg: SVGElement): number {
  const bg = backgroundBehind(svg);
  return contrastRatio(over(iconColor(svg), bg), bg);
}
