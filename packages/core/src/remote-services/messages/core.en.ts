/** X-I18N — the English texts every Remote Services widget shares: exactly the keys of `core.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { remoteCoreFr } from './core.fr.js';

export const remoteCoreEn: CatalogOf<typeof remoteCoreFr> = {
  'rs.system.state.armed': 'Armed',
  'rs.system.state.partial': 'Partly armed',
  'rs.system.state.disarmed': 'Disarmed',
  'rs.system.kind.intrusion': 'Intrusion',
  'rs.system.kind.fire': 'Fire',
  'rs.system.kind.video': 'Video surveillance',
  'rs.system.kind.access': 'Access control',
  'rs.alarm.priority': 'Priority {priority}',
  'rs.alarm.kind.fire': 'Fire',
  'rs.alarm.kind.panic': 'Panic',
  'rs.alarm.kind.intrusion': 'Intrusion',
  'rs.alarm.kind.technical': 'Technical fault',
  'rs.alarm.kind.tamper': 'Tamper',
  'rs.alarm.kind.power': 'Mains power failure',
  'rs.alarm.kind.medical': 'Medical emergency',
  'rs.permission.administrator': 'Administrator',
  'rs.permission.manager': 'Manager',
  'rs.permission.operator': 'Operator',
  'rs.permission.viewer': 'Viewer',
  'rs.invitation.not-invited': 'Not invited',
  'rs.invitation.invited': 'Invitation sent',
  'rs.invitation.granted': 'Access granted',
  'rs.invitation.expired': 'Invitation expired',
};
