/**
 * PP-ROSTER / PP-BLOCK — `<passport-roster>` as the referent reads it (issue 8, points 14, 15, 16):
 * the state shown today (« Expiré », « Expire bientôt », with an icon), the state filters and their
 * counts, the blocked accounts at a glance (module and day on the row, the summary, the alert in
 * the page), the list kept up to date by polling, the e-mail line, truncated cells readable by
 * pointer and keyboard, and the « Trier par » sort where rows stack. Real pointer and keyboard
 * input only (`sendMouse`, `sendKeys`). "Today" is the provider's clock: 10 March 2026.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { createClient, type Employee } from '@vigie/core';
import { PASSPORT_DEMO_SESSION } from '@vigie/mock-api';
import type { MockWorker } from '@vigie/mock-api/browser';
import type { VigieProvider } from '../../shared/vigie-provider/vigie-provider.js';
import { NOW, until, useScenario } from '../../../test/helpers.js';
import '../../define/passport-roster.js';
import type { PassportRoster } from './passport-roster.js';

const $ = <T extends Element = HTMLElement>(el: PassportRoster, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: PassportRoster, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const bodyRows = (el: PassportRoster) => $$<HTMLTableRowElement>(el, 'tbody tr:not(.spacer)');
/** The first line of a name cell (its e-mail line aside). */
const nameLine = (td: HTMLTableCellElement | undefined) => text(td?.querySelector('.line') ?? td);
const rowOf = (el: PassportRoster, lastName: string) => bodyRows(el).find((tr) => nameLine(tr.cells[1]) === lastName);
const lastNames = (el: PassportRoster) => bodyRows(el).map((tr) => nameLine(tr.cells[1]));

/** A real click in the middle of an element. */
async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const r = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

async function hover(element: Element): Promise<void> {
  const r = element.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(r.x + Math.min(20, r.width / 2)), Math.round(r.y + r.height / 2)] });
}

/** The accessible name of a filter radio: its label's text (icon aside). */
const filterNames = (el: PassportRoster) =>
  $$<HTMLInputElement>(el, '[part~=filters] input[type=radio]').map((i) => text(i.closest('label')));

async function mount(o: { rows?: readonly Employee[]; attrs?: Partial<PassportRoster> } = {}) {
  const client = createClient({ baseUrl: '/api', retry: { limit: 0 } });
  const provider = await fixture<VigieProvider>(html`
    <vigie-provider now=${NOW} locale="fr" .client=${client} .passportSession=${PASSPORT_DEMO_SESSION}>
      <passport-roster login-href="/connexion" .rows=${o.rows}></passport-roster>
    </vigie-provider>
  `);
  const el = provider.querySelector('passport-roster')!;
  Object.assign(el, o.attrs ?? {});
  await el.updateComplete;
  return { provider, el };
}

let mock: MockWorker | undefined;
before(() => setViewport({ width: 1280, height: 900 }));
afterEach(async () => {
  mock?.worker.resetHandlers();
  await sendMouse({ type: 'move', position: [0, 0] });
  await setViewport({ width: 1280, height: 900 });
});

const base = { email: null, profile: 'technical', passportUrl: '/passeports/x', state: 'active', version: 1 } as const;
/** Today is 10/03/2026: two awarenesses expired (2023, 2025), one expires on 20/03, one next year, one blocked, one not started. */
const ROWS: readonly Employee[] = [
  { ...base, id: 'e1', firstName: 'Petit', lastName: 'SEBASTIEN', expiresOn: '2023-08-25' },
  { ...base, id: 'e2', firstName: 'Anne', lastName: 'ANCIEN', expiresOn: '2025-06-30' },
  { ...base, id: 'e3', firstName: 'Basile', lastName: 'BIENTOT', expiresOn: '2026-03-20' },
  { ...base, id: 'e4', firstName: 'Hélène', lastName: 'LEFÈVRE', expiresOn: '2027-03-31' },
  {
    ...base,
    id: 'e5',
    firstName: 'John',
    lastName: 'WEST',
    passportUrl: null,
    state: 'blocked',
    expiresOn: null,
    block: { moduleId: 'working-at-height', at: '2026-03-08T09:30:00.000Z' },
  },
  { ...base, id: 'e6', firstName: 'Sébastien', lastName: 'PETIT', passportUrl: null, state: null, expiresOn: null },
];

