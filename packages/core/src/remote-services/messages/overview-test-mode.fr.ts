/**
 * X-I18N — the French texts of changing the RS-OVERVIEW test mode (the duration, « Démarrer », the
 * outcomes of a start or a stop), loaded when the user asks to change it. French typography: U+202F
 * before « : ; ? ! ».
 */
export const remoteOverviewTestModeFr = {
  'rs.overview.minutes': '{count} min',
  'rs.overview.hours': '{count} h',
  'rs.overview.testMode.duration': 'Durée du mode test',
  'rs.overview.testMode.started': 'Mode test activé jusqu’à {time}.',
  'rs.overview.testMode.stopped': 'Mode test arrêté\u202f: la télésurveillance a repris.',
  'rs.overview.testMode.startFailed': 'Le mode test n’a pas pu être activé. Réessayez.',
  'rs.overview.testMode.stopFailed': 'Le mode test n’a pas pu être arrêté. Réessayez.',
  'rs.overview.testMode.go': 'Démarrer',
} as const;
