/**
 * RS-CALL — the scripted states of the `<call-list-editor>` stories (their play functions), run as
 * Storybook runs them, on each story's own mock: each must reach the state it is named after.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { RequestHandler } from 'msw';
import type { ScenarioName } from '@vigie/mock-api';
import { NOW, until, useScenario } from '../../../test/helpers.js';
import * as stories from '../../../../../stories/remote-services/call-list-editor.stories.js';
import '../../define/call-list-editor.js';
import type { CallListEditor } from './call-list-editor.js';

interface PlayStory {
  readonly play: (context: { canvasElement: HTMLElement }) => Promise<void>;
  readonly parameters: {
    readonly vigie: { readonly scenario: ScenarioName };
    readonly msw: { readonly handlers: readonly RequestHandler[] };
  };
}

const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const walks: ReadonlyArray<readonly [string, PlayStory, (el: CallListEditor) => unknown]> = [
  [
    'Specific',
    stories.Specific as unknown as PlayStory,
    (el) => text(el.shadowRoot!.querySelector('.list-name')).startsWith('Fermeture estivale'),
  ],
  ['Empty list', stories.EmptyList as unknown as PlayStory, (el) => el.shadowRoot!.querySelector('[part~=empty]')],
  [
    'Adding',
    stories.Adding as unknown as PlayStory,
    (el) => text(el.shadowRoot!.querySelector('[role=listbox]')).includes('Océane Chevalier'),
  ],
  [
    'Dirty',
    stories.Dirty as unknown as PlayStory,
    (el) => text(el.shadowRoot!.querySelector('.dirty')) === 'Modifications non enregistrées',
  ],
  ['Saving', stories.Saving as unknown as PlayStory, (el) => text(el.shadowRoot!.querySelector('.actions')).includes('Enregistrement…')],
  [
    'Rebased',
    stories.Rebased as unknown as PlayStory,
    (el) => el.shadowRoot!.querySelector('[part~=notice]') && !el.shadowRoot!.querySelector('[part~=conflicts]'),
  ],
  ['Conflict', stories.Conflict as unknown as PlayStory, (el) => el.shadowRoot!.querySelector('[part~=conflicts] fieldset')],
  ['Save error', stories.SaveError as unknown as PlayStory, (el) => el.shadowRoot!.querySelector('[data-focus=save-error]')],
];

describe('<call-list-editor> stories (RS-CALL)', () => {
  for (const [name, story, reached] of walks) {
    it(`« ${name} »: the play function reaches its state`, async function () {
      this.timeout(30_000);
      const mock = await useScenario(story.parameters.vigie.scenario);
      mock.worker.use(...story.parameters.msw.handlers);
      const canvas = await fixture<HTMLElement>(
        html`<div><vigie-provider api-url="/api" now=${NOW} .getToken=${() => 'story-token'}>${stories.default.render(stories.default.args)}</vigie-provider></div>`,
      );
      await story.play({ canvasElement: canvas });
      const el = canvas.querySelector('call-list-editor')!;
      await until(() => reached(el), name, 8000);
      expect(reached(el)).to.be.ok;
    });
  }
});
