/**
 * X-I18N — the French texts of the passport's core rules (PP-*): field issues of every form,
 * regions, profiles, account states, modules, SNBPE reasons, spaces and their refusals, blocking,
 * handover. Widgets add their own texts beside this file (`./<widget>.fr.ts`), spread into
 * `passportFr`. French typography: a narrow no-break space (U+202F) before « : » and inside « ».
 * Keys: `passport.field.<PassportFieldIssue>`, `passport.region.<RegionCode>`,
 * `passport.profile.<ProfileId>`, `passport.state.<EmployeeState>`, `passport.module.<UnpgModuleId>`,
 * `passport.snbpe.reason.<SnbpeRefusalReason>`, `passport.space.<SpaceKind>`,
 * `passport.spaces.refusal.<SpacesRefusalReason>`, `passport.company.warning.<CompanyWarning>`,
 * `passport.handover.mode.<HandoverPasswordMode>`.
 */
export const passportCoreFr = {
  // Field issues (PP-REGISTER, PP-ENROLL, PP-COMPANY, PP-SPACES)
  'passport.field.required': 'Ce champ est obligatoire.',
  'passport.field.invalid-email': 'Saisissez une adresse e-mail valide, par exemple prenom.nom@entreprise.fr.',
  'passport.field.email-mismatch': 'Les deux adresses e-mail ne sont pas identiques.',
  'passport.field.same-email': 'Cette adresse est déjà l’identifiant de connexion actuel\u202f: saisissez-en une autre.',
  'passport.field.siret-format': 'Le numéro de SIRET doit comporter 14 chiffres.',
  'passport.field.siret-checksum': 'Ce numéro de SIRET n’est pas valide\u202f: vérifiez-le.',
  'passport.field.vat-country':
    'Le numéro de TVA doit commencer par le code d’un pays de l’Union européenne, par exemple FR, DE ou BE (EL pour la Grèce, XI pour l’Irlande du Nord).',
  'passport.field.vat-format': 'Ce numéro de TVA n’a pas le format attendu pour ce pays\u202f: vérifiez-le.',
  'passport.field.vat-checksum': 'Ce numéro de TVA n’est pas valide\u202f: vérifiez la clé et le numéro SIREN.',
  'passport.field.invalid-region': 'Choisissez les régions dans la liste.',
  'passport.field.password-too-short': 'Le mot de passe doit comporter au moins 11 caractères.',
  'passport.field.password-too-long': 'Le mot de passe ne doit pas dépasser 128 caractères.',
  'passport.field.password-mismatch': 'Les deux mots de passe ne sont pas identiques.',
  'passport.field.password-common':
    'Ce mot de passe est trop courant\u202f: il figure parmi les plus utilisés et serait vite deviné. Choisissez-en un autre, par exemple une phrase de quelques mots.',
  'passport.field.password-same-as-current': 'Le nouveau mot de passe doit être différent du mot de passe actuel.',
  'passport.field.password-same-as-temporary': 'Le nouveau mot de passe doit être différent du mot de passe provisoire reçu.',
  'passport.field.robot-check-required': 'Cochez «\u202fJe ne suis pas un robot\u202f» et suivez la vérification.',
  'passport.field.date-format': 'Saisissez une date au format JJ/MM/AAAA, par exemple 15/03/2024.',
  'passport.field.date-future': 'Cette date est dans le futur\u202f: saisissez la date d’obtention du passeport.',
  'passport.field.snbpe-expired':
    'Ce passeport SNBPE n’est plus en cours de validité (3 ans)\u202f: aucun module ne peut être validé. Vérifiez la date ou répondez «\u202fNon\u202f».',
  'passport.field.snbpe-create-only': 'Un passeport SNBPE ne peut être associé qu’à la création du compte.',
  'passport.field.invalid-domain': 'Saisissez un nom de domaine valide, par exemple entreprise.fr.',
  'passport.field.same-domain': 'Le nouveau nom de domaine est identique à l’actuel.',
  'passport.field.spaces-linked':
    'Vos espaces sont liés\u202f: distinguez d’abord vos espaces («\u202fAvoir un accès distinct à mon compte utilisateur\u202f»), puis changez le référent.',

  // Regions (INSEE codes): 13 metropolitan, 5 overseas
  'passport.region.11': 'Île-de-France',
  'passport.region.24': 'Centre-Val de Loire',
  'passport.region.27': 'Bourgogne-Franche-Comté',
  'passport.region.28': 'Normandie',
  'passport.region.32': 'Hauts-de-France',
  'passport.region.44': 'Grand Est',
  'passport.region.52': 'Pays de la Loire',
  'passport.region.53': 'Bretagne',
  'passport.region.75': 'Nouvelle-Aquitaine',
  'passport.region.76': 'Occitanie',
  'passport.region.84': 'Auvergne-Rhône-Alpes',
  'passport.region.93': 'Provence-Alpes-Côte d’Azur',
  'passport.region.94': 'Corse',
  'passport.region.01': 'Guadeloupe',
  'passport.region.02': 'Martinique',
  'passport.region.03': 'Guyane',
  'passport.region.04': 'La Réunion',
  'passport.region.06': 'Mayotte',

  // Awareness profiles (PP-ENROLL): the seed's two base profiles, then the roles the answers add
  'passport.profile.administrative': 'Salarié administratif',
  'passport.profile.administrative-trainer': 'Salarié administratif · formateur',
  'passport.profile.administrative-checker': 'Salarié administratif · contrôleur',
  'passport.profile.administrative-trainer-checker': 'Salarié administratif · formateur · contrôleur',
  'passport.profile.technical': 'Salarié technique',
  'passport.profile.technical-trainer': 'Salarié technique · formateur',
  'passport.profile.technical-checker': 'Salarié technique · contrôleur',
  'passport.profile.technical-trainer-checker': 'Salarié technique · formateur · contrôleur',

  // Account states (PP-ROSTER, PP-BLOCK)
  'passport.state.active': 'Actif',
  'passport.state.blocked': 'Bloqué',
  'passport.state.none': '—',
  'passport.state.none.label': 'Sensibilisation non commencée',

  // UNPG modules
  'passport.module.site-rules': 'Règles générales du site',
  'passport.module.site-traffic': 'Circulation sur le site',
  'passport.module.protective-equipment': 'Équipements de protection individuelle',
  'passport.module.hazardous-products': 'Produits dangereux',
  'passport.module.working-at-height': 'Travail en hauteur',
  'passport.module.machinery-conveyors': 'Machines et convoyeurs',
  'passport.module.emergencies': 'Conduite à tenir en cas d’urgence',
  'passport.module.blasting': 'Tirs de mines',
  'passport.module.faces-stockpiles-water': 'Fronts de taille, stocks et plans d’eau',
  'passport.module.dust-noise': 'Poussières et bruit',

  // SNBPE reciprocity (PP-ENROLL)
  'passport.snbpe.reason.date-required': 'Indiquez la date d’obtention du passeport SNBPE.',
  'passport.snbpe.reason.invalid-date': 'La date d’obtention doit être une date réelle au format JJ/MM/AAAA.',
  'passport.snbpe.reason.future-date': 'La date d’obtention ne peut pas être dans le futur.',
  'passport.snbpe.reason.expired': 'Ce passeport SNBPE n’est plus en cours de validité\u202f: aucun module ne peut être validé.',
  'passport.snbpe.validated': 'Les {count} modules communs avec le passeport SNBPE seront validés immédiatement.',
  'passport.snbpe.createOnly':
    'Attention, il n’est plus possible de lier un passeport SNBPE après avoir finalisé la création d’un compte. Vous devez impérativement saisir ces informations au moment de la création du compte.',

  // Blocking (PP-BLOCK)
  'passport.blocked.employee':
    'Votre compte est bloqué\u202f: vous avez échoué plus de 3 fois au module «\u202f{module}\u202f». Rapprochez-vous de votre responsable.',
  'passport.blocked.alert':
    'Le compte {de name} est bloqué après plus de 3 échecs au module «\u202f{module}\u202f». Vous pouvez le débloquer depuis la liste des salariés inscrits\u202f: cliquez sur «\u202fBloqué\u202f», puis confirmez.',

  // Linked spaces (PP-SPACES)
  'passport.space.company': 'Espace entreprise',
  'passport.space.user': 'Espace utilisateur',
  'passport.space.trainer': 'Espace formateur',
  'passport.spaces.refusal.no-company-account':
    'Votre entreprise ne dispose pas encore d’un compte\u202f: créez-le d’abord pour pouvoir lier vos espaces.',
  'passport.spaces.refusal.not-referent': 'Seul le référent désigné sur le compte de l’entreprise peut lier ses espaces.',
  'passport.spaces.refusal.already-linked': 'Vos espaces sont déjà liés.',
  'passport.spaces.refusal.not-linked': 'Vos espaces ne sont pas liés.',
  'passport.spaces.refusal.space-not-linked': 'Cet espace ne fait pas partie de vos espaces liés.',
  'passport.spaces.refusal.already-active': 'Vous êtes déjà dans cet espace.',
  'passport.spaces.refusal.invalid-email': 'Saisissez une adresse e-mail valide.',
  'passport.spaces.refusal.same-email': 'Cette adresse est déjà l’identifiant du compte de l’entreprise\u202f: choisissez-en une autre.',
  'passport.spaces.refusal.name-required': 'Indiquez le nom et le prénom du nouveau référent.',
  'passport.spaces.refusal.dissociate-first':
    'Distinguez d’abord vos espaces («\u202fAvoir un accès distinct à mon compte utilisateur\u202f»), puis procédez au passage de relais.',

  // Handover (PP-COMPANY): the seed's « IMPORTANT » and its two tips
  'passport.company.warning.login-change':
    'Vérifiez que l’adresse e-mail a été correctement saisie\u202f: celle-ci deviendra le nouvel identifiant de connexion au compte de l’entreprise et notre nouveau contact privilégié.',
  'passport.company.warning.handover-keep': 'Le mot de passe du compte de l’entreprise ne change pas.',
  'passport.company.warning.handover-temporary':
    'Communiquez ce mot de passe temporaire à votre successeur, avec la consigne de le changer dès sa première connexion au compte.',
  'passport.company.warning.handover-reset':
    'Le mot de passe actuel ne fonctionnera plus\u202f: confirmez à votre successeur la nouvelle adresse e-mail et demandez-lui de réinitialiser le mot de passe du compte de l’entreprise («\u202fMot de passe oublié\u202f?\u202f»).',
  'passport.handover.mode.keep': 'Conserver le mot de passe actuel',
  'passport.handover.mode.temporary': 'Définir un mot de passe temporaire pour mon successeur',
  'passport.handover.mode.reset': 'Mon successeur réinitialisera le mot de passe',
} as const;
