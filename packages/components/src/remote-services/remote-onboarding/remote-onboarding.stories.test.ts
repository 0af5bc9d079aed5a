/**
 * RS-ONB, X-I18N — the scripted walks (play functions) of the `<remote-onboarding>` stories, run as
 * Storybook runs them, in French and in English: each reaches its own step (they follow the list's
 * `aria-current="step"`, never a title, so they work in every language).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { RequestHandler } from 'msw';
import { NOW, until, useScenario } from '../../../test/helpers.js';
import * as stories from '../../../../../stories/remote-services/remote-onboarding.stories.js';
import '../../define/all.js';

interface PlayStory {
  readonly args: Record<string, string>;
  /** Storybook runs them before the story: the mock's onboardings start afresh. */
  readonly loaders: readonly (() => Promise<unknown>)[];
  readonly play: (context: { canvasElement: HTMLElement }) => Promise<void>;
  readonly parameters: { readonly msw: { readonly handlers: readonly RequestHandler[] } };
}

const meta = stories.default;
/** Story → the step it must end on (1-based « Étape n », or the success). */
const walks: ReadonlyArray<readonly [string, PlayStory, number | 'done']> = [
  ['Existing · ID & PIN', stories.ExistingIdPin as unknown as PlayStory, 3],
  ['Existing · Success', stories.ExistingSuccess as unknown as PlayStory, 'done'],
  ['New · Password', stories.NewPassword as unknown as PlayStory, 4],
  ['New · No ID & PIN', stories.NewNoIdPin as unknown as PlayStory, 8],
  ['New · Success', stories.NewSuccess as unknown as PlayStory, 'done'],
];

const current = (el: Element) =>
  [...el.querySelectorAll('.vigie-onboarding-steps li')].findIndex((li) => li.getAttribute('aria-current') === 'step') + 1;

for (const locale of ['en', 'fr'] as const) {
  describe(`<remote-onboarding> stories, toolbar language « ${locale} »`, () => {
    for (const [name, story, end] of walks) {
      it(`RS-ONB « ${name} »: the play function reaches its step in ${locale}`, async function () {
        this.timeout(90_000);
        const mock = await useScenario('remote:default');
        mock.worker.use(...story.parameters.msw.handlers);
        for (const load of story.loaders) await load();
        const canvas = await fixture<HTMLElement>(
          html`<div><vigie-provider api-url="/api" now=${NOW} locale=${locale}>${meta.render({ ...meta.args, ...story.args })}</vigie-provider></div>`,
        );
        await story.play({ canvasElement: canvas });
        const el = canvas.querySelector('remote-onboarding')!;
        if (end === 'done') await until(() => el.querySelector('.vigie-onboarding-done'), 'the success');
        else expect(current(el)).to.equal(end);
      });
    }
  });
}
