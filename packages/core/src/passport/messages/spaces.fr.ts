/**
 * X-I18N — the French texts of `<space-switcher>` (PP-SPACES, seed 004 « LIER VOS ESPACES »,
 * « DISTINGUER MES ESPACES »), quoted from the seed where it gives them. The names of the spaces
 * and the refusals are core's (`passport.space.*`, `passport.spaces.refusal.*`). French
 * typography: a narrow no-break space (U+202F) before « : » and inside « ».
 */
export const passportSpacesFr = {
  'passport.spaces.title': 'Vos espaces',
  'passport.spaces.signedOut': 'Connectez-vous à votre espace entreprise pour lier vos espaces ou passer de l’un à l’autre.',
  'passport.spaces.sessionExpired': 'Votre session a expiré. Connectez-vous de nouveau à votre espace entreprise.',
  'passport.spaces.signIn': 'Se connecter',
  'passport.spaces.loadError': 'Impossible de charger vos espaces.',

  // Where the person is, and the « onglet déroulant » of the linked spaces
  'passport.spaces.current': 'Espace actuel\u202f:',
  'passport.spaces.menu.label': 'Changer d’espace',
  'passport.spaces.menu.current': '(espace actuel)',
  'passport.spaces.switching': 'Changement d’espace en cours…',
  'passport.spaces.switched': 'Vous êtes maintenant dans votre {space}.',
  'passport.spaces.status.linked': 'Vos espaces sont liés\u202f: un seul identifiant et un seul mot de passe pour y accéder.',
  'passport.spaces.status.separate': 'Vos espaces ne sont pas liés\u202f: chacun a ses propres identifiants de connexion.',
  'passport.spaces.list.linked': 'Espaces liés',
  'passport.spaces.login': 'Identifiant de connexion\u202f: {login}',

  // Linking (« Lier vos espaces, en pratique »)
  'passport.spaces.link.title': 'Lier ce compte entreprise à mon compte utilisateur',
  'passport.spaces.link.intro':
    'Vous pouvez «\u202flier\u202f» vos espaces Entreprise, Utilisateur et, le cas échéant, Formateur, pour accéder à ces différents statuts depuis une seule et même interface.',
  'passport.spaces.link.optional.title': 'Facultative',
  'passport.spaces.link.optional':
    'Vous n’êtes absolument pas obligé de lier vos espaces. Si vous préférez conserver des accès différenciés pour chacun de ces espaces, vous le pouvez.',
  'passport.spaces.link.reversible.title': 'Réversible',
  'passport.spaces.link.reversible':
    'La liaison vous permet de n’avoir qu’un seul couple d’identifiants (identifiant + mot de passe) pour vos différents espaces. Elle n’a un impact que sur votre modalité d’accès à vos différents espaces\u202f: à tout moment, vous pouvez les dissocier.',
  'passport.spaces.link.unchanged':
    'En dehors de vos identifiants de connexion, la liaison ou la dissociation d’espaces ne change en rien les informations contenues sur les comptes liés.',
  'passport.spaces.link.criteria':
    'Conditions\u202f: votre entreprise dispose déjà d’un compte sur la plateforme et vous en êtes la personne référente désignée.',
  'passport.spaces.link.newUser':
    'Vous n’avez pas encore de compte utilisateur\u202f? Il sera créé lors de la liaison, et vos espaces seront liés directement.',
  'passport.spaces.link.after':
    'Ensuite, vous vous connecterez à tous vos espaces avec l’identifiant et le mot de passe du compte de l’entreprise.',
  'passport.spaces.link.submit': 'Lier mes espaces',
  'passport.spaces.link.done': 'Vos espaces sont liés. Passez de l’un à l’autre avec le menu «\u202fEspace actuel\u202f», en haut.',
  'passport.spaces.refused': 'Action impossible',

  // Dissociating (« Avoir un accès distinct à mon compte utilisateur »)
  'passport.spaces.dissociate.open': 'Avoir un accès distinct à mon compte utilisateur',
  'passport.spaces.dissociate.intro':
    'Définissez un nouveau couple d’identifiants pour votre compte utilisateur\u202f: une adresse e-mail, qui deviendra son identifiant de connexion, et un mot de passe. Le compte de l’entreprise garde son identifiant et son mot de passe, et vous restez son référent.',
  'passport.spaces.dissociate.userLogin': 'Adresse e-mail de connexion à votre compte utilisateur',
  'passport.spaces.dissociate.userLogin.hint': 'Une autre adresse {que login}, l’identifiant du compte de l’entreprise.',
  'passport.spaces.dissociate.userLogin.hintUnknown': 'Une autre adresse que l’identifiant du compte de l’entreprise.',
  'passport.spaces.dissociate.password': 'Mot de passe de votre compte utilisateur',
  'passport.spaces.dissociate.passwordConfirmation': 'Confirmation du mot de passe',
  'passport.spaces.dissociate.password.hint': 'Au moins {min}\u00a0caractères.',
  'passport.spaces.dissociate.submit': 'Distinguer mes espaces',
  'passport.spaces.dissociate.cancel': 'Annuler',
  'passport.spaces.dissociate.emailUnavailable':
    'Cette adresse e-mail est déjà l’identifiant d’un autre compte\u202f: choisissez-en une autre.',

  // The confirmation screen of the seed, « DISTINGUER MES ESPACES »
  'passport.spaces.done.title': 'Distinguer mes espaces',
  'passport.spaces.done.intro': 'Vous disposez désormais de deux accès distincts pour vos 2\u00a0comptes\u202f:',
  'passport.spaces.done.company': 'Le compte référent d’entreprise',
  'passport.spaces.done.user': 'Le compte d’intervenant',
  'passport.spaces.done.login': 'L’identifiant de connexion est l’adresse {login}.',
  'passport.spaces.done.company.loginUnknown': 'L’identifiant de connexion reste l’adresse e-mail du référent.',
  'passport.spaces.done.company.password': 'Le mot de passe est resté le même.',
  'passport.spaces.done.user.password': 'Le mot de passe est celui que vous venez de saisir.',
  'passport.spaces.done.trainer':
    'Si vous avez un Espace Formateur, vous en conservez l’accès directement depuis votre compte utilisateur.',
  'passport.spaces.done.reminder':
    'Pour rappel, la dissociation n’impacte que la modalité d’accès à vos différents espaces, pas les autres informations contenues sur chaque compte. Tant que vous n’avez pas procédé aux changements d’informations vers le nouveau référent entreprise directement depuis le compte de l’entreprise, vous restez notre interlocuteur privilégié.',
  'passport.spaces.done.handover': 'Vous changez de référent\u202f? Procédez maintenant au passage de relais depuis la fiche {link}.',
  'passport.spaces.done.handover.link': 'Informations de l’entreprise',
  'passport.spaces.done.ok': 'Ok',
} as const;
