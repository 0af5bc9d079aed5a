/**
 * X-I18N — the French texts of `<company-registration>` (PP-REGISTER, seed 004 « INSCRIPTION
 * ENTREPRISE SOUS-TRAITANTE »): the seed's labels, its « Exemple » hints and its advice on the
 * referent and the password. The field issues are core's (`passport.field.*`).
 * French typography: a narrow no-break space (U+202F) before « : », « ? », « ! » and inside « ».
 */
export const passportRegistrationFr = {
  'passport.registration.title': 'Inscription entreprise sous-traitante',
  'passport.registration.requiredNote': 'Tous les champs marqués d’un * sont obligatoires.',
  'passport.registration.siret': 'Numéro de SIRET',
  'passport.registration.siret.hint': '14 chiffres, espaces acceptés. Exemple\u202f: 732\u00a0829\u00a0320\u00a000074',
  'passport.registration.noSiret': 'Vous n’avez pas de numéro SIRET\u202f?',
  'passport.registration.vat': 'Numéro de TVA intracommunautaire',
  'passport.registration.vat.hint': 'Le code du pays, puis le numéro. Exemples\u202f: FR40303265045, DE123456789',
  'passport.registration.hasSiret': 'J’ai un numéro de SIRET',
  'passport.registration.companyName': 'Nom de l’entreprise',
  'passport.registration.regions': 'Régions d’intervention',
  'passport.registration.regions.hint': 'Sélectionnez la ou les régions.',
  'passport.registration.referent.what': 'Qu’est-ce que le référent\u202f?',
  'passport.registration.referent.whatHelp':
    'Le référent Passeport Sécurité est la personne qui gère, au sein de l’entreprise, toutes les questions relatives aux formations sécurité des collaborateurs. C’est lui qui recevra toutes les informations relatives au compte de l’entreprise et aux comptes des collaborateurs rattachés.',
  'passport.registration.lastName': 'Nom du référent',
  'passport.registration.lastName.hint': 'Exemple\u202f: Dupont',
  'passport.registration.firstName': 'Prénom du référent',
  'passport.registration.firstName.hint': 'Exemple\u202f: Baptiste',
  'passport.registration.email': 'Adresse e-mail du référent',
  'passport.registration.email.hint':
    'Elle sera l’identifiant de connexion du compte de l’entreprise. Exemple\u202f: baptiste@entreprise.fr',
  'passport.registration.emailConfirmation': 'Confirmation d’adresse e-mail du référent',
  'passport.registration.password': 'Nouveau mot de passe',
  'passport.registration.password.hint':
    'Au moins {min}\u00a0caractères. Vous serez la seule personne à connaître ce mot de passe\u202f: veillez à bien le mémoriser.',
  'passport.registration.password.count': '{count, plural, one {#\u00a0caractère} other {#\u00a0caractères}}, {min} au minimum',
  'passport.registration.passwordConfirmation': 'Confirmation du nouveau mot de passe',
  'passport.registration.captcha': 'Vérification anti-robot',
  'passport.registration.captcha.checking': 'Vérification anti-robot en cours…',
  'passport.registration.captcha.refused':
    'La vérification anti-robot n’a pas été acceptée ou a expiré\u202f: refaites-la, puis envoyez de nouveau le formulaire.',
  'passport.registration.submit': 'Créer le compte entreprise',
  'passport.registration.submitting': 'Création du compte en cours…',
  'passport.registration.error.siretTaken':
    'Une entreprise est déjà inscrite avec ce numéro de SIRET. Si c’est la vôtre, connectez-vous avec l’adresse e-mail de son référent, ou vérifiez le numéro.',
  'passport.registration.error.vatTaken':
    'Une entreprise est déjà inscrite avec ce numéro de TVA. Si c’est la vôtre, connectez-vous avec l’adresse e-mail de son référent, ou vérifiez le numéro.',
  'passport.registration.error.invalid': 'Cette valeur n’a pas été acceptée\u202f: vérifiez-la.',
  'passport.registration.passwordsCleared': 'Par sécurité, les mots de passe saisis ont été effacés\u202f: saisissez-les de nouveau.',
  // Point 4: the same page whether the address was free or already a login (its owner is e-mailed then).
  'passport.registration.done.title': 'Demande d’inscription enregistrée',
  'passport.registration.done.text':
    'La demande d’inscription de l’entreprise «\u202f{companyName}\u202f» est enregistrée. Un e-mail a été envoyé au référent, à l’adresse {email}.',
  'passport.registration.done.login':
    'Pour vous connecter, utilisez cette adresse e-mail et le mot de passe que vous venez de choisir. Si cette adresse était déjà l’identifiant d’un compte, l’e-mail vous indique comment y accéder.',
  'passport.registration.done.spam': 'Vous n’avez pas reçu l’e-mail\u202f? Pensez à vérifier vos spams.',
  'passport.registration.done.signIn': 'Se connecter',
} as const;
