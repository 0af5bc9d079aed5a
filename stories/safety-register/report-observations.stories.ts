/**
 * SR-OBS — `<report-observations>` (and the `<pdf-text-picker>` inside its window), one story per
 * state, against the mock (`register:default`: the demo interventions int-101…int-207 shared with
 * SR-SIGN; int-201…int-204 are closed with a PDF report, int-205 is « travaux », int-206's report is a
 * scan, int-207 has none, int-101 is not closed; documents doc-audit-1 and doc-cs-1).
 * The `play` functions open the window as a person would; the Form stories hand the picker's event
 * the text a selection gives, so the form shows without a drag.
 */
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@vigie/components/define/report-observations.js';
import { ReportObservations } from '@vigie/components/define/report-observations.js';
import { PdfTextPickEvent } from '@vigie/components/define/pdf-text-picker.js';
import type { ScenarioName } from '@vigie/mock-api';
import { mockApi, scenarioDoc } from '../support/mock.js';

const story = (description: string) => ({ docs: { description: { story: description } } });

async function waitFor<T>(find: () => T | null | undefined, ms = 15000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('The story did not reach the expected state');
    await new Promise((r) => setTimeout(r, 30));
  }
}

const SENTENCE = 'Observation n° 3 : l’extincteur du local poubelles n’est pas accessible, des conteneurs sont stockés devant.';

const widget = (canvas: HTMLElement) =>
  waitFor(
    () =>
      canvas.querySelector('report-observations')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~=open]') &&
      canvas.querySelector('report-observations')!,
  );

/** Opens the window (« Extraire obs »), with or without the tutorial. */
async function open(canvas: HTMLElement, tutorial: boolean) {
  ReportObservations.tutorialSeen = !tutorial;
  const el = await widget(canvas);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=open]')!.click();
  return el;
}

async function picker(canvas: HTMLElement) {
  const el = await open(canvas, false);
  const p = await waitFor(() => el.shadowRoot!.querySelector('pdf-text-picker'));
  await waitFor(() => p.shadowRoot?.querySelector('.textLayer span'));
  return { el, picker: p };
}

async function form(canvas: HTMLElement, text = SENTENCE) {
  const { el, picker: p } = await picker(canvas);
  p.dispatchEvent(new PdfTextPickEvent(text, 1, 'pointer'));
  await waitFor(() => el.shadowRoot!.querySelector('textarea'));
  return el;
}

const withHandlers = (scenario: ScenarioName, handlers: ReturnType<typeof mockApi>['msw']['handlers']) => ({
  ...mockApi(scenario),
  msw: { handlers: [...handlers, ...mockApi(scenario).msw.handlers] },
});

interface Args {
  interventionId?: string;
  documentId?: string;
  target?: string;
}

