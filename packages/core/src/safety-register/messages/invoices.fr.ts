/**
 * X-I18N — the French texts of SR-INVOICE (keys `invoice.*`; the banner's texts are those of seed 001).
 */
export const registerInvoicesFr = {
  // SR-INVOICE — texts of seed 001
  'invoice.banner.warning':
    'Vous avez une ou plusieurs factures dont l’échéance de règlement est au {date}. Nous vous remercions de faire le nécessaire pour que le règlement nous parvienne dans le délai indiqué.',
  'invoice.banner.overdue':
    'Le règlement d’au moins une facture dont l’échéance est dépassée ne nous est pas parvenu. Nous vous remercions de procéder à la régularisation de votre compte client dans les meilleurs délais afin d’éviter la coupure de votre accès le {date}.',
  'invoice.banner.suspended':
    'Malgré nos avertissements, le règlement d’au moins une de vos factures ne nous est pas parvenu. Votre accès est donc suspendu jusqu’à la régularisation de votre compte. Vous avez malgré tout la possibilité, en fonction de vos droits, de générer la synthèse de vos sites.',
  'invoice.banner.label.warning': 'Échéance proche',
  'invoice.banner.label.overdue': 'Facture en retard',
  'invoice.banner.label.suspended': 'Accès suspendu',
  'invoice.banner.action': 'Régulariser mes factures',
  'invoice.banner.error': 'Impossible de vérifier l’état de vos factures.',
  'invoice.list.title': 'Mes factures',
  'invoice.list.group.late': 'En retard',
  'invoice.list.group.to-pay': 'À régler',
  'invoice.list.group.paid': 'Payées',
  'invoice.list.filter': 'Afficher',
  'invoice.list.filter.all': 'Toutes',
  'invoice.list.count': '{count, plural, one {# facture} other {# factures}} · {total}',
  'invoice.list.empty': 'Vous n’avez aucune facture pour le moment.',
  'invoice.list.empty.group': 'Aucune facture dans cette catégorie.',
  'invoice.list.number': 'N° de facture',
  'invoice.list.dueDate': 'Échéance',
  'invoice.list.amount': 'Montant TTC',
  'invoice.list.status': 'État',
  'invoice.list.daysLate': 'En retard de {days} j',
  'invoice.list.dueIn': 'Échéance dans {days} j',
  'invoice.list.dueToday': 'Échéance aujourd’hui',
  'invoice.list.paid': 'Payée',
  'invoice.list.download': 'Télécharger la facture {number} (PDF)',
  'invoice.list.error': 'Impossible de charger vos factures.',
  'invoice.list.actions': 'Actions',
  'invoice.list.open': 'Voir',
  'invoice.list.open.label': 'Voir la facture {number} (PDF)',
  'invoice.list.download.short': 'Télécharger',
  'invoice.list.pay': 'Régler',
  'invoice.list.pay.label': 'Régler la facture {number} ({amount})',
  'invoice.list.more.error': 'Impossible de charger cette action.',
} as const;
