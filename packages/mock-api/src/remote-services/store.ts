/**
 * RS — the in-memory store behind the Remote Services routes of the mock API. It holds the data of
 * `generate.ts` for one scenario and derives what is derived (a site's state from its systems, its
 * open alarms). Each part of the service (`sites/`, `overview/`, `call-lists/`, `contacts/`,
 * `alarms/`, `id-pin/`, `onboarding/`) keeps its own extra state through {@link RemoteStore.part}
 * and applies core's rules in its own module, so the store stays a plain data holder.
 */
import {
  siteStateOf,
  type Alarm,
  type AlarmSystem,
  type CallList,
  type Contact,
  type IdPinLink,
  type Site,
} from '@vigie/core/remote-services';
import { DEMO_USER_NAME, generateRemoteData, type RemoteData } from './generate.js';

/** The Remote Services scenarios (see `scenarios.ts`). */
export type RemoteDataSet = 'default' | 'large';

export interface RemoteStore {
  /** The scenario this store was made for (`remote:default`, `remote:conflict`…). */
  readonly scenario: string;
  readonly now: () => number;
  /** The raw data: parts read and change it in place. */
  readonly data: RemoteData;
  /** The display name of whoever is calling (the demo portal's user). */
  readonly userName: string;
  /** A site with its derived fields, or undefined. */
  site(id: string): Site | undefined;
  /** Every site with its derived fields, in data order. */
  sites(): Site[];
  link(id: string): IdPinLink | undefined;
  systemsOf(siteId: string): AlarmSystem[];
  contactsOf(siteId: string): Contact[];
  callListsOf(siteId: string): CallList[];
  /** The alarms not cancelled (newest first). */
  openAlarms(siteId?: string): Alarm[];
  /**
   * A part's own state, created on first use (e.g. `store.part('overview', () => ({ exceptions: [] }))`).
   * One per store, so a scenario switch starts it afresh.
   */
  part<T>(name: string, init: () => T): T;
  /** A new id with a prefix, unique in this store (`alm-…`, `ct-…`). */
  nextId(prefix: string): string;
}

export function createRemoteStore(scenario: string, now: () => number): RemoteStore {
  const dataSet: RemoteDataSet = scenario === 'remote:large' ? 'large' : 'default';
  const data = generateRemoteData(dataSet, now());
  const parts = new Map<string, unknown>();
  let seq = 0;

  const index = <T extends { siteId: string }>(list: () => T[]) => {
    // Rebuilt when the list changes length or identity (cheap, and parts may push or filter).
    let cache: { source: T[]; length: number; map: Map<string, T[]> } | undefined;
    return (siteId: string): T[] => {
      const source = list();
      if (!cache || cache.source !== source || cache.length !== source.length) {
        const map = new Map<string, T[]>();
        for (const item of source) {
          const at = map.get(item.siteId);
          if (at) at.push(item);
          else map.set(item.siteId, [item]);
        }
        cache = { source, length: source.length, map };
      }
      return cache.map.get(siteId) ?? [];
    };
  };
  const systemsOf = index(() => data.systems);
  const contactsOf = index(() => data.contacts);
  const callListsOf = index(() => data.callLists);

  const openAlarms = (siteId?: string) =>
    data.alarms
      .filter((a) => a.cancelledAt === null && (siteId === undefined || a.siteId === siteId))
      .sort((a, b) => Date.parse(b.raisedAt) - Date.parse(a.raisedAt));

  const derive = (s: RemoteData['sites'][number], open: Map<string, number>): Site => {
    const testModeUntil = s.testModeUntil !== null && Date.parse(s.testModeUntil) > now() ? s.testModeUntil : null;
    return { ...s, testModeUntil, state: siteStateOf(systemsOf(s.id)), openAlarms: open.get(s.id) ?? 0 };
  };
  const openCounts = () => {
    const open = new Map<string, number>();
    for (const a of data.alarms) if (a.cancelledAt === null) open.set(a.siteId, (open.get(a.siteId) ?? 0) + 1);
    return open;
  };

  return {
    scenario,
    now,
    data,
    userName: DEMO_USER_NAME,
    site(id) {
      const s = data.sites.find((x) => x.id === id);
      return s && derive(s, openCounts());
    },
    sites() {
      const open = openCounts();
      return data.sites.map((s) => derive(s, open));
    },
    link: (id) => data.links.find((l) => l.id === id),
    systemsOf,
    contactsOf,
    callListsOf,
    openAlarms,
    part<T>(name: string, init: () => T): T {
      if (!parts.has(name)) parts.set(name, init());
      return parts.get(name) as T;
    },
    nextId: (prefix) => `${prefix}-${Date.now().toString(36)}-${(++seq).toString(36)}`,
  };
}
