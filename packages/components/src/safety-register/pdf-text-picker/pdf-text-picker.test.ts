import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { makePdfPages } from '@vigie/mock-api';
import type { PdfTextPicker } from './pdf-text-picker.js';
import type { PdfTextPickEvent } from './pdf-text-picker.events.js';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, clickOn, until, useScenario } from '../../../test/helpers.js';

const PDF = makePdfPages(
  [
    [{ text: 'Procès-verbal', size: 16 }, { text: 'Prescription n° 1 : maintenir libres les dégagements.' }],
    [
      { text: 'Page deux', size: 16 },
      { text: 'Prescription n° 4 : afficher les consignes de sécurité' },
      { text: 'à chaque niveau du bâtiment.' },
    ],
  ],
  'PV',
);

async function mount(workerSrc?: string) {
  await useScenario('register:default');
  const provider = await fixture<VigieProvider>(
    html`<vigie-provider now=${NOW}><pdf-text-picker target="prescription" worker-src=${workerSrc ?? '/pdfjs/pdf.worker.min.mjs'}></pdf-text-picker></vigie-provider>`,
  );
  const picker = provider.querySelector('pdf-text-picker')!;
  picker.data = PDF;
  return picker;
}

const deepActive = () => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
const button = (p: PdfTextPicker, name: string) =>
  [...p.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name);

describe('<pdf-text-picker> (SR-OBS)', () => {
  it('SR-OBS reusable alone: pages of a real PDF, the next page, its lines ticked with the keyboard, one pdf-text-pick event', async function () {
    this.timeout(20000);
    const picker = await mount();
    await until(() => picker.shadowRoot!.querySelector('.textLayer span'), 'the first page', 15000);
    expect(picker.shadowRoot!.textContent).to.contain('Page 1 sur 2');
    await clickOn(button(picker, 'Page suivante')!);
    await until(
      () => [...picker.shadowRoot!.querySelectorAll('.textLayer span')].some((s) => s.textContent!.includes('Prescription n° 4')),
      'the second page',
    );
    const toggle = button(picker, 'Choisir dans le texte de la page')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const boxes = await until(() => [...picker.shadowRoot!.querySelectorAll<HTMLInputElement>('.lines input')], 'the lines');
    expect(boxes).to.have.length(3);
    for (let i = 0; i < 60 && deepActive() !== boxes[1]; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await until(() => picker.shadowRoot!.textContent!.includes('Texte sélectionné'), 'the count');
    for (let i = 0; i < 10 && deepActive()?.textContent?.trim() !== 'Créer une prescription'; i++) await sendKeys({ press: 'Tab' });
    const picked = oneEvent(picker, 'pdf-text-pick');
    await sendKeys({ press: 'Enter' });
    const e = (await picked) as unknown as PdfTextPickEvent;
    expect(e.text).to.equal('Prescription n° 4 : afficher les consignes de sécurité à chaque niveau du bâtiment.');
    expect(e.page).to.equal(2);
    expect(e.via).to.equal('keyboard');
    expect(e.bubbles && e.composed).to.be.true;
    await expect(picker).to.be.accessible();
  });

  it('SR-OBS a worker that cannot load: « Le document n’a pas pu être ouvert. »', async function () {
    this.timeout(20000);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => void errors.push(a);
    try {
      const picker = await mount('/nowhere/pdf.worker.min.mjs');
      await until(() => picker.shadowRoot!.querySelector('[role=alert]'), 'the error', 15000);
      expect(picker.shadowRoot!.textContent).to.contain('Le document n’a pas pu être ouvert.');
    } finally {
      console.error = original;
    }
  });
});
