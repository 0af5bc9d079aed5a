/** VA — the vault's texts: the seeds' sentences verbatim, every placeholder filled, fr and en alike. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadLocale, translate } from '../i18n/index.js';
import { fr } from '../i18n/fr.js';
import { en } from '../i18n/en.js';
import { vaultEn } from './messages.en.js';
import { vaultFr } from './messages.fr.js';
import { FIELD_ISSUE_CODES } from './forms.js';
import { PASSWORD_REFUSALS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../shared/password-policy.js';
import { DEFAULT_SUPPORT_CONTACT, DEFAULT_VAULT_SITE, formatSupportHours, supportMailHref, supportPhoneHref } from './support.js';
import { formatTimeOfDay } from '../shared/calendar.js';
import { registerMessages } from '../i18n/index.js';
import { vaultMessages } from './messages.js';

registerMessages(vaultMessages);

await loadLocale('en');

/** Apostrophes and spaces normalised, to compare with the seeds (typed with ' where the catalogs use ’). */
const norm = (s: string) =>
  s
    .replace(/[’']/g, "'")
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim();

// Seed 002, question 1, « Compte bloqué ».
const SEED_LOCK =
  'Votre compte a été temporairement bloqué suite à de trop nombreuses tentatives. Merci de réessayer dans 120 minutes et de vérifier que vous saisissez correctement votre mot de passe en faisant attention aux majuscules et caractères spéciaux.';
// Seed 002, question 8.
const SEED_DATA_POLICY =
  'Dans le cadre de votre demande de changement de format de distribution de vos bulletins de paie, les données personnelles collectées par Cecurity.com seront conservées à des fins de preuve et pourront être transmises à votre employeur pour faciliter la gestion du passage du bulletin électronique au bulletin papier.';
const SEED_PAPER_CONSENT =
  "J'ai pris connaissance de la politique des données personnelles et j'accepte la collecte, la transmission à mon employeur et la conservation des données par Cecurity.com";
// Seed 002, question 1, « Identifiant erroné/perdu/non reçu ».
const SEED_LOSTID_INTRO =
  "Vous n'avez pas reçu votre courrier contenant votre identifiant ou vous avez perdu celui-ci ? Recevez vos identifiants par email en remplissant le formulaire ci-dessous. Tous les champs sont obligatoires.";

describe('VA texts of the seeds', () => {
  test('VA-LOGIN the lock message is seed 002’s, verbatim', () => {
    assert.equal(vaultFr['vault.login.locked'], SEED_LOCK);
  });

  test('VA-LOGIN the lock message with the time left: 120 → the seed’s text; 37 → « dans 37 minutes »; 1 → « dans 1 minute »', () => {
    assert.equal(translate('fr', 'vault.login.locked.remaining', { minutes: 120 }), SEED_LOCK);
    assert.match(translate('fr', 'vault.login.locked.remaining', { minutes: 37 }), /réessayer dans 37 minutes et/);
    assert.match(translate('fr', 'vault.login.locked.remaining.one'), /réessayer dans 1 minute et/);
    assert.match(translate('en', 'vault.login.locked.remaining', { minutes: 37 }), /try again in 37 minutes/);
  });

  test('VA-LOGIN the wrong-credentials message is generic: it never says which of the two was wrong', () => {
    for (const text of [vaultFr['vault.login.error.invalidCredentials'], vaultEn['vault.login.error.invalidCredentials']]) {
      assert.match(text, /(Identifiant ou mot de passe|identifier or password)/i);
      assert.doesNotMatch(text, /inconnu|n’existe|unknown|does not exist|no account|aucun compte|tentative|attempt/i);
    }
  });

  test('VA-RESET / VA-LOSTID the confirmations never say whether an account exists', () => {
    for (const key of ['vault.reset.sent', 'vault.lostId.done'] as const) {
      assert.match(vaultFr[key], /^Si ces informations correspondent à un compte/);
      assert.match(vaultEn[key], /^If these details match an account/);
    }
  });

  test('VA-PAPER the data-policy paragraph and the consent of seed 002 (question 8), verbatim', () => {
    assert.equal(vaultFr['vault.paper.dataPolicy'], SEED_DATA_POLICY);
    assert.equal(norm(vaultFr['vault.paper.consent']), norm(SEED_PAPER_CONSENT));
    assert.equal(vaultFr['vault.paper.title'], 'Demande de distribution des bulletins de paie au format papier');
  });

  test('VA-LOSTID the form of seed 002: its title, intro and every label', () => {
    assert.equal(norm(vaultFr['vault.lostId.intro']), norm(SEED_LOSTID_INTRO));
    assert.equal(norm(vaultFr['vault.lostId.title']), norm("Je n'ai plus le courrier avec mes identifiants de connexion"));
    const labels = [
      'Nom',
      'Prénom',
      'Commune de naissance',
      'Mois de naissance',
      'Numéro de téléphone mobile',
      'E-mail',
      'Confirmation e-mail',
      'Votre numéro privé',
      'Enregistrer',
    ];
    const ours = [
      'lastName',
      'firstName',
      'birthTown',
      'birthMonth',
      'mobilePhone',
      'email',
      'emailConfirmation',
      'privateNumber',
      'submit',
    ].map((k) => vaultFr[`vault.lostId.${k}` as keyof typeof vaultFr]);
    assert.deepEqual(ours, labels);
    assert.equal(norm(vaultFr['vault.lostId.consent']), norm("J'ai pris connaissance de la politique de confidentialité et je l'accepte."));
  });

  test('VA-DOCS the empty states answer questions 5 (not deposited yet by the employer) and 6 (the right site, the folder, the year)', () => {
    assert.match(vaultFr['vault.documents.empty.noPayslip'], /employeur les aura déposés/);
    const q6 = translate('fr', 'vault.documents.notSeeing', { site: DEFAULT_VAULT_SITE });
    assert.match(q6, /www\.mycecurity\.com/);
    assert.match(q6, /«\sBulletins de paie\s»/);
    assert.match(q6, /l’année en cours et le dernier bulletin/);
  });

  test('VA-RESET / VA-LOGIN the seed’s button words: « Soumettre », « Modifier », « Se connecter », « Mot de passe oublié ? », « Identifiant perdu ? »', () => {
    assert.equal(vaultFr['vault.reset.submit'], 'Soumettre');
    assert.equal(vaultFr['vault.reset.link.submit'], 'Modifier');
    assert.equal(vaultFr['vault.login.submit'], 'Se connecter');
    assert.equal(vaultFr['vault.login.forgotPassword'], 'Mot de passe oublié\u202f?');
    assert.equal(vaultFr['vault.login.lostIdentifier'], 'Identifiant perdu\u202f?');
    assert.equal(vaultFr['vault.paper.submit'], 'Valider');
  });

  test('VA-LOGIN the ways out of a lock as seed 002 words them (« Compte bloqué », steps 5 and 6)', () => {
    const help = translate('fr', 'vault.login.locked.help', {
      password: translate('fr', 'vault.login.locked.help.quoted', { name: vaultFr['vault.login.locked.help.password'] }),
      identifier: translate('fr', 'vault.login.locked.help.quoted', { name: vaultFr['vault.login.locked.help.identifier'] }),
    });
    // Seed 002 writes « Si vous n'êtes pas certain de… »: worded for anyone, man or woman (issue 8, point 19).
    assert.equal(
      norm(help),
      norm(
        'En cas de doute sur votre mot de passe ou votre identifiant, suivez la procédure « Mot de passe oublié » ou « Identifiant perdu ».',
      ),
    );
    assert.match(
      vaultFr['vault.login.locked.support'],
      /^Si le message persiste, écrivez au support en précisant votre nom, votre identifiant et, si vous le souhaitez, le nom de votre employeur\.$/,
    );
  });

  test('VA-ACTIVATE the expired link says to ask HR, with the 15 days', () => {
    assert.equal(
      translate('fr', 'vault.activation.expired', { days: 15 }),
      'Ce lien d’activation a expiré\u202f: il est valable 15 jours. Demandez un nouveau lien à votre service RH.',
    );
  });
});

describe('VA catalogs', () => {
  test('X-I18N the vault’s messages are in both composed catalogs', () => {
    for (const key of Object.keys(vaultFr)) {
      assert.ok(key in fr, key);
      assert.ok(key in en, key);
    }
    assert.deepEqual(Object.keys(vaultEn).sort(), Object.keys(vaultFr).sort());
  });

  test('X-I18N every field issue and password issue has its message', () => {
    for (const code of FIELD_ISSUE_CODES) assert.ok(`vault.field.${code}` in vaultFr, code);
    // A server's issue that names none of core's codes (`invalid`) has its message too.
    assert.equal(norm(vaultFr['vault.field.invalid']), 'Cette valeur n’est pas acceptée : vérifiez votre saisie.'.replace(/’/g, "'"));
    for (const issue of PASSWORD_REFUSALS) assert.ok(`vault.password.error.${issue}` in vaultFr, issue);
    assert.equal(
      translate('fr', 'vault.password.error.too-short', { min: PASSWORD_MIN_LENGTH }),
      'Le mot de passe doit comporter au moins 11 caractères.',
    );
    assert.equal(
      translate('en', 'vault.password.error.too-long', { max: PASSWORD_MAX_LENGTH }),
      'The password must not exceed 128 characters.',
    );
  });

  test('X-I18N twelve months, in order', () => {
    assert.equal(vaultFr['vault.month.1'], 'janvier');
    assert.equal(vaultFr['vault.month.12'], 'décembre');
    assert.equal(vaultEn['vault.month.8'], 'August');
  });
});

describe('VA-SUPPORT support contact', () => {
  test('VA-SUPPORT the seed’s support: mycecurity@cecurity.com, 05 82 01 01 01, Monday–Friday 09:00–12:00 and 14:00–17:00', () => {
    assert.equal(DEFAULT_SUPPORT_CONTACT.email, 'mycecurity@cecurity.com');
    assert.equal(DEFAULT_SUPPORT_CONTACT.phone, '05 82 01 01 01');
    assert.equal(formatSupportHours('fr', DEFAULT_SUPPORT_CONTACT.hours), 'du lundi au vendredi de 09:00 à 12:00 et de 14:00 à 17:00');
    assert.equal(formatSupportHours('en', DEFAULT_SUPPORT_CONTACT.hours), 'Monday to Friday, 09:00–12:00 and 14:00–17:00');
    assert.equal(
      formatSupportHours('fr', { days: ['saturday', 'saturday'], slots: [{ from: '10:00', to: '12:00' }] }),
      'le samedi de 10:00 à 12:00',
    );
  });

  test('VA-SUPPORT the contact sentence (seed 002, questions 7 and 9) and its links', () => {
    const { email, phone, hours } = DEFAULT_SUPPORT_CONTACT;
    assert.equal(
      translate('fr', 'vault.support.contact', { email, phone, hours: formatSupportHours('fr', hours) }),
      'Contactez le support par e-mail à mycecurity@cecurity.com ou par téléphone au 05 82 01 01 01, du lundi au vendredi de 09:00 à 12:00 et de 14:00 à 17:00.',
    );
    assert.equal(supportPhoneHref(phone), 'tel:+33582010101');
    assert.equal(supportPhoneHref('+33 5 82 01 01 01'), 'tel:+33582010101');
    assert.equal(supportMailHref(email, 'Compte bloqué'), 'mailto:mycecurity@cecurity.com?subject=Compte%20bloqu%C3%A9');
  });

  test('VA-LOGIN the lock’s end as HH:MM in Paris (« à partir de 14:05 »), summer and winter', () => {
    assert.equal(formatTimeOfDay(Date.parse('2026-03-10T13:05:00Z')), '14:05');
    assert.equal(formatTimeOfDay(Date.parse('2026-07-10T12:05:00Z')), '14:05');
    assert.equal(formatTimeOfDay(Date.parse('2026-03-10T23:30:00Z')), '00:30');
    assert.equal(formatTimeOfDay(Date.parse('2026-03-10T13:05:00Z'), 'UTC'), '13:05');
  });
});
