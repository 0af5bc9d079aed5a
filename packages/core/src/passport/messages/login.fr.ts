/**
 * X-I18N — the French texts of `<passport-login>` (PP-LOGIN, seed 004 « CONNEXION », the
 * dashboard's greeting and the annex « IDENTIFIANTS OUBLIÉS »), with the must-change-password step
 * of a handover (PP-SPACES). The seed's « mail » is written « e-mail », as everywhere in Vigie.
 * French typography: a narrow no-break space (U+202F) before « : », « ? », « ! » and inside « ».
 */
export const passportLoginFr = {
  'passport.login.title': 'Connexion',
  'passport.login.intro': 'Connectez-vous à l’espace de votre entreprise avec l’adresse e-mail du référent et le mot de passe du compte.',
  'passport.login.email': 'Adresse e-mail',
  'passport.login.email.hint': 'L’adresse e-mail du référent, associée au compte de l’entreprise.',
  'passport.login.password': 'Mot de passe',
  'passport.login.password.hint': 'Attention aux majuscules, aux minuscules et aux caractères spéciaux.',
  'passport.login.submit': 'Je me connecte',
  'passport.login.submitting': 'Connexion en cours…',
  'passport.login.forgot': 'Mot de passe oublié\u202f?',
  'passport.login.register': 'Votre entreprise n’a pas encore de compte\u202f? Inscrivez-la',
  'passport.login.error.invalidCredentials':
    'Adresse e-mail ou mot de passe incorrect. Vérifiez votre saisie, en faisant attention aux majuscules et aux caractères spéciaux.',
  'passport.login.error.throttled':
    'Trop de tentatives de connexion à la suite avec cette adresse. Par sécurité, patientez avant de réessayer, et vérifiez que vous saisissez correctement votre mot de passe en faisant attention aux majuscules et aux caractères spéciaux.',
  'passport.login.throttled.wait': 'Nouvelle tentative possible dans {wait}.',
  'passport.login.throttled.seconds.one': '{count}\u00a0seconde',
  'passport.login.throttled.seconds.other': '{count}\u00a0secondes',
  'passport.login.throttled.minutes.one': '{count}\u00a0minute',
  'passport.login.throttled.minutes.other': '{count}\u00a0minutes',
  'passport.login.throttled.over': 'Vous pouvez de nouveau essayer de vous connecter.',
  'passport.login.error.sessionExpired': 'Votre session a expiré. Connectez-vous de nouveau.',
  'passport.login.error.challengeExpired':
    'Le délai pour choisir votre mot de passe est dépassé. Connectez-vous de nouveau avec le mot de passe temporaire.',
  'passport.login.signedIn.title': 'Bienvenue\u202f!',
  'passport.login.welcome': 'Félicitations, vous voici dans votre espace entreprise\u202f!',
  'passport.login.signedInAs':
    'Session ouverte\u202f: {firstName} {lastName}, personne référente de l’entreprise «\u202f{companyName}\u202f».',
  'passport.login.signOut': 'Se déconnecter',
  'passport.login.signedOut': 'Votre session est fermée.',
  'passport.login.mustChange.title': 'Choisissez votre mot de passe',
  'passport.login.mustChange.intro':
    'Le mot de passe utilisé est temporaire. Choisissez votre propre mot de passe pour accéder à l’espace de l’entreprise.',
  'passport.login.mustChange.password': 'Nouveau mot de passe',
  'passport.login.mustChange.password.hint':
    'Au moins {min}\u00a0caractères. Vous serez la seule personne à le connaître\u202f: veillez à bien le mémoriser.',
  'passport.login.mustChange.count': '{count, plural, one {#\u00a0caractère} other {#\u00a0caractères}}, {min} au minimum',
  'passport.login.mustChange.confirmation': 'Confirmation du nouveau mot de passe',
  'passport.login.mustChange.submit': 'Enregistrer et me connecter',
  'passport.login.mustChange.rejected': 'Ce mot de passe n’a pas été accepté\u202f: choisissez-en un autre.',
  'passport.login.cancel': 'Annuler',
  'passport.login.forgot.title': 'Identifiants oubliés',
  'passport.login.forgot.intro': 'Saisissez votre adresse e-mail et cliquez sur «\u202fRedéfinir mon mot de passe\u202f».',
  'passport.login.forgot.email': 'Adresse e-mail',
  'passport.login.forgot.email.hint': 'Exemple\u202f: exemple@domaine.fr',
  'passport.login.forgot.submit': 'Redéfinir mon mot de passe',
  'passport.login.forgot.sent':
    'Si un compte est bien associé à cette adresse sur notre base, la procédure de réinitialisation sera transmise directement sur votre adresse e-mail.',
  'passport.login.forgot.notReceived': 'Vous n’avez pas reçu l’e-mail\u202f?',
  'passport.login.forgot.spam': 'Pensez à vérifier vos spams.',
  'passport.login.forgot.contact':
    'S’il ne s’y trouve pas, rapprochez-vous de votre interlocuteur habituel pour qu’il vous accompagne dans la suite de votre démarche.',
  'passport.login.forgot.back': 'Retour à la connexion',
  // <passport-password-reset>: the page of the e-mailed reset link (point 11).
  'passport.reset.title': 'Redéfinir le mot de passe',
  'passport.reset.intro':
    'Choisissez le nouveau mot de passe du compte de l’entreprise. Vous serez la seule personne à le connaître\u202f: veillez à bien le mémoriser.',
  'passport.reset.checking': 'Vérification du lien en cours…',
  'passport.reset.password': 'Nouveau mot de passe',
  'passport.reset.password.hint': 'Au moins {min}\u00a0caractères.',
  'passport.reset.confirmation': 'Confirmation du nouveau mot de passe',
  'passport.reset.submit': 'Enregistrer le mot de passe',
  'passport.reset.rejected': 'Ce mot de passe n’a pas été accepté\u202f: choisissez-en un autre.',
  'passport.reset.done': 'Le mot de passe est enregistré. Connectez-vous avec l’adresse e-mail du référent et ce nouveau mot de passe.',
  'passport.reset.signIn': 'Se connecter',
  'passport.reset.noLink':
    'Cette page s’ouvre depuis le lien reçu par e-mail après «\u202fMot de passe oublié\u202f?\u202f». Aucun lien n’a été trouvé.',
  'passport.reset.expired':
    'Ce lien n’est plus valable. Demandez-en un nouveau avec «\u202fMot de passe oublié\u202f?\u202f» sur la page de connexion.',
  'passport.reset.used':
    'Ce lien a déjà servi. Connectez-vous avec le mot de passe choisi, ou demandez un nouveau lien avec «\u202fMot de passe oublié\u202f?\u202f».',
  'passport.reset.unknown':
    'Ce lien n’est pas reconnu. Vérifiez qu’il est complet, ou demandez-en un nouveau avec «\u202fMot de passe oublié\u202f?\u202f».',
  'passport.reset.toLogin': 'Aller à la page de connexion',
} as const;
