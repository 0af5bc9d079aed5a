/**
 * X-I18N — the French catalog, the reference: every key starts here. Each service keeps its
 * messages beside its rules (`<service>/messages.fr.ts`); this file adds the shared ones.
 */
import { formsFr } from '../shared/messages.fr.js';
import { safetyRegisterFr } from '../safety-register/messages.fr.js';
import { vaultFr } from '../vault/messages.fr.js';

const commonFr = {
  'common.close': 'Fermer',
  'common.retry': 'Réessayer',
  'common.loading': 'Chargement…',
  'common.error.network': 'Le service est injoignable. Vérifiez votre connexion puis réessayez.',
  'common.error.timeout': 'Le service met trop de temps à répondre. Réessayez dans un instant.',
  'common.error.http': 'Le service a rencontré une erreur ({status}). Réessayez dans un instant.',
  'common.error.contract': 'Le service a envoyé une réponse inattendue. Réessayez plus tard ou contactez le support.',
  'common.error.locked': 'Cette ressource est verrouillée.',
  'common.error.conflict': 'Ces données ont été modifiées entre-temps. Rechargez pour voir la dernière version.',
  'common.error.aborted': 'La demande a été annulée.',
  'provider.missing': 'Ce module doit être placé dans un élément <vigie-provider>.',
} as const;

export const fr = { ...commonFr, ...formsFr, ...safetyRegisterFr, ...vaultFr } as const;

export type MessageKey = keyof typeof fr;
export type Catalog = Readonly<Record<MessageKey, string>>;
/** A service's English messages: exactly the keys of its French ones. */
export type CatalogOf<T> = Readonly<Record<keyof T, string>>;
export type { commonFr };
