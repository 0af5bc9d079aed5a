/** X-I18N — the messages every widget shares (errors, retry, the missing provider). */
export const commonFr = {
  'common.close': 'Fermer',
  'common.retry': 'Réessayer',
  'common.loading': 'Chargement…',
  'common.error.network': 'Le service est injoignable. Vérifiez votre connexion puis réessayez.',
  'common.error.timeout': 'Le service met trop de temps à répondre. Réessayez dans un instant.',
  'common.error.client': 'La demande n’a pas pu aboutir ({status}). Vérifiez les informations saisies puis réessayez.',
  'common.error.http': 'Le service a rencontré une erreur ({status}). Réessayez dans un instant.',
  'common.error.contract': 'Le service a envoyé une réponse inattendue. Réessayez plus tard ou contactez le support.',
  'common.error.locked': 'Cette ressource est verrouillée.',
  'common.error.conflict': 'Ces données ont été modifiées entre-temps. Rechargez pour voir la dernière version.',
  'common.error.aborted': 'La demande a été annulée.',
  'provider.missing': 'Ce module doit être placé dans un élément <vigie-provider>.',
} as const;