const meta = {
  id: 'register-report-observations',
  title: 'Registre de sécurité/<report-observations>',
  component: 'report-observations',
  tags: ['autodocs'],
  args: { interventionId: 'int-201', target: 'observation' } as Args,
  render: (a: Args) =>
    html`<report-observations intervention-id=${a.interventionId ?? ''} document-id=${a.documentId ?? ''} target=${a.target ?? 'observation'}></report-observations>`,
  parameters: {
    ...mockApi('register:default'),
    actions: { handles: ['extract-created', 'pdf-text-pick'] },
    docs: {
      description: {
        component:
          'SR-OBS — « Ajouter une observation à partir d’un rapport (y compris un document PDF non original) » (seed 001) : sur une intervention ' +
          'clôturée de type contrôle, SAV, installation ou maintenance avec un rapport PDF, « Extraire obs » ouvre le rapport (un tutoriel la ' +
          'première fois) ; on sélectionne du texte, le bouton « Créer une observation » apparaît, le formulaire reprend exactement ce texte, ' +
          'modifiable, et l’enregistrement l’ajoute à la liste. Au clavier : « Choisir dans le texte de la page » liste les lignes à cocher. ' +
          'La même extraction sert les anomalies (Gestion du bâtiment, `target="anomaly"`) et les prescriptions des commissions de sécurité ' +
          '(`target="prescription"`), avec `document-id`. pdfjs-dist (134 kB gz) et son worker (369 kB gz) ne se chargent qu’à l’ouverture.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Loading: Story = {
  parameters: { ...mockApi('any:slow'), ...story(scenarioDoc('any:slow', 'Le rapport et ses observations se chargent.')) },
};

export const Error500: Story = {
  name: 'Error 500',
  parameters: {
    ...mockApi('any:error-500'),
    ...story(scenarioDoc('any:error-500', 'Le rapport ne se charge pas : l’erreur et « Réessayer ».')),
  },
};

export const Eligible: Story = {
  parameters: story('int-201, contrôle clôturé avec un rapport PDF : « Extraire obs », aucune observation encore.'),
};

export const WithObservations: Story = {
  name: 'With observations',
  args: { interventionId: 'int-202' },
  parameters: story('int-202, maintenance : une observation déjà extraite du rapport, avec sa page, son auteur et sa date.'),
};

export const NotClosed: Story = {
  name: 'Not eligible: not closed',
  args: { interventionId: 'int-101' },
  parameters: story('int-101 : pas encore clôturée.'),
};
export const TypeNotConcerned: Story = {
  name: 'Not eligible: type',
  args: { interventionId: 'int-205' },
  parameters: story('int-205 : des « travaux », type non concerné (même avec un PDF).'),
};
export const NotPdf: Story = {
  name: 'Not eligible: not a PDF',
  args: { interventionId: 'int-206' },
  parameters: story('int-206 : le rapport est une image numérisée.'),
};
export const NoReport: Story = {
  name: 'Not eligible: no report',
  args: { interventionId: 'int-207' },
  parameters: story('int-207 : aucun rapport joint.'),
};

export const Tutorial: Story = {
  parameters: story(
    'La première ouverture sur la page : le tutoriel (gardé en mémoire pour la page, rien dans le stockage du navigateur).',
  ),
  play: async ({ canvasElement }) => void (await open(canvasElement, true)),
};

export const PdfLoading: Story = {
  name: 'Opening the PDF',
  parameters: {
    ...withHandlers('register:default', [
      http.get('*/api/safety-register/interventions/:id/report.pdf', async () => {
        await delay('infinite');
        return HttpResponse.text('');
      }),
    ]),
    ...story('Le PDF est en route (pdfjs-dist et le worker arrivent aussi).'),
  },
  play: async ({ canvasElement }) => void (await open(canvasElement, false)),
};

export const PdfError: Story = {
  name: 'PDF error',
  parameters: {
    ...withHandlers('register:default', [
      http.get('*/api/safety-register/interventions/:id/report.pdf', () => HttpResponse.text('', { status: 500 })),
    ]),
    ...story('Le PDF ne vient pas : l’erreur et « Réessayer ».'),
  },
  play: async ({ canvasElement }) => void (await open(canvasElement, false)),
};

export const Picker: Story = {
  parameters: story('Le rapport (deux pages) : sélectionnez du texte, le bouton « Créer une observation » apparaît près de la sélection.'),
  play: async ({ canvasElement }) => void (await picker(canvasElement)),
};

export const KeyboardLines: Story = {
  name: 'Picker: page lines (keyboard)',
  parameters: story('« Choisir dans le texte de la page » : les lignes de la page à cocher, puis « Créer une observation ».'),
  play: async ({ canvasElement }) => {
    const { picker: p } = await picker(canvasElement);
    [...p.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.getAttribute('aria-controls'))!.click();
  },
};

export const Form: Story = {
  parameters: story('Le formulaire avec exactement le texte sélectionné, modifiable avant l’enregistrement.'),
  play: async ({ canvasElement }) => void (await form(canvasElement)),
};

export const FormEmpty: Story = {
  name: 'Form: empty text',
  parameters: story('Un texte vidé : dit sur le champ, rien n’est envoyé.'),
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    const t = el.shadowRoot!.querySelector('textarea')!;
    t.value = '';
    t.dispatchEvent(new Event('input', { bubbles: true }));
    el.shadowRoot!.querySelector('form')!.requestSubmit();
  },
};

export const SaveFailed: Story = {
  name: 'Form: save failed',
  parameters: {
    ...withHandlers('register:default', [
      http.post('*/api/safety-register/interventions/:id/observations', () => HttpResponse.text('', { status: 503 })),
    ]),
    ...story('L’enregistrement échoue : le message, et le texte reste.'),
  },
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    el.shadowRoot!.querySelector('form')!.requestSubmit();
  },
};

export const Saved: Story = {
  parameters: story('Enregistrée : la fenêtre se ferme, l’observation est dans la liste (focalisée), un message le confirme.'),
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    el.shadowRoot!.querySelector('form')!.requestSubmit();
  },
};

export const Anomaly: Story = {
  name: 'Anomalies (building audit)',
  args: { interventionId: undefined, documentId: 'doc-audit-1', target: 'anomaly' },
  parameters: story('Gestion du bâtiment : la même extraction sur un rapport d’audit crée des anomalies.'),
};

export const Prescription: Story = {
  name: 'Prescriptions (security commission)',
  args: { interventionId: undefined, documentId: 'doc-cs-1', target: 'prescription' },
  parameters: story('Commission de sécurité : la même extraction sur le procès-verbal crée des prescriptions.'),
  play: async ({ canvasElement }) => void (await picker(canvasElement)),
};

export const Restricted: Story = {
  parameters: {
    ...mockApi('register:restricted'),
    ...story(scenarioDoc('register:restricted', 'Compte suspendu : l’avis remplace le widget, aucun rapport.')),
  },
};

export const Narrow: Story = {
  name: '360 px',
  render: () => html`<div style="max-width:360px"><report-observations intervention-id="int-206"></report-observations></div>`,
  parameters: story('Les longs libellés français à 360 px (le motif d’un rapport numérisé).'),
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: story('In English.'),
  play: async ({ canvasElement }) => void (await form(canvasElement)),
};

export const Dark: Story = { globals: { theme: 'dark' }, args: { interventionId: 'int-202' }, parameters: story('Thème sombre.') };
