/**
 * X-I18N — the French texts every Remote Services widget shares (keys `rs.*`): alarm-system states
 * and kinds, alarm priorities and kinds, permission levels, invitation states. French typography: a
 * narrow no-break space (U+202F) before « : », « ; », « ? », « ! » and inside « ».
 */
export const remoteCoreFr = {
  'rs.system.state.armed': 'Activé',
  'rs.system.state.partial': 'Partiel',
  'rs.system.state.disarmed': 'Désactivé',
  'rs.system.kind.intrusion': 'Intrusion',
  'rs.system.kind.fire': 'Incendie',
  'rs.system.kind.video': 'Vidéosurveillance',
  'rs.system.kind.access': 'Contrôle d’accès',
  'rs.alarm.priority': 'Priorité {priority}',
  'rs.alarm.kind.fire': 'Incendie',
  'rs.alarm.kind.panic': 'Panique',
  'rs.alarm.kind.intrusion': 'Intrusion',
  'rs.alarm.kind.technical': 'Défaut technique',
  'rs.alarm.kind.tamper': 'Autoprotection',
  'rs.alarm.kind.power': 'Coupure secteur',
  'rs.alarm.kind.medical': 'Urgence médicale',
  'rs.permission.administrator': 'Administrateur',
  'rs.permission.manager': 'Gestionnaire',
  'rs.permission.operator': 'Opérateur',
  'rs.permission.viewer': 'Lecteur',
  'rs.invitation.not-invited': 'Non invité',
  'rs.invitation.invited': 'Invitation envoyée',
  'rs.invitation.granted': 'Accès accordé',
  'rs.invitation.expired': 'Invitation expirée',
} as const;
