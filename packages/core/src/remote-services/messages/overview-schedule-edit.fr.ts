/**
 * X-I18N — the French texts of the RS-OVERVIEW schedule editor (the temporary-change form, its
 * refusals and outcomes), loaded with the editor when the user asks to edit. French typography:
 * U+202F before « : ; ? ! ».
 */
export const remoteOverviewScheduleEditFr = {
  'rs.overview.schedule.form.add': 'Nouvel horaire temporaire',
  'rs.overview.schedule.form.edit': 'Modifier l’horaire temporaire',
  'rs.overview.schedule.form.date': 'Date',
  'rs.overview.schedule.form.ranges': 'Horaires d’ouverture',
  'rs.overview.schedule.form.rangesHelp':
    'Heures sur 24 h, par exemple 08:30. Sans plage, le site est fermé et sous alarme toute la journée.',
  'rs.overview.schedule.form.start': 'Ouverture',
  'rs.overview.schedule.form.end': 'Fermeture',
  'rs.overview.schedule.form.rangeN': 'Plage {n}',
  'rs.overview.schedule.form.addRange': 'Ajouter une plage',
  'rs.overview.schedule.form.removeRange': 'Retirer la plage {n}',
  'rs.overview.schedule.form.reason': 'Motif (facultatif)',
  'rs.overview.schedule.form.save': 'Enregistrer',
  'rs.overview.schedule.form.saving': 'Enregistrement…',
  'rs.overview.schedule.form.cancel': 'Annuler',
  'rs.overview.schedule.issue.required': 'Ce champ est obligatoire.',
  'rs.overview.schedule.issue.date-format': 'Choisissez une date de la liste.',
  'rs.overview.schedule.issue.past': 'Cette date est passée.',
  'rs.overview.schedule.issue.beyond-horizon': 'Le programme se modifie au plus 30 jours à l’avance.',
  'rs.overview.schedule.issue.date-taken': 'Ce jour a déjà un horaire temporaire\u202f: modifiez-le.',
  'rs.overview.schedule.issue.time-format': 'Saisissez une heure sur 24 h, par exemple 08:30 ou 17:45.',
  'rs.overview.schedule.issue.end-before-start': 'La fermeture doit suivre l’ouverture.',
  'rs.overview.schedule.issue.overlap': 'Cette plage chevauche une autre plage du même jour.',
  'rs.overview.schedule.issue.too-many-ranges': 'Quatre plages au plus par jour.',
  'rs.overview.schedule.issue.too-long': 'Le motif est trop long (120 caractères au plus).',
  'rs.overview.schedule.saved': 'Horaire temporaire du {date} enregistré.',
  'rs.overview.schedule.saveFailed': 'L’horaire temporaire n’a pas été enregistré. Vos saisies sont conservées\u202f: réessayez.',
  'rs.overview.schedule.removed': 'Horaire temporaire du {date} supprimé.',
  'rs.overview.schedule.removeFailed': 'L’horaire temporaire n’a pas pu être supprimé. Réessayez.',
} as const;
