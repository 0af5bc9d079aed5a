/**
 * X-I18N — the French texts of the RS-ALARMS cancel confirmation and its outcomes, loaded with the
 * confirmation (when the user points at, focuses or presses « Annuler l’alarme »). French
 * typography: U+202F before « : ; ? ! ».
 */
export const remoteAlarmsCancelFr = {
  'rs.alarms.cancelling': 'Annulation…',
  'rs.alarms.confirm.title': 'Annuler cette alarme\u202f?',
  'rs.alarms.confirm.body':
    'Securitas n’enverra pas de patrouille pour cette alarme. Ne l’annulez que s’il s’agit à coup sûr d’une fausse alerte.',
  'rs.alarms.confirm.yes': 'Oui, annuler l’alarme',
  'rs.alarms.confirm.keep': 'Non, garder l’alarme',
  'rs.alarms.cancelled': 'Alarme annulée\u202f: {site}, {zone}.',
  'rs.alarms.cancel-failed': 'L’alarme n’a pas pu être annulée ({site}, {zone}). Vérifiez votre connexion et réessayez.',
  'rs.alarms.refused.priority-1': 'Une alarme de priorité 1 ne peut pas être annulée, pour des raisons de sécurité ({site}, {zone}).',
  'rs.alarms.refused.dispatched': 'La patrouille a déjà été envoyée\u202f: l’alarme ne peut plus être annulée ({site}, {zone}).',
  'rs.alarms.refused.already-cancelled': 'Cette alarme est déjà annulée ({site}, {zone}).',
  'rs.alarms.refused.not-found': 'Cette alarme n’est plus active ({site}, {zone}).',
} as const;
