/**
 * X-I18N — the French texts of SR-INVOICE's payment dialog and PDF viewer (`<invoice-list>`), a
 * bundle of their own: they come with the on-demand code, when a person acts, not with the list.
 */
export const registerInvoicePaymentFr = {
  'invoice.pay.title': 'Régler la facture {number}',
  'invoice.pay.intro': 'Le montant sera réglé avec le moyen de paiement enregistré pour votre compte client.',
  'invoice.pay.number': 'N° de facture',
  'invoice.pay.amount': 'Montant TTC',
  'invoice.pay.dueDate': 'Échéance',
  'invoice.pay.confirm': 'Confirmer le règlement',
  'invoice.pay.cancel': 'Annuler',
  'invoice.pay.close': 'Fermer',
  'invoice.pay.retry': 'Réessayer',
  'invoice.pay.busy': 'Règlement en cours…',
  'invoice.pay.done': 'La facture {number} est réglée.',
  'invoice.pay.done.detail': 'Merci : votre règlement est enregistré ({amount}).',
  'invoice.pay.error.network':
    'Le règlement n’a pas pu être confirmé (connexion interrompue ou serveur indisponible). Réessayez : la facture ne sera jamais réglée deux fois.',
  'invoice.pay.error.already-paid': 'Cette facture est déjà réglée. La liste est mise à jour.',
  'invoice.pay.error.not-found': 'Cette facture n’existe plus sur votre compte. La liste est mise à jour.',
  'invoice.pay.error.other': 'Le règlement n’a pas pu être enregistré. Fermez cette fenêtre puis réessayez, ou contactez-nous.',
  'invoice.pdf.error': 'Impossible d’obtenir le PDF de la facture {number}.',
  'invoice.pdf.title': 'Facture {number}',
  'invoice.pdf.download': 'Télécharger',
  'invoice.pdf.fallback': 'La facture ne s’affiche pas ? Téléchargez-la.',
} as const;