describe('<passport-roster> states today (#15: « Expiré », « Expire bientôt »)', () => {
  it('an awareness that expired in 2023 or 2025 reads « Expiré », one within 30 days « Expire bientôt », each with an icon; « Actif » only for the valid one', async () => {
    const { el } = await mount({ rows: ROWS });
    const stateOf = (name: string) => rowOf(el, name)!.cells[4]!;
    expect(text(stateOf('SEBASTIEN'))).to.equal('Expiré');
    expect(text(stateOf('ANCIEN'))).to.equal('Expiré');
    expect(text(stateOf('BIENTOT'))).to.equal('Expire bientôt');
    expect(text(stateOf('LEFÈVRE'))).to.equal('Actif');
    // An icon beside each text, one per state: never a colour alone.
    const iconOf = (name: string) => stateOf(name).querySelector('svg')?.innerHTML ?? '';
    for (const name of ['SEBASTIEN', 'BIENTOT', 'LEFÈVRE', 'WEST']) expect(iconOf(name), name).to.not.equal('');
    expect(new Set(['SEBASTIEN', 'BIENTOT', 'LEFÈVRE', 'WEST'].map(iconOf)).size, 'one icon per state').to.equal(4);
    // Search and sort follow what the cell says.
    el.query = 'expire';
    await el.updateComplete;
    expect(lastNames(el).sort()).to.deep.equal(['ANCIEN', 'BIENTOT', 'SEBASTIEN']);
  });
});

describe('<passport-roster> state filters with counts (#15)', () => {
  it('each filter says its count in its name; a real click keeps only that state and the result is announced; arrow keys move between them', async () => {
    const { el } = await mount({ rows: ROWS });
    expect($(el, '[part~=filters] legend')!.textContent).to.equal('Filtrer par état');
    expect(filterNames(el)).to.deep.equal(['Tous 6', 'Actifs 1', 'Bloqués 1', 'Expirés 2', 'Expirent bientôt 1', 'Non commencés 1']);
    await click($(el, '[part~=filters] input[value=expired]')!.closest('label')!);
    await el.updateComplete;
    expect(el.statusFilter).to.equal('expired');
    expect(lastNames(el)).to.deep.equal(['ANCIEN', 'SEBASTIEN']);
    expect(text($(el, '[part~=count]'))).to.equal('2 salariés trouvés');
    await until(() => text($(el, '.sr-only[role=status]')).includes('Expirés'), 'the announcement');
    expect($(el, '.sr-only[role=status]')!.textContent).to.equal('Expirés\u202f: 2\u00a0salariés trouvés'.replace('\u00a0', ' '));
    // The focus is on the radio: the arrow key moves to « Expirent bientôt » (native radios).
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.statusFilter).to.equal('expiring');
    expect(lastNames(el)).to.deep.equal(['BIENTOT']);
    // The counts follow the search.
    const input = $<HTMLInputElement>(el, 'input[type=search]')!;
    await click(input);
    await sendKeys({ type: 'petit' });
    await el.updateComplete;
    expect(filterNames(el)).to.deep.equal(['Tous 2', 'Actifs 0', 'Bloqués 0', 'Expirés 1', 'Expirent bientôt 0', 'Non commencés 1']);
    await expect(el).to.be.accessible();
  });

  it('an empty filter says so and « Afficher tous les salariés » brings every row back', async () => {
    const rows = ROWS.filter((r) => r.state !== 'blocked');
    const { el } = await mount({ rows });
    await click($(el, '[part~=filters] input[value=blocked]')!.closest('label')!);
    await el.updateComplete;
    expect($(el, '[part~=empty] strong')!.textContent).to.equal('Aucun salarié dans «\u202fBloqués\u202f».');
    await click([...$$(el, '[part~=empty] button')].find((b) => text(b) === 'Afficher tous les salariés')!);
    await el.updateComplete;
    expect(bodyRows(el)).to.have.length(rows.length);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~=filters] input[value=all]'));
  });
});

