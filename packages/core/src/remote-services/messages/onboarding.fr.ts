/**
 * X-I18N — the French texts of RS-ONB (keys `rs.onboarding.*`). French typography: a narrow no-break space
 * (U+202F) before « : », « ; », « ? », « ! » and inside « »; counts use ICU plurals.
 */
export const remoteOnboardingFr = {
  'rs.onboarding.title': 'Inscription à MySecuritas Remote Services',
  'rs.onboarding.stepCount': 'Étape {index} sur {total}',
  'rs.onboarding.steps': 'Étapes de l’inscription',
  'rs.onboarding.stepDone': 'terminée',
  'rs.onboarding.step.invitation': 'Invitation',
  'rs.onboarding.step.login': 'Connexion',
  'rs.onboarding.step.email': 'Adresse e-mail',
  'rs.onboarding.step.check-email': 'Lien reçu par e-mail',
  'rs.onboarding.step.password': 'Mot de passe',
  'rs.onboarding.step.terms-mysecuritas': 'Conditions de MySecuritas',
  'rs.onboarding.step.terms-remote': 'Conditions de Remote Services',
  'rs.onboarding.step.id-pin': 'ID & PIN',
  'rs.onboarding.step.contact': 'Informations de contact',
  'rs.onboarding.back': 'Retour',
  'rs.onboarding.exit': 'Quitter l’inscription',

  'rs.onboarding.noToken': 'Ouvrez le lien de votre invitation pour commencer l’inscription.',
  'rs.onboarding.loading': 'Chargement de votre invitation…',
  'rs.onboarding.loadFailed': 'Votre invitation n’a pas pu être chargée.',
  'rs.onboarding.stepLoading': 'Chargement de l’étape…',
  'rs.onboarding.stepFailed': 'Cette étape n’a pas pu être chargée.',

  'rs.onboarding.invitation.title': 'Vous êtes invité à MySecuritas Remote Services',
  'rs.onboarding.invitation.intro.id-pin':
    '{invitedBy} vous invite à suivre la télésurveillance de vos sites. Votre invitation contient un ID et un PIN\u202f: gardez-les à portée de main.',
  'rs.onboarding.invitation.intro.automatic':
    '{invitedBy} vous invite à suivre la télésurveillance de vos sites. Vos sites seront reliés automatiquement à votre compte.',
  'rs.onboarding.invitation.expires': 'Invitation valable jusqu’au {date}.',
  'rs.onboarding.invitation.question': 'Avez-vous déjà un compte MySecuritas\u202f?',
  'rs.onboarding.invitation.existing': 'Oui, me connecter',
  'rs.onboarding.invitation.new': 'Non, créer un compte',

  'rs.onboarding.login.title': 'Connectez-vous avec votre compte MySecuritas',
  'rs.onboarding.login.titleNew': 'Connectez-vous avec votre nouveau compte',
  'rs.onboarding.login.email': 'Adresse e-mail',
  'rs.onboarding.login.password': 'Mot de passe',
  'rs.onboarding.login.submit': 'Se connecter',

  'rs.onboarding.email.resent': 'E-mail renvoyé.',

  'rs.onboarding.checkEmail.title': 'Consultez votre messagerie',
  'rs.onboarding.checkEmail.sent':
    'Nous avons envoyé un e-mail à {email}. Cliquez sur son lien pour choisir votre mot de passe. Si cette adresse a déjà un compte MySecuritas, l’e-mail vous le dit\u202f: connectez-vous alors avec ce compte.',
  'rs.onboarding.checkEmail.waiting':
    'Le lien peut s’ouvrir dans un autre onglet\u202f: cette page passera d’elle-même à l’étape suivante.',
  'rs.onboarding.checkEmail.resend': 'Renvoyer l’e-mail',
  'rs.onboarding.checkEmail.change': 'Modifier l’adresse e-mail',
  'rs.onboarding.checkEmail.existing': 'J’ai déjà un compte MySecuritas',

  'rs.onboarding.password.title': 'Choisissez votre mot de passe',
  'rs.onboarding.password.new': 'Nouveau mot de passe',
  'rs.onboarding.password.confirm': 'Confirmez le mot de passe',
  'rs.onboarding.password.rule':
    'Au moins {min} caractères, sans autre règle\u202f: une phrase facile à retenir fait un excellent mot de passe.',
  'rs.onboarding.password.count': '{count, plural, one {# caractère} other {# caractères}}, {min} au minimum',
  'rs.onboarding.password.submit': 'Enregistrer le mot de passe',
  'rs.onboarding.password.error.too-short': 'Le mot de passe doit comporter au moins {min} caractères.',
  'rs.onboarding.password.error.too-long': 'Le mot de passe ne doit pas dépasser {max} caractères.',
  'rs.onboarding.password.error.mismatch': 'Les deux mots de passe ne sont pas identiques.',
  'rs.onboarding.password.error.common':
    'Ce mot de passe est trop courant\u202f: il serait vite deviné. Choisissez-en un autre, par exemple une phrase de quelques mots.',
  'rs.onboarding.password.error.rejected': 'Ce mot de passe n’a pas été accepté. Choisissez-en un autre.',

  'rs.onboarding.ended.title': 'Impossible de poursuivre l’inscription',
  'rs.onboarding.ended.unknown':
    'Ce lien d’invitation n’est pas reconnu. Vérifiez que vous avez ouvert le lien complet de l’e-mail, ou demandez une nouvelle invitation à Securitas ou au collègue qui vous a invité.',
  'rs.onboarding.ended.expired': 'Cette invitation a expiré. Demandez-en une nouvelle à Securitas ou au collègue qui vous a invité.',
  'rs.onboarding.ended.link-unknown': 'Ce lien n’est pas reconnu. Rouvrez le lien de votre invitation pour recevoir un nouvel e-mail.',
  'rs.onboarding.ended.link-expired':
    'Ce lien pour choisir votre mot de passe a expiré. Rouvrez le lien de votre invitation pour en recevoir un nouveau.',
  'rs.onboarding.ended.link-used':
    'Ce lien a déjà servi\u202f: votre mot de passe est choisi. Rouvrez le lien de votre invitation pour vous connecter.',
  'rs.onboarding.ended.already-completed':
    'Cette invitation a déjà servi\u202f: l’inscription est terminée. Connectez-vous à MySecuritas pour accéder à vos sites.',

  'rs.onboarding.error.credentials': 'Adresse e-mail ou mot de passe incorrect.',
  'rs.onboarding.error.wait': 'Trop de tentatives infructueuses. Réessayez à partir de {time}.',
  'rs.onboarding.error.moved': 'L’inscription a avancé ailleurs (dans un autre onglet, par exemple)\u202f: voici où elle en est.',
  'rs.onboarding.error.check': 'Vérifiez les champs signalés.',
  'rs.onboarding.error.invalid': 'Cette valeur n’est pas acceptée.',
  'rs.onboarding.error.failed': 'La demande n’a pas abouti.',
} as const;
