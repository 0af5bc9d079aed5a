/**
 * X-I18N — the French texts of the restricted access notice and the sites’ synthesis (SR-INVOICE) (keys `sr.access.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const registerAccessFr = {
  'sr.access.title': 'Accès suspendu',
  'sr.access.suspended':
    'Malgré nos avertissements, le règlement d’au moins une de vos factures ne nous est pas parvenu. Votre accès est donc suspendu jusqu’à la régularisation de votre compte. Vous avez malgré tout la possibilité, en fonction de vos droits, de générer la synthèse de vos sites.',
  'sr.access.feature': '{feature} : indisponible tant que le compte n’est pas régularisé.',
  'sr.access.synthesis': 'Générer la synthèse de mes sites',
  'sr.access.synthesis.busy': 'Génération de la synthèse…',
  'sr.access.synthesis.ready': 'La synthèse de vos sites est prête.',
  'sr.access.synthesis.open': 'Ouvrir la synthèse (PDF)',
  'sr.access.synthesis.download': 'Télécharger la synthèse (PDF)',
  'sr.access.synthesis.file': 'synthese-des-sites-{date}.pdf',
  'sr.access.synthesis.no-right':
    'La synthèse des sites demande le droit « Générer la synthèse » ; demandez-le à l’administrateur de votre compte.',
  'sr.access.synthesis.error': 'La synthèse n’a pas pu être générée.',
  'sr.module.interventions': 'Interventions',
  'sr.module.batiment': 'Gestion du bâtiment',
  'sr.module.permis-feu': 'Permis de feu',
  'sr.module.commissions': 'Commissions de sécurité',
  'sr.module.utilisateurs': 'Utilisateurs',
  'sr.module.factures': 'Factures',
  'sr.module.synthese': 'Synthèse des sites',
  'sr.action.consulter': 'Consulter',
  'sr.action.creer': 'Créer',
  'sr.action.modifier': 'Modifier',
  'sr.action.supprimer': 'Supprimer',
  'sr.action.signer': 'Signer',
  'sr.action.demander': 'Demander une intervention ou un devis',
  'sr.action.gerer': 'Gérer les utilisateurs et les profils',
  'sr.action.regler': 'Régler',
  'sr.action.generer': 'Générer la synthèse',
} as const;
