/** Real pointer input for the element tests: a click at the centre of an element, as a person makes it. */
import { sendMouse } from '@web/test-runner-commands';

/** Scrolls `el` into view, then clicks at its centre with the real mouse (`sendMouse`). */
export async function clickOn(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  await new Promise((r) => requestAnimationFrame(r));
  const box = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}
