/**
 * Every story runs inside `<vigie-provider api-url="/api" now="2026-03-10" locale theme>` (the
 * toolbar picks the locale and the theme), against the mock API in msw's service worker.
 */
import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import { createClient, type VigieClient } from '@vigie/core';
import { createHandlers, SCENARIO_HEADER } from '@vigie/mock-api';
import '@vigie/components/define/all.js';
import manifest from '../packages/components/custom-elements.json';
import { prepareManifest, type Manifest } from './manifest.js';
import { NOW, NOW_MS, SLOW_MS, storyGetToken, type VigieStoryParameters } from '../stories/support/mock.js';

setCustomElementsManifest(prepareManifest(manifest as Manifest));

type Theme = 'light' | 'dark';
type Locale = 'fr' | 'en';

/** The story canvas behind the widgets, per theme (the dark one matches the dark tokens). */
const CANVAS: Record<Theme, { background: string; color: string }> = {
  light: { background: '#ffffff', color: '#1b1f24' },
  dark: { background: '#0d1117', color: '#e6edf3' },
};

/**
 * msw's worker, started once. Its initial handlers (the mock's default scenario, the stories'
 * clock) answer whatever a story does not override, and survive the loader's reset between
 * stories; msw 3 names the unhandled-request option `onUnhandledFrame`.
 */
async function startWorker() {
  const worker = setupWorker(...createHandlers({ now: () => NOW_MS, slowMs: SLOW_MS }).handlers);
  await worker.start({
    quiet: true,
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
    onUnhandledFrame: 'bypass',
  });
  return worker;
}

/**
 * One API client per story and scenario (kept, so that switching the locale or the theme
 * re-renders without refetching). It names the story's scenario in a header (see
 * stories/support/mock.ts).
 */
const clients = new Map<string, VigieClient>();
function clientFor(storyId: string, vigie: VigieStoryParameters): VigieClient {
  const key = `${storyId} ${vigie.scenario ?? ''}`;
  let client = clients.get(key);
  if (!client) {
    client = createClient({
      baseUrl: '/api',
      // The story page is a host whose user is signed in: its token (the mock requires one, as a backend does).
      getToken: storyGetToken,
      ...(vigie.scenario ? { headers: { [SCENARIO_HEADER]: vigie.scenario } } : {}),
      ...(vigie.timeout ? { timeout: vigie.timeout, totalTimeout: vigie.timeout } : {}),
    });
    clients.set(key, client);
  }
  return client;
}

const withVigie: Decorator = (story, context) => {
  const locale = (context.globals.locale ?? 'fr') as Locale;
  const theme = (context.globals.theme ?? 'light') as Theme;
  const vigie = (context.parameters.vigie ?? {}) as VigieStoryParameters;
  const canvas = CANVAS[theme];
  // The whole story canvas follows the theme; on a docs page only each story's box does.
  if (context.viewMode === 'story') {
    document.documentElement.style.colorScheme = theme;
    document.body.style.background = canvas.background;
    document.body.style.color = canvas.color;
  }
  document.documentElement.lang = locale;
  const inner =
    vigie.provider === false
      ? story()
      : html`<vigie-provider api-url="/api" now=${NOW} locale=${locale} theme=${theme} .client=${clientFor(context.id, vigie)}
          >${story()}</vigie-provider
        >`;
  return html`<div
    class="vigie-story"
    data-theme=${theme}
    style="background:${canvas.background};color:${canvas.color};color-scheme:${theme};${context.viewMode === 'docs' ? 'padding:1rem;border-radius:4px' : ''}"
  >
    ${inner}
  </div>`;
};

/** Events, CSS properties, parts and slots are documented, not controlled (no wiring behind them). */
const DOC_ONLY = new Set(['events', 'css custom properties', 'css shadow parts', 'slots']);
const docOnlyArgTypes: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      DOC_ONLY.has(String(argType.table?.category)) ? { ...argType, control: false as const } : argType,
    ]),
  );

const preview: Preview = {
  decorators: [withVigie, withActions],
  argTypesEnhancers: [docOnlyArgTypes],
  loaders: [mswLoader(startWorker)],
  globalTypes: {
    locale: {
      description: 'Langue des widgets (attribut locale du fournisseur)',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', right: 'FR', title: 'Français' },
          { value: 'en', right: 'EN', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Thème des widgets (attribut theme du fournisseur)',
      toolbar: {
        title: 'Thème',
        icon: 'contrast',
        items: [
          { value: 'light', icon: 'sun', title: 'Clair' },
          { value: 'dark', icon: 'moon', title: 'Sombre' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr', theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    actions: { handles: ['invoice-level-changed', 'invoices-requested', 'access-changed', 'change'] },
    docs: { codePanel: true },
  },
};

export default preview;
