/**
 * X-I18N — the payslip vault's French messages (VA-*). The texts of seeds 002 and 003 are quoted
 * as the seeds give them (the lock message, the lost-identifier form, the paper request's
 * data-policy paragraph and consent); `{name}` placeholders are filled by `translate`.
 * Field issues are `vault.field.<FieldIssueCode>`, password issues `vault.password.error.<PasswordIssue>`.
 */
export const vaultFr = {
  // VA-LOGIN
  'vault.login.title': 'Connectez-vous pour accéder à vos bulletins de paie dans votre coffre-fort numérique',
  'vault.login.identifier': 'Identifiant',
  'vault.login.identifier.hint': 'Votre identifiant de 12 chiffres (courrier d’enrôlement) ou votre adresse e-mail personnelle.',
  'vault.login.identifier.where': 'Où le trouver\u202f?',
  'vault.login.identifier.whereHelp':
    'L’identifiant de 12 chiffres figure sur le courrier d’enrôlement que vous avez reçu. Vous pouvez aussi utiliser l’adresse e-mail personnelle renseignée lors de votre première connexion.',
  'vault.login.identifier.unknownFormat':
    'Cet identifiant ne ressemble ni à un numéro de 12 chiffres ni à une adresse e-mail. Vérifiez-le\u202f: vous pouvez tout de même l’envoyer.',
  'vault.login.password': 'Mot de passe',
  'vault.login.password.hint': 'Attention aux majuscules, aux minuscules et aux caractères spéciaux.',
  'vault.login.submit': 'Se connecter',
  'vault.login.submitting': 'Connexion en cours…',
  'vault.login.forgotPassword': 'Mot de passe oublié\u202f?',
  'vault.login.lostIdentifier': 'Identifiant perdu\u202f?',
  'vault.login.error.invalidCredentials':
    'Identifiant ou mot de passe incorrect. Vérifiez votre saisie en faisant attention aux majuscules et aux caractères spéciaux.',
  'vault.login.error.unavailable':
    'La connexion n’a pas abouti. Votre identifiant est conservé : saisissez de nouveau votre mot de passe, puis réessayez.',
  'vault.login.error.unavailable.kept':
    'La connexion n’a pas abouti. Votre identifiant et votre mot de passe sont conservés\u202f: réessayez.',
  'vault.login.error.challengeExpired': 'Le délai de vérification est dépassé. Connectez-vous de nouveau.',
  'vault.login.error.sessionExpired': 'Votre session a expiré. Connectez-vous de nouveau.',
  // Seed 002, question 1, « Compte bloqué » (verbatim), then the same with the time left.
  'vault.login.locked':
    'Votre compte a été temporairement bloqué suite à de trop nombreuses tentatives. Merci de réessayer dans 120 minutes et de vérifier que vous saisissez correctement votre mot de passe en faisant attention aux majuscules et caractères spéciaux.',
  'vault.login.locked.remaining':
    'Votre compte a été temporairement bloqué suite à de trop nombreuses tentatives. Merci de réessayer dans {minutes} minutes et de vérifier que vous saisissez correctement votre mot de passe en faisant attention aux majuscules et caractères spéciaux.',
  'vault.login.locked.remaining.one':
    'Votre compte a été temporairement bloqué suite à de trop nombreuses tentatives. Merci de réessayer dans 1 minute et de vérifier que vous saisissez correctement votre mot de passe en faisant attention aux majuscules et caractères spéciaux.',
  'vault.login.locked.until': 'Nouvelle tentative possible à partir de {time}.',
  'vault.login.locked.over': 'Vous pouvez de nouveau essayer de vous connecter.',
  // Seed 002, « Compte bloqué », steps 5 and 6: {password} and {identifier} are the procedures (links where the page has them).
  'vault.login.locked.help': 'En cas de doute sur votre mot de passe ou votre identifiant, suivez la procédure {password} ou {identifier}.',
  'vault.login.locked.help.password': 'Mot de passe oublié',
  'vault.login.locked.help.identifier': 'Identifiant perdu',
  'vault.login.locked.help.quoted': '«\u202f{name}\u202f»',
  'vault.login.locked.support':
    'Si le message persiste, écrivez au support en précisant votre nom, votre identifiant et, si vous le souhaitez, le nom de votre employeur.',
  'vault.login.signedIn': 'Bonjour {firstName} {lastName}, bienvenue dans votre coffre-fort.',
  'vault.login.signOut': 'Se déconnecter',

  // VA-LOGIN — two-factor step
  'vault.code.title': 'Vérification de votre identité',
  'vault.code.sent.sms': 'Un code de {length} chiffres vient de vous être envoyé par SMS au {destination}.',
  'vault.code.sent.email': 'Un code de {length} chiffres vient de vous être envoyé par e-mail à {destination}.',
  'vault.code.label': 'Code reçu',
  'vault.code.hint': 'Saisissez ou collez les {length} chiffres du code.',
  'vault.code.expiresAt': 'Ce code est valable jusqu’à {time}.',
  'vault.code.expired': 'Ce code a expiré. Demandez-en un nouveau.',
  'vault.code.submit': 'Valider',
  'vault.code.resend': 'Recevoir un nouveau code',
  'vault.code.resendIn': 'Nouveau code possible dans {seconds} s',
  'vault.code.resent': 'Un nouveau code vous a été envoyé.',
  'vault.code.error.invalid': 'Ce code est incorrect.',
  'vault.code.error.attemptsLeft': 'Ce code est incorrect. Essais restants\u202f: {count}.',
  'vault.code.error.tooEarly': 'Patientez encore un peu avant de demander un nouveau code.',
  'vault.code.error.unavailable': 'La vérification n’a pas abouti. Saisissez de nouveau le code, puis réessayez.',
  'vault.code.notReceived': 'Code non reçu\u202f? Vérifiez que votre numéro est à jour ou contactez le support.',
  'vault.code.cancel': 'Revenir à la connexion',

  // VA-LOSTID → VA-LOGIN: the temporary password
  'vault.mustChange.title': 'Personnalisez votre mot de passe provisoire',
  'vault.mustChange.intro': 'Votre mot de passe actuel est provisoire. Choisissez maintenant votre propre mot de passe.',
  'vault.mustChange.submit': 'Enregistrer mon mot de passe',

  // New password (VA-ACTIVATE, VA-RESET, VA-PROFILE, temporary password)
  'vault.password.new': 'Nouveau mot de passe',
  'vault.password.confirm': 'Confirmez le nouveau mot de passe',
  'vault.password.rule': 'Au moins {min} caractères, sans autre règle\u202f: une phrase facile à retenir fait un excellent mot de passe.',
  'vault.password.count': '{count, plural, one {# caractère} other {# caractères}}, {min} au minimum',
  'vault.password.error.too-short': 'Le mot de passe doit comporter au moins {min} caractères.',
  'vault.password.error.too-long': 'Le mot de passe ne doit pas dépasser {max} caractères.',
  'vault.password.error.mismatch': 'Les deux mots de passe ne sont pas identiques.',
  'vault.password.error.common':
    'Ce mot de passe est trop courant\u202f: il figure parmi les plus utilisés et serait vite deviné. Choisissez-en un autre, par exemple une phrase de quelques mots.',
  'vault.password.error.same-as-current': 'Le nouveau mot de passe doit être différent du mot de passe actuel.',
  'vault.password.error.same-as-temporary': 'Le nouveau mot de passe doit être différent du mot de passe provisoire reçu.',
  'vault.password.error.rejected': 'Ce mot de passe n’a pas été accepté. Choisissez-en un autre.',

  // VA-RESET
  'vault.reset.title': 'Mot de passe oublié',
  'vault.reset.intro':
    'Saisissez votre identifiant et l’adresse e-mail renseignée lors de votre première connexion. Vous recevrez un e-mail contenant un lien pour réinitialiser votre mot de passe.',
  'vault.reset.email': 'Adresse e-mail',
  'vault.reset.submit': 'Soumettre',
  'vault.reset.sent':
    'Si ces informations correspondent à un compte, vous allez recevoir un e-mail contenant un lien pour réinitialiser votre mot de passe. Pensez à vérifier vos courriers indésirables.',
  'vault.reset.link.title': 'Réinitialiser mon mot de passe',
  'vault.reset.link.intro': 'Choisissez un nouveau mot de passe, puis saisissez-le une deuxième fois.',
  'vault.reset.link.submit': 'Modifier',
  'vault.reset.link.done': 'Votre mot de passe a été modifié. Reconnectez-vous avec votre nouveau mot de passe.',
  'vault.reset.link.expired': 'Ce lien de réinitialisation a expiré. Faites une nouvelle demande depuis «\u202fMot de passe oublié\u202f».',
  'vault.reset.link.used':
    'Ce lien a déjà été utilisé. Si vous n’êtes pas à l’origine de ce changement, faites une nouvelle demande depuis «\u202fMot de passe oublié\u202f».',
  'vault.reset.link.unknown': 'Ce lien n’est pas valide. Ouvrez le lien complet reçu par e-mail, ou faites une nouvelle demande.',
  'vault.reset.backToLogin': 'Retour à la connexion',
  'vault.reset.link.newRequest': 'Demander un nouveau lien',
  'vault.reset.link.checking': 'Vérification du lien…',

  // VA-LOSTID — seed 002, question 1, « Identifiant erroné/perdu/non reçu »
  'vault.lostId.title': 'Je n’ai plus le courrier avec mes identifiants de connexion',
  'vault.lostId.intro':
    'Vous n’avez pas reçu votre courrier contenant votre identifiant ou vous avez perdu celui-ci\u202f? Recevez vos identifiants par email en remplissant le formulaire ci-dessous. Tous les champs sont obligatoires.',
  'vault.lostId.warning': 'Attention\u202f: cette procédure change aussi votre mot de passe.',
  'vault.lostId.lastName': 'Nom',
  'vault.lostId.firstName': 'Prénom',
  'vault.lostId.birthTown': 'Commune de naissance',
  'vault.lostId.birthMonth': 'Mois de naissance',
  'vault.lostId.birthMonth.placeholder': 'Choisissez un mois',
  'vault.lostId.mobilePhone': 'Numéro de téléphone mobile',
  'vault.lostId.email': 'E-mail',
  'vault.lostId.emailConfirmation': 'Confirmation e-mail',
  'vault.lostId.privateNumber': 'Votre numéro privé',
  'vault.lostId.consent': 'J’ai pris connaissance de la politique de confidentialité et je l’accepte.',
  'vault.lostId.privacyPolicy': 'Politique de confidentialité',
  'vault.lostId.submit': 'Enregistrer',
  'vault.lostId.done':
    'Si ces informations correspondent à un compte, vous allez recevoir par e-mail votre nouvel identifiant et un mot de passe provisoire. À votre prochaine connexion, vous devrez le personnaliser.',
  'vault.lostId.mobilePhone.hint': 'Un numéro de mobile, par exemple 06 75 82 45 32.',
  'vault.lostId.privateNumber.hint': 'Par exemple\u202f: 588157.',
  'vault.month.1': 'janvier',
  'vault.month.2': 'février',
  'vault.month.3': 'mars',
  'vault.month.4': 'avril',
  'vault.month.5': 'mai',
  'vault.month.6': 'juin',
  'vault.month.7': 'juillet',
  'vault.month.8': 'août',
  'vault.month.9': 'septembre',
  'vault.month.10': 'octobre',
  'vault.month.11': 'novembre',
  'vault.month.12': 'décembre',

  // Field issues (FieldIssueCode)
  'vault.field.required': 'Ce champ est obligatoire.',
  'vault.field.invalid-email': 'Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.',
  'vault.field.email-mismatch': 'Les deux adresses e-mail ne sont pas identiques.',
  'vault.field.invalid-phone': 'Saisissez un numéro de mobile valide, par exemple 06 12 34 56 78.',
  'vault.field.invalid-month': 'Choisissez votre mois de naissance dans la liste.',
  'vault.field.consent-required': 'Cochez cette case pour continuer.',
  'vault.field.same-email': 'C’est déjà votre adresse e-mail actuelle.',
  // A server's issue that names no rule of ours (a value its own check refused).
  'vault.field.invalid': 'Cette valeur n’est pas acceptée\u202f: vérifiez votre saisie.',

  // VA-ACTIVATE — seed 003
  'vault.activation.title': 'Activez votre coffre-fort numérique',
  'vault.activation.intro':
    'Pour activer votre coffre-fort, choisissez votre mot de passe, vérifiez vos informations personnelles et acceptez les conditions générales d’utilisation.',
  'vault.activation.expiresOn': 'Ce lien d’activation est valable jusqu’au {date}.',
  'vault.activation.person.title': 'Vos informations personnelles',
  'vault.activation.person.intro': 'Vérifiez ces informations et corrigez-les si besoin.',
  'vault.activation.terms': 'J’ai lu et j’accepte les conditions générales d’utilisation.',
  'vault.activation.termsLink': 'Conditions générales d’utilisation',
  'vault.activation.sms.intro': 'Pour terminer, saisissez le code de {length} chiffres reçu par SMS au {destination}.',
  'vault.activation.sms.send': 'Recevoir le code par SMS',
  'vault.activation.submit': 'Activer mon coffre-fort',
  'vault.activation.done': 'Votre coffre-fort est activé. Bienvenue dans votre espace personnel.',
  'vault.activation.expired':
    'Ce lien d’activation a expiré\u202f: il est valable {days} jours. Demandez un nouveau lien à votre service RH.',
  'vault.activation.used': 'Ce coffre-fort est déjà activé. Connectez-vous avec votre identifiant et votre mot de passe.',
  'vault.activation.unknown':
    'Ce lien d’activation n’est pas valide. Ouvrez le lien complet reçu par e-mail, ou demandez un nouveau lien à votre service RH.',
  'vault.activation.noEmail':
    'Vous n’avez pas reçu l’e-mail d’invitation\u202f? Vérifiez vos courriers indésirables ou contactez votre service RH.',
  'vault.activation.step': 'Étape {step} sur {total}',
  'vault.activation.next': 'Continuer',
  'vault.activation.back': 'Étape précédente',
  'vault.activation.password.title': 'Choisissez votre mot de passe',
  'vault.activation.terms.title': 'Acceptez les conditions d’utilisation',
  'vault.activation.terms.newWindow': '(s’ouvre dans une nouvelle fenêtre)',
  'vault.activation.person.hr':
    'Une information est inexacte et vous ne pouvez pas la corriger ici (votre employeur, par exemple)\u202f? Signalez-le à votre service RH, qui la corrigera.',
  'vault.activation.error': 'Impossible de vérifier votre lien d’activation.',

  // VA-PROFILE — seed 002, questions 2, 3 and 4
  'vault.profile.title': 'Mes informations de profil',
  'vault.profile.identifier': 'Identifiant',
  'vault.profile.name': 'Nom',
  'vault.profile.email': 'Adresse e-mail personnelle',
  'vault.profile.email.new': 'Nouvelle adresse e-mail',
  'vault.profile.email.confirm': 'Confirmez la nouvelle adresse e-mail',
  'vault.profile.email.change': 'Changer d’adresse e-mail',
  'vault.profile.email.save': 'Enregistrer',
  'vault.profile.email.unavailable': 'Cette adresse e-mail ne peut pas être utilisée. Choisissez-en une autre.',
  'vault.profile.password.change': 'Changer de mot de passe',
  'vault.profile.password.current': 'Mot de passe actuel',
  'vault.profile.password.save': 'Modifier le mot de passe',
  'vault.profile.password.saved': 'Votre mot de passe a été modifié.',
  'vault.profile.password.wrongCurrent': 'Le mot de passe actuel est incorrect.',
  'vault.profile.identifierChange':
    'Pour changer d’identifiant, changez votre adresse e-mail ou suivez la procédure «\u202fIdentifiant perdu\u202f» (elle change aussi votre mot de passe).',
  'vault.profile.secondFactor.off': 'Vérification en deux étapes\u202f: désactivée',
  'vault.profile.secondFactor.sms': 'Vérification en deux étapes\u202f: code par SMS',
  'vault.profile.secondFactor.email': 'Vérification en deux étapes\u202f: code par e-mail',
  'vault.profile.paperless.on': 'Vous recevez vos bulletins de paie dans votre coffre-fort numérique.',
  'vault.profile.paperless.off':
    'Vous avez demandé à recevoir vos bulletins de paie au format papier. Pour revenir au bulletin électronique, contactez le support.',
  'vault.profile.error': 'Impossible de charger votre profil.',
  'vault.profile.signedOut': 'Connectez-vous à votre coffre-fort pour voir et modifier vos informations de profil.',
  'vault.profile.identifier.masked': 'Identifiant masqué, se terminant par {digits}',
  'vault.profile.cancel': 'Annuler',
  // X-SEC — changing the e-mail (a login identifier): the current password, then a confirmation link
  'vault.profile.email.passwordHint': 'Votre adresse e-mail sert aussi à vous connecter : confirmez qu’il s’agit bien de vous.',
  'vault.profile.email.confirmNote':
    'Un lien de confirmation sera envoyé à la nouvelle adresse. Elle deviendra votre identifiant une fois ce lien suivi ; d’ici là, connectez-vous avec votre adresse actuelle.',
  'vault.profile.email.sent':
    'Un lien de confirmation a été envoyé à votre nouvelle adresse e-mail. Suivez-le pour terminer le changement.',
  'vault.profile.email.pending': 'Nouvelle adresse en attente de confirmation',
  'vault.profile.email.pendingNote':
    'Suivez le lien envoyé à cette adresse avant le {date} à {time}. D’ici là, votre adresse actuelle reste votre identifiant.',
  'vault.profile.email.pendingNote.noDate':
    'Suivez le lien envoyé à cette adresse. D’ici là, votre adresse actuelle reste votre identifiant.',
  'vault.profile.email.locked': 'Trop de mots de passe erronés : votre compte est temporairement bloqué. Réessayez à partir de {time}.',

  // VA-PROFILE, X-SEC — the page of the e-mail-change confirmation link (<vault-email-confirmation>)
  'vault.emailConfirmation.title': 'Confirmation de ma nouvelle adresse e-mail',
  'vault.emailConfirmation.checking': 'Confirmation de votre nouvelle adresse…',
  'vault.emailConfirmation.done': 'Votre adresse e-mail est désormais {email}. Elle vous sert aussi d’identifiant de connexion.',
  'vault.emailConfirmation.expired':
    'Ce lien de confirmation a expiré. Connectez-vous avec votre adresse actuelle et refaites le changement depuis « Mes informations de profil ».',
  'vault.emailConfirmation.used':
    'Ce lien a déjà été utilisé : votre adresse e-mail a déjà été changée. Connectez-vous avec la nouvelle adresse.',
  'vault.emailConfirmation.unknown':
    'Ce lien n’est pas valide. Ouvrez le lien complet reçu par e-mail, ou refaites le changement depuis « Mes informations de profil ».',
  'vault.emailConfirmation.unavailable':
    'Cette adresse e-mail est déjà celle d’un autre coffre-fort : elle ne peut pas devenir votre identifiant. Pour regrouper vos coffres, contactez le support.',
  'vault.emailConfirmation.error': 'Impossible de confirmer votre nouvelle adresse pour le moment.',

  // VA-DOCS — seed 002, questions 5 and 6; seed 003, « Étape 4 »
  'vault.documents.title': 'Mes documents',
  'vault.documents.folders': 'Dossiers',
  'vault.documents.folder.count': '{count, plural, one {# document} other {# documents}}',
  'vault.documents.year': 'Année {year}',
  'vault.documents.column.date': 'Déposé le',
  'vault.documents.column.size': 'Taille',
  'vault.documents.column.actions': 'Actions',
  'vault.documents.open': 'Ouvrir «\u202f{title}\u202f»',
  'vault.documents.download': 'Télécharger «\u202f{title}\u202f» (PDF, {size})',
  'vault.documents.print': 'Imprimer «\u202f{title}\u202f»',
  'vault.documents.archive': 'Archiver «\u202f{title}\u202f»',
  'vault.documents.restore': 'Désarchiver «\u202f{title}\u202f»',
  'vault.documents.move': 'Classer «\u202f{title}\u202f» dans un autre dossier',
  'vault.documents.move.label': 'Dossier de destination',
  'vault.documents.move.submit': 'Classer',
  'vault.documents.archives': 'Archives',
  'vault.documents.archived': '«\u202f{title}\u202f» a été archivé.',
  'vault.documents.restored': '«\u202f{title}\u202f» a été remis dans le dossier «\u202f{folder}\u202f».',
  'vault.documents.moved': '«\u202f{title}\u202f» a été classé dans le dossier «\u202f{folder}\u202f».',
  'vault.documents.latest': 'Dernier bulletin\u202f: {title}',
  'vault.documents.error': 'Impossible de charger vos documents.',
  'vault.documents.error.action': 'L’opération n’a pas abouti. Réessayez.',
  'vault.documents.error.pdf': 'Impossible d’ouvrir ce document. Réessayez.',
  'vault.documents.empty.noPayslip.title': 'Aucun bulletin de paie pour le moment',
  'vault.documents.empty.noPayslip':
    'Vos bulletins de paie apparaîtront ici dès que votre employeur les aura déposés. Si vous venez d’arriver dans l’entreprise, c’est normal\u202f: vos premiers bulletins arrivent après le premier dépôt de la paie par votre employeur.',
  'vault.documents.empty.folder': 'Ce dossier ne contient aucun document.',
  'vault.documents.empty.archive': 'Vous n’avez archivé aucun document.',
  'vault.documents.notSeeing.title': 'Vous ne voyez pas vos derniers documents\u202f?',
  'vault.documents.notSeeing':
    'Vérifiez que vous vous connectez bien sur {site}, et non sur un autre site. Sélectionnez ensuite le dossier «\u202fBulletins de paie\u202f», puis l’année en cours et le dernier bulletin.',
  'vault.documents.signedOut': 'Connectez-vous à votre coffre-fort pour voir vos documents.',
  'vault.documents.refreshFailed': 'Impossible d’actualiser vos documents. La liste affichée est celle du dernier chargement.',
  'vault.documents.undo': 'Annuler',
  'vault.documents.move.cancel': 'Annuler',
  'vault.documents.action.download': 'Télécharger',
  'vault.documents.action.print': 'Imprimer',
  'vault.documents.action.move': 'Classer',
  'vault.documents.action.archive': 'Archiver',
  'vault.documents.action.restore': 'Désarchiver',
  'vault.documents.viewer.fallback': 'Le document ne s’affiche pas\u202f? {download}',
  'vault.documents.viewer.download': 'Téléchargez-le.',
  'vault.documents.folder.origin': 'Dossier d’origine\u202f: {folder}',
  'vault.documents.error.print': 'Impossible d’imprimer depuis cette page\u202f: utilisez le bouton d’impression de l’aperçu du document.',

  // VA-PAPER — seed 002, question 8
  'vault.paper.title': 'Demande de distribution des bulletins de paie au format papier',
  'vault.paper.intro':
    'Vous pouvez refuser la dématérialisation de vos bulletins de paie. Renseignez votre identifiant, votre mot de passe et votre employeur, acceptez la politique des données personnelles, puis validez\u202f: vous confirmerez ensuite votre demande.',
  'vault.paper.identifier': 'Identifiant',
  'vault.paper.password': 'Mot de passe',
  'vault.paper.forgotPassword': 'Mot de passe perdu\u202f?',
  'vault.paper.employer': 'Employeur',
  'vault.paper.dataPolicy.title': 'Politique des données personnelles',
  'vault.paper.dataPolicy':
    'Dans le cadre de votre demande de changement de format de distribution de vos bulletins de paie, les données personnelles collectées par Cecurity.com seront conservées à des fins de preuve et pourront être transmises à votre employeur pour faciliter la gestion du passage du bulletin électronique au bulletin papier.',
  'vault.paper.consent':
    'J’ai pris connaissance de la politique des données personnelles et j’accepte la collecte, la transmission à mon employeur et la conservation des données par Cecurity.com',
  'vault.paper.submit': 'Valider',
  'vault.paper.confirm.title': 'Confirmez votre demande',
  'vault.paper.confirm.text':
    '{firstName} {lastName}, vous demandez à recevoir désormais vos bulletins de paie au format papier. Votre employeur, {employer}, en sera informé.',
  'vault.paper.confirm.submit': 'Confirmer ma demande',
  'vault.paper.confirm.cancel': 'Annuler',
  'vault.paper.confirm.expired': 'Le délai de confirmation est dépassé. Recommencez votre demande.',
  'vault.paper.done.title': 'Votre demande a bien été prise en compte',
  'vault.paper.done.reference': 'Référence de la demande\u202f: {reference}',
  'vault.paper.done.text':
    'Demande enregistrée le {date} à {time} pour {firstName} {lastName} (identifiant {identifier}). Employeur\u202f: {employer}. Vous recevrez désormais vos bulletins de paie au format papier.',
  'vault.paper.done.print': 'Imprimer cette confirmation',
  'vault.paper.done.reactivate': 'Pour revenir plus tard au bulletin électronique, contactez le support.',
  'vault.paper.restart': 'Recommencer ma demande',

  // VA-SUPPORT — seed 002, questions 1, 7 and 9
  'vault.support.title': 'Besoin d’aide\u202f?',
  'vault.support.contact': 'Contactez le support par e-mail à {email} ou par téléphone au {phone}, {hours}.',
  'vault.support.email': 'Écrire au support ({email})',
  'vault.support.phone': 'Appeler le support ({phone})',
  'vault.support.merge':
    'Vous avez plusieurs coffres-forts et souhaitez les fusionner\u202f? Votre demande doit impérativement passer par le support.',
  'vault.support.reactivate':
    'Vous avez refusé la dématérialisation et souhaitez revenir au bulletin électronique\u202f? Votre demande doit impérativement passer par le support.',
} as const;
