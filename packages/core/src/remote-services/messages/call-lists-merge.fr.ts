/**
 * X-I18N — the French texts of RS-CALL shown only after a save answered 412 (someone else saved the
 * list meanwhile: the notice, the conflicts), a bundle apart that loads with that view (keys
 * `rs.call-lists.*`, as before). French typography as in `call-lists.fr.ts`.
 */
export const remoteCallListsMergeFr = {
  'rs.call-lists.choose-first': 'Choisissez d’abord la version à garder pour chaque contact en conflit.',
  'rs.call-lists.rebased.title': '{name} a enregistré cette liste pendant que vous la modifiiez',
  'rs.call-lists.rebased.when':
    'Enregistrée le {date} à {time}. Vos modifications ont été appliquées à sa version\u202f: vérifiez la liste, puis enregistrez.',
  'rs.call-lists.rebased.spoken':
    'La liste a été modifiée par {name}. Vos modifications ont été appliquées à sa version\u202f: vérifiez, puis enregistrez.',
  'rs.call-lists.their-changes': 'Changements {de name}\u202f:',
  'rs.call-lists.change.added': '{name} ajouté',
  'rs.call-lists.change.removed': '{name} retiré',
  'rs.call-lists.change.moved': '{name} déplacé',
  'rs.call-lists.notice.close': 'J’ai compris',
  'rs.call-lists.conflict.title': '{count, plural, one {# contact modifié des deux côtés} other {# contacts modifiés des deux côtés}}',
  'rs.call-lists.conflict.intro': 'Choisissez pour chacun la version à garder. Rien n’est enregistré avant «\u202fEnregistrer\u202f».',
  'rs.call-lists.conflict.spoken':
    'Conflit\u202f: {name} a modifié {count, plural, one {un contact} other {# contacts}} que vous aviez aussi changés. Choisissez la version à garder.',
  'rs.call-lists.conflict.mine.added': 'Vous l’avez ajouté en position {position}',
  'rs.call-lists.conflict.mine.moved': 'Vous l’avez déplacé en position {position}',
  'rs.call-lists.conflict.mine.removed': 'Vous l’avez retiré de la liste',
  'rs.call-lists.conflict.theirs.added': '{name} l’a ajouté en position {position}',
  'rs.call-lists.conflict.theirs.moved': '{name} l’a déplacé en position {position}',
  'rs.call-lists.conflict.theirs.removed': '{name} l’a retiré de la liste',
  'rs.call-lists.conflict.keep-mine': 'Garder ma version',
  'rs.call-lists.conflict.keep-theirs': 'Garder sa version',
} as const;
