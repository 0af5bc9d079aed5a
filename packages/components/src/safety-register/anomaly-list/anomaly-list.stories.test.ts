/**
 * SR-ANOMALY — the scripted states of the `<anomaly-list>` stories (their play functions), run as
 * Storybook runs them, on each story's own mock: each must reach the state it is named after.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { RequestHandler } from 'msw';
import type { ScenarioName } from '@vigie/mock-api';
import { NOW, until, useScenario } from '../../../test/helpers.js';
import * as stories from '../../../../../stories/safety-register/anomaly-list.stories.js';
import '../../define/anomaly-list.js';
import type { AnomalyList } from './anomaly-list.js';

interface PlayStory {
  readonly play: (context: { canvasElement: HTMLElement }) => Promise<void>;
  readonly parameters: {
    readonly vigie: { readonly scenario: ScenarioName };
    readonly msw: { readonly handlers: readonly RequestHandler[] };
  };
}

const text = (e: Element | ShadowRoot | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const panel = (el: AnomalyList) => el.shadowRoot!.querySelector('vigie-anomaly-details')?.shadowRoot;
const walks: ReadonlyArray<readonly [string, PlayStory, (el: AnomalyList) => unknown]> = [
  ['Filtered', stories.Filtered as unknown as PlayStory, (el) => text(el.shadowRoot).includes('2 anomalies sur 30')],
  ['No match', stories.NoMatch as unknown as PlayStory, (el) => text(el.shadowRoot).includes('Aucune anomalie ne correspond')],
  ['Details', stories.Details as unknown as PlayStory, (el) => text(panel(el)).includes('Aucune demande n’a encore été faite')],
  ['Details with history', stories.DetailsWithHistory as unknown as PlayStory, (el) => panel(el)?.querySelector('.record')],
  ['Quote form', stories.QuoteForm as unknown as PlayStory, (el) => text(panel(el)).includes('aucun prestataire, aucun interlocuteur')],
  [
    'Three providers',
    stories.QuoteThreeProviders as unknown as PlayStory,
    (el) => text(panel(el)).includes('3 prestataires, 2 interlocuteurs'),
  ],
  ['Quote sent', stories.QuoteSent as unknown as PlayStory, (el) => text(panel(el)).includes('Demande de devis envoyée à 3 prestataires.')],
  [
    'Errors',
    stories.InterventionErrors as unknown as PlayStory,
    (el) => text(panel(el)).includes('Choisissez au moins un prestataire.') && text(panel(el)).includes('ne peut pas être passée'),
  ],
  ['Failed', stories.InterventionFailed as unknown as PlayStory, (el) => text(panel(el)).includes('La demande n’a pas été envoyée.')],
  ['Long labels', stories.LongLabels as unknown as PlayStory, (el) => text(panel(el)).includes('1 prestataire, 2 interlocuteurs')],
];

describe('<anomaly-list> stories (SR-ANOMALY)', () => {
  for (const [name, story, reached] of walks) {
    it(`« ${name} »: the play function reaches its state`, async function () {
      this.timeout(30_000);
      const mock = await useScenario(story.parameters.vigie.scenario);
      mock.worker.use(...story.parameters.msw.handlers);
      const canvas = await fixture<HTMLElement>(
        html`<div><vigie-provider api-url="/api" now=${NOW} .getToken=${() => 'story-token'}><anomaly-list></anomaly-list></vigie-provider></div>`,
      );
      await story.play({ canvasElement: canvas });
      const el = canvas.querySelector('anomaly-list')!;
      await until(() => reached(el), name, 8000);
      expect(reached(el)).to.be.ok;
    });
  }
});
