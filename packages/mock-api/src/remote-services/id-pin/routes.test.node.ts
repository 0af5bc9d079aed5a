/** RS-IDPIN — the mock's ID & PIN routes through core's typed calls (the same contract a real backend keeps). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getResponse } from 'msw';
import { createClient, isApiError, parseInstant, type ApiError, type VigieClient } from '@vigie/core';
import {
  addIdPin,
  changeIdPinPin,
  idPinProblemOf,
  listIdPinLinks,
  removeIdPinLink,
  retryAtOf,
  setSiteNickname,
  updateIdPinHolder,
  IdPinLinksResponse,
} from '@vigie/core/remote-services';
import { createHandlers } from '../../handlers.js';
import { DEMO_ID_PIN_PAIRS, DEMO_LINKED_PIN } from './routes.js';

const API = 'http://localhost/api';
const T0 = parseInstant('2026-12-07T10:00:00+01:00');

function api() {
  let now = T0;
  const mock = createHandlers({ now: () => now, scenario: 'remote:default' });
  const requests: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    return (await getResponse(mock.handlers, request)) ?? new Response('no route', { status: 599 });
  };
  const client: VigieClient = createClient({
    baseUrl: API,
    fetch: fetch as typeof globalThis.fetch,
    getToken: () => 'demo',
    retry: { limit: 0 },
  });
  return { mock, client, requests, advance: (ms: number) => (now += ms) };
}

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (isApiError(e)) return e;
    throw e;
  }
  assert.fail('expected a failure');
}

test('RS-IDPIN mock: lists the links with their sites and nicknames, never a PIN', async () => {
  const { client, mock } = api();
  const { links } = await listIdPinLinks(client);
  assert.equal(links.length, 3);
  assert.ok(links[0]!.sites.some((s) => s.nickname === 'Le grand dépôt'));
  const raw = JSON.stringify(links);
  assert.ok(!/pin"\s*:/i.test(raw.replace(/pinChangedAt/g, '')), 'no PIN field');
  assert.ok(!raw.includes(DEMO_LINKED_PIN) || !/"1234"/.test(raw));
  IdPinLinksResponse.parse({ links });
  // Stored hashed, not in clear.
  assert.ok(
    !JSON.stringify([
      ...(mock.remote.part('id-pin', () => ({ pairs: new Map() })) as { pairs: Map<string, { pinHash: string }> }).pairs.values(),
    ]).includes(`"${DEMO_LINKED_PIN}"`),
  );
});

test('RS-IDPIN mock: the demo pair links two new sites; they show in the site list; the same pair again is 409', async () => {
  const { client, mock } = api();
  const [two] = DEMO_ID_PIN_PAIRS;
  const r = await addIdPin(client, { identifier: '5100 2024', pin: two.pin });
  assert.equal(r.newSiteIds.length, 2);
  assert.equal(r.link.identifier, two.identifier);
  assert.equal(mock.remote.sites().length, 14);
  const again = await failure(addIdPin(client, { identifier: two.identifier, pin: two.pin }));
  assert.equal(again.failure.kind, 'conflict');
  assert.equal(idPinProblemOf(again.failure), 'alreadyLinked');
});

test('RS-IDPIN mock: the second demo pair links one new site and one already reached', async () => {
  const { client, mock } = api();
  const [, one] = DEMO_ID_PIN_PAIRS;
  const r = await addIdPin(client, { identifier: one.identifier, pin: one.pin });
  assert.equal(r.newSiteIds.length, 1);
  assert.equal(r.link.sites.length, 2);
  assert.equal(mock.remote.sites().length, 13);
});

test('RS-IDPIN mock: a wrong PIN and an unknown ID get the same 422; the 5th wrong attempt in a row waits 30 s (429, Retry-After), even with the right pair', async () => {
  const { client, advance } = api();
  const [two] = DEMO_ID_PIN_PAIRS;
  const wrongPin = await failure(addIdPin(client, { identifier: two.identifier, pin: '0000' }));
  const unknown = await failure(addIdPin(client, { identifier: '99999999', pin: '0000' }));
  for (const f of [wrongPin, unknown]) {
    assert.equal(f.failure.kind, 'http');
    assert.equal((f.failure as { status: number }).status, 422);
    assert.equal(idPinProblemOf(f.failure), 'invalidPair');
  }
  assert.equal(
    (wrongPin.failure as { problem: { detail?: string } }).problem.detail,
    (unknown.failure as { problem: { detail?: string } }).problem.detail,
  );
  await failure(addIdPin(client, { identifier: two.identifier, pin: '0001' }));
  await failure(addIdPin(client, { identifier: two.identifier, pin: '0002' }));
  const fifth = await failure(addIdPin(client, { identifier: two.identifier, pin: '0003' }));
  assert.equal(idPinProblemOf(fifth.failure), 'tooManyAttempts');
  assert.equal(retryAtOf(fifth.failure, T0), T0 + 30_000);
  const right = await failure(addIdPin(client, { identifier: two.identifier, pin: two.pin }));
  assert.equal(idPinProblemOf(right.failure), 'tooManyAttempts', 'during a wait nothing is checked');
  advance(30_000);
  assert.equal((await addIdPin(client, { identifier: two.identifier, pin: two.pin })).newSiteIds.length, 2);
});

test('RS-IDPIN mock: malformed ID or PIN is 422 validation naming the field, never the value', async () => {
  const { client } = api();
  const f = await failure(client.post('remote/id-pin/links', { identifier: '4010', pin: '12a4' }, IdPinLinksResponse));
  assert.equal(idPinProblemOf(f.failure), 'validation');
  const raw = JSON.stringify(f.failure);
  assert.ok(!raw.includes('12a4'));
  assert.ok(raw.includes('"pin"') && raw.includes('"identifier"'));
});

test('RS-IDPIN mock: PIN change — wrong current 422, same PIN 422, then the new PIN works and the old one no longer', async () => {
  const { client } = api();
  const wrong = await failure(changeIdPinPin(client, 'lnk-1', { currentPin: '9999', newPin: '5678' }));
  assert.equal(idPinProblemOf(wrong.failure), 'invalidCurrentPin');
  const same = await failure(changeIdPinPin(client, 'lnk-1', { currentPin: DEMO_LINKED_PIN, newPin: DEMO_LINKED_PIN }));
  assert.equal(idPinProblemOf(same.failure), 'samePin');
  const done = await changeIdPinPin(client, 'lnk-1', { currentPin: DEMO_LINKED_PIN, newPin: '567890' });
  assert.equal(done.linkId, 'lnk-1');
  assert.equal((await listIdPinLinks(client)).links[0]!.pinChangedAt, done.pinChangedAt);
  assert.equal(
    idPinProblemOf((await failure(changeIdPinPin(client, 'lnk-1', { currentPin: DEMO_LINKED_PIN, newPin: '1111' }))).failure),
    'invalidCurrentPin',
  );
  assert.equal((await changeIdPinPin(client, 'lnk-1', { currentPin: '567890', newPin: '1111' })).linkId, 'lnk-1');
});

test('RS-IDPIN mock: a nickname is the site’s in the site list; taken (case, accents) refused; 61 characters refused; empty clears', async () => {
  const { client, mock } = api();
  assert.deepEqual(await setSiteNickname(client, 'site-02', '  Agence   Paris '), { siteId: 'site-02', nickname: 'Agence Paris' });
  assert.equal(mock.remote.site('site-02')!.nickname, 'Agence Paris');
  const taken = await failure(setSiteNickname(client, 'site-03', 'LE GRAND DEPOT'));
  assert.equal(idPinProblemOf(taken.failure), 'nicknameTaken');
  const long = await failure(setSiteNickname(client, 'site-03', 'x'.repeat(61)));
  assert.equal(idPinProblemOf(long.failure), 'validation');
  assert.equal((await setSiteNickname(client, 'site-03', 'x'.repeat(60))).nickname, 'x'.repeat(60));
  assert.deepEqual(await setSiteNickname(client, 'site-02', ''), { siteId: 'site-02', nickname: null });
  assert.equal(mock.remote.site('site-02')!.nickname, null);
});

test('RS-IDPIN mock: removing a link takes away its sites except the one reached through another link; the pair can be linked again', async () => {
  const { client, mock } = api();
  const lnk2 = mock.remote.link('lnk-2')!;
  const shared = mock.remote
    .sites()
    .filter((s) => s.linkIds.length > 1)
    .map((s) => s.id);
  assert.equal(shared.length, 1);
  const r = await removeIdPinLink(client, 'lnk-2');
  assert.equal(r.removedSiteIds.length, lnk2.siteIds.length - 1);
  assert.ok(!r.removedSiteIds.includes(shared[0]!));
  assert.ok(mock.remote.site(shared[0]!), 'still reached through lnk-1');
  assert.equal(mock.remote.sites().length, 12 - r.removedSiteIds.length);
  assert.equal(mock.remote.contactsOf(r.removedSiteIds[0]!).length, 0);
  assert.equal((await listIdPinLinks(client)).links.length, 2);
  const back = await addIdPin(client, { identifier: lnk2.identifier, pin: DEMO_LINKED_PIN });
  assert.deepEqual([...back.newSiteIds].sort(), [...r.removedSiteIds].sort());
  assert.ok(mock.remote.contactsOf(r.removedSiteIds[0]!).length > 0, 'the site comes back with its contacts');
  assert.equal((await failure(removeIdPinLink(client, 'lnk-2'))).failure.kind, 'http');
});

test('RS-IDPIN mock: personal information checked with core’s rules and saved', async () => {
  const { client } = api();
  const bad = await failure(
    updateIdPinHolder(client, 'lnk-1', { firstName: 'Claire', lastName: 'Martin', phone: '12', email: 'claire@exemple.fr' }),
  );
  assert.equal(idPinProblemOf(bad.failure), 'validation');
  const saved = await updateIdPinHolder(client, 'lnk-1', {
    firstName: ' Claire ',
    lastName: 'Martin-Dupuis',
    phone: '0611223344',
    email: 'claire@exemple.fr',
  });
  assert.deepEqual(saved.holder, { firstName: 'Claire', lastName: 'Martin-Dupuis', phone: '06 11 22 33 44', email: 'claire@exemple.fr' });
});
