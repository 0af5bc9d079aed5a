/**
 * Issue 11, point 12 — the development warnings (the sources and `dist/dev/` have `DEV` true; the
 * production build drops them: dev-build.test.node.ts checks the built files).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { NOW, captureConsole, until, useScenario } from '../../test/helpers.js';
import { defineElement } from './define.js';
import { DEV } from './dev.js';
import '../define/invoice-list.js';

const logged = captureConsole();
const warnings = () =>
  logged()
    .map((args) => args.map(String).join(' '))
    .filter((m) => m.startsWith('[vigie]'));

describe('development warnings (issue 11 #12)', () => {
  beforeEach(async () => {
    await useScenario('invoices:overdue');
  });

  it('the sources are the development build', () => {
    expect(DEV).to.be.true;
  });

  it('an unknown attribute (a typo) and a value outside the options are said once each; known and global attributes are not', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <vigie-provider now=${NOW}>
        <invoice-list filter="retard" hide-tilte class="x" data-test="1" aria-label="Factures"></invoice-list>
        <invoice-list filter="retard"></invoice-list>
      </vigie-provider>
    </div>`);
    const list = wrapper.querySelector('invoice-list')!;
    await list.updateComplete;
    await until(() => warnings().length >= 2, 'the warnings');
    expect(warnings()).to.deep.equal([
      '[vigie] <invoice-list> has no attribute « hide-tilte » (known: filter, hide-title). A typo?',
      '[vigie] <invoice-list> filter: « retard » is not one of « all », « late », « to-pay », « paid ».',
    ]);
  });

  it('a tag defined again by another class is kept and said once', () => {
    class Other extends HTMLElement {}
    defineElement('invoice-list', Other);
    defineElement('invoice-list', Other);
    expect(customElements.get('invoice-list')).not.to.equal(Other);
    expect(warnings().filter((w) => w.includes('<invoice-list> is already defined'))).to.have.length(1);
  });
});