describe('<passport-roster> the blocked accounts at a glance (#14, PP-BLOCK)', () => {
  it('the blocked row says the module and the day; a summary counts them; the alert in the page filters to them', async () => {
    mock = await useScenario('passport:default');
    const { el } = await mount();
    await until(() => bodyRows(el).length > 0 && el.loadedCount === el.totalCount && !$(el, '[part~=progress]'), 'the roster', 15000);
    // John WEST failed « Travail en hauteur » 4 times, 2 days before today.
    el.query = 'west';
    await el.updateComplete;
    const john = bodyRows(el).find((tr) => nameLine(tr.cells[0]) === 'John' && nameLine(tr.cells[1]) === 'WEST')!;
    const state = john.cells[4]!;
    expect(text(state.querySelector('button'))).to.equal('Bloqué');
    expect(text(state.querySelector('.block-info'))).to.equal('le 08/03/2026 · Travail en hauteur');
    expect(state.querySelector('.sr-only')!.textContent).to.equal(
      'Bloqué après plus de 3 échecs au module «\u202fTravail en hauteur\u202f», le 08/03/2026',
    );
    el.query = '';
    await el.updateComplete;
    expect(text($(el, '[part~=summary]'))).to.match(/^1 compte bloqué/);
    const alert = $(el, '[part~=alert]')!;
    expect(alert.getAttribute('role')).to.equal('status');
    expect(text(alert)).to.include('1 compte bloqué');
    expect(alert.querySelector('.alert-text')!.textContent).to.include(
      'Le compte de John WEST est bloqué depuis le 08/03/2026 après plus de 3 échecs au module «\u202fTravail en hauteur\u202f».',
    );
    await click([...alert.querySelectorAll('button')].find((b) => text(b) === 'Afficher les comptes bloqués')!);
    await el.updateComplete;
    expect(el.statusFilter).to.equal('blocked');
    expect(lastNames(el)).to.deep.equal(['WEST']);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~=filters] input[value=blocked]'));
    // Hidden, the alert stays hidden…
    await click(alert.querySelector<HTMLButtonElement>('button[aria-label="Masquer l’alerte"]')!);
    await el.updateComplete;
    expect(text($(el, '[part~=alert]'))).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('the list updates itself when the tab becomes visible and at intervals: a new block appears with the alert, keeping the scroll, the focus and the search', async () => {
    mock = await useScenario('passport:default');
    const { el } = await mount({ attrs: { pollInterval: 0 } });
    await until(() => bodyRows(el).length > 0 && el.loadedCount === el.totalCount && !$(el, '[part~=progress]'), 'the roster', 15000);
    // The referent hides the alert about John WEST, types a search and scrolls.
    await click($(el, '[part~=alert] button[aria-label="Masquer l’alerte"]')!);
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, 'input[type=search]')!;
    await click(input);
    await sendKeys({ type: 'e' });
    await el.updateComplete;
    const scroller = $<HTMLDivElement>(el, '[part~=scroller]')!;
    scroller.scrollTop = 96;
    await new Promise((r) => requestAnimationFrame(r));
    input.focus();
    const top = scroller.scrollTop;
    // Hélène LEFÈVRE fails « Travail en hauteur » 4 times (the e-learning tells the mock).
    for (let i = 0; i < 4; i++) mock.passport.recordModuleFailure('emp-000005', 'working-at-height');
    // The referent comes back to the tab.
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => text($(el, '[part~=alert]')).includes('2 comptes bloqués'), 'the alert after the poll', 8000);
    expect(text($(el, '[part~=summary]'))).to.match(/^2 comptes bloqués/);
    expect(filterNames(el)).to.include('Bloqués 2');
    expect(input.value).to.equal('e');
    expect(el.query).to.equal('e');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(scroller.scrollTop).to.equal(top);
    expect($(el, '[part~=progress]'), 'a poll shows no progress bar').to.be.null;

    // While visible, at the interval (here a fraction of a second): an unblock elsewhere shows too.
    mock.passport.unblockEmployee('granulats-dupont', 'emp-000005');
    el.pollInterval = 0.2;
    await until(() => filterNames(el).includes('Bloqués 1'), 'the interval poll', 8000);
    el.pollInterval = 0;
  });
});

