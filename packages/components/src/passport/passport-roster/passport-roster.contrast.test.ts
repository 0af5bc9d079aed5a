/**
 * X-THEME, dark mode (issue 8, point 22): the colours of `<passport-roster>` as Chromium paints
 * them, in the provider's dark theme and in `theme="auto"` under a dark system setting: the
 * delete confirmation's text (4.5:1, WCAG 1.4.3) and the unsorted columns' arrows (3:1 as
 * non-text UI, WCAG 1.4.11), checked by axe's color-contrast rule and by an explicit ratio.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendMouse, setViewport } from '@web/test-runner-commands';
import { createClient } from '@vigie/core';
import { PASSPORT_DEMO_SESSION } from '@vigie/mock-api';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, until, useScenario } from '../../../test/helpers.js';
import { iconContrast, textContrast } from '../../../test/contrast.js';
import '../../define/passport-roster.js';
import type { PassportRoster } from './passport-roster.js';

declare global {
  interface Window {
    axe?: { run(context: Element, options: object): Promise<{ violations: AxeResult[]; passes: AxeResult[]; incomplete: AxeResult[] }> };
  }
}
interface AxeResult {
  readonly id: string;
  readonly nodes: readonly {
    readonly target: readonly (string | readonly string[])[];
    readonly any: readonly { readonly data?: { readonly contrastRatio?: number } }[];
  }[];
}

/** axe's color-contrast rule alone, on one element: what it judged, and how. */
async function axeContrast(el: Element) {
  // @ts-expect-error: axe's browser build registers `window.axe` (as chai-a11y-axe loads it).
  if (!window.axe) await import('axe-core/axe.min.js');
  const r = await window.axe!.run(el, {
    runOnly: { type: 'rule', values: ['color-contrast'] },
    resultTypes: ['violations', 'passes', 'incomplete'],
  });
  const nodes = (list: AxeResult[]) => list.flatMap((x) => x.nodes);
  return { violations: nodes(r.violations), passes: nodes(r.passes), incomplete: nodes(r.incomplete) };
}

const $ = <T extends Element = HTMLElement>(el: PassportRoster, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: PassportRoster, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

async function mount(theme: 'dark' | 'auto') {
  await useScenario('passport:default');
  const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${NOW} theme=${theme} .client=${client} .passportSession=${PASSPORT_DEMO_SESSION}>
      <passport-roster></passport-roster>
    </vigie-provider>
  `);
  const el = provider.querySelector('passport-roster')!;
  await until(() => $$(el, 'tbody tr:not(.spacer)').length > 0 && el.loadedCount === el.totalCount, 'the roster', 15000);
  await el.updateComplete;
  return el;
}

/** Clicks the centre of an element with the pointer. */
async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

describe('<passport-roster> in dark mode (X-THEME)', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const [theme, width] of [
    ['dark', 1280],
    ['auto', 1280],
    ['dark', 360],
  ] as const) {
    it(`theme="${theme}"${theme === 'auto' ? ' under a dark system' : ''}, ${width} px: the unsorted arrows stand out 3:1, the delete confirmation reads 4.5:1`, async () => {
      await setViewport({ width, height: 800 });
      if (theme === 'auto') await emulateMedia({ colorScheme: 'dark' });
      const el = await mount(theme);
      // The dark tokens are in force (the text is light).
      expect(getComputedStyle(el).color).to.equal('rgb(230, 237, 243)');

      const unsorted = $$<SVGElement>(el, 'th:not([aria-sort]) .sort svg');
      expect(unsorted.length).to.be.greaterThan(3);
      for (const arrow of unsorted) expect(iconContrast(arrow), arrow.closest('th')!.textContent!.trim()).to.be.at.least(3);

      // The delete confirmation, opened with the pointer.
      await click($$(el, 'tbody tr:not(.spacer) [data-action=delete]')[0]!);
      const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog.confirm.delete[open]'), 'the delete confirmation');
      const confirm = dialog.querySelector<HTMLButtonElement>('button[type=submit]')!;
      expect(textContrast(confirm), 'Confirmer').to.be.at.least(4.5);
      for (const text of dialog.querySelectorAll('h2, p, li, .btn'))
        expect(textContrast(text), text.textContent!.trim()).to.be.at.least(4.5);
      const axe = await axeContrast(dialog);
      expect(axe.violations.map((n) => n.target.join(' '))).to.deep.equal([]);
      // axe measured the button itself (it was not left undecided), and found the same.
      const judged = axe.passes.find((n) => String(n.target.at(-1)).includes('button'));
      expect(judged, 'axe judged the confirmation').to.exist;
      expect(judged!.any[0]!.data!.contrastRatio).to.be.at.least(4.5);
    });
  }
});
