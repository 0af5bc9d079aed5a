/**
 * Issue 11, point 17: every story runs as a test. `stories/<service>/stories.test.ts` calls
 * `storyTests('<service>')`: each `*.stories.ts` file of that folder (found on disk by
 * scripts/wtr-stories.mjs, so a new one is tested without being listed anywhere) is composed with the
 * Storybook preview (its provider decorator, msw loader and per-story handlers, stories/support/mock.ts)
 * through Storybook's portable stories, and each story is rendered (its `play` too) into a fresh
 * canvas. Each must render without a console error or an uncaught error, and pass axe.
 */
import { expect } from '@open-wc/testing';
import { setProjectAnnotations, type Preview } from '@storybook/web-components-vite';
import { composeStories } from 'storybook/preview-api';

// The preview is loaded by URL: it imports custom-elements.json, which only .storybook/tsconfig.json
// types (resolveJsonModule) and which exists only once `npm run cem` ran (scripts/wtr-stories.mjs
// serves an empty manifest otherwise).
const previewUrl = '/.storybook/preview.ts';
const { default: preview } = (await import(/* @vite-ignore */ previewUrl)) as { default: Preview };

// The web-components renderer's own setProjectAnnotations adds its renderToCanvas; its result is given to
// composeStories as is (the generic composeStories does not read the global annotations by itself).
const project = setProjectAnnotations(preview);

type StoriesModule = Parameters<typeof composeStories>[0];

/** The console errors a story shows on purpose (by story id): any other one fails it. */
const EXPECTED_CONSOLE_ERRORS: Record<string, RegExp> = {
  // The story shows what a host that forgot the provider sees: the widget says so in the console.
  'shared-vigie-provider--missing-provider': /is not inside a <vigie-provider>/,
};

/** Every element under `root`, shadow roots included. */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** What the canvas shows, shadow roots included: it stops changing once the story has settled. */
const snapshot = (root: Element): string =>
  deepElements(root)
    .map(
      (el) =>
        `${el.localName}${[...el.attributes].map((a) => ` ${a.name}=${a.value}`).join('')}|${el.shadowRoot ? '' : el.childElementCount ? '' : el.textContent}`,
    )
    .join('\n');

/**
 * Waits until every Lit element of the canvas has finished updating and the canvas has looked the
 * same for 10 frames in a row (the mock answers, the widget renders what it got), or 8 s have passed
 * (a Loading story stays loading: that is its settled state).
 */
async function settled(root: Element): Promise<void> {
  const end = performance.now() + 8000;
  let last = '';
  let same = 0;
  while (same < 10 && performance.now() < end) {
    await Promise.all(deepElements(root).map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
    await new Promise((r) => requestAnimationFrame(r));
    const now = snapshot(root);
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

/** Registers one test per story of `stories/<folder>/`, and one that checks at least `atLeast` were found. */
export async function storyTests(folder: string, atLeast: number): Promise<void> {
  const index = `/__vigie/stories.js?folder=${folder}`;
  const { storyFiles } = (await import(/* @vite-ignore */ index)) as { storyFiles: Record<string, () => Promise<StoriesModule>> };
  const modules = await Promise.all(Object.entries(storyFiles).map(async ([file, load]) => [file, await load()] as const));
  let total = 0;
  for (const [file, module] of modules) {
    const stories = Object.entries(composeStories(module, project)) as [
      string,
      { run(context: { canvasElement: HTMLElement }): Promise<void>; id: string },
    ][];
    total += stories.length;
    describe(file, () => {
      for (const [name, Story] of stories) {
        it(`${name}: renders without a console error, and passes axe`, async function () {
          this.timeout(30000);
          const errors: string[] = [];
          const original = console.error;
          console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
          const onError = (e: ErrorEvent) => void errors.push(`uncaught: ${e.message}`);
          const onRejection = (e: PromiseRejectionEvent) => void errors.push(`unhandled rejection: ${String(e.reason)}`);
          window.addEventListener('error', onError);
          window.addEventListener('unhandledrejection', onRejection);
          const canvasElement = document.body.appendChild(document.createElement('div'));
          try {
            await Story.run({ canvasElement });
            await settled(canvasElement);
            expect(canvasElement.childElementCount, 'the story rendered something').to.be.greaterThan(0);
            await expect(canvasElement).to.be.accessible();
          } finally {
            console.error = original;
            window.removeEventListener('error', onError);
            window.removeEventListener('unhandledrejection', onRejection);
          }
          const expected = EXPECTED_CONSOLE_ERRORS[Story.id];
          expect(
            errors.filter((e) => !expected?.test(e)),
            'console errors',
          ).to.deep.equal([]);
          canvasElement.remove();
        });
      }
    });
  }

  describe(`stories/${folder}`, () => {
    it(`its stories files were found: ${modules.length} files, ${total} stories`, () => {
      expect(total, 'stories').to.be.at.least(atLeast);
    });
  });
}
