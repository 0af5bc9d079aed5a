/**
 * X-I18N — the French texts of `<passport-view>` (PP-ROSTER, seed 004 « Voir le passeport »,
 * « Vérifier l'état de son compte », « Connaître la date d'expiration de sa sensibilisation »): the
 * employee, the state, the expiry, each module and why it is validated, the failures (PP-BLOCK) and
 * the blocked account (« l'inviter à se rapprocher de son responsable »). Counts have a `.one` and an
 * `.other` form, chosen by `Intl.PluralRules`. French typography: a narrow no-break space (U+202F)
 * before « : », « ; », « ? », « ! » and inside « ».
 */
export const passportViewFr = {
  'passport.view.title': 'Passeport sécurité UNPG',
  'passport.view.of': 'Passeport sécurité {de name}',
  'passport.view.loading': 'Chargement du passeport…',
  'passport.view.error': 'Le passeport n’a pas pu être chargé.',
  'passport.view.notFound.title': 'Salarié introuvable',
  'passport.view.notFound.text':
    'Ce salarié n’est pas (ou plus) inscrit dans votre entreprise. Il a peut-être été supprimé\u202f: actualisez la liste des salariés.',
  'passport.view.noEmployee': 'Aucun salarié n’est choisi\u202f: le passeport ne peut pas être affiché.',
  'passport.view.signedOut': 'Connectez-vous à l’espace entreprise pour voir ce passeport.',
  'passport.view.sessionExpired': 'Votre session a expiré. Reconnectez-vous pour voir ce passeport.',
  'passport.view.signIn': 'Se connecter',
  'passport.view.profile': 'Profil',
  'passport.view.email': 'Adresse e-mail',
  'passport.view.noEmail': 'Pas d’adresse e-mail',
  'passport.view.state': 'État',
  'passport.view.expiry': 'Expiration',
  'passport.view.noExpiry': 'Pas encore de passeport',
  'passport.view.progress': 'Progression',
  'passport.view.progress.one': '{validated} module validé sur {total}',
  'passport.view.progress.other': '{validated} modules validés sur {total}',

  // The passport's state (core's PassportStatus).
  'passport.view.status.not-started': 'Sensibilisation non commencée',
  'passport.view.status.in-progress': 'Sensibilisation en cours',
  'passport.view.status.valid': 'Passeport valide',
  'passport.view.status.expired': 'Passeport expiré',
  'passport.view.status.blocked': 'Compte bloqué',
  'passport.view.status.valid.detail': 'Valable jusqu’au {date} inclus.',
  'passport.view.status.expired.detail': 'Valable jusqu’au {date}\u202f: la sensibilisation doit être renouvelée.',
  'passport.view.status.not-started.detail': 'Le salarié n’a encore suivi aucun module.',
  'passport.view.status.in-progress.detail': 'Le passeport sera délivré quand tous les modules seront validés.',
  'passport.view.status.not-started.detail.employee': 'Vous n’avez encore suivi aucun module.',
  'passport.view.status.in-progress.detail.employee': 'Votre passeport sera délivré quand tous vos modules seront validés.',

  // PP-BLOCK: the blocked account, for the referent and for the employee.
  'passport.view.blocked.referent':
    '{name} a échoué plus de trois fois au module «\u202f{module}\u202f»\u202f: sa sensibilisation est arrêtée et son compte est bloqué. Un message l’invite à se rapprocher de son responsable.',
  'passport.view.blocked.unblock':
    'Pour débloquer ce compte, cliquez sur «\u202fBloqué\u202f» dans la liste des salariés inscrits, puis confirmez.',
  'passport.view.blocked.employee':
    'Vous avez échoué plus de trois fois au module «\u202f{module}\u202f»\u202f: votre sensibilisation est arrêtée et votre compte est bloqué.',
  'passport.view.blocked.seeManager': 'Rapprochez-vous de votre responsable, qui pourra faire débloquer votre compte.',
  'passport.view.blocked.since': 'Bloqué depuis le {date}.',

  // The modules (core's ModuleStatus).
  'passport.view.modules': 'Modules de la sensibilisation',
  'passport.view.module.e-learning': 'Validé le {date}',
  'passport.view.module.snbpe': 'Validé par réciprocité SNBPE',
  'passport.view.module.to-do': 'À valider',
  'passport.view.module.blocking': 'Bloquant\u202f: échoué plus de trois fois',
  'passport.view.module.failures.one': '{count} échec sur {max} permis',
  'passport.view.module.failures.other': '{count} échecs sur {max} permis',
  'passport.view.module.lastTry': 'Le prochain échec bloque le compte.',
  'passport.view.snbpe':
    'Passeport SNBPE obtenu le {issuedOn}, associé à la création du compte le {linkedOn}\u202f: les modules communs aux deux programmes ont été validés aussitôt.',
} as const;
