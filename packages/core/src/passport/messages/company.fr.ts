/**
 * X-I18N — the French texts of `<company-profile>` (PP-COMPANY, seed 004 « Voir les informations
 * de l’entreprise », « Astuces », « ETAPE 2 : passage de relais »). The labels are the seed's; the
 * seed's « IMPORTANT » and the handover's password tips are core's (`passport.company.warning.*`,
 * `passport.handover.mode.*`). Counted texts come in `.one` / `.other` (`Intl.PluralRules`: in
 * French 0 and 1 are `one`). French typography: a narrow no-break space (U+202F) before « : » and inside « ».
 */
export const passportCompanyFr = {
  'passport.company.title': 'Informations de l’entreprise',
  'passport.company.signedOut': 'Connectez-vous à votre espace entreprise pour consulter et modifier les informations de l’entreprise.',
  'passport.company.sessionExpired': 'Votre session a expiré. Connectez-vous de nouveau à votre espace entreprise.',
  'passport.company.signIn': 'Se connecter',
  'passport.company.loadError': 'Impossible de charger les informations de l’entreprise.',
  'passport.company.refreshFailed': 'Les informations de l’entreprise n’ont pas pu être actualisées. Ce que vous avez saisi est conservé.',

  // The fields, as the seed names them
  'passport.company.siret': 'Numéro de SIRET',
  'passport.company.vat': 'Numéro de TVA intracommunautaire',
  'passport.company.identification.hint': 'Ce numéro identifie l’entreprise\u202f: il ne peut pas être modifié.',
  'passport.company.companyName': 'Nom de l’entreprise',
  'passport.company.regions': 'Régions d’intervention',
  'passport.company.regions.hint': 'Sélectionnez la ou les régions.',
  'passport.company.referentLastName': 'Nom du référent',
  'passport.company.referentFirstName': 'Prénom du référent',
  'passport.company.referentEmail': 'Adresse e-mail du référent',
  'passport.company.referentEmail.hint': 'C’est l’identifiant de connexion au compte de l’entreprise.',
  'passport.company.password': 'Nouveau mot de passe',
  'passport.company.passwordConfirmation': 'Confirmation du nouveau mot de passe',
  'passport.company.password.legend': 'Mot de passe du compte de l’entreprise',
  'passport.company.password.hint':
    'Facultatif\u202f: remplissez ces deux champs pour personnaliser le mot de passe du compte. Au moins {min}\u00a0caractères.',
  'passport.company.temporaryPassword': 'Mot de passe temporaire',
  'passport.company.temporaryPasswordConfirmation': 'Confirmation du mot de passe temporaire',
  'passport.company.temporaryPassword.hint':
    'Au moins {min}\u00a0caractères. Votre successeur devra le changer dès sa première connexion au compte.',

  // Saving
  'passport.company.save': 'Enregistrer les modifications',
  'passport.company.cancel': 'Annuler',
  'passport.company.dirty': 'Vous avez des modifications non enregistrées.',
  'passport.company.saved': 'Les informations de l’entreprise ont été enregistrées.',
  'passport.company.savedPassword': 'Le mot de passe du compte de l’entreprise a été modifié.',
  'passport.company.savedBoth': 'Les informations de l’entreprise et le mot de passe du compte ont été enregistrés.',
  'passport.company.nothingToSave': 'Aucune modification à enregistrer.',
  'passport.company.restored': 'Les informations enregistrées ont été rétablies.',
  'passport.company.emailUnavailable': 'Cette adresse e-mail est déjà l’identifiant d’un autre compte\u202f: saisissez-en une autre.',

  // Someone else saved in between (412)
  'passport.company.conflict.title': 'Ces informations ont été modifiées entre-temps',
  'passport.company.conflict.body':
    'Quelqu’un d’autre a enregistré des modifications depuis l’ouverture de cette fiche. Vos saisies sont conservées\u202f: rechargez les informations à jour, vérifiez-les, puis enregistrez de nouveau.',
  'passport.company.conflict.reload': 'Recharger les informations à jour',
  'passport.company.conflict.reloading': 'Chargement des informations à jour…',
  'passport.company.conflict.reloaded':
    'Informations à jour rechargées. Vos saisies sont conservées\u202f: vérifiez-les, puis enregistrez ou annulez.',
  'passport.company.conflict.changes': 'Valeurs enregistrées entre-temps\u202f:',
  'passport.company.conflict.noChanges': 'Les valeurs que vous modifiez n’ont pas changé entre-temps.',

  // The handover (seed « ETAPE 2 : passage de relais »)
  'passport.company.handover.important': 'IMPORTANT',
  'passport.company.handover.question': 'Que devient le mot de passe du compte de l’entreprise\u202f?',
  'passport.company.handover.tip':
    'Si vous ne souhaitez pas divulguer le mot de passe personnalisé de ce compte, deux solutions s’offrent à vous\u202f: définir un mot de passe temporaire que vous communiquerez à votre successeur, ou lui demander de réinitialiser le mot de passe.',
  'passport.company.handover.confirm.title': 'Confirmer le passage de relais',
  'passport.company.handover.confirm.intro':
    'Vous allez confier le compte de l’entreprise à une nouvelle personne référente Passeport Sécurité.',
  'passport.company.handover.confirm.referent': 'Nouvelle personne référente',
  'passport.company.handover.confirm.login': 'Nouvel identifiant de connexion',
  'passport.company.handover.confirm.password': 'Mot de passe',
  'passport.company.handover.confirm.consequence':
    'Une fois le relais passé, vous ne serez plus la personne référente désignée\u202f: {name} deviendra notre contact privilégié et recevra les informations du compte de l’entreprise et des comptes de vos salariés.',
  'passport.company.handover.confirm.submit': 'Confirmer le passage de relais',
  'passport.company.handover.confirm.back': 'Revenir au formulaire',
  'passport.company.handover.done':
    'Le passage de relais est fait\u202f: {name} est désormais la personne référente Passeport Sécurité, et {email} l’identifiant de connexion au compte de l’entreprise.',

  // Linked spaces, from the company information
  'passport.company.link': 'Lier ce compte entreprise à mon compte utilisateur',
  'passport.company.link.linked': 'Ce compte entreprise est lié à votre compte utilisateur.',

  // The e-mail domain of every employee account (seed « Astuces »)
  'passport.company.domain.toggle': 'Changer le nom de domaine des adresses e-mail de vos salariés',
  'passport.company.domain.intro':
    'Si le nom de domaine de votre entreprise change, faites évoluer en une seule fois l’ensemble des adresses e-mail professionnelles associées aux comptes de vos salariés inscrits.',
  'passport.company.domain.from': 'Nom de domaine actuel',
  'passport.company.domain.from.hint': 'La partie après «\u202f@\u202f», par exemple entreprise.fr.',
  'passport.company.domain.to': 'Nouveau nom de domaine',
  'passport.company.domain.to.hint': 'Par exemple nouvelle-entreprise.fr.',
  'passport.company.domain.preview': 'Voir les comptes concernés',
  'passport.company.domain.preview.title.one': '{count}\u00a0compte va changer',
  'passport.company.domain.preview.title.other': '{count}\u00a0comptes vont changer',
  'passport.company.domain.preview.example': 'Par exemple, prenom.nom@{from} deviendra prenom.nom@{to}.',
  'passport.company.domain.preview.stay': 'Ne changent pas\u202f:',
  'passport.company.domain.preview.otherDomain.one': '{count}\u00a0compte avec une adresse sur un autre nom de domaine',
  'passport.company.domain.preview.otherDomain.other': '{count}\u00a0comptes avec une adresse sur un autre nom de domaine',
  'passport.company.domain.preview.noEmail.one': '{count}\u00a0compte sans adresse e-mail',
  'passport.company.domain.preview.noEmail.other': '{count}\u00a0comptes sans adresse e-mail',
  'passport.company.domain.preview.referent':
    'L’adresse du référent ne change pas ici\u202f: c’est l’identifiant du compte de l’entreprise, modifiable dans «\u202fAdresse e-mail du référent\u202f».',
  'passport.company.domain.none': 'Aucun compte de salarié n’a d’adresse sur le nom de domaine {from}\u202f: rien à changer.',
  'passport.company.domain.confirm.one': 'Changer {count}\u00a0adresse',
  'passport.company.domain.confirm.other': 'Changer les {count}\u00a0adresses',
  'passport.company.domain.back': 'Modifier les noms de domaine',
  'passport.company.domain.cancel': 'Annuler',
  'passport.company.domain.done.one': '{count}\u00a0adresse e-mail est passée du domaine {from} au domaine {to}.',
  'passport.company.domain.done.other': '{count}\u00a0adresses e-mail sont passées du domaine {from} au domaine {to}.',
  'passport.company.domain.close': 'Fermer',
} as const;
