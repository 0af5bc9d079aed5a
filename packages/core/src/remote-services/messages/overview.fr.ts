/**
 * X-I18N — the French texts of RS-OVERVIEW (keys `rs.overview.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
import { remoteOverviewScheduleFr } from './overview-schedule.fr.js';
import { remoteOverviewScheduleEditFr } from './overview-schedule-edit.fr.js';
import { remoteOverviewLogFr } from './overview-log.fr.js';
import { remoteOverviewTestModeFr } from './overview-test-mode.fr.js';

/** The overview's own texts (header, tabs, systems, the test mode's state; changing it is `overview-test-mode`). */
export const remoteOverviewMainFr = {
  'rs.overview.prompt': 'Choisissez un site dans la liste pour afficher sa vue d’ensemble.',
  'rs.overview.error': 'La vue d’ensemble du site n’a pas pu être chargée.',
  'rs.overview.officialName': 'Nom du site\u202f: {name}',
  'rs.overview.tabs': 'Rubriques du site',
  'rs.overview.tab.systems': 'Systèmes',
  'rs.overview.tab.events': 'Événements',
  'rs.overview.tab.call-lists': 'Listes d’appels',
  'rs.overview.tab.contacts': 'Contacts',
  'rs.overview.tab.error': 'Cette rubrique n’a pas pu être chargée.',
  'rs.overview.systems.title': 'Systèmes d’alarme',
  'rs.overview.systems.empty': 'Aucun système d’alarme sur ce site.',
  'rs.overview.remaining.hm': '{h} h {m} min',
  'rs.overview.remaining.ms': '{m} min {s} s',
  'rs.overview.remaining.s': '{s} s',
  'rs.overview.testMode.title': 'Mode test',
  'rs.overview.testMode.help':
    'En mode test, les signaux de vos systèmes ne déclenchent pas d’intervention (ils restent dans le journal). Pour votre sécurité, le mode test s’arrête de lui-même à la fin de la durée choisie.',
  'rs.overview.testMode.off': 'Mode test désactivé',
  'rs.overview.testMode.on': 'Mode test activé jusqu’à {time}',
  'rs.overview.testMode.remaining': 'Temps restant\u202f: {duration}',
  'rs.overview.testMode.start': 'Mettre en mode test',
  'rs.overview.testMode.stop': 'Arrêter le mode test',
  'rs.overview.testMode.ended': 'Le mode test est terminé\u202f: la télésurveillance a repris.',
  'rs.overview.testMode.endsSoon': 'Le mode test se termine dans une minute.',
  'rs.overview.testMode.error': 'L’état du mode test n’a pas pu être chargé.',
} as const;

/** Every text of RS-OVERVIEW (the overview, its schedule, its log); pure, so a page that needs only one bundle carries only that one. */
export const remoteOverviewFr = /* @__PURE__ */ Object.assign(
  {},
  remoteOverviewMainFr,
  remoteOverviewScheduleFr,
  /* @__PURE__ */ Object.assign({}, remoteOverviewScheduleEditFr, remoteOverviewLogFr, remoteOverviewTestModeFr),
);
