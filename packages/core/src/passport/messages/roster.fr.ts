/**
 * X-I18N — the French texts of `<passport-roster>` (PP-ROSTER, seed 004 « Vos salariés inscrits »):
 * the heading, the quick search, the columns, the row actions, « Supprimer le profil » with its
 * consequences, the unblock confirmation (PP-BLOCK) and « L’utilisateur a bien été créé ». The
 * profiles and states are core texts (`core.fr.ts`). Counts come in three forms (none, one, other):
 * the catalog has no plural rule. French typography: a narrow no-break space (U+202F) before « : », « ; »,
 * « ? », « ! » and inside « ».
 */
export const passportRosterFr = {
  'passport.roster.title': 'Salariés inscrits de l’entreprise',
  'passport.roster.enroll': 'Inscrire un nouveau salarié',
  'passport.roster.search.label': 'Rechercher un salarié',
  'passport.roster.search.placeholder': 'Rechercher un salarié…',
  'passport.roster.search.hint': 'Prénom, nom, adresse e-mail, profil ou état. Les accents et les majuscules sont ignorés.',
  'passport.roster.count.none': 'Aucun salarié',
  'passport.roster.count.one': '1 salarié',
  'passport.roster.count.other': '{count} salariés',
  'passport.roster.found.none': 'Aucun salarié trouvé',
  'passport.roster.found.one': '1 salarié trouvé',
  'passport.roster.found.other': '{count} salariés trouvés',
  'passport.roster.sorted': 'Liste triée par «\u202f{column}\u202f», ordre {direction}.',
  'passport.roster.sort.ascending': 'croissant',
  'passport.roster.sort.descending': 'décroissant',
  'passport.roster.list': 'Liste des salariés inscrits',

  // The columns (seed 004).
  'passport.roster.column.firstName': 'Prénom',
  'passport.roster.column.lastName': 'Nom',
  'passport.roster.column.profile': 'Profil',
  'passport.roster.column.passport': 'Passeport sécurité',
  'passport.roster.column.state': 'État',
  'passport.roster.column.expiresOn': 'Expiration',
  'passport.roster.column.actions': 'Actions',
  /** A cell's column, written before its value where the narrow layout stacks a row's cells. */
  'passport.roster.cellLabel': '{label}\u202f:',

  // The cells and the row actions.
  'passport.roster.viewPassport': 'Voir le passeport',
  'passport.roster.viewPassport.label': 'Voir le passeport {de name}',
  'passport.roster.noPassport': 'Pas encore de passeport',
  'passport.roster.noExpiry': 'Pas de date d’expiration',
  'passport.roster.blocked.label': 'Bloqué\u202f: débloquer le compte {de name}',
  'passport.roster.edit': 'Modifier',
  'passport.roster.edit.label': 'Modifier {name}',
  'passport.roster.delete': 'Supprimer',
  'passport.roster.delete.label': 'Supprimer {name}',

  // The state shown today (PP-ROSTER, `roster-status.ts`), the block (PP-BLOCK), the e-mail line (#14, #15, #16).
  'passport.roster.state.expired': 'Expiré',
  'passport.roster.state.expiring': 'Expire bientôt',
  /** Under « Bloqué »: the day of the block, then the module failed more than 3 times (the day stays in view when the module is cut). */
  'passport.roster.blockedBy': 'le {date} · {module}',
  'passport.roster.blockedBy.label': 'Bloqué après plus de 3 échecs au module «\u202f{module}\u202f», le {date}',
  'passport.roster.noEmail': 'Pas d’adresse e-mail',

  // The state filters, their counts and the summary (PP-ROSTER, PP-BLOCK).
  'passport.roster.filter.legend': 'Filtrer par état',
  'passport.roster.filter.all': 'Tous',
  'passport.roster.filter.active': 'Actifs',
  'passport.roster.filter.blocked': 'Bloqués',
  'passport.roster.filter.expired': 'Expirés',
  'passport.roster.filter.expiring': 'Expirent bientôt',
  'passport.roster.filter.not-started': 'Non commencés',
  'passport.roster.filter.showAll': 'Afficher tous les salariés',
  'passport.roster.filter.none': 'Aucun salarié dans «\u202f{filter}\u202f».',
  'passport.roster.filter.announce': '{filter}\u202f: {count}',
  'passport.roster.summary.label': 'En un coup d’œil',
  'passport.roster.summary.blocked.one': '{count} compte bloqué',
  'passport.roster.summary.blocked.other': '{count} comptes bloqués',
  'passport.roster.summary.expired.one': '{count} sensibilisation expirée',
  'passport.roster.summary.expired.other': '{count} sensibilisations expirées',
  'passport.roster.summary.expiring.one': '{count} sensibilisation expire bientôt',
  'passport.roster.summary.expiring.other': '{count} sensibilisations expirent bientôt',

  // The referent's alert in the page (PP-BLOCK: not only by e-mail).
  'passport.roster.alert.title.one': '{count} compte bloqué',
  'passport.roster.alert.title.other': '{count} comptes bloqués',
  'passport.roster.alert.one':
    'Le compte {de name} est bloqué depuis le {date} après plus de 3 échecs au module «\u202f{module}\u202f». Pour le débloquer, cliquez sur «\u202fBloqué\u202f», puis confirmez.',
  'passport.roster.alert.other':
    'Ces salariés ont échoué plus de 3 fois à un même module\u202f: leur sensibilisation est arrêtée. Pour débloquer un compte, cliquez sur «\u202fBloqué\u202f», puis confirmez.',
  'passport.roster.alert.show': 'Afficher les comptes bloqués',
  'passport.roster.alert.dismiss': 'Masquer l’alerte',

  // Sorting where rows stack (narrow widths): the column headers are not on screen.
  'passport.roster.sortBy': 'Trier par',
  'passport.roster.sortOrder': 'Ordre',
  'passport.roster.sortOrder.ascending': 'Croissant',
  'passport.roster.sortOrder.descending': 'Décroissant',

  // Loading, paging, empty, no result, errors, signed out.
  'passport.roster.loading': 'Chargement des salariés…',
  'passport.roster.progress.label': 'Chargement de la liste des salariés',
  'passport.roster.progress': '{loaded} salariés chargés sur {total}',
  'passport.roster.loaded': 'Liste complète\u202f: {count}.',
  'passport.roster.empty.title': 'Aucun salarié inscrit',
  'passport.roster.empty.text': 'Inscrivez vos salariés pour suivre leur sensibilisation et leur passeport sécurité.',
  'passport.roster.noResult': 'Aucun salarié ne correspond à «\u202f{query}\u202f».',
  'passport.roster.noResult.hint': 'Vérifiez l’orthographe ou cherchez une partie du nom seulement.',
  'passport.roster.clearSearch': 'Effacer la recherche',
  'passport.roster.error': 'La liste des salariés n’a pas pu être chargée.',
  'passport.roster.error.partial': 'Le chargement s’est interrompu après {loaded} salariés sur {total}.',
  'passport.roster.signedOut': 'Connectez-vous à l’espace de votre entreprise pour voir vos salariés inscrits.',
  'passport.roster.sessionExpired': 'Votre session a expiré. Connectez-vous de nouveau pour voir vos salariés inscrits.',
  'passport.roster.signIn': 'Se connecter',

  // Messages after an action (seed 004, « b. Confirmation de création de ce compte »).
  'passport.roster.created': 'L’utilisateur a bien été créé',
  'passport.roster.created.name': 'L’utilisateur a bien été créé\u202f: {name}.',
  'passport.roster.updated': 'Les informations {de name} ont été enregistrées.',
  'passport.roster.unblocked': 'Le compte {de name} a été débloqué.',
  'passport.roster.deleted': 'Le profil {de name} a été supprimé.',
  'passport.roster.goneAlready': 'Le profil {de name} avait déjà été supprimé\u202f: il a été retiré de la liste.',

  // « Bloqué » → confirm (PP-BLOCK).
  'passport.roster.unblock.title': 'Débloquer le compte',
  'passport.roster.unblock.question': 'Voulez-vous débloquer le compte {de name}\u202f?',
  'passport.roster.unblock.effect':
    'Son compte redeviendra actif\u202f: il pourra reprendre sa sensibilisation, et ses échecs aux modules seront remis à zéro.',

  // « Supprimer le profil » (seed 004, « b. Supprimer un compte »).
  'passport.roster.deleteDialog.title': 'Supprimer le profil',
  'passport.roster.deleteDialog.question': 'Voulez-vous vraiment supprimer ce profil\u202f? ({name})',
  'passport.roster.deleteDialog.warning': 'Attention, cette action a des conséquences importantes pour cet utilisateur\u202f:',
  'passport.roster.deleteDialog.certificate': 'Son certificat ne sera plus valide\u202f;',
  'passport.roster.deleteDialog.sites': 'Il ne sera plus accepté sur nos sites.',
  'passport.roster.confirm': 'Confirmer',
  'passport.roster.cancel': 'Annuler',
  'passport.roster.working': 'Envoi en cours…',

  // Failures of an action: the row stays as it was.
  'passport.roster.error.unblock': 'Le compte {de name} n’a pas pu être débloqué.',
  'passport.roster.error.delete': 'Le profil {de name} n’a pas pu être supprimé.',
  'passport.roster.error.kept': 'La liste n’a pas été modifiée.',
  'passport.roster.error.conflict':
    'Ce salarié a été modifié entre-temps par quelqu’un d’autre. Rechargez ses informations pour voir les dernières, puis recommencez.',
  /** « Recharger » after a conflict: that employee only, read again. */
  'passport.roster.reloadRow': 'Recharger',
  'passport.roster.reloadRow.label': 'Recharger les informations {de name}',
  'passport.roster.reloaded': 'Les informations {de name} ont été rechargées. Vérifiez-les, puis confirmez de nouveau.',
  'passport.roster.error.reload': 'Les informations {de name} n’ont pas pu être rechargées.',

  // The enrolment form, in a dialog.
  'passport.roster.editDialog.title': 'Modifier un salarié',
  'passport.roster.editor.error': 'Le formulaire n’a pas pu être chargé. Vérifiez votre connexion puis réessayez.',
  // « Voir le passeport »: the dialog holding `<passport-view>` (PP-ROSTER).
  'passport.roster.passportDialog.label': 'Passeport sécurité {de name}',
  'passport.roster.passportDialog.error': 'Le passeport n’a pas pu s’ouvrir. Vérifiez votre connexion puis réessayez.',
} as const;