describe('<passport-roster> homonyms, truncated cells, sorting at 360 px (#16)', () => {
  const HOMONYMS: readonly Employee[] = [
    { ...base, id: 'h1', firstName: 'Sébastien', lastName: 'PETIT', email: 'sebastien.petit@granulats-dupont.fr', expiresOn: '2027-01-01' },
    {
      ...base,
      id: 'h2',
      firstName: 'Sébastien',
      lastName: 'PETIT',
      email: 's.petit@chantier.granulats-dupont.fr',
      expiresOn: '2027-01-01',
    },
    {
      ...base,
      id: 'h3',
      firstName: 'Marie-Christine-Éléonore',
      lastName: 'DE LA TOUR D’AUVERGNE-LAURAGAIS-MONTFORT',
      email: 'marie-christine.eleonore.de-la-tour-dauvergne-lauragais@granulats-dupont.fr',
      expiresOn: '2027-01-01',
    },
  ];

  it('homonyms are told apart by their e-mail, on a second line', async () => {
    const { el } = await mount({ rows: HOMONYMS });
    const emails = bodyRows(el)
      .filter((tr) => nameLine(tr.cells[1]) === 'PETIT')
      .map((tr) => text(tr.cells[1]!.querySelector('.email')));
    expect(emails.sort()).to.deep.equal(['s.petit@chantier.granulats-dupont.fr', 'sebastien.petit@granulats-dupont.fr']);
  });

  it('a cut cell is shown whole under the pointer and while its row has the keyboard focus (no title attribute)', async () => {
    const { el } = await mount({ rows: HOMONYMS });
    const row = rowOf(el, 'DE LA TOUR D’AUVERGNE-LAURAGAIS-MONTFORT')!;
    const email = row.cells[1]!.querySelector<HTMLElement>('.email')!;
    const cut = (e: HTMLElement) => e.scrollWidth > e.clientWidth + 1;
    expect(cut(email), 'cut at rest').to.be.true;
    expect(row.querySelector('[title]')).to.be.null;
    await hover(row.cells[1]!);
    await until(() => !cut(email), 'the e-mail shown whole under the pointer');
    const box = email.getBoundingClientRect();
    expect(document.elementsFromPoint(box.x + box.width - 4, box.y + box.height / 2)).to.include(el);
    await sendMouse({ type: 'move', position: [0, 0] });
    await until(() => cut(email), 'cut again');
    // Keyboard: Tab until the focus is in that row (its « Voir le passeport » link).
    $<HTMLInputElement>(el, 'input[type=search]')!.focus();
    for (let i = 0; i < 40 && !row.contains(el.shadowRoot!.activeElement); i++) await sendKeys({ press: 'Tab' });
    expect(row.contains(el.shadowRoot!.activeElement)).to.be.true;
    expect(cut(email)).to.be.false;
    expect(cut(row.cells[0]!.querySelector<HTMLElement>('.line')!)).to.be.false;
  });

  it('at 360 px, « Trier par » and « Ordre » are on screen and sort with the keyboard; the header buttons are not left off screen', async () => {
    await setViewport({ width: 360, height: 800 });
    const { el } = await mount({ rows: ROWS });
    const by = $<HTMLSelectElement>(el, '[part~=sort-controls] select')!;
    const r = by.getBoundingClientRect();
    expect(r.width).to.be.above(0);
    expect(r.right).to.be.at.most(360);
    expect(by.labels![0]!.textContent).to.equal('Trier par');
    expect(by.value).to.equal('lastName');
    // The header's sort buttons no longer sit in a line running off screen: the header is visually hidden (screen readers keep it).
    expect($(el, 'thead')!.getBoundingClientRect().width).to.be.at.most(1);
    expect($$(el, 'thead th').map((th) => text(th))).to.include('Expiration');
    by.focus();
    // « Nom » → « Profil » → « Passeport sécurité » → « État » → « Expiration »
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.sortColumn).to.equal('expiresOn');
    expect($(el, 'th[aria-sort]')!.textContent!.trim()).to.equal('Expiration');
    const order = $$<HTMLSelectElement>(el, '[part~=sort-controls] select')[1]!;
    order.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.sortDirection).to.equal('descending');
    // Descending is ascending reversed: the rows with no date (« — ») first, then the latest date.
    expect(lastNames(el).slice(0, 3)).to.deep.equal(['PETIT', 'WEST', 'LEFÈVRE']);
    await expect(el).to.be.accessible();
  });
});
