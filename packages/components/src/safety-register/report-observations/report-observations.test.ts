import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { normalizeExtract } from '@vigie/core';
import type { ScenarioName } from '@vigie/mock-api';
import { ReportObservations } from './report-observations.js';
import type { PdfTextPicker } from '../pdf-text-picker/pdf-text-picker.js';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, apiRequests, clickOn, shadowText, until, useScenario, pressKeys } from '../../../test/helpers.js';

async function mount(
  attrs: { interventionId?: string; documentId?: string; target?: string; locale?: string; scenario?: ScenarioName } = {},
) {
  await useScenario(attrs.scenario ?? 'register:default');
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${NOW} locale=${attrs.locale ?? 'fr'}>
      <report-observations intervention-id=${attrs.interventionId ?? ''} document-id=${attrs.documentId ?? ''} target=${attrs.target ?? 'observation'}></report-observations>
    </vigie-provider>
  `);
  return provider.querySelector('report-observations')!;
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const buttonNamed = (root: ParentNode, name: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);

/** The element that has the focus, through the shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Presses Tab (Shift+Tab) until `check` holds for the focused element. */
async function tabUntil(check: (el: Element | null) => boolean, what: string, back = false) {
  for (let i = 0; i < 60; i++) {
    if (check(deepActive())) return deepActive() as HTMLElement;
    await sendKeys({ press: back ? 'Shift+Tab' : 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Opens the window with the keyboard and passes the tutorial if it shows. */
async function openReport(el: ReportObservations) {
  const open = await until(() => $<HTMLButtonElement>(el, '[part~=open]'), 'the open button');
  await clickOn(open);
  const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the window');
  if ($(el, '.tutorial')) await clickOn(buttonNamed(dialog, 'J’ai compris')!);
  const picker = await until(() => dialog.querySelector<PdfTextPicker>('pdf-text-picker'), 'the picker');
  await until(() => picker.shadowRoot?.querySelectorAll('.textLayer span').length, 'the text layer', 15000);
  return { dialog, picker };
}

const spans = (picker: PdfTextPicker) =>
  [...picker.shadowRoot!.querySelectorAll<HTMLSpanElement>('.textLayer span')].filter((s) => s.textContent!.trim());

describe('<report-observations> (SR-OBS)', () => {
  it('SR-OBS pointer: drag over two lines of the PDF, « Créer une observation », the form holds exactly that text, saving lists it', async function () {
    this.timeout(30000);
    ReportObservations.tutorialSeen = false;
    const el = await mount({ interventionId: 'int-201' });
    await until(() => shadowText(el).includes('Vérification périodique des installations électriques'), 'the report');
    expect(shadowText(el)).to.contain('Aucune observation');
    const open = $<HTMLButtonElement>(el, '[part~=open]')!;
    expect(open.textContent!.trim()).to.equal('Extraire obs');
    await clickOn(open);
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the window');
    // The first time: the tutorial, focused.
    await until(() => $(el, '.tutorial'), 'the tutorial');
    expect(deepActive()?.textContent).to.contain('Comment extraire une observation');
    expect(dialog.textContent).to.contain('Cliquez sur le bouton qui s’affiche\u202f: «\u202fCréer une observation\u202f»');
    await expect(el).to.be.accessible();
    await clickOn(buttonNamed(dialog, 'J’ai compris')!);
    const picker = await until(() => dialog.querySelector<PdfTextPicker>('pdf-text-picker'), 'the picker');
    await until(() => spans(picker).length > 5, 'the text layer', 15000);

    const lines = spans(picker);
    const i = lines.findIndex((s) => s.textContent!.match(/^Observation n°\s3/));
    expect(i, 'the line of observation 3').to.be.greaterThan(-1);
    const first = lines[i]!;
    const second = lines[i + 1]!;
    first.scrollIntoView({ block: 'center' });
    await new Promise((r) => requestAnimationFrame(r));
    const a = first.getBoundingClientRect();
    const b = second.getBoundingClientRect();
    const y1 = Math.round(a.top + a.height / 2);
    const y2 = Math.round(b.top + b.height / 2);
    await sendMouse({ type: 'move', position: [Math.ceil(a.left) + 1, y1] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round((a.left + b.right) / 2), y2] });
    await sendMouse({ type: 'move', position: [Math.floor(b.right) - 1, y2] });
    await sendMouse({ type: 'up' });

    const expected = normalizeExtract(`${first.textContent} ${second.textContent}`);
    // pdf.js gives the PDF's no-break spaces back as plain spaces.
    expect(expected).to.match(
      /^Observation n°\s3\s: l’extincteur du local poubelles n’est pas accessible, des conteneurs sont stockés devant\./,
    );
    const pick = await until(() => picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~=pick]'), 'the button by the selection');
    expect(pick.textContent!.trim()).to.equal('Créer une observation');
    await clickOn(pick);
    const text = await until(() => dialog.querySelector<HTMLTextAreaElement>('textarea'), 'the form');
    expect(text.value).to.equal(expected);
    await until(() => deepActive() === text, 'the focus in the text');
    await expect(el).to.be.accessible();

    await clickOn(buttonNamed(dialog, 'Enregistrer')!);
    const item = await until(() => el.shadowRoot!.querySelector('.items li'), 'the new observation');
    expect(item.textContent).to.contain(expected);
    expect(shadowText(el)).to.contain('1 observation');
    expect(dialog.open).to.be.false;
    await until(() => deepActive() === item, 'the focus on the new observation');
    expect(apiRequests()).to.include('POST /api/safety-register/interventions/int-201/observations');
    expect(apiRequests()).to.include('GET /api/safety-register/interventions/int-201/report.pdf');
    expect(ReportObservations.tutorialSeen).to.be.true;
  });

  it('SR-OBS keyboard only: tick lines of the page, « Créer une observation », edit, save; no tutorial the second time', async function () {
    this.timeout(30000);
    ReportObservations.tutorialSeen = true;
    const el = await mount({ interventionId: 'int-202' });
    const open = await until(() => $<HTMLButtonElement>(el, '[part~=open]'), 'the open button');
    expect(shadowText(el)).to.contain('1 observation');
    open.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the window');
    expect($(el, '.tutorial')).to.be.null;
    const picker = await until(() => dialog.querySelector<PdfTextPicker>('pdf-text-picker'), 'the picker');
    await until(() => picker.shadowRoot?.querySelector('.textLayer span'), 'the page', 15000);
    await tabUntil((a) => a?.textContent?.trim() === 'Choisir dans le texte de la page', 'the lines toggle');
    await sendKeys({ press: 'Enter' });
    const labels = await until(() => [...picker.shadowRoot!.querySelectorAll('.lines label')], 'the lines');
    const k = labels.findIndex((l) => l.textContent!.match(/Observation n°\s3/));
    expect(k).to.be.greaterThan(-1);
    const box = (n: number) => labels[n]!.querySelector('input')!;
    await tabUntil((a) => a === box(k), 'the line of observation 3');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    const expected = normalizeExtract(`${labels[k]!.textContent} ${labels[k + 1]!.textContent}`);
    await tabUntil((a) => a?.textContent?.trim() === 'Créer une observation', 'the create button');
    await sendKeys({ press: 'Enter' });
    const text = await until(() => dialog.querySelector<HTMLTextAreaElement>('textarea'), 'the form');
    expect(text.value).to.equal(expected);
    await until(() => deepActive() === text, 'the focus in the text');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' (à vérifier)' });
    await tabUntil((a) => a?.textContent?.trim() === 'Enregistrer', 'the save button');
    await sendKeys({ press: 'Enter' });
    await until(() => shadowText(el).includes('2 observations'), 'the list of two');
    expect(shadowText(el)).to.contain(`${expected} (à vérifier)`);
  });

  it('SR-OBS Escape closes the window and gives the focus back to « Extraire obs »; an emptied text is refused', async function () {
    this.timeout(30000);
    ReportObservations.tutorialSeen = true;
    const el = await mount({ interventionId: 'int-203' });
    const { dialog, picker } = await openReport(el);
    await tabUntil((a) => a?.textContent?.trim() === 'Choisir dans le texte de la page', 'the lines toggle');
    await sendKeys({ press: 'Enter' });
    const first = await until(() => picker.shadowRoot!.querySelector<HTMLInputElement>('.lines input'), 'the lines');
    await tabUntil((a) => a === first, 'the first line');
    await sendKeys({ press: 'Space' });
    await tabUntil((a) => a?.textContent?.trim() === 'Créer une observation', 'the create button');
    await sendKeys({ press: 'Enter' });
    const text = await until(() => dialog.querySelector<HTMLTextAreaElement>('textarea'), 'the form');
    await until(() => deepActive() === text, 'the focus in the text');
    await pressKeys('ControlOrMeta+a');
    await sendKeys({ press: 'Backspace' });
    await tabUntil((a) => a?.textContent?.trim() === 'Enregistrer', 'the save button');
    await sendKeys({ press: 'Enter' });
    await until(() => dialog.textContent!.includes('Saisissez le texte à enregistrer.'), 'the empty message');
    expect(text.getAttribute('aria-invalid')).to.equal('true');
    expect(apiRequests().filter((r) => r.startsWith('POST'))).to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'the window closed');
    await until(() => deepActive() === $(el, '[part~=open]'), 'the focus back on the button');
  });

  for (const [id, reason] of [
    ['int-101', 'n’est pas encore clôturée'],
    ['int-205', 'de type «\u202fTravaux\u202f»'],
    ['int-206', 'n’est pas un PDF'],
    ['int-207', 'Aucun rapport n’est joint'],
  ] as const) {
    it(`SR-OBS not eligible (${id}): says why, no « Extraire obs », no PDF fetched`, async () => {
      const el = await mount({ interventionId: id });
      const notice = await until(() => $(el, '[part~=notice]'), 'the notice');
      expect(notice.textContent).to.contain('Extraction impossible');
      expect(notice.textContent).to.contain(reason);
      expect(notice.querySelector('svg')).to.exist;
      expect($(el, '[part~=open]')).to.be.null;
      expect(apiRequests().some((r) => r.endsWith('.pdf'))).to.be.false;
      await expect(el).to.be.accessible();
    });
  }

  it('SR-OBS the first screen loads neither the window’s code nor pdfjs-dist, nor the PDF', async () => {
    const el = await mount({ interventionId: 'int-204' });
    await until(() => $(el, '[part~=open]'), 'the open button');
    expect(customElements.get('pdf-text-picker') === undefined || apiRequests().every((r) => !r.endsWith('.pdf'))).to.be.true;
    expect(apiRequests().some((r) => r.endsWith('.pdf'))).to.be.false;
  });

  it('SR-OBS prescriptions: the same picker on a commission’s procès-verbal creates a prescription', async function () {
    this.timeout(30000);
    ReportObservations.tutorialSeen = true;
    const el = await mount({ documentId: 'doc-cs-1', target: 'prescription' });
    await until(() => $(el, '[part~=open]'), 'the open button');
    expect(shadowText(el)).to.contain('Prescriptions du procès-verbal');
    expect($(el, '[part~=open]')!.textContent!.trim()).to.equal('Extraire des prescriptions');
    const { dialog, picker } = await openReport(el);
    await tabUntil((a) => a?.textContent?.trim() === 'Choisir dans le texte de la page', 'the lines toggle');
    await sendKeys({ press: 'Enter' });
    const labels = await until(() => [...picker.shadowRoot!.querySelectorAll('.lines label')], 'the lines');
    const k = labels.findIndex((l) => l.textContent!.match(/Prescription n°\s2/));
    await tabUntil((a) => a === labels[k]!.querySelector('input'), 'the line');
    await sendKeys({ press: 'Space' });
    await tabUntil((a) => a?.textContent?.trim() === 'Créer une prescription', 'the create button');
    await sendKeys({ press: 'Enter' });
    await until(() => dialog.querySelector('textarea'), 'the form');
    await tabUntil((a) => a?.textContent?.trim() === 'Enregistrer', 'the save button');
    await sendKeys({ press: 'Enter' });
    await until(() => shadowText(el).includes('1 prescription'), 'the prescription listed');
    expect(apiRequests()).to.include('POST /api/safety-register/documents/doc-cs-1/prescriptions');
  });

  it('SR-OBS anomalies: a building audit report, target="anomaly"', async () => {
    const el = await mount({ documentId: 'doc-audit-1', target: 'anomaly' });
    await until(() => $(el, '[part~=open]'), 'the open button');
    expect($(el, '[part~=open]')!.textContent!.trim()).to.equal('Extraire des anomalies');
    expect(shadowText(el)).to.contain('Rapport d’audit du bâtiment');
  });

  it('SR-INVOICE restricted account: the notice shows, nothing of the report, no data loaded', async () => {
    const el = await mount({ interventionId: 'int-201', scenario: 'register:restricted' });
    await until(() => el.shadowRoot!.querySelector('register-access-notice'), 'the access notice');
    expect($(el, '[part~=open]')).to.be.null;
    expect(apiRequests().some((r) => r.endsWith('.pdf'))).to.be.false;
    expect(shadowText(el)).not.to.contain('Vérification périodique');
  });

  it('SR-OBS English: labels for the locale', async () => {
    const el = await mount({ interventionId: 'int-201', locale: 'en' });
    await until(() => $(el, '[part~=open]'), 'the open button');
    expect($(el, '[part~=open]')!.textContent!.trim()).to.equal('Extract observations');
    expect(shadowText(el)).to.contain('Observations from the report');
  });
});
