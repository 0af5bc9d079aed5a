/**
 * Storybook 10 for the Vigie elements (configured by hand: the Storybook CLI would fetch versions the registry lacks).
 *
 * - The workspace packages are read from their TypeScript sources (`@vigie/source` export condition).
 * - One copy of lit-html: `lit/directive-helpers.js` is pre-bundled with the rest of lit.
 * - msw's service worker is served in dev and emitted into storybook-static by `msw/vite`
 *   (worker-only: the preview starts the worker itself, see preview.ts).
 * - The elements use legacy decorators (`experimentalDecorators`, `useDefineForClassFields:
 *   false`, tsconfig.base.json). Vite 8's oxc already reads them from the nearest tsconfig
 *   (checked); they are also set here so every file is compiled the same way.
 * - The tag registrations (`import '@vigie/components/define/all.js'` in preview.ts) survive
 *   tree-shaking because packages/components/package.json lists `./src/define/*` (the
 *   `@vigie/source` condition's files) in `sideEffects`, not only `./dist/define/*`.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // SR-OBS: PDF.js's worker at /pdfjs/pdf.worker.min.mjs, where <pdf-text-picker> looks by default.
  staticDirs: [{ from: '../node_modules/pdfjs-dist/build', to: '/pdfjs' }],
  addons: ['@storybook/addon-docs'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  docs: {
    defaultName: 'Documentation',
  },
  async viteFinal(viteConfig) {
    const { mergeConfig, defaultClientConditions } = await import('vite');
    const { msw } = await import('msw/vite');
    const merged = mergeConfig(viteConfig, {
      plugins: [msw({ mode: 'worker-only' })],
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      oxc: {
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
    });
    // Set, not merged: the workspace packages resolve to their TypeScript sources.
    merged.resolve = { ...merged.resolve, conditions: ['@vigie/source', ...defaultClientConditions] };
    return merged;
  },
};

export default config;
