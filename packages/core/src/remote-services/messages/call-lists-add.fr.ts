/**
 * X-I18N — the French texts of RS-CALL's « Ajouter » combobox once used (its options, their count,
 * Enter with nothing chosen), a bundle apart that loads with its behaviour (keys `rs.call-lists.*`).
 */
export const remoteCallListsAddFr = {
  'rs.call-lists.add.none': 'Aucun contact du site ne correspond.',
  'rs.call-lists.add.options': '{count, plural, =0 {Aucun contact proposé} one {# contact proposé} other {# contacts proposés}}',
  'rs.call-lists.add.pick': 'Choisissez un contact dans la liste proposée.',
} as const;
