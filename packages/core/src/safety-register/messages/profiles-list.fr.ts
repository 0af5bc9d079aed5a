/**
 * X-I18N — the French texts of SR-PROFILES, the first screen (keys `sr.profiles.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const registerProfilesListFr = {
  'sr.profiles.title': 'Gestion des profils utilisateurs',
  'sr.profiles.intro': 'Un profil donne les mêmes modules et droits à tous les utilisateurs qui y sont rattachés.',
  'sr.profiles.loading': 'Chargement des utilisateurs et des profils…',
  'sr.profiles.error': 'Les utilisateurs et les profils n’ont pas pu être chargés.',
  'sr.profiles.users.title': 'Utilisateurs',
  'sr.profiles.users.name': 'Nom',
  'sr.profiles.users.profile': 'Profil',
  'sr.profiles.users.rights': 'Droits',
  'sr.profiles.users.own': 'Droits personnalisés',
  'sr.profiles.rights.count': '{count, plural, =0 {Aucun droit} one {# droit} other {# droits}}',
  'sr.profiles.list.title': 'Profils',
  'sr.profiles.list.empty': 'Aucun profil pour le moment.',
  'sr.profiles.list.empty.hint': 'Créez-en un avec « Créer un profil », de A à Z ou à partir des droits d’un utilisateur.',
  'sr.profiles.list.modules': '{count, plural, =0 {Aucun module} one {# module} other {# modules}}',
  'sr.profiles.list.users':
    '{count, plural, =0 {Aucun utilisateur rattaché} one {# utilisateur rattaché} other {# utilisateurs rattachés}}',
  'sr.profiles.create': 'Créer un profil',
  'sr.profiles.view': 'Voir',
  'sr.profiles.view.label': 'Voir le profil {name}',
  'sr.profiles.attach': 'Rattacher',
  'sr.profiles.attach.label': 'Rattacher des utilisateurs au profil {name}',
  'sr.profiles.saved.created':
    'Profil « {name} » créé{count, plural, =0 {.} one {, # utilisateur rattaché.} other {, # utilisateurs rattachés.}}',
  'sr.profiles.saved.updated':
    'Profil « {name} » enregistré{count, plural, =0 {.} one { : les droits de # utilisateur sont à jour.} other { : les droits de # utilisateurs sont à jour.}}',
  'sr.profiles.saved.attached': '{count, plural, one {# utilisateur rattaché} other {# utilisateurs rattachés}} au profil « {name} ».',
} as const;
