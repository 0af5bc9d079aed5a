/**
 * X-I18N (issue 8, point 20) — the scripted steps (play functions) of the `<vault-activation>`
 * stories, run as Storybook runs them, with the toolbar's language: French and English. Each
 * walk must reach its own step in both languages (it used to wait for French step titles, time
 * out in English and leave the story on the wrong step).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { RequestHandler } from 'msw';
import { NOW, until, useScenario } from '../../../test/helpers.js';
import * as stories from '../../../../../stories/vault/vault-activation.stories.js';
import '../../define/all.js';

interface PlayStory {
  readonly play: (context: { canvasElement: HTMLElement }) => Promise<void>;
  readonly parameters: { readonly msw: { readonly handlers: readonly RequestHandler[] } };
}

const meta = stories.default;
/** Story → the step it must end on (the index of `.vigie-activation-progress li.is-current`, or the success). */
const walks: ReadonlyArray<readonly [string, PlayStory, number | 'done']> = [
  ['Confirm info', stories.ConfirmInfo as unknown as PlayStory, 1],
  ['Terms', stories.Terms as unknown as PlayStory, 2],
  ['SMS code', stories.SmsCode as unknown as PlayStory, 3],
  ['Success', stories.Success as unknown as PlayStory, 'done'],
];

const currentStep = (el: Element) =>
  [...el.querySelectorAll('.vigie-activation-progress li')].findIndex((li) => li.classList.contains('is-current'));

for (const locale of ['en', 'fr'] as const) {
  describe(`<vault-activation> stories, toolbar language « ${locale} »`, () => {
    for (const [name, story, end] of walks) {
      it(`VA-ACTIVATE « ${name} »: the play function reaches its step in ${locale}`, async function () {
        this.timeout(30_000);
        const mock = await useScenario('vault:default');
        mock.worker.use(...story.parameters.msw.handlers);
        const canvas = await fixture<HTMLElement>(
          html`<div><vigie-provider api-url="/api" now=${NOW} locale=${locale}>${meta.render(meta.args)}</vigie-provider></div>`,
        );
        await story.play({ canvasElement: canvas });
        const el = canvas.querySelector('vault-activation')!;
        if (end === 'done') await until(() => el.querySelector('.vigie-panel-message--success'), 'the success');
        else expect(currentStep(el)).to.equal(end);
      });
    }
  });
}
