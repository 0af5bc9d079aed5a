/** X-I18N — the English texts of the passport's core rules (every key of `passportCoreFr`). */
import type { CatalogOf } from '../../i18n/fr.js';
import type { passportCoreFr } from './core.fr.js';

export const passportCoreEn: CatalogOf<typeof passportCoreFr> = {
  'passport.field.required': 'This field is required.',
  'passport.field.invalid-email': 'Enter a valid email address, for example firstname.lastname@company.com.',
  'passport.field.email-mismatch': 'The two email addresses are not the same.',
  'passport.field.same-email': 'This address is already the current login: enter another one.',
  'passport.field.siret-format': 'The SIRET number must have 14 digits.',
  'passport.field.siret-checksum': 'This SIRET number is not valid: check it.',
  'passport.field.vat-country':
    'The VAT number must start with the code of a European Union country, for example FR, DE or BE (EL for Greece, XI for Northern Ireland).',
  'passport.field.vat-format': 'This VAT number does not have the format expected for this country: check it.',
  'passport.field.vat-checksum': 'This VAT number is not valid: check the key and the SIREN number.',
  'passport.field.invalid-region': 'Choose the regions from the list.',
  'passport.field.password-too-short': 'The password must have at least 11 characters.',
  'passport.field.password-too-long': 'The password must not exceed 128 characters.',
  'passport.field.password-mismatch': 'The two passwords are not the same.',
  'passport.field.password-common':
    'This password is too common: it is among the most used and would be guessed quickly. Choose another one, for example a phrase of a few words.',
  'passport.field.password-same-as-current': 'The new password must be different from the current password.',
  'passport.field.password-same-as-temporary': 'The new password must be different from the temporary password you received.',
  'passport.field.robot-check-required': 'Tick “I’m not a robot” and complete the check.',
  'passport.field.date-format': 'Enter a date as DD/MM/YYYY, for example 15/03/2024.',
  'passport.field.date-future': 'This date is in the future: enter the date the passport was issued.',
  'passport.field.snbpe-expired':
    'This SNBPE passport is no longer valid (3 years): no module can be validated. Check the date or answer “No”.',
  'passport.field.snbpe-create-only': 'An SNBPE passport can only be linked when the account is created.',
  'passport.field.invalid-domain': 'Enter a valid domain name, for example company.com.',
  'passport.field.same-domain': 'The new domain name is the same as the current one.',
  'passport.field.spaces-linked':
    'Your spaces are linked: first separate them (“Get separate access to my user account”), then change the contact person.',

  // Proper names: the English forms where English has one, else glossed.
  'passport.region.11': 'Île-de-France',
  'passport.region.24': 'Centre-Val de Loire',
  'passport.region.27': 'Bourgogne-Franche-Comté',
  'passport.region.28': 'Normandy',
  'passport.region.32': 'Hauts-de-France',
  'passport.region.44': 'Grand Est',
  'passport.region.52': 'Pays de la Loire',
  'passport.region.53': 'Brittany',
  'passport.region.75': 'Nouvelle-Aquitaine',
  'passport.region.76': 'Occitania',
  'passport.region.84': 'Auvergne-Rhône-Alpes',
  'passport.region.93': 'Provence-Alpes-Côte d’Azur',
  'passport.region.94': 'Corsica',
  'passport.region.01': 'Guadeloupe',
  'passport.region.02': 'Martinique',
  'passport.region.03': 'French Guiana',
  'passport.region.04': 'Réunion',
  'passport.region.06': 'Mayotte',

  'passport.profile.administrative': 'Administrative employee',
  'passport.profile.administrative-trainer': 'Administrative employee · trainer',
  'passport.profile.administrative-checker': 'Administrative employee · checker',
  'passport.profile.administrative-trainer-checker': 'Administrative employee · trainer · checker',
  'passport.profile.technical': 'Technical employee',
  'passport.profile.technical-trainer': 'Technical employee · trainer',
  'passport.profile.technical-checker': 'Technical employee · checker',
  'passport.profile.technical-trainer-checker': 'Technical employee · trainer · checker',

  'passport.state.active': 'Active',
  'passport.state.blocked': 'Blocked',
  'passport.state.none': '—',
  'passport.state.none.label': 'Awareness not started',

  'passport.module.site-rules': 'General site rules',
  'passport.module.site-traffic': 'Traffic on site',
  'passport.module.protective-equipment': 'Personal protective equipment',
  'passport.module.hazardous-products': 'Hazardous products',
  'passport.module.working-at-height': 'Working at height',
  'passport.module.machinery-conveyors': 'Machinery and conveyors',
  'passport.module.emergencies': 'What to do in an emergency',
  'passport.module.blasting': 'Blasting',
  'passport.module.faces-stockpiles-water': 'Quarry faces, stockpiles and water',
  'passport.module.dust-noise': 'Dust and noise',

  'passport.snbpe.reason.date-required': 'Enter the date the SNBPE passport was issued.',
  'passport.snbpe.reason.invalid-date': 'The date of issue must be a real date written DD/MM/YYYY.',
  'passport.snbpe.reason.future-date': 'The date of issue cannot be in the future.',
  'passport.snbpe.reason.expired': 'This SNBPE passport is no longer valid: no module can be validated.',
  'passport.snbpe.validated': 'The {count} modules shared with the SNBPE passport will be validated at once.',
  'passport.snbpe.createOnly':
    'Please note: an SNBPE passport can no longer be linked once the account has been created. You must enter this information when you create the account.',

  'passport.blocked.employee': 'Your account is blocked: you failed the “{module}” module more than 3 times. Please see your manager.',
  'passport.blocked.alert':
    'The account of {name} is blocked after more than 3 failures on the “{module}” module. You can unblock it from the list of enrolled employees: click “Blocked”, then confirm.',

  'passport.space.company': 'Company space',
  'passport.space.user': 'User space',
  'passport.space.trainer': 'Trainer space',
  'passport.spaces.refusal.no-company-account': 'Your company does not have an account yet: create it first to link your spaces.',
  'passport.spaces.refusal.not-referent': 'Only the contact person designated on the company account can link their spaces.',
  'passport.spaces.refusal.already-linked': 'Your spaces are already linked.',
  'passport.spaces.refusal.not-linked': 'Your spaces are not linked.',
  'passport.spaces.refusal.space-not-linked': 'This space is not one of your linked spaces.',
  'passport.spaces.refusal.already-active': 'You are already in this space.',
  'passport.spaces.refusal.invalid-email': 'Enter a valid email address.',
  'passport.spaces.refusal.same-email': 'This address is already the login of the company account: choose another one.',
  'passport.spaces.refusal.name-required': 'Enter the last and first names of the new contact person.',
  'passport.spaces.refusal.dissociate-first': 'First separate your spaces (“Get separate access to my user account”), then hand over.',

  'passport.company.warning.login-change':
    'Check that the email address is typed correctly: it will become the new login of the company account and our new main contact.',
  'passport.company.warning.handover-keep': 'The password of the company account does not change.',
  'passport.company.warning.handover-temporary':
    'Give this temporary password to your successor, and tell them to change it as soon as they first sign in.',
  'passport.company.warning.handover-reset':
    'The current password will stop working: confirm the new email address to your successor and ask them to reset the company account’s password (“Forgotten password?”).',
  'passport.handover.mode.keep': 'Keep the current password',
  'passport.handover.mode.temporary': 'Set a temporary password for my successor',
  'passport.handover.mode.reset': 'My successor will reset the password',
};
