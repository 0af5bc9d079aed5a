/** RS-SITES — `GET remote/sites` in the mock: the contract, the derived fields, `remote:large`, auth. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import { RemoteSiteList } from '@vigie/core/remote-services';
import { createHandlers, type HandlerOptions } from '../../handlers.js';
import { LARGE_SITE_COUNT } from '../generate.js';

const NOW = Date.parse('2026-12-07T10:00:00+01:00');

function mockApi(options: HandlerOptions = {}) {
  let now = NOW;
  const mock = createHandlers({ now: () => now, ...options });
  const call = async (path: string, token = true) => {
    const headers = new Headers(token ? { Authorization: 'Bearer host-token' } : {});
    const response = await getResponse(mock.handlers, new Request(`http://localhost/api/${path}`, { headers }));
    assert.ok(response, `no handler for ${path}`);
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return { mock, call, later: (ms: number) => (now += ms) };
}

describe('RS-SITES GET remote/sites (mock)', () => {
  it('RS-SITES remote:default: 12 sites and 3 links, as the contract says; one site through two links', async () => {
    const { call } = mockApi({ scenario: 'remote:default' });
    const r = await call('remote/sites');
    assert.equal(r.status, 200);
    const body = RemoteSiteList.parse(r.body);
    assert.equal(body.sites.length, 12);
    assert.equal(body.links.length, 3);
    assert.ok(body.sites.some((s) => s.linkIds.length > 1));
    assert.ok(body.sites.some((s) => s.nickname !== null));
    assert.ok(body.sites.some((s) => s.openAlarms > 0));
  });

  it('RS-SITES RS-OVERVIEW a test mode whose end has passed comes back off', async () => {
    const { call, later } = mockApi({ scenario: 'remote:default' });
    const before = RemoteSiteList.parse((await call('remote/sites')).body);
    assert.equal(before.sites.filter((s) => s.testModeUntil !== null).length, 1);
    later(60 * 60_000);
    const after = RemoteSiteList.parse((await call('remote/sites')).body);
    assert.equal(after.sites.filter((s) => s.testModeUntil !== null).length, 0);
  });

  it('RS-SITES remote:large: 5,000 sites in one answer', async () => {
    const { call } = mockApi({ scenario: 'remote:large' });
    const body = RemoteSiteList.parse((await call('remote/sites')).body);
    assert.equal(body.sites.length, LARGE_SITE_COUNT);
  });

  it('RS-SITES needs the bearer token (401 problem without one)', async () => {
    const { call } = mockApi({ scenario: 'remote:default' });
    assert.equal((await call('remote/sites', false)).status, 401);
  });

  it('RS-SITES any:malformed breaks the contract (the widget must say so)', async () => {
    const { call, mock } = mockApi({ scenario: 'remote:default' });
    mock.setScenario('any:malformed' as never);
    const r = await call('remote/sites');
    assert.equal(RemoteSiteList.safeParse(r.body).success, false);
  });
});
