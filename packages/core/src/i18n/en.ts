/** X-I18N — the English catalog (every key of the French one, checked by the compiler). */
import { formsEn } from '../shared/messages.en.js';
import { safetyRegisterEn } from '../safety-register/messages.en.js';
import { vaultEn } from '../vault/messages.en.js';
import { passportEn } from '../passport/messages.en.js';
import { remoteServicesEn } from '../remote-services/messages.en.js';
import { commonEn } from './common.en.js';
import type { Catalog } from './fr.js';

export const en: Catalog = { ...commonEn, ...formsEn, ...safetyRegisterEn, ...vaultEn, ...passportEn, ...remoteServicesEn };
