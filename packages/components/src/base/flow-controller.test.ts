/**
 * The one controller that runs a core flow in an element (issue 9, ARCHITECTURE « Flows »): the
 * state renders, a load aborted by a move in the page is made again, focus lands after the render,
 * `emit` dispatches the element's event, and a deadline fires on time or as soon as the tab is
 * visible again.
 */
import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import type { Clock, Flow } from '@vigie/core';
import { FlowController } from './flow-controller.js';

type S = { status: 'loading' | 'ready' | 'ended'; loads: number; endsAt?: number };
type E = { type: 'loaded'; endsAt: number } | { type: 'ended' } | { type: 'focus-me' } | { type: 'say' };
type R = { op: 'load' };

const flow: Flow<S, E, R> = {
  init: () => ({ state: { status: 'loading', loads: 0 }, effects: [{ type: 'call', request: { op: 'load' } }] }),
  transition: (s, e) => {
    switch (e.type) {
      case 'loaded':
        return { state: { status: 'ready', loads: s.loads + 1, endsAt: e.endsAt }, effects: [] };
      case 'ended':
        return { state: { ...s, status: 'ended', endsAt: undefined }, effects: [] };
      case 'focus-me':
        return { state: s, effects: [{ type: 'focus', target: 'action' }] };
      case 'say':
        return { state: s, effects: [{ type: 'emit', name: 'thing-said', detail: { n: s.loads } }] };
    }
  },
  deadline: (s) => (s.endsAt === undefined ? undefined : { at: s.endsAt, event: { type: 'ended' } }),
};

class ThingSaidEvent extends Event {
  constructor(readonly n: number) {
    super('thing-said', { bubbles: true, composed: true });
  }
}

let clockNow = Date.now();
const clock: Clock = { now: () => clockNow };
/** Each load answers when the test says so. */
let answers: ((e: E) => void)[] = [];

class FlowTestElement extends LitElement {
  controller = new FlowController(this, {
    flow,
    clock: () => clock,
    run: () => new Promise<E>((resolve) => answers.push(resolve)),
    events: { 'thing-said': (detail) => new ThingSaidEvent((detail as { n: number }).n) },
  });
  override render() {
    const s = this.controller.state;
    return html`<p>${s.status}</p>
      <button data-focus="action">Action</button>`;
  }
}
customElements.define('flow-controller-test', FlowTestElement);

const shown = (el: FlowTestElement) => el.shadowRoot!.querySelector('p')!.textContent;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('FlowController (issue 9: the one controller of flows)', () => {
  beforeEach(() => {
    answers = [];
    clockNow = Date.now();
  });

  it('renders the state and feeds the answer of the initial call back', async () => {
    const el = await fixture<FlowTestElement>(fixtureHtml`<flow-controller-test></flow-controller-test>`);
    expect(shown(el)).to.equal('loading');
    answers[0]!({ type: 'loaded', endsAt: clockNow + 60_000 });
    await el.controller.settled();
    await el.updateComplete;
    expect(shown(el)).to.equal('ready');
  });

  it('a load aborted by a move in the page is made again when the element comes back', async () => {
    const wrapper = await fixture<HTMLDivElement>(fixtureHtml`<div><flow-controller-test></flow-controller-test><section></section></div>`);
    const el = wrapper.querySelector<FlowTestElement>('flow-controller-test')!;
    await el.updateComplete;
    expect(answers).to.have.length(1);
    wrapper.querySelector('section')!.append(el); // disconnected, then connected again
    await el.updateComplete;
    expect(answers).to.have.length(2);
    answers[0]!({ type: 'loaded', endsAt: clockNow + 60_000 }); // the aborted load: dropped
    answers[1]!({ type: 'loaded', endsAt: clockNow + 60_000 });
    await el.controller.settled();
    await el.updateComplete;
    expect(shown(el)).to.equal('ready');
    expect(el.controller.state.loads).to.equal(1);
  });

  it('focus lands on [data-focus] after the render; emit dispatches the element’s event', async () => {
    const el = await fixture<FlowTestElement>(fixtureHtml`<flow-controller-test></flow-controller-test>`);
    el.controller.send({ type: 'focus-me' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-focus')).to.equal('action');
    let heard: ThingSaidEvent | undefined;
    document.addEventListener('thing-said', (e) => (heard = e as ThingSaidEvent), { once: true });
    el.controller.send({ type: 'say' });
    expect(heard).to.be.instanceOf(ThingSaidEvent);
    expect(heard!.n).to.equal(0);
  });

  it('the deadline event is sent on time, without a reload', async () => {
    const el = await fixture<FlowTestElement>(fixtureHtml`<flow-controller-test></flow-controller-test>`);
    await el.updateComplete;
    answers[0]!({ type: 'loaded', endsAt: clockNow + 50 });
    await el.controller.settled();
    clockNow += 50; // the clock moves as the timer fires (+20 ms of margin in the controller)
    await waitUntil(() => shown(el) === 'ended', 'the deadline event');
  });

  it('on visibilitychange, a deadline that passed while hidden is applied at once', async () => {
    const el = await fixture<FlowTestElement>(fixtureHtml`<flow-controller-test></flow-controller-test>`);
    await el.updateComplete;
    answers[0]!({ type: 'loaded', endsAt: clockNow + 3_600_000 });
    await el.controller.settled();
    await el.updateComplete;
    expect(shown(el)).to.equal('ready');
    clockNow += 3_600_000; // an hour later; the timer has not fired (it slept with the tab)
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    await frame();
    expect(shown(el)).to.equal('ended');
  });
});
