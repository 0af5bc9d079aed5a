/**
 * X-I18N — the French catalog, the reference: every key starts here. Each service keeps its
 * messages beside its rules (`<service>/messages.fr.ts`); this file adds the shared ones.
 */
import { formsFr } from '../shared/messages.fr.js';
import { safetyRegisterFr } from '../safety-register/messages.fr.js';
import { vaultFr } from '../vault/messages.fr.js';
import { passportFr } from '../passport/messages.fr.js';
import { remoteServicesFr } from '../remote-services/messages.fr.js';
import { commonFr } from './common.fr.js';

export const fr = { ...commonFr, ...formsFr, ...safetyRegisterFr, ...vaultFr, ...passportFr, ...remoteServicesFr } as const;

export type MessageKey = keyof typeof fr;
export type Catalog = Readonly<Record<MessageKey, string>>;
/** A service's English messages: exactly the keys of its French ones. */
export type CatalogOf<T> = Readonly<Record<keyof T, string>>;
export type { commonFr };
