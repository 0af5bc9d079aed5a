/** PP-ROSTER — `<PassportRoster>` in a React 19 tree: rows as a prop, typed onXxx props, a host that takes over. */
import { expect } from '@open-wc/testing';
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Employee } from '@vigie/core';
import type { EmployeeEditRequestedEvent, PassportViewRequestedEvent } from '@vigie/components';
import { sendMouse } from '@web/test-runner-commands';
import { PASSPORT_DEMO_EMPLOYEES } from '@vigie/mock-api';
import { VigieProvider } from '../index.js';
import { PassportRoster } from './passport-roster.js';
import { NOW, until } from '../../../components/test/helpers.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('@vigie/react <PassportRoster> (PP-ROSTER)', () => {
  it('takes rows and a query from React; onEmployeeEditRequested is typed, and cancelling it keeps the dialog closed', async () => {
    const asked: EmployeeEditRequestedEvent[] = [];
    function App() {
      const [query, setQuery] = useState('');
      return (
        <VigieProvider apiUrl="/api" now={NOW} locale="fr">
          <PassportRoster
            rows={PASSPORT_DEMO_EMPLOYEES as readonly Employee[]}
            query={query}
            sortColumn="firstName"
            onEmployeeEditRequested={(e) => {
              e.preventDefault(); // the host opens its own form
              asked.push(e);
              setQuery(e.employee.lastName);
            }}
          />
        </VigieProvider>
      );
    }
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<App />));
    const el = host.querySelector('passport-roster')!;
    await until(() => el.shadowRoot?.querySelector('tbody tr:not(.spacer)'), 'the rows');
    expect(el.matchCount).to.equal(PASSPORT_DEMO_EMPLOYEES.length);
    expect(el.getAttribute('sort-column')).to.equal('firstName');
    const first = el.shadowRoot!.querySelector('tbody tr:not(.spacer)')!;
    await act(async () => first.querySelector<HTMLButtonElement>('[data-action=edit]')!.click());
    expect(asked).to.have.length(1);
    expect(asked[0]!.employeeId).to.equal(asked[0]!.employee.id);
    expect(el.shadowRoot!.querySelector('dialog')).to.be.null;
    await until(() => el.query === asked[0]!.employee.lastName && el.matchCount >= 1, 'the query set by React');
    await act(async () => root.unmount());
    host.remove();
  });

  it('PP-ROSTER onPassportViewRequested is typed; a host that cancels it shows the passport itself (no dialog, the page is not left)', async () => {
    const asked: PassportViewRequestedEvent[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () =>
      root.render(
        <VigieProvider apiUrl="/api" now={NOW} locale="fr">
          <PassportRoster
            rows={PASSPORT_DEMO_EMPLOYEES as readonly Employee[]}
            query="lefèvre"
            onPassportViewRequested={(e) => {
              e.preventDefault(); // the host routes to its own passport page
              asked.push(e);
            }}
          />
        </VigieProvider>,
      ),
    );
    const el = host.querySelector('passport-roster')!;
    const button = await until(
      () => el.shadowRoot?.querySelector<HTMLButtonElement>('tbody tr:not(.spacer) [data-action=passport]'),
      '« Voir le passeport »',
    );
    const href = location.href;
    button.scrollIntoView({ block: 'center' });
    const r = button.getBoundingClientRect();
    await act(async () => sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] }));
    await until(() => asked.length === 1, 'the event');
    expect([asked[0]!.employeeId, asked[0]!.passportUrl]).to.deep.equal(['emp-000005', '/passeports/emp-000005']);
    expect(el.shadowRoot!.querySelector('dialog')).to.be.null;
    expect(location.href).to.equal(href);
    await act(async () => root.unmount());
    host.remove();
  });
});
