/**
 * X-I18N — the French texts of `<employee-enrollment>` (PP-ENROLL: « Inscrire un nouveau salarié »
 * and « Modifier un salarié », seed 004). The seed's wording is quoted where it gives one (labels,
 * questions, « Attention », the SNBPE reciprocity, « L’utilisateur a bien été créé », what happens
 * next). The profiles, modules, SNBPE create-only warning and field issues are core texts
 * (`core.fr.ts`). French typography: a narrow no-break space (U+202F) before « : », « ? » and inside « ».
 */
export const passportEnrollmentFr = {
  'passport.enrollment.title.create': 'Inscrire un nouveau salarié',
  'passport.enrollment.title.edit': 'Modifier un salarié',
  'passport.enrollment.firstName': 'Prénom',
  'passport.enrollment.lastName': 'Nom',
  'passport.enrollment.email': 'Adresse e-mail de contact',
  'passport.enrollment.email.hint.create': 'Facultative. Le salarié y recevra les informations de sa première connexion.',
  'passport.enrollment.email.hint.edit': 'Facultative.',
  'passport.enrollment.email.none': 'Pas d’adresse e-mail\u202f?',
  // Seed 004, « Attention », first point.
  'passport.enrollment.email.noneHelp':
    'Si votre salarié ne dispose pas d’une adresse e-mail professionnelle, vous pouvez, après avoir reçu au préalable l’accord de la personne concernée, indiquer une autre adresse e-mail. À défaut, laissez ce champ vide\u202f: les informations relatives à ce compte seront envoyées sur l’adresse e-mail enregistrée sur le compte de l’entreprise (e-mail du référent Passeport Sécurité).',

  // The three questions (seed 004) and the profile they give.
  'passport.enrollment.question.intervenesTechnically': 'Cet utilisateur va-t-il intervenir techniquement sur nos installations\u202f?',
  'passport.enrollment.question.leadsAwarenessSessions': 'Cet utilisateur va-t-il mener des sessions de sensibilisation\u202f?',
  'passport.enrollment.question.checksPassports':
    'Cet utilisateur va-t-il mener des contrôles de passeports avec l’application mobile\u202f?',
  'passport.enrollment.question.intervenesTechnically.short': 'Intervention technique sur les installations',
  'passport.enrollment.question.leadsAwarenessSessions.short': 'Sessions de sensibilisation',
  'passport.enrollment.question.checksPassports.short': 'Contrôles de passeports',
  'passport.enrollment.profile.note': 'Vos réponses aux questions vont déterminer le profil de sensibilisation de ce salarié.',
  'passport.enrollment.profile.label': 'Profil de sensibilisation',
  'passport.enrollment.profile.current': 'Profil de sensibilisation\u202f:',
  'passport.enrollment.profile.pending': 'Répondez aux trois questions pour voir le profil de sensibilisation de ce salarié.',

  // SNBPE reciprocity (seed 004, « a. Associer un passeport sécurité SNBPE à un compte utilisateur UNPG »).
  'passport.enrollment.snbpe.title': 'Passeport sécurité SNBPE',
  'passport.enrollment.snbpe.intro':
    'Certains modules reposent sur des socles communs de connaissances avec le passeport sécurité du SNBPE. Si ce salarié est titulaire d’un passeport SNBPE en cours de validité, ces modules seront validés immédiatement.',
  'passport.enrollment.snbpe.more': 'En savoir plus',
  'passport.enrollment.snbpe.more.context': 'sur la réciprocité avec le passeport SNBPE',
  'passport.enrollment.snbpe.more.origin':
    'Au travers d’échanges avec le Syndicat National du Béton Prêt à l’Emploi (SNBPE), nous avons identifié, dans nos programmes respectifs de sensibilisation à l’accueil en sécurité, des modules reposant sur des socles communs de connaissances. Nous avons donc décidé, pour ces modules en particulier, de mettre en place un système de réciprocité entre les Passeports Sécurité du SNBPE et de l’UNPG.',
  'passport.enrollment.snbpe.more.meaning':
    'En clair, si vos collaborateurs sont titulaires d’un passeport sécurité SNBPE en cours de validité, nous (l’UNPG) considérons que, sur ces modules communs spécifiquement identifiés, vos collaborateurs ont déjà démontré qu’ils disposent d’un niveau de connaissances suffisant pour accéder en sécurité à nos sites. Sur notre e-learning, nous avons donc mis en place une passerelle qui leur permet de bénéficier d’une validation immédiate de ces modules.',
  'passport.enrollment.snbpe.more.how': 'Comment faire\u202f?',
  'passport.enrollment.snbpe.more.howText':
    'Il suffit d’indiquer sur ce formulaire les informations relatives au Passeport Sécurité SNBPE afin de lier ce passeport au compte utilisateur UNPG. Une fois le lien validé, le système identifiera automatiquement dans le programme de sensibilisation UNPG de cet utilisateur les modules reposant sur des socles communs de connaissances avec ceux du SNBPE. Grâce à ce principe de réciprocité, ces modules seront immédiatement validés et il n’aura qu’à se concentrer sur les autres modules pour valider son passeport sécurité UNPG.',
  'passport.enrollment.snbpe.more.modules': 'Les modules communs\u202f:',
  'passport.enrollment.snbpe.question': 'Ce salarié possède-t-il un passeport sécurité SNBPE\u202f?',
  'passport.enrollment.snbpe.date': 'Date d’obtention du passeport',
  'passport.enrollment.snbpe.date.hint':
    'Au format JJ/MM/AAAA, par exemple 15/03/2024. Cette opération permettra de faire la liaison avec les modules déjà validés.',
  'passport.enrollment.snbpe.date.invalid': 'Saisissez une date qui existe, au format JJ/MM/AAAA (par exemple 15/03/2024).',
  'passport.enrollment.snbpe.date.future':
    'Cette date est postérieure à aujourd’hui ({today})\u202f: saisissez la date à laquelle le passeport a été obtenu.',
  'passport.enrollment.snbpe.date.expired':
    'Ce passeport SNBPE était valable jusqu’au {date} ({years}\u00a0ans)\u202f: il n’est plus en cours de validité et ne valide aucun module. Vérifiez la date ou répondez «\u202fNon\u202f».',
  'passport.enrollment.snbpe.validUntil': 'Passeport SNBPE en cours de validité jusqu’au {date}.',
  'passport.enrollment.snbpe.editNote':
    'Le passeport sécurité SNBPE ne peut être lié qu’à la création du compte\u202f: il ne peut pas être ajouté en modifiant un salarié.',

  'passport.enrollment.submit': 'Enregistrer',
  'passport.enrollment.cancel': 'Annuler',
  'passport.enrollment.invalid': 'Cette valeur n’a pas été acceptée\u202f: vérifiez-la.',

  // Seed 004, « b. Confirmation de création de ce compte ».
  'passport.enrollment.created': 'L’utilisateur a bien été créé',
  'passport.enrollment.created.employee': 'Salarié',
  'passport.enrollment.created.modules': 'Modules validés immédiatement grâce au passeport SNBPE ({count})\u202f:',
  'passport.enrollment.created.next': 'Et ensuite\u202f?',
  'passport.enrollment.created.listed': 'Ce salarié apparaît maintenant dans la liste de vos salariés inscrits.',
  'passport.enrollment.created.referentMail':
    'Vous recevez un e-mail de confirmation de création de ce compte sur l’adresse e-mail du référent Passeport Sécurité de l’entreprise.',
  'passport.enrollment.created.employeeMail':
    '{name} va recevoir un e-mail lui confirmant la création de son compte. Les informations nécessaires à sa première connexion seront indiquées dans ce mail.',
  'passport.enrollment.created.passOn':
    'Aucune adresse e-mail n’a été indiquée pour {name}\u202f: vous devrez lui communiquer les informations nécessaires à sa première connexion. Celles-ci sont précisées dans l’e-mail de confirmation envoyé au référent.',
  'passport.enrollment.another': 'Inscrire un autre salarié',

  'passport.enrollment.updated': 'Les modifications ont bien été enregistrées.',

  // Someone else saved the employee in between (412).
  'passport.enrollment.conflict.title': 'Ce salarié a été modifié entre-temps',
  'passport.enrollment.conflict.text':
    'Quelqu’un d’autre a enregistré une modification de ce salarié pendant que vous le modifiiez. Vos saisies sont conservées\u202f: chargez la version enregistrée pour la comparer, puis enregistrez de nouveau.',
  'passport.enrollment.conflict.reload': 'Charger la version enregistrée',
  'passport.enrollment.conflict.loaded': 'La version enregistrée a été chargée',
  'passport.enrollment.conflict.saved': 'Enregistré actuellement\u202f:',
  'passport.enrollment.conflict.keep':
    'Vos saisies sont toujours dans le formulaire\u202f: «\u202fEnregistrer\u202f» les enregistrera à la place de cette version.',
  'passport.enrollment.conflict.useSaved': 'Reprendre la version enregistrée',
  'passport.enrollment.conflict.noEmail': 'aucune',

  'passport.enrollment.loadError': 'Impossible de charger ce salarié.',
  'passport.enrollment.notFound': 'Ce salarié ne figure plus dans la liste de vos salariés inscrits\u202f: il a peut-être été supprimé.',

  // The referent's session.
  'passport.enrollment.signedOut': 'Connectez-vous à votre espace entreprise pour inscrire ou modifier un salarié.',
  'passport.enrollment.sessionExpired': 'Votre session a expiré. Connectez-vous de nouveau\u202f: vos saisies sont conservées.',
  'passport.enrollment.login': 'Se connecter',
} as const;
