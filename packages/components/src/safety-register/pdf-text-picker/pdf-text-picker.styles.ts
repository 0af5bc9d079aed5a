import { css } from 'lit';

/**
 * The `.textLayer` rules of `pdfjs-dist/web/pdf_viewer.css` (6.5.438) that the text layer needs,
 * adopted in the shadow root (the viewer's stylesheet assumes the light DOM), plus the picker's own.
 */
export const textLayerStyles = css`
  .textLayer {
    color-scheme: only light;
    position: absolute;
    text-align: initial;
    inset: 0;
    overflow: clip;
    opacity: 1;
    line-height: 1;
    letter-spacing: normal;
    word-spacing: normal;
    text-size-adjust: none;
    forced-color-adjust: none;
    transform-origin: 0 0;
    caret-color: CanvasText;
    z-index: 0;
    --min-font-size: 1;
    --text-scale-factor: calc(var(--total-scale-factor) * var(--min-font-size));
    --min-font-size-inv: calc(1 / var(--min-font-size));
  }
  .textLayer :is(span, br) {
    color: transparent;
    position: absolute;
    white-space: pre;
    cursor: text;
    transform-origin: 0% 0%;
    user-select: text;
  }
  .textLayer > :not(.markedContent),
  .textLayer .markedContent span:not(.markedContent) {
    z-index: 1;
    --font-height: 0;
    font-size: calc(var(--text-scale-factor) * var(--font-height));
    --scale-x: 1;
    --rotate: 0deg;
    transform: rotate(var(--rotate)) scaleX(var(--scale-x)) scale(var(--min-font-size-inv));
  }
  .textLayer .markedContent {
    display: contents;
  }
  .textLayer ::selection {
    background: rgba(0 0 255 / 0.25);
    background: color-mix(in srgb, AccentColor, transparent 50%);
    color: transparent;
  }
  .textLayer br::selection {
    background: transparent;
  }
  .textLayer .endOfContent {
    display: block;
    position: absolute;
    inset: 100% 0 0;
    z-index: 0;
    cursor: default;
    user-select: none;
  }
  .textLayer.selecting .endOfContent {
    top: 0;
  }
`;

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
  }
  .bar .count {
    margin-inline-end: auto;
  }
  .viewport {
    position: relative;
    overflow: auto;
    max-height: var(--pdf-text-picker-max-height, 70vh);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: #fff;
  }
  .page {
    position: relative;
    margin: 0 auto;
    --scale-round-x: 1px;
    --scale-round-y: 1px;
    --user-unit: 1;
  }
  .page canvas {
    display: block;
  }
  .pick {
    position: absolute;
    z-index: 2;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
  }
  .lines {
    margin-block-start: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .lines legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .lines ul {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: 16rem;
    overflow: auto;
  }
  .lines label {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.2rem 0;
    overflow-wrap: anywhere;
  }
  .lines input {
    margin-block-start: 0.2rem;
    flex: none;
  }
  .hint {
    margin: 0.25rem 0 0.5rem;
    color: var(--_muted);
  }
`;
