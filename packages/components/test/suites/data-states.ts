/**
 * Shared suite « data states » (issue 11, point 4): a widget that loads data shows each state the same
 * way: loading (busy, said politely), empty (said), error with a retry that works, success. A widget
 * test calls it in one line:
 *
 *   describeDataStates('<invoice-list>', { mount, scenarios: { loading: 'any:slow', empty: 'invoices:none', error: 'any:500', success: 'invoices:overdue' }, … });
 */
import { expect } from '@open-wc/testing';
import type { ScenarioName } from '@vigie/mock-api';
import { clickOn, until, useScenario } from '../helpers.js';

export interface DataStatesOptions {
  /** Mounts the widget (inside its provider) and returns it. */
  readonly mount: () => Promise<HTMLElement>;
  /** The mock scenario of each state; a state without a scenario is not tested. */
  readonly scenarios: Partial<Record<'loading' | 'empty' | 'error' | 'success', ScenarioName>>;
  /** Where the widget draws (its shadow root, or itself for a light-DOM widget). Default: shadow root, else the element. */
  readonly root?: (el: HTMLElement) => ParentNode;
  /** Text shown when there is nothing (French). */
  readonly emptyText?: RegExp;
  /** Text shown once the data is there (French). */
  readonly successText: RegExp;
  /** The retry button's name (French). Default « Réessayer ». */
  readonly retryName?: RegExp;
}

const rootOf = (el: HTMLElement, options: DataStatesOptions): ParentNode => options.root?.(el) ?? el.shadowRoot ?? el;
const textOf = (root: ParentNode): string => (root.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Registers one test per state given: loading, empty, error with a working retry, success. */
export function describeDataStates(name: string, options: DataStatesOptions): void {
  const { scenarios } = options;
  describe(`${name}: data states (shared suite)`, () => {
    if (scenarios.loading) {
      it('loading: busy and said politely, and accessible', async () => {
        await useScenario(scenarios.loading!);
        const el = await options.mount();
        const root = rootOf(el, options);
        await until(() => root.querySelector('[aria-busy="true"], [role=status], [role=progressbar]'), 'a busy or status element');
        await expect(el).to.be.accessible();
      });
    }
    if (scenarios.empty) {
      it('empty: said, not an error, and accessible', async () => {
        await useScenario(scenarios.empty!);
        const el = await options.mount();
        const root = rootOf(el, options);
        await until(() => (options.emptyText ?? /aucun|aucune|rien/i).test(textOf(root)), 'the empty state');
        expect(root.querySelector('[role=alert]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
    if (scenarios.error) {
      it('error: an alert with a retry; the retry, pressed once the server is back, shows the data', async () => {
        const mock = await useScenario(scenarios.error!);
        const el = await options.mount();
        const root = rootOf(el, options);
        await until(() => root.querySelector('[role=alert]'), 'the error');
        const retryName = options.retryName ?? /réessayer/i;
        const retry = await until(
          () => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => retryName.test(b.textContent ?? '')),
          'the retry button',
        );
        await expect(el).to.be.accessible();
        if (scenarios.success) {
          mock.setScenario(scenarios.success);
          await clickOn(retry);
          await until(() => options.successText.test(textOf(root)), 'the data after the retry');
        }
      });
    }
    if (scenarios.success) {
      it('success: the data, no alert, and accessible', async () => {
        await useScenario(scenarios.success!);
        const el = await options.mount();
        const root = rootOf(el, options);
        await until(() => options.successText.test(textOf(root)), 'the data');
        expect(root.querySelector('[role=alert]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });
}
