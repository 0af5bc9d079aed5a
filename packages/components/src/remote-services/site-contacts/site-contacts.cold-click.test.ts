/**
 * RS-CONTACTS on a cold page: the list loads without the dialogs' module (`*.on-demand.ts`), and a
 * real click on « Modifier » loads it, opens the dialog and saves. A file of its own, so that no
 * other test has loaded the module before.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, $, cardIn, text, active, dialog, button, toastText } from './site-contacts.kit.test.js';
import { clickOn, until, useScenario } from '../../../test/helpers.js';

// The test page loads hundreds of modules: let the browser keep every resource's entry.
performance.setResourceTimingBufferSize(100_000);
const dialogsLoaded = () => performance.getEntriesByType('resource').some((r) => /site-contacts\.dialogs\.on-demand/.test(r.name));

describe('<site-contacts> dialogs on demand: a real click on a cold page (RS-CONTACTS)', function () {
  this.timeout(30000);

  it('RS-CONTACTS-EDIT the list shows without the dialogs; a click on « Modifier » loads them, opens the dialog and saves', async () => {
    await useScenario('remote:default');
    const { el } = await mount();
    expect(cardIn(el, 'invited'), 'the list is there').to.exist;
    expect(dialogsLoaded(), 'the list does not load the dialogs').to.be.false;
    const target = cardIn(el, 'invited');
    const edit = button(target, /Modifier les informations/);
    await clickOn(edit);
    await until(() => dialog(el).open, 'the dialog');
    expect(dialogsLoaded()).to.be.true;
    expect(text(dialog(el).querySelector('h2'))).to.match(/^Informations (de |d’)/);
    expect(active(el)?.id).to.match(/-firstName$/);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect((active(el) as HTMLInputElement).type).to.equal('tel');
    await sendKeys({ type: '06 12 34 56 78' });
    const updated = oneEvent(el, 'contact-updated');
    await clickOn(button(dialog(el), /^Enregistrer$/));
    await updated;
    await until(() => !dialog(el).open, 'closed');
    expect(text(target)).to.contain('06 12 34 56 78');
    expect(toastText(el)).to.contain('sont enregistrées');
    expect(active(el)).to.equal(edit);
    expect($(el, '[role=alert].state'), 'no load failure').to.be.null;
  });
});
