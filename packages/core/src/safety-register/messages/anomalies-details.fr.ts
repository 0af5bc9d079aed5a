/**
 * X-I18N — the French texts of an anomaly's dialog (SR-ANOMALY): its details, its history, the
 * request form and its comboboxes; a bundle of its own, loaded with the dialog's code. French
 * typography: a narrow no-break space (U+202F) before « : », « ; », « ? », « ! » and inside « »;
 * counts use ICU plurals.
 */
export const registerAnomaliesDetailsFr = {
  'sr.anomalies.filters': 'Filtrer les anomalies',
  'sr.anomalies.details.loading': 'Chargement de l’anomalie…',
  'sr.anomalies.details.error': 'L’anomalie n’a pas pu être chargée.',
  'sr.anomalies.details.description': 'Description',
  'sr.anomalies.details.site': 'Site',
  'sr.anomalies.details.source': 'Origine',
  'sr.anomalies.details.history': 'Historique des demandes',
  'sr.anomalies.details.history.empty': 'Aucune demande n’a encore été faite sur cette anomalie.',
  'sr.anomalies.details.close': 'Fermer',
  'sr.anomalies.source.report': 'Rapport',
  'sr.anomalies.source.commission': 'Commission de sécurité',
  'sr.anomalies.source.visit': 'Visite',
  'sr.anomalies.source.manual': 'Saisie manuelle',
  'sr.anomalies.history.kind.intervention': 'Demande d’intervention',
  'sr.anomalies.history.kind.quote': 'Demande de devis',
  'sr.anomalies.history.to': 'à {provider}',
  'sr.anomalies.history.sent': 'Envoyée le {date} par {name}',
  'sr.anomalies.history.contacts': 'Interlocuteurs : {names}',
  'sr.anomalies.history.no-contact': 'Aucun interlocuteur',
  'sr.anomalies.history.wished': 'Date souhaitée : {date}',
  'sr.anomalies.create.intervention': 'Créer une demande d’intervention',
  'sr.anomalies.create.quote': 'Créer une demande de devis',
  'sr.anomalies.request.title.intervention': 'Demande d’intervention',
  'sr.anomalies.request.title.quote': 'Demande de devis',
  'sr.anomalies.request.for': 'Pour l’anomalie {reference} : {title}',
  'sr.anomalies.request.providers': 'Prestataires',
  'sr.anomalies.request.providers.hint':
    'Un ou plusieurs prestataires : chacun reçoit la demande. Tapez pour filtrer, Entrée pour ajouter ou retirer.',
  'sr.anomalies.request.contacts': 'Interlocuteurs',
  'sr.anomalies.request.contacts.hint': 'Facultatif. Les interlocuteurs des prestataires choisis et ceux de votre compte.',
  'sr.anomalies.request.chosen.providers':
    '{count, plural, =0 {Aucun prestataire choisi} one {# prestataire choisi} other {# prestataires choisis}}',
  'sr.anomalies.request.chosen.contacts':
    '{count, plural, =0 {Aucun interlocuteur choisi} one {# interlocuteur choisi} other {# interlocuteurs choisis}}',
  'sr.anomalies.request.options': '{count, plural, =0 {Aucun résultat} one {# résultat} other {# résultats}}',
  'sr.anomalies.request.none': 'Aucun résultat',
  'sr.anomalies.request.remove': 'Retirer {name}',
  'sr.anomalies.request.added': '{name} ajouté',
  'sr.anomalies.request.removed': '{name} retiré',
  'sr.anomalies.request.own': 'Votre compte',
  'sr.anomalies.request.summary':
    '{providers, plural, =0 {aucun prestataire} one {# prestataire} other {# prestataires}}, {contacts, plural, =0 {aucun interlocuteur} one {# interlocuteur} other {# interlocuteurs}}',
  'sr.anomalies.request.fanout':
    '{count, plural, =0 {Choisissez au moins un prestataire.} one {Une demande sera envoyée.} other {# demandes seront envoyées, une par prestataire.}}',
  'sr.anomalies.request.message': 'Message',
  'sr.anomalies.request.message.hint': 'Facultatif. Ce que les prestataires doivent savoir.',
  'sr.anomalies.request.wished': 'Date souhaitée',
  'sr.anomalies.request.wished.hint': 'Facultative. Au format JJ/MM/AAAA, aujourd’hui ou plus tard.',
  'sr.anomalies.request.error.provider-required': 'Choisissez au moins un prestataire.',
  'sr.anomalies.request.error.unknown-contact': 'Un interlocuteur choisi n’est plus disponible.',
  'sr.anomalies.request.error.date-format': 'Saisissez la date au format JJ/MM/AAAA, par exemple 15/01/2027.',
  'sr.anomalies.request.error.date-past': 'La date souhaitée ne peut pas être passée.',
  'sr.anomalies.request.error.too-long': 'Le message est trop long (2 000 caractères au plus).',
  'sr.anomalies.request.submit.intervention': 'Envoyer la demande d’intervention',
  'sr.anomalies.request.submit.quote': 'Envoyer la demande de devis',
  'sr.anomalies.request.sending': 'Envoi en cours…',
  'sr.anomalies.request.cancel': 'Annuler',
  'sr.anomalies.request.failed': 'La demande n’a pas été envoyée. Ce que vous avez saisi est conservé : vous pouvez réessayer.',
  'sr.anomalies.request.forbidden':
    'Vous n’avez pas le droit de faire des demandes sur les anomalies. Demandez-le à l’administrateur de votre compte.',
  'sr.anomalies.request.closed': 'Cette anomalie a été levée entre-temps : aucune demande ne peut plus être faite.',
  'sr.anomalies.request.directory.loading': 'Chargement des prestataires…',
  'sr.anomalies.request.directory.error': 'La liste des prestataires n’a pas pu être chargée.',
  'sr.anomalies.request.sent.intervention':
    '{count, plural, one {Demande d’intervention envoyée à # prestataire.} other {Demande d’intervention envoyée à # prestataires.}}',
  'sr.anomalies.request.sent.quote':
    '{count, plural, one {Demande de devis envoyée à # prestataire.} other {Demande de devis envoyée à # prestataires.}}',
  'sr.anomalies.request.back': 'Retour à l’anomalie',
} as const;
