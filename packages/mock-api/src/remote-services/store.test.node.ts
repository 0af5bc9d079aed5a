import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Alarm, AlarmSystem, CallList, Contact, IdPinLink, Site } from '@vigie/core/remote-services';
import { createRemoteStore } from './store.js';
import { DEMO_TEST_MODE_MINUTES, LARGE_SITE_COUNT } from './generate.js';

const NOW = Date.parse('2026-12-07T10:00:00+01:00');

test('remote:default — 12 sites over 3 links, every site state, one test mode ending soon, alarms of priority 1, 2, 3 with one dispatched', () => {
  const store = createRemoteStore('remote:default', () => NOW);
  const sites = store.sites();
  assert.equal(sites.length, 12);
  assert.equal(store.data.links.length, 3);
  assert.deepEqual(new Set(sites.map((s) => s.state)), new Set(['armed', 'partial', 'disarmed']));
  const inTest = sites.filter((s) => s.testModeUntil !== null);
  assert.equal(inTest.length, 1);
  assert.ok(Date.parse(inTest[0]!.testModeUntil!) - NOW <= (DEMO_TEST_MODE_MINUTES + 7) * 60_000);
  const alarms = store.openAlarms();
  assert.deepEqual(new Set(alarms.map((a) => a.priority)), new Set([1, 2, 3]));
  assert.ok(alarms.some((a) => a.dispatchedAt !== null));
  assert.ok(
    sites.some((s) => s.linkIds.length > 1),
    'a site reached through two links',
  );
  // Every entity follows the contract.
  for (const s of sites) Site.parse(s);
  for (const l of store.data.links) IdPinLink.parse(l);
  for (const x of store.data.systems) AlarmSystem.parse(x);
  for (const c of store.data.contacts) Contact.parse(c);
  for (const c of store.data.callLists) CallList.parse(c);
  for (const a of store.data.alarms) Alarm.parse(a);
});

test('remote:large — 5,000 sites', () => {
  const store = createRemoteStore('remote:large', () => NOW);
  assert.equal(store.sites().length, LARGE_SITE_COUNT);
});

test('a test mode whose end has passed is off', () => {
  let now = NOW;
  const store = createRemoteStore('remote:default', () => now);
  now += 60 * 60_000;
  assert.equal(store.sites().filter((s) => s.testModeUntil !== null).length, 0);
});
