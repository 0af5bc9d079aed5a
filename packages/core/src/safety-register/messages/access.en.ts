/** X-I18N — the English texts of the restricted access notice and the sites’ synthesis (SR-INVOICE): exactly the keys of `access.fr.ts`. */
import type { CatalogOf } from '../../i18n/fr.js';
import type { registerAccessFr } from './access.fr.js';

export const registerAccessEn: CatalogOf<typeof registerAccessFr> = {
  'sr.access.title': 'Access suspended',
  'sr.access.suspended':
    'Despite our reminders, payment of at least one of your invoices has not reached us. Your access is therefore suspended until your account is settled. Depending on your rights, you can still generate the synthesis of your sites.',
  'sr.access.feature': '{feature}: unavailable until the account is settled.',
  'sr.access.synthesis': 'Generate the synthesis of my sites',
  'sr.access.synthesis.busy': 'Generating the synthesis…',
  'sr.access.synthesis.ready': 'The synthesis of your sites is ready.',
  'sr.access.synthesis.open': 'Open the synthesis (PDF)',
  'sr.access.synthesis.download': 'Download the synthesis (PDF)',
  'sr.access.synthesis.file': 'sites-synthesis-{date}.pdf',
  'sr.access.synthesis.no-right': 'The sites synthesis needs the “Generate the synthesis” right; ask your account administrator for it.',
  'sr.access.synthesis.error': 'The synthesis could not be generated.',
  'sr.module.interventions': 'Site interventions',
  'sr.module.batiment': 'Building management',
  'sr.module.permis-feu': 'Hot-work permits',
  'sr.module.commissions': 'Safety commissions',
  'sr.module.utilisateurs': 'Users',
  'sr.module.factures': 'Invoices',
  'sr.module.synthese': 'Sites synthesis',
  'sr.action.consulter': 'View',
  'sr.action.creer': 'Create',
  'sr.action.modifier': 'Edit',
  'sr.action.supprimer': 'Delete',
  'sr.action.signer': 'Sign',
  'sr.action.demander': 'Request an intervention or a quote',
  'sr.action.gerer': 'Manage users and profiles',
  'sr.action.regler': 'Pay',
  'sr.action.generer': 'Generate the synthesis',
};
