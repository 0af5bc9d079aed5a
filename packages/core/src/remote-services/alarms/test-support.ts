/** RS-ALARMS — alarms for the tests of this folder (not exported from the package). */
import type { Alarm } from '../schemas.js';

const T0 = Date.parse('2026-12-07T10:00:00Z');

export function alarm(over: Partial<Alarm> & { n?: number } = {}): Alarm {
  const { n = 1, ...rest } = over;
  return {
    id: `alm-${n}`,
    siteId: 'site-01',
    siteName: 'Entrepôt Lyon-Gerland',
    systemId: 'sys-1',
    priority: 2,
    kind: 'intrusion',
    zone: 'Zone 3 — Quai de chargement',
    raisedAt: new Date(T0 + n * 60_000).toISOString(),
    dispatchedAt: null,
    cancelledAt: null,
    ...rest,
  };
}
