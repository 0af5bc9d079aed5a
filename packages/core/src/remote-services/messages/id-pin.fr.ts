/**
 * X-I18N — the French texts of RS-IDPIN (keys `rs.id-pin.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const remoteIdPinFr = {
  'rs.id-pin.title': 'Mes ID & PIN',
  'rs.id-pin.intro': 'Chaque ID & PIN donne accès à un ou plusieurs sites. Ajoutez-en un pour relier d’autres sites à votre compte.',
  'rs.id-pin.loading': 'Chargement de vos ID & PIN…',
  'rs.id-pin.error': 'Impossible d’afficher vos ID & PIN.',
  'rs.id-pin.empty': 'Aucun ID & PIN n’est relié à votre compte.',
  'rs.id-pin.empty.hint': 'Saisissez l’ID et le PIN imprimés sur votre invitation Securitas pour voir vos sites.',
  'rs.id-pin.link.title': 'ID {id}',
  'rs.id-pin.link.linkedAt': 'Relié le {date}',
  'rs.id-pin.link.pinChangedAt': 'PIN modifié le {date}',
  'rs.id-pin.link.sites': '{count, plural, =0 {Aucun site} one {# site} other {# sites}}',
  'rs.id-pin.link.sharedSite': 'Aussi par un autre ID & PIN',
  'rs.id-pin.site.name': 'Nom du site\u202f: {name}',
  'rs.id-pin.site.rename': 'Surnom',
  'rs.id-pin.site.rename.label': 'Donner un surnom à {name}',
  'rs.id-pin.add.toggle': 'Ajouter un ID & PIN',
  'rs.id-pin.pin.toggle': 'Modifier le PIN',
  'rs.id-pin.pin.toggle.label': 'Modifier le PIN de l’ID {id}',
  'rs.id-pin.remove.toggle': 'Retirer',
  'rs.id-pin.remove.toggle.label': 'Retirer l’ID {id}',
  'rs.id-pin.holder.toggle': 'Informations personnelles',
  'rs.id-pin.holder.toggle.label': 'Modifier les informations personnelles de l’ID {id}',
  'rs.id-pin.holder.name': 'Nom',
  'rs.id-pin.holder.phone': 'Téléphone',
  'rs.id-pin.holder.email': 'E-mail',
  'rs.id-pin.holder.noPhone': 'Aucun téléphone',
} as const;
