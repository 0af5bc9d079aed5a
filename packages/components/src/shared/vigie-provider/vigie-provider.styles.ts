import { css } from 'lit';

/**
 * X-THEME — dark values of the global tokens, for `theme="dark"`, or `theme="auto"` when the
 * system is dark. Light is the default: a widget lives in someone else's page and must not
 * turn dark inside a light portal just because the user's system is.
 */
const dark = css`
  --vigie-color-text: #e6edf3;
  --vigie-color-text-muted: #9da7b3;
  --vigie-color-surface: #161b22;
  --vigie-color-surface-raised: #21262d;
  --vigie-color-border: #3d444d;
  --vigie-color-accent: #6cb6ff;
  --vigie-color-on-accent: #0d1117;
  --vigie-color-focus: #6cb6ff;
  --vigie-color-warning-bg: #3b2300;
  --vigie-color-warning-fg: #ffd8a8;
  --vigie-color-warning-border: #f0883e;
  --vigie-color-danger-bg: #3c1618;
  --vigie-color-danger-fg: #ffc1c0;
  --vigie-color-danger-border: #f85149;
  /* Text on the danger colour (a delete button): dark, as on the accent; white on #f85149 is 3.35:1. */
  --vigie-color-on-danger: #0d1117;
  --vigie-color-success-fg: #7ee2a8;
  color-scheme: dark;
`;

export const darkTokens = css`
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
`;
