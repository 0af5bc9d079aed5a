/**
 * X-I18N — the generic texts of every Vigie form (login, reset, activation, registration…):
 * required marker, field errors, error summary, submit status, failure notice. A service's own
 * labels and messages stay in its `<service>/messages.*.ts`. French typography: a no-break
 * space (U+202F, narrow) before « : » (see i18n/typography.test.ts).
 */
export const formsFr = {
  'form.required': 'obligatoire',
  'form.requiredNote': 'Les champs marqués d’un astérisque (*) sont obligatoires.',
  'form.field.identifier': 'Identifiant',
  'form.field.email': 'Adresse e-mail',
  'form.field.password': 'Mot de passe',
  'form.field.newPassword': 'Nouveau mot de passe',
  'form.field.code': 'Code de vérification',
  'form.hint.code': 'Le code comporte {length} chiffres.',
  'form.password.show': 'Afficher le mot de passe',
  'form.error.prefix': 'Erreur\u202f:',
  'form.error.required': 'Ce champ est obligatoire.',
  'form.error.email': 'Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.',
  'form.error.code': 'Saisissez les {length} chiffres du code.',
  'form.error.select': 'Choisissez une option dans la liste.',
  'form.error.checkbox': 'Cochez cette case pour continuer.',
  'form.error.choice': 'Choisissez une réponse.',
  'form.error.multi': 'Choisissez au moins une option.',
  'form.select.placeholder': 'Sélectionnez…',
  'form.yes': 'Oui',
  'form.no': 'Non',
  'form.summary.one': 'Le formulaire contient une erreur\u202f:',
  'form.summary.many': 'Le formulaire contient {count} erreurs\u202f:',
  'form.summary.item': '{label}\u202f: {message}',
  'form.submitting': 'Envoi en cours…',
  'form.failure.title': 'L’envoi n’a pas abouti.',
  'form.failure.secrets':
    'Par sécurité, les mots de passe et codes saisis ont été effacés\u202f: saisissez-les de nouveau, puis réessayez.',
  'common.newTab': '(s’ouvre dans un nouvel onglet)',
} as const;
