/**
 * SR-OBS — the part of pdfjs-dist the picker uses (its display layer: `getDocument`, the page's
 * `render`, `TextLayer`; never the PDF.js viewer), in a module of its own so that it loads when a
 * document is opened, not with the element (≈134 kB gz, plus the worker ≈369 kB gz, fetched by
 * PDF.js from `worker-src`).
 */
export { GlobalWorkerOptions, TextLayer, getDocument } from 'pdfjs-dist';
