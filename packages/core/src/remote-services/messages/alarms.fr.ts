/**
 * X-I18N — the French texts of RS-ALARMS (keys `rs.alarms.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const remoteAlarmsFr = {
  'rs.alarms.title': 'Alarmes actives',
  'rs.alarms.title-site': 'Alarmes ouvertes',
  'rs.alarms.loading': 'Chargement des alarmes…',
  'rs.alarms.empty': 'Aucune alarme active. Les nouvelles alarmes apparaîtront ici d’elles-mêmes.',
  'rs.alarms.empty-site': 'Aucune alarme ouverte sur ce site.',
  'rs.alarms.error': 'Les alarmes n’ont pas pu être chargées.',
  'rs.alarms.link.connecting': 'Connexion au direct…',
  'rs.alarms.link.live': 'En direct',
  'rs.alarms.link.reconnecting': 'Connexion interrompue, reconnexion…',
  'rs.alarms.link.polling': 'Mise à jour toutes les {seconds}\u202fs',
  'rs.alarms.age.now': 'à l’instant',
  'rs.alarms.age.minutes': 'il y a {count}\u202fmin',
  'rs.alarms.age.hours': '{count, plural, one {il y a #\u202fheure} other {il y a #\u202fheures}}',
  'rs.alarms.age.days': '{count, plural, one {il y a #\u202fjour} other {il y a #\u202fjours}}',
  'rs.alarms.raised-at': 'Déclenchée {age}, à {time}',
  'rs.alarms.dispatched': 'Patrouille envoyée à {time}',
  'rs.alarms.not-dispatched': 'Patrouille pas encore envoyée',
  'rs.alarms.never-cancel': 'Priorité 1 (incendie, panique…)\u202f: pour des raisons de sécurité, cette alarme ne peut pas être annulée.',
  'rs.alarms.no-cancel-dispatched': 'La patrouille est en route\u202f: l’alarme ne peut plus être annulée.',
  'rs.alarms.cancel': 'Annuler l’alarme',
  'rs.alarms.cancel-label': 'Annuler l’alarme de priorité {priority}, {site}, {zone}',
  'rs.alarms.new-one': 'Nouvelle alarme, priorité {priority}, {kind}\u202f: {site}, {zone}.',
  'rs.alarms.new-many': '{count, plural, one {# nouvelle alarme} other {# nouvelles alarmes}}, la plus urgente de priorité {top}.',
} as const;
