/**
 * RS-CONTACTS on a cold page: the dialogs' module (`*.on-demand.ts`) loads when the keyboard reaches
 * « Inviter un collègue » and Enter opens the dialog; the invitation is sent with the keyboard only.
 * A file of its own, so that no other test has loaded the module before.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, $, cards, card, text, active, dialog, button, toastText } from './site-contacts.kit.test.js';
import { until, useScenario } from '../../../test/helpers.js';

// The test page loads hundreds of modules: let the browser keep every resource's entry.
performance.setResourceTimingBufferSize(100_000);
const dialogsLoaded = () => performance.getEntriesByType('resource').some((r) => /site-contacts\.dialogs\.on-demand/.test(r.name));

describe('<site-contacts> dialogs on demand: the keyboard on a cold page (RS-CONTACTS)', function () {
  this.timeout(30000);

  it('RS-CONTACTS invites a colleague with the keyboard only: Tab to « Inviter un collègue », Enter, type, Enter', async () => {
    await useScenario('remote:default');
    const { el } = await mount();
    expect(dialogsLoaded(), 'the list does not load the dialogs').to.be.false;
    const invite = button(el.shadowRoot!, /Inviter un collègue/);
    for (let guard = 0; active(el) !== invite && guard < 10; guard++) await sendKeys({ press: 'Tab' });
    expect(active(el), 'Tab reaches the button').to.equal(invite);
    const before = cards(el).length;
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el).open, 'the dialog');
    expect(dialogsLoaded()).to.be.true;
    expect(text(dialog(el))).to.contain('valable 7 jours');
    expect(active(el)?.id).to.match(/-firstName$/);
    await sendKeys({ type: 'Zoé' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Girard' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'zoe.girard@exemple.fr' });
    const invited = oneEvent(el, 'contact-invited');
    await sendKeys({ press: 'Enter' });
    await invited;
    await until(() => cards(el).length === before + 1, 'the new card');
    expect(text(card(el, 'Zoé Girard')))
      .to.contain('Lecteur')
      .and.contain('Invitation envoyée');
    expect(toastText(el)).to.contain('Invitation envoyée à Zoé Girard');
  });

  it('RS-CONTACTS what each level allows opens with the keyboard (its text loads with the dialogs)', async () => {
    await useScenario('remote:default');
    const { el } = await mount();
    const summary = $(el, '.levels-help summary')!;
    for (let guard = 0; active(el) !== summary && guard < 10; guard++) await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.levels'), 'the levels');
    expect(text($(el, '.levels-help')))
      .to.contain('Nommer d’autres administrateurs')
      .and.contain('Peut accorder\u202f: Gestionnaire, Opérateur, Lecteur');
  });
});
