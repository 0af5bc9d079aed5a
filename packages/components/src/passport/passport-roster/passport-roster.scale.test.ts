/**
 * PP-ROSTER — `<passport-roster>` at scale (issue 8, point 16), in Chromium with real input only
 * (`sendMouse`, `sendKeys`): the view stays still while pages load under a fixed scroll position,
 * and « Passeport sécurité » sorts both ways. (The fling itself is measured by `npm run bench`:
 * the test runner has no wheel command.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { createClient, type Employee } from '@vigie/core';
import { PASSPORT_DEMO_SESSION, generateEmployees } from '@vigie/mock-api';
import type { MockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, until, useScenario } from '../../../test/helpers.js';
import '../../define/passport-roster.js';
import type { PassportRoster } from './passport-roster.js';

const $ = <T extends Element = HTMLElement>(el: PassportRoster, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: PassportRoster, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const bodyRows = (el: PassportRoster) => $$<HTMLTableRowElement>(el, 'tbody tr:not(.spacer)');
const scroller = (el: PassportRoster) => $<HTMLDivElement>(el, '[part~=scroller]')!;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
/** The column of a header, by its text (the columns may move; their names stay). */
const columnOf = (el: PassportRoster, header: string) => $$(el, 'thead th').findIndex((th) => text(th) === header);

/** Clicks the middle of an element with the mouse. */
async function click(target: Element) {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/**
 * The first row a person sees at the top of the list (the first one whose bottom is below the
 * sticky header): its employee, and where it stands in the page (px) and in the list (its top
 * minus the header's bottom).
 */
function firstVisible(el: PassportRoster) {
  const head = $(el, 'thead th')!.getBoundingClientRect().bottom;
  const tr = bodyRows(el)
    .filter((r) => r.getBoundingClientRect().bottom > head + 0.5)
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]!;
  const top = tr.getBoundingClientRect().top;
  return {
    who: `${text(tr.cells[0])} ${text(tr.cells[1]?.querySelector('.line:not(.email)') ?? tr.cells[1])}`,
    pageTop: Math.round(top),
    offset: Math.round(top - head),
  };
}

async function mount(o: { rows?: readonly Employee[] } = {}) {
  const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${NOW} locale="fr" .client=${client} .passportSession=${PASSPORT_DEMO_SESSION}>
      <passport-roster login-href="/connexion" .rows=${o.rows}></passport-roster>
    </vigie-provider>
  `);
  const el = provider.querySelector('passport-roster')!;
  await el.updateComplete;
  return el;
}

let mock: MockWorker | undefined;
before(() => setViewport({ width: 1280, height: 900 }));
afterEach(() => mock?.worker.resetHandlers());

describe('<passport-roster> (PP-ROSTER) at scale, issue 8 point 16', () => {
  it('pages arriving under a fixed scroll position: the first visible row and its offset never change; at the top, the list shows its start', async function () {
    this.timeout(30_000);
    mock = await useScenario('passport:default');
    // 13 pages of 150 employees in id order, their names in no order (as the API pages them):
    // each page puts rows before and between the ones shown, sorted by last name.
    const all = generateEmployees(13 * 150);
    const PAGE = 150;
    const gates: (() => void)[] = [];
    let served = 0;
    mock.worker.use(
      http.get('/api/passport/employees', async ({ request }) => {
        const cursor = Number(new URL(request.url).searchParams.get('cursor') ?? '0');
        // Each page after the first waits until the test lets it through (a network as slow as needed).
        if (cursor > 0) await new Promise<void>((release) => gates.push(release));
        served++;
        const items = all.slice(cursor, cursor + PAGE);
        const next = cursor + PAGE < all.length ? String(cursor + PAGE) : null;
        return HttpResponse.json({ items, total: all.length, nextCursor: next });
      }),
    );
    const el = await mount();
    await until(() => bodyRows(el).length > 10 && el.loadedCount === PAGE, 'the first page');
    await until(() => gates.length === 1, 'the second page asked');

    // A person clicks a name in the list, then goes three screens down with the keyboard.
    await click(bodyRows(el)[2]!.cells[0]!);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(scroller(el).scrollTop).to.be.above(0);
    const seen = firstVisible(el);

    for (let page = 2; page <= 13; page++) {
      await until(() => gates.length > 0, `page ${page} asked`);
      gates.shift()!();
      await until(() => served === page && el.loadedCount === page * PAGE, `page ${page}`);
      await el.updateComplete;
      await frame();
      await frame();
      expect(firstVisible(el), `after page ${page}`).to.deep.equal(seen);
    }
    await until(() => !$(el, '[part~=progress]'), 'the end of loading');
    await frame();
    expect(firstVisible(el), 'once every page is in').to.deep.equal(seen);
    expect(el.loadedCount).to.equal(all.length);

    // Scrolled back to the very top, the list shows its start (as the browser's own scroll
    // anchoring does, none at offset 0): the first employee by last name.
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const first = [...all].sort(
      (a, b) =>
        a.lastName.localeCompare(b.lastName, 'fr', { sensitivity: 'base', numeric: true }) ||
        a.firstName.localeCompare(b.firstName, 'fr', { sensitivity: 'base', numeric: true }) ||
        (a.id < b.id ? -1 : 1),
    )[0]!;
    expect(firstVisible(el).who).to.equal(`${first.firstName} ${first.lastName}`);
  });

  it('« Passeport sécurité » sorts with a click and with the keyboard: ascending puts the passports first, descending « — » first', async () => {
    const rows = generateEmployees(400);
    const withPassport = rows.filter((r) => r.passportUrl !== null).length;
    expect(withPassport).to.be.within(1, 399);
    const el = await mount({ rows });
    const col = columnOf(el, 'Passeport sécurité');
    expect(col).to.be.at.least(0);
    const header = () => $$(el, 'thead th')[col]!;
    const shown = () => bodyRows(el).map((tr) => text(tr.cells[col]));
    const hasPassport = (cell: string) => cell.includes('Voir le passeport');

    await click(header().querySelector('button')!);
    await el.updateComplete;
    expect(header().getAttribute('aria-sort')).to.equal('ascending');
    expect(shown().every(hasPassport), 'ascending: passports first').to.be.true;
    const ascending = bodyRows(el).map((tr) => text(tr));

    // The same button again, with the keyboard (it has the focus after the click).
    expect(el.shadowRoot!.activeElement).to.equal(header().querySelector('button'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header().getAttribute('aria-sort')).to.equal('descending');
    expect(shown().some(hasPassport), 'descending: « — » first').to.be.false;
    expect(bodyRows(el).map((tr) => text(tr))).not.to.deep.equal(ascending);
    // Its end is the start of the ascending order, reversed by group: the passports, in tie order.
    await click(bodyRows(el)[1]!.cells[0]!);
    expect(el.shadowRoot!.activeElement).to.equal(scroller(el));
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(shown().slice(-5).every(hasPassport)).to.be.true;

    // Space sorts ascending again.
    header().querySelector<HTMLButtonElement>('button')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(header().getAttribute('aria-sort')).to.equal('ascending');
    expect(bodyRows(el).map((tr) => text(tr))).to.deep.equal(ascending);
  });
});
